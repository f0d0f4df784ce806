"""The machinery behind :mod:`shorttrack_parse.strategies` (which needs Hypothesis)."""
