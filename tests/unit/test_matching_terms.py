"""The why line's terms (core.matching.distinct_terms) as they were read before each term's
forms were kept: the same terms, in the same order, for any list of fired terms.

Speed only: a term's folded form, words and case are read once per term instead of at
every match (an item of the thousand generated demands fires some forty). The reference
below is the function as it stood, and both read every list of the shipped demands' terms
drawn here, with repeats in other cases.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from demandwatch.bootstrap import build_matcher
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.matching import distinct_terms
from demandwatch.core.query import Node, Phrase, Shared, _children
from demandwatch.core.text import fold, tokens


def reference(terms: Iterable[str]) -> tuple[str, ...]:
    chosen: dict[str, str] = {}
    for term in terms:
        key = term.casefold()
        if key not in chosen or term == term.lower():
            chosen[key] = term
    plain = [fold(t) for t in chosen.values() if fold(t) == t.casefold()]
    return _reference_shown([t for t in chosen.values() if not _covered(fold(t), t, plain)])


def _reference_shown(terms: Sequence[str]) -> tuple[str, ...]:
    words = [tuple(tokens(term)) for term in terms]
    exact = [not term.endswith("*") for term in terms]
    shown: list[str] = []
    for i, term in enumerate(terms):
        if (
            exact[i]
            and words[i]
            and any(
                exact[j]
                and j != i
                and (len(words[j]) > len(words[i]) or (words[j] == words[i] and j < i))
                and _run_in(words[i], words[j])
                for j in range(len(terms))
            )
        ):
            continue
        shown.append(term)
    return tuple(shown)


def _run_in(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    size = len(part)
    return any(whole[k : k + size] == part for k in range(len(whole) - size + 1))


def _covered(folded: str, term: str, plain: Sequence[str]) -> bool:
    if folded == term.casefold():
        return False
    return any(
        folded == other or (other.endswith("*") and folded.startswith(other[:-1]))
        for other in plain
    )


def _labels(node: Node, out: set[str]) -> None:
    if isinstance(node, Shared):
        _labels(node.node, out)
    elif isinstance(node, Phrase):
        out.add(node.label)
    for child in _children(node):
        _labels(child, out)


def _shipped_labels() -> list[str]:
    matcher = build_matcher(load_config(SHIPPED_CONFIG_DIR))
    labels: set[str] = set()
    for entry in matcher.demands:
        _labels(entry.query.root, labels)
        if entry.context is not None:
            _labels(entry.context.root, labels)
    return sorted(labels)


def test_the_why_line_reads_every_list_of_terms_as_before() -> None:
    labels = _shipped_labels()
    assert len(labels) > 1000
    rng = random.Random(24)
    cases: list[list[str]] = [[label] for label in labels]
    for _ in range(4000):
        terms = rng.sample(labels, rng.randint(2, 30))
        # (the same term in another case, as a German and an English query write it)
        terms += [rng.choice(terms).upper() for _ in range(rng.randint(0, 2))]
        terms += [rng.choice(terms).capitalize() for _ in range(rng.randint(0, 2))]
        rng.shuffle(terms)
        cases.append(terms)
    for terms in cases:
        assert distinct_terms(terms) == reference(terms), terms
        assert distinct_terms(iter(terms)) == reference(terms), terms


def test_the_cases_the_why_line_was_written_for() -> None:
    for terms in (
        ['"Bab al-Hawa"', '"Bab al Hawa"', "Bab", "Hawa*", "Syria*"],
        ["veto*", "vetó", "vetado", "Siria"],
        ["Resolution*", "resolution*", "Syria"],
        ["veto", "VETO", "Veto"],
        ['"Security Council"', "Council", "council", '"Council"'],
        ["Syria*"],
        [],
    ):
        assert distinct_terms(terms) == reference(terms), terms
