"""The quiz screens: set-up, the running quiz and its results."""
