"""Importers of a station's old Excel registers and paper questionnaires."""
