"""Dialogs and small windows opened from the menus."""
