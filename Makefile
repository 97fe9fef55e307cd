# Commons — the two set-up commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
# Stamps so that repeated runs skip installs that are already done.
STAMP_APP := $(VENV)/.installed-app
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test lint unit reliability props fuzz interop bench screenshots translations system-deps clean demo-network

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# The installs build the gate's decoding path with mypyc (setup.py, COMPILED): a change to one of those modules
# installs again, so that what runs is never an older build (sync._native would then run the plain modules).
COMPILED_SOURCES := setup.py src/sync/community/_chunks.py src/sync/community/_change_body.py src/sync/community/_op_types.py src/sync/community/_ops.py src/sync/community/_instants.py

$(STAMP_APP): pyproject.toml $(COMPILED_SOURCES) | $(PY)
	$(PIP) install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml $(COMPILED_SOURCES) | $(PY)
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

# COMMONS_EXPECT_COMPILED: the suite runs against the compiled modules, and fails if they did not build
# (tests/sync/community/test_compiled.py, which also runs the gate's tests on the plain modules).
unit: system-deps $(STAMP_DEV)
	COMMONS_EXPECT_COMPILED=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint unit

# Long crash loops: 1,000 SIGKILLs of a committing process. Then 1,000 seeded partition schedules (drops,
# duplicates, reordering) of the sync engine's convergence harness (~75 s here; `make test` runs 50).
reliability: system-deps $(STAMP_DEV)
	COMMONS_CRASH_KILLS=1000 QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/store/test_crash_safety.py -m slow
	COMMONS_PARTITION_SCHEDULES=1000 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/sync/engine/test_convergence.py

# Long property runs (not part of `make test`): the sync package's Hypothesis properties with the "props"
# profile of tests/sync/conftest.py, at least 10,000 examples each.
props: system-deps $(STAMP_DEV)
	HYPOTHESIS_PROFILE=props QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --timeout=0 \
		$(wildcard tests/sync/community/test_*properties.py)

# Fuzzing (not part of `make test`): FUZZ_RUNS inputs (1,000,000 by default) into each parser of peer input:
# mutated documents into CommunityDocument.load + view(), byte streams into FrameDecoder and read_frame,
# envelopes into open_envelope, change chunks into decode_change (ops), and changes, sync messages, snapshots and
# proofs into a guarded document's gate (gate: authority on receipt) (fuzz/fuzz_*.py; a target's docstring says
# what it checks).
# Coverage-guided with atheris when a wheel installs; otherwise each driver's own seeded mutation loop.
# Every target runs, then the status says whether any failed. Each target's stderr goes to its own log, named
# after FUZZ_LOG (/tmp/commons-fuzz-frames.log, …): the binding prints a line for every panic it contains.
# Crashes go to fuzz/crash-<target>-*.
FUZZ_RUNS ?= 1000000
FUZZ_LOG ?= /tmp/commons-fuzz.log
FUZZ_TARGETS ?= community_load frames envelope ops gate
fuzz: $(STAMP_DEV)
	@if $(PIP) install --quiet --only-binary :all: atheris >/dev/null 2>&1; then mode=atheris; else mode=loop; fi; \
	status=0; \
	for target in $(FUZZ_TARGETS); do \
		log=$(basename $(FUZZ_LOG))-$$target$(suffix $(FUZZ_LOG)); \
		if [ $$mode = atheris ]; then \
			echo "fuzz $$target: atheris, $(FUZZ_RUNS) runs (log: $$log)"; \
			if RUST_BACKTRACE=0 $(PY) fuzz/fuzz_$$target.py --atheris -runs=$(FUZZ_RUNS) -max_len=8192 \
				-seed=1 -print_final_stats=1 -artifact_prefix=fuzz/crash-$$target- 2>$$log; then \
				grep -e "^Done" -e "stat::number_of_executed_units" -e "stat::average_exec_per_sec" $$log; \
			else \
				grep -v -e "panicked at" -e "^note: " $$log | tail -n 60; status=1; \
			fi; \
		else \
			echo "fuzz $$target: atheris unavailable, seeded mutation loop, $(FUZZ_RUNS) runs (log: $$log)"; \
			RUST_BACKTRACE=0 $(PY) fuzz/fuzz_$$target.py --runs $(FUZZ_RUNS) --seed 1 2>$$log || status=1; \
		fi; \
	done; \
	exit $$status

# The saved community document is plain Automerge: the official JavaScript implementation must read it, and
# Python must read what it writes the natural way (a plain JS string is stored as a Text object). Both ways.
interop: $(STAMP_DEV)
	cd scripts/interop && npm install --silent --no-audit --no-fund
	$(PY) scripts/interop/check.py

bench: $(STAMP_DEV)
	$(PY) bench/store_bench.py
	$(PY) bench/community_bench.py
	$(PY) bench/authority_bench.py
	$(PY) bench/records_bench.py
	$(PY) bench/news_bench.py
	$(PY) bench/envelope_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/sync_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/ui_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/money_ui_bench.py
	$(PY) bench/ledger_judge_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/needs_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/report_bench.py
	$(PY) bench/relay_bench.py
	$(PY) bench/memory_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/scale_bench.py --json build/scale-bench.json

# The whole-neighbourhood scenario of tests/e2e narrated step by step (as root: it makes network namespaces).
demo-network: system-deps $(STAMP_DEV)
	$(PY) scripts/demo_network.py

screenshots: system-deps $(STAMP_DEV)
	LANGUAGES="en es ar" sh scripts/screenshots.sh

# Translations (docs/translating.md): scripts/update_translations.py runs lupdate, which brings each
# resources/translations/commons_<language>.ts up to date with the tr() strings in the sources, keeping what is
# translated (plural forms included) and dropping what no source uses any more;
# lrelease compiles each into src/commons_desktop/translations/, where the app loads it (the .qm is committed).
# Run after changing a user-visible string; tests/desktop/test_translations.py fails until you do.
# A new language: make translations TS_FILES=resources/translations/commons_de.ts
TS_FILES ?= $(wildcard resources/translations/commons_*.ts)
QM_DIR   := src/commons_desktop/translations
translations: $(STAMP_APP)
	$(PY) scripts/update_translations.py $(TS_FILES)
	mkdir -p $(QM_DIR)
	for ts in $(TS_FILES); do \
		$(VENV)/bin/pyside6-lrelease -silent $$ts -qm $(QM_DIR)/$$(basename $$ts .ts).qm || exit 1; \
	done

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache src/*.egg-info
