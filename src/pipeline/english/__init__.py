"""English built from structured data (no MT here): value renderings, glossary, summary."""
