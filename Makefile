# Shortcuts for maintainers; the README's two commands are the supported set-up.
PYTHON ?= python3

.PHONY: test lint bench score
test:
	$(PYTHON) -m pytest
lint:
	$(PYTHON) -m ruff check briefing tests bench
	$(PYTHON) -m mypy
bench:
	$(PYTHON) bench/run.py
	$(PYTHON) bench/options.py
	$(PYTHON) bench/watch.py
score:
	$(PYTHON) ../shared/tools/score_extraction.py ../shared/corpus/dev
