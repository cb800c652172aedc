"""Dutch news analysis: entities, numeric claims, quotes and demands, in English, as JSON."""

__version__ = "0.1.0"
