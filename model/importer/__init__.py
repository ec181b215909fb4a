"""Readers that bring filled-in files back into an assessment after review."""
