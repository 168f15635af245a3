"""The places of leading strings (core.gated._Places): strings watched since the automaton
was built are found one by one until it is rebuilt, and the places are every occurrence of
every watched string either way (session 51, w6: the automaton was rebuilt at every
pattern's new strings)."""

from __future__ import annotations

import importlib
import random

from demandwatch.core import gated


def _every_place(text: str, strings: set[str], leads: set[str]) -> list[int]:
    return sorted({i for s in strings & leads for i in range(len(text)) if text.startswith(s, i)})


def test_places_are_every_occurrence_whether_built_or_pending() -> None:
    library = importlib.import_module("ahocorasick")
    rng = random.Random(51)
    places = gated._Places(library)
    watched: set[str] = set()
    letters = "abc "
    rebuilt = pending = 0
    for _ in range(400):
        # A new pattern's strings now and then, overlapping ones among them ("aa", "aaa").
        if rng.random() < 0.3:
            new = {"".join(rng.choice(letters) for _ in range(rng.randint(2, 4))) for _ in range(3)}
            places.watch(frozenset(new))
            watched |= new
        pending += bool(places._pending)
        rebuilt += places._automaton is not None and not places._pending
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 60)))
        leads = set(rng.sample(sorted(watched), min(len(watched), 5))) if watched else set()
        assert places.starts(text, leads) == _every_place(text, watched, leads), (text, leads)
        # (asked again: the kept answer)
        assert places.starts(text, leads) == _every_place(text, watched, leads)
    assert pending > 50  # read with strings pending
    assert rebuilt > 10  # and from the automaton alone


def test_the_automaton_is_rebuilt_once_enough_strings_wait() -> None:
    places = gated._Places(importlib.import_module("ahocorasick"))
    places.watch(frozenset({"veto", "vetoed"}))
    assert places._automaton is None
    assert places._pending == {"veto", "vetoed"}
    assert places.starts("russia vetoed it", frozenset({"veto"})) == [7]
    strings = frozenset(f"name{i:03d}" for i in range(places._PENDING))
    places.watch(strings)
    assert places._automaton is not None
    assert not places._pending
    assert places._built == places._PENDING + 2
    text = "name007 vetoed name012"
    assert places.starts(text, frozenset({"veto", "name012"})) == [8, 15]
    # Texts read with strings pending: rebuilt after _TEXTS of them.
    places.watch(frozenset({"blocked"}))
    for i in range(places._TEXTS):
        assert places.starts(f"blocked {i}", frozenset({"blocked"})) == [0]
    assert not places._pending
