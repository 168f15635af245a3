# Every target creates .venv on first use and installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# aws-sam-cli lives in its own virtualenv: it pins boto3 versions the project does not use.
SAM_VENV  := .venv-sam
SAM       := $(SAM_VENV)/bin/sam
SAM_STAMP := $(SAM_VENV)/.installed
# sam validate needs a region even offline; these reach no account (and telemetry stays off).
SAM_OFFLINE := AWS_DEFAULT_REGION=us-east-1 AWS_ACCESS_KEY_ID=offline AWS_SECRET_ACCESS_KEY=offline SAM_CLI_TELEMETRY=0

.PHONY: demo run test lint typecheck pytest bench soak clean validate build deploy

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)  ## replay a day at the Security Council, offline: console, or Slack when SLACK_BOT_TOKEN is set
	$(BIN)/python -m demandwatch.demo

run: $(STAMP)  ## poll every source once on the embedded default (SQLite state, console output)
	$(BIN)/demandwatch run --once

$(SAM_STAMP):
	test -d $(SAM_VENV) || $(PYTHON) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(SAM_VENV)/bin/python -m pip install --quiet 'aws-sam-cli>=1.130,<2'
	touch $(SAM_STAMP)

test: lint typecheck validate pytest  ## ruff, mypy, cfn-lint + sam validate, and the whole pytest suite

lint: $(STAMP)
	$(BIN)/ruff check functions tests $(wildcard bench)
	$(BIN)/ruff format --check functions tests $(wildcard bench)
	$(BIN)/ruff check infra
	$(BIN)/ruff format --check infra

typecheck: $(STAMP)
	$(BIN)/mypy

# One worker a CPU the process may use (pytest-xdist; one on a one-CPU machine). logical, not
# auto: with psutil installed, auto counts physical cores (one, where the two CPUs are one
# core's threads). Each test module stays whole on one worker (its module fixtures, servers and
# the artifact's build made once). --durations=40 only reports: every CI and freeze log lists the
# 40 slowest tests (setup, call and teardown apiece), to keep the suite inside CI's 90 minutes.
pytest: $(STAMP)
	$(BIN)/pytest -q -n logical --dist loadfile --durations=40

validate: $(STAMP) $(SAM_STAMP)  ## check template.yaml: cfn-lint, then SAM's own validation with its linter
	$(BIN)/cfn-lint template.yaml
	$(SAM_OFFLINE) $(SAM) validate --lint --template-file template.yaml

build: $(STAMP)  ## the Lambda artifact (python3.13, x86_64, no Docker): build/demandwatch-lambda.zip
	$(BIN)/python infra/build_lambda.py

deploy: build $(SAM_STAMP)  ## deploy to the AWS account of `aws configure` (asks the questions the first time)
	@if [ -f samconfig.toml ]; then \
		$(SAM) deploy --template-file template.yaml; \
	else \
		$(SAM) deploy --guided --template-file template.yaml --capabilities CAPABILITY_IAM; \
	fi

soak: $(STAMP)  ## fault soak of the real pipeline: 500 cycles of killed runs, failing feeds and Slack
	$(BIN)/python tests/soak.py --cycles $(or $(CYCLES),500)

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .demandwatch .mypy_cache .pytest_cache .ruff_cache
	rm -rf $(SAM_VENV) build .aws-sam
