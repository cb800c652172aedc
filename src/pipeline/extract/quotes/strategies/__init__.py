"""Attribution strategies: one module per construction that names a quotation's speaker.

Each module defines `find(quote) -> Attribution | None`; `pipeline.extract.quotes.registry`
lists them in the order they are tried. The words each one reads are cited in its docstring.
"""
