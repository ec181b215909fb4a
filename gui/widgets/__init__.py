"""Widgets the pages and dialogs share."""
