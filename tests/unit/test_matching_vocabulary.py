"""An item's document indexes only the words some demand's query reads (core.query.Vocabulary):
the indexed matcher's fast path. It must never change a result: over every labelled item,
evaluation and set-aside alike, the indexed matcher (words the queries read, index of
demands) gives what evaluating every demand on the whole document gives. Only counts are
compared and reported, never an item."""

from __future__ import annotations

from demandwatch.core.matching import Matcher
from demandwatch.core.models import Demand
from demandwatch.core.prepared import prepare
from demandwatch.core.query import Document, Vocabulary, compile_query

# (Over every labelled item: the modules test_matching_vocabulary_every_item_1 and _2, which
# two workers share; tests/vocabulary_corpus.py.)


def _demand(query: str) -> tuple[Demand, None]:
    demand = Demand(
        id="d",
        campaign_id="c",
        title="t",
        status="active",
        priority="normal",
        owner="@o",
        query=query,
        position="p",
        asks=("a",),
        spokesperson="s",
    )
    return demand, None


def test_the_readable_words_are_the_query_words_and_those_beginning_a_wildcard() -> None:
    vocabulary = Vocabulary(
        [compile_query('veto* AND "arms embargo" NOT cricket'), compile_query("title:syria")]
    )
    words = frozenset({"vetoed", "vetoes", "arms", "embargo", "cricket", "syria", "the", "vet"})
    expected = {"vetoed", "vetoes", "arms", "embargo", "cricket", "syria"}
    assert vocabulary.readable(words) == expected
    assert vocabulary.readable(words) == expected  # (and once the words are remembered)


def test_a_document_of_the_readable_words_indexes_only_them_in_their_places() -> None:
    prepared = prepare("Russia vetoes the draft", "The veto came after talks on Syria.")
    readable = frozenset({"vetoes", "veto", "syria"})
    doc = Document.of(prepared, None, readable)
    whole = Document.of(prepared)
    assert set(doc.positions) == readable
    assert all(doc.positions[w] == whole.positions[w] for w in readable)
    # An inflecting language indexes every word: any may share a query word's stem.
    german = prepare("Russland legt Veto ein", "Der Sicherheitsrat stimmte ab.", "de")
    assert Document.of(german, None, frozenset({"veto"})).positions == (
        Document.of(german).positions
    )


def test_a_wildcard_matches_a_word_the_vocabulary_first_meets_in_a_later_item() -> None:
    matcher = Matcher([_demand("sanction* NEAR/3 syria")], prefilter=True)
    assert not matcher.match("Talks on Syria", "Nothing new.")
    assert matcher.match("Sanctioning Syria", "The EU is sanctioning Syria again.")
