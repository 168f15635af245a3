# Every target creates .venv on first use and installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## poll every source once on the embedded default (SQLite state, console output)
	$(BIN)/demandwatch run --once

test: lint typecheck pytest  ## ruff, mypy and the whole pytest suite

lint: $(STAMP)
	$(BIN)/ruff check functions tests $(wildcard bench)
	$(BIN)/ruff format --check functions tests $(wildcard bench)

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .demandwatch .mypy_cache .pytest_cache .ruff_cache
