"""The code of every dataclass a cold start defines, compiled by the build.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``
and (frozen) ``__setattr__`` as Python source and compiles it with ``exec`` when the
class is defined, at import. Bytecode files cannot keep that compile: it happens anew
in every process. A poll's cold start defines about 150 dataclasses (the core's models
and those of pydantic, annotated_types, h11, anyio...), and compiling their methods was
about 60 ms of its CPU: a quarter of its imports.

``infra/build_lambda.py`` imports every handler module under CPython 3.13, records each
source text the dataclasses module compiles, and writes the compiled code objects here
(:data:`CACHE`, keyed by the SHA-256 of the text, behind the interpreter's bytecode magic
number, as a ``.pyc`` is). A Lambda container, importing a handler, gives the dataclasses
module an ``exec`` that runs the build's code object for a text it knows and compiles
any other text as before: the same text compiled by the same compiler is the same code
object (tests/integration/test_package.py compares them), so every class is what it
would have been. Without the file (a source checkout, the tests) nothing is changed.
"""

from __future__ import annotations

import builtins
import dataclasses
import hashlib
import marshal
from collections.abc import Iterable, Mapping
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

CACHE = Path(__file__).with_name("_dataclass_code.marshal")


def _key(source: str) -> bytes:
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).digest()


def _compile(source: str) -> CodeType:
    # What exec(source) compiles: the dataclasses module has no __future__ imports to
    # pass on, and the file name is exec's own.
    return compile(source, "<string>", "exec", dont_inherit=True)


class _CachedExec:
    """``exec`` for the dataclasses module: the build's code for a text it compiled."""

    def __init__(self, codes: Mapping[bytes, CodeType]) -> None:
        self.codes = codes
        self.hits = 0
        self.misses = 0

    def __call__(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):
            code = self.codes.get(_key(source))
            if code is not None:
                self.hits += 1
            else:
                self.misses += 1
                # Compiled here without this module's __future__ flags, which exec would
                # pass on to a text (string annotations on the methods it defines).
                code = _compile(source)
            source = code
        builtins.exec(source, globals, locals)  # noqa: S102 - what dataclasses itself runs


def load(cache: Path = CACHE) -> dict[bytes, CodeType]:
    """The build's code objects; empty without the file or from another interpreter."""
    try:
        raw = cache.read_bytes()
    except OSError:
        return {}
    if raw[: len(MAGIC_NUMBER)] != MAGIC_NUMBER:
        return {}
    # Written by the build and shipped beside the bytecode, as trusted as it is.
    codes = marshal.loads(raw[len(MAGIC_NUMBER) :])  # noqa: S302
    return codes if isinstance(codes, dict) else {}


def install(cache: Path = CACHE) -> _CachedExec | None:
    """Give the dataclasses module the build's code (None: no cache, nothing changed)."""
    codes = load(cache)
    if not codes:
        return None
    cached = _CachedExec(codes)
    # A module global shadows the builtin for the dataclasses module alone.
    vars(dataclasses)["exec"] = cached
    return cached


def record(modules: Iterable[str]) -> dict[bytes, CodeType]:
    """Import ``modules`` and return the code of each text dataclasses compiled meanwhile
    (run by the build, in a fresh interpreter of the runtime's version)."""
    import importlib

    codes: dict[bytes, CodeType] = {}

    def recording(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):
            source = codes.setdefault(_key(source), _compile(source))
        builtins.exec(source, globals, locals)  # noqa: S102 - what dataclasses itself runs

    vars(dataclasses)["exec"] = recording
    try:
        for module in modules:
            importlib.import_module(module)
    finally:
        del vars(dataclasses)["exec"]
    return codes


def write(codes: Mapping[bytes, CodeType], target: Path = CACHE) -> None:
    # Sorted, so the same code gives the same bytes (the zip is reproducible).
    target.write_bytes(MAGIC_NUMBER + marshal.dumps(dict(sorted(codes.items()))))
