"""The shortcuts of a story item's words give what the plain scans give (issue 13: speed,
no change of decision): ``bag_of_words`` counting each distinct word once, the United
States read with the words' pattern alone where no other form's mark is written,
``_initials`` skipping a group whose mark the text lacks, and ``cited_documents``
skipping the clauses without "S/". Each is compared with the scan it shortens, written
out here as it was before, on texts made to meet each form and each mark's edge (case,
the long s, the dotless i, the Kelvin sign, headlines in capitals)."""

from __future__ import annotations

from collections import Counter

import pytest

from demandwatch.core import stories
from demandwatch.core.language import detect
from demandwatch.core.symbols import find_symbols
from demandwatch.core.text import tokens

TEXTS = (
    "",
    "The United States and Russia clashed over the draft.",
    "UNITED STATES VETOES DRAFT AS US ENVOY WALKS OUT",
    "The U.S. and the U. S. A. voted; the US envoy spoke; let us hope. U.S.A. again.",
    "Les États-Unis et les etats unis ont voté; EE.UU. y EE. UU se abstuvieron.",
    "Los Estados Unidos votaron en contra; die Vereinigten Staaten enthielten sich.",
    "Соединённые Штаты и Соединенных Штатов наложили вето.",
    "وقالت الولايات المتحدة إن والولايات المتحدة ستصوت",
    "The Unıted States (dotless i) and the UNITED ſTATES (long s) both read as words.",
    "USA and USAID are not the form; nor is 'CAUSE' nor 'bus'.",
    "Human Rights Watch said; HUMAN RIGHTS WATCH repeated; human rights watchers disagree.",
    "Physicians for Human Rights and the Syrian Observatory for Human Rights reported.",
    "The Syrian Obſervatory for Human Rights and the Syrian Networ\u212a for Human Rights.",
    "Syrian Network for Human Rights; Physicians For Human Rights; no other group.",
    "Rights groups and human rights defenders, but no group named by its initials.",
    "Physicians for Human Rights Watch: one name inside another.",
    "The draft (S/2012/538) failed; the report (S/2012/523) set out options. See S/2012/77.",
    "Recalling the letter S/2014/208; the draft resolution S/2014/348 failed. S/RES/2118 (2013).",
    "No symbol here: only 12/3 and A/66/L.57 and the resolution 2118 (2013).",
    "the report S/2020/1 - the draft S/2020/2 ; note S/2020/3 : projet S/2020/4",
    "The letter S/1999/12 recalled; the report S/1998/3. The draft S/1999/40 was put.",
)


def _united_states_plain(part: str) -> int:
    shouting = not any(ch.islower() for ch in part)
    return sum(
        1 for m in stories._UNITED_STATES.finditer(part) if not (shouting and m.group() == "US")
    )


def _initials_plain(part: str) -> str:
    if "ights" not in part:
        return part
    for pattern, initials, _mark in stories._CAUSE_GROUPS:
        part = pattern.sub(initials, part)
    return part


def _bag_plain(title: str, text: str) -> Counter[str]:
    words: Counter[str] = Counter()
    title, text = _initials_plain(title), _initials_plain(text)
    parts = ((1, text, tokens(text)), (2, title, tokens(title)))
    language = detect(parts[1][2] + parts[0][2])
    function_words = stories._FUNCTION_WORDS.get(language, frozenset())
    for weight, part, folded in parts:
        named = _united_states_plain(part)
        if named:
            words[stories._CONCEPTS["usa"]] += weight * named
        for w in folded:
            if w in stories._STOPWORDS or w in function_words or len(w) < 2:
                continue
            concept = stories._concept_in(w, language)
            if concept not in stories._UBIQUITOUS:
                words[concept] += weight
        for raw in stories._RAW_WORD.findall(part):
            bones = stories.skeleton(raw, language)
            if bones is not None:
                words[stories.NAME + bones] += weight
    return words


def _cited_plain(title: str, text: str) -> frozenset[str]:
    cited: set[str] = set()
    drafts: set[str] = set()
    for part in (title, text):
        if "S/" not in part:
            continue
        for clause in stories._CLAUSE.split(part):
            for symbol in stories._council_documents(find_symbols(clause)):
                before = clause[: clause.find(symbol)]
                draft = max((m.end() for m in stories._DRAFT_NOUN.finditer(before)), default=-1)
                background = max(
                    (m.end() for m in stories._BACKGROUND_NOUN.finditer(before)), default=-1
                )
                (cited if background > draft else drafts).add(symbol)
    return frozenset(cited - drafts)


@pytest.mark.parametrize("text", TEXTS)
def test_united_states_and_initials_as_the_plain_scans(text: str) -> None:
    assert stories._united_states(text) == _united_states_plain(text)
    assert stories._initials(text) == _initials_plain(text)


def test_the_texts_meet_both_paths() -> None:
    """Both branches of each shortcut are exercised (else the comparison proves little)."""
    marked = [t for t in TEXTS if any(m in t for m in stories._US_MARKS)]
    assert marked
    assert len(marked) < len(TEXTS)
    assert any(_united_states_plain(t) for t in TEXTS if t not in marked)
    for _pattern, _initials, mark in stories._CAUSE_GROUPS:
        assert any(mark in t.lower() for t in TEXTS if "ights" in t)
    assert any(_initials_plain(t) != t for t in TEXTS)


def test_each_mark_is_in_every_match_of_its_pattern() -> None:
    """The marks hold no letter that ignoring case also reads as another character (i, k
    and s do: "ı", the Kelvin sign, "ſ"), so a match has its mark in its lower case."""
    for pattern, _initials, mark in stories._CAUSE_GROUPS:
        assert mark.lower() == mark
        assert not set(mark) & {"i", "k", "s"}
        name = pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
        assert mark in name.lower()


@pytest.mark.parametrize("title", ["", "US envoy: Human Rights Watch", "UNITED STATES VETO"])
def test_bag_of_words_as_word_by_word(title: str) -> None:
    for text in TEXTS:
        long = " ".join([text] * 3)
        for t in (text, long):
            fast, plain = stories.bag_of_words(title, t), _bag_plain(title, t)
            # The same words, counts and order (a later sum over the words adds in order).
            assert list(fast.items()) == list(plain.items())


@pytest.mark.parametrize("text", TEXTS)
def test_cited_documents_as_every_clause_read(text: str) -> None:
    assert stories.cited_documents("", text) == _cited_plain("", text)
    assert stories.cited_documents(text, "") == _cited_plain(text, "")
