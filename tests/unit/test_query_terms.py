"""What the matcher asks of a query is the terms that fired (the why line), not where they
occur: ``Node.terms`` answers ``evaluate(doc).terms`` where it matched (None where not),
without collecting places outside NEAR. A group (AND, NEAR) whose requirements an item
fails answers without asking its parts, and an item's document keeps the heads of its
words that begin a wildcard only. None of it may change an answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.prepared import prepare
from demandwatch.core.query import (
    And,
    Document,
    Near,
    Node,
    Or,
    Phrase,
    Result,
    Shared,
    Vocabulary,
    compile_query,
    share,
)
from query_support import subqueries

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


def _items() -> list[tuple[str, str]]:
    items = []
    for path in (
        sorted(EVAL_DIR.glob("en-demands-*.jsonl"))[:3] + sorted(EVAL_DIR.glob("multi*.jsonl"))[:1]
    ):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                items.append((item.get("title", ""), item.get("summary", "")))
    return items


def test_terms_are_evaluates_for_every_subquery() -> None:
    config = load_config(SHIPPED_CONFIG_DIR)
    queries = [d.query for c in config.campaigns for d in c.demands]
    queries += [c.context for c in config.campaigns if c.context]
    nodes = [n for q in share([compile_query(q) for q in queries]) for n in subqueries(q.root)]
    assert sum(isinstance(n, Shared) for n in nodes) > 50
    items = _items()
    assert len(items) > 100
    fired = 0
    for title, text in items:
        # (one document asked terms first, one evaluate first: a shared node keeps either)
        asked, evaluated = Document(title, text), Document(title, text)
        for node in nodes:
            terms = node.terms(asked)
            result = node.evaluate(evaluated)
            expected = result.terms if result.matched else None
            assert terms == expected, (node, title)
            assert node.terms(evaluated) == expected
            assert node.holds(asked) is result.matched
            fired += expected is not None and isinstance(node, Or | And | Near)
    assert fired > 1000


class _Unasked(Node):
    """A part that must not be asked: the item lacks the word it needs."""

    __slots__ = ()

    def requirements(self) -> tuple[frozenset[str], ...]:
        return (frozenset({"embargo", "sanction*"}),)

    def evaluate(self, doc: Document) -> Result:
        raise AssertionError("asked a part whose words the item lacks")


@pytest.mark.parametrize(
    "group",
    [
        Near(Phrase("veto", ("veto",)), _Unasked(), 3),
        And((Phrase("veto", ("veto",)), _Unasked())),
        Or((Phrase("x", ("x",)), And((Phrase("veto", ("veto",)), _Unasked())))),
    ],
)
def test_a_group_whose_clause_the_item_lacks_asks_no_part(group: Node) -> None:
    doc = Document("Russia casts veto on Syria text", "Embassy statement aside.")
    assert not group.evaluate(doc).matched
    assert group.terms(doc) is None
    assert not group.holds(doc)
    # (its clause met, a word beginning the wildcard: the part is asked)
    with pytest.raises(AssertionError):
        group.evaluate(Document("Russia casts veto on Syria sanctions text"))


def test_the_heads_kept_are_those_of_words_beginning_a_wildcard() -> None:
    vocabulary = Vocabulary([compile_query("sanction* OR veto OR (embargo NEAR/3 arm*)")])
    readable, heads = vocabulary.read(frozenset({"sanctions", "veto", "armed", "vetoes", "the"}))
    assert readable == {"sanctions", "veto", "armed"}
    assert heads == {"san", "sanc", "arm", "arme"}
    assert vocabulary.readable(frozenset({"veto", "sanctioned"})) == {"veto", "sanctioned"}


def test_an_items_places_are_listed_only_when_a_query_asks_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    queries = [compile_query("Syria OR Libya"), compile_query('"draft text" NEAR/3 veto*')]
    vocabulary = Vocabulary(queries)
    prepared = prepare("Russia vetoes Syria draft text", "The vote was 13 in favour.")
    words = frozenset(prepared.title_words).union(prepared.text_words)
    readable, heads = vocabulary.read(words)
    listed: list[Document] = []
    original = Document._positions

    def listing(doc: Document, *args: Any) -> dict[str, list[int]]:
        listed.append(doc)
        return original(doc, *args)

    monkeypatch.setattr(Document, "_positions", listing)
    doc = Document.of(prepared, words, readable, heads)
    # Which words the item has answers an OR of words: no places listed.
    assert queries[0].terms(doc) == {"Syria"}
    assert queries[0].root.holds(doc)
    assert not listed
    # A phrase and NEAR read places: listed once, as a whole document lists them.
    assert queries[1].terms(doc) == {'"draft text"', "veto*"}
    assert queries[1].evaluate(doc).spans
    assert listed == [doc]
    whole = Document.of(prepared)
    assert doc.positions == {w: p for w, p in whole.positions.items() if w in readable}
    assert doc.positions is doc.positions  # (listed once)
    assert listed == [doc, whole]


def test_a_document_reads_its_attributes_without_a_hook() -> None:
    # A class with __getattr__ has every attribute read routed through it, which the
    # interpreter cannot specialise: the queries read a document's words, heads and memo
    # some two hundred times an item. Its places are a property instead.
    assert "__getattr__" not in vars(Document)
    doc = Document("Russia vetoes Syria text")
    with pytest.raises(AttributeError):
        doc.not_an_attribute  # noqa: B018 (a read that must fail)
