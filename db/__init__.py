"""Everything below the screens, no Qt: models, services, queries, rules, storage, sync, importers, demo."""
