"""Contributions: hours, stakes and circle payments, with filters, totals and a PDF statement."""
