"""The Reports screen: a funder report for a date range, previewed, redacted as chosen, exported as PDF and CSV."""
