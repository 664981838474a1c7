"""The learner's own hand on the material: edits, added items, suspend / bury / flag, Browse's
rows and its query language, and the questions that give themselves away."""
