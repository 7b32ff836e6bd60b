# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
STORE ?= .kg-store
HOST ?= 127.0.0.1
PORT ?= 8000
BIN := $(VENV)/bin

.PHONY: run build serve test install install-test clean web bench bench-quick loadtest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

# The web page's network view uses Cytoscape.js from the npm registry, installed into web/vendor/ (git-ignored).
# Set-up pulls it in only when npm is there, and never fails for it: without it the page still works.
CYTOSCAPE_VERSION ?= 3.34.4
CYTOSCAPE_JS := web/vendor/node_modules/cytoscape/dist/cytoscape.min.js
WEB_IF_NPM := $(if $(shell command -v npm 2>/dev/null),web,)

web: $(CYTOSCAPE_JS)

$(CYTOSCAPE_JS):
	@if command -v npm >/dev/null 2>&1; then \
	  mkdir -p web/vendor && \
	  npm install --silent --no-audit --no-fund --no-save --prefix web/vendor cytoscape@$(CYTOSCAPE_VERSION) \
	  || echo "make web: npm install failed; the page works without the network picture"; \
	else echo "make web: npm not found; the page works without the network picture"; fi

install: $(VENV)/.installed $(WEB_IF_NPM)
install-test: $(VENV)/.installed-test $(WEB_IF_NPM)

build: install
	$(BIN)/kg build seeds/ --store $(STORE)

run: build
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

serve: install
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest -q

# The full load test (RELIABILITY.md): builds the seeds, serves them on 127.0.0.1, 64 clients for 30 s.
LOAD_CLIENTS ?= 64
LOAD_SECONDS ?= 30
loadtest: install-test
	$(BIN)/python -m tests.load.load --clients $(LOAD_CLIENTS) --seconds $(LOAD_SECONDS) --json tests/load/last-run.json

clean:
	rm -rf $(STORE) .pytest_cache

# Benchmarks (see BENCHMARKS.md): `make bench` rewrites the generated part of BENCHMARKS.md (about 15 minutes);
# `make bench-quick` is a small smoke run whose results go to bench/out/quick.md. Corpora and stores stay in bench/out/.
# kg's bytecode is compiled first, as pip does for an installed package: an editable install under
# PYTHONDONTWRITEBYTECODE would otherwise compile every kg module inside each timed build.
bench: install-test
	$(BIN)/python -m compileall -q kg
	$(BIN)/python -m bench.run --n 60 --triples 100000,1000000 --limit 15 --budget 4 --reps 30

bench-quick: install-test
	$(BIN)/python -m bench.run --n 10 --triples 20000 --limit 5 --budget 0.5 --reps 5 --md bench/out/quick.md
