# Commons — the two set-up commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
# Stamps so that repeated runs skip installs that are already done.
STAMP_APP := $(VENV)/.installed-app
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test lint unit reliability bench screenshots system-deps clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(STAMP_APP): pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(PY)
	$(PIP) install --quiet -e '.[dev]'
	touch $@ $(STAMP_APP)

system-deps:
	sh scripts/install-system-deps.sh

run: system-deps $(STAMP_APP)
	$(VENV)/bin/commons

lint: $(STAMP_DEV)
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/ruff format --check src tests bench scripts
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

unit: system-deps $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint unit

# Long crash loops: 1,000 SIGKILLs of a committing process.
reliability: system-deps $(STAMP_DEV)
	COMMONS_CRASH_KILLS=1000 QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/store/test_crash_safety.py -m slow

bench: $(STAMP_DEV)
	$(PY) bench/store_bench.py

screenshots: system-deps $(STAMP_DEV)
	sh scripts/screenshots.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache src/*.egg-info
