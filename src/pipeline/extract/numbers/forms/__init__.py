"""The number forms: one module per way Dutch writes a number or a quantity (see the package doc)."""
