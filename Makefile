# Commons — the two set-up commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
# Stamps so that repeated runs skip installs that are already done.
STAMP_APP := $(VENV)/.installed-app
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test lint unit reliability props fuzz interop bench screenshots translations system-deps clean \
	demo-network package package-test

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# The installs build the gate's hot path with mypyc (setup.py, COMPILED): a change to one of those modules
# installs again, so that what runs is never an older build (sync._native would then run the plain modules).
COMPILED_SOURCES := setup.py src/sync/community/_chunks.py src/sync/community/_change_body.py src/sync/community/_op_types.py src/sync/community/_ops.py src/sync/community/_ancestry.py src/sync/community/_instants.py src/sync/community/_log_heads.py src/sync/community/_ahead.py src/sync/community/_rules.py src/sync/community/_gate.py

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

# The reliability record (not part of `make test`, which runs a small sample of each): 1,000 seeded
# partition/heal schedules of 5 peers with drops, duplicates and reordering; 1,000 SIGKILLs of the store while
# committing; 500 SIGKILLs during community document saves; 200 kill -9s of a sync service mid-session; 1,000
# envelopes sealed after a member's removal. Each test writes its counts as JSON lines into RELIABILITY_DIR;
# scripts/reliability_table.py prints one table of them and writes it into docs/reliability.md. Every part
# runs even if one fails; the status says whether any failed, lost or leaked anything.
RELIABILITY_DIR ?= /tmp/commons-reliability
RELIABILITY_PYTEST = QT_QPA_PLATFORM=offscreen COMMONS_RELIABILITY_DIR=$(RELIABILITY_DIR) \
	$(PY) -m pytest -q -p no:cacheprovider --timeout=7200
reliability: system-deps $(STAMP_DEV)
	rm -rf $(RELIABILITY_DIR) && mkdir -p $(RELIABILITY_DIR) && date +%s > $(RELIABILITY_DIR)/started
	git rev-parse --short HEAD > $(RELIABILITY_DIR)/commit 2>/dev/null || true
	@status=0; \
	COMMONS_PARTITION_SCHEDULES=1000 $(RELIABILITY_PYTEST) \
		tests/sync/engine/test_convergence.py::test_partitions_with_drops_duplicates_and_reordering_lose_nothing \
		|| status=1; \
	COMMONS_CRASH_KILLS=1000 $(RELIABILITY_PYTEST) tests/store/test_crash_safety.py || status=1; \
	COMMONS_DOCUMENT_KILLS=500 $(RELIABILITY_PYTEST) tests/sync/engine/test_document_kills.py || status=1; \
	COMMONS_SERVICE_KILLS=200 $(RELIABILITY_PYTEST) tests/service/test_service_kills.py || status=1; \
	COMMONS_REMOVED_ENVELOPES=1000 $(RELIABILITY_PYTEST) \
		tests/sync/test_spaces.py::test_a_removed_member_opens_none_of_a_thousand_later_envelopes_and_is_refused \
		|| status=1; \
	$(PY) scripts/reliability_table.py $(RELIABILITY_DIR) docs/reliability.md || status=1; \
	exit $$status

# Long property runs (not part of `make test`): the sync package's Hypothesis properties with the "props"
# profile of tests/sync/conftest.py, at least 10,000 examples each.
props: system-deps $(STAMP_DEV)
	HYPOTHESIS_PROFILE=props QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --timeout=0 \
		$(wildcard tests/sync/community/test_*properties.py)

# Fuzzing (not part of `make test`, which runs a bounded sample of each target): FUZZ_RUNS inputs (1,000,000 by
# default) into each parser of peer or file input: mutated documents into CommunityDocument.load + view(), byte
# streams into FrameDecoder and read_frame, envelopes into open_envelope, change chunks into decode_change (ops),
# changes, sync messages, snapshots and proofs into a guarded document's gate (gate: change validation, authority
# on receipt), the sync session's messages (wire), the personal-data JSON import, .ics and GeoJSON/.osm imports,
# the invite's QR payload and short code, and relay addresses (fuzz/fuzz_*.py; a target's docstring says what it
# checks).
# Each target runs its seeded mutation loop and records how many inputs had each verdict; then
# scripts/fuzz_record.py prints one line per target and writes the table in docs/reliability.md ("## Fuzzing";
# the targets not run keep their rows). FUZZ_MODE=atheris runs coverage-guided with libFuzzer instead, when a
# wheel installs (libFuzzer counts no verdicts: no table). Every target runs, then the status says whether any
# failed. Each target's stderr goes to its own log, named after FUZZ_LOG (/tmp/commons-fuzz-frames.log, …): the
# binding prints a line for every panic it contains. Crashes go to fuzz/crash-<target>-* (never committed).
FUZZ_RUNS ?= 1000000
FUZZ_LOG ?= /tmp/commons-fuzz.log
FUZZ_RECORD ?= /tmp/commons-fuzz-record.jsonl
FUZZ_MODE ?= loop
FUZZ_TARGETS ?= community_load frames envelope ops gate wire personal_json ics geojson invite_qr short_code relay_address
fuzz: $(STAMP_DEV)
	@mode=loop; \
	if [ "$(FUZZ_MODE)" = atheris ]; then \
		if $(PIP) install --quiet --only-binary :all: atheris >/dev/null 2>&1; then mode=atheris; \
		else echo "atheris does not install here: seeded mutation loops"; fi; \
	fi; \
	rm -f $(FUZZ_RECORD); status=0; \
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
			echo "fuzz $$target: seeded mutation loop, $(FUZZ_RUNS) runs (log: $$log)"; \
			RUST_BACKTRACE=0 $(PY) fuzz/fuzz_$$target.py --runs $(FUZZ_RUNS) --seed 1 --record $(FUZZ_RECORD) \
				2>$$log || status=1; \
		fi; \
	done; \
	if [ $$mode = loop ]; then \
		echo; $(PY) scripts/fuzz_record.py $(FUZZ_RECORD) --commit "$$(git rev-parse --short HEAD 2>/dev/null)" || status=1; \
	fi; \
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

# The installable app (docs/user-guide.md, "Installing"; docs/architecture.md, "The wheel and the bundle"), built
# in a venv of its own (build/package-venv) from the wheel, with PyInstaller: dist/commons_desktop-*.whl and
# dist/commons-<version>-linux-<arch>.tar.gz, a bundle that runs without Python; a few minutes. Validates the
# desktop entry and the AppStream metainfo.
package: system-deps
	PYTHON=$(PYTHON) sh packaging/build.sh

# Not part of `make test` (the build takes minutes): the bundle on a machine with no Python, under Xvfb, makes a
# profile, opens the demo town and saves a screenshot; and the wheel installs into a fresh venv and runs.
package-test: package
	sh packaging/smoke_test.sh

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
