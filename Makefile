# Filing Desk — developer commands. `make run` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-scale bundle bundle-test translations clean demo lock

# Exact versions with hashes (requirements/*.txt, made by `make lock` from pyproject.toml): every
# install and every bundle gets the same packages, whatever day it is built.
LOCK_RUN := requirements/run.txt
LOCK_DEV := requirements/dev.txt

$(STAMP): pyproject.toml $(LOCK_DEV)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes -r $(LOCK_DEV)
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Refresh the locks after a change to the dependencies in pyproject.toml (needs the package index).
# Index and find-links locations are never written into the files.
PIP_COMPILE = $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links --no-emit-trusted-host
lock:
	test -x $(BIN)/pip-compile || { test -x $(BIN)/python || $(PY) -m venv $(VENV); \
	  $(BIN)/python -m pip install -q pip-tools; }
	mkdir -p requirements
	$(PIP_COMPILE) --upgrade -o $(LOCK_RUN) pyproject.toml
	$(PIP_COMPILE) --upgrade --extra dev --constraint $(LOCK_RUN) -o $(LOCK_DEV) pyproject.toml

run: $(STAMP)
	$(BIN)/filing-desk

demo: $(STAMP)
	$(BIN)/filing-desk --demo

lint: $(STAMP)
	$(BIN)/ruff check filing_desk migrations tests bench
	$(BIN)/ruff format --check --quiet filing_desk migrations tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

# The tests run in parallel (pytest-xdist), up to four workers or the machine's cores. Tests go
# to workers one by one (--dist load): a worker that crashes is replaced and its tests reported,
# where --dist loadfile once left the run hanging after a crash.
test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --durations=15 -n auto --maxprocesses=4 --dist load

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run

bench-scale: $(STAMP)  # make bench, plus 50,000 algorithms in the scale section (slow)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run --scale

TS_SOURCES := $(wildcard filing_desk/ui/*.py filing_desk/ui/*/*.py filing_desk/app.py)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(TS_SOURCES) -ts resources/translations/filing_desk_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/filing_desk_zh_CN.ts -qm resources/translations/filing_desk_zh_CN.qm

bundle: $(STAMP)
	@$(BIN)/python -c 'import sys; v = sys.version_info[:3]; v < (3, 11, 10) and print( \
	  "warning: building with Python %d.%d.%d; use 3.11.10 or newer (zipfile and expat fixes," \
	  " see README Installers)" % v, file=sys.stderr)' || true
	$(BIN)/pyinstaller --noconfirm --clean filing_desk.spec

bundle-test: bundle
	du -sh dist/filing-desk
	dist/filing-desk/filing-desk --version
	home=$$(mktemp -d) && trap 'rm -rf "$$home"' EXIT && \
	  FILING_DESK_HOME="$$home" QT_QPA_PLATFORM=offscreen dist/filing-desk/filing-desk self-test

clean:
	rm -rf build dist .pytest_cache
