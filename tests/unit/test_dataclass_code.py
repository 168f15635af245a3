"""The build's dataclass code (demandwatch.handlers._dataclass_code): used only where the
build wrote it for this interpreter, and giving the same classes."""

from __future__ import annotations

import dataclasses
import marshal
from collections.abc import Iterator
from pathlib import Path

import pytest

from demandwatch.handlers import _dataclass_code as dc


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    before = vars(dataclasses).get("exec")
    yield
    if before is None:
        vars(dataclasses).pop("exec", None)
    else:
        vars(dataclasses)["exec"] = before


def test_without_the_build_s_file_nothing_is_changed(tmp_path: Path) -> None:
    assert dc.install(tmp_path / "missing.marshal") is None
    assert "exec" not in vars(dataclasses)


def test_a_file_from_another_interpreter_is_not_used(tmp_path: Path) -> None:
    cache = tmp_path / "codes.marshal"
    cache.write_bytes(b"\x00\x00\r\n" + marshal.dumps({b"k": compile("x = 1", "<s>", "exec")}))
    assert dc.load(cache) == {}
    assert dc.install(cache) is None


def test_recorded_code_builds_the_same_class_and_unknown_text_still_compiles(
    tmp_path: Path,
) -> None:
    source = (
        "from dataclasses import dataclass, field\n"
        "@dataclass(frozen=True)\n"
        "class Point:\n"
        "    x: int\n"
        "    y: int = 0\n"
        "    tags: tuple[str, ...] = field(default=())\n"
    )
    recorded: dict[bytes, object] = {}

    def define(name: str) -> type:
        namespace: dict[str, object] = {"__name__": name}
        import sys
        import types

        sys.modules[name] = types.ModuleType(name)
        try:
            exec(compile(source, name, "exec"), namespace)
        finally:
            del sys.modules[name]
        point = namespace["Point"]
        assert isinstance(point, type)
        return point

    plain = define("plain_points")

    # Record what dataclasses compiles for the class, as the build does.
    def recording(text: object, g: object = None, loc: object = None, /) -> None:
        if isinstance(text, str):
            recorded[dc._key(text)] = dc._compile(text)
        exec(recorded.get(dc._key(text), text), g, loc)  # type: ignore[call-overload, arg-type]

    vars(dataclasses)["exec"] = recording
    define("recorded_points")
    del vars(dataclasses)["exec"]
    assert recorded
    cache = tmp_path / "codes.marshal"
    dc.write(recorded, cache)  # type: ignore[arg-type]

    cached = dc.install(cache)
    assert cached is not None
    built = define("cached_points")
    # One text per class in 3.13 (one per method before): each recorded one is used.
    assert (cached.hits, cached.misses) == (len(recorded), 0)
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__"):
        assert getattr(built, method).__code__ == getattr(plain, method).__code__, method
    assert built(1, 2) == built(1, 2)
    assert repr(built(1)) == "Point(x=1, y=0, tags=())"
    with pytest.raises(dataclasses.FrozenInstanceError):
        built(1).x = 2  # type: ignore[misc]

    # A class the build never saw is compiled as before, without this module's
    # __future__ flags (which would make the methods' annotations the names of the
    # dataclasses module's locals, as strings).
    hits = cached.hits

    @dataclasses.dataclass
    class Other:
        a: int

    del vars(dataclasses)["exec"]

    @dataclasses.dataclass
    class Stock:
        a: int

    assert Other(1).a == 1
    assert (cached.hits, cached.misses > 0) == (hits, True)
    assert Other.__init__.__annotations__ == Stock.__init__.__annotations__
