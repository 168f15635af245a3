"""The validated configuration, written once when the Lambda artifact is built and read
by every cold start in place of validating the YAML again.

Validating the shipped directory at a cold start means importing PyYAML, parsing three
files and building and running the pydantic validators of every file model: about 40 ms
of each function's cold start, spent on files that cannot have changed since the build
(they are inside the read-only artifact). ``infra/build_lambda.py`` validates them with
:func:`demandwatch.config.load_config`, as every start did, and writes what came out
with :func:`write` beside the package.

:func:`load` uses the snapshot only when it was taken of exactly these files by exactly
this code: its key is a hash of the snapshot format, the bytes of the three files and the
source of the modules that read and validate them (so an edited file, another
configuration directory with other contents, or code changed since the snapshot all
mean a full validation, with its ConfigError naming every problem). The key is checked
before anything is unpickled, so a stale snapshot is never even read.

Pickle, not JSON: the snapshot is the AppConfig itself (config's and the core's frozen
dataclasses), so what a cold start gets is equal to what validating gives, without a
second, hand-kept description of every field. The file is written by the build and
shipped inside the artifact, beside the bytecode it is as trusted as.

It holds no pydantic object (format 2; format 1 pickled the org file's pydantic models,
which made every cold start import pydantic to read it), so neither reading it nor its
key needs pydantic: pydantic's version is no longer part of the key. What pydantic's
validation made of the files is fixed when the build takes the snapshot, with the very
dependencies it ships beside it, and a snapshot is only ever read inside that artifact.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from pathlib import Path

from demandwatch.config import AppConfig, load_config

# Bumped when the way a snapshot is written changes.
FORMAT = b"demandwatch-config-snapshot/2"
# Where the build writes it: in the package, beside (not inside) the configuration
# directories, so it is looked up whichever directory DEMANDWATCH_CONFIG names.
SNAPSHOT = Path(__file__).parent / "_validated_config.pickle"
FILES = ("sources.yaml", "demands.yaml", "org.yaml")
# The modules whose code decides what a directory validates to (a change to any of
# them makes every snapshot stale).
_PACKAGE = Path(__file__).parent
CODE = (
    "config.py",
    "configfiles.py",
    "configsnapshot.py",
    "yamlsource.py",
    "exceptions.py",
    "core/models.py",
    "core/calm.py",
    "core/query.py",
)


def key(directory: Path) -> str | None:
    """What a snapshot of ``directory`` must carry to be used (None: a file is missing)."""
    digest = hashlib.sha256(FORMAT)
    try:
        for name in FILES:
            data = (directory / name).read_bytes()
            digest.update(f"\0{name}\0{len(data)}\0".encode())
            digest.update(data)
        for name in CODE:
            data = (_PACKAGE / name).read_bytes()
            digest.update(f"\0{name}\0{len(data)}\0".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def write(directory: Path, target: Path = SNAPSHOT) -> AppConfig:
    """Validate ``directory`` (ConfigError if it is not valid) and write its snapshot."""
    config = load_config(directory)
    stamp = key(directory)
    if stamp is None:  # load_config has just read every file
        raise RuntimeError(f"{directory}: cannot read the files again")
    # Kept without the build's paths: the directory, and the files the warnings name,
    # are those of the cold start that reads it.
    portable = dataclasses.replace(
        config,
        directory=Path(),
        warnings=tuple(
            dataclasses.replace(w, file=Path(w.file).name)
            if Path(w.file) == directory / Path(w.file).name
            else w
            for w in config.warnings
        ),
    )
    payload = pickle.dumps(portable, protocol=pickle.HIGHEST_PROTOCOL)
    target.write_bytes(stamp.encode() + b"\n" + payload)
    return config


def read(directory: Path, snapshot: Path = SNAPSHOT) -> AppConfig | None:
    """The snapshot's configuration if it was taken of ``directory``'s files by this
    code, else None (no snapshot, another directory's, or a stale one)."""
    try:
        raw = snapshot.read_bytes()
    except OSError:
        return None
    stamp, _, payload = raw.partition(b"\n")
    expected = key(directory)
    if expected is None or stamp != expected.encode():
        return None
    config = pickle.loads(payload)  # noqa: S301 - written by the build, checked above
    if not isinstance(config, AppConfig):
        return None
    return dataclasses.replace(
        config,
        directory=directory,
        warnings=tuple(
            dataclasses.replace(w, file=str(directory / w.file)) if w.file in FILES else w
            for w in config.warnings
        ),
    )


def load(directory: Path, snapshot: Path = SNAPSHOT) -> AppConfig:
    """``directory``'s validated configuration: from the build's snapshot when it is
    one of these very files, else by :func:`demandwatch.config.load_config`."""
    return read(directory, snapshot) or load_config(directory)
