"""The entity fixes: one module per repair, run in the order `registry.py` states."""
