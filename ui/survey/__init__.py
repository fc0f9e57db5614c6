"""The citizen satisfaction survey (IKM): the officer's form, the counter kiosk and the index page."""
