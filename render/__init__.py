"""Drawing without widgets (QtGui only): pagination, printed forms, PDF, the radar chart."""
