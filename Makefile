# Commons — the two set-up commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
# Stamps so that repeated runs skip installs that are already done.
STAMP_APP := $(VENV)/.installed-app
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test lint unit reliability props fuzz interop bench screenshots system-deps clean

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
	$(VENV)/bin/ruff check src tests bench scripts fuzz
	$(VENV)/bin/ruff format --check src tests bench scripts fuzz
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

unit: system-deps $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint unit

# Long crash loops: 1,000 SIGKILLs of a committing process.
reliability: system-deps $(STAMP_DEV)
	COMMONS_CRASH_KILLS=1000 QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/store/test_crash_safety.py -m slow

# Long property runs (not part of `make test`): the sync package's Hypothesis properties with the "props"
# profile of tests/sync/conftest.py, at least 10,000 examples each.
props: system-deps $(STAMP_DEV)
	HYPOTHESIS_PROFILE=props QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --timeout=0 \
		$(wildcard tests/sync/community/test_*properties.py)

# Fuzzing (not part of `make test`): 1,000,000 mutated documents into CommunityDocument.load + view().
# Coverage-guided with atheris when a wheel installs; otherwise the driver's own seeded mutation loop.
# The binding prints a line for every panic it contains: stderr goes to FUZZ_LOG; crashes to fuzz/crash-*.
FUZZ_RUNS ?= 1000000
FUZZ_LOG ?= /tmp/commons-fuzz.log
fuzz: $(STAMP_DEV)
	@if $(PIP) install --quiet --only-binary :all: atheris >/dev/null 2>&1; then \
		echo "fuzz: atheris, $(FUZZ_RUNS) runs (log: $(FUZZ_LOG))"; \
		RUST_BACKTRACE=0 $(PY) fuzz/fuzz_community_load.py --atheris -runs=$(FUZZ_RUNS) -max_len=8192 \
			-seed=1 -print_final_stats=1 -artifact_prefix=fuzz/crash- 2>$(FUZZ_LOG) \
			|| { grep -v -e "panicked at" -e "^note: " $(FUZZ_LOG) | tail -n 60; exit 1; }; \
		grep -e "^Done" -e "stat::number_of_executed_units" $(FUZZ_LOG); \
	else \
		echo "fuzz: atheris unavailable, seeded mutation loop, $(FUZZ_RUNS) runs (log: $(FUZZ_LOG))"; \
		RUST_BACKTRACE=0 $(PY) fuzz/fuzz_community_load.py --runs $(FUZZ_RUNS) --seed 1 2>$(FUZZ_LOG); \
	fi

# The saved community document is plain Automerge: the official JavaScript implementation must read it.
interop: $(STAMP_DEV)
	cd scripts/interop && npm install --silent --no-audit --no-fund
	$(PY) scripts/interop/check.py

bench: $(STAMP_DEV)
	$(PY) bench/store_bench.py
	$(PY) bench/community_bench.py

screenshots: system-deps $(STAMP_DEV)
	sh scripts/screenshots.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache src/*.egg-info
