"""The code a cold start would compile from text at run time, compiled by the build.

Three standard modules compile source text while other modules are imported, and
bytecode files cannot keep what they compile: it happens anew in every process.

* ``dataclasses`` writes each dataclass's ``__init__``, ``__repr__``, ``__eq__``,
  ``__hash__`` and (frozen) ``__setattr__`` as source and runs it with ``exec``. A poll's
  cold start defines about 150 dataclasses (the core's models and those of pydantic,
  annotated_types, h11, anyio...): compiling their methods was about 60 ms of its CPU.
* ``typing`` compiles every string annotation it wraps in a ForwardRef (``compile``): the
  TypedDicts of pydantic_core's schema module make about 900 of them.
* ``collections.namedtuple`` makes each tuple's ``__new__`` with ``eval`` (about 40).

``infra/build_lambda.py`` imports every handler module under CPython 3.13, records each
text those calls compile, and writes the compiled code objects here (:data:`CACHE`,
keyed by the SHA-256 of the mode and the text, behind the interpreter's bytecode magic
number, as a ``.pyc`` is). A Lambda container, importing a handler, gives each of those
modules its own ``exec``, ``compile`` or ``eval`` (a module global, which shadows the
builtin for that module alone) that takes the build's code object for a text it knows
and compiles any other text as the builtin would: the same text compiled by the same
compiler is the same code object (tests/integration/test_package.py compares them), so
every class and forward reference is what it would have been. Without the file (a
source checkout, the tests) nothing is changed.
"""

from __future__ import annotations

import builtins
import collections
import dataclasses
import hashlib
import marshal
import typing
from collections.abc import Iterable, Mapping
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

CACHE = Path(__file__).with_name("_precompiled.marshal")


def _key(mode: str, source: str) -> bytes:
    return hashlib.sha256(f"{mode}\0{source}".encode("utf-8", "surrogatepass")).digest()


def _compile(mode: str, source: str) -> CodeType:
    # What the builtin compiles for these modules: none of them has a __future__ import
    # to pass on, and the file name is exec's and eval's own. eval skips leading blanks.
    text = source.lstrip(" \t") if mode == "eval" else source
    return compile(text, "<string>", mode, dont_inherit=True)


class Precompiled:
    """The build's code objects, and how often a text was found among them or not."""

    def __init__(self, codes: Mapping[bytes, CodeType]) -> None:
        self.codes = codes
        self.hits = 0
        self.misses = 0

    def code(self, mode: str, source: str) -> CodeType:
        found = self.codes.get(_key(mode, source))
        if found is not None:
            self.hits += 1
            return found
        self.misses += 1
        # Compiled here without this module's __future__ flags, which the builtin would
        # pass on to the text (string annotations on the methods dataclasses defines).
        return _compile(mode, source)

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):
            source = self.code("exec", source)
        builtins.exec(source, globals, locals)  # noqa: S102 - what dataclasses itself runs

    def eval(self, source: Any, globals: Any = None, locals: Any = None, /) -> Any:
        if isinstance(source, str):
            source = self.code("eval", source)
        return builtins.eval(source, globals, locals)  # noqa: S307 - what namedtuple runs

    def compile(self, source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        # Only the call typing makes (a ForwardRef's text); any other goes to the builtin.
        if (
            isinstance(source, str)
            and filename == "<string>"
            and mode == "eval"
            and not (args or kwargs)
        ):
            return self.code("eval", source)
        return builtins.compile(source, filename, mode, *args, **kwargs)


# The modules whose runtime compiles are taken over, and the builtin each one calls.
SITES: tuple[tuple[ModuleType, str], ...] = (
    (dataclasses, "exec"),
    (typing, "compile"),
    (collections, "eval"),
)


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


def install(cache: Path = CACHE) -> Precompiled | None:
    """Give each site the build's code (None: no cache, nothing changed)."""
    codes = load(cache)
    if not codes:
        return None
    precompiled = Precompiled(codes)
    for module, name in SITES:
        vars(module)[name] = getattr(precompiled, name)
    return precompiled


def uninstall() -> None:
    for module, name in SITES:
        vars(module).pop(name, None)


def record(modules: Iterable[str]) -> dict[bytes, CodeType]:
    """Import ``modules`` and return the code of each text the sites compiled meanwhile
    (run by the build, in a fresh interpreter of the runtime's version)."""
    import importlib

    recorder = Precompiled({})
    codes: dict[bytes, CodeType] = {}

    def recording(mode: str, source: str) -> CodeType:
        return codes.setdefault(_key(mode, source), _compile(mode, source))

    recorder.code = recording  # type: ignore[method-assign]
    for module, name in SITES:
        vars(module)[name] = getattr(recorder, name)
    try:
        for name in modules:
            importlib.import_module(name)
    finally:
        uninstall()
    return codes


def write(codes: Mapping[bytes, CodeType], target: Path = CACHE) -> None:
    # Sorted, so the same code gives the same bytes (the zip is reproducible).
    target.write_bytes(MAGIC_NUMBER + marshal.dumps(dict(sorted(codes.items()))))
