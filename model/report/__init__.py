"""The report as plain data: what Word, Excel and print show, its labels, progress and consistency."""
