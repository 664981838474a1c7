"""The study screen: card, answer steps and the day's summary."""
