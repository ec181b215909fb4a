"""Catalogues outside the application: the workbook a secretariat edits, installed catalogues, and moving an
assessment from one edition of a catalogue to another."""
