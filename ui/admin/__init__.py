"""The admin's screens: officer accounts and the reference lists."""
