"""Sync with the Polres central PostgreSQL (docs/sync-protocol.md). No Qt here."""
