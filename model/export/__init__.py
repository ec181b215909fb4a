"""Writers that render a model.report.Report to files (Word, Excel)."""
