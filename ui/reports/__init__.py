"""The reports at the counter: the report form, the home list, the paged list, the detail and the receipt."""
