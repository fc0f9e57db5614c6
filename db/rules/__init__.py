"""Pure domain rules: no database, no SQLAlchemy (a test checks it)."""
