"""The matcher's word-index prefilter: it may only skip demands that cannot match; and
subqueries shared across demands, evaluated once per item, give every demand its own result.

Random queries (every operator, wildcards, title scope, accents) over random items must give
exactly what evaluating every demand on every item gives, and so must the shipped demands
over the labelled evaluation set.
"""

from __future__ import annotations

import gc
import json
import random
import weakref
from pathlib import Path

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core import matching
from demandwatch.core.matching import Matcher, Prefilter
from demandwatch.core.models import Demand, DemandStatus
from demandwatch.core.query import (
    And,
    Document,
    Near,
    Node,
    Not,
    Or,
    Result,
    Shared,
    compile_query,
    near_spans,
    share,
)
from demandwatch.core.text import tokens

EVAL_ITEMS = Path(__file__).resolve().parents[1] / "eval" / "items.jsonl"

# A small vocabulary, so that random items hit random queries often.
WORDS = (
    "veto",
    "vetoed",
    "vetoes",
    "Syria",
    "Syrian",
    "Damascus",
    "Díaz",
    "diaz",
    "arms",
    "embargo",
    "asset",
    "assets",
    "freeze",
    "council",
    "draft",
    "resolution",
    "Russia",
    "China",
    "cricket",
    "court",
    "monitors",
    "access",
    "سوريا",
    "السورية",
    "vote",
    "adopted",
)
STEMS = ("vet", "syri", "asset", "monit", "resol", "السوري", "dra")


def demand(demand_id: str, query: str, status: DemandStatus = "active") -> Demand:
    return Demand(
        id=demand_id,
        campaign_id="random",
        title=demand_id,
        status=status,
        priority="normal",
        owner="@team",
        query=query,
        position="p",
        asks=("a",),
        spokesperson="s",
    )


def random_term(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.2:
        return f"{rng.choice(STEMS)}*"
    if roll < 0.35:
        return '"' + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 3))) + '"'
    if roll < 0.4:
        return '"' + rng.choice(WORDS) + " " + rng.choice(STEMS) + '*"'
    return rng.choice(WORDS)


def random_query(rng: random.Random, depth: int = 0) -> str:
    """A query that always parses: every NOT sits beside a positive part."""
    if depth > 2 or rng.random() < 0.3:
        term = random_term(rng)
        return f"title:{term}" if rng.random() < 0.1 else term
    left, right = random_query(rng, depth + 1), random_query(rng, depth + 1)
    shape = rng.randrange(6)
    if shape == 0:
        return f"({left} OR {right})"
    if shape == 1:
        return f"({left} AND {right})"
    if shape == 2:
        return f"({left} {right})"
    if shape == 3:
        return f"({left} NOT {right})"
    if shape == 4:
        return f"({left} -{random_term(rng)})"
    return f"({left} NEAR/{rng.randint(0, 6)} {right})"


def random_text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(
        rng.choice(WORDS).upper() if rng.random() < 0.1 else rng.choice(WORDS)
        for _ in range(rng.randint(low, high))
    )


def test_random_queries_match_exactly_as_evaluating_every_demand() -> None:
    rng = random.Random(20260301)
    contexts = [None, "", "Syria* OR Damascus", "(Syria OR سوريا) NOT cricket", "veto* NOT court"]
    statuses: list[DemandStatus] = ["active", "active", "active", "paused"]
    demands = [
        (demand(f"d{i}", random_query(rng), rng.choice(statuses)), rng.choice(contexts))
        for i in range(300)
    ]
    indexed = Matcher(demands, prefilter=True)
    naive = Matcher(demands, prefilter=False)
    matched = 0
    for _ in range(400):
        title, text = random_text(rng, 0, 8), random_text(rng, 0, 30)
        for active_only in (False, True):
            expected = naive.match(title, text, active_only=active_only)
            assert indexed.match(title, text, active_only=active_only) == expected
            matched += len(expected)
    assert matched > 1000  # the random items really do hit the random queries


def test_shipped_demands_on_the_evaluation_set_match_as_without_the_index() -> None:
    config = load_config(SHIPPED_CONFIG_DIR)
    pairs = [(d, c.context) for c in config.campaigns for d in c.demands]
    indexed, naive = Matcher(pairs, prefilter=True), Matcher(pairs, prefilter=False)
    rows = [json.loads(line) for line in EVAL_ITEMS.read_text().splitlines() if line.strip()]
    assert rows
    hits = 0
    for row in rows:
        expected = naive.match(row["title"], row.get("summary", ""), active_only=True)
        assert indexed.match(row["title"], row.get("summary", ""), active_only=True) == expected
        hits += bool(expected)
    assert hits > len(rows) // 2


def every_branch(node: Node, doc: Document) -> Result:
    """``node`` evaluated with every branch of every OR asked (no lookup of candidates)."""
    if isinstance(node, Shared):
        return every_branch(node.node, doc)
    if isinstance(node, Or):
        hits = [r for r in (every_branch(c, doc) for c in node.children) if r.matched]
        if not hits:
            return Result(False)
        terms = frozenset().union(*(h.terms for h in hits))
        return Result(True, terms, tuple(s for h in hits for s in h.spans))
    if isinstance(node, And):
        parts = [every_branch(c, doc) for c in node.children]
        if not all(p.matched for p in parts):
            return Result(False)
        spans = tuple(s for p in parts for s in p.spans)
        return Result(True, frozenset().union(*(p.terms for p in parts)), spans)
    if isinstance(node, Not):
        return Result(False) if every_branch(node.child, doc).matched else Result(True)
    if isinstance(node, Near):
        left, right = every_branch(node.left, doc), every_branch(node.right, doc)
        if not (left.matched and right.matched):
            return Result(False)
        spans = near_spans(left.spans, right.spans, node.distance)
        return Result(True, left.terms | right.terms, spans) if spans else Result(False)
    return node.evaluate(doc)


def test_an_or_asks_only_branches_that_can_match_and_gets_every_branch_answer() -> None:
    # An OR looks its branches up by the words (or word heads) they need, groups (NEAR,
    # AND) included; the answer must be the one asking every branch gives, in every
    # language (an inflecting item is matched on stems).
    rng = random.Random(41)
    queries = [compile_query(f"{random_query(rng)} OR {random_query(rng)}") for _ in range(300)]
    queries += share(queries)
    grouped = sum(
        isinstance(c, Near | And)
        for q in queries
        if isinstance(q.root, Or)
        for c in q.root.children
    )
    assert grouped > 100  # groups really are branches of the ORs
    matched = 0
    for i in range(150):
        title, text = random_text(rng, 0, 8), random_text(rng, 0, 30)
        doc = Document(title, text, ("en", "de", "ar")[i % 3])
        for query in queries:
            expected = every_branch(query.root, doc)
            doc.memo.clear()
            assert query.evaluate(doc) == expected, query.text
            matched += expected.matched
    assert matched > 5000


def test_every_clause_of_a_matching_query_is_met_by_the_item_words() -> None:
    rng = random.Random(7)
    for _ in range(500):
        query = compile_query(random_query(rng))
        doc = Document(random_text(rng, 0, 6), random_text(rng, 0, 20))
        if not query.evaluate(doc).matched:
            continue
        present = Prefilter([query.requirements()]).present(doc.words)
        for clause in query.requirements():
            assert clause & present, (query.text, clause)


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("veto", {"veto"}),
        ("veto* NOT cricket", {"veto*"}),
        ('"arms embargo" AND Syria', {"embargo"}),  # one word each: the longest
        ('"arms embargo"', {"embargo"}),
        ("(veto OR vetoed) NEAR/5 Syria", {"syria"}),
        ("title:Díaz", {"diaz"}),
        ("veto OR NOT cricket", set()),
        ("(Syria OR Damascus) -football", {"syria", "damascus"}),
    ],
)
def test_positive_terms_name_words_one_of_which_must_occur(query: str, terms: set[str]) -> None:
    assert set(compile_query(query).root.positive_terms()) == terms


def test_a_query_that_can_match_on_a_negation_alone_is_always_evaluated() -> None:
    matcher = Matcher([(demand("neg", "veto OR NOT cricket"), None)])
    assert [m.demand_id for m in matcher.match("weather report")] == ["neg"]
    assert matcher.match("cricket report") == []


def test_prefix_positions_equal_a_scan_of_every_word() -> None:
    rng = random.Random(3)
    for _ in range(200):
        title, text = random_text(rng, 0, 6), random_text(rng, 0, 25)
        doc = Document(title, text)
        words = [*tokens(title), "\x00", *tokens(text)]  # one gap between the two fields
        for stem in (tokens(s)[0] for s in STEMS):
            expected = [i for i, w in enumerate(words) if w.startswith(stem)]
            assert doc.prefix_positions(stem, "any") == expected
            in_title = [i for i in expected if i < len(tokens(title))]
            assert doc.prefix_positions(stem, "title") == in_title


def test_shared_subqueries_give_each_demand_what_its_own_query_gives() -> None:
    rng = random.Random(11)
    # Demands built from a few parts repeat subqueries within and across them.
    parts = [random_query(rng) for _ in range(12)]
    queries = [
        f"({rng.choice(parts)} {rng.choice(('OR', 'AND', 'NEAR/4', 'NOT'))} {rng.choice(parts)})"
        for _ in range(200)
    ]
    demands = [(demand(f"d{i}", q), rng.choice((None, parts[0]))) for i, q in enumerate(queries)]
    matcher = Matcher(demands, prefilter=False)
    shared_nodes = 0
    for entry in matcher.demands:
        shared_nodes += repr(entry.query.root).count("Shared(")
    assert shared_nodes > 200  # the demands really do share subqueries
    own = [(compile_query(q), compile_query(parts[0])) for q in queries]
    matched = 0
    for _ in range(300):
        title, text = random_text(rng, 0, 8), random_text(rng, 0, 30)
        doc = Document(title, text)
        expected = []
        for (d, context), (query, context_query) in zip(demands, own, strict=True):
            if context is not None and not context_query.evaluate(doc).matched:
                continue
            result = query.evaluate(doc)
            if result.matched:
                context_terms = context_query.evaluate(doc).terms if context else frozenset()
                expected.append((d.id, result.terms | context_terms))
        got = [(m.demand_id, frozenset(m.terms)) for m in matcher.match(title, text)]
        assert got == expected
        matched += len(got)
    assert matched > 1000


def test_share_makes_one_node_of_equal_subqueries() -> None:
    first, second = share(
        [
            compile_query("(Syria OR Damascus) AND veto"),
            compile_query("arms AND (Syria OR Damascus)"),
        ]
    )
    left = first.root.children[0]  # type: ignore[attr-defined]
    right = second.root.children[1]  # type: ignore[attr-defined]
    assert isinstance(left, Shared)
    assert left is right
    doc = Document("Syria", "arms")
    assert second.evaluate(doc).terms == frozenset({"arms", "Syria"})
    assert first.evaluate(doc).matched is False


def test_share_frees_the_trees_it_was_given_without_the_cycle_collector() -> None:
    # The trees given to share are copied where they hold shared parts: once the caller
    # drops them, they must go at once, not wait in a reference cycle for the collector
    # while the service is built on top of them (bench memory_huge).
    queries = [
        compile_query(q) for q in ("(Syria OR Damascus) AND veto", "arms AND (Syria OR Damascus)")
    ]
    given = weakref.ref(queries[0].root.children[0])  # type: ignore[attr-defined]
    gc.disable()
    try:
        shared = share(queries)
        del queries
        assert given() is None
    finally:
        gc.enable()
    assert shared[0].evaluate(Document("Syria", "veto")).matched


def test_one_branch_tuples_are_shared_across_ors_and_read_the_same() -> None:
    a, b = (compile_query(q).root for q in ("Syria OR Damascus", "Yemen OR Sanaa"))
    assert isinstance(a, Or)
    assert isinstance(b, Or)
    assert a._by_word["syria"] is b._by_word["yemen"] == (0,)
    assert a._by_word["damascus"] is b._by_word["sanaa"] == (1,)
    wide = compile_query('Syria OR "Syria talks" OR Syrian').root
    assert isinstance(wide, Or)
    assert wide._by_word["syria"] == (0, 1)


def test_a_prefilter_finds_the_same_terms_with_its_words_remembered_or_forgotten(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Which wildcards a word begins is remembered from item to item; a small bound makes
    # the prefilter start afresh many times. Every answer is a fresh reading's.
    monkeypatch.setattr(matching, "_MAX_REMEMBERED", 40)
    rng = random.Random(11)
    requirements = [compile_query(random_query(rng)).requirements() for _ in range(60)]
    clauses = {term for req in requirements for clause in req for term in clause}
    wildcards = [term[:-1] for term in clauses if term.endswith("*")]
    assert len(wildcards) > 3
    prefilter = Prefilter(requirements)
    vocabulary = [w for text in (random_text(rng, 5, 40) for _ in range(50)) for w in tokens(text)]
    vocabulary += [f"{w}x{i}" for i, w in enumerate(vocabulary)]  # new words keep coming
    beginning = 0
    for _ in range(400):
        words = frozenset(rng.sample(vocabulary, rng.randint(0, 30)))
        expected = set(words & clauses) | {
            f"{prefix}*" for prefix in wildcards for w in words if w.startswith(prefix)
        }
        assert prefilter.present(words) == expected
        assert len(prefilter._memo.seen) <= 40 + 30  # the bound and one item's words
        beginning += any(w.startswith(tuple(wildcards)) for w in words)
    assert beginning > 100


def test_prefilters_reading_an_item_once_choose_as_each_reading_its_own() -> None:
    # The matcher reads an item's index terms once, with the demands' prefilter looking
    # for the contexts' and the veto watch's terms too; each of them picks its own terms
    # out of that reading. Every choice must be the one its own reading makes.
    rng = random.Random(13)
    groups = [
        [compile_query(random_query(rng)).requirements() for _ in range(rng.randint(1, 12))]
        for _ in range(3)
    ]
    others = [Prefilter(requirements) for requirements in groups[1:]]
    first = Prefilter(groups[0], also=others[0].terms | others[1].terms)
    alone = Prefilter(groups[0])
    vocabulary = [w for text in (random_text(rng, 5, 40) for _ in range(50)) for w in tokens(text)]
    chosen = 0
    for _ in range(500):
        words = frozenset(rng.sample(vocabulary, rng.randint(0, 30)))
        present = first.present(words)
        assert first.candidates(words, present) == alone.candidates(words)
        for other in others:
            assert other.candidates(words, present) == other.candidates(words)
            chosen += bool(other.candidates(words))
    assert chosen > 100
