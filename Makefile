# Two commands a newcomer needs: `make demo` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/eventwire gazetteer build --quiet
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	rm -f demo.db
	$(BIN)/eventwire ingest examples/articles --db sqlite:///demo.db
	$(BIN)/eventwire events --db sqlite:///demo.db

test: $(STAMP)
	$(BIN)/pytest

clean:
	rm -rf $(VENV) demo.db eventwire.db
