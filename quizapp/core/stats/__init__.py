"""What the learner knows: statistics, topic mastery, the home overview."""
