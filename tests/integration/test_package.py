"""The Lambda artifact, as AWS will run it: unzipped, imported by CPython 3.13 (pyenv's,
with nothing but the artifact on its path), every handler present, the shipped
configuration valid, and a cold start refusing a bad environment by naming it."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = ROOT / "build" / "demandwatch-lambda.zip"
HANDLERS = ("schedule", "poll", "notify", "interact", "digest")
# Lambda allows 50 MB zipped; the project's budget is 10 MB with bytecode, kept by pruning
# what the functions never call and shipping dependencies as bytecode (infra/build_lambda.py).
MAX_ZIPPED = 10 * 1000 * 1000
MAX_UNZIPPED = 250 * 1024 * 1024
# The bytecode magic number of CPython 3.13 (importlib.util.MAGIC_NUMBER there).
MAGIC_313 = (3571).to_bytes(2, "little") + b"\r\n"


def pyenv_root() -> Path:
    """Where pyenv keeps its Pythons: `pyenv root`, else $PYENV_ROOT, else ~/.pyenv."""
    executable = shutil.which("pyenv")
    if executable:
        found = subprocess.run([executable, "root"], capture_output=True, text=True, check=False)
        if found.returncode == 0 and found.stdout.strip():
            return Path(found.stdout.strip())
    return Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")


def python313() -> Path:
    """The newest pyenv CPython 3.13.x (the Lambda python3.13 runtime's minor version)."""
    candidates = []
    for path in (pyenv_root() / "versions").glob("3.13.*/bin/python3.13"):
        match = re.fullmatch(r"3\.13\.(\d+)", path.parents[1].name)
        if match and os.access(path, os.X_OK):
            candidates.append((int(match.group(1)), path))
    if not candidates:
        pytest.fail(f"no CPython 3.13 under {pyenv_root()}/versions (install: pyenv install 3.13)")
    return max(candidates)[1]


@pytest.fixture(scope="module")
def artifact() -> Path:
    """The built zip (rebuilt only when a source is newer than it)."""
    subprocess.run(
        [sys.executable, str(ROOT / "infra" / "build_lambda.py"), "--if-stale"],
        check=True,
        cwd=ROOT,
    )
    return ARTIFACT


@pytest.fixture(scope="module")
def task_root(artifact: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("var-task")
    with zipfile.ZipFile(artifact) as archive:
        archive.extractall(root)
    return root


def run_313(task_root: Path, code: str, env: dict[str, str] | None = None) -> str:
    """Run ``code`` like the Lambda runtime would: python3.13, isolated (-I: no user site,
    no PYTHON* variables), the task root as working directory and only entry on the path."""
    environment = {"PATH": "/usr/bin:/bin", "LAMBDA_TASK_ROOT": str(task_root), **(env or {})}
    done = subprocess.run(
        [
            str(python313()),
            "-I",
            "-c",
            f"import sys; sys.path.insert(0, {str(task_root)!r})\n{code}",
        ],
        capture_output=True,
        text=True,
        cwd=task_root,
        env=environment,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_artifact_fits_lambda_and_holds_only_what_runs(artifact: Path) -> None:
    assert artifact.stat().st_size < MAX_ZIPPED
    with zipfile.ZipFile(artifact) as archive:
        names = archive.namelist()
        unzipped = sum(i.file_size for i in archive.infolist())
    assert unzipped < MAX_UNZIPPED
    assert "demandwatch/handlers/schedule.py" in names
    assert "demandwatch/shipped_config/sources.yaml" in names
    assert any(n.startswith("demandwatch/shipped_config/templates/") for n in names)
    # Compiled for the Lambda platform: manylinux x86_64, CPython 3.13.
    assert any(
        re.search(r"pydantic_core/_pydantic_core\.cpython-313-x86_64-linux-gnu\.so$", n)
        for n in names
    )
    assert not any(n.startswith(("tests/", "mypy_boto3", "boto3_stubs", "pytest")) for n in names)
    assert not any(n.startswith("demandwatch/demo/") for n in names)
    # The Slack SDK's clients for APIs no function calls are left out; Socket Mode stays.
    assert not any(n.startswith(("slack_sdk/oauth/", "slack_sdk/scim/")) for n in names)
    assert any(n.startswith("slack_sdk/socket_mode/") for n in names)
    # Nor Pydantic 1, the SDK's legacy alias, or dateutil's tz database (no kept module
    # imports them: checked at every build).
    assert not any(n.startswith(("pydantic/v1/", "slack/", "dateutil/zoneinfo/")) for n in names)
    assert not any(
        n.startswith(
            (
                "aws_lambda_powertools/event_handler/",
                "aws_lambda_powertools/utilities/data_classes/",
                "aws_lambda_powertools/utilities/kafka/",
                "aws_lambda_powertools/utilities/validation/",
            )
        )
        for n in names
    )
    assert "aws_lambda_powertools/logging/logger.pyc" in names
    # Nor the modules that import a library the artifact lacks (aiohttp, websockets, mypy).
    for gone in ("web/async_client", "web/legacy_client", "socket_mode/async_client"):
        assert f"slack_sdk/{gone}.pyc" not in names
    assert not any(n.startswith("slack_sdk/socket_mode/aiohttp/") for n in names)
    assert "pydantic/mypy.pyc" not in names
    assert "slack_sdk/socket_mode/builtin/client.pyc" in names
    assert "slack_sdk/models/dialoags.pyc" not in names
    assert "pydantic/main.pyc" in names
    assert "dateutil/tz/tz.pyc" in names


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "build_lambda", ROOT / "infra" / "build_lambda.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("demandwatch/slack/admin.py", "from slack_sdk.scim import SCIMClient"),
        ("demandwatch/slack/install.py", "import slack_sdk.oauth.state_store"),
        ("slack_sdk/web/client.py", "from ..oauth import installation_store"),
        ("slack_sdk/__init__.py", "from .rtm_v2 import RTMClient"),
    ],
)
def test_a_kept_module_importing_a_pruned_slack_client_stops_the_build(
    tmp_path: Path, path: str, line: str
) -> None:
    build = _build_module()
    (tmp_path / "demandwatch" / "slack").mkdir(parents=True)
    (tmp_path / "slack_sdk" / "web").mkdir(parents=True)
    # The SDK's docstring names every client it has: a name in text is not an import.
    (tmp_path / "slack_sdk" / "__init__.py").write_text(
        '"""* `slack_sdk.oauth.state_store`"""\nfrom .web import WebClient\n'
    )
    (tmp_path / "slack_sdk" / "web" / "client.py").write_text(
        "from ..errors import SlackApiError\n"
    )
    (tmp_path / "demandwatch" / "slack" / "post.py").write_text(
        "from slack_sdk.web import WebClient\n"
    )
    build._check_slack_sdk_pruned(tmp_path)  # what ships today passes

    target = tmp_path / path
    target.write_text(target.read_text() + line + "\n" if target.exists() else line + "\n")
    with pytest.raises(SystemExit, match="imports slack_sdk"):
        build._check_slack_sdk_pruned(tmp_path)


# What ships today in the places the check reads, in small: pydantic's lazy import for a
# Pydantic 1 hook, dateutil's gettz reading its tz database, docstrings naming modules.
_KEPT_TODAY = {
    "pydantic/__init__.py": '"""See `pydantic.v1` for Pydantic 1."""\nfrom .main import BaseModel\n',
    "pydantic/main.py": "from pydantic_core import core_schema\nclass BaseModel: ...\n",
    "pydantic/_internal/_generate_schema.py": (
        "def _hook(obj):\n"
        "    if getattr(obj, '__get_validators__', None) is not None:\n"
        "        from pydantic.v1 import BaseModel as BaseModelV1\n"
    ),
    "pydantic/_migration.py": "REDIRECT = {'pydantic.utils:x': 'pydantic.v1.utils:x'}\n",
    "dateutil/__init__.py": "__all__ = ['tz', 'zoneinfo']\n",
    "dateutil/tz/__init__.py": "from .tz import gettz, tzutc\n",
    "dateutil/tz/tz.py": (
        "def gettz(name):\n    from dateutil.zoneinfo import get_zonefile_instance\n"
        "def tzutc(): ...\n"
    ),
    "dateutil/rrule.py": "from dateutil import tz\ndef rrulestr(s):\n    return tz.gettz\n",
    "botocore/utils.py": "import dateutil.parser\nfrom dateutil.tz import tzutc\n",
    "slack_sdk/web/slack_response.py": '"""\n    import slack\n"""\nimport json\n',
    "demandwatch/models/alert.py": "from pydantic import BaseModel\n",
    "aws_lambda_powertools/shared/functions.py": (
        "def extract_event_from_common_models(data):\n    return pydantic_to_dict(data)\n"
        "def pydantic_to_dict(data):\n"
        "    from aws_lambda_powertools.event_handler.openapi.compat import _model_dump\n"
    ),
    "aws_lambda_powertools/shared/json_encoder.py": (
        "from aws_lambda_powertools.shared.functions import pydantic_to_dict\n"
        "class PowertoolsJSONEncoder: ...\n"
    ),
    "aws_lambda_powertools/logging/logger.py": (
        "from aws_lambda_powertools.shared.functions import extract_event_from_common_models\n"
        "class Logger:\n    def inject_lambda_context(self): ...\n"
    ),
    "demandwatch/handlers/_runtime.py": "from aws_lambda_powertools import Logger, Metrics\n",
}


@pytest.mark.parametrize(
    ("path", "line", "says"),
    [
        ("demandwatch/models/alert.py", "from pydantic.v1 import BaseModel", "pydantic.v1"),
        ("demandwatch/slack/post.py", "import slack", "imports slack"),
        ("pydantic/main.py", "from .v1 import main", "pydantic.v1"),
        ("pydantic/main.py", "from . import v1", "pydantic.v1"),
        ("slack_sdk/web/client.py", "from ..models import dialoags", "dialoags"),
        ("slack_sdk/web/client.py", "from slack.web import WebClient", "slack.web"),
        ("botocore/utils.py", "importlib.import_module('dateutil.zoneinfo')", "dateutil.zoneinfo"),
        ("dateutil/parser/_parser.py", "from .. import zoneinfo", "dateutil.zoneinfo"),
        (
            "demandwatch/models/alert.py",
            "class Iso:\n    def __get_validators__(cls): ...",
            "__get",
        ),
        ("demandwatch/models/alert.py", "from pydantic.utils import deep_update", "pydantic.utils"),
        ("botocore/utils.py", "from dateutil.tz import gettz", "gettz"),
        ("botocore/compat.py", "from dateutil import tz\nzone = tz.gettz('UTC')", "gettz"),
        ("dateutil/parser/_parser.py", "from ..tz import gettz", "gettz"),
        ("botocore/compat.py", "from dateutil.rrule import rrulestr", "gettz"),
        ("botocore/compat.py", "from dateutil import *", "import"),
        (
            "aws_lambda_powertools/logging/formatter.py",
            "from ..event_handler import APIGatewayRestResolver",
            "aws_lambda_powertools.event_handler",
        ),
        (
            "demandwatch/handlers/_runtime.py",
            "from aws_lambda_powertools.utilities.data_classes import SQSEvent",
            "data_classes",
        ),
        (
            "aws_lambda_powertools/metrics/base.py",
            "from aws_lambda_powertools.utilities.kafka import kafka_consumer",
            "kafka",
        ),
        (
            "demandwatch/handlers/_runtime.py",
            "@logger.inject_lambda_context(log_event=True)\ndef handler(event, context): ...",
            "logs an event",
        ),
        (
            "aws_lambda_powertools/metrics/functions.py",
            "from aws_lambda_powertools.shared.functions import pydantic_to_dict",
            "logs an event",
        ),
        (
            "demandwatch/handlers/_runtime.py",
            "import aws_lambda_powertools.shared.json_encoder",
            "logs an event",
        ),
        ("slack_sdk/web/__init__.py", "from .async_client import AsyncWebClient", "async_client"),
        ("demandwatch/slack/post.py", "from slack_sdk.socket_mode.aiohttp import x", "aiohttp"),
    ],
)
def test_a_kept_module_importing_a_pruned_module_stops_the_build(
    tmp_path: Path, path: str, line: str, says: str
) -> None:
    """pydantic.v1, slack, dateutil.zoneinfo and Powertools' event handlers (with the data
    classes, Kafka and validation) are left out: a kept module (the package's or a
    dependency's) importing one, by statement or by name in a string, stops the build, as
    does one taking a path on which a kept lazy import of one lies (a Pydantic 1 hook, a
    removed name of pydantic.utils, dateutil's gettz, Powertools logging a model event)."""
    build = _build_module()
    for name, text in _KEPT_TODAY.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    build._check_unused_modules_pruned(tmp_path)  # what ships today passes

    target = tmp_path / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text((target.read_text() if target.exists() else "") + line + "\n")
    with pytest.raises(SystemExit, match=re.escape(says)):
        build._check_unused_modules_pruned(tmp_path)


def test_the_artifact_ships_bytecode_for_3_13_that_keeps_the_zip_reproducible(
    artifact: Path,
) -> None:
    """/var/task is read-only: without .pyc every cold start compiles every module again."""
    with zipfile.ZipFile(artifact) as archive:
        names = set(archive.namelist())
        own = sorted(n for n in names if n.startswith("demandwatch/") and n.endswith(".py"))
        assert own, "the package ships its sources"
        for source in own:
            folder, _, module = source.rpartition("/")
            assert f"{folder}/__pycache__/{module[:-3]}.cpython-313.pyc" in names, source
        # Dependencies ship bytecode in place of their sources (the 10 MB budget).
        assert "botocore/client.pyc" in names
        assert "botocore/client.py" not in names
        pycs = [n for n in names if n.endswith(".pyc")]
        assert not [n for n in pycs if "__pycache__" in n and ".cpython-313." not in n]
        for name in pycs:
            header = archive.read(name)[:16]
            assert header[:4] == MAGIC_313, name
            # PEP 552 flags: bit 0 hash-based, bit 1 check_source; unchecked-hash = 0b01,
            # so no timestamp is inside and the runtime never reads the source to compare.
            assert int.from_bytes(header[4:8], "little") == 0b01, name
        dates = {info.date_time for info in archive.infolist()}
    assert dates == {(2020, 1, 1, 0, 0, 0)}


def test_the_build_s_configuration_snapshot_is_the_same_bytes_build_after_build(
    task_root: Path, tmp_path: Path
) -> None:
    """The zip is reproducible only if every file the build writes is: the snapshot of
    the validated configuration, pickled, is written twice from the same staged files
    and must come out the same."""
    sys.path.insert(0, str(ROOT / "infra"))
    try:
        import build_lambda  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "infra"))
    written = []
    for run in ("first", "second"):
        stage = tmp_path / run
        shutil.copytree(
            task_root,
            stage,
            ignore=shutil.ignore_patterns("_validated_config.pickle", "*.dist-info"),
        )
        build_lambda.snapshot_config(stage)
        written.append((stage / "demandwatch" / "_validated_config.pickle").read_bytes())
    assert written[0] == written[1]
    assert written[0] == (task_root / "demandwatch" / "_validated_config.pickle").read_bytes()


def test_every_handler_imports_under_python_3_13(task_root: Path) -> None:
    out = run_313(
        task_root,
        "import importlib, json, platform\n"
        "from pathlib import Path\n"
        "from demandwatch.config import SHIPPED_CONFIG_DIR, load_config\n"
        f"found = {{m: callable(importlib.import_module('demandwatch.handlers.' + m).handler) for m in {HANDLERS!r}}}\n"
        "config = load_config(Path('demandwatch/shipped_config'))\n"
        "print(json.dumps({'version': platform.python_version(), 'handlers': found,"
        " 'sources': len(config.sources), 'demands': len(config.demands),"
        " 'shipped': str(SHIPPED_CONFIG_DIR)}))\n",
    )
    report = json.loads(out)
    assert report["version"].startswith("3.13.")
    assert report["handlers"] == dict.fromkeys(HANDLERS, True)
    assert report["sources"] > 0
    assert report["demands"] > 0
    # Without DEMANDWATCH_CONFIG the packaged configuration is the default.
    assert report["shipped"] == str(task_root.resolve() / "demandwatch" / "shipped_config")


def test_a_cold_start_with_a_bad_environment_names_what_is_missing(task_root: Path) -> None:
    out = run_313(
        task_root,
        "from demandwatch.handlers import notify\n"
        "from demandwatch.exceptions import ConfigError\n"
        "try:\n"
        "    notify.handler({'Records': []}, None)\n"
        "except ConfigError as exc:\n"
        "    print('refused:', exc)\n",
        env={"DEMANDWATCH_INLINE_POLL_MAX": "many"},
    )
    assert "DEMANDWATCH_TABLE: Field required" in out
    assert "DEMANDWATCH_INLINE_POLL_MAX" in out


_COLLECTOR = r"""
import gc, json, os, sys
from demandwatch.handlers import notify
state = {"after_import": gc.isenabled()}
try:
    app = notify.handler.start()
    state["started"] = type(app).__name__
except Exception as exc:
    state["started"] = type(exc).__name__
state["after_start"] = gc.isenabled()
state["frozen"] = gc.get_freeze_count()
try:
    notify.handler.start()  # a later event: nothing paused or frozen again
except Exception:
    pass
state["frozen_again"] = gc.get_freeze_count()
print(json.dumps(state))
"""


@pytest.mark.parametrize("good", [True, False], ids=["set up", "refused"])
def test_in_lambda_the_collector_pauses_for_the_set_up_alone(task_root: Path, good: bool) -> None:
    """Under Lambda (AWS_LAMBDA_FUNCTION_NAME) the collector is off from the handler's
    import to the end of its set-up, whether that succeeds or is refused, and what the
    set-up built is frozen; anywhere else importing a handler leaves it alone."""
    env = {
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "x",
        **({"DEMANDWATCH_TABLE": "t"} if good else {}),
    }
    started = "CloudApp" if good else "ConfigError"
    in_lambda = json.loads(
        run_313(task_root, _COLLECTOR, {**env, "AWS_LAMBDA_FUNCTION_NAME": "notify"})
    )
    assert in_lambda["after_import"] is False
    assert in_lambda["started"] == started
    assert in_lambda["after_start"] is True
    assert in_lambda["frozen"] > 50_000
    assert in_lambda["frozen_again"] == in_lambda["frozen"]
    elsewhere = json.loads(run_313(task_root, _COLLECTOR, env))
    assert elsewhere == {
        "after_import": True,
        "started": started,
        "after_start": True,
        "frozen": 0,
        "frozen_again": 0,
    }


# What no cold start of a function imports: each is imported by the invocation that
# needs it, and the typical invocation does not (bench/coldstart.py times the rest).
# Templates render a draft only when one is asked for; the config is read from the
# build's snapshot (no YAML, no model of sources.yaml or demands.yaml); the AWS clients
# are made with botocore alone, without boto3.
_NEVER = ("jinja2", "yaml", "demandwatch.configfiles", "boto3")
# The event rules serve matched items only, and the story rules the alerts they make
# (most polls have none); Slack and the delivery use case are the notify function's (a
# schedule imports the latter only to look at P1 escalations, when org.yaml configures
# them; the shipped one does not).
_POLLING = (
    "demandwatch.core.events",
    "demandwatch.core.stories",
    "slack_sdk",
    "demandwatch.app.delivery",
    *_NEVER,
)
# Neither polls nor matches (interact compiles its demands' queries only for
# /demandwatch test).
_NOT_POLLING = ("demandwatch.core.events", "demandwatch.core.query", "httpx", *_NEVER)
# Nor do the functions that never read a story (the digest's daily run reads the day's
# stories).
_NO_STORIES = ("demandwatch.core.stories", "demandwatch.core.language", *_NOT_POLLING)
# Only the scheduled functions (schedule, digest) parse a schedule's payload.
_UNSCHEDULED = ("demandwatch.handlers._schedules",)
# A press or a slash command is answered from the store alone: Slack's Web API (its SDK,
# and the asyncio it imports) serves the follow-ups, which the notify function runs.
_NO_SLACK_CLIENT = ("slack_sdk", "asyncio", "demandwatch.slack.api", "demandwatch.slack.notifier")
# pydantic validates untrusted input: the configuration files (at build and CLI time),
# Slack's payloads (interact) and stored documents (the store's codec: built with the
# notify and interact handlers, every invocation of which reads alerts, and at the first
# alert a poll or schedule queues or a digest reads, which most do not). The environment, the
# schedule's payload and the build's snapshot are read without it.
_NO_PYDANTIC = ("pydantic", "pydantic_core", "annotated_types", "typing_inspection")
_NOT_AT_COLD_START = {
    "schedule": (*_POLLING, *_NO_PYDANTIC),
    "poll": (*_POLLING, *_UNSCHEDULED, *_NO_PYDANTIC),
    "notify": (*_NO_STORIES, *_UNSCHEDULED),
    "interact": (*_NO_STORIES, *_UNSCHEDULED, *_NO_SLACK_CLIENT),
    # What posts a digest is imported by the run that has one to post: the catch-up
    # schedule's runs, most of the function's, find none owed (handlers/digest.py).
    "digest": (
        *_NOT_POLLING,
        *_NO_SLACK_CLIENT,
        *_NO_PYDANTIC,
        "demandwatch.app.digest",
        "demandwatch.core.digest",
        "demandwatch.core.stories",
    ),
}


def test_a_cold_start_imports_nothing_its_typical_invocation_does_not_use(
    task_root: Path,
) -> None:
    env = {
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "x",
        "AWS_LAMBDA_FUNCTION_NAME": "demandwatch",
        "DEMANDWATCH_TABLE": "t",
        "DEMANDWATCH_ALERT_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/0/a.fifo",
        "DEMANDWATCH_SECRET_ID": "s",
    }
    for name, absent in _NOT_AT_COLD_START.items():
        code = (
            "import importlib, json, sys\n"
            f"module = importlib.import_module('demandwatch.handlers.{name}')\n"
            "app = module.handler.start()\n"
            "made = [getattr(app.clients, c) for c in module.CLIENTS]\n"
            f"print(json.dumps([m for m in {absent!r} if m in sys.modules]))\n"
        )
        assert json.loads(run_313(task_root, code, env)) == [], name


_BUILT_AT_COLD_START = r"""
import importlib, json, sys
module = importlib.import_module("demandwatch.handlers." + NAME)
app = module.handler.start()
made = [getattr(app.clients, c) for c in module.CLIENTS]
from demandwatch.core import stories
from demandwatch.store import codec

print(json.dumps({
    "file_models": "demandwatch.configfiles" in sys.modules,
    "concept_stems": stories._concept_stems.cache_info().currsize,
    "codecs": sorted(
        n for n in ("_alert", "_story", "_feedback") if getattr(codec, n).cache_info().currsize
    ),
}))
"""


_CODECS_AT_COLD_START = {
    "schedule": [],
    "poll": [],
    "notify": ["_alert"],
    "interact": ["_alert"],
    "digest": [],
}


def test_a_cold_start_builds_no_configuration_validator_and_no_story_stem_table(
    task_root: Path,
) -> None:
    """The configuration comes from the snapshot, so no configuration model validates
    anything at a cold start: the files' models (configfiles), which only validating
    uses, are not even defined; the snapshot holds plain dataclasses. The stories' table of concept stems is built by the first item a
    story is made for, which no cold start has. The store's codecs are built by the first
    document of their kind read or written, except those every invocation of the function
    reads, built with its handler module (make_handler's ``reads``): alerts for notify and
    interact. A typical poll or schedule queues no alert, and a typical digest run (the
    catch-up's) finds no digest owed and reads neither alerts nor stories."""
    env = {
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "x",
        "AWS_LAMBDA_FUNCTION_NAME": "demandwatch",
        "DEMANDWATCH_TABLE": "t",
        "DEMANDWATCH_ALERT_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/0/a.fifo",
        "DEMANDWATCH_POLL_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/0/p",
        "DEMANDWATCH_SECRET_ID": "s",
    }
    for name in HANDLERS:
        report = json.loads(run_313(task_root, f"NAME = {name!r}\n" + _BUILT_AT_COLD_START, env))
        assert report == {
            "file_models": False,
            "concept_stems": 0,
            "codecs": _CODECS_AT_COLD_START[name],
        }, name


def test_a_cold_start_reads_the_build_s_snapshot_of_the_validated_configuration(
    task_root: Path,
) -> None:
    """Each function's CloudApp takes the shipped configuration from the snapshot the
    build wrote (no YAML parsed at a cold start), and it equals what validating the
    shipped files under 3.13 gives; edit a file and the next cold start validates again."""
    env = {
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "x",
        "DEMANDWATCH_TABLE": "t",
        "DEMANDWATCH_ALERT_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/0/a.fifo",
        "DEMANDWATCH_SECRET_ID": "s",
    }
    code = (
        "import importlib, json, os, sys\n"
        "from demandwatch.bootstrap import CloudApp\n"
        f"for name in {HANDLERS!r}:\n"
        "    module = importlib.import_module('demandwatch.handlers.' + name)\n"
        "    app = CloudApp(os.environ, require=getattr(module, 'REQUIRE', ()))\n"
        "parsed = 'yaml' in sys.modules\n"
        "import pickle\n"
        "from demandwatch.config import load_config\n"
        "print(json.dumps({'yaml_at_cold_start': parsed, 'directory': str(app.config.directory),"
        " 'equal': app.config == load_config(app.config.directory),"
        " 'pydantic_held': b'pydantic' in pickle.dumps(app.config),"
        " 'demands': len(app.config.demands)}))\n"
    )
    report = json.loads(run_313(task_root, code, env))
    assert report == {
        "yaml_at_cold_start": False,
        "directory": str(task_root / "demandwatch" / "shipped_config"),
        "equal": True,
        "pydantic_held": False,  # plain dataclasses: reading them needs no pydantic
        "demands": report["demands"],
    }
    assert report["demands"] > 0

    edited = task_root / "demandwatch" / "shipped_config" / "org.yaml"
    original = edited.read_bytes()
    try:
        edited.write_bytes(re.sub(rb"(?m)^short_name: .*$", b"short_name: Edited", original))
        again = json.loads(run_313(task_root, code, env))
        assert again["yaml_at_cold_start"] is True  # validated in full
        assert again["equal"] is True
        out = run_313(
            task_root,
            "import os\nfrom demandwatch.bootstrap import CloudApp\n"
            "print(CloudApp(os.environ).config.org.short_name)\n",
            env,
        )
        assert out.strip() == "Edited"
    finally:
        edited.write_bytes(original)


_PRECOMPILED = r"""
import json, importlib
import demandwatch.handlers as handlers
from demandwatch.handlers import _precompiled
built = handlers.PRECOMPILED
checked, differ = {"exec": 0, "eval": 0}, []

if built is not None:
    taken = built.code

    def checking(mode, source):
        # The build's code object for this text, and what compiling the text gives now.
        code = taken(mode, source)
        checked[mode] += 1
        if code != _precompiled._compile(mode, source):
            differ.append([mode, source[:200]])
        return code

    built.code = checking
    found_regex = built.found_regex
    patterns = []

    def noting(pattern, flags):
        patterns.append((pattern, flags))
        return found_regex(pattern, flags)

    built.found_regex = noting
module = importlib.import_module("demandwatch.handlers." + NAME)
app = module.handler.start()
made = [getattr(app.clients, c) for c in module.CLIENTS]
if built is not None:
    # A Pattern equals another of the same pattern, flags and SRE code: each one built
    # from the build's parse against re's own compile of it, now.
    built.found_regex = found_regex
    checked["re"] = len(patterns)
    for pattern, flags in patterns:
        if built.regex(pattern, flags) != _precompiled._RE_COMPILE(pattern, flags):
            differ.append(["re", str(pattern)[:200]])
print(json.dumps({
    "installed": built is not None,
    "hits": built.hits if built else 0,
    "misses": built.misses if built else 0,
    "checked": checked,
    "differ": differ,
}))
"""


def test_a_cold_start_runs_the_build_s_code_for_what_it_would_compile_from_text(
    task_root: Path,
) -> None:
    """What a cold start (import, set-up, clients) would compile from text at run time
    (every dataclass's methods, typing's forward references, namedtuples' constructors,
    regular expressions) is all taken from what the build compiled (nothing is compiled
    again), and each of those code objects equals what compiling the text gives under
    this interpreter, each Pattern what re compiles: the classes, references and patterns
    are what they would be without the build's work."""
    env = {
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "x",
        "AWS_LAMBDA_FUNCTION_NAME": "demandwatch",
        "DEMANDWATCH_TABLE": "t",
        "DEMANDWATCH_ALERT_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/0/a.fifo",
        "DEMANDWATCH_POLL_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/0/p",
        "DEMANDWATCH_SECRET_ID": "s",
    }
    for name in HANDLERS:
        report = json.loads(run_313(task_root, f"NAME = {name!r}\n" + _PRECOMPILED, env))
        assert report["installed"] is True, name
        # About 150 dataclasses (the core's models alone are 16), 150 to 200 patterns and,
        # where pydantic is imported (its core schema's TypedDicts), about 900 forward
        # references and namedtuples in each cold start; about 140 where it is not. The
        # digest's is smaller since issue 13 (session 42): what posts a digest is imported
        # by the run that has one to post, not by the cold start (51 dataclasses, 84
        # references, 127 patterns), so its floors are lower; what it compiles is still
        # all taken from the build (the misses and differences below).
        assert report["checked"]["exec"] >= (40 if name == "digest" else 100), name
        assert report["checked"]["eval"] >= (
            60 if name == "digest" else 100 if name in ("poll", "schedule") else 500
        ), name
        assert report["checked"]["re"] >= 100, name
        assert report["misses"] == 0, name
        # (re.compile caches a Pattern it made: each check above asked once more.)
        assert report["hits"] == sum(report["checked"].values()) + report["checked"]["re"], name
        assert report["differ"] == [], name


def test_the_pruned_botocore_still_builds_every_client_the_functions_use(
    task_root: Path,
) -> None:
    """The build keeps only the API models of the services the code calls; each client
    must still be constructible (no network: building a client reads only its model)."""
    out = run_313(
        task_root,
        "import boto3, json\n"
        "session = boto3.session.Session(region_name='us-east-1',"
        " aws_access_key_id='x', aws_secret_access_key='x')\n"
        "made = [session.client(s).meta.service_model.service_name"
        " for s in ('dynamodb', 'sqs', 'secretsmanager')]\n"
        "print(json.dumps(made))\n",
    )
    assert json.loads(out) == ["dynamodb", "sqs", "secretsmanager"]


def _elf_section_names(data: bytes) -> set[str]:
    """The section names of a little-endian ELF64 file (a compiled extension)."""
    assert data[:6] == b"\x7fELF\x02\x01"  # ELF, 64-bit, little-endian
    shoff = int.from_bytes(data[0x28:0x30], "little")
    entsize, count, names_index = (
        int.from_bytes(data[at : at + 2], "little") for at in (0x3A, 0x3C, 0x3E)
    )

    def header(index: int) -> bytes:
        return data[shoff + index * entsize : shoff + (index + 1) * entsize]

    strtab = header(names_index)
    table_offset = int.from_bytes(strtab[0x18:0x20], "little")
    names = set()
    for index in range(count):
        start = table_offset + int.from_bytes(header(index)[:4], "little")
        names.add(data[start : data.index(b"\0", start)].decode())
    return names


def test_the_compiled_extensions_ship_without_debugging_sections_and_still_work(
    artifact: Path, task_root: Path
) -> None:
    """The build strips DWARF from the extensions (PyYAML's and pyahocorasick's wheels
    carry it: 0.7 MB of the zip); their code and symbols stay, and each still loads and
    works under python3.13."""
    with zipfile.ZipFile(artifact) as archive:
        extensions = {n: archive.read(n) for n in archive.namelist() if n.endswith(".so")}
    assert len(extensions) >= 4
    for name, data in extensions.items():
        sections = _elf_section_names(data)
        assert {".text", ".dynsym"} <= sections, name
        assert not [s for s in sections if s.startswith(".debug_")], name
    out = run_313(
        task_root,
        "import json, yaml, ahocorasick, markupsafe._speedups, pydantic_core\n"
        "node = yaml.compose('a: [1, two]\\n', Loader=yaml.CSafeLoader)\n"
        "automaton = ahocorasick.Automaton()\n"
        "automaton.add_word('veto', 1)\n"
        "automaton.make_automaton()\n"
        "print(json.dumps({'yaml': [node.value[0][0].value, len(node.value[0][1].value)],\n"
        "    'libyaml': yaml.__with_libyaml__,\n"
        "    'ahocorasick': list(automaton.iter('a veto cast')),\n"
        "    'markupsafe': markupsafe._speedups._escape_inner('<b>'),\n"
        "    'pydantic_core': pydantic_core.from_json('[1]')}))\n",
    )
    assert json.loads(out) == {
        "yaml": ["a", 2],
        "libyaml": True,
        "ahocorasick": [[5, 1]],
        "markupsafe": "&lt;b&gt;",
        "pydantic_core": [1],
    }


def test_the_clients_verify_tls_with_certifi_s_bundle_the_artifact_ships(
    artifact: Path, task_root: Path
) -> None:
    """botocore's own copy of the CA bundle is left out: with certifi importable (it
    ships with httpx) botocore never reads it."""
    with zipfile.ZipFile(artifact) as archive:
        names = set(archive.namelist())
    assert "botocore/cacert.pem" not in names
    assert "certifi/cacert.pem" in names
    out = run_313(
        task_root,
        "import json, os, types, certifi\n"
        "from botocore.httpsession import URLLib3Session\n"
        "connection = types.SimpleNamespace()\n"
        "# What each HTTPS connection of a client is given before it connects.\n"
        "URLLib3Session()._setup_ssl_cert(connection, 'https://sqs.us-east-1.amazonaws.com', True)\n"
        "print(json.dumps({'ca_certs': connection.ca_certs, 'certifi': certifi.where(),"
        " 'cert_reqs': connection.cert_reqs}))\n",
    )
    report = json.loads(out)
    assert report["ca_certs"] == report["certifi"]
    assert os.path.isfile(report["ca_certs"])
    assert report["ca_certs"].startswith(str(task_root))
    assert report["cert_reqs"] == "CERT_REQUIRED"


def test_the_pruned_endpoints_resolve_the_kept_services_as_the_full_file_does(
    task_root: Path,
) -> None:
    """endpoints.json keeps only the kept services' entries: for each of them, every
    region of every partition (and its FIPS and dual-stack variants) resolves to what the
    full file, as pip installed it, says."""
    deps = [d for d in (ROOT / "build").glob("deps-*") if (d / ".complete").exists()]
    assert deps, "the build's dependency set is missing"
    full = deps[0] / "botocore" / "data" / "endpoints.json"
    out = run_313(
        task_root,
        "import json\n"
        "from botocore.loaders import create_loader\n"
        "from botocore.regions import EndpointResolver\n"
        "loader = create_loader()\n"
        "partitions = loader.load_data('partitions')\n"
        "pruned = EndpointResolver(loader.load_data('endpoints'), partitions)\n"
        f"with open({str(full)!r}) as f:\n"
        "    data = json.load(f)\n"
        "whole = EndpointResolver(data, partitions)\n"
        "def outcome(resolver, *args, **kwargs):\n"
        "    try:\n"
        "        return json.dumps(resolver.construct_endpoint(*args, **kwargs), sort_keys=True)\n"
        "    except Exception as exc:\n"
        "        return type(exc).__name__\n"
        "checked, differ = 0, []\n"
        "for partition in data['partitions']:\n"
        "    for service in ('dynamodb', 'sqs', 'secretsmanager', 'sts'):\n"
        "        for region in [*partition['regions'], 'elsewhere-1']:\n"
        "            for variant in ({}, {'use_fips_endpoint': True},"
        " {'use_dualstack_endpoint': True}):\n"
        "                args = (service, region, partition['partition'])\n"
        "                a = outcome(whole, *args, **variant)\n"
        "                b = outcome(pruned, *args, **variant)\n"
        "                checked += 1\n"
        "                if a != b:\n"
        "                    differ.append([*args, variant, a, b])\n"
        "print(json.dumps({'checked': checked, 'differ': differ[:5]}))\n",
    )
    report = json.loads(out)
    assert report["checked"] > 100
    assert report["differ"] == []


def test_every_module_the_package_imports_even_inside_a_function_is_shipped(
    task_root: Path,
) -> None:
    """A handler imports some modules at its first event, not with the module (a cold
    start pays only for what it uses): each of those must be in the artifact too, or
    the function imports fine and fails at its first message."""
    out = run_313(
        task_root,
        "import ast, importlib.util, json\n"
        "from pathlib import Path\n"
        "def names(tree):\n"
        "    for node in ast.walk(tree):\n"
        "        if isinstance(node, ast.If) and 'TYPE_CHECKING' in ast.unparse(node.test):\n"
        "            node.body = []\n"
        "    for node in ast.walk(tree):\n"
        "        if isinstance(node, ast.Import):\n"
        "            yield from (a.name for a in node.names)\n"
        "        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:\n"
        "            yield node.module\n"
        "wanted = set()\n"
        "for source in Path('demandwatch').rglob('*.py'):\n"
        "    wanted |= set(names(ast.parse(source.read_text(encoding='utf-8'))))\n"
        "missing = sorted(n for n in wanted if importlib.util.find_spec(n) is None)\n"
        "print(json.dumps({'modules': len(wanted), 'missing': missing}))\n",
    )
    report = json.loads(out)
    assert report["modules"] > 50
    assert report["missing"] == []


# Run by python3.13 in the task root: the calls a few AWS clients make against moto, with
# either the artifact's slimmed models or botocore's own (a data path given in argv[2]).
# Each request is recorded as it leaves (method, path, signed-for headers, body) and each
# answer by its parsed structure (keys and value types: moto's ids and times vary).
_SAME_CALLS = r"""
import json, re, sys
import botocore.session
from botocore.exceptions import ClientError
endpoint, data_path = sys.argv[1], sys.argv[2]
session = botocore.session.get_session()
if data_path:
    session.set_config_variable("data_path", data_path)
VOLATILE = {"authorization", "x-amz-date", "amz-sdk-invocation-id", "amz-sdk-request"}
sent = []
def record(request, **_):
    body = request.body or b""
    body = body.decode() if isinstance(body, bytes) else str(body)
    headers = sorted((k.lower(), v.decode() if isinstance(v, bytes) else v)
                     for k, v in request.headers.items() if k.lower() not in VOLATILE)
    # The user agent lists the features used ("m/a,b") from a set: its order varies by run.
    headers = [(k, " ".join("m/" + ",".join(sorted(t[2:].split(","))) if t.startswith("m/")
                            else t for t in v.split(" ")) if k == "user-agent" else v)
               for k, v in headers]
    # Idempotency tokens the client fills in itself are fresh UUIDs: present, not equal.
    body = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID", body)
    sent.append([request.method, request.url.replace(endpoint, "ENDPOINT"),
                 headers, body.replace(endpoint, "ENDPOINT")])
session.register("before-send", record)
def form(value):
    if isinstance(value, dict):
        return {k: form(v) for k, v in value.items() if k != "ResponseMetadata"}
    if isinstance(value, list):
        return [form(v) for v in value]
    return type(value).__name__
clients = {name: session.create_client(name, endpoint_url=endpoint, region_name="us-east-1",
                                       aws_access_key_id="testing", aws_secret_access_key="testing")
           for name in ("dynamodb", "sqs", "secretsmanager", "sts")}
answers = []
def call(service, operation, **params):
    client = clients[service]
    try:
        answers.append([operation, form(getattr(client, operation)(**params))])
    except ClientError as error:
        answers.append([operation, type(error).__name__, error.response["Error"]["Code"]])
table, key = "items", {"pk": {"S": "item#1"}, "sk": {"S": "v1"}}
item = {**key, "n": {"N": "3"}, "m": {"M": {"l": {"L": [{"S": "a"}, {"BOOL": True}]}}},
        "ss": {"SS": ["x", "y"]}, "b": {"B": b"\x00\x01"}, "nothing": {"NULL": True}}
call("dynamodb", "create_table", TableName=table, BillingMode="PAY_PER_REQUEST",
     KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
     AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                           {"AttributeName": "sk", "AttributeType": "S"}])
clients["dynamodb"].get_waiter("table_exists").wait(TableName=table, WaiterConfig={"Delay": 1})
call("dynamodb", "put_item", TableName=table, Item=item, ConditionExpression="attribute_not_exists(pk)")
call("dynamodb", "put_item", TableName=table, Item=item, ConditionExpression="attribute_not_exists(pk)")
call("dynamodb", "get_item", TableName=table, Key=key, ConsistentRead=True)
call("dynamodb", "update_item", TableName=table, Key=key, ReturnValues="ALL_NEW",
     UpdateExpression="SET #s = :s ADD n :one", ExpressionAttributeNames={"#s": "state"},
     ExpressionAttributeValues={":s": {"S": "sent"}, ":one": {"N": "1"}})
call("dynamodb", "query", TableName=table, KeyConditionExpression="pk = :p", Limit=5,
     ExpressionAttributeValues={":p": {"S": "item#1"}})
call("dynamodb", "transact_write_items", TransactItems=[
     {"ConditionCheck": {"TableName": table, "Key": key, "ConditionExpression": "attribute_exists(pk)"}},
     {"Put": {"TableName": table, "Item": {"pk": {"S": "item#2"}, "sk": {"S": "v1"}}}}])
call("sqs", "create_queue", QueueName="alerts.fifo",
     Attributes={"FifoQueue": "true", "VisibilityTimeout": "30"})
url = clients["sqs"].get_queue_url(QueueName="alerts.fifo")["QueueUrl"]
call("sqs", "send_message", QueueUrl=url, MessageBody='{"story": "s-1"}', MessageGroupId="s-1",
     MessageDeduplicationId="d-1",
     MessageAttributes={"kind": {"DataType": "String", "StringValue": "alert"}})
call("sqs", "send_message_batch", QueueUrl=url, Entries=[
     {"Id": "1", "MessageBody": "one", "MessageGroupId": "g", "MessageDeduplicationId": "d-2"}])
call("sqs", "receive_message", QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=0,
     MessageAttributeNames=["All"])
call("sqs", "get_queue_attributes", QueueUrl=url, AttributeNames=["All"])
call("sqs", "get_queue_url", QueueName="missing")
call("secretsmanager", "create_secret", Name="demandwatch/test", SecretString='{"token": "t"}')
call("secretsmanager", "get_secret_value", SecretId="demandwatch/test")
call("secretsmanager", "get_secret_value", SecretId="demandwatch/missing")
call("sts", "get_caller_identity")
docs = sorted(bool(c.meta.service_model.documentation) for c in clients.values())
print(json.dumps({"sent": sent, "answers": answers, "docs": docs}))
"""

# And each model as the client sees it, without its documentation: every operation (HTTP
# binding, input, output, errors, endpoint and auth traits) and every shape (type,
# serialisation, constraints, members).
_MODELS = r"""
import json, sys
import botocore.session
session = botocore.session.get_session()
if sys.argv[1]:
    session.set_config_variable("data_path", sys.argv[1])
def name(shape):
    return shape.name if shape is not None else None
out = {}
for service in ("dynamodb", "sqs", "secretsmanager", "sts"):
    model = session.get_service_model(service)
    ops = {}
    for op in model.operation_names:
        o = model.operation_model(op)
        ops[op] = [o.http, name(o.input_shape), name(o.output_shape),
                   sorted(name(e) for e in o.error_shapes), o.endpoint_discovery,
                   o.static_context_parameters, [[p.name, p.member_name] for p in o.context_parameters],
                   o.auth_type, o.metadata, o.has_streaming_input, o.request_compression]
    shapes = {}
    for shape_name in model.shape_names:
        s = model.shape_for(shape_name)
        members = getattr(s, "members", {})
        shapes[shape_name] = [s.type_name, s.serialization, s.metadata,
                              {m: [t.name, t.serialization] for m, t in members.items()}]
    out[service] = [model.metadata, model.signature_version, model.protocol,
                    [[p.name, p.type, p.documentation] for p in model.client_context_parameters],
                    ops, shapes]
print(json.dumps(out, sort_keys=True, default=repr))
"""


def _full_botocore_data() -> Path:
    deps = [d for d in (ROOT / "build").glob("deps-*") if (d / ".complete").exists()]
    assert deps, "the build's dependency set is missing"
    return deps[0] / "botocore" / "data"


def test_the_slimmed_models_describe_every_operation_and_shape_as_botocores_own(
    task_root: Path,
) -> None:
    """The artifact's service models lack only documentation and examples: every
    operation and every shape of the four kept services reads the same to a client."""
    assert not list((task_root / "botocore" / "data").glob("*/*/*.json.gz"))
    assert not list((task_root / "botocore" / "data").glob("*/*/examples-1.json"))
    slim = json.loads(run_313(task_root, f"import sys; sys.argv[1:] = ['']\n{_MODELS}"))
    full_path = str(_full_botocore_data())
    full = json.loads(run_313(task_root, f"import sys; sys.argv[1:] = [{full_path!r}]\n{_MODELS}"))
    assert set(slim) == {"dynamodb", "sqs", "secretsmanager", "sts"}
    for service in slim:
        assert len(slim[service][4]) > 5, service  # operations were read
        assert slim[service] == full[service], service


def test_the_slimmed_models_make_the_same_requests_as_botocores_own(task_root: Path) -> None:
    """Each kept client, given the artifact's models or botocore's own, sends the same
    requests (operation, URL, headers, serialised body) to moto in server mode, and parses
    the answers (errors included) into the same structure."""
    from aws_local import moto_server

    runs = []
    with moto_server() as endpoint:
        for data_path in ("", str(_full_botocore_data())):
            # moto's state is per process: reset, so both runs meet the same state.
            reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")
            urllib.request.urlopen(reset, timeout=30).close()
            code = f"import sys; sys.argv[1:] = [{endpoint!r}, {data_path!r}]\n{_SAME_CALLS}"
            runs.append(json.loads(run_313(task_root, code)))
    slim, full = runs
    assert slim["docs"] == [False] * 4  # the artifact's models, without documentation
    assert full["docs"] == [True] * 4  # botocore's own
    assert len(slim["sent"]) >= 17
    assert slim["sent"] == full["sent"]
    assert slim["answers"] == full["answers"]
    tokens = [body for *_, body in slim["sent"] if '"ClientRequestToken": "UUID"' in body]
    assert len(tokens) == 2  # TransactWriteItems and CreateSecret fill in their own
    codes = [a[2] for a in slim["answers"] if len(a) == 3]
    assert codes == [
        "ConditionalCheckFailedException",
        "AWS.SimpleQueueService.NonExistentQueue",
        "ResourceNotFoundException",
    ]
