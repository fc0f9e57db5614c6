"""Sync with the Polres central database: background runs, the status bar, settings and conflicts."""
