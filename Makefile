# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
STORE ?= .kg-store
HOST ?= 127.0.0.1
PORT ?= 8000
BIN := $(VENV)/bin

.PHONY: run build serve test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

build: install
	$(BIN)/kg build seeds/ --store $(STORE)

run: build
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

serve: install
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(STORE) .pytest_cache
