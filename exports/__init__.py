"""File writers with no Qt: receipt, letter and report PDFs (reportlab), workbooks (openpyxl), infographic."""
