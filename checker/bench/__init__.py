"""``python -m checker.bench``: speed of the checker against the naive pipeline, as a table and JSON."""
