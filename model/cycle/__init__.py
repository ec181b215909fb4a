"""The cycle of self-assessments: final means frozen, the next assessment starts from the last, comparison."""
