"""Pipeline policy: which new items become alerts, of what kind and how urgent. Pure;
the service layer does the I/O."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from demandwatch.core.council import with_item_facts
from demandwatch.core.identity import fingerprint, relisting_key
from demandwatch.core.matching import Matcher
from demandwatch.core.models import (
    EVENT_TYPES,
    Alert,
    Demand,
    Event,
    EventType,
    Item,
    NewEntry,
    Priority,
    Report,
    SeenDocument,
)
from demandwatch.core.prepared import Prepared, prepare
from demandwatch.core.priority import council_day, ga_debate_due, priority_for

if TYPE_CHECKING:
    from demandwatch.core.learned import EventOpinion
    from demandwatch.core.stories import StoryClusterer


def alert_id(item: Item, version: str = "") -> str:
    """Deterministic, so a retried run or a second poller names the same alert the same way:
    one document version, one alert id, whichever source listed it."""
    return hashlib.sha256(f"{item.key}\x1f{version}".encode()).hexdigest()[:24]


def alert_level(priority: Priority, event: EventType) -> int:
    """How urgent an alert is, as one number: priority first, then the event's severity.
    A new version of a document alerts again only if it would be more urgent."""
    return (4 - int(priority[1])) * 100 + (len(EVENT_TYPES) - EVENT_TYPES.index(event))


@dataclass(frozen=True)
class Fresh:
    """An item the store has not seen in this version, and what it remembers of the
    document (None: a document never seen)."""

    item: Item
    fingerprint: str
    previous: SeenDocument | None = None


class Listing(Protocol):
    """An entry of a source's answer as far as telling new from known needs: its document
    key and version. The Item is made only for what is new (or a new version)."""

    @property
    def key(self) -> str: ...

    @property
    def fingerprint(self) -> str: ...

    @property
    def url(self) -> str:
        """The entry's link (its key's, when the key is made from the link)."""
        ...

    @property
    def relisting_key(self) -> str | None:
        """Its key across a re-listing under another link or guid (identity.relisting_key),
        from the same time its Item will carry."""
        ...

    def item(self) -> Item: ...


@dataclass(frozen=True)
class Ready:
    """A Listing of an Item already made (the kinds that read whole records)."""

    made: Item

    @property
    def key(self) -> str:
        return self.made.key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.made.title, self.made.text)

    @property
    def url(self) -> str:
        return self.made.url

    @property
    def relisting_key(self) -> str | None:
        return item_relisting_key(self.made, self.fingerprint)

    def item(self) -> Item:
        return self.made


def item_relisting_key(item: Item, version: str) -> str | None:
    """:func:`~demandwatch.core.identity.relisting_key` of an Item: its time only when the
    source gave it, with a time of day."""
    trusted = item.published_trusted and not item.published_date_only
    return relisting_key(
        item.source_id, version, item.published if trusted else None, has_text=bool(item.text)
    )


def fresh_items(items: Iterable[Item], known: Mapping[str, SeenDocument]) -> list[Fresh]:
    """The items that are new documents, or known documents that changed materially
    (see :func:`~demandwatch.core.identity.fingerprint`). A document listed twice in one
    answer counts once (the first listing)."""
    return fresh_listings([Ready(item) for item in items], known)


def fresh_listings(listings: Iterable[Listing], known: Mapping[str, SeenDocument]) -> list[Fresh]:
    """As :func:`fresh_items`, making the Item of the fresh listings alone."""
    return [
        Fresh(listing.item(), listing.fingerprint, previous)
        for listing, previous in unseen(listings, known)
    ]


def unseen(
    listings: Iterable[Listing], known: Mapping[str, SeenDocument]
) -> list[tuple[Listing, SeenDocument | None]]:
    """The listings of new documents and new versions, each with what the store remembers
    of its document (None: never seen); a document listed twice counts once (the first),
    also when one answer lists it under two links (its relisting key, asked of new
    documents alone)."""
    out: list[tuple[Listing, SeenDocument | None]] = []
    taken: set[str] = set()
    for listing in listings:
        key = listing.key
        if key in taken:
            continue
        taken.add(key)
        previous = known.get(key)
        if previous is None:
            relisted = listing.relisting_key
            if relisted is not None:
                if relisted in taken:
                    continue
                taken.add(relisted)
            out.append((listing, previous))
        elif previous.fingerprint != listing.fingerprint:
            out.append((listing, previous))
    return out


@dataclass(frozen=True)
class Examiner:
    """What deciding on fresh entries needs besides the entries: the demands and their
    matcher. Pure data, so a worker process can hold a copy."""

    matcher: Matcher
    demands: Mapping[str, Demand]
    # A learned second opinion on each matched item's event (None: the rules alone).
    second_opinion: EventOpinion | None = None

    def examine(
        self,
        fresh: Iterable[tuple[Listing, SeenDocument | None]],
        *,
        baseline: bool,
        news_from: datetime | None = None,
        now: datetime,
        max_age: timedelta,
        source_name: str,
    ) -> list[NewEntry]:
        """:func:`decide` on ``fresh`` (from :func:`unseen`), each Item made first."""
        return decide(
            (Fresh(listing.item(), listing.fingerprint, previous) for listing, previous in fresh),
            matcher=self.matcher,
            second_opinion=self.second_opinion,
            baseline=baseline,
            news_from=news_from,
            now=now,
            max_age=max_age,
            source_name=source_name,
            demands=self.demands,
        )


def decide(
    fresh: Iterable[Fresh],
    *,
    matcher: Matcher,
    baseline: bool,
    news_from: datetime | None = None,
    now: datetime,
    max_age: timedelta,
    source_name: str,
    demands: Mapping[str, Demand],
    second_opinion: EventOpinion | None = None,
) -> list[NewEntry]:
    """One entry per fresh item: remember it, and alert when it matches an active demand.

    The first poll of a source is a baseline: everything is remembered and nothing alerts,
    so a feed whose ten items span months never floods the channel; what each item would
    have raised is remembered as its level and its report, so a later rewording of it
    alerts only if it is news. A baseline taken late (``news_from``: the source failed
    its first polls since that time) examines as news the items it dates, trustworthily,
    from then on: they were published while it could not be read. Items older than ``max_age`` (a feed resurfacing old
    entries) are remembered without alerting too. A new version of a known document is
    examined like a new one, and alerts when it is news (:func:`is_news`): more urgent than
    anything the document raised before (a blog entry rewritten from "to vote" to "fails
    to adopt"), or reporting something else (a vote "postponed" that now matches a demand
    it did not; a report rewritten into another finding); a corrected typo, or a lede
    reworded to report the same event for the same demands, raises nothing.
    """
    entries: list[NewEntry] = []
    for candidate in fresh:
        item, previous = candidate.item, candidate.previous
        before = previous.level if previous is not None else 0
        reported = previous.report if previous is not None else None
        if now - item.published > max_age:
            # Not examined: what the document reported is still what was last examined.
            entries.append(replace(_remember(candidate, before, reported), too_old=True))
            continue
        # Folded and split once: the matcher and the classifier read the same words.
        prepared = prepare(item.title, item.text)

        def read_event(prepared: Prepared, item: Item = item) -> Event:
            # Imported at the first item that may match, not with this module: the event
            # rules (some 200 patterns, read when their module is imported: a tenth of a
            # poll function's cold start) serve only such items, and most polls find none.
            from demandwatch.core.events import classify_prepared

            return with_item_facts(
                classify_prepared(
                    prepared, published=item.published, second_opinion=second_opinion
                ),
                item,
            )

        # The queries' matches, and the demands the item meets by a veto read on it
        # (core.vetoed): the event is read only where a demand may be met.
        matches, event = matcher.alerting(prepared, read_event, title=item.title, active_only=True)
        if not matches or event is None:
            # A version that matches nothing takes back nothing the document reported: a
            # page whose words drop a match and bring it back says nothing new the second
            # time (a brand-new document has reported nothing).
            entries.append(_remember(candidate, before, Report() if previous is None else reported))
            continue
        matched = [demands[m.demand_id] for m in matches]
        # A Council draft voted down for want of nine votes, read `other`, is routed as the
        # draft it is, not held for the digest (review s19 V5, probe R16).
        routed = "draft_resolution" if event.council_short_of_nine else event.type
        priority = priority_for(routed, matched) or "P3"
        level = alert_level(priority, event.type)
        report = Report(
            event.type, frozenset(m.demand_id for m in matches), decision_facts(event, item)
        )
        background = baseline and not (
            news_from is not None and item.published_trusted and item.published >= news_from
        )
        news = not background and is_news(level, report, previous)
        # Remembered: the demands and facts of every version so far, so a demand or a
        # fact dropped by one rewrite and restored by the next is not news again.
        if reported is not None:
            report = replace(
                report,
                demands=report.demands | reported.demands,
                facts=(report.facts or frozenset()) | (reported.facts or frozenset()),
            )
        if not news:
            entries.append(_remember(candidate, max(before, level), report))
            continue
        due = None
        if event.type == "veto":
            due = ga_debate_due(event.date or council_day(item.published))
        alert = Alert(
            id=alert_id(item, candidate.fingerprint),
            item=item,
            matches=tuple(matches),
            source_name=source_name,
            created=now,
            demand_titles={m.demand_id: demands[m.demand_id].title for m in matches},
            event=event,
            priority=priority,
            ga_debate_due=due,
            demand_campaigns={m.demand_id: demands[m.demand_id].campaign_id for m in matches},
        )
        # What the story rules read from the text, read here (in a parse worker when the
        # run has them), not on the polling process's loop (bench poll_200).
        from demandwatch.core.stories import read_text

        entries.append(
            NewEntry(
                item.key,
                alert,
                fingerprint=candidate.fingerprint,
                level=max(before, level),
                revises=previous.fingerprint if previous else None,
                report=report,
                reading=read_text(item.title, item.text, item.published, event.type),
                relisting_key=item_relisting_key(item, candidate.fingerprint),
            )
        )
    return entries


def is_news(level: int, report: Report, previous: SeenDocument | None) -> bool:
    """Whether a matched version of a document is news: the document is new, or this
    version is more urgent than anything it raised before, or it reports something the
    document did not (another event than the last version examined, a demand no version
    matched, or a fact of a Council decision no version reported: another draft's veto
    in the same live blog, a correction of who vetoed or of the vote).
    A record from before reports (or their facts) were remembered is judged by what it
    kept: an upgrade never re-alerts the documents it already knows."""
    if previous is None or level > previous.level:
        return True
    before = previous.report
    if before is None:
        return False
    if report.event != before.event or not report.demands <= before.demands:
        return True
    if before.facts is None:
        return False
    # A fact of a kind the document had reported otherwise is a change (another draft,
    # other vetoers, another vote); a first fact of its kind (the symbol or the tally a
    # live blog adds to its account) is a detail, not news (review A s14 MED-1).
    told = {fact.partition(":")[0] for fact in before.facts}
    return any(
        fact.partition(":")[0] in told for fact in (report.facts or frozenset()) - before.facts
    )


# The events whose facts decide what happened at the Council (see Report.facts).
_DECISIONS = frozenset({"veto", "resolution_adopted"})


# A Council draft's symbol (S/2026/1104): what a decision is taken on. Resolutions, press
# codes and reports a release cites in passing are background, not the decision's facts.
_DRAFT_SYMBOL = re.compile(r"^S/\d{4}/\d+$")


def decision_facts(event: Event, item: Item) -> frozenset[str]:
    """The facts of a Council decision a version reports (empty for other events): the
    drafts it names, who vetoed, the votes for and against."""
    if event.type not in _DECISIONS:
        return frozenset()
    facts = {f"doc:{symbol}" for symbol in item.symbols if _DRAFT_SYMBOL.match(symbol)}
    facts.update(f"vetoer:{name}" for name in event.vetoers)
    if event.vote is not None:
        facts.add(f"vote:{event.vote.in_favour}-{event.vote.against}")
    return frozenset(facts)


def _remember(candidate: Fresh, level: int, report: Report | None) -> NewEntry:
    """The entry for a version that raises no alert."""
    previous = candidate.previous
    return NewEntry(
        candidate.item.key,
        fingerprint=candidate.fingerprint,
        level=level,
        revises=previous.fingerprint if previous is not None else None,
        report=report,
        relisting_key=item_relisting_key(candidate.item, candidate.fingerprint),
    )


def assign_stories(entries: list[NewEntry], clusterer: StoryClusterer) -> list[NewEntry]:
    """Give every alert its story: the same development from any source is one story."""
    # Imported here: most polls make no alert, and a poll function's cold start need not
    # import the story rules (the service asks for stories only when there is an alert).
    from demandwatch.core.stories import StoryItem, candidate_of, read_text

    out: list[NewEntry] = []
    for entry in entries:
        alert = entry.alert
        if alert is None:
            out.append(entry)
            continue
        item = alert.item
        # Read where the alert was decided (a parse worker), or here for an entry made
        # without it.
        reading = entry.reading or read_text(
            item.title, item.text, item.published, alert.event.type
        )
        story, _ = clusterer.assign(
            candidate_of(
                StoryItem(
                    alert_id=alert.id,
                    source_id=item.source_id,
                    title=item.title,
                    url=item.url,
                    published=item.published,
                    event=alert.event.type,
                ),
                reading,
                alert.event,
                symbols=item.symbols,
                demands=tuple(m.demand_id for m in alert.matches),
                priority=alert.priority,
                ga_debate_due=alert.ga_debate_due,
                revision=entry.revises is not None,
                day_only=item.published_date_only,
            )
        )
        out.append(replace(entry, alert=replace(alert, story_id=story.id)))
    return out
