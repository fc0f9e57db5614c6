"""Use cases: one transaction per user action, keyword-only arguments, frozen views out, typed errors."""
