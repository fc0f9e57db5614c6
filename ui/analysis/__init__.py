"""The crime-analysis screen: figures for a period, charts, the hour x weekday heat map and hotspots."""

from __future__ import annotations

from ui.analysis.page import AnalysisPage

__all__ = ["AnalysisPage"]
