"""Exports started from the File menu: the monthly report PDF and the reports workbook, with progress."""
