"""Build the AWS Lambda artifact (python3.13, x86_64) without Docker.

    python infra/build_lambda.py            # -> build/demandwatch-lambda.zip

1. Dependencies (pyproject's dependencies plus the "aws" extra) are installed by pip for
   the Lambda platform — ``--platform manylinux2014_x86_64 --only-binary=:all:
   --python-version 3.13 --implementation cp`` — into ``build/deps-<hash>``. The hash is
   over the requirement list and the pip flags, so a rebuild with unchanged dependencies
   reuses that directory and takes a second or two.
2. The package (``functions/demandwatch``, with the shipped configuration as package data
   at ``demandwatch/shipped_config``, the template's default ConfigPath) is copied beside them.
3. Everything is zipped reproducibly (sorted names, fixed timestamps, no ``__pycache__``)
   into ``build/demandwatch-lambda.zip``, the CodeUri of template.yaml.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

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
_SKIP_DIRS = {"__pycache__"}
_SKIP_SUFFIXES = {".pyc", ".pyo"}


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
        if path.is_dir() or _SKIP_DIRS.intersection(path.relative_to(base).parts):
            continue
        if path.suffix in _SKIP_SUFFIXES or path.name == ".complete":
            continue
        yield path


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


def stage(deps: Path) -> None:
    shutil.rmtree(STAGE, ignore_errors=True)
    shutil.copytree(deps, STAGE, ignore=shutil.ignore_patterns("__pycache__", ".complete"))
    _prune_botocore(STAGE)
    shutil.copytree(PACKAGE, STAGE / "demandwatch", ignore=shutil.ignore_patterns("__pycache__"))


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--if-stale", action="store_true", help="do nothing if the zip is fresh")
    args = parser.parse_args(argv)
    size = ARTIFACT.stat().st_size if args.if_stale and is_fresh() else build()
    unzipped = sum(p.stat().st_size for p in _files(STAGE)) if STAGE.exists() else 0
    print(
        f"{ARTIFACT.relative_to(ROOT)}: {size / 1_000_000:.1f} MB zipped"
        f" ({unzipped / 1_000_000:.1f} MB unzipped; Lambda allows 50 MB zipped, 250 MB unzipped)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
