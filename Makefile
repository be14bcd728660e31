# Filing Desk — developer commands. `make run` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bundle bundle-test translations clean demo

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/filing-desk

demo: $(STAMP)
	$(BIN)/filing-desk --demo

lint: $(STAMP)
	$(BIN)/ruff check filing_desk migrations tests bench
	$(BIN)/ruff format --check --quiet filing_desk migrations tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run

TS_SOURCES := $(wildcard filing_desk/ui/*.py filing_desk/ui/*/*.py filing_desk/app.py)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(TS_SOURCES) -ts resources/translations/filing_desk_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/filing_desk_zh_CN.ts -qm resources/translations/filing_desk_zh_CN.qm

bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean filing_desk.spec

bundle-test: bundle
	du -sh dist/filing-desk
	dist/filing-desk/filing-desk --version
	home=$$(mktemp -d) && trap 'rm -rf "$$home"' EXIT && \
	  FILING_DESK_HOME="$$home" QT_QPA_PLATFORM=offscreen dist/filing-desk/filing-desk self-test

clean:
	rm -rf build dist .pytest_cache
