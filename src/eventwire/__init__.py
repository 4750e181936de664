"""eventwire: news reports of political violence in, an ACLED-compatible event dataset out."""

__version__ = "0.1.0"
