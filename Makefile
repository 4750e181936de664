# Two commands a newcomer needs: `make demo` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The extraction modules compiled with mypyc (build_native.py); rebuilt when one of their sources changes.
NATIVE_STAMP := build/native/.attempted
NATIVE_SOURCES := $(shell find src/eventwire/extract -name "*.py") src/eventwire/countries.py build_native.py

.PHONY: demo test setup native clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet -e '.[native]' || echo "native build tools could not be installed; running pure Python"
	$(BIN)/eventwire gazetteer build --quiet
	touch $(STAMP)

# Optional speed-up: if the build fails, it prints one warning line and the pure-Python package runs unchanged.
$(NATIVE_STAMP): $(STAMP) $(NATIVE_SOURCES)
	$(BIN)/python build_native.py
	mkdir -p $(dir $@) && touch $@

setup: $(STAMP) $(NATIVE_STAMP)

native: $(NATIVE_STAMP)

demo: setup
	rm -f demo.db
	$(BIN)/eventwire ingest examples/articles --db sqlite:///demo.db
	$(BIN)/eventwire events --db sqlite:///demo.db

test: setup
	$(BIN)/pytest

clean:
	$(PY) build_native.py --clean
	rm -rf $(VENV) build demo.db eventwire.db
