"""The names of what the pipeline writes into an output folder, in one place.

The writers take their names from here, and so does the input walk that must never read them back
as articles (`pipeline.ingest.own_outputs`). This module imports nothing, so that walk loads
neither pandas, SQLAlchemy nor Jinja2.
"""

from __future__ import annotations

ERRORS_FILE = "_errors.jsonl"  # one line per failed article of the last run
WARNINGS_FILE = "_warnings.jsonl"  # doubtful decodings of the last run
RUN_FILE = "_run.json"  # the last run's facts (counts, timings, renamed ids, ...)
FETCH_FILE = "_fetch.json"  # what the runs learnt about web inputs (ETag, Last-Modified)
STALE_DIR = "_stale"  # earlier outputs of articles that now fail
SQLITE_FILE = "claims.sqlite"  # the claim database of `pipeline export` into a folder
PACKAGE_FILE = "datapackage.json"  # the Data Package beside an export's CSV files
PACKAGE_NAME = "pipeline-claims"  # its "name"
REPORT_GENERATOR = "pipeline-report"  # every report page carries it in REPORT_MARKER
REPORT_MARKER = f'<meta name="generator" content="{REPORT_GENERATOR}">'
