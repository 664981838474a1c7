"""quizapp: turn a study document into flashcards and quizzes scheduled with FSRS."""

__version__ = "0.1.0"
