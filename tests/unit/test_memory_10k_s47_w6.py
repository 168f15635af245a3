"""Session 47 (w6, bench memory_10k): the event rules' machinery holds less, with the same
answers. A gate set read off a pattern is kept once, under itself (it was kept twice: the
set as read was its key); a rule's alternatives are places in its source, not copies of
it, and a long rule's numbered alternatives are written when each is first searched; a
rule not yet read, or without alternatives, holds no empty tables of its own."""

from __future__ import annotations

import re

from demandwatch.core import events, gated
from demandwatch.core.gated import Gated, top_level_branches
from demandwatch.core.text import fold


def _rules() -> list[Gated]:
    rules = [g for g in vars(events).values() if isinstance(g, Gated)]
    rules += [cue for cues in events._COMPILED.values() for cue, _, _ in cues]
    rules += [rule for _, _, rule in events._ROLE_PATTERNS]
    return rules


def _numbered_as_before(branches: list[str], counts: list[int]) -> tuple[str, ...]:
    """The numbered alternatives as they were written before, all at once."""
    sources = []
    for i, branch in enumerate(branches):
        before, after = sum(counts[:i]), sum(counts[i + 1 :])
        head = f"(?!){'()' * before}|" if before else ""
        tail = f"(?:(?!){'()' * after})?" if after else ""
        sources.append(f"{head}{branch}{tail}")
    return tuple(sources)


def test_each_alternative_is_read_back_from_its_place_in_the_source() -> None:
    split = 0
    for rule in _rules():
        fresh = Gated(rule.source)
        fresh.search("the council voted on the draft")
        if not fresh._branches:
            continue
        split += 1
        branches = top_level_branches(fresh.source)
        assert [fresh._branch(i) for i in range(len(branches))] == branches
        assert all(type(span) is tuple and len(span) == 2 for span in fresh._branches)
    assert split > 40


def test_a_long_rules_alternatives_are_numbered_as_before() -> None:
    long = [Gated(r.source) for r in _rules() if len(r.source) > gated.WHOLE_AT_MOST]
    assert len(long) >= 3
    for rule in long:
        rule.search("russia and china vetoed the draft")
        assert rule._alone
        branches = top_level_branches(rule.source)
        counts = [re.compile(branch).groups for branch in branches]
        before = _numbered_as_before(branches, counts)
        now = tuple(gated._numbered(rule._branch(i), *rule._alone[i]) for i in range(len(branches)))
        assert now == before


def test_a_long_rules_matches_keep_the_whole_patterns_groups() -> None:
    texts = [
        "the draft was vetoed by russia and china on tuesday; the united states abstained",
        "13 votes in favour (france, united kingdom, united states), 2 against (russia, china)",
        "moscow and beijing cast their vetoes, said the french ambassador",
    ]
    found = 0
    for rule in [Gated(r.source) for r in _rules() if len(r.source) > gated.WHOLE_AT_MOST]:
        whole = re.compile(rule.source)
        for text in texts:
            matches = [(m.span(), m.groups(), m.lastindex) for m in rule.finditer(text)]
            assert matches == [(m.span(), m.groups(), m.lastindex) for m in whole.finditer(text)]
            found += len(matches)
    assert found


def test_a_gate_set_is_kept_once_under_itself_each_kind_apart() -> None:
    first = Gated(r"\bdraft resolution\b.{0,40}\bvetoed\b")
    second = Gated(r"vetoed.{0,9}by\b.{0,80}\bdraft resolution\b")
    weak = Gated(r"\bof\b.{0,9}vetoed")
    for rule in (first, second, weak):
        for gate in rule.gates:
            kept = gated._WEAK_GATES if type(gate) is gated._Weak else gated._GATES
            (key,) = (k for k in kept if k == gate)
            assert key is gate  # the key is the kept set itself
            assert kept[gate] is gate
    assert {id(g) for g in first.gates} & {id(g) for g in second.gates}
    # A weak set and a plain set of the same strings stay two, each of its kind.
    plain = gated._shared(frozenset({"of", "vetoed by"}))
    weakened = gated._shared(gated._Weak({"of", "vetoed by"}))
    assert type(plain) is frozenset
    assert type(weakened) is gated._Weak
    assert gated._shared(frozenset({"vetoed by", "of"})) is plain
    assert gated._shared(gated._Weak({"vetoed by", "of"})) is weakened


def test_rules_share_only_tables_nobody_writes() -> None:
    bare = Gated(r"\bvetoed\b|\bblocked\b")
    assert bare._subsets is gated._NO_SUBSETS
    assert bare._apart is gated._NO_APART
    assert bare._opens is gated._NO_OPENS
    assert bare._always is gated._NO_ALTERNATIVES
    assert bare.search("vetoed, then blocked") is not None
    assert bare.search("it was blocked") is not None
    assert bare._subsets is not gated._NO_SUBSETS
    assert bare._subsets
    whole = Gated(r"\bvetoed\b.{0,20}\bdraft\b")
    assert whole.search("vetoed the draft") is not None
    assert whole._subsets is gated._NO_SUBSETS
    # Every rule read so far (this module's and any earlier test's) left the shared
    # empty tables empty.
    for rule in _rules():
        rule.search("russia vetoed the draft resolution; the council will meet again")
        list(rule.finditer("china blocked a statement on aleppo, 11 votes in favour"))
    assert not gated._NO_SUBSETS
    assert not gated._NO_APART
    assert not gated._NO_OPENS
    assert not gated._NO_ALTERNATIVES
    assert not gated._NO_STRINGS


def test_every_rule_answers_as_its_bare_pattern() -> None:
    texts = [
        "russia vetoed the draft resolution on syria, the 16th such veto",
        "the security council adopted resolution 2585 unanimously, extending bab al-hawa",
        "china and russia blocked a council statement; 13 votes in favour, 2 against",
        "le conseil de securite a adopte a l'unanimite une resolution sur la treve",
        "россия наложила вето на проект резолюции по сирии",
        "استخدمت روسيا حق النقض ضد مشروع قرار في مجلس الأمن",
    ]
    for rule in _rules():
        fresh = Gated(rule.source)
        bare = re.compile(rule.source)
        for text in texts:
            folded = fold(text)
            found = fresh.search(folded)
            expected = bare.search(folded)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            ), rule.source[:80]
            assert [m.span() for m in fresh.finditer(folded)] == [
                m.span() for m in bare.finditer(folded)
            ]
