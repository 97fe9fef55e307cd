"""One folder per screen after unlock: its view, Qt models, forms and PDFs. A feature imports no other feature."""
