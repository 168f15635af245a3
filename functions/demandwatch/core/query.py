"""The demand query language: what media-monitoring users already write.

    veto* AND (Syria OR Damascus) NOT cricket
    "arms embargo" NEAR/8 Syria
    title:(vetoes OR vetoed) -football

Operators are upper case (``AND``, ``OR``, ``NOT``, ``NEAR/n``); juxtaposition means AND;
``-term`` means NOT term; ``"..."`` is an exact phrase; ``word*`` a suffix wildcard (at
least three letters before the star); ``title:`` scopes a term, phrase or group to the
title. Matching is case- and accent-insensitive and works on whole words in any script.
In German a word also finds the compounds ending in it ("Sanktion*" finds
"Wirtschaftssanktionen"), unless it is quoted ("Waffen" finds no "Chemiewaffen"); a
phrase's words are read as written.

A query is compiled once into a tree of nodes; each node evaluates against a
:class:`Document` (an inverted index of one item's words) and reports the query terms that
fired, which is what an alert shows as "why it matched".
"""

from __future__ import annotations

import re
import sys
from abc import ABC, abstractmethod
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Literal, NamedTuple

from demandwatch.core.language import COMPOUNDING, STEMMED, compound_tails, stem
from demandwatch.core.prepared import Prepared, prepare
from demandwatch.core.text import tokens
from demandwatch.exceptions import QuerySyntaxError

Scope = Literal["any", "title"]
FIELDS: frozenset[str] = frozenset({"title"})
MIN_WILDCARD_PREFIX = 3

# One phantom word between title and text: a phrase never runs from the headline into the
# body, while NEAR still joins a headline word to a nearby body word, as readers do.
_FIELD_GAP = 1
# Lengths of the word heads a document keeps for its wildcards (MIN_WILDCARD_PREFIX and one more).
HEADS = (3, 4)
assert HEADS[0] == MIN_WILDCARD_PREFIX
_HEAD_3, _HEAD_4 = (itemgetter(slice(0, n)) for n in HEADS)


def word_heads(words: Iterable[str]) -> frozenset[str]:
    """The first three and the first four letters of each word (all of a shorter word)."""
    words = tuple(words)
    return frozenset(map(_HEAD_3, words)).union(map(_HEAD_4, words))


class Document:
    """Inverted index of one item: folded word -> sorted positions. Title words come first.

    In a language that inflects (see :mod:`demandwatch.core.language`) the item's words are
    also indexed by stem, and a query word finds every word sharing its stem: "Сирия" finds
    "Сирии", "Beobachter" finds "Beobachtern". ``language`` comes from the feed when it
    states one, else it is detected from the words.
    """

    __slots__ = (
        "_places",
        "_prefix_cache",
        "_sorted_tails",
        "_sorted_words",
        "_source",
        "heads",
        "held",
        "language",
        "memo",
        "stemmed",
        "stems",
        "tail_stems",
        "tails",
        "termed",
        "title_end",
        "words",
    )

    def __init__(self, title: str, text: str = "", language: str | None = None) -> None:
        self._read(prepare(title, text, language, cap=False), None)

    @classmethod
    def of(
        cls,
        prepared: Prepared,
        words: frozenset[str] | None = None,
        readable: AbstractSet[str] | None = None,
        heads: frozenset[str] | None = None,
    ) -> Document:
        """The document of an item already prepared (see :func:`~demandwatch.core.prepared.prepare`);
        ``words`` is its word set where the caller has made it. ``readable``: the item's
        words the queries to be evaluated can read (see :class:`Vocabulary`), where the
        caller knows them; only those are indexed. (Not in an inflecting language, where
        any word of the item may share a query word's stem: all are indexed there.)
        ``heads``: the heads of those that begin a wildcard of the queries, with them
        (:meth:`Vocabulary.read`)."""
        doc = cls.__new__(cls)
        if prepared.language in STEMMED:
            readable = heads = None
        doc._read(prepared, words, readable, heads)
        return doc

    def _read(
        self,
        prepared: Prepared,
        words: frozenset[str] | None,
        readable: AbstractSet[str] | None = None,
        heads: frozenset[str] | None = None,
    ) -> None:
        self.title_end = len(prepared.title_words)
        if words is not None and readable is not None and heads is not None:
            # Where the item's words, readable words and heads are known, the places of its
            # words are listed at their first use: most items the index lets through are
            # told apart by which words they contain (a group's requirements, see _closed),
            # and their places are never asked.
            self._source: tuple[Prepared, AbstractSet[str]] | None = (prepared, readable)
            self._places: dict[str, list[int]] | None = None
        else:
            self._source = None
            self._places = self._positions(prepared, readable)
        self.words = frozenset(self.positions) if words is None else words
        lang = prepared.language
        # A German compound's tails (see compound_tails), at the compound's places: read by
        # a query's one-word terms only (see word_positions). None where nothing compounds.
        self.tails: dict[str, list[int]] | None = None
        self.tail_stems: dict[str, list[int]] | None = None
        if lang in COMPOUNDING:
            self.tails = _tails(self.positions)
        # The first three and four letters of every word: a wildcard whose head is absent
        # cannot match, and a set lookup says so without searching the sorted words. (Of
        # the readable words only, where they are known: a word beginning no wildcard of
        # any query cannot make one match, nor a word beginning none: where the caller
        # knows those, it gives their heads.)
        if heads is None:
            heads = word_heads(self.words if readable is None else readable)
            if self.tails:
                heads = heads.union(word_heads(self.tails))
        self.heads = heads
        self._prefix_cache: dict[str, list[int]] = {}
        # Results of the subqueries several demands share (see :func:`share`), by number.
        self.memo: dict[int, Result] = {}
        # Whether they hold, for those read under NOT only (see Node.holds).
        self.held: dict[int, bool] = {}
        # Their terms, for those read outside NEAR only (see Node.terms).
        self.termed: dict[int, frozenset[str] | None] = {}
        self._sorted_words: list[str] | None = None
        self._sorted_tails: list[str] | None = None
        self.language: str = lang
        self.stemmed = lang in STEMMED
        # Stem -> sorted positions, only for inflecting languages (None: match words as is).
        self.stems: dict[str, list[int]] | None = None
        if self.stemmed:
            self.stems = _by_stem(self.positions, lang)
            if self.tails:
                self.tail_stems = _by_stem(self.tails, lang)

    def _positions(
        self, prepared: Prepared, readable: AbstractSet[str] | None
    ) -> dict[str, list[int]]:
        positions: dict[str, list[int]] = {}
        get = positions.get
        offset = self.title_end + _FIELD_GAP
        for start, found_words in ((0, prepared.title_words), (offset, prepared.text_words)):
            if readable is None:
                for pos, word in enumerate(found_words, start):
                    found = get(word)
                    if found is None:
                        positions[word] = [pos]
                    else:
                        found.append(pos)
            else:
                # Most of an item's words are in no query: their places are never asked.
                for pos, word in enumerate(found_words, start):
                    if word in readable:
                        found = get(word)
                        if found is None:
                            positions[word] = [pos]
                        else:
                            found.append(pos)
        return positions

    @property
    def positions(self) -> dict[str, list[int]]:
        """Folded word -> its sorted positions. Listed at the first use where the item's
        words were known without them (see _read). (A property, not ``__getattr__``: a
        class with ``__getattr__`` has every attribute read through that hook, unspecialised
        by the interpreter, and the queries read a document's words, heads and memo some
        two hundred times an item.)"""
        found = self._places
        if found is None:
            assert self._source is not None
            prepared, readable = self._source
            self._source = None
            found = self._places = self._positions(prepared, readable)
        return found

    def word_positions(self, word: str, scope: Scope, *, alone: bool = False) -> list[int]:
        """Where ``word`` occurs (or a word sharing its stem). ``alone``: the word is a
        term of its own, not a phrase's, and a German compound ending in it counts too (a
        tail never continues a phrase: "Internationaler Strafgerichtshof" is not the
        "Internationaler Gerichtshof")."""
        if self.stems is not None:
            key = stem(word, self.language)
            found = self.stems.get(key, [])
            if alone and self.tail_stems is not None:
                found = _merged(found, self.tail_stems.get(key))
        else:
            found = self.positions.get(word, [])
        return found if scope == "any" else found[: bisect_left(found, self.title_end)]

    def prefix_positions(self, prefix: str, scope: Scope, *, alone: bool = False) -> list[int]:
        """Where a word beginning ``prefix`` occurs; ``alone`` as for :meth:`word_positions`."""
        found = self._prefix_cache.get(prefix)
        if found is None:
            # Words sharing a prefix are adjacent in sorted order: a binary search finds the
            # first, instead of testing every word of the item for every wildcard.
            ordered = self._sorted_words
            if ordered is None:
                ordered = self._sorted_words = sorted(self.positions)
            found = _beginning(ordered, prefix, self.positions)
            self._prefix_cache[prefix] = found
        if alone and self.tails:
            tails = self._sorted_tails
            if tails is None:
                tails = self._sorted_tails = sorted(self.tails)
            found = _merged(found, _beginning(tails, prefix, self.tails))
        return found if scope == "any" else found[: bisect_left(found, self.title_end)]


def _by_stem(places: dict[str, list[int]], language: str) -> dict[str, list[int]]:
    """Stem -> the sorted places of the words sharing it."""
    by_stem: dict[str, list[int]] = {}
    for word, found in places.items():
        by_stem.setdefault(stem(word, language), []).extend(found)
    for found in by_stem.values():
        found.sort()
    return by_stem


def _tails(places: dict[str, list[int]]) -> dict[str, list[int]]:
    """Each German compound's tails (see compound_tails) -> the compound's places."""
    tails: dict[str, list[int]] = {}
    for word, found in places.items():
        for tail in compound_tails(word):
            tails.setdefault(tail, []).extend(found)
    for found in tails.values():
        found.sort()
    return tails


def _beginning(ordered: list[str], prefix: str, places: dict[str, list[int]]) -> list[int]:
    """The sorted places of the words of ``ordered`` (sorted) that begin ``prefix``."""
    merged: list[int] = []
    i = bisect_left(ordered, prefix)
    while i < len(ordered) and ordered[i].startswith(prefix):
        merged.extend(places[ordered[i]])
        i += 1
    return sorted(merged)


def _merged(found: list[int], more: list[int] | None) -> list[int]:
    """``found`` and ``more`` as one sorted list, each place once."""
    if not more:
        return found
    return sorted(set(found).union(more))


class Vocabulary:
    """The words of an item that a set of queries can read: their words, and the words
    beginning one of their wildcards (an item's other words are never looked up).

    An item's document indexes only these (see :meth:`Document.of`): most of a news
    item's words are in no demand, and indexing them was most of building its document.
    Which wildcards a word begins is worked out at its first item and remembered.
    """

    def __init__(self, queries: Iterable[Query]) -> None:
        words: set[str] = set()
        prefixes: set[str] = set()
        for query in queries:
            _leaf_words(query.root, words, prefixes)
        self._words = frozenset(words)
        self._head = min(map(len, prefixes), default=MIN_WILDCARD_PREFIX)
        grouped: dict[str, list[str]] = {}
        for prefix in prefixes:
            grouped.setdefault(prefix[: self._head], []).append(prefix)
        self._prefixes = {head: tuple(found) for head, found in grouped.items()}
        self._seen: set[str] = set()
        self._beginning: set[str] = set()

    def readable(self, words: frozenset[str]) -> frozenset[str]:
        """Of ``words``, those a query reads: its own words and those beginning a wildcard."""
        return self.read(words)[0]

    def read(self, words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
        """:meth:`readable`, and the heads (see :func:`word_heads`) of those beginning a
        wildcard: a wildcard's head is looked up only to find the words beginning it (see
        :meth:`Or._candidates`), and those of the item's other words were most of building
        its document."""
        found = words & self._words
        if not self._prefixes:
            return found, _NO_WORDS
        if len(self._seen) > _MAX_WORDS_REMEMBERED:
            # (afresh: a hostile stream of made-up words cannot grow it without bound)
            self._seen, self._beginning = set(), set()
        new = words - self._seen
        if new:
            get, head = self._prefixes.get, self._head
            for word in new:
                if any(word.startswith(prefix) for prefix in get(word[:head], ())):
                    self._beginning.add(word)
            self._seen |= new
        beginning = words.intersection(self._beginning)
        return found.union(beginning), word_heads(beginning)


_MAX_WORDS_REMEMBERED = 200_000


def _leaf_words(node: Node, words: set[str], prefixes: set[str]) -> None:
    """Add the words ``node``'s leaves read to ``words``, its wildcards to ``prefixes``."""
    if isinstance(node, Shared):
        _leaf_words(node.node, words, prefixes)
    elif isinstance(node, Phrase):
        if node.wildcard:
            words.update(node.words[:-1])
            prefixes.add(node.words[-1])
        else:
            words.update(node.words)
    else:
        for child in _children(node):
            _leaf_words(child, words, prefixes)


Span = tuple[int, int]  # first and last word position of one occurrence


class Result(NamedTuple):
    # (A named tuple, not a frozen dataclass: an item's evaluation makes some forty, and
    # a tuple is made in a quarter of the time a frozen dataclass's __init__ takes.)
    matched: bool
    terms: frozenset[str] = frozenset()
    spans: tuple[Span, ...] = ()


_NO = Result(False)
_HOLDS = Result(True)


class Node(ABC):
    """A compiled query node."""

    # Nodes keep their fields in slots, not a dict each: the shipped demands' trees hold
    # some 7,000 nodes, all alive for the whole run (bench memory_huge).
    __slots__ = ()

    @abstractmethod
    def evaluate(self, doc: Document) -> Result:
        """Whether the node holds for ``doc``, the terms that fired, and where."""

    def holds(self, doc: Document) -> bool:
        """``evaluate(doc).matched``, without collecting terms and places where a node can
        answer sooner: under NOT only whether a node holds matters, and the shipped
        demands' exclusions are over half of their trees."""
        return self.evaluate(doc).matched

    def terms(self, doc: Document) -> frozenset[str] | None:
        """``evaluate(doc).terms`` if it matched, else None, without the places where a node
        can leave them out: only NEAR reads where its sides occur, and a demand or a context
        is asked for its terms alone (the why line), so outside NEAR no span is collected."""
        result = self.evaluate(doc)
        return result.terms if result.matched else None

    def requirements(self) -> tuple[frozenset[str], ...]:
        """Necessary conditions of a match, for prefilters: each clause is a set of terms one
        of which must be among the item's words (``veto*`` stands for any word beginning
        with ``veto``). No clause means nothing is known: the node must be evaluated."""
        return ()

    def positive_terms(self) -> Iterable[str]:
        """Literal words one of which must occur for the node to match, or () if unknown."""
        clauses = self.requirements()
        return narrowest(clauses) if clauses else ()


def narrowest(clauses: Iterable[frozenset[str]]) -> frozenset[str]:
    """The clause likely to rule out most items: fewest terms, then the longest term."""
    return min(clauses, key=lambda c: (len(c), -max(map(len, c))))


_NO_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Phrase(Node):
    """One word, a run of words, or a wildcard: the leaves of a query."""

    label: str
    words: tuple[str, ...]
    scope: Scope = "any"
    wildcard: bool = False
    _rest: frozenset[str] = field(init=False, repr=False, compare=False)
    # Read at every evaluation (the commonest node): one plain word, one word.
    _plain: bool = field(init=False, repr=False, compare=False)
    _one: bool = field(init=False, repr=False, compare=False)
    # A word of its own, not in quotes: a German compound ending in it counts too (see
    # Document.word_positions). A quoted word is read as written.
    _alone: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # (one empty set for every one-word leaf: a frozenset each weighed 0.9 MB over the
        # shipped demands)
        rest = frozenset(self.words[1:]) if len(self.words) > 1 else _NO_WORDS
        object.__setattr__(self, "_rest", rest)
        object.__setattr__(self, "_one", len(self.words) == 1)
        object.__setattr__(self, "_plain", self._one and not self.wildcard)
        quoted = self.label.startswith(('"', 'title:"'))
        object.__setattr__(self, "_alone", self._one and not quoted)

    def _leaf_positions(self, index: int, doc: Document) -> list[int]:
        word = self.words[index]
        if self.wildcard and index == len(self.words) - 1:
            return doc.prefix_positions(word, self.scope, alone=self._alone)
        return doc.word_positions(word, self.scope, alone=self._alone)

    def requirements(self) -> tuple[frozenset[str], ...]:
        # Every word of a phrase occurs (in the title, for title: scope, so anywhere too).
        last = len(self.words) - 1
        return tuple(
            frozenset({f"{w}*" if self.wildcard and i == last else w})
            for i, w in enumerate(self.words)
        )

    def evaluate(self, doc: Document) -> Result:
        if self._plain and not doc.stemmed:
            # The commonest leaf, one plain word: looked up without the general path.
            starts = doc.positions.get(self.words[0])
            if starts is None:
                return _NO
            if self.scope != "any":
                starts = starts[: bisect_left(starts, doc.title_end)]
        else:
            starts = self._leaf_positions(0, doc)
        if not starts:
            return _NO
        if self._one:
            return Result(True, frozenset((self.label,)), tuple(zip(starts, starts, strict=True)))
        if not doc.stemmed and not self.wildcard and not self._rest <= doc.words:
            return _NO  # a later word of the phrase is missing: no position sets to build
        following = [set(self._leaf_positions(i, doc)) for i in range(1, len(self.words))]
        if len(following) == 1:
            # (most phrases are two words: no generator per start to test one set)
            (later,) = following
            spans = tuple((p, p + 1) for p in starts if p + 1 in later)
        else:
            spans = tuple(
                (p, p + len(following))
                for p in starts
                if all(p + i + 1 in later for i, later in enumerate(following))
            )
        if not spans:
            return _NO
        return Result(True, frozenset((self.label,)), spans)

    def terms(self, doc: Document) -> frozenset[str] | None:
        if not doc.stemmed:
            # (which words an item has answers before where they are: see Document)
            if self._plain:
                if self.scope == "any":
                    return frozenset((self.label,)) if self.words[0] in doc.words else None
                starts = doc.positions.get(self.words[0])
                if starts is None or starts[0] >= doc.title_end:
                    return None
                return frozenset((self.label,))
            if not self.wildcard and not (self.words[0] in doc.words and self._rest <= doc.words):
                return None
        if self._one:
            return frozenset((self.label,)) if self._leaf_positions(0, doc) else None
        return self.evaluate(doc).terms or None  # (a phrase that matched has its label)

    def holds(self, doc: Document) -> bool:
        if self._plain and not doc.stemmed:
            if self.scope == "any":
                return self.words[0] in doc.words
            starts = doc.positions.get(self.words[0])
            return starts is not None and starts[0] < doc.title_end
        return self.evaluate(doc).matched


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Or(Node):
    children: tuple[Node, ...]
    # Which children can match at all, looked up from the item's words instead of asking
    # every child: most branches are plain words or wildcards an item lacks. A child needs
    # its first word (a phrase), or a word with its head (a wildcard), or nothing known.
    _by_word: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _by_head: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _always: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _word_keys: frozenset[str] = field(init=False, repr=False, compare=False)
    _head_keys: frozenset[str] = field(init=False, repr=False, compare=False)
    _all_words: tuple[int, ...] = field(init=False, repr=False, compare=False)
    # Each branch's word where it is one plain word read anywhere (else None), and its
    # label: such a branch is looked up here, without a call and a result of its own.
    _plain: tuple[str | None, ...] = field(init=False, repr=False, compare=False)
    _labels: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_word: dict[str, list[int]] = {}
        by_head: dict[str, list[int]] = {}
        always: list[int] = []
        for i, shared_or_not in enumerate(self.children):
            # A shared leaf is looked up by its words as the leaf itself would be.
            child = shared_or_not.node if isinstance(shared_or_not, Shared) else shared_or_not
            if isinstance(child, Phrase) and child.wildcard and len(child.words) == 1:
                by_head.setdefault(child.words[0][: HEADS[-1]], []).append(i)
            elif isinstance(child, Phrase):
                by_word.setdefault(child.words[0], []).append(i)
            elif clauses := child.requirements():
                # A group (NEAR, AND) cannot match unless one of the terms of its narrowest
                # clause occurs: it is looked up by those terms, like a leaf by its word.
                for term in narrowest(clauses):
                    if term.endswith("*"):
                        by_head.setdefault(term[:-1][: HEADS[-1]], []).append(i)
                    else:
                        by_word.setdefault(term, []).append(i)
            else:
                always.append(i)
        # A group listed under several of its terms is one candidate (the lists are merged
        # as sets when read); under one head (two wildcards sharing it), once.
        object.__setattr__(self, "_by_word", {k: _branches(v) for k, v in by_word.items()})
        object.__setattr__(self, "_by_head", {k: _branches(v) for k, v in by_head.items()})
        object.__setattr__(self, "_always", tuple(always))
        object.__setattr__(self, "_word_keys", frozenset(by_word))
        object.__setattr__(self, "_head_keys", frozenset(by_head))
        object.__setattr__(
            self, "_all_words", tuple(sorted({i for v in by_word.values() for i in v}))
        )
        leaves = [c.node if isinstance(c, Shared) else c for c in self.children]
        object.__setattr__(
            self,
            "_plain",
            tuple(
                c.words[0] if isinstance(c, Phrase) and c._plain and c.scope == "any" else None
                for c in leaves
            ),
        )
        object.__setattr__(
            self, "_labels", tuple(c.label if isinstance(c, Phrase) else "" for c in leaves)
        )

    def _candidates(self, doc: Document) -> Sequence[int]:
        """The branches that can match ``doc``, in order."""
        if doc.stemmed:
            # In an inflected item a branch's first word may occur in another form.
            chosen = set(self._always)
            chosen.update(self._all_words)
            for head in self._head_keys & doc.heads:
                chosen.update(self._by_head[head])
            return sorted(chosen)
        # (Each table met with its own side of the item: a set intersection reads the
        # smaller set, and an OR of hundreds of words meets the item's words, not its
        # words and heads together.)
        words = self._word_keys.intersection(doc.words) if self._word_keys else ()
        heads = self._head_keys.intersection(doc.heads) if self._head_keys else ()
        found = len(words) + len(heads)
        if not found:
            return self._always
        if found == 1 and not self._always:
            # (the commonest case: one word or head, whose branches are listed in order)
            for word in words:
                return self._by_word[word]
            for head in heads:
                return self._by_head[head]
        chosen = set(self._always)
        for word in words:
            chosen.update(self._by_word[word])
        for head in heads:
            chosen.update(self._by_head[head])
        return sorted(chosen)

    def requirements(self) -> tuple[frozenset[str], ...]:
        # One branch must match: one clause of each branch, joined, must hold.
        chosen = []
        for child in self.children:
            clauses = child.requirements()
            if not clauses:
                return ()
            chosen.append(narrowest(clauses))
        return (frozenset().union(*chosen),)

    def evaluate(self, doc: Document) -> Result:
        # Every branch that can match is evaluated, not just the first true one: the alert
        # lists all terms.
        children = self.children
        candidates = self._candidates(doc)
        if len(candidates) == 1:
            # (most often one branch can: its answer is the OR's)
            result = children[candidates[0]].evaluate(doc)
            return result if result.matched else _NO
        plain = None if doc.stemmed else self._plain
        positions = doc.positions
        matched = False
        terms: list[str] = []
        spans: list[Span] = []
        for i in candidates:
            word = None if plain is None else plain[i]
            if word is not None:
                starts = positions.get(word)
                if starts:
                    matched = True
                    terms.append(self._labels[i])
                    spans.extend(zip(starts, starts, strict=True))
                continue
            result = children[i].evaluate(doc)
            if result.matched:
                matched = True
                terms.extend(result.terms)
                spans.extend(result.spans)
        if not matched:
            return _NO
        return Result(True, frozenset(terms), tuple(spans))

    def terms(self, doc: Document) -> frozenset[str] | None:
        # (evaluate without the places)
        children = self.children
        candidates = self._candidates(doc)
        if len(candidates) == 1:
            return children[candidates[0]].terms(doc)
        plain = None if doc.stemmed else self._plain
        words = doc.words
        matched = False
        terms: list[str] = []
        for i in candidates:
            word = None if plain is None else plain[i]
            if word is not None:
                if word in words:
                    matched = True
                    terms.append(self._labels[i])
                continue
            found = children[i].terms(doc)
            if found is not None:
                matched = True
                terms.extend(found)
        return frozenset(terms) if matched else None

    def holds(self, doc: Document) -> bool:
        children = self.children
        if not doc.stemmed:
            plain, words = self._plain, doc.words
            for i in self._candidates(doc):
                word = plain[i]
                if word is not None:
                    if word in words:
                        return True
                elif children[i].holds(doc):
                    return True
            return False
        return any(children[i].holds(doc) for i in self._candidates(doc))


def _branches(found: list[int]) -> tuple[int, ...]:
    """``found`` once each, in order; a single branch as one shared tuple per number."""
    if len(found) == 1:
        (i,) = found
        one = _ONE_BRANCH.get(i)
        if one is None:
            one = _ONE_BRANCH[i] = (i,)
        return one
    return tuple(dict.fromkeys(found))


# Most words and heads of an OR lead to one branch: the shipped demands' ORs held some
# 7,000 tuples of one number, equal to another (bench memory_huge). Bounded by the widest
# OR of any query compiled.
_ONE_BRANCH: dict[int, tuple[int]] = {}


# A group's requirements as an item's words and heads meet them: for each clause, its words
# and the heads of its wildcards (see Or: a wildcard's word has its head).
_Gate = tuple[tuple[frozenset[str], frozenset[str]], ...]


def _gate_of(node: Node) -> _Gate:
    clauses = dict.fromkeys(node.requirements())
    return tuple(_GATE_SETS.setdefault(clause, _gate_sets(clause)) for clause in clauses if clause)


def _gate_sets(clause: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(t for t in clause if not t.endswith("*")),
        frozenset(t[:-1][: HEADS[-1]] for t in clause if t.endswith("*")),
    )


# One pair of sets per distinct clause: the demands repeat their groups' words.
_GATE_SETS: dict[frozenset[str], tuple[frozenset[str], frozenset[str]]] = {}


def _closed(gate: _Gate, doc: Document) -> bool:
    """Whether ``doc`` fails a clause of ``gate``: the group cannot match it. (Not read in
    an inflecting language, where a word may occur in another form.)"""
    if doc.stemmed:
        return False
    words, heads = doc.words, doc.heads
    for clause_words, clause_heads in gate:
        if clause_words.isdisjoint(words) and clause_heads.isdisjoint(heads):
            return True
    return False


@dataclass(frozen=True, slots=True, weakref_slot=True)
class And(Node):
    children: tuple[Node, ...]
    # Its requirements (see _closed), read at its first evaluation: most groups need words
    # an item lacks, and say so without asking their parts.
    _gate: _Gate | None = field(default=None, init=False, repr=False, compare=False)

    def requirements(self) -> tuple[frozenset[str], ...]:
        return tuple(c for child in self.children for c in child.requirements())

    def _shut(self, doc: Document) -> bool:
        gate = self._gate
        if gate is None:
            gate = _gate_of(self)
            object.__setattr__(self, "_gate", gate)
        return _closed(gate, doc)

    def evaluate(self, doc: Document) -> Result:
        if self._shut(doc):
            return _NO
        terms: set[str] = set()
        spans: list[Span] = []
        for child in self.children:
            result = child.evaluate(doc)
            if not result.matched:
                return _NO
            terms |= result.terms
            spans.extend(result.spans)
        # Inside NEAR, an AND group stands where its positive parts occur.
        return Result(True, frozenset(terms), tuple(spans))

    def terms(self, doc: Document) -> frozenset[str] | None:
        if self._shut(doc):
            return None
        terms: set[str] = set()
        for child in self.children:
            found = child.terms(doc)
            if found is None:
                return None
            terms |= found
        return frozenset(terms)

    def holds(self, doc: Document) -> bool:
        return not self._shut(doc) and all(child.holds(doc) for child in self.children)


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Not(Node):
    child: Node

    def evaluate(self, doc: Document) -> Result:
        # A negation that holds contributes no "why" terms: absence is not a reason.
        return _NO if self.child.holds(doc) else _HOLDS

    def terms(self, doc: Document) -> frozenset[str] | None:
        return None if self.child.holds(doc) else _NO_WORDS

    def holds(self, doc: Document) -> bool:
        return not self.child.holds(doc)


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Near(Node):
    """Both sides occur with at most ``distance`` words between them, in either order."""

    left: Node
    right: Node
    distance: int
    # (as And's)
    _gate: _Gate | None = field(default=None, init=False, repr=False, compare=False)

    def requirements(self) -> tuple[frozenset[str], ...]:
        return self.left.requirements() + self.right.requirements()

    def evaluate(self, doc: Document) -> Result:
        gate = self._gate
        if gate is None:
            gate = _gate_of(self)
            object.__setattr__(self, "_gate", gate)
        if _closed(gate, doc):
            return _NO
        left = self.left.evaluate(doc)
        if not left.matched:
            return _NO
        right = self.right.evaluate(doc)
        if not right.matched:
            return _NO
        spans = near_spans(left.spans, right.spans, self.distance)
        if not spans:
            return _NO
        return Result(True, left.terms | right.terms, spans)


def near_spans(left: Sequence[Span], right: Sequence[Span], distance: int) -> tuple[Span, ...]:
    """Occurrences of ``left`` and ``right`` at most ``distance`` words apart, joined.

    Each occurrence is paired with the nearest occurrence of the other side before it and
    after it, found in one sweep over both sides in order: linear in the positions (after
    sorting), where pairing every occurrence with every other was quadratic and a long
    text full of "Syria" took seconds. The nearest partner is the one that makes the
    tightest joined span, which is the one an enclosing NEAR can use.
    """
    if not left or not right:
        return ()
    out: dict[Span, None] = {}
    # (each side sorted once: a long text's sides hold hundreds of places)
    left, right = sorted(left), sorted(right)
    for ones, ordered in ((left, right), (right, left)):
        count = len(ordered)
        j = 0
        # The other with the latest end among those starting at or before the span (its
        # start is then never after the span's); None until there is one.
        before: Span | None = None
        for start, end in ones:
            while j < count:
                other = ordered[j]
                if other[0] > start:
                    break
                if before is None or other[1] > before[1]:
                    before = other
                j += 1
            if before is not None and start - before[1] - 1 <= distance:
                out[(before[0], end if end > before[1] else before[1])] = None
            if j < count:
                after = ordered[j]  # starts after the span starts
                if after[0] - end - 1 <= distance:
                    out[(start, end if end > after[1] else after[1])] = None
    return tuple(out)


@dataclass(frozen=True)
class Query:
    """A compiled query: the source text and its tree."""

    text: str
    root: Node
    fields: frozenset[str] = field(default=frozenset())

    def evaluate(self, doc: Document) -> Result:
        return self.root.evaluate(doc)

    def terms(self, doc: Document) -> frozenset[str] | None:
        """The terms that fired if the query matches ``doc``, else None (see Node.terms)."""
        return self.root.terms(doc)

    def requirements(self) -> tuple[frozenset[str], ...]:
        return self.root.requirements()


class Shared(Node):
    """A subquery several demands contain, evaluated once per document.

    Demands written from one vocabulary repeat whole branches (the same places, the same
    exclusions): an item is asked each once, and every demand reads the same result.
    """

    __slots__ = ("key", "node")

    def __init__(self, node: Node, key: int) -> None:
        self.node = node
        self.key = key

    def __repr__(self) -> str:
        return f"Shared({self.node!r})"

    def requirements(self) -> tuple[frozenset[str], ...]:
        return self.node.requirements()

    def evaluate(self, doc: Document) -> Result:
        memo = doc.memo
        found = memo.get(self.key)
        if found is None:
            found = memo[self.key] = self.node.evaluate(doc)
        return found

    def terms(self, doc: Document) -> frozenset[str] | None:
        found = doc.memo.get(self.key)
        if found is not None:
            return found.terms if found.matched else None
        termed = doc.termed
        if self.key in termed:
            return termed[self.key]
        terms = termed[self.key] = self.node.terms(doc)
        return terms

    def holds(self, doc: Document) -> bool:
        # A full result already read answers; else whether it holds is kept apart (a
        # later evaluate still reads the terms).
        found = doc.memo.get(self.key)
        if found is not None:
            return found.matched
        if self.key in doc.termed:
            return doc.termed[self.key] is not None
        holds = doc.held.get(self.key)
        if holds is None:
            holds = doc.held[self.key] = self.node.holds(doc)
        return holds


def share(queries: Sequence[Query]) -> list[Query]:
    """``queries`` with every subquery that occurs more than once (within or across them)
    made one :class:`Shared` node, so a document evaluates it once. Results are the same:
    equal subqueries give equal results on any document."""
    seen: dict[object, Node] = {}
    uses: dict[object, int] = {}
    keys: dict[int, object] = {}  # by id(node): every node stays alive meanwhile

    def key_of(node: Node) -> object:
        found = keys.get(id(node))
        if found is None:
            found = keys[id(node)] = make_key(node)
        return found

    def make_key(node: Node) -> object:
        # Children are canonical (one object per distinct subquery) before their parent
        # is keyed, so a key costs its own fields, not its subtree.
        if isinstance(node, Phrase):
            return (Phrase, node.label, node.words, node.scope, node.wildcard)
        if isinstance(node, Or | And):
            return (type(node), tuple(id(canonical(c)) for c in node.children))
        if isinstance(node, Not):
            return (Not, id(canonical(node.child)))
        if isinstance(node, Near):
            return (Near, id(canonical(node.left)), id(canonical(node.right)), node.distance)
        return (type(node), id(node))

    def canonical(node: Node) -> Node:
        key = key_of(node)
        return seen.setdefault(key, node)

    def count(node: Node) -> None:
        key = key_of(node)
        uses[key] = uses.get(key, 0) + 1
        if uses[key] > 1:
            return  # its parts are counted once per distinct subquery
        for child in _children(node):
            count(child)

    for query in queries:
        count(query.root)
    built: dict[object, Node] = {}

    def rebuild(node: Node) -> Node:
        key = key_of(node)
        found = built.get(key)
        if found is not None:
            return found
        new: Node
        if isinstance(node, Or | And):
            new = type(node)(tuple(rebuild(c) for c in node.children))
        elif isinstance(node, Not):
            new = Not(rebuild(node.child))
        elif isinstance(node, Near):
            new = Near(rebuild(node.left), rebuild(node.right), node.distance)
        else:
            new = node
        if uses.get(key, 0) > 1:
            new = Shared(new, len(built))
        built[key] = new
        return new

    out = [Query(q.text, rebuild(q.root), q.fields) for q in queries]
    # The helpers above reach themselves through their closure: a reference cycle that kept
    # these tables, and through them every node of the trees given (as large again as the
    # matcher), until the cycle collector next ran; meanwhile the service was built on top
    # of them and the allocator kept their arenas (bench memory_huge: 102.7 -> 100 MB).
    keys.clear()
    seen.clear()
    uses.clear()
    built.clear()
    return out


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, Or | And):
        return node.children
    if isinstance(node, Not):
        return (node.child,)
    if isinstance(node, Near):
        return (node.left, node.right)
    return ()


# ---------------------------------------------------------------------------- parsing

_TokenKind = Literal["LPAREN", "RPAREN", "AND", "OR", "NOT", "NEAR", "PHRASE", "TERM", "FIELD"]


@dataclass(frozen=True)
class _Token:
    kind: _TokenKind
    value: str
    pos: int


_NEAR = re.compile(r"NEAR/(\d+)")
_BARE = re.compile(r"[^\s()\"]+")


def _lex(query: str) -> list[_Token]:
    out: list[_Token] = []
    i = 0
    n = len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch == "(":
            out.append(_Token("LPAREN", ch, i))
            i += 1
        elif ch == ")":
            out.append(_Token("RPAREN", ch, i))
            i += 1
        elif ch == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QuerySyntaxError("unterminated phrase (missing closing quote)", query, i)
            out.append(_Token("PHRASE", query[i + 1 : end], i))
            i = end + 1
        elif ch == "-" and i + 1 < n and not query[i + 1].isspace():
            out.append(_Token("NOT", "-", i))
            i += 1
        else:
            m = _BARE.match(query, i)
            assert m is not None  # the character is neither space, paren nor quote
            word = m.group()
            if word.endswith(":") or (":" in word and word.split(":", 1)[0].isalpha()):
                name = word.partition(":")[0]
                if name.lower() not in FIELDS:
                    raise QuerySyntaxError(
                        f"unknown field {name!r} (known: {', '.join(sorted(FIELDS))})", query, i
                    )
                out.append(_Token("FIELD", name.lower(), i))
                i += len(name) + 1
                continue
            if word in ("AND", "OR", "NOT"):
                out.append(_Token(word, word, i))  # type: ignore[arg-type]
            elif word.startswith("NEAR"):
                near = _NEAR.fullmatch(word)
                if near is None:
                    raise QuerySyntaxError("NEAR needs a distance, as in NEAR/5", query, i)
                out.append(_Token("NEAR", near.group(1), i))
            else:
                out.append(_Token("TERM", word, i))
            i = m.end()
    return out


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.toks = _lex(query)
        self.i = 0
        self.fields: set[str] = set()

    def error(self, message: str, pos: int | None = None) -> QuerySyntaxError:
        if pos is None:
            pos = self.toks[self.i].pos if self.i < len(self.toks) else len(self.query)
        return QuerySyntaxError(message, self.query, pos)

    def peek(self) -> _Token | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def parse(self) -> Node:
        if not self.toks:
            raise self.error("empty query", 0)
        node = self.or_expr("any")
        tok = self.peek()
        if tok is not None:
            if tok.kind == "RPAREN":
                raise self.error("unmatched closing parenthesis")
            raise self.error(f"unexpected {tok.value!r}")
        if not _has_positive(node):
            raise self.error("a query needs at least one term that is not negated", 0)
        return node

    def or_expr(self, scope: Scope) -> Node:
        children = [self.and_expr(scope)]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.i += 1
            children.append(self.and_expr(scope))
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self, scope: Scope) -> Node:
        children = [self.not_expr(scope)]
        while (tok := self.peek()) is not None and tok.kind not in ("OR", "RPAREN"):
            if tok.kind == "AND":
                self.i += 1
            children.append(self.not_expr(scope))
        return children[0] if len(children) == 1 else And(tuple(children))

    def not_expr(self, scope: Scope) -> Node:
        tok = self.peek()
        if tok is not None and tok.kind == "NOT":
            self.i += 1
            return Not(self.not_expr(scope))
        return self.near_expr(scope)

    def near_expr(self, scope: Scope) -> Node:
        node = self.primary(scope)
        while (tok := self.peek()) is not None and tok.kind == "NEAR":
            self.i += 1
            right = self.primary(scope)
            for side in (node, right):
                if not _has_positive(side):
                    raise self.error("NEAR needs a term on each side, not only NOT", tok.pos)
            node = Near(node, right, int(tok.value))
        return node

    def primary(self, scope: Scope) -> Node:
        tok = self.peek()
        if tok is None:
            raise self.error("query ends where a term was expected")
        if tok.kind == "LPAREN":
            self.i += 1
            if (nxt := self.peek()) is not None and nxt.kind == "RPAREN":
                raise self.error("empty parentheses")
            node = self.or_expr(scope)
            close = self.peek()
            if close is None or close.kind != "RPAREN":
                raise self.error("missing closing parenthesis", tok.pos)
            self.i += 1
            return node
        if tok.kind == "FIELD":
            self.i += 1
            self.fields.add(tok.value)
            return self.primary("title")
        if tok.kind in ("PHRASE", "TERM"):
            self.i += 1
            return self.leaf(tok, scope)
        # A NEAR token's value is its distance; show the operator as the user wrote it.
        shown = f"NEAR/{tok.value}" if tok.kind == "NEAR" else tok.value
        raise self.error(f"{shown!r} where a term was expected")

    def leaf(self, tok: _Token, scope: Scope) -> Phrase:
        raw = tok.value
        wildcard = raw.endswith("*")
        body = raw[:-1] if wildcard else raw
        if "*" in body:
            raise self.error("a wildcard '*' may only end a word", tok.pos)
        # (Interned: the demands repeat their words across leaves and queries.)
        words = tuple(map(sys.intern, tokens(body)))
        if not words:
            raise self.error(f"{raw!r} contains no word characters", tok.pos)
        if wildcard and len(words[-1]) < MIN_WILDCARD_PREFIX:
            raise self.error(
                f"a wildcard needs at least {MIN_WILDCARD_PREFIX} letters before '*'", tok.pos
            )
        label = f'"{raw}"' if tok.kind == "PHRASE" else raw
        if scope == "title":
            label = f"title:{label}"
        return Phrase(label=label, words=words, scope=scope, wildcard=wildcard)


def _has_positive(node: Node) -> bool:
    if isinstance(node, Phrase):
        return True
    if isinstance(node, Not):
        return False
    if isinstance(node, Near):
        return True
    if isinstance(node, And | Or):
        return any(_has_positive(c) for c in node.children)
    return False


def compile_query(text: str) -> Query:
    """Parse ``text`` into a :class:`Query`; raise :class:`QuerySyntaxError` with the position."""
    parser = _Parser(text)
    root = parser.parse()
    return Query(text=text, root=root, fields=frozenset(parser.fields))
