"""The pages of the main window's central stack."""
