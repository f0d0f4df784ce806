# Two entry points, both self-contained on a machine with Python 3 and make:
#   make demo   parse a bundled article and print a readable summary
#   make test   lint, type-check and run the whole test suite
#   make plot   rerun docs/tutorial.md and redraw docs/winning-times.png
#   make bench  the benchmarks, with the growth table of parse/validate time
#   make fuzz   a long fuzzing campaign: make fuzz INPUTS=1000000 (or SECONDS=3600)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_ARTICLE ?= fixtures/wikitext/2002-men-1000m.wiki
DEMO_TITLE ?= Short-track speed skating at the 2002 Winter Olympics – Men's 1000 metres

.PHONY: demo test bench plot fuzz clean
INPUTS ?= 100000
SECONDS ?= 0
JOBS ?= 2
ATHERIS ?=

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,hypothesis,pandas,docs,progress,dask,fuzz]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/shorttrack-parse show --title "$(DEMO_TITLE)" $(DEMO_ARTICLE)

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

plot: $(STAMP)
	SHORTTRACK_PLOT=docs/winning-times.png $(BIN)/python -m doctest -o ELLIPSIS docs/tutorial.md

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_parse.py
	$(BIN)/python benchmarks/bench_batch.py
	$(BIN)/python benchmarks/bench_strategies.py
	$(BIN)/python benchmarks/bench_scaling.py

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/campaign.py --inputs $(INPUTS) --seconds $(SECONDS) --jobs $(JOBS) $(if $(ATHERIS),--atheris)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
