# Every target builds .venv from the lock file first, so a fresh clone needs only
# Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: report test notebooks lab lock tables bench clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

## report: the main job, the notebooks executed on the bundled corpus as HTML in reports/
report: $(STAMP)
	$(BIN)/python -m analysis report --out reports

## test: unit tests and strict nbval of the notebooks, in one pytest run (see pyproject.toml)
test: $(STAMP)
	$(BIN)/python -m pytest

## notebooks: regenerate the notebooks' committed outputs (then look at the diff)
notebooks: $(STAMP)
	$(BIN)/python -m analysis notebooks

## tables: every table of the bundled corpus as CSV in out/tables
tables: $(STAMP)
	$(BIN)/python -m analysis tables --out out/tables --format csv

## bench: loading speed and memory on generated corpora, side by side with the peers
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

## lab: JupyterLab with the package importable in its kernel
lab: $(STAMP)
	$(BIN)/python -m jupyter lab notebooks

## lock: re-pin every dependency after editing pyproject.toml
lock:
	$(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv pip compile pyproject.toml --all-extras --universal \
		--python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) out reports .pytest_cache
