"""The validation checks, grouped by what they compare; registered in ``validation.py``."""
