"""All Qt widgets: the main window, one package per part of the desk, and shared widgets in `ui.widgets`."""
