"""The built-in question banks, installed as the package ``quizapp.questions``."""
