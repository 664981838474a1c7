"""The statistics screen: cards, charts and answer breakdowns."""
