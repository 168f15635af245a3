"""Matching items against demands: each demand's query, AND its campaign's context."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from demandwatch.core.language import STEMMED
from demandwatch.core.learned import learned_demand_stands
from demandwatch.core.models import Demand, Event, Match
from demandwatch.core.prepared import MAX_TEXT_CHARS, Prepared, capped, prepare
from demandwatch.core.query import Document, Query, Vocabulary, compile_query, narrowest, share
from demandwatch.core.text import fold, tokens
from demandwatch.core.vetoed import member_query, veto_matches

if TYPE_CHECKING:
    from demandwatch.core.learned import DemandOpinion

__all__ = ["MAX_TEXT_CHARS", "CompiledDemand", "Matcher", "Prefilter", "capped"]

# How a requirement clause spells a wildcard term ("veto*").
_WILDCARD = "*"


@dataclass(frozen=True)
class CompiledDemand:
    demand: Demand
    query: Query
    context: Query | None


class Prefilter:
    """An inverted index from words to the demands that cannot match without them.

    Every demand's query and context state clauses (sets of words, ``veto*`` for a
    prefix), each of which must meet the item's words for a match. One clause per demand
    is indexed; an item looks up only its own words, and only demands whose every clause
    is met are evaluated. A demand with no clause (its query can match on a NOT alone) is
    always evaluated. Skipping a demand is safe because no clause can be met by chance:
    the result is identical to evaluating every demand.

    ``also``: other prefilters' index terms, looked for by :meth:`present` as well, so
    that one reading of an item's words serves several prefilters (see
    :meth:`candidates`).
    """

    def __init__(
        self, requirements: Sequence[tuple[frozenset[str], ...]], *, also: Iterable[str] = ()
    ) -> None:
        # Demands share clauses (a campaign's context): each distinct clause is checked once.
        clause_ids: dict[frozenset[str], int] = {}
        self._needs = [
            frozenset(clause_ids.setdefault(c, len(clause_ids)) for c in clauses)
            for clauses in requirements
        ]
        self._always = [i for i, needs in enumerate(self._needs) if not needs]
        self._clauses_with: dict[str, list[int]] = defaultdict(list)
        for clause, cid in clause_ids.items():
            for term in clause:
                self._clauses_with[term].append(cid)
        # The same as bits of one integer: the clauses an item meets are the union of its
        # terms' bits (a few big-integer ORs where a set took one insertion per clause,
        # some 440 an item with a thousand demands), a demand's clauses its own bits.
        self._term_bits = {
            term: sum(1 << cid for cid in set(cids)) for term, cids in self._clauses_with.items()
        }
        self._need_bits = [sum(1 << cid for cid in needs) for needs in self._needs]
        self._index: dict[str, list[int]] = defaultdict(list)
        for i, clauses in enumerate(requirements):
            if clauses:
                for term in narrowest(clauses):
                    self._index[term].append(i)
        terms = set(self._clauses_with).union(also)
        self._words = frozenset(t for t in terms if not t.endswith(_WILDCARD))
        # Prefixes grouped by their first letters: an item's word is tested only against
        # the prefixes it could begin with.
        prefixes = [t[:-1] for t in terms if t.endswith(_WILDCARD)]
        self._head = min(map(len, prefixes), default=1)
        self._prefixes: dict[str, list[str]] = defaultdict(list)
        for prefix in prefixes:
            self._prefixes[prefix[: self._head]].append(prefix)
        self._memo = _Begins()

    @property
    def terms(self) -> frozenset[str]:
        """Its own index terms (prefixes as ``veto*``)."""
        return frozenset(self._term_bits)

    def present(self, words: frozenset[str]) -> set[str]:
        """The index terms an item with ``words`` contains (prefixes as ``veto*``), its own
        and those it was given ``also``."""
        found = set(words & self._words)
        if self._prefixes:
            # News reuses a small vocabulary: which wildcards a word begins is worked out
            # at its first item and remembered, so an item's words are mostly looked up
            # as sets (most words begin none).
            memo = self._memo
            if len(memo.seen) > _MAX_REMEMBERED:
                memo = self._memo = _Begins()  # (a fresh one: a reader keeps its own)
            new = words - memo.seen
            if new:
                get, head = self._prefixes.get, self._head
                for word in new:
                    terms = [
                        prefix + _WILDCARD
                        for prefix in get(word[:head], ())
                        if word.startswith(prefix)
                    ]
                    if terms:
                        memo.terms[word] = terms
                        memo.beginning.add(word)
                memo.seen.update(new)
            terms_of = memo.terms
            for word in words.intersection(memo.beginning):
                found.update(terms_of[word])
        return found

    def candidates(
        self, words: frozenset[str], present: AbstractSet[str] | None = None
    ) -> list[int]:
        """Indices, in order, of the demands an item with ``words`` may match. ``present``:
        the item's index terms where a prefilter looking for this one's (``also``) has
        read them; other terms in it are passed over."""
        met = 0
        hits = set(self._always)
        term_bits, index = self._term_bits, self._index
        for term in self.present(words) if present is None else present:
            bits = term_bits.get(term)
            if bits is None:
                continue  # (another prefilter's)
            met |= bits
            found = index.get(term)
            if found:
                hits.update(found)
        need = self._need_bits
        return [i for i in sorted(hits) if need[i] & met == need[i]]


# Distinct words whose wildcards a prefilter remembers; past this it starts afresh (a
# hostile stream of made-up words cannot grow it without bound).
_MAX_REMEMBERED = 200_000


class _Begins:
    """Words already read, and of those, the ones beginning a wildcard, with its terms."""

    __slots__ = ("beginning", "seen", "terms")

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.beginning: set[str] = set()
        self.terms: dict[str, list[str]] = {}


PREFILTER_MIN_DEMANDS = 1


class _Read:
    """What matching has read of one item, kept for the learned opinion on demands to
    read again: its words, its document (built at its first use) and its contexts' terms
    (None where a context does not hold), by context."""

    __slots__ = ("contexts", "doc", "prepared", "terms", "words")

    def __init__(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.words = frozenset(prepared.title_words).union(prepared.text_words)
        self.doc: Document | None = None
        self.contexts: dict[int, frozenset[str] | None] = {}
        # Its words' index terms, of the demands', the contexts' and the veto watch's
        # prefilters at once (see Matcher._terms), read at their first use.
        self.terms: set[str] | None = None


class Matcher:
    """Demands compiled once per run; :meth:`match` is pure and cheap per item."""

    def __init__(
        self,
        demands: Iterable[tuple[Demand, str | None]],
        *,
        prefilter: bool | None = None,
        learned: DemandOpinion | None = None,
    ) -> None:
        # A learned opinion on the demands the queries miss (core.learned; None: the
        # queries alone), asked by :meth:`alerting`.
        self.learned = learned
        contexts: dict[str, Query] = {}
        compiled: list[CompiledDemand] = []
        for demand, context in demands:
            context_query = None
            if context:
                context_query = contexts.get(context) or compile_query(context)
                contexts[context] = context_query
            compiled.append(CompiledDemand(demand, compile_query(demand.query), context_query))
        # Subqueries repeated across demands and contexts are evaluated once per item.
        distinct_contexts = list(contexts.values())
        shared = share([e.query for e in compiled] + distinct_contexts)
        shared_context = {
            id(old): new
            for old, new in zip(distinct_contexts, shared[len(compiled) :], strict=True)
        }
        compiled = [
            CompiledDemand(
                e.demand, query, shared_context[id(e.context)] if e.context is not None else None
            )
            for e, query in zip(compiled, shared[: len(compiled)], strict=True)
        ]
        self.demands = tuple(compiled)
        # The demands whose context an item's words may meet: the learned opinion is asked
        # about those only (a context must hold for its demand too), so an item that names
        # nothing of the campaign's file costs no features and no dot product.
        self._context_prefilter = Prefilter(
            [e.context.requirements() if e.context else () for e in self.demands]
        )
        # Each demand's place in the campaign's order, by id (a learned match is put there).
        self._position = {e.demand.id: i for i, e in enumerate(self.demands)}
        # Demands an item may also meet by a veto read on it (see core.vetoed), each with
        # the query of its members' names.
        self._veto_watched = tuple(
            (entry, member_query(entry.demand.on_veto_by))
            for entry in self.demands
            if entry.demand.on_veto_by
        )
        # Their clauses indexed as the demands' are: most items name neither the file nor
        # a member, and are let go without a document.
        self._veto_prefilter = Prefilter(
            [
                members.requirements() + (entry.context.requirements() if entry.context else ())
                for entry, members in self._veto_watched
            ]
        )
        # A demand matches only when its query and its context both do: both sides'
        # clauses must hold. ``prefilter=False`` evaluates every demand (the reference);
        # by default (prefilter=None) the index is built from PREFILTER_MIN_DEMANDS on.
        # It looks for the other two prefilters' terms as well: an item's words are read
        # once for all three (match_6's items: 25 -> 20 µs an item for the three).
        self._prefilter = (
            Prefilter(
                [
                    e.query.requirements() + (e.context.requirements() if e.context else ())
                    for e in self.demands
                ],
                also=self._context_prefilter.terms | self._veto_prefilter.terms,
            )
            if (len(self.demands) >= PREFILTER_MIN_DEMANDS if prefilter is None else prefilter)
            else None
        )
        # With the index, an item's document holds only the words some query reads: the
        # demands', their contexts' and the vetoing members' names (the veto watch reads
        # the queries' document, see veto_watch).
        self._vocabulary = (
            Vocabulary([*shared, *(members for _, members in self._veto_watched)])
            if self._prefilter is not None
            else None
        )

    def match(
        self,
        title: str,
        text: str = "",
        *,
        active_only: bool = False,
        language: str | None = None,
    ) -> list[Match]:
        """Demands the item matches, each with the query terms that fired (demand's first).

        ``language`` is the item's language where the feed states it; otherwise it is
        detected. Text beyond :data:`MAX_TEXT_CHARS` is not read (see :func:`capped`).
        """
        return self.match_prepared(prepare(title, text, language), active_only=active_only)

    def match_prepared(self, prepared: Prepared, *, active_only: bool = False) -> list[Match]:
        """:meth:`match` for an item already prepared, as event classification reads it too."""
        return self._match(_Read(prepared), active_only=active_only)

    def _match(self, read: _Read, *, active_only: bool) -> list[Match]:
        """:meth:`match_prepared`, keeping in ``read`` what it read of the item."""
        entries: Iterable[CompiledDemand] = self.demands
        # The index knows words as written; an inflected item is matched on stems, which it
        # cannot look up, so every demand is evaluated there (most items are English). Most
        # items have none of the words every demand needs: no document is built for them.
        if self._prefilter is not None and read.prepared.language not in STEMMED:
            chosen = self._prefilter.candidates(read.words, self._terms(read))
            entries = [self.demands[i] for i in chosen]
            if not entries:
                return []
        doc = self._document(read)
        # Only the terms that fired are read (the why line): where the words occur is left
        # to NEAR, which asks it (see Node.terms).
        context_results = read.contexts
        matches: list[Match] = []
        for entry in entries:
            if active_only and entry.demand.status != "active":
                continue
            context_terms: frozenset[str] = frozenset()
            if entry.context is not None:
                key = id(entry.context)
                if key not in context_results:
                    context_results[key] = entry.context.terms(doc)
                found = context_results[key]
                if found is None:
                    continue
                context_terms = found
            fired = entry.query.terms(doc)
            if fired is None:
                continue
            terms = distinct_terms([*sorted(fired), *sorted(context_terms - fired)])
            matches.append(Match(demand_id=entry.demand.id, terms=terms))
        return matches

    def _terms(self, read: _Read) -> set[str] | None:
        """The item's index terms of every prefilter, read once (None without the
        demands' index: each prefilter then reads its own)."""
        if read.terms is None and self._prefilter is not None:
            read.terms = self._prefilter.present(read.words)
        return read.terms

    def _document(self, read: _Read) -> Document:
        """The item's document, built at its first use: with the index, of the words the
        queries read (their results are those of the whole document's, see Vocabulary:
        every OR then meets a few dozen words instead of hundreds)."""
        if read.doc is None:
            if self._vocabulary is not None and read.prepared.language not in STEMMED:
                readable, heads = self._vocabulary.read(read.words)
                read.doc = Document.of(read.prepared, readable, readable, heads)
            else:
                read.doc = Document.of(read.prepared, read.words)
        return read.doc

    def alerting(
        self,
        prepared: Prepared,
        read_event: Callable[[Prepared], Event],
        *,
        title: str,
        active_only: bool = False,
    ) -> tuple[list[Match], Event | None]:
        """The demands a run alerts ``prepared`` on, and the event it reads there: the
        queries' matches, then the demands its event meets (a veto by a member a demand
        names, :mod:`demandwatch.core.vetoed`). ``read_event`` is called only where a
        demand may be met (``None`` is returned for the event otherwise); ``title`` is the
        item's headline as written. The one path of a run, ``demandwatch match``, Slack's
        ``/demandwatch test`` and the evaluation: what the operator tests is what a run
        alerts (probe s23 Z4/Z5)."""
        # (The learned opinion reads the words, document and contexts the queries read.)
        read = _Read(prepared)
        matches = self._match(read, active_only=active_only)
        added: frozenset[str] = frozenset()
        if self.learned is not None:
            matches, added = self._with_learned(read, matches, active_only=active_only)
        watched = self._veto_watch(read, (m.demand_id for m in matches), active_only=active_only)
        if not (matches or watched):
            return [], None
        event = read_event(prepared)
        if added:
            # The model's demands that the event read here contradicts (a veto demand on a
            # draft short of votes: core.learned.learned_demand_stands) are not the item's.
            # (A veto demand so dropped is never one the veto watch would have met: that
            # needs a veto read, which lets the model's stand.)
            lacking: list[bool] = []

            def votes_lacking() -> bool:
                if not lacking:
                    # (imported here: the event rules are read by the first item that may
                    # match, read_event's, not with the matcher's module)
                    from demandwatch.core.events import tells_votes_lacking

                    lacking.append(tells_votes_lacking(prepared))
                return lacking[0]

            matches = [
                m
                for m in matches
                if m.demand_id not in added
                or learned_demand_stands(
                    self.demands[self._position[m.demand_id]].demand, event, votes_lacking
                )
            ]
            if not (matches or watched):
                return [], None
        return [*matches, *veto_matches(event, watched, title)], event

    def with_learned(
        self, prepared: Prepared, matches: list[Match], *, active_only: bool = False
    ) -> list[Match]:
        """``matches`` and the demands the learned opinion reads on ``prepared`` that no
        query matched, in the demands' order; a learned match's terms are the item's words
        that weighed most (the why line). The queries were written against the tuning
        items' phrasings; the model, fitted to those and to older rounds of blind ones,
        reads the ways newsrooms tell a demand's news that no query names ("Moscow sank the
        text" for a veto, "those who gassed Ghouta" for accountability). Only where the
        demand's campaign context holds, and with its terms on the why line. Less a query's
        match the model is next to sure of the contrary (core.learned.DEMAND_DOUBT)."""
        return self._with_learned(_Read(prepared), matches, active_only=active_only)[0]

    def _with_learned(
        self, read: _Read, matches: list[Match], *, active_only: bool
    ) -> tuple[list[Match], frozenset[str]]:
        """:meth:`with_learned`, and the demands the model added (see :meth:`alerting`)."""
        assert self.learned is not None
        matched = [m.demand_id for m in matches]
        indices: Iterable[int] = range(len(self.demands))
        if read.prepared.language not in STEMMED:
            # (An inflected item is read on stems the index cannot look up: see match_prepared.)
            indices = self._context_prefilter.candidates(read.words, self._terms(read))
        asked = [
            e
            for e in (self.demands[i] for i in indices)
            if e.demand.id not in matched and not (active_only and e.demand.status != "active")
        ]
        # The campaign's context must hold, as for a query: the model learnt what a
        # demand's news says, and reads it on another file's too (a veto on Venezuela, a
        # commission of inquiry on Burundi); where an item is, is the context's to say.
        # Read before the model is asked, where the queries have mostly read it already
        # (an item's contexts are read once): most items whose words may meet a context do
        # not meet it, and the model's features and dot product cost more than a context.
        # The model reads each demand apart: asked about fewer, it reads the others alike.
        context_terms: dict[str, frozenset[str]] = {}
        for entry in asked:
            if entry.context is None:
                context_terms[entry.demand.id] = frozenset()
                continue
            key = id(entry.context)
            if key not in read.contexts:
                read.contexts[key] = entry.context.terms(self._document(read))
            found = read.contexts[key]
            if found is not None:
                context_terms[entry.demand.id] = found
        if not (context_terms or matched):
            return matches, frozenset()
        # (A query's match the model is next to sure of the contrary is taken away: see
        # core.learned.DEMAND_DOUBT; a veto demand so taken may still alert by the event,
        # as any demand no query kept, in veto_watch.)
        verdict = self.learned.read(read.prepared, list(context_terms), matched)
        found_all = [m for m in matches if m.demand_id not in verdict.doubted]
        if not verdict.added:
            return found_all, frozenset()
        for reading in verdict.added:
            terms = distinct_terms([*reading.reasons, *sorted(context_terms[reading.demand_id])])
            found_all.append(Match(demand_id=reading.demand_id, terms=terms))
        return (
            sorted(found_all, key=lambda m: self._position[m.demand_id]),
            frozenset(reading.demand_id for reading in verdict.added),
        )

    def veto_watch(
        self, prepared: Prepared, matched: Iterable[str], *, active_only: bool = False
    ) -> list[Demand]:
        """The demands with ``on_veto_by`` members that ``prepared`` may meet by its event:
        not ``matched`` by their query, their campaign's context holding and one of their
        members named (see :func:`demandwatch.core.vetoed.veto_matches`). Empty, at the
        cost of no document, where no demand names members."""
        return self._veto_watch(_Read(prepared), matched, active_only=active_only)

    def _veto_watch(
        self, read: _Read, matched: Iterable[str], *, active_only: bool
    ) -> list[Demand]:
        """:meth:`veto_watch`, on the words and document the queries read (``read``): the
        members' names are in the document's vocabulary, so they and the contexts hold
        there as on the whole item's, at no second document (a document of every word of
        a 50,000-character text was 4% of bench cpu_huge)."""
        prepared = read.prepared
        matched = set(matched)
        indices: Iterable[int] = range(len(self._veto_watched))
        if prepared.language not in STEMMED:
            # (An inflected item is read on stems the index cannot look up: see match_prepared.)
            indices = self._veto_prefilter.candidates(read.words, self._terms(read))
        entries = [
            self._veto_watched[i]
            for i in indices
            if self._veto_watched[i][0].demand.id not in matched
            and not (active_only and self._veto_watched[i][0].demand.status != "active")
        ]
        if not entries:
            return []
        doc = self._document(read)
        headline: Document | None = None
        watched = []
        for entry, members in entries:
            if not members.evaluate(doc).matched:
                continue
            if entry.context is not None:
                if not entry.context.evaluate(doc).matched:
                    continue
                # The headline says what the item is about: it names the vetoing member or
                # the campaign's file, or the veto is another story's background ("Assembly
                # elects next ICC prosecutor" over "... after Russia and China vetoed a
                # referral in 2014").
                if headline is None:
                    headline = Document.of(prepare(prepared.title, "", prepared.language))
                if not (
                    members.evaluate(headline).matched or entry.context.evaluate(headline).matched
                ):
                    continue
            watched.append(entry.demand)
        return watched


def distinct_terms(terms: Iterable[str]) -> tuple[str, ...]:
    """``terms`` once each, ignoring case: queries are case-insensitive, so a German
    "Resolution*" and an English "resolution*" fired on the same words, and the why line
    (its first 12 terms in Slack) shows that once, in lower case where a query wrote it so.

    Matching ignores accents too, so a Spanish "vetó" fires on an English "veto": a term
    with accents that a term without them, also fired, covers ("veto*", "veto") is left
    out, and an English item's reasons do not list a Spanish word (probe s18 R8/P7)."""
    if not isinstance(terms, Sequence):
        terms = list(terms)
    if len(terms) == 1:
        return (terms[0],)  # (most matches: nothing to leave out)
    chosen: dict[str, str] = {}
    for term in terms:
        forms = _forms(term)
        if forms.lower or forms.key not in chosen:
            chosen[forms.key] = term  # a new value keeps its key's first place
    kept = [(term, _forms(term)) for term in chosen.values()]
    plain = [forms.folded for _, forms in kept if forms.plain]
    return _without_words_shown(
        [(term, forms) for term, forms in kept if not _covered_by(forms, plain)]
    )


class _Forms(NamedTuple):
    """What the why line reads of a query term (see :func:`_forms`)."""

    key: str  # casefolded
    folded: str  # fold(): no accents
    lower: bool  # written in lower case
    plain: bool  # no accents: folded is key
    words: tuple[str, ...]  # its folded words
    exact: bool  # not a wildcard


# The forms of the query terms read so far: a matcher's terms are its demands' words, the
# same few hundred on every item (each read again cost a fold and a split per term, and an
# item of the thousand generated demands fires some forty). Bounded against a stream of
# made-up queries, as the prefilter's words are.
_FORMS: dict[str, _Forms] = {}


def _forms(term: str) -> _Forms:
    found = _FORMS.get(term)
    if found is None:
        if len(_FORMS) >= _MAX_REMEMBERED:
            _FORMS.clear()
        key, folded = term.casefold(), fold(term)
        found = _FORMS[term] = _Forms(
            key,
            folded,
            term == term.lower(),
            folded == key,
            tuple(tokens(term)),
            not term.endswith(_WILDCARD),
        )
    return found


def _without_words_shown(terms: Sequence[tuple[str, _Forms]]) -> tuple[str, ...]:
    """``terms`` without an exact term whose words another fired phrase already shows:
    a text saying "Bab al-Hawa" fires "Bab al-Hawa", "Bab al Hawa" and "Bab", and the why
    line listed all three (probe s20 T8); it shows the phrase, once. A wildcard term stays
    (it may have fired on other words: "Syria*" on "Syrian")."""
    # Another exact term shows a term's words when its words are longer and hold them as
    # a run, or are the same words and it comes first.
    phrases = [forms.words for _, forms in terms if forms.exact and len(forms.words) > 1]
    first: dict[tuple[str, ...], int] = {}
    for i, (_, forms) in enumerate(terms):
        if forms.exact and forms.words:
            first.setdefault(forms.words, i)
    shown: list[str] = []
    for i, (term, forms) in enumerate(terms):
        words = forms.words
        if (
            forms.exact
            and words
            and (
                first[words] < i
                or any(len(other) > len(words) and _run_in(words, other) for other in phrases)
            )
        ):
            continue
        shown.append(term)
    return tuple(shown)


def _run_in(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` is a run of consecutive words of ``whole``."""
    size = len(part)
    return any(whole[k : k + size] == part for k in range(len(whole) - size + 1))


def _covered_by(forms: _Forms, plain: Sequence[str]) -> bool:
    if forms.plain:  # no accents: shown as written
        return False
    folded = forms.folded
    return any(
        folded == other or (other.endswith(_WILDCARD) and folded.startswith(other[:-1]))
        for other in plain
    )
