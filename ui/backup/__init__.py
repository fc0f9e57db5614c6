"""Backups in the GUI: the home screen's age of the newest copy, Admin menu actions, the start-up check."""
