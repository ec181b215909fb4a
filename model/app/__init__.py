"""Settings, paths, the log and the shipped resources: where the application keeps things."""
