"""Language knowledge: the article family's markers per language."""
