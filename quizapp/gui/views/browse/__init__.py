"""Browse: every item in one table, searched, sorted and acted on."""
