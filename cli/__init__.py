"""The command line: argument parsing and the verbs, run on the model without a display (never gui/)."""
