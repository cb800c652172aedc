"""English output built from structured data (no machine translation here): value renderings, summary."""
