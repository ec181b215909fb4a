"""One .teia document: the assessment and its store, migrations, checks, lock, history, backups and recovery."""
