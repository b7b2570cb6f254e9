PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check venv clean web worker beat

# Production processes (README “在生产环境运行”): settings come from the environment (DATABASE_URL,
# CELERY_BROKER_URL, SECRET_KEY …).
WEB_WORKERS ?= 4
WEB_BIND ?= 127.0.0.1:8000
WORKER_CONCURRENCY ?= 2
BEAT_SCHEDULE ?= .celerybeat-schedule

$(STAMP): requirements.txt
	@command -v $(PYTHON) >/dev/null || { echo "需要 $(PYTHON)（Python 3.11）"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py setup_demo
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

web: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/gunicorn config.wsgi --workers $(WEB_WORKERS) --bind $(WEB_BIND) --timeout 120 --access-logfile -

worker: $(STAMP)
	$(BIN)/celery -A config worker --loglevel INFO --concurrency $(WORKER_CONCURRENCY)

beat: $(STAMP)
	$(BIN)/celery -A config beat --loglevel INFO --schedule $(BEAT_SCHEDULE)

test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
