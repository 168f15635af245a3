"""Build the AWS Lambda artifact (python3.13, x86_64) without Docker.

    python infra/build_lambda.py            # -> build/demandwatch-lambda.zip

1. Dependencies (pyproject's dependencies plus the "aws" extra) are installed by pip for
   the Lambda platform — ``--platform manylinux2014_x86_64 --only-binary=:all:
   --python-version 3.13 --implementation cp`` — into ``build/deps-<hash>``. The hash is
   over the requirement list and the pip flags, so a rebuild with unchanged dependencies
   reuses that directory and takes a second or two.
2. The package (``functions/demandwatch``, with the shipped configuration as package data
   at ``demandwatch/shipped_config``, the template's default ConfigPath) is copied beside them,
   and the shipped configuration is validated once and its snapshot written
   (``demandwatch/_validated_config.pickle``, see demandwatch/configsnapshot.py).
3. Everything is compiled to bytecode by CPython 3.13 (pyenv's, or ``$PYTHON313``):
   ``/var/task`` is read-only, so without ``.pyc`` files every cold start compiles every
   module it imports again (about 60% of a cold start). The ``.pyc`` files are
   unchecked-hash ones: no timestamp inside, so the zip stays reproducible, and the
   runtime loads them without reading the source to compare (the source never changes
   inside a deployed artifact). File names inside them are ``/var/task/...``, where
   Lambda unpacks the zip, so tracebacks name real paths and no build machine's.
   What the standard library compiles from text at each cold start (the methods
   ``@dataclass`` writes, typing's forward references, namedtuples, regular expressions)
   is compiled here too, by running each function's cold start and recording it
   (``demandwatch/handlers/_precompiled.marshal``, see that module).
4. Everything is zipped reproducibly (sorted names, fixed timestamps) into
   ``build/demandwatch-lambda.zip``, the CodeUri of template.yaml.
"""

from __future__ import annotations

import argparse
import ast
import fcntl
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
STAGE = BUILD / "lambda"
ARTIFACT = BUILD / "demandwatch-lambda.zip"
PACKAGE = ROOT / "functions" / "demandwatch"

PYTHON_VERSION = "3.13"
PLATFORM = "manylinux2014_x86_64"
PIP_FLAGS = (
    "--platform",
    PLATFORM,
    "--only-binary=:all:",
    "--python-version",
    PYTHON_VERSION,
    "--implementation",
    "cp",
)
# Every file in the zip gets this timestamp, so the same inputs give the same bytes.
ZIP_TIME = (2020, 1, 1, 0, 0, 0)
# Where the Lambda runtime unpacks the artifact (LAMBDA_TASK_ROOT).
TASK_ROOT = "/var/task"
# Bytecode the build did not make (a wheel's stray .pyc, another interpreter's) is left out.
_PYC_TAG = f"cpython-{PYTHON_VERSION.replace('.', '')}"


def requirements() -> list[str]:
    """What the functions need at run time: the core dependencies and the "aws" extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["aws"]]


def install_dependencies(reqs: list[str]) -> Path:
    key = hashlib.sha256(json.dumps([reqs, PIP_FLAGS]).encode()).hexdigest()[:16]
    target = BUILD / f"deps-{key}"
    if (target / ".complete").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--no-compile",
        *PIP_FLAGS,
        "--target",
        str(target),
        *reqs,
    ]
    subprocess.run(command, check=True)  # noqa: S603 - our own fixed command line
    (target / ".complete").write_text("\n".join(reqs) + "\n", encoding="utf-8")
    for stale in BUILD.glob("deps-*"):  # keep only the current dependency set
        if stale != target:
            shutil.rmtree(stale, ignore_errors=True)
    return target


def _files(base: Path) -> Iterator[Path]:
    for path in sorted(base.rglob("*")):
        if path.is_dir() or path.name == ".complete":
            continue
        if path.suffix == ".pyo" or (
            path.parent.name == "__pycache__" and not path.name.endswith(f".{_PYC_TAG}.pyc")
        ):
            continue
        yield path


def python313() -> Path:
    """CPython 3.13, the runtime's version: ``$PYTHON313``, else pyenv's newest 3.13.x."""
    configured = os.environ.get("PYTHON313")
    if configured:
        return Path(configured)
    if sys.version_info[:2] == (3, 13):
        return Path(sys.executable)
    root = os.environ.get("PYENV_ROOT") or ""
    pyenv = shutil.which("pyenv")
    if pyenv:
        found = subprocess.run(  # noqa: S603 - pyenv's own "root" command
            [pyenv, "root"], capture_output=True, text=True, check=False
        )
        root = found.stdout.strip() or root
    versions = Path(root or Path.home() / ".pyenv") / "versions"
    candidates = []
    for path in versions.glob("3.13.*/bin/python3.13"):
        if (m := re.fullmatch(r"3\.13\.(\d+)", path.parents[1].name)) and os.access(path, os.X_OK):
            candidates.append((int(m.group(1)), path))
    if not candidates:
        raise SystemExit(
            f"no CPython 3.13 found (set PYTHON313, or install it: pyenv install 3.13); "
            f"looked in {versions}"
        )
    return max(candidates)[1]


def _compileall(python: Path, target: Path, *, legacy: bool) -> None:
    command = [
        str(python),
        "-m",
        "compileall",
        "-q",
        "-j0",
        "--invalidation-mode",
        "unchecked-hash",
        "-s",
        str(STAGE),
        "-p",
        TASK_ROOT,
        *(["-b"] if legacy else []),
        str(target),
    ]
    # compileall exits 1 when a file does not compile (some packages ship Python 2 or
    # template files named .py): those stay as source, every other module gets its .pyc.
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL)  # noqa: S603


def compile_bytecode(stage_dir: Path) -> None:
    """``.pyc`` for every module, by CPython 3.13, unchecked-hash, named under /var/task.

    The project's own package keeps its source beside ``__pycache__`` (its tracebacks
    show their lines). The dependencies ship their bytecode alone, in place of the
    source (``module.pyc`` where ``module.py`` was, which CPython imports as it is): the
    sources and the bytecode together are 12.9 MB zipped, over the 10 MB budget; bytecode
    alone keeps the cold start's gain at 9 MB. A traceback through a dependency still
    names its file and line, without the line's text.
    """
    for stale in stage_dir.rglob("__pycache__"):
        shutil.rmtree(stale)
    for stale in stage_dir.rglob("*.py[co]"):
        stale.unlink()
    python = python313()
    own = {"demandwatch"}
    for entry in sorted(stage_dir.iterdir()):
        if entry.name in own or not (entry.is_dir() or entry.suffix == ".py"):
            continue
        _compileall(python, entry, legacy=True)
    for source in stage_dir.rglob("*.py"):
        if (
            source.relative_to(stage_dir).parts[0] not in own
            and source.with_suffix(".pyc").exists()
        ):
            source.unlink()
    _compileall(python, stage_dir / "demandwatch", legacy=False)
    if not any((stage_dir / "demandwatch").rglob(f"*.{_PYC_TAG}.pyc")):
        raise SystemExit("compileall made no bytecode for the package")


# botocore ships the API models of every AWS service (about 28 MB of its 30); the
# functions call these alone. Keeping only their models puts the zip well under the
# 15 MB budget while the artifact still carries its own pinned boto3 and botocore.
BOTOCORE_SERVICES = frozenset({"dynamodb", "sqs", "secretsmanager", "sts"})


def _prune_botocore(stage_dir: Path) -> None:
    data = stage_dir / "botocore" / "data"
    if not data.is_dir():
        return
    for entry in data.iterdir():
        if entry.is_dir() and entry.name not in BOTOCORE_SERVICES:
            shutil.rmtree(entry)
    _prune_endpoints(data / "endpoints.json")
    _slim_models(data)


_DOC_KEYS = frozenset({"documentation", "documentationUrl"})


def _undocumented(node: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in node.items() if key not in _DOC_KEYS}


def _without_docs(model: dict[str, Any]) -> dict[str, Any]:
    """The service model less its documentation: the service's, each operation's, each
    shape's and each reference's to a shape (members, list members, map keys and values,
    an operation's input, output and errors). Nothing else is touched: a member named
    "documentation" stays, and so does ``clientContextParams``, whose entries botocore
    reads ``documentation`` from (``ClientContextParameter``)."""
    operations = {}
    for name, operation in model.get("operations", {}).items():
        operation = _undocumented(operation)
        for ref in ("input", "output"):
            if ref in operation:
                operation[ref] = _undocumented(operation[ref])
        if "errors" in operation:
            operation["errors"] = [_undocumented(error) for error in operation["errors"]]
        operations[name] = operation
    shapes = {}
    for name, shape in model.get("shapes", {}).items():
        shape = _undocumented(shape)
        for ref in ("member", "key", "value"):
            if ref in shape:
                shape[ref] = _undocumented(shape[ref])
        if "members" in shape:
            shape["members"] = {m: _undocumented(r) for m, r in shape["members"].items()}
        shapes[name] = shape
    return {**_undocumented(model), "operations": operations, "shapes": shapes}


def _slim_models(data: Path) -> None:
    """Each kept service's models as a client reads them at a cold start, and no more.

    A client parses its ``service-2`` and ``endpoint-rule-set-1`` when it is made (json
    with an OrderedDict for every object, after gunzipping them). ``service-2`` is 80% HTML
    documentation, which botocore reads only to write docstrings (``help(client.x)``):
    it is left out. Both are written as minified, uncompressed ``.json``, which botocore's
    loader looks for before ``.json.gz`` (the zip compresses them as well as gzip did).
    The rule sets keep everything (their ``documentation`` fields included): only their
    whitespace goes. ``examples-1.json`` feeds docstrings alone and is dropped;
    paginators and waiters stay (read only when asked for, and ``get_waiter`` is used).
    tests/integration/test_package.py makes the same requests with these models and with
    botocore's own and checks the answers parse alike."""
    for model in sorted(data.glob("*/*/*.json.gz")):
        document = json.loads(gzip.decompress(model.read_bytes()))
        if model.name == "service-2.json.gz":
            document = _without_docs(document)
        plain = model.with_suffix("")  # service-2.json
        plain.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
        model.unlink()
    for examples in data.glob("*/*/examples-1.json"):
        examples.unlink()


def _prune_endpoints(path: Path) -> None:
    """endpoints.json with only the kept services' entries in each partition.

    The session parses the whole file (1.25 MB, every service of every partition) when
    it makes its first client: a third of what making the three clients costs a cold
    start. botocore reads a service's entry (and its partition's defaults, regions and
    DNS suffix, all kept) only for a client of that service, so the kept services
    resolve exactly as before; tests/integration/test_package.py compares them."""
    if not path.is_file():
        return
    # Entries are named by each service's endpoint prefix (its model says which).
    kept = set(BOTOCORE_SERVICES)
    for model in path.parent.glob("*/*/service-2.json*"):
        raw = model.read_bytes()
        document = json.loads(gzip.decompress(raw) if model.suffix == ".gz" else raw)
        kept.add(document["metadata"].get("endpointPrefix", model.parents[1].name))
    endpoints = json.loads(path.read_text(encoding="utf-8"))
    for partition in endpoints["partitions"]:
        partition["services"] = {
            name: entry for name, entry in partition["services"].items() if name in kept
        }
    path.write_text(json.dumps(endpoints, separators=(",", ":")), encoding="utf-8")


# Powertools ships utilities the functions never use (they use Logger and Metrics):
# left out to keep the zip under its 10 MB budget. None of these is imported by any module
# kept (checked at every build: _check_pruned).
POWERTOOLS_UNUSED = frozenset(
    {
        "auth_alpha",
        "batch",
        "circuit_breaker",
        "data_masking",
        "feature_flags",
        "idempotency",
        "parameters",
        "parser",
        "streaming",
    }
)


def _prune_powertools(stage_dir: Path) -> None:
    utilities = stage_dir / "aws_lambda_powertools" / "utilities"
    if not utilities.is_dir():
        return
    for name in POWERTOOLS_UNUSED:
        shutil.rmtree(utilities / name, ignore_errors=True)


# The Slack SDK's clients for other Slack APIs the functions never call (OAuth installs,
# the audit-logs and SCIM admin APIs, the retired RTM websocket): 0.16 MB zipped, left out
# for the 10 MB budget. Socket Mode stays (demandwatch.slack.socket_mode uses it). No kept
# module imports these (checked at every build: _check_pruned).
SLACK_SDK_UNUSED = frozenset({"audit_logs", "oauth", "rtm", "rtm_v2", "scim"})


def _prune_slack_sdk(stage_dir: Path) -> None:
    for name in SLACK_SDK_UNUSED:
        shutil.rmtree(stage_dir / "slack_sdk" / name, ignore_errors=True)


# Modules no kept code imports, left out for the 10 MB budget (compressed sizes):
# pydantic's copy of Pydantic 1 (``pydantic.v1``, 265 kB: the package's models are
# Pydantic 2), the Slack SDK's deprecated alias ``slack`` (46 kB) with the SDK's misspelt
# alias module that imports it (``slack_sdk.models.dialoags``), dateutil's own tz
# database (``dateutil.zoneinfo``, 157 kB, a tarball read only by ``dateutil.tz.gettz``
# for a zone the system lacks: botocore uses tzutc, tzlocal and the parser, never gettz),
# and Powertools' event handlers (API Gateway, AppSync, Bedrock resolvers and their
# OpenAPI models, 215 kB) with the event source data classes, the Kafka consumer and the
# JSON Schema validation only they use (190 kB): the functions use Logger and Metrics.
# And modules no Python can import from the artifact, for each imports at its top a
# library the artifact does not ship (190 kB): the Slack SDK's asyncio and legacy clients
# and their Socket Mode and webhook variants (aiohttp, websockets, websocket-client; the
# functions use the SDK's synchronous clients, and Socket Mode's built-in one locally), the
# async chat stream that names the async client, and pydantic's mypy plugin (mypy).
UNUSED_MODULES = (
    "pydantic.v1",
    "slack",
    "slack_sdk.models.dialoags",
    "dateutil.zoneinfo",
    "aws_lambda_powertools.event_handler",
    "aws_lambda_powertools.utilities.data_classes",
    "aws_lambda_powertools.utilities.kafka",
    "aws_lambda_powertools.utilities.validation",
    "slack_sdk.web.async_client",
    "slack_sdk.web.async_base_client",
    "slack_sdk.web.async_internal_utils",
    "slack_sdk.web.async_chat_stream",
    "slack_sdk.web.legacy_client",
    "slack_sdk.web.legacy_base_client",
    "slack_sdk.webhook.async_client",
    "slack_sdk.socket_mode.async_client",
    "slack_sdk.socket_mode.aiohttp",
    "slack_sdk.socket_mode.websockets",
    "slack_sdk.socket_mode.websocket_client",
    "slack_sdk.http_retry.builtin_async_handlers",
    "pydantic.mypy",
)

# Where a kept module imports one of them lazily, on a path the functions never take,
# and the condition each build checks that keeps that path untaken: pydantic imports
# ``pydantic.v1`` to word its warning on a type defining ``__get_validators__`` (Pydantic
# 1's hook; no kept module defines one) and names ``pydantic.v1.utils`` as where a name
# removed from ``pydantic.utils`` went (no kept module imports ``pydantic.utils``);
# dateutil's ``gettz`` reads ``dateutil.zoneinfo`` (no kept module names ``gettz`` but
# dateutil.tz, which defines it, and dateutil.rrule, whose ``rrulestr`` calls it, which no
# kept module outside dateutil imports); Powertools turns a Pydantic model into a dict
# with the event handlers' code when Logger logs an event (``inject_lambda_context``, or
# its JSON encoder) given as a model (the functions call neither: no kept module but
# Powertools' own names them).
LAZY_IMPORTS_OF_UNUSED = {
    ("pydantic/_internal/_generate_schema.py", "pydantic.v1"): "defines __get_validators__",
    ("pydantic/_migration.py", "pydantic.v1"): "imports pydantic.utils",
    ("dateutil/tz/tz.py", "dateutil.zoneinfo"): "calls gettz",
    (
        "aws_lambda_powertools/shared/functions.py",
        "aws_lambda_powertools.event_handler",
    ): "logs an event through Powertools",
}
# The names and modules those conditions are about: each, with the condition a kept module
# naming it breaks, and where it may be named (path prefixes in the stage).
_POWERTOOLS_EVENT_LOG = (
    "logs an event through Powertools",
    (
        "aws_lambda_powertools/logging/logger.py",
        "aws_lambda_powertools/shared/functions.py",
        "aws_lambda_powertools/shared/json_encoder.py",
    ),
)
_GUARDED_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "__get_validators__": ("defines __get_validators__", ()),
    "gettz": ("calls gettz", ("dateutil/tz/tz.py", "dateutil/tz/__init__.py", "dateutil/rrule.py")),
    "inject_lambda_context": _POWERTOOLS_EVENT_LOG,
    "extract_event_from_common_models": _POWERTOOLS_EVENT_LOG,
    "pydantic_to_dict": _POWERTOOLS_EVENT_LOG,
    "PowertoolsJSONEncoder": _POWERTOOLS_EVENT_LOG,
}
_GUARDED_IMPORTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "pydantic.utils": ("imports pydantic.utils", ()),
    "dateutil.rrule": ("calls gettz", ("dateutil/",)),
    "aws_lambda_powertools.shared.json_encoder": _POWERTOOLS_EVENT_LOG,
}


def _prune_unused_modules(stage_dir: Path) -> None:
    for module in UNUSED_MODULES:
        path = stage_dir.joinpath(*module.split("."))
        if path.is_dir():
            shutil.rmtree(path)
        elif path.with_suffix(".py").is_file():
            path.with_suffix(".py").unlink()


def _within(module: str, names: tuple[str, ...] | frozenset[str]) -> str | None:
    """The pruned module ``module`` is (or lies inside), if any."""
    for name in names:
        if module == name or module.startswith(name + "."):
            return name
    return None


def _module_name(stage_dir: Path, source: Path) -> str:
    parts = source.relative_to(stage_dir).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _named_modules(stage_dir: Path, source: Path, tree: ast.AST) -> Iterator[tuple[str, int]]:
    """Every module a kept module's code names, with the line: what its import statements
    bind (relative ones made absolute; ``from a import b`` names ``a.b`` as well, which
    may be a module), and the dotted names its strings open with (``importlib``'s and
    pydantic's imports by name). Docstrings and comments are not code."""
    package = _module_name(stage_dir, source)
    if source.name != "__init__.py":
        package = package.rpartition(".")[0]
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            yield base, node.lineno
            for alias in node.names:
                yield f"{base}.{alias.name}", node.lineno
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and (m := re.match(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+", node.value))
        ):
            yield m.group(), node.lineno


def _imported(node: ast.AST) -> set[str]:
    """The absolute modules an import statement names (``from a import b``: a and a.b)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    if isinstance(node, ast.ImportFrom) and node.module and not node.level:
        return {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return set()


def _names(node: ast.AST, name: str) -> bool:
    """Whether ``node`` is the name ``name``: read, defined, an attribute or imported."""
    return (
        (isinstance(node, ast.Name) and node.id == name)
        or (isinstance(node, ast.Attribute) and node.attr == name)
        or (isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name)
        or (isinstance(node, ast.ImportFrom) and any(a.name == name for a in node.names))
    )


def _breaks_a_guard(relative: str, tree: ast.AST) -> set[str]:
    """Which conditions of LAZY_IMPORTS_OF_UNUSED this kept module (``relative`` to the
    stage, as a POSIX path) breaks, and whether it imports * from a pruned module's
    package (``dateutil``'s ``__all__`` lists ``zoneinfo``)."""
    broken = set()
    for node in ast.walk(tree):
        imported = _imported(node)
        for name, (guard, allowed) in _GUARDED_NAMES.items():
            if _names(node, name) and not relative.startswith(allowed):
                broken.add(guard)
        for module in imported:
            guard, allowed = _GUARDED_IMPORTS.get(module, ("", ()))
            if guard and not relative.startswith(allowed):
                broken.add(guard)
            if module.endswith(".*") and any(n.startswith(module[:-1]) for n in UNUSED_MODULES):
                broken.add(f"imports * from {module[:-2]}")
    return broken


def _check_unused_modules_pruned(stage_dir: Path) -> None:
    """Refuse a build where a kept module (the package's or any dependency's) names an
    UNUSED_MODULES module in an import or in a string, other than the lazy imports of
    LAZY_IMPORTS_OF_UNUSED, and then only while every kept module keeps their path
    untaken. A newer release that starts using one fails here, not in Lambda."""
    tops = {module.split(".")[0] for module in UNUSED_MODULES}
    # Only a module inside one of their packages (relative imports) or naming one of
    # them or a guard's name can break the rule: the others are not parsed.
    needles = [name.encode() for name in (*tops, *_GUARDED_NAMES)]
    for source in sorted(stage_dir.rglob("*.py")):
        relative = source.relative_to(stage_dir).as_posix()
        if relative.split("/")[0].endswith((".dist-info", ".data")):
            continue
        text = source.read_bytes()
        if relative.split("/")[0] not in tops and not any(n in text for n in needles):
            continue
        tree = ast.parse(text)
        for module, line in _named_modules(stage_dir, source, tree):
            pruned = _within(module, UNUSED_MODULES)
            if pruned and (relative, pruned) not in LAZY_IMPORTS_OF_UNUSED:
                raise SystemExit(f"{relative}:{line} imports {module}, which the build prunes")
        if broken := _breaks_a_guard(relative, tree):
            raise SystemExit(
                f"{relative} {', '.join(sorted(broken))}: a pruned module would be imported"
            )


def _check_pruned(stage_dir: Path) -> None:
    """Refuse a build where a kept module names a pruned one (a newer release may)."""
    _check_slack_sdk_pruned(stage_dir)
    _check_unused_modules_pruned(stage_dir)
    names = "|".join(sorted(POWERTOOLS_UNUSED))
    absolute = re.compile(rf"aws_lambda_powertools\.utilities\.(?:{names})\b")
    relative = re.compile(rf"from \.\.?(?:{names})\b|from \.\.? import (?:{names})\b")
    # The package's own lazy imports too: a handler importing a pruned utility inside a
    # function imports fine and fails at its first event.
    for source in (stage_dir / "demandwatch").rglob("*.py"):
        if absolute.search(source.read_text(encoding="utf-8")):
            raise SystemExit(f"{source.relative_to(stage_dir)} imports a pruned utility")
    for source in (stage_dir / "aws_lambda_powertools").rglob("*.py"):
        text = source.read_text(encoding="utf-8", errors="replace")
        inside = source.parent.name == "utilities" or source.parent.parent.name == "utilities"
        if absolute.search(text) or (inside and relative.search(text)):
            raise SystemExit(f"{source.relative_to(stage_dir)} imports a pruned utility")


def _check_slack_sdk_pruned(stage_dir: Path) -> None:
    """Read the import statements (the SDK's docstrings name every client it has)."""
    sdk = stage_dir / "slack_sdk"
    for source in [*(stage_dir / "demandwatch").rglob("*.py"), *sdk.rglob("*.py")]:
        tree = ast.parse(source.read_bytes())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [_absolute(source, sdk, node, alias.name) for alias in node.names]
            else:
                continue
            for module in modules:
                parts = module.split(".")
                if parts[0] == "slack_sdk" and len(parts) > 1 and parts[1] in SLACK_SDK_UNUSED:
                    raise SystemExit(f"{source.relative_to(stage_dir)} imports {module}")


def _absolute(source: Path, sdk: Path, node: ast.ImportFrom, name: str) -> str:
    """The dotted name an import statement binds (``from .oauth import x`` inside the SDK
    is ``slack_sdk.oauth.x``)."""
    base = node.module or ""
    if node.level:
        package = source.parent.relative_to(sdk.parent).parts
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    return f"{base}.{name}" if base else name


def _prune_ca_bundle(stage_dir: Path) -> None:
    """Drop botocore's own copy of the CA certificates (0.14 MB zipped): botocore reads it
    only when certifi cannot be imported (``botocore.httpsession.where``), and certifi
    ships with httpx, whose bundle botocore then uses. Kept if certifi is not staged;
    tests/integration/test_package.py checks that the clients' CA bundle is certifi's."""
    bundle = stage_dir / "botocore" / "cacert.pem"
    if bundle.is_file() and (stage_dir / "certifi" / "cacert.pem").is_file():
        bundle.unlink()


def _strip_debug_info(stage_dir: Path) -> None:
    """Strip the DWARF debugging sections from the compiled extensions (``strip
    --strip-debug``): PyYAML's and pyahocorasick's wheels ship theirs unstripped, 0.7 MB
    of the zip (yaml's _yaml alone 2.8 -> 0.4 MB). Only what a debugger reads goes: the
    code, the symbol table (a native backtrace still names its functions) and every
    section the loader maps stay. Without binutils' strip the extensions ship as they
    came, with a note."""
    strip = shutil.which("strip")
    extensions = sorted(stage_dir.rglob("*.so"))
    if strip is None:
        print("strip not found: compiled extensions keep their debugging sections")
        return
    for extension in extensions:
        # Fixed arguments and output: the same input gives the same bytes.
        subprocess.run([strip, "--strip-debug", str(extension)], check=True)  # noqa: S603


def _prune_records(stage_dir: Path) -> None:
    """Drop each ``*.dist-info/RECORD``: pip's list of installed files and their hashes,
    read only to uninstall, and stale once botocore and Powertools are pruned. Versions
    (``importlib.metadata``) come from ``METADATA``, which stays. botocore's alone is 80 kB
    zipped."""
    for record in stage_dir.glob("*.dist-info/RECORD"):
        record.unlink()


# The package's local entry points: no Lambda function imports them (the import test of
# every handler under 3.13 would fail if one did), and they weigh on the 10 MB budget.
LOCAL_ONLY = ("cli.py", "__main__.py", "configcheck.py")


def stage(deps: Path) -> None:
    shutil.rmtree(STAGE, ignore_errors=True)
    shutil.copytree(deps, STAGE, ignore=shutil.ignore_patterns("__pycache__", ".complete"))
    _prune_botocore(STAGE)
    _prune_powertools(STAGE)
    _prune_slack_sdk(STAGE)
    _prune_unused_modules(STAGE)
    _prune_records(STAGE)
    _prune_ca_bundle(STAGE)
    _strip_debug_info(STAGE)
    # The replayed day of `make demo` runs on a laptop, never in Lambda.
    shutil.copytree(
        PACKAGE,
        STAGE / "demandwatch",
        ignore=shutil.ignore_patterns("__pycache__", "demo", *LOCAL_ONLY),
    )
    _check_pruned(STAGE)
    snapshot_config(STAGE)
    compile_bytecode(STAGE)
    record_precompiled(STAGE)


SHIPPED_CONFIG = "demandwatch/shipped_config"


def snapshot_config(stage_dir: Path) -> None:
    """Validate the shipped configuration once, here, and write the snapshot every cold
    start reads in place of validating it again (demandwatch/configsnapshot.py says when
    it is used). Run by CPython 3.13 on the staged package and its own dependencies, as
    Lambda will read it; an invalid shipped configuration stops the build."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from demandwatch import configsnapshot\n"
        "configsnapshot.write(Path(sys.argv[1]) / sys.argv[2])\n"
    )
    # A fixed hash seed: the pickle's bytes then depend on the configuration alone (with
    # a random one, set and dict orders made it differ from build to build). -s and an
    # environment of our own in place of -I, which would ignore PYTHONHASHSEED.
    subprocess.run(  # noqa: S603 - our own fixed command line
        [str(python313()), "-s", "-B", "-c", code, str(stage_dir), SHIPPED_CONFIG],
        check=True,
        cwd=stage_dir,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONHASHSEED": "0"},
    )


# What a cold start of each function sets up (import, handler.start(), its AWS clients),
# in an environment of the template's variables with placeholder values: nothing is sent
# (a botocore client reads only its model when it is made).
COLD_START_ENV = {
    "AWS_REGION": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "build",
    "AWS_SECRET_ACCESS_KEY": "build",
    "DEMANDWATCH_TABLE": "demandwatch-build",
    "DEMANDWATCH_ALERT_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/000000000000/a.fifo",
    "DEMANDWATCH_POLL_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/000000000000/poll",
    "DEMANDWATCH_SECRET_ID": "demandwatch/build",
    "POWERTOOLS_SERVICE_NAME": "demandwatch",
    "POWERTOOLS_METRICS_NAMESPACE": "Demandwatch",
}
HANDLERS = ("schedule", "poll", "notify", "interact", "digest")


def record_precompiled(stage_dir: Path) -> None:
    """Compile, under CPython 3.13 and from the staged artifact, what each function's
    cold start compiles from text, and write it where the handlers look for it
    (demandwatch/handlers/_precompiled.py says how it is used)."""
    code = (
        "import importlib, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from demandwatch.handlers import _precompiled\n"
        "def cold_starts():\n"
        "    for name in sys.argv[2:]:\n"
        "        module = importlib.import_module('demandwatch.handlers.' + name)\n"
        "        app = module.handler.start()\n"
        "        for client in module.CLIENTS:\n"
        "            getattr(app.clients, client)\n"
        "codes = _precompiled.record(cold_starts)\n"
        "if len(codes) < 300:\n"
        "    raise SystemExit(f'only {len(codes)} texts and patterns recorded')\n"
        "_precompiled.write(codes)\n"
    )
    subprocess.run(  # noqa: S603 - our own fixed command line
        [str(python313()), "-I", "-B", "-c", code, str(stage_dir), *HANDLERS],
        check=True,
        cwd=stage_dir,
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LAMBDA_TASK_ROOT": str(stage_dir),
            **COLD_START_ENV,
        },
    )


def write_zip() -> int:
    tmp = ARTIFACT.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in _files(STAGE):
            info = zipfile.ZipInfo(path.relative_to(STAGE).as_posix(), ZIP_TIME)
            info.external_attr = 0o644 << 16  # readable by the Lambda runtime user
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    tmp.replace(ARTIFACT)
    return ARTIFACT.stat().st_size


def sources() -> list[Path]:
    """Everything the artifact is made from (a newer one makes it stale)."""
    paths = [ROOT / "pyproject.toml", Path(__file__).resolve()]
    paths += [p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return paths


def is_fresh() -> bool:
    if not ARTIFACT.exists():
        return False
    built = ARTIFACT.stat().st_mtime
    return all(p.stat().st_mtime <= built for p in sources())


def build() -> int:
    BUILD.mkdir(exist_ok=True)
    deps = install_dependencies(requirements())
    stage(deps)
    return write_zip()


@contextmanager
def one_build_at_a_time() -> Iterator[None]:
    """Hold the checkout's build lock (build/.lock) until the block ends. The test suite's
    workers run at once (make test: pytest -n auto), and two of its modules build the
    artifact (tests/integration/test_package.py, and the bench's smoke run through
    bench/coldstart.py): two builds at once would write one stage, one dependency
    directory and one zip. The second waits, then finds the zip fresh."""
    BUILD.mkdir(exist_ok=True)
    with (BUILD / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        yield


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--if-stale", action="store_true", help="do nothing if the zip is fresh")
    args = parser.parse_args(argv)
    with one_build_at_a_time():
        size = ARTIFACT.stat().st_size if args.if_stale and is_fresh() else build()
    unzipped = sum(p.stat().st_size for p in _files(STAGE)) if STAGE.exists() else 0
    print(
        f"{ARTIFACT.relative_to(ROOT)}: {size / 1_000_000:.1f} MB zipped"
        f" ({unzipped / 1_000_000:.1f} MB unzipped; Lambda allows 50 MB zipped, 250 MB unzipped)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
