# One entry point for people and CI. `make run` and `make test` set everything up from nothing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
STANDIN_MODEL := $(SHARED)/models/nl_news_sm-0.1.0-py3-none-any.whl
INPUTS ?= corpus
OUT ?= outputs
TRANSLATOR ?= google

.PHONY: install run test lint bench browser postgres clean

install: $(VENV)/.installed browser postgres

# Re-runs only when pyproject.toml changes; the model step keeps an installed model.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -c "import spacy.util as u, sys; sys.exit(not (u.is_package('nl_core_news_sm') or u.is_package('nl_news_sm')))" \
	  || $(PY) -m spacy download nl_core_news_sm \
	  || $(PY) -m pip install --quiet "$(STANDIN_MODEL)"
	touch $@

# Headless Chromium for the report's browser tests (Debian package; needs root, else a hint).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
	  || { [ "$$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || echo "warning: chromium not installed; browser tests need it (apt-get install chromium)"

# PostgreSQL server binaries for the export test (Debian package; the test starts its own cluster).
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	  || { [ "$$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } \
	  || echo "warning: postgresql not installed; the PostgreSQL export test needs it (apt-get install postgresql)"

run: install
	$(VENV)/bin/pipeline run $(INPUTS) --out $(OUT) --translator $(TRANSLATOR)

lint: install
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

test: lint
	$(VENV)/bin/pytest -q

bench: install
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) $(OUT)/*.json $(OUT)/_errors.jsonl report
