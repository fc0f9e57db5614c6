"""Database infrastructure: engine, migrations, backups, the audit trail, start-up reads."""
