# The front door. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.DEFAULT_GOAL := help
.PHONY: help install run test schema golden score floors bench corpus clean

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv/ and install the package with its dev extra

run: $(STAMP) ## extract every sample in samples/ to out/samples.jsonl (+ metric and slogan tables)
	@mkdir -p out
	$(PY) -m extractor extract samples -o out/samples.jsonl --metrics-csv out/metrics.csv --slogans-csv out/slogans.csv
	@echo "wrote out/samples.jsonl, out/metrics.csv, out/slogans.csv"

test: $(STAMP) ## run the test suite (unit tables, rule examples, golden samples, schema check)
	$(PY) -m pytest -q

schema: $(STAMP) ## regenerate schemas/article.schema.json from the models
	$(PY) -m extractor schema

golden: $(STAMP) ## rewrite samples/*.expected.json from the current code (review with git diff samples/)
	$(PY) -m tests.golden --write

score: $(STAMP) ## score the seed and dev references with ../shared/tools/measure.py
	python3 $(SHARED)/tools/measure.py seeds
	python3 $(SHARED)/tools/measure.py dev

floors: $(STAMP) ## raise the accuracy floors in tests/accuracy_floor.json to the current figures
	$(PY) -m tests.accuracy --update

corpus: $(STAMP) ## score cleaning and metadata on the 73 corpus page dumps
	$(PY) $(SHARED)/tools/corpus_score.py --folder dump

bench: $(STAMP) ## throughput of the numeral layer and of the whole pipeline (documents/s)
	$(PY) -m bench.run

clean: ## remove .venv and outputs
	rm -rf $(VENV) out .pytest_cache
