"""Read-only queries: report lists, search, the monthly and IKM figures, analysis, hotspots, export rows."""
