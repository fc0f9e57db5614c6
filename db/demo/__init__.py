"""The demo station generator (`sentra demo`)."""
