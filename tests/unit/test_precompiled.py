"""The build's compiled code for what imports compile from text
(demandwatch.handlers._precompiled): used only where the build wrote it for this
interpreter, and giving the same classes and references."""

from __future__ import annotations

import collections
import dataclasses
import marshal
import sys
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from types import CodeType

import pytest

from demandwatch.handlers import _precompiled

SITES = ((dataclasses, "exec"), (typing, "compile"), (collections, "eval"))
RE_COMPILE = _precompiled._RE_COMPILE

SOURCE = (
    "import typing\n"
    "from collections import namedtuple\n"
    "from dataclasses import dataclass, field\n"
    "@dataclass(frozen=True)\n"
    "class Point:\n"
    "    x: int\n"
    "    y: int = 0\n"
    "    tags: tuple[str, ...] = field(default=())\n"
    "Pair = namedtuple('Pair', 'left right')\n"
    "Later = typing.ForwardRef('list[Point] | None')\n"
)


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    before = {(m.__name__, n): vars(m).get(n) for m, n in SITES}
    yield
    vars(_precompiled.RE_SITE[0])[_precompiled.RE_SITE[1]] = RE_COMPILE
    for module, name in SITES:
        value = before[(module.__name__, name)]
        if value is None:
            vars(module).pop(name, None)
        else:
            vars(module)[name] = value


def define(name: str) -> types.SimpleNamespace:
    namespace: dict[str, object] = {"__name__": name}
    sys.modules[name] = types.ModuleType(name)
    try:
        exec(compile(SOURCE, name, "exec", dont_inherit=True), namespace)
    finally:
        del sys.modules[name]
    return types.SimpleNamespace(**namespace)


def test_without_the_build_s_file_nothing_is_changed(tmp_path: Path) -> None:
    assert _precompiled.install(tmp_path / "missing.marshal") is None
    assert not [n for m, n in SITES if n in vars(m)]
    assert getattr(*_precompiled.RE_SITE) is RE_COMPILE


def test_a_file_from_another_interpreter_is_not_used(tmp_path: Path) -> None:
    cache = tmp_path / "codes.marshal"
    cache.write_bytes(b"\x00\x00\r\n" + marshal.dumps({b"k": compile("x = 1", "<s>", "exec")}))
    assert _precompiled.load(cache) == {}
    assert _precompiled.install(cache) is None


def test_recorded_code_builds_the_same_classes_and_unknown_text_still_compiles(
    tmp_path: Path,
) -> None:
    plain = define("plain_points")
    # Record what the three modules compile for the source, as the build does.
    recorded: dict[bytes, CodeType] = {}
    recorder = _precompiled.Precompiled({})

    def recording(mode: str, source: str) -> CodeType:
        return recorded.setdefault(
            _precompiled._key(mode, source), _precompiled._compile(mode, source)
        )

    recorder.code = recording  # type: ignore[method-assign]
    for module, name in SITES:
        vars(module)[name] = getattr(recorder, name)
    define("recorded_points")
    _precompiled.uninstall()
    assert recorded
    cache = tmp_path / "codes.marshal"
    _precompiled.write(recorded, cache)

    built = _precompiled.install(cache)
    assert built is not None
    again = define("cached_points")
    assert (built.hits, built.misses) == (len(recorded), 0)
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__"):
        assert getattr(again.Point, method).__code__ == getattr(plain.Point, method).__code__
    assert again.Point(1, 2) == again.Point(1, 2)
    assert repr(again.Point(1)) == "Point(x=1, y=0, tags=())"
    with pytest.raises(dataclasses.FrozenInstanceError):
        again.Point(1).x = 2
    assert again.Pair.__new__.__code__ == plain.Pair.__new__.__code__
    assert again.Pair(1, right=2) == (1, 2)
    assert again.Later.__forward_code__ == plain.Later.__forward_code__
    assert typing.ForwardRef("int")._evaluate({}, {}, recursive_guard=frozenset()) is int

    # A text the build never saw is compiled as the builtin would, without this module's
    # __future__ flags (which would make the methods' annotations the names of the
    # dataclasses module's locals, as strings).
    hits = built.hits

    @dataclasses.dataclass
    class Other:
        a: int

    _precompiled.uninstall()

    @dataclasses.dataclass
    class Stock:
        a: int

    assert Other(1).a == 1
    assert (built.hits, built.misses > 0) == (hits, True)
    assert Other.__init__.__annotations__ == Stock.__init__.__annotations__


def test_recorded_patterns_are_the_patterns_re_compiles_and_a_warning_one_is_not_kept(
    tmp_path: Path,
) -> None:
    import re
    import warnings

    patterns = (
        (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(\d\d))?", 0),
        (r"\bveto(?:es|ed)?\b", re.IGNORECASE),
        (rb"^\s*<\?xml", 0),
    )
    warns = r"[[a]"  # "Possible nested set": parsing it warns, so it must go on warning

    def cold_start() -> None:
        for pattern, flags in patterns:
            re.compile(pattern, flags)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            re.compile(warns)

    re.purge()
    recorded = _precompiled.record(cold_start)
    assert len(recorded) == len(patterns)
    cache = tmp_path / "codes.marshal"
    _precompiled.write(recorded, cache)

    re.purge()
    built = _precompiled.install(cache)
    assert built is not None
    for pattern, flags in patterns:
        ours = re.compile(pattern, flags)
        assert ours == _precompiled._RE_COMPILE(pattern, flags)
        assert (ours.groups, ours.groupindex, ours.flags) == (
            re.compile(pattern, flags).groups,
            re.compile(pattern, flags).groupindex,
            re.compile(pattern, flags).flags,
        )
    assert (built.hits, built.misses) == (len(patterns), 0)
    assert re.compile(patterns[0][0]).match("2013-09-14").group("month") == "09"
    re.purge()
    with pytest.warns(FutureWarning):
        re.compile(warns)
    assert built.misses == 1
    re.purge()


def test_taken_over_calls_behave_as_the_builtins_for_what_the_build_never_saw(
    tmp_path: Path,
) -> None:
    """A pattern given as a str subclass compiles as re compiles it (it cannot be a key of
    the build's file), and a forward reference with leading blanks is refused as the
    builtin compile refuses it (eval, whose code the file keeps, would accept it)."""
    import enum
    import re

    class Pattern(enum.StrEnum):
        VETO = r"\bvet(?:o|oes|oed)\b"

    cache = tmp_path / "codes.marshal"
    _precompiled.write(_precompiled.record(lambda: re.compile(r"\bvet(?:o|oes|oed)\b")), cache)
    re.purge()
    assert _precompiled.install(cache) is not None
    assert re.compile(Pattern.VETO).search("Russia vetoed it") is not None
    with pytest.raises(SyntaxError):
        typing.ForwardRef(" int")
    assert typing.ForwardRef("int").__forward_code__ == compile(
        "int", "<string>", "eval", dont_inherit=True
    )
    re.purge()
