"""The code a cold start would compile from text at run time, compiled by the build.

Four standard modules compile source text while other modules are imported and the
container is set up, and bytecode files cannot keep what they compile: it happens anew
in every process.

* ``dataclasses`` writes each dataclass's ``__init__``, ``__repr__``, ``__eq__``,
  ``__hash__`` and (frozen) ``__setattr__`` as source and runs it with ``exec``. A poll's
  cold start defines about 150 dataclasses (the core's models and those of pydantic,
  annotated_types, h11, anyio...): compiling their methods was about 60 ms of its CPU.
* ``typing`` compiles every string annotation it wraps in a ForwardRef (``compile``): the
  TypedDicts of pydantic_core's schema module make about 900 of them.
* ``collections.namedtuple`` makes each tuple's ``__new__`` with ``eval`` (about 40).
* ``re`` parses and compiles every pattern a cold start compiles (about 200 in a poll's,
  urllib3's URL and IPv6 patterns the largest): about 40 ms of its CPU. What the parser
  makes of a pattern (the SRE code, its groups and flags) is kept here, and
  ``_sre.compile`` builds the Pattern from it, as ``re._compiler.compile`` does after
  parsing. A pattern whose parsing warns is not kept (it warns every time).

``infra/build_lambda.py`` runs each function's cold start under CPython 3.13 (import,
set-up, AWS clients; nothing is sent), records each text those calls compile and each
pattern re parses, and writes the compiled code objects and parsed patterns here
(:data:`CACHE`, keyed by the SHA-256 of the mode and the text, or of the pattern and its
flags, behind the interpreter's bytecode magic number and SRE's, as a ``.pyc`` is). A
Lambda container, importing a handler, gives each of those modules its own ``exec``,
``compile`` or ``eval`` (a module global, which shadows the builtin for that module
alone), and ``re`` its own ``_compiler.compile``, that take the build's work for a text
or pattern it knows and compile any other as before: the same text compiled by the
same compiler is the same code object, and the same pattern the same Pattern
(tests/integration/test_package.py compares them), so every class, forward reference
and pattern is what it would have been. Patterns and texts first met after the cold
start (a matched item's rules) are compiled as before. Without the file (a source
checkout, the tests) nothing is changed.
"""

from __future__ import annotations

import builtins
import collections
import dataclasses
import hashlib
import marshal
import re
import typing
import warnings
from collections.abc import Callable, Mapping
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

CACHE = Path(__file__).with_name("_precompiled.marshal")
# Python's bytecode and SRE's code formats: a file made for others is not used.
HEADER = MAGIC_NUMBER + re._constants.MAGIC.to_bytes(4, "little")  # type: ignore[attr-defined]
# re's own compile function, which the patterns the build did not see still go through.
_RE_COMPILE: Callable[..., Any] = re._compiler.compile  # type: ignore[attr-defined]
_SRE_COMPILE: Callable[..., Any] = re._compiler._sre.compile  # type: ignore[attr-defined]
_RE_DEBUG = re.DEBUG.value
# What _sre.compile takes after the pattern: flags, code, groups, group index, names.
Regex = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _key(mode: str, source: str) -> bytes:
    return hashlib.sha256(f"{mode}\0{source}".encode("utf-8", "surrogatepass")).digest()


def _regex_key(pattern: str | bytes, flags: int) -> bytes:
    return hashlib.sha256(b"re\0" + marshal.dumps((pattern, flags))).digest()


def _parse_regex(pattern: str | bytes, flags: int) -> Regex | None:
    """What re._compiler.compile gives _sre.compile for ``pattern``; None when parsing it
    warns (a pattern that warns must go on warning)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    if caught:
        return None
    # Plain ints: SRE's opcodes are an int subclass, which marshal does not write.
    code = [int(c) for c in re._compiler._code(parsed, flags)]  # type: ignore[attr-defined]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        int(parsed.state.groups - 1),
        groupindex,
        tuple(indexgroup),
    )


def _compile(mode: str, source: str) -> CodeType:
    # What the builtin compiles for these modules: none of them has a __future__ import
    # to pass on, and the file name is exec's and eval's own. eval skips leading blanks.
    text = source.lstrip(" \t") if mode == "eval" else source
    return compile(text, "<string>", mode, dont_inherit=True)


class Precompiled:
    """The build's code objects, and how often a text was found among them or not."""

    def __init__(self, codes: Mapping[bytes, Any]) -> None:
        self.codes = codes
        self.hits = 0
        self.misses = 0

    def code(self, mode: str, source: str) -> CodeType:
        found: CodeType | None = self.codes.get(_key(mode, source))
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
        # A text with leading blanks too: the builtin compile, unlike eval, refuses it,
        # and the cached code would be eval's.
        if (
            type(source) is str
            and filename == "<string>"
            and mode == "eval"
            and not (args or kwargs)
            and not source.startswith((" ", "\t"))
        ):
            return self.code("eval", source)
        return builtins.compile(source, filename, mode, *args, **kwargs)

    def regex(self, pattern: Any, flags: int = 0) -> Any:
        """re._compiler.compile, from the build's parse of a pattern it saw."""
        # Only plain str and bytes, as the build saw them: a subclass (a StrEnum member,
        # markupsafe's Markup) cannot be marshalled into a key, and goes to re itself.
        if type(pattern) in (str, bytes) and not flags & _RE_DEBUG:
            found = self.found_regex(pattern, int(flags))
            if found is not None:
                return _SRE_COMPILE(pattern, *found)
        return _RE_COMPILE(pattern, flags)

    def found_regex(self, pattern: str | bytes, flags: int) -> Regex | None:
        found: Regex | None = self.codes.get(_regex_key(pattern, flags))
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found


# The modules whose runtime compiles are taken over, and the name each one calls.
SITES: tuple[tuple[ModuleType, str], ...] = (
    (dataclasses, "exec"),
    (typing, "compile"),
    (collections, "eval"),
)
# re calls its compiler module's function: that function is replaced while installed.
RE_SITE = (re._compiler, "compile")  # type: ignore[attr-defined]


def load(cache: Path = CACHE) -> dict[bytes, Any]:
    """The build's code objects and parsed patterns; empty without the file or from
    another interpreter."""
    try:
        raw = cache.read_bytes()
    except OSError:
        return {}
    if raw[: len(HEADER)] != HEADER:
        return {}
    # Written by the build and shipped beside the bytecode, as trusted as it is.
    codes = marshal.loads(raw[len(HEADER) :])  # noqa: S302
    return codes if isinstance(codes, dict) else {}


def install(cache: Path = CACHE) -> Precompiled | None:
    """Give each site the build's code (None: no cache, nothing changed)."""
    codes = load(cache)
    if not codes:
        return None
    precompiled = Precompiled(codes)
    _take_over(precompiled)
    return precompiled


def _take_over(precompiled: Precompiled) -> None:
    for module, name in SITES:
        vars(module)[name] = getattr(precompiled, name)
    vars(RE_SITE[0])[RE_SITE[1]] = precompiled.regex


def uninstall() -> None:
    for module, name in SITES:
        vars(module).pop(name, None)
    vars(RE_SITE[0])[RE_SITE[1]] = _RE_COMPILE


def record(cold_start: Callable[[], object]) -> dict[bytes, Any]:
    """Run ``cold_start`` and return the code of each text the sites compiled meanwhile,
    and the parse of each pattern (run by the build, in a fresh interpreter of the
    runtime's version)."""
    recorder = Precompiled({})
    codes: dict[bytes, Any] = {}

    def recording(mode: str, source: str) -> CodeType:
        code: CodeType = codes.setdefault(_key(mode, source), _compile(mode, source))
        return code

    def recording_regex(pattern: str | bytes, flags: int) -> Regex | None:
        key = _regex_key(pattern, flags)
        if key not in codes:
            parsed = _parse_regex(pattern, flags)
            if parsed is None:
                return None
            codes[key] = parsed
        found: Regex = codes[key]
        return found

    recorder.code = recording  # type: ignore[method-assign]
    recorder.found_regex = recording_regex  # type: ignore[method-assign]
    _take_over(recorder)
    try:
        cold_start()
    finally:
        uninstall()
    return codes


def write(codes: Mapping[bytes, Any], target: Path = CACHE) -> None:
    # Sorted, so the same code gives the same bytes (the zip is reproducible).
    target.write_bytes(HEADER + marshal.dumps(dict(sorted(codes.items()))))
