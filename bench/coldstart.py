"""cold_start and artifact_size: what a new Lambda container pays before the first event.

Measured as Lambda runs it: the artifact (build/demandwatch-lambda.zip, built here if a
source is newer than it) is unzipped into a fresh directory and each handler module is
imported by CPython 3.13 (the runtime's version, pyenv's) with bytecode writing off
(``-B``: /var/task is read-only, nothing a cold start compiles is kept), isolated (-I),
with only the task root on its path. The timed part is what a container does before its
first event: importing the handler (each imports with its module what every invocation
of it uses), then what the handler sets up on its first invocation (``handler.start()``,
the very code its first event runs: Powertools' Logger and Metrics, settings, the
validated configuration, read from the build's snapshot of the shipped files, and the
store: ``CloudApp``; then the garbage collector, paused during the set-up, resumes), then
the AWS clients its invocations make, as its module lists them in ``CLIENTS``, which an
end-to-end test checks (the store's client is made in the set-up). No request
leaves the process: a botocore client reads only its API model when it is made. Not
included: the first invocation's requests themselves (reading the secret, Slack's
auth.test), work done per invocation rather than per container (the poll's matcher), and
the event rules, the story rules and the alert codec, which a poll or schedule container
builds at its first matching item or first alert to queue (most polls have none;
tests/integration/test_package.py lists what no cold start imports or builds); for
those two functions that includes importing pydantic (about 45 ms of CPU), which only
the codec needs there: their settings, the schedule's payload and the configuration's
snapshot are read without it. Whatever
else every invocation of a function uses is imported or built with its handler module
(httpx's transport included, which httpx itself would import at the first poll; the codecs
of the documents every notify and interact invocation reads). The digest function's
typical run is the catch-up schedule's, every 30 minutes, which finds no digest owed
unless the day's failed: what posts a digest (Slack's SDK, the stories, the codecs and
pydantic) is imported by the run that has one to post.

The artifact's figure includes what the build compiled ahead for the container: the
.pyc files, and what the standard library would compile from text at each cold start
(dataclass methods, typing's forward references, namedtuples, regular expressions: see
demandwatch/handlers/_precompiled.py), which a handler's import loads and uses; the time
to load both is inside the figure.

Baselines from the same run, alternating with the artifact run by run:
- the same code and dependencies without bytecode (the pip-installed dependency set and
  the package's sources, as the artifact shipped before it carried .pyc files; without
  the build's precompiled code either);
- the shipped artifact importing botocore alone and making the three clients (what the
  functions' AWS clients cost by themselves). Not a floor to subtract: about three
  quarters of it is the import, and most of what botocore imports (urllib3, ssl,
  http.client, email, inspect, logging, re) a handler imports anyway for its own sake.
  Counted in instructions (valgrind, deterministic), a notify cold start is about 1,025
  million, of which botocore's own share (importing botocore.session, the session, the
  two clients, and botocore.exceptions, which the handler's import loads) is about 300;
  the import of the handler module, before any AWS client, is about 690 (slack_sdk and the asyncio it imports ~240, pydantic ~80 and the alert
  codec built with the module ~115, the dataclasses and hashing behind the build's
  precompiled code ~120). A digest built the story codec too (the two codecs ~125) until
  session 42; its catch-up runs build neither now.

Each handler's figure is also given by phase (``phases_ms``, each phase's median): the
import of its module, its set-up (``handler.start()``: Logger and Metrics, configuration,
store, with the store's dynamodb client), and the clients it makes after that.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.results import Figure, median

ROOT = Path(__file__).resolve().parents[1]
HANDLERS = ROOT / "functions" / "demandwatch" / "handlers"
ARTIFACT = ROOT / "build" / "demandwatch-lambda.zip"
BUILD_SCRIPT = ROOT / "infra" / "build_lambda.py"
TARGET_MS = 250
TARGET_MB = 10

# What the runtime's environment gives a handler (no value reaches AWS: nothing is sent),
# with each variable template.yaml sets to a fixed value (tests/integration/
# test_aws_template.py checks that).
LAMBDA_ENV = {
    "AWS_REGION": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "bench",
    "AWS_SECRET_ACCESS_KEY": "bench",
    "AWS_LAMBDA_FUNCTION_NAME": "demandwatch-bench",
    "DEMANDWATCH_TABLE": "demandwatch-bench",
    "DEMANDWATCH_ALERT_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/000000000000/alerts.fifo",
    "DEMANDWATCH_POLL_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/000000000000/poll",
    "DEMANDWATCH_SECRET_ID": "demandwatch/bench",
    "POWERTOOLS_METRICS_NAMESPACE": "Demandwatch",
    "POWERTOOLS_SERVICE_NAME": "demandwatch",
    "POWERTOOLS_LOG_LEVEL": "INFO",
    "PYDANTIC_DISABLE_PLUGINS": "__all__",
    "PATH": "/usr/bin:/bin",
}

_PROBE = """\
import sys
sys.path[:0] = {paths!r}
import time
started, cpu = time.perf_counter(), time.process_time()
import importlib, os
module = importlib.import_module({module!r})
imported = time.process_time()
if {handler!r}:
    app = module.handler.start()  # what its first event sets up before the work
    set_up = time.process_time()
    for name in module.CLIENTS:  # the clients its invocations make (the store made dynamodb)
        getattr(app.clients, name)
else:
    session = module.get_session()
    set_up = time.process_time()
    for name in ("dynamodb", "sqs", "secretsmanager"):
        session.create_client(name)
done = time.process_time()
print(done - cpu, time.perf_counter() - started, imported - cpu, set_up - imported, done - set_up)
"""
# (The probe's CPU clock starts after the interpreter's own start-up, as the wall clock
# does: both measure the handler's import and set-up, not Python starting.) Its phases:
# the import; the set-up (handler.start(), which makes the store's dynamodb client; for
# botocore alone, the session); the clients made after it.
PHASES = ("import", "set_up", "clients")


@dataclass(frozen=True)
class ColdSizes:
    runs: int = 5
    # Also count each handler's instructions once under valgrind (callgrind), from the
    # same artifact: what the host's load does not move (``--cold-instructions``).
    instructions: bool = False


def handler_names() -> list[str]:
    return sorted(p.stem for p in HANDLERS.glob("*.py") if not p.stem.startswith("_"))


def _build_script() -> object:
    sys.path.insert(0, str(BUILD_SCRIPT.parent))
    try:
        import build_lambda  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(BUILD_SCRIPT.parent))
    return build_lambda


def ensure_artifact() -> None:
    subprocess.run([sys.executable, str(BUILD_SCRIPT), "--if-stale"], check=True, cwd=ROOT)


@contextmanager
def task_roots() -> Iterator[dict[str, list[str]]]:
    """The unzipped artifact, and the same code without bytecode: ``{name: sys.path}``."""
    build = _build_script()
    with tempfile.TemporaryDirectory(prefix="demandwatch-task-") as tmp:
        artifact = Path(tmp) / "artifact"
        # Under the build's lock: a build running beside this one (the test suite's
        # workers) writes the dependency directory and the zip.
        with build.one_build_at_a_time():  # type: ignore[attr-defined]
            deps = build.install_dependencies(build.requirements())  # type: ignore[attr-defined]
            with zipfile.ZipFile(ARTIFACT) as archive:
                archive.extractall(artifact)
        if any(deps.rglob("__pycache__")):
            raise RuntimeError(f"{deps} holds bytecode; the no-bytecode baseline would not be one")
        sources = Path(tmp) / "sources"
        sources.mkdir()
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        shutil.copytree(ROOT / "functions" / "demandwatch", sources / "demandwatch", ignore=ignore)
        yield {"artifact": [str(artifact)], "no_bytecode": [str(sources), str(deps)]}


def _cold_process(
    python: Path,
    paths: list[str],
    module: str,
    *,
    handler: bool,
    timeout: int,
    under: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    """One cold start as Lambda makes it (isolated, no bytecode written, the task root as
    working directory), optionally run under a tool such as valgrind."""
    code = _PROBE.format(paths=paths, module=module, handler=handler)
    return subprocess.run(
        [*under, str(python), "-I", "-B", "-c", code],
        capture_output=True,
        text=True,
        cwd=paths[0],
        env={**LAMBDA_ENV, "LAMBDA_TASK_ROOT": paths[0], "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=timeout,
        check=False,
    )


def probe(
    python: Path, paths: list[str], module: str, *, handler: bool
) -> tuple[float, float, tuple[float, ...]]:
    """CPU and wall seconds of one cold start, and the CPU seconds of each of its PHASES."""
    done = _cold_process(python, paths, module, handler=handler, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{module}: {done.stderr.strip()[-600:]}")
    cpu, wall, *phases = (float(v) for v in done.stdout.strip().splitlines()[-1].split())
    return cpu, wall, tuple(phases)


def instructions(python: Path, paths: list[str], module: str, *, handler: bool) -> int | None:
    """Instructions the whole process of one cold start executes (callgrind's count, the
    interpreter's own start included, about 50 million), or None without valgrind.

    Deterministic within a few hundred thousand: two code states are compared by it
    whatever the machine's load, which moves the CPU figure by a quarter (session 45)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counter = (valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null")
    done = _cold_process(python, paths, module, handler=handler, timeout=600, under=counter)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"{module} under valgrind: {done.stderr.strip()[-600:]}")
    return int(found.group(1))


def run(sizes: ColdSizes, log: Callable[[str], object] = print) -> list[Figure]:
    ensure_artifact()
    python = Path(_build_script().python313())  # type: ignore[attr-defined]
    names = handler_names()
    samples: dict[tuple[str, str], list[float]] = {}
    walls: dict[tuple[str, str], list[float]] = {}
    phases: dict[tuple[str, str], list[tuple[float, ...]]] = {}
    errors: dict[str, str] = {}
    with task_roots() as roots:
        # Round-robin, so that a busy moment on the machine hits every variant alike.
        for _ in range(sizes.runs):
            for root, paths in roots.items():
                for name in [*names, "botocore"]:
                    if root != "artifact" and name == "botocore":
                        continue
                    key = (root, name)
                    if f"{root}/{name}" in errors:
                        continue
                    module = (
                        "botocore.session" if name == "botocore" else f"demandwatch.handlers.{name}"
                    )
                    try:
                        cpu, wall, split = probe(python, paths, module, handler=name != "botocore")
                    except RuntimeError as exc:
                        errors[f"{root}/{name}"] = str(exc)
                        continue
                    samples.setdefault(key, []).append(cpu * 1000)
                    walls.setdefault(key, []).append(wall * 1000)
                    phases.setdefault(key, []).append(split)
        # Counted apart from the figure: a handler valgrind cannot count is said in the
        # note, and does not make the figure unmet.
        counted: dict[str, int] = {}
        uncounted: dict[str, str] = {}
        if sizes.instructions:
            for name in [*names, "botocore"]:
                module = (
                    "botocore.session" if name == "botocore" else f"demandwatch.handlers.{name}"
                )
                try:
                    count = instructions(
                        python, roots["artifact"], module, handler=name != "botocore"
                    )
                except RuntimeError as exc:
                    uncounted[name] = str(exc)
                    continue
                if count is None:
                    uncounted["all"] = "valgrind not found"
                    break
                counted[name] = count
    ms = {key: median(values) for key, values in samples.items()}
    # The spread of each handler's runs (lowest, highest), beside its median: two runs of
    # this suite on the same code read the slowest handler 251 and 317 ms (session 45),
    # the machine's load moving every handler and botocore alike.
    spread = {
        key[1]: (min(values), max(values))
        for key, values in samples.items()
        if key[0] == "artifact"
    }
    wall_ms = {key[1]: median(values) for key, values in walls.items() if key[0] == "artifact"}
    # Each phase's median on its own (the phases' medians need not add up to the total's).
    phase_ms = {
        key[1]: {
            phase: median([split[i] * 1000 for split in splits]) for i, phase in enumerate(PHASES)
        }
        for key, splits in phases.items()
        if key[0] == "artifact"
    }
    shipped = {n: ms[("artifact", n)] for n in names if ("artifact", n) in ms}
    before = {n: ms[("no_bytecode", n)] for n in names if ("no_bytecode", n) in ms}
    clients_ms = ms.get(("artifact", "botocore"))
    value = max(shipped.values()) if shipped else None
    slowest = max(shipped, key=lambda n: shipped[n]) if shipped else None
    # The slowest handler over botocore alone, both from this run's medians: what the
    # host's speed at the time moves least (a finding beside the figure, not the figure).
    over_botocore = value / clients_ms if value and clients_ms else None
    baseline = before.get(slowest) if slowest else None
    note = (
        f"python{_version(python)} -I -B on the unzipped artifact; import + handler.start() "
        "(Logger/Metrics, CloudApp: config, store; the collector paused until its end) + the "
        "AWS clients it makes (its CLIENTS); CPU time of the process (what a "
        "vCPU of its own spends: wall time on this shared machine includes waiting for a "
        "core; medians of wall: "
        + ", ".join(f"{n} {wall_ms[n]:.0f}" for n in names if n in wall_ms)
        + " ms); slowest handler: "
        f"{slowest}; each handler (ms, artifact median of {sizes.runs} [lowest-highest] / "
        "without bytecode): "
        + ", ".join(
            f"{n} {shipped[n]:.0f} [{spread[n][0]:.0f}-{spread[n][1]:.0f}] / "
            f"{before.get(n, float('nan')):.0f}"
            for n in shipped
        )
        + (
            f"; botocore + the 3 clients alone {clients_ms:.0f} ms "
            f"[{spread['botocore'][0]:.0f}-{spread['botocore'][1]:.0f}]"
            if clients_ms and "botocore" in spread
            else ""
        )
        + (f"; slowest / botocore alone {over_botocore:.2f}" if over_botocore else "")
        + "; phases (ms CPU, import / set-up / clients after it): "
        + ", ".join(
            f"{n} {p['import']:.0f} / {p['set_up']:.0f} / {p['clients']:.0f}"
            for n, p in phase_ms.items()
        )
    )
    if counted:
        note += "; instructions (callgrind, whole process, millions): " + ", ".join(
            f"{n} {c / 1e6:,.1f}" for n, c in counted.items()
        )
    if uncounted:
        note += "; instructions not counted: " + "; ".join(
            f"{k}: {v[:300]}" for k, v in uncounted.items()
        )
    if errors:
        note += "; FAILED: " + "; ".join(f"{k}: {v[:300]}" for k, v in errors.items())
    log(f"  cold_start: {note}")
    figures = [
        Figure(
            "cold_start",
            value,
            "ms CPU",
            baseline=baseline,
            baseline_label=(
                "the same handler and dependencies without bytecode (every module compiled "
                "at each cold start), same interpreter and flags"
            ),
            better="lower",
            target=f"<= {TARGET_MS} ms each handler",
            met=None if value is None else value <= TARGET_MS and not errors,
            runs=sizes.runs,
            note=note,
            extra={
                "handlers_ms": shipped,
                "spread_ms": {n: list(lo_hi) for n, lo_hi in spread.items()},
                "slowest_over_botocore": over_botocore,
                "no_bytecode_ms": before,
                "aws_clients_ms": clients_ms,
                "wall_ms": wall_ms,
                "phases_ms": phase_ms,
                "instructions": counted,
                "python": str(_version(python)),
                "errors": errors,
            },
        )
    ]
    figures.append(artifact_figure())
    return figures


def _version(python: Path) -> str:
    done = subprocess.run(
        [str(python), "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def artifact_figure() -> Figure:
    if not ARTIFACT.exists():
        return Figure(
            "artifact_size",
            None,
            "MB zipped",
            target=f"<= {TARGET_MB} MB with bytecode",
            met=None,
            note="not built",
        )
    size = ARTIFACT.stat().st_size / 1_000_000
    with zipfile.ZipFile(ARTIFACT) as archive:
        by_top: Counter[str] = Counter()
        compiled = 0
        for info in archive.infolist():
            by_top[info.filename.split("/", 1)[0]] += info.compress_size
            compiled += info.filename.endswith(".pyc")
    largest = ", ".join(f"{name} {n / 1_000_000:.1f}" for name, n in by_top.most_common(5))
    return Figure(
        "artifact_size",
        size,
        "MB zipped",
        target=f"<= {TARGET_MB} MB with bytecode",
        met=size <= TARGET_MB and compiled > 0,
        note=(
            f"{ARTIFACT.relative_to(ROOT)}, {compiled} .pyc files (CPython 3.13, unchecked-hash); "
            f"largest parts (MB compressed): {largest}"
        ),
        extra={
            "pyc_files": compiled,
            "largest_mb": {k: v / 1_000_000 for k, v in by_top.most_common(8)},
        },
    )


if __name__ == "__main__":  # one suite alone: python -m bench.coldstart
    for figure in run(ColdSizes(runs=1)):
        print(json.dumps({figure.name: figure.as_json()}, indent=1))
