# jobcenter — all set-up goes through these targets (see README).
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test lint e2e-deps static run migrate clean bench

install: $(STAMP) static e2e-deps ## idempotent: venv, Python deps, static assets, Chromium for browser tests

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,spark,rq]'
	touch $(STAMP)

static: jobcenter/static/vendor/.built

jobcenter/static/vendor/.built: package.json package-lock.json scripts/build_static.sh
	bash scripts/build_static.sh
	touch $@

e2e-deps:
	@bash scripts/ensure_chromium.sh

migrate: install
	$(BIN)/jobcenter migrate --noinput

demo: install ## migrate, load demo data, serve http://$(HOST):$(PORT)
	$(BIN)/jobcenter migrate --noinput
	$(BIN)/jobcenter demo load
	@$(BIN)/jobcenter demo logins
	$(BIN)/jobcenter runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check . || (echo "Run: $(BIN)/ruff format ." && false)

test: install lint ## lint and the whole test suite
	$(BIN)/jobcenter check --fail-level WARNING
	$(BIN)/jobcenter makemigrations --check --dry-run
	$(BIN)/pytest -p no:cacheprovider $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) node_modules jobcenter/static/vendor var/*.sqlite3
