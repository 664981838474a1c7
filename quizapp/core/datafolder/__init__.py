"""The learner's data folder: paths, settings, backups, recovery, atomic writes."""
