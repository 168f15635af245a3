"""Passes over an item's text that classification skips where they cannot find anything.

Each is for speed only (issue 13: classification is most of the cost of a matched item) and
must change no reading: the tests check that the pass is skipped where its rule finds
nothing, and that its answer is the one the full pass gives where it does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from demandwatch.core import events
from demandwatch.core.gated import Gated
from demandwatch.core.text import fold

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


def _tuning_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts.append(fold(f"{item.get('title', '')}. {item.get('summary', '')}"))
    return texts


class _NoPass:
    """Stands for a compiled pattern that must not be run."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the pattern's {name} ran")


class _Rule:
    """A rule whose ``search`` answers as the real one, and whose whole pattern must not run."""

    def __init__(self, rule: Any) -> None:
        self._rule = rule
        self.pattern = _NoPass()

    def search(self, text: str) -> re.Match[str] | None:
        return self._rule.search(text)  # type: ignore[no-any-return]


DASHED_CASES = [
    "voting: 13-2-0.",
    "by 13 - 2 \u2013 0",
    "a1-2 and -1-2 and /12-3 and 1234-5 and 12-345-6789",
    "x 13-2-0. 9-6.5 12-3,4",
    "1-2",
    "update 10000-20: 63763 reported",
    "",
]


@pytest.mark.parametrize("text", DASHED_CASES)
def test_dashed_gate_finds_what_the_counts_as_written_find(text: str) -> None:
    written = re.compile(events._DASHED_COUNTS)
    assert [(m.span(), m.groups()) for m in events._HAS_DASHED.finditer(text)] == [
        (m.span(), m.groups()) for m in written.finditer(text)
    ]


def test_dashed_gate_agrees_on_every_tuning_item() -> None:
    written = re.compile(events._DASHED_COUNTS)
    for text in _tuning_texts():
        found = events._HAS_DASHED.search(text)
        expected = written.search(text)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        ), text


def test_dashed_gate_opens_on_a_digit() -> None:
    # (the regex engine skips to a character class it opens on; it tries a pattern opening
    # with a lookbehind at every character)
    assert events._HAS_DASHED.pattern.startswith(r"(\d(?<![\d/-]\d)")


DIGIT_CASES = [
    "no digit here",
    "resolution 2118",
    "x9",
    "",
    "\u0663 arabic-indic three",  # a digit outside ASCII: read as written
    "\u00b2 superscript two",  # isdigit, though no decimal digit
    "\u00e9t\u00e9 sans chiffre",
    "\u0432\u0435\u0442\u043e 15",
]


@pytest.mark.parametrize("text", DIGIT_CASES)
def test_has_digit_answers_as_isdigit_over_every_character(text: str) -> None:
    assert events._has_digit(text) is any(map(str.isdigit, text))


def test_has_digit_answers_as_isdigit_on_every_tuning_item() -> None:
    for text in _tuning_texts():
        assert events._has_digit(text) is any(map(str.isdigit, text)), text


@pytest.mark.parametrize(
    "text", [*DASHED_CASES, "13\u20132\u20130", "13 2 0 votes", "voting 13 to 2", "a - b"]
)
def test_dashed_without_a_dash_is_what_the_search_finds(text: str) -> None:
    # (a text with neither dash is answered without the counts' search: the same answer)
    found = events._dashed(text)
    written = events._DASHED.search(text) if events._HAS_DASHED.search(text) else None
    assert (found and (found.span(), found.groups())) == (
        written and (written.span(), written.groups())
    )


def test_dashed_makes_no_pass_over_a_text_without_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events, "_HAS_DASHED", _NoPass())
    monkeypatch.setattr(events, "_DASHED", _NoPass())
    assert events._dashed("adopted 13 to 2, with 0 abstentions") is None


def _end_as_written(marks: str, spaces: str) -> re.Pattern[str]:
    """A sentence's (or a clause's) end as it reads: the mark behind, then the whitespace."""
    not_after = "".join(f"(?<!{before})" for before in events._NOT_AN_END)
    ordinal = "|".join(f"(?<={before})" for before in events._GERMAN_ORDINAL)
    return re.compile(
        rf"(?<=[{marks}]){not_after}(?!(?:{ordinal})\s{events._GERMAN_ORDINAL_NOUN}){spaces}(?!\d)"
    )


SENTENCE_CASES = [
    ("the council met. russia vetoed it! why? nobody knows.", ["the council met.", "russia vetoed it!", "why?", "nobody knows."]),
    # (initials, titles and abbreviations end no sentence; a digit after the stop is a number)
    ("the u.s. and mr. smith met gen. jones. dr. who spoke", ["the u.s. and mr. smith met gen. jones.", "dr. who spoke"]),
    ("it passed 13-2 on sept. 19 and 2.5 million fled. next", ["it passed 13-2 on sept. 19 and 2.5 million fled.", "next"]),
    ("zum 8. mal ein veto. am 19. september, im jahr 2019. mai kam", ["zum 8. mal ein veto.", "am 19. september, im jahr 2019.", "mai kam"]),
    ("ende.\nneu.\tund. 5 mehr", ["ende.", "neu.", "und. 5 mehr"]),
    (". a. bb.  two spaces", [".", "a. bb.", " two spaces"]),
    ("", [""]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sentences"), SENTENCE_CASES)
def test_sentence_end_splits_where_a_sentence_ends(text: str, sentences: list[str]) -> None:
    assert events._SENTENCE_END.split(text) == sentences
    assert _end_as_written(".!?", r"\s").split(text) == sentences


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("russia objected; china too.  then   the vote; 5 abstained", ["russia objected;", "china too.", "then   the vote; 5 abstained"]),
        ("a;\n\nb;  7 c", ["a;", "b;", " 7 c"]),
    ],
)  # fmt: skip
def test_clause_end_splits_where_a_clause_ends(text: str, clauses: list[str]) -> None:
    assert events._CLAUSE_END.split(text) == clauses
    assert _end_as_written(".;!?", r"\s+").split(text) == clauses


def test_sentence_and_clause_ends_are_the_written_ones_on_every_tuning_item() -> None:
    sentence, clause = _end_as_written(".!?", r"\s"), _end_as_written(".;!?", r"\s+")
    for text in _tuning_texts():
        assert events._SENTENCE_END.split(text) == sentence.split(text), text
        assert events._CLAUSE_END.split(text) == clause.split(text), text
        assert events._SENTENCE_END.split(text, maxsplit=2) == sentence.split(text, maxsplit=2)


def test_sentence_and_clause_ends_open_on_the_whitespace() -> None:
    # (the regex engine skips to a character class a pattern opens on, and tries one
    # opening with a lookbehind at every character)
    assert events._SENTENCE_END.pattern.startswith(r"\s(?<=[.!?]\s)")
    assert events._CLAUSE_END.pattern.startswith(r"\s(?<=[.;!?]\s)")


# The short tally as it reads, a boundary then its words (events' opens on their letters).
_SHORT_TALLY_AS_WRITTEN = re.compile(
    r"\b(?:vote of|by|votes?|voted|pass(?:es|ed)|approved|adopted|backed) (\d{1,3})-(\d{1,3})(?:-(\d{1,3}))?\b"
    r"|\b(?:its|their|a|an|the) (\d{1,3})-(\d{1,3})(?:-(\d{1,3}))? (?:backing|approval|support|endorsement|vote)\b"
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("the council voted 13-2 on the text", ("13", "2", None, None, None, None)),
        ("adopted 15-0-0. then", ("15", "0", "0", None, None, None)),
        ("it gave an 11-2 backing", (None, None, None, "11", "2", None)),
        ("passed 9-6 after a 14-1 vote", ("9", "6", None, None, None, None)),
        ("a 13-0 vote, by 12-3", (None, None, None, "13", "0", None)),
        ("nearby 13-2 and baby 2-1 and bypassed 3-4", None),
        ("unapproved 3-2, oaths 1-1, the 13-2", None),
        ("at 13-2 by-election", None),
    ],
)
def test_short_tally_finds_what_it_finds_as_written(
    text: str, groups: tuple[str | None, ...] | None
) -> None:
    found = events._SHORT_TALLY.search(text)
    assert (found and found.groups()) == groups
    written = _SHORT_TALLY_AS_WRITTEN.search(text)
    assert (written and written.groups()) == groups


def test_short_tally_is_as_written_on_every_tuning_item() -> None:
    for text in _tuning_texts():
        assert [(m.span(), m.groups()) for m in events._SHORT_TALLY.finditer(text)] == [
            (m.span(), m.groups()) for m in _SHORT_TALLY_AS_WRITTEN.finditer(text)
        ], text


def test_short_tally_opens_on_a_letter() -> None:
    assert events._SHORT_TALLY.pattern.startswith("[vbpait]")


def test_accompanied_rewrites_skipped_where_no_rule_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(events, "_ACCOMPANIED", _Rule(events._ACCOMPANIED))
    monkeypatch.setattr(events, "_ACCOMPANIED_ELECTED", _Rule(events._ACCOMPANIED_ELECTED))
    text = "russia and china vetoed the draft, which was backed by 13 members."
    assert events._accompanied_as_listed(text) == text


def test_accompanied_rewrites_where_the_rule_matches() -> None:
    assert (
        events._accompanied_as_listed("russia, joined by china, vetoed the draft.")
        == "russia and china vetoed the draft."
    )


def test_accompanied_rewrites_as_the_whole_pattern_does() -> None:
    def unguarded(folded: str) -> str:
        def listed(m: re.Match[str]) -> str:
            first, second = (g for g in m.groups() if g)
            return f"{first} and {second}"

        folded = events._ACCOMPANIED.pattern.sub(listed, folded)
        return events._ACCOMPANIED_ELECTED.pattern.sub(r"\1, \2", folded)

    for text in _tuning_texts():
        if any(w in text for w in (" by ", " with ", " its ", " alongside ")):
            assert events._accompanied_as_listed(text) == unguarded(text), text


def _scores() -> dict[Any, float]:
    return dict.fromkeys(events.EVENT_TYPES, 0.0)


def test_would_have_acted_does_not_split_a_text_it_does_not_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(events, "_SENTENCE_END", _NoPass())
    scores = _scores()
    events._would_have_acted(
        scores, "council meets on syria", "the council met. russia voted against the agenda."
    )
    assert scores["veto"] == 0.0


def test_would_have_acted_reads_the_sentence_that_tells_it() -> None:
    scores = _scores()
    events._would_have_acted(
        scores,
        "council fails on syria",
        "the vote came late. russia and china voted against a draft resolution that would have"
        " imposed sanctions. more to come.",
    )
    assert scores["veto"] == events._WEIGHT["veto"]


def test_two_drafts_reads_no_symbols_in_a_text_without_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(events, "_SYMBOL", _NoPass())
    assert not events._two_drafts("the draft failed to win nine votes.")


def test_two_drafts_counts_two_symbols() -> None:
    assert events._two_drafts("drafts s/2016/846 and s/2016/847 both failed.")
    assert not events._two_drafts("draft s/2016/846 failed; s/2016/846 was put to a vote.")


@pytest.mark.parametrize("name", ["_VOTES_WON", "_NOES_CAME_FROM"])
def test_tally_parts_searched_where_their_strings_occur(name: str) -> None:
    rule = getattr(events, name)
    assert isinstance(rule, Gated)
    written = re.compile(rule.source)
    for text in _tuning_texts():
        assert [(m.span(), m.groups()) for m in rule.finditer(text)] == [
            (m.span(), m.groups()) for m in written.finditer(text)
        ], text


# Rules searched on every item's text, where most texts lack the strings they need (a
# record's " abst...", "voted" then a day, "double" or "twin" before a veto, ...).
_READ_WHERE_THEIR_STRINGS_OCCUR = [
    "_VETO_TOLD_ANY",
    "_RECORD_TALLY",
    "_RECORD_LISTED",
    "_ACT_TOLD",
    "_VOTED_ON_DAY_AGAINST",
    "_DOUBLE_VETO",
]


@pytest.mark.parametrize("name", _READ_WHERE_THEIR_STRINGS_OCCUR)
def test_rules_searched_where_their_strings_occur(name: str) -> None:
    rule = getattr(events, name)
    assert isinstance(rule, Gated)
    written = re.compile(rule.source)
    found = 0
    for text in _tuning_texts():
        match, expected = rule.search(text), written.search(text)
        assert (match and (match.span(), match.groups())) == (
            expected and (expected.span(), expected.groups())
        ), text
        found += expected is not None
    assert found  # (each finds something on the tuning items)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("_RECORD_TALLY", "yes: 12; no: 2 (china, russian federation); abstentions: 1", "yes: 12"),
        ("_RECORD_LISTED", "in favour 11. against 3: china, russia. abstaining 1: angola", "in favour 11"),
        ("_ACT_TOLD", "moscow cast its twelfth veto on friday", "cast its twelfth veto"),
        ("_VOTED_ON_DAY_AGAINST", "russia voted on tuesday against the draft", "voted on tuesday against"),
        ("_DOUBLE_VETO", "a double veto sank the text", "double veto"),
        ("_VETO_TOLD_ANY", "the draft was blocked on friday", "blocked"),
    ],
)  # fmt: skip
def test_rules_read_where_their_strings_occur_find_them(name: str, text: str, found: str) -> None:
    match = getattr(events, name).search(text)
    assert match is not None
    assert match.group().startswith(found)


@pytest.mark.parametrize("name", _READ_WHERE_THEIR_STRINGS_OCCUR)
def test_rules_make_no_pass_over_a_text_without_their_strings(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rule = getattr(events, name)
    assert rule.gates  # (read first: a rule compiles its pattern as it reads them)
    monkeypatch.setattr(rule, "_pattern", _NoPass())
    monkeypatch.setattr(rule, "_subsets", {})
    assert rule.search("the council met on syria and heard a briefing on aid.") is None


def test_named_against_makes_no_pass_without_its_strings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert events._named_against_needs() == {"against", "voted "}
    monkeypatch.setattr(events, "_NAMED_AGAINST", (_NoPass(), _NoPass()))
    assert list(events._named_against("thirteen members backed it; two abstained.")) == []


def test_named_against_finds_what_both_patterns_find() -> None:
    def unguarded(text: str) -> list[tuple[int, int]]:
        spans, pos = [], 0
        while True:
            found = [m for m in (p.search(text, pos) for p in events._NAMED_AGAINST) if m]
            if not found:
                return spans
            first = min(found, key=lambda m: m.start())
            spans.append(first.span())
            pos = max(first.end(), first.start() + 1)

    assert [m.span() for m in events._named_against("13 in favour, with russia against")]
    for text in _tuning_texts():
        assert [m.span() for m in events._named_against(text)] == unguarded(text), text
