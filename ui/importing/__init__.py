"""Admin → Import…: the old Excel report register and paper survey workbooks, imported in the background."""
