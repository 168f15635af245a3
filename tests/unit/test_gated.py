"""Gated rules: searched only over the alternatives whose required strings occur.

Speed only: a gated rule must give the bare pattern's answer (the same match, at the same
place, by the same alternative) on any text. These tests split patterns into their
alternatives, and compare gated and bare searches for every event rule on the
evaluation items (outside the set-aside part) and on new mixes of their words.
"""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Iterable

import pytest

from demandwatch.core import events, gated
from demandwatch.core.gated import Gated, Placed, alternation, present, top_level_branches
from gated_corpus import gated_rules, tuning_texts


def _texts() -> list[str]:
    """The tuning texts and new mixes of their words (tests/gated_corpus.py: every rule
    over every one of them is checked in test_gated_every_text_1 and _2)."""
    return list(tuning_texts())


def _rules() -> list[Gated]:
    return gated_rules()


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        ("abc", ["abc"]),
        ("a|b|c", ["a", "b", "c"]),
        (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),
        (r"[|]x|y", ["[|]x", "y"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"\|x|y", [r"\|x", "y"]),
        (r"[\]|]x|y", [r"[\]|]x", "y"]),
        (r"(?<!a|b)c|d", ["(?<!a|b)c", "d"]),
        ("a||b", ["a", "", "b"]),
    ],
)
def test_top_level_branches(pattern: str, branches: list[str]) -> None:
    assert top_level_branches(pattern) == branches
    assert "|".join(branches) == pattern


def test_every_rule_splits_back_into_itself() -> None:
    for rule in _rules():
        branches = top_level_branches(rule.source)
        assert "|".join(branches) == rule.source
        for branch in branches:
            re.compile(branch)  # each alternative is a pattern of its own


def test_a_rule_remembers_only_the_very_text_it_last_read() -> None:
    rule = Gated(r"\bvetoed\b|\bblocked\b")
    first = "russia vetoed the draft"
    assert rule.search(first) is rule.search(first)
    other = "".join(["the draft was ", "adopted"])
    assert rule.search(other) is None
    assert rule.search(first) is not None  # another text read in between


def test_alternatives_leave_out_only_what_cannot_match() -> None:
    # The first alternative that matches at the leftmost place wins, as in the bare pattern.
    rule = Gated(r"veto\w*|\bvetoed by|russia")
    for text in ("russia vetoed by", "vetoed by russia", "a russia veto", "nothing here"):
        bare = re.search(rule.source, text)
        gated = rule.search(text)
        assert (bare and (bare.span(), bare.group())) == (gated and (gated.span(), gated.group()))


def test_groups_keep_their_numbers() -> None:
    # Leaving an alternative out would renumber the groups after it: such a rule is
    # searched whole.
    rule = Gated(r"(a)x|(b)y")
    match = rule.search("by")
    assert match is not None
    assert match.group(2) == "b"
    assert not rule._branches


def test_alternation_prefers_what_the_longest_first_alternation_prefers() -> None:
    rng = random.Random(5)
    letters = "abc .()"
    for _ in range(300):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(8)}
        ordered = sorted(words, key=len, reverse=True)
        plain = "|".join(map(re.escape, ordered))
        tree = alternation(ordered)
        # Inside a longer pattern, so that backtracking from a longer word to a shorter
        # one decides the match, as in the member-name lists.
        for template in ("({})", "({}) ?b", "x?({})c"):
            bare, fast = re.compile(template.format(plain)), re.compile(template.format(tree))
            for _ in range(20):
                text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
                assert [(m.span(), m.groups()) for m in bare.finditer(text)] == [
                    (m.span(), m.groups()) for m in fast.finditer(text)
                ], (ordered, template, text)


def test_member_names_are_read_as_before() -> None:
    plain = "|".join(
        re.escape(a)
        for a in sorted(events._NAME_LOOKUP, key=len, reverse=True)
        if a not in ("us", "uk")
    )
    assert re.fullmatch(events._NAME_PATTERN.replace(r"|\bus\b|\buk\b", ""), "russian federation")
    bare = re.compile(rf"(?<![\w.])({plain}|\bus\b|\buk\b)(?:\s*(?:,|and)\s*)?(\w+)?")
    fast = re.compile(rf"(?<![\w.])({events._NAME_PATTERN})(?:\s*(?:,|and)\s*)?(\w+)?")
    for text in _texts():
        assert [(m.span(), m.groups()) for m in bare.finditer(text)] == [
            (m.span(), m.groups()) for m in fast.finditer(text)
        ]


def test_an_english_text_skips_wording_it_cannot_contain() -> None:
    # The Russian and Arabic alternatives need letters an ASCII text has none of.
    rule = Gated(r"\bvetoed\b|вето|الفيتو")
    assert rule.search("russia vetoed it") is not None
    assert rule.search("вето россии") is not None
    assert rule.search("no veto here") is None
    only_russian = Gated(r"вето\w*")
    assert not only_russian.admits("veto")
    assert only_russian.search("veto") is None
    assert only_russian.search("вето") is not None


def test_flags_a_pattern_sets_for_itself_reach_every_alternative() -> None:
    # "(?i)" at the head governs the whole pattern: such a rule is searched whole.
    rule = Gated(r"(?i)vetoed|BLOCKED")
    assert rule.search("it was blocked") is not None
    assert rule.search("VETOED") is not None
    assert not rule._branches


def test_a_rule_compiles_its_whole_pattern_only_when_every_alternative_is_open() -> None:
    rule = Gated(r"\bvetoed\b|\bblocked\b")
    assert rule.search("russia vetoed it") is not None
    assert rule._pattern is None  # one alternative open: searched on its own
    assert rule.search("vetoed, then blocked") is not None
    assert rule._pattern is not None


def _same(match: re.Match[str] | None) -> object:
    return match and (match.span(), match.groups(), match.lastindex)


def test_a_long_rule_with_groups_is_searched_by_its_alternatives_alone() -> None:
    # The member-name rules: each alternative is compiled alone, never the whole pattern,
    # and every search and finditer is still the whole pattern's, group numbers included.
    long = [Gated(r.source) for r in _rules() if len(r.source) > gated.WHOLE_AT_MOST]
    assert len(long) >= 3
    found = 0
    texts = _texts()
    for rule in long:
        whole = re.compile(rule.source)
        for text in texts:
            assert _same(rule.search(text)) == _same(whole.search(text)), (rule.source, text)
            bare = [_same(m) for m in whole.finditer(text)]
            assert [_same(m) for m in rule.finditer(text)] == bare, (rule.source, text)
            assert rule.admits(text) or not bare
            found += len(bare)
        assert rule._alone
        assert rule._pattern is None  # never compiled whole
    assert found > 100


def test_alternatives_searched_alone_keep_the_leftmost_match() -> None:
    # A long pattern of alternatives with groups: at each place the first alternative that
    # matches wins, an earlier place wins over a better alternative, a lookbehind sees the
    # text before the place tried, and groups keep their numbers.
    rng = random.Random(13)

    def filler() -> str:
        words = {"".join(rng.choice("qrstuv") for _ in range(7)) for _ in range(700)}
        return alternation(sorted(words, key=len, reverse=True))

    source = (
        r"(ab)c|a(b)|(?<=x)(a)(b)?|\b(b+)|(?:q|r)(?:" + filler() + r")(z)?"
        r"|(?:s|t)(?:" + filler() + r")(a)?|(z)(?:a|(x))"
    )
    assert len(source) > gated.WHOLE_AT_MOST
    rule = Gated(source)
    whole = re.compile(source)
    letters = "abcxz qrstuv"
    matched = 0
    for _ in range(1500):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 60)))
        bare = [_same(m) for m in whole.finditer(text)]
        assert [_same(m) for m in rule.finditer(text)] == bare, text
        assert _same(rule.search(text)) == _same(whole.search(text)), text
        matched += len(bare)
    assert matched > 1000
    assert rule._pattern is None
    assert max(len(p.pattern) for p, _ in rule._apart.values()) <= gated.WHOLE_AT_MOST


def _watched_strings() -> set[str]:
    for rule in _rules():
        rule.search("x")  # read its gates
        rule.gates  # noqa: B018 (the whole pattern's too)
    strings = gated._LITERALS._known | gated._LITERALS._pending
    assert len(strings) > 1000
    # Overlapping, nested and repeated strings, every script, one letter and none.
    return strings | {"", "a", "aa", "aaa", "veto", "vetoed", "to", "o", "вето", "فيتو", "é"}


def _tricky_texts() -> list[str]:
    rng = random.Random(11)
    letters = "aveto d.'(вефيتو"
    texts = ["", "a", "aaaa", "vetoed", "вето فيتو é"]
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    return texts


@pytest.mark.parametrize("library", ["ahocorasick", None])
def test_one_pass_finds_exactly_the_strings_a_text_contains(library: str | None) -> None:
    strings = sorted(_watched_strings())
    half = len(strings) // 2
    literals = gated._Literals(None if library is None else importlib.import_module(library))
    # Half the strings built into the automaton, the other half watched after it (tested
    # one by one until the next build), then all of them built in.
    literals.watch(strings[:half])
    texts = _texts()[::3] + _tricky_texts()
    for text in texts:
        assert set(literals.present(text)) == {s for s in strings[:half] if s in text}
    literals.watch(strings[half:])
    for round_ in range(2):
        for text in texts:
            assert set(literals.present(text)) == {s for s in strings if s in text}, round_
    assert not literals._pending  # rebuilt with every string
    if library is not None:
        assert literals._automaton is not None


def test_an_answer_kept_for_a_text_includes_strings_watched_later() -> None:
    literals = gated._Literals(importlib.import_module("ahocorasick"))
    literals.watch(["veto", "vetoed"])
    text = "russia vetoed the draft"
    assert set(literals.present(text)) == {"veto", "vetoed"}
    literals.watch(["draft", "adopted"])
    assert set(literals.present(text)) == {"veto", "vetoed", "draft"}


def test_answers_past_the_kept_number_drop_the_oldest_half_and_stay_exact() -> None:
    # An item reads its headline and lede again and again: once _KEEP texts are kept, the
    # oldest half goes, so the latest texts (the item's own) are not read again mid-item,
    # and what is kept stays bounded.
    literals = gated._Literals(importlib.import_module("ahocorasick"))
    literals.watch(["veto", "vetoed", "draft"])
    texts = [f"text {i}: russia vetoed the draft" if i % 2 else f"text {i}" for i in range(150)]
    for text in texts:
        assert set(literals.present(text)) == {s for s in ("veto", "vetoed", "draft") if s in text}
        assert len(literals._recent) <= literals._KEEP
        assert text in literals._recent
    kept = list(literals._recent)
    assert kept == texts[-len(kept) :]
    assert len(kept) > literals._KEEP // 2


@pytest.mark.parametrize("library", ["ahocorasick", None])
def test_a_joined_text_contains_what_a_pass_over_it_finds(library: str | None) -> None:
    strings = sorted(_watched_strings())
    literals = gated._Literals(None if library is None else importlib.import_module(library))
    literals.watch(strings)
    rng = random.Random(3)
    texts = _texts()[::7] + _tricky_texts()[::2]
    for _ in range(300):
        left, right = rng.choice(texts), rng.choice(texts)
        for sep in (" ", ". ", "", "d. "):
            text = literals.joined(left, sep, right)
            assert text == left + sep + right
            assert set(literals.present(text)) == {s for s in strings if s in text}, (left, right)
    # The longest strings cut at every place, with and without a separator of their own.
    longest = max(map(len, strings))
    for string in (s for s in strings if len(s) >= longest - 1):
        for cut in range(1, len(string)):
            for left, sep, right in (
                (string[:cut], "", string[cut:]),
                ("x" + string[:cut], string[cut], string[cut + 1 :] + "y"),
            ):
                text = literals.joined(left, sep, right)
                assert string in literals.present(text), (left, sep, right)


def test_rules_read_their_strings_through_the_automaton() -> None:
    # The dependency is installed with the package: the fast path is the one tested above.
    rule = Gated(r"\bvetoed by\b|\bblocked by\b")
    assert rule.search("the draft was blocked by russia") is not None
    assert "blocked by" in present("the draft was blocked by russia")
    for i in range(gated._Literals._TEXTS + 1):
        present(f"one text after another ({i})")  # each one read (an equal text is not)
    assert gated._LITERALS._automaton is not None
    assert "blocked by" in gated._LITERALS._known


def test_strings_of_one_or_two_letters_are_tested_apart() -> None:
    # "of" is in nearly every text: the automaton does not report it, a substring test
    # reads it once the rarer set is met.
    rule = Gated(r"\bof\b \w+ vetoes\b")
    assert set(rule.gates) == {frozenset({"of"}), frozenset({" "}), frozenset({" vetoes"})}
    assert rule.search("the first of many vetoes") is not None
    assert rule.search("one of the vetoes") is not None
    assert rule.search("of vetoes") is None
    assert rule.search("first, many vetoes") is None
    assert " vetoes" in present("one of the vetoes")
    assert "of" not in present("one of the vetoes")
    assert not {"of", " "} & (gated._LITERALS._known | gated._LITERALS._pending)
    # An alternative with no other set is a candidate everywhere, its sets tested.
    either = Gated(r"\bof\b|\bvetoes\b")
    assert either.search("one of them") is not None
    assert either.search("no such words") is None
    assert either.search("two vetoes") is not None


def test_finditer_reads_only_the_alternatives_a_text_can_match() -> None:
    rule = Gated(r"\bvetoed\b|\bblocked\b|\bveto\b")
    text = "russia vetoed it; china vetoed it too"
    assert [m.span() for m in rule.finditer(text)] == [
        m.span() for m in re.finditer(rule.source, text)
    ]
    assert rule._pattern is None  # one alternative open: read on its own
    assert list(rule.finditer("the draft was adopted")) == []
    # A rule that is not split (its groups are numbered) yields nothing from a text
    # lacking what every match holds, and the bare matches elsewhere.
    whole = Gated(r"(\d+) votes? (in favou?r|against)")
    assert list(whole.finditer("no votes were cast")) == []
    text = "13 votes in favour, 2 votes against"
    assert [m.groups() for m in whole.finditer(text)] == [("13", "in favour"), ("2", "against")]


@pytest.mark.parametrize(
    ("pattern", "leads"),
    [
        (r"\b(?:vote|meet\w*)\b", {"vote", "meet"}),
        (r"(?<![\w.])(?:russia|china)(?!\w)", {"russia", "china"}),
        (r"x?abc", {"abc", "xabc"}),
        (r"ab*c", {"ab", "ac"}),
        (r"[ab]cd", {"acd", "bcd"}),
        (r"(?:un|u\.n\.) (?:\w+ )?council", {"un ", "u.n. "}),
        (r"(vetoed|blocked)+ by", {"vetoed", "blocked"}),
        (r"^vote", {"vote"}),
        # Unknown: a class, a case-insensitive literal, a branch that begins with anything,
        # a leading string shorter than two characters.
        (r"\w+ing", None),
        (r"(?i)vote", None),
        (r"(?i:vote)s", None),
        (r"vote|\d+", None),
        (r"a\w", None),
        (r"x*vote", None),
    ],
)
def test_leading_strings(pattern: str, leads: set[str] | None) -> None:
    assert gated.leading_strings(pattern) == (None if leads is None else frozenset(leads))


def test_every_match_begins_with_a_leading_string() -> None:
    # Random patterns of literals, alternatives, options, repeats, classes and
    # assertions, over a small alphabet so that they match often.
    rng = random.Random(5)

    def part(depth: int) -> str:
        kind = rng.choice("llllabroqcz" if depth < 3 else "lllcz")
        if kind == "l":
            return "".join(rng.choice("abc ") for _ in range(rng.randint(1, 3)))
        if kind == "a":
            return "(?:" + "|".join(seq(depth + 1) for _ in range(rng.randint(2, 3))) + ")"
        if kind == "b":
            return rng.choice([r"\b", "(?<!a)", "(?=b)", "(?!c)"])
        if kind == "r":
            return "(?:" + seq(depth + 1) + ")" + rng.choice(["*", "+", "?", "{2}", "{0,2}"])
        if kind == "o":
            return "(" + seq(depth + 1) + ")"
        if kind == "q":
            return rng.choice(["[ab]", "[^a]", r"\w", "."])
        return rng.choice(["ab", "ba", "c a"])

    def seq(depth: int) -> str:
        return "".join(part(depth) for _ in range(rng.randint(1, 3)))

    texts = ["".join(rng.choice("abc  .") for _ in range(80)) for _ in range(20)]
    known = matched = 0
    for _ in range(3000):
        pattern = seq(0)
        leads = gated.leading_strings(pattern)
        if leads is None:
            continue
        known += 1
        for text in texts:
            for m in re.finditer(pattern, text):
                matched += 1
                assert any(text.startswith(lead, m.start()) for lead in leads), (pattern, text)
    assert known > 500
    assert matched > 10_000


def test_an_equal_text_is_answered_without_another_pass() -> None:
    # A sentence cut again from the same item is an equal string, not the same object.
    literals = gated._Literals(importlib.import_module("ahocorasick"))
    literals.watch(["veto", "draft"])
    first = "russia vetoed the draft. then"
    assert set(literals.present(first.split(".")[0])) == {"veto", "draft"}

    def no_pass(text: str) -> set[str]:
        raise AssertionError(text)

    literals._scan = no_pass  # type: ignore[method-assign]
    again = first.split(".")[0]
    assert again is not first.split(".")[0]
    assert set(literals.present(again)) == {"veto", "draft"}


def test_a_long_rule_with_an_alternative_that_can_match_nothing_is_searched_as_re_does() -> None:
    # Split alternatives are searched on from each match's end, which holds only when none
    # can match the empty string; a long rule with such an alternative stays whole.
    words = "|".join(f"w{i}" for i in range(gated.WHOLE_AT_MOST // 4))
    pattern = f"(ab)c|x*|q(?:{words})"
    assert len(pattern) > gated.WHOLE_AT_MOST
    text = "abc q w1 xx"
    got = [(m.span(), m.groups()) for m in Gated(pattern).finditer(text)]
    assert got == [(m.span(), m.groups()) for m in re.finditer(pattern, text)]


def test_a_rule_the_engine_cannot_skip_through_is_tried_where_its_strings_begin() -> None:
    # Rules opening with a boundary or a lookbehind (re tries them at every character) are
    # tried only where a leading string begins; the match is still search's: the leftmost
    # place, the first alternative there, a lookbehind reading the text before the place,
    # a longer string beginning before a shorter one that ends first.
    rng = random.Random(17)
    sources = [
        r"(?<!not )\b(?:vetoed|veto|vetoes)\b|\bblocked\b",
        r"\b(?:un|united nations|u\.n\.)(?!\w)",
        r"(?<=x)ab|\bb(?:a|c)+|\bcab",
        r"(?:^|: )votes? on\b|\bvote\b",
        r"\b(?:abcab|bca|ca)\w*",
    ]
    letters = "abcx vetodbluknsr.:"
    words = ["vetoed", "veto", "vetoes", "blocked", "not", "un", "united nations", "u.n.", "x"]
    words += ["ab", "cab", "bca", "abcab", "votes on", "vote", ":"]
    for source in sources:
        rule = Gated(source)
        whole = re.compile(source)
        matched = 0
        for _ in range(600):
            parts = [
                rng.choice(words) if rng.random() < 0.5 else rng.choice(letters)
                for _ in range(rng.randint(0, 14))
            ]
            text = rng.choice(("", " ", "")).join(parts)
            assert _same(rule.search(text)) == _same(whole.search(text)), (source, text)
            matched += whole.search(text) is not None
        assert matched > 30, source
        assert rule._starts is not None, source  # searched by places


def test_places_are_read_by_only_the_strings_a_text_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A rule tried where its strings begin reads those places with an expression of only
    # the strings the text holds (read off the gate automaton's pass; the shortest by a
    # substring test): a text holding none is a no at once, and a string the text lacks
    # could only add places where nothing begins. The answer stays search's, and past the
    # number of sets kept, the expression of every string gives it as well.
    source = (
        r"\bu\.n\.(?!\w)|(?<!european )(?<!'s )\b(?:security council|council(?! of europe)"
        r"|general assembly|assembly|un(?! convention)|united nations|onu)\b"
    )
    texts = [
        "the security council met on syria",
        "the european council met; a fund was set up under the treaty",  # "un" inside words
        "fifa's council voted, the un convention applies",  # near misses only
        "the u.n. said the assembly would vote",
        "funding runs until june, the unit said",  # "un" in every word, never alone
        "european council and then the un council",
        "onu y consejo",
        "un",
        "",
        "nothing of the kind",
    ]
    rule = Gated(source)
    whole = re.compile(source)
    for text in texts:
        assert _same(rule.search(text)) == _same(whole.search(text)), text
    starts = rule._starts
    assert starts is not None
    held = set(starts._narrowed)
    # (what the first text holds: "un" too, in "council")
    assert any({"security", "council", "un"} <= strings for strings in held)
    assert not any("general " in strings for strings in held)  # no text held it
    # The texts holding none of them compiled nothing and answered no.
    assert rule.search("nothing of the kind either") is None
    assert set(starts._narrowed) == held
    # Past the kept number, the expression of every string: the same answers.
    monkeypatch.setattr(gated, "_MAX_NARROWED", 0)
    bounded = Gated(source)
    for text in texts:
        assert _same(bounded.search(text)) == _same(whole.search(text)), text
    assert bounded._starts is not None
    assert not bounded._starts._narrowed


def test_a_rule_opening_with_a_literal_or_anchored_is_left_to_the_engine() -> None:
    # re skips ahead to a literal or a first character by itself, and tries an anchored
    # pattern at one place: listing places would only add to it.
    for source in (r"vetoed\b|blocked", r"^(?:speakers|delegates)\b|^joint statement"):
        rule = Gated(source)
        assert rule.search("speakers vetoed and blocked it") is not None
        assert rule._starts is None, source


def test_an_anchored_rule_is_gated_on_the_strings_it_requires() -> None:
    # Anchored, a rule is still tried with all its words: a speaker up to twelve words in,
    # each way against its names. A text lacking every name is answered by the gate.
    source = r"^(?:[\w'.-]+ ){0,12}?(?:amnesty international|human rights watch)\b"
    rule = Gated(source)
    assert rule.gates == (frozenset({"amnesty international", "human rights watch"}),)
    assert not rule.admits("the council said amnesty was not on the table")
    texts = (
        "the director of amnesty international said the veto was a disgrace",
        "human rights watch: the veto shields the government",
        # (near misses: the name too far in, or not at the start of the text)
        "one two three four five six seven eight nine ten eleven twelve thirteen amnesty"
        " international",
        "the veto, said human rights watchers, ...",
        "amnesty for fighters; international observers",
        "",
    )
    answers = [rule.search(text) is not None for text in texts]
    assert answers == [True, True, False, False, False, False]
    assert answers == [re.search(source, text) is not None for text in texts]
    # An anchored alternative with its strings is opened by them, as any other.
    choice = Gated(r"^joint statement\b|\bpress statement\b")
    assert choice.search("the joint statement of the five") is None
    assert choice.search("joint statement of the five") is not None
    assert choice.search("a press statement by the council") is not None


def test_cut_leading_strings_begin_where_the_strings_begin() -> None:
    leads = {"drafted ", "drafted a ", "drafted a its own text", "dr", "vetoed", "veto", "ab"}
    heads = gated._heads(leads)
    assert set(heads) == {"dr", "veto", "ab"}
    text = "drafted a its own text, then vetoed; ab drafted vetoes"
    places = {i for s in leads for i in range(len(text)) if text.startswith(s, i)}
    assert places <= {i for s in heads for i in range(len(text)) if text.startswith(s, i)}


def test_rules_requiring_the_same_strings_share_one_set_of_each_kind() -> None:
    # Read at a rule's first use, during a poll: one set per distinct requirement, not one
    # per rule (bench memory_huge), and weak sets stay weak.
    first = Gated(r"\bdraft resolution\b.{0,40}\bvetoed\b")
    second = Gated(r"vetoed.{0,9}by\b.{0,80}\bdraft resolution\b")
    shared = {id(g) for g in first.gates} & {id(g) for g in second.gates}
    assert len(shared) == 2
    weak = Gated(r"\bof\b.{0,9}vetoed")
    kinds = {type(g) for g in weak.gates}
    assert kinds == {frozenset, gated._Weak}
    text = "The draft resolution was vetoed by one member of the Council."
    for rule in (first, second, weak):
        assert (rule.search(text) is None) == (re.search(rule.source, text) is None)


def test_a_weak_set_is_tested_shortest_string_first_with_the_same_answer() -> None:
    # A set is weak for its one- or two-letter strings, which nearly every text holds:
    # tested first, they answer at once; the answer is still whether any string occurs.
    rule = Gated(r"\b(?:of|uu\.|popular china|gabon)\b.{0,9}vetoed")
    (weak,) = (g for g in rule.gates if type(g) is gated._Weak)
    assert weak.order == tuple(sorted(weak, key=lambda s: (len(s), s)))
    assert weak.order[0] == "of"
    for text in ("the gabon text vetoed", "popular china vetoed", "nothing here vetoed", ""):
        found = gated.present(text)
        expected = all(any(s in text for s in g) for g in rule.gates)
        assert gated._met(found, text, rule.gates) == expected, text


def test_a_weak_sets_longer_strings_are_read_from_the_texts_strings() -> None:
    # Its one- or two-letter strings are tested in the text; its longer ones are watched,
    # and read from present() (a substring test each over the whole text was most of the
    # weak sets' cost): the answer is still whether any string of the set occurs.
    rule = Gated(r"\b(?:uk|us|popular china|gabon|cote d'ivoire)\b.{0,9}vetoed")
    (weak,) = (g for g in rule.gates if type(g) is gated._Weak)
    assert weak.short == ("uk", "us")
    assert weak.long == frozenset({"popular china", "gabon", "cote d'ivoire"})
    assert weak.long <= gated.present("popular china gabon cote d'ivoire")
    texts = [
        "the gabon text vetoed",
        "popular china vetoed",
        "cote d'ivoire's text vetoed",
        "the uk vetoed",
        "us vetoed",
        "nothing here vetoed",
        "gabo n vetoed popular chin",
        "",
    ]
    for text in texts:
        found = gated.present(text)
        for gates in (rule.gates, (weak,)):
            expected = all(any(s in text for s in g) for g in gates)
            assert gated._met(found, text, gates) == expected, text
        assert (rule.search(text) is None) == (re.search(rule.source, text) is None), text


def test_a_whole_rules_rarest_set_is_asked_first_with_the_same_answer() -> None:
    # A pattern searched whole asks its rarest set that is not weak before the others
    # (most texts lack its strings): the answer is still the bare pattern's, whether that
    # set is missing, met with another missing, or all are met; a pattern whose every set
    # is weak, or that has none, has no such set and is asked as before.
    strong = Gated(r"\b(?:of|uu\.)\b.{0,9}(?:vetoed|blocked) (?:the )?(?:draft|text)")
    assert strong.gates
    assert strong._opener == max(
        (g for g in strong.gates if type(g) is not gated._Weak), key=gated._selectivity
    )
    weak_only = Gated(r"\b(?:of|uu\.)\b")
    assert weak_only.gates
    assert weak_only._opener is None
    ungated = Gated(r"\b\d{2,}\b")
    assert ungated.gates == ()
    assert ungated._opener is None
    texts = [
        "one of them vetoed the draft",
        "one of them vetoed the plan",
        "one in them vetoed the draft",
        "the draft was blocked",
        "of the uu. blocked text",
        "13 votes of 15",
        "",
    ]
    for rule in (strong, weak_only, ungated):
        for text in texts:
            found = rule.search(text)
            bare = re.search(rule.source, text)
            assert (found and found.span()) == (bare and bare.span()), (rule.source, text)


def _spans(matches: Iterable[re.Match[str]]) -> list[object]:
    return [(m.span(), m.groups(), m.lastindex) for m in matches]


def test_a_placed_pattern_finds_what_finditer_finds() -> None:
    # Tried only where a leading string begins: the same matches, in order, as finditer's,
    # with a lookbehind reading the text before the place, overlapping strings ("abcab",
    # "bca"), a match right where the last ended, and near misses inside words.
    rng = random.Random(23)
    sources = [
        r"(?<![\w-])(?:(yes|in favou?r|for)|(no|against))(?: votes?)?:? (\d+)",
        r"(?<!not )\b(?:vetoed|veto|vetoes)\b|\bblocked\b",
        r"\b(?:abcab|bca|ca)\w*",
        r"(?<=x)ab|\bb(?:a|c)+|\bcab",
    ]
    letters = "abcx vetodbluknsr.:-"
    words = ["vetoed", "veto", "vetoes", "blocked", "not", "yes", "for", "no", "against", "votes"]
    words += ["in favour", "in favor", "13", "2", "ab", "cab", "bca", "abcab", ":", "before"]
    words += ["yes: 13", "no 2", "for 1", "against: 2", "vetoed"]
    for source in sources:
        placed = Placed(source)
        whole = re.compile(source)
        matched = 0
        for _ in range(600):
            parts = [
                rng.choice(words) if rng.random() < 0.6 else rng.choice(letters)
                for _ in range(rng.randint(0, 14))
            ]
            text = rng.choice(("", " ", "")).join(parts)
            assert _spans(placed.finditer(text)) == _spans(whole.finditer(text)), (source, text)
            assert _spans(filter(None, [placed.search(text)])) == _spans(
                filter(None, [whole.search(text)])
            ), (source, text)
            matched += whole.search(text) is not None
        assert matched > 30, source
    tally = Placed(sources[0])
    text = "yes: 13 no: 2, before 2 for: 1, against 2 notes: 3"
    assert [m.group(0) for m in tally.finditer(text)] == ["yes: 13", "no: 2", "for: 1", "against 2"]


def test_a_pattern_with_no_leading_strings_is_not_placed() -> None:
    # (a match could begin anywhere: there is nothing to try it by)
    with pytest.raises(ValueError, match="leading strings"):
        Placed(r"(?<!\w)\w+ votes")


def test_placed_rules_are_their_bare_patterns_on_every_text() -> None:
    placed = [rule for rule in vars(events).values() if isinstance(rule, Placed)]
    assert placed  # (the tally's headings, _HEAD_FIRST)
    found = 0
    texts = _texts()
    for rule in placed:
        for text in texts:
            bare = _spans(rule.pattern.finditer(text))
            assert _spans(rule.finditer(text)) == bare, (rule.pattern.pattern, text)
            found += len(bare)
    assert found > 100
