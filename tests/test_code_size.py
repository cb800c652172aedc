"""Size limits for the code under src/pipeline/ (issue 10): small units a reader can hold in mind.

No module longer than 600 lines, no class longer than 300, no function longer than 80, anywhere
under src/pipeline/ (the list of units still waiting for their split ran empty when the last
extractors became packages, and went with it).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "pipeline"
LIMITS = {"module": 600, "class": 300, "function": 80}


def _oversized() -> dict[tuple[str, str], int]:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        source = path.read_text(encoding="utf-8")
        lines = source.count("\n")
        if lines > LIMITS["module"]:
            found[("module", name)] = lines
        for node in ast.walk(ast.parse(source)):
            kind = (
                "class"
                if isinstance(node, ast.ClassDef)
                else "function"
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                else None
            )
            if kind is None:
                continue
            length = node.end_lineno - node.lineno + 1
            if length > LIMITS[kind]:
                found[(kind, f"{name}:{node.name}")] = length
    return found


def test_every_unit_is_within_its_limit():
    too_long = [
        f"{kind} {name} has {lines} lines; the limit is {LIMITS[kind]}"
        for (kind, name), lines in sorted(_oversized().items())
    ]
    assert not too_long, "split them:\n" + "\n".join(too_long)
