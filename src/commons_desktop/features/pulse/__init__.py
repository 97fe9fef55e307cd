"""The wellbeing pulse screen: open a round, answer it privately, see how many answered and the result."""
