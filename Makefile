# Newsroom: `make run` to try it, `make test` to check it. Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DEV_ENV := DJANGO_DEBUG=1

.PHONY: install node-tools run test fixture check clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

# The standards' own validators (Nu HTML Checker, axe-core, Lighthouse), pinned in package-lock.json.
# Without npm the tests that need them skip with a reason (CI requires them: NEWSROOM_REQUIRE_BROWSER=1).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && touch $@; \
	else echo "npm not found: HTML, accessibility and Lighthouse checks will be skipped"; fi

node-tools: node_modules/.installed

run: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py load_seed
	$(DEV_ENV) $(PY) manage.py create_editor
	@echo "Site : http://127.0.0.1:$(PORT)/    Administration : http://127.0.0.1:$(PORT)/admin/"
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install node-tools
	$(PY) -m pytest

# Rebuild fixtures/seed.json from fixtures/source/ with the project's own importer, in a throwaway database.
fixture: install
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	export DATABASE_URL="sqlite:///$$tmp/fixture.sqlite3" DJANGO_DEBUG=1 && \
	$(PY) manage.py migrate --noinput >/dev/null && \
	$(PY) manage.py build_fixture --output fixtures/seed.json

check: install
	$(DEV_ENV) $(PY) manage.py check
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache node_modules
