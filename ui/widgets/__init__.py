"""Widgets and helpers with no feature of their own: fields, buttons, tables, the rows model, form errors."""
