"""The document screen: the source text with the card's line highlighted."""
