"""Files outside the document: Word and Excel writers, the workbook import and its defences."""
