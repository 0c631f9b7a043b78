# Shortcuts for maintainers; the README's two commands are the supported set-up.
PYTHON ?= python3

.PHONY: test lint complexity bench score
test:
	$(PYTHON) -m pytest
lint:
	$(PYTHON) -m ruff check briefing tests bench
	$(PYTHON) -m mypy
complexity:  # every function above 10 (C or worse); tests/test_architecture.py fails above 15
	$(PYTHON) -m radon cc -s -n C briefing
bench:
	$(PYTHON) bench/run.py
	$(PYTHON) bench/options.py
	$(PYTHON) bench/watch.py
score:
	$(PYTHON) ../shared/tools/score_extraction.py ../shared/corpus/dev
