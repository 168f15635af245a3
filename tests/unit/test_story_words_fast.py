"""The shortcuts of a story item's words give what the plain scans give (issue 13: speed,
no change of decision): ``bag_of_words`` counting each distinct word once, the United
States read with the words' pattern alone where no other form's mark is written,
``_initials`` skipping a group whose mark the text lacks, and ``cited_documents``
skipping the clauses without "S/"; an ASCII text's names read from its capitalised words,
its United States and rival drafts by patterns over its lower case that re skips ahead in.
Each is compared with the scan it shortens, written out here as it was before, on texts
made to meet each form and each mark's edge (case, the long s, the dotless i, the Kelvin
sign, headlines in capitals), and on every tuning item."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from demandwatch.core import stories
from demandwatch.core.gated import top_level_branches
from demandwatch.core.language import detect
from demandwatch.core.symbols import find_symbols
from demandwatch.core.text import tokens

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"

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
    # ASCII texts, read lowered by the ASCII patterns (word edges, case, runs of spaces):
    "UNITED\tSTATES, the united  states and xunited states; Etats-Unis, ETATS UNIS, etats-unis.",
    "Estados  Unidos and ESTADOS\nUNIDOS; Vereinigte Staaten, VEREINIGTEN STAATEN, vereinigtenstaaten.",
    "_united states and 9united states and 'united states' and (Estados Unidos) and -etats unis.",
    "A rival draft, a Competing Text, an alternative-resolution, its own  draft and a counter-text.",
    "Their own drafts; a rival draftee; rival text-book; xrival draft; OWN-RESOLUTION; _own text.",
    "The counterdraft, a counter-draft-, COUNTER-DRAFT; le contre-projet et un projet rival.",
    "Un projet concurrent; un contre-projets; der Gegenentwurf, GEGENENTWURFS, gegenentwurf.",
    "El contraproyecto, un proyecto alternativo, un proyecto propio, PROYECTO RIVAL, proyectos.",
    "Shown text, a grown draft, _own resolution, xrival text, recounter-draft, 9competing text.",
    "Nonalternative draft and 1alternative text: no rival here.",
    "Unprojet rival, 2contre-projet, xgegenentwurf, acontraproyecto, _proyecto propio; none.",
    "HUMAN RIGHTS WATCH, xhuman rights watch, human rights watchdog; human  rights watch.",
    "Physicians for Human Rights- and _Syrian Network for Human Rights, Syrian Network for Human"
    " Rights Watch, syrian observatory for human rights.",
    "Clauses: U.N. and U.S. end none; A.B. ends? Yes! -- a - b \u2013 c\u2014d \t-\n e; f:g.\n",
    "The end.",
    "At example.org, 3.5 per cent a.- b and c?\u2014 d; e!f.",
    "Xphysicians for human rights and _syrian observatory for human rights said so.",
    "Mc Donald O'Neill _Name 9Lives ALLCAPS Camel_Case x_Y and-Hyphen D.C. U.N.",
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


# The clause ends as first written (see ``stories._CLAUSE``).
_CLAUSE_PLAIN = re.compile(r"(?<![A-Z])[.!?](?=\s|$)|[;:\n]|\s[-\u2013\u2014]\s")


def _rival_plain(title: str, text: str) -> bool:
    return any(stories._RIVAL_DRAFT.search(part) for part in (title, text))


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
            # (session 43: a German compound's parts, in German text and a headline read
            # as English, as ``bag_of_words`` reads them)
            compounds = language == "de" or (language == "en" and weight == 2)
            if compounds and concept == w and len(w) >= stories._MIN_COMPOUND:
                for key in stories._compound_parts(w):
                    words[key] += weight
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


@pytest.mark.parametrize("text", TEXTS)
def test_rival_draft_as_the_pattern_reads_it(text: str) -> None:
    assert stories.names_rival_draft("", text) == _rival_plain("", text)
    assert stories.names_rival_draft(text, "") == _rival_plain(text, "")


def test_the_ascii_texts_meet_each_form() -> None:
    """Every alternative of the ASCII patterns is met by a text (and missed by another)."""
    ascii_texts = [t for t in TEXTS if t.isascii()]
    for pattern in (stories._RIVAL_ASCII, stories._US_ASCII_WORDS):
        forms = top_level_branches(pattern.pattern)
        assert len(forms) > 3
        for form in forms:
            assert any(re.search(form, t.lower()) for t in ascii_texts), form
    assert any(_rival_plain("", t) for t in ascii_texts)
    assert not all(_rival_plain("", t) for t in ascii_texts)


def _tuning_items() -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                items.append((item.get("title", ""), item.get("summary", "")))
    return items


@pytest.mark.parametrize("text", TEXTS)
def test_clauses_end_where_first_written(text: str) -> None:
    for t in (text, f" {text} ", f"{text}\n{text}", text.upper()):
        assert stories._CLAUSE.split(t) == _CLAUSE_PLAIN.split(t)


def test_the_shortcuts_as_the_plain_scans_on_every_tuning_item() -> None:
    items = _tuning_items()
    assert len(items) > 9_000
    for title, text in items:
        assert stories.names_rival_draft(title, text) == _rival_plain(title, text)
        for part in (title, text):
            assert stories._united_states(part) == _united_states_plain(part)
            assert stories._initials(part) == _initials_plain(part)
            assert stories._CLAUSE.split(part) == _CLAUSE_PLAIN.split(part)
        assert stories.cited_documents(title, text) == _cited_plain(title, text)
        assert list(stories.bag_of_words(title, text).items()) == list(
            _bag_plain(title, text).items()
        )


def test_the_shortcuts_as_the_plain_scans_on_the_bench_huge_items(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """cpu_huge's items (50,000 characters of text each, as the poll keeps them) read the
    same: the long texts the shortcuts are for."""
    monkeypatch.syspath_prepend(str(EVAL_DIR.parents[1]))  # the checkout, where bench/ is
    from datetime import UTC, datetime, timedelta

    from bench.corpus import huge_items_body

    from demandwatch.config import Source
    from demandwatch.sources.kinds import parse_for

    now = datetime(2026, 12, 6, 12, tzinfo=UTC)
    source = Source(
        id="big-huge",
        name="huge",
        kind="rss",
        url="http://127.0.0.1/big/huge.xml",
        tier="news",
        key="default",
        interval=timedelta(minutes=10),
        timeout=timedelta(seconds=120),
        expect_every=timedelta(days=2),
        max_bytes=100_000_000,
    )
    body = huge_items_body(0, now, count=3)
    items = parse_for(source, body, {"content-type": "application/rss+xml"}, now)
    assert len(items) == 3
    for item in items:
        title, text = item.title, item.text
        assert len(text) > 40_000
        assert stories.names_rival_draft(title, text) == _rival_plain(title, text)
        assert stories._united_states(text) == _united_states_plain(text)
        assert stories._initials(text) == _initials_plain(text)
        assert stories._CLAUSE.split(text) == _CLAUSE_PLAIN.split(text)
        assert stories.cited_documents(title, text) == _cited_plain(title, text)
        assert list(stories.bag_of_words(title, text).items()) == list(
            _bag_plain(title, text).items()
        )
