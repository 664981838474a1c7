"""Timed quizzes: the session engine and the builder that picks questions."""
