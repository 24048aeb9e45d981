# Every target builds .venv from the lock file first, so a fresh clone needs only
# Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: report test notebooks lab lock tables bench clean

# pip before 23.3 does not normalise extra names (PEP 685) and warns that lxml has no extra
# 'html_clean' (justext asks for it; lxml calls it html-clean), so a newer pip comes first.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet 'pip>=24.1'
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

## report: the main job, the notebooks executed on a corpus as HTML in reports/
## (the bundled one, or DATA=folder; PARAMS="freq=Q" sets notebook parameters)
DATA   ?=
PARAMS ?=
report: $(STAMP)
	$(BIN)/python -m analysis report --out reports $(if $(DATA),--data-dir '$(DATA)') $(foreach p,$(PARAMS),--param '$(p)')

## test: unit tests and strict nbval of the notebooks, in one pytest run (see pyproject.toml)
test: $(STAMP)
	$(BIN)/python -m pytest

## notebooks: regenerate the notebooks' committed outputs (then look at the diff)
notebooks: $(STAMP)
	$(BIN)/python -m analysis notebooks

## tables: every table of the bundled corpus as CSV in out/tables
tables: $(STAMP)
	$(BIN)/python -m analysis tables --out out/tables --format csv

## bench: loading speed and memory on generated mixed-layout corpora, beside the peers and the Dask engine
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
