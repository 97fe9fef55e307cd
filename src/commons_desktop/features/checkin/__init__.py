"""Check-in: today's answers, the mood chart and the history."""
