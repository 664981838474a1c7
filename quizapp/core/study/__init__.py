"""Flashcard study: card states, FSRS scheduling, the daily queue, study days, streaks, scopes, due counts, the optimiser."""
