"""Shipped files: fonts, icons, the Excel import templates, the translations (`sentra_id.ts`, built `.qm`)."""
