"""Outputs of articles that now fail are moved aside, so they are no longer exported or reported.

An article whose input became unreadable, too long or failing keeps no `<id>.json` in the output
folder: its last good output moves to `_stale/<id>.json` (nothing is lost, and `export` and
`report`, which read only the folder's top level, no longer see it). When the article succeeds
again, its new output is written and the stale copy is removed.
"""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.output.json_files import result_path
from pipeline.output.names import STALE_DIR


def move_aside(out_dir: Path, article_id: str) -> bool:
    """Move `out_dir/<id>.json` to `out_dir/_stale/`; whether there was one to move."""
    path = result_path(out_dir, article_id)
    if not path.is_file():
        return False
    stale = out_dir / STALE_DIR
    stale.mkdir(exist_ok=True)
    os.replace(path, stale / path.name)
    return True


def forget_stale(out_dir: Path, article_id: str) -> None:
    """Remove the stale copy of an article that has a current output again."""
    result_path(out_dir / STALE_DIR, article_id).unlink(missing_ok=True)
