"""The service layer: one poll of every source, then delivery of pending alerts.

It talks to the world only through ports (Fetcher, Store, Notifier) handed in by
bootstrap; the decisions themselves are in ``core``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, TypeVar
from uuid import uuid4

from demandwatch.config import AppConfig, Settings, Source
from demandwatch.core.health import HealthNotice, assess, grouped, members
from demandwatch.core.identity import legacy_key, polled_feed
from demandwatch.core.matching import Matcher
from demandwatch.core.models import (
    Body,
    FetchResult,
    NewEntry,
    PollOutcome,
    SeenDocument,
    SourceState,
)
from demandwatch.core.pipeline import Examiner, Listing, assign_stories, unseen
from demandwatch.core.schedule import clock_went_back, is_due, longest_hold
from demandwatch.exceptions import (
    DemandwatchError,
    NotifyError,
    RunError,
    SourceSetupError,
    StoreWriteError,
)
from demandwatch.notify.base import Notifier
from demandwatch.sources.http import RequestSpec, redact_url, scrub
from demandwatch.sources.kinds import (
    Parsed,
    min_interval_for,
    next_request,
    page_token,
    parse_source,
    request_for,
    resume_request,
)
from demandwatch.store.base import Store

if TYPE_CHECKING:
    # Only the local run delivers through the service (the cloud's poll never does).
    from demandwatch.app.delivery import DeliverAlerts, DeliveryReport

    # Imported when a poll makes an alert (_RunStories.clusterer).
    from demandwatch.core.stories import StoryClusterer
    from demandwatch.sources.pool import ParsePool

log = logging.getLogger("demandwatch")
_T = TypeVar("_T")

# A run of at least this many sources parses in worker processes (when the service has
# them): below it, starting the workers costs more than parsing inline (bench: poll_200).
POOL_MIN_SOURCES = 32
# The longest a poll waits for a source's turn (Retry-After, GDELT's spacing); longer
# waits defer the poll to a later run.
MAX_POLL_WAIT = timedelta(seconds=30)
# Sources whose missing setting this process has logged already.
_REPORTED_UNCONFIGURED: set[str] = set()
# Pages one poll follows (OAI-PMH resumption tokens); more fails the poll, saying so.
MAX_PAGES = 20
# A request is not begun with less of the poll's time budget left than this: it could not
# finish (probe s15 K9: a paged harvest that outlasts the function's timeout).
MIN_REQUEST_TIME = 1.0
# A local run's polls, all sources together, end after this; a harvest cut by it resumes at
# the next run. The alerts already recorded are delivered without waiting for the slowest
# source beyond it (the cloud's functions take their budget from Lambda's remaining time).
LOCAL_POLL_BUDGET = timedelta(seconds=60)


def _passing(http_status: int | None) -> bool:
    """Whether a failed request's answer says nothing against asking it again: none came
    (a timeout, a dropped connection), the server failed (5xx) or asked to wait (429)."""
    return http_status is None or http_status >= 500 or http_status == 429


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    amount, unit = (hours / 24, "day") if hours >= 24 else (hours, "hour")
    return f"{amount:.3g} {unit}{'' if amount == 1 else 's'}"


class Fetcher(Protocol):
    async def fetch(
        self, spec: RequestSpec, state: SourceState, *, timeout: float, max_bytes: int
    ) -> FetchResult: ...


@dataclass
class Service:
    config: AppConfig
    store: Store
    fetcher: Fetcher
    notifier: Notifier
    matcher: Matcher
    clock: Callable[[], datetime]
    # Credentials some source kinds send (ReliefWeb's appname); defaults read nothing.
    settings: Settings = field(default_factory=Settings)
    # The delivery use case (None in the cloud's polling functions: notify delivers).
    delivery: DeliverAlerts | None = None
    # Worker processes for parsing (None: parse inline, as on one core).
    parser: ParsePool | None = None
    # Sources that took over a renamed id's state in this run: new id -> old id.
    _renamed: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    @cached_property
    def examiner(self) -> Examiner:
        """Deciding on fresh entries: the pool's examiner when it has one (the same
        matcher), else one over this service's matcher and demands."""
        if self.parser is not None and self.parser.examiner is not None:
            return self.parser.examiner
        from demandwatch.event_model import second_opinion

        return Examiner(
            self.matcher,
            {d.id: d for d in self.config.demands},
            second_opinion(self.settings.event_model),
        )

    @cached_property
    def _campaigns(self) -> dict[str, str]:
        """Each demand's campaign (demand ids are unique across campaigns): the clusterer
        keeps every story to one campaign."""
        return {d.id: d.campaign_id for d in self.config.demands}

    # ------------------------------------------------------------------ polling

    async def poll(
        self, sources: Sequence[Source] | None = None, *, deadline: float | None = None
    ) -> list[PollOutcome]:
        """Poll ``sources`` (default: all) concurrently; exactly one outcome per source.

        ``deadline`` (a ``time.monotonic()`` instant): the polls' time budget. No request
        runs past it; a paged harvest still going then is cut, what it read recorded and
        where it stopped kept, so that the next poll goes on from there; the source is
        reported failed ("slow"), never left out (probe s15 K9)."""
        chosen = list(self.config.sources if sources is None else sources)
        stories = _RunStories(self.store, self.clock, self._campaigns)
        # Worker processes pay off only for many answers at once: a few feeds parse in
        # less time than it takes to start a worker.
        stories.pooled = self.parser is not None and len(chosen) >= POOL_MIN_SOURCES
        try:
            outcomes = list(
                await asyncio.gather(*(self._poll_guarded(s, stories, deadline) for s in chosen))
            )
        finally:
            try:
                stories.save()
            except StoreWriteError as exc:
                stories.unwritable.append(exc)
        if stories.unwritable:
            # Every source polled meanwhile kept what it could; what none could record is
            # read again by the next run, so nothing is lost by stopping here.
            raise stories.unwritable[0]
        return outcomes

    def due_sources(self) -> list[Source]:
        """Sources whose interval has passed since their last attempt (give or take a tick)."""
        now = self.clock()
        return [
            source
            for source in self.config.sources
            if is_due(self.store.get_source_state(source.id).last_attempt, source.interval, now)
        ]

    def clock_went_back(self) -> timedelta | None:
        """How far the clock went back, if a source's last attempt is later than now
        (core.schedule.clock_went_back: such a source is due at once); the largest."""
        now = self.clock()
        steps = [
            clock_went_back(self.store.get_source_state(s.id).last_attempt, s.interval, now)
            for s in self.config.sources
        ]
        return max((step for step in steps if step is not None), default=None)

    async def _poll_guarded(
        self, source: Source, stories: _RunStories, deadline: float | None = None
    ) -> PollOutcome:
        started = time.perf_counter()
        try:
            if deadline is None:
                return await self.poll_source(source, stories)
            # Past its requests' own limits (parsing in a worker, a slow store call): the
            # poll ends a little after the budget whatever it is doing.
            async with asyncio.timeout(max(0.0, deadline - time.monotonic()) + 5.0):
                return await self.poll_source(source, stories, deadline)
        except StoreWriteError as exc:
            # The state file takes no writes (disk full): not this source's failure, and
            # recording it as one would only fail again. The run says it (Service.poll).
            stories.unwritable.append(exc)
            elapsed = (time.perf_counter() - started) * 1000
            return PollOutcome(source.id, "failed", elapsed_ms=elapsed, reason=str(exc)[:300])
        except TimeoutError:
            reason = "slow: stopped at the poll's time budget; polled again at the next run"
        except DemandwatchError as exc:
            reason = str(exc)
        except Exception as exc:  # a bug in one source must not stop the others
            log.exception("internal error polling %s", source.id)
            reason = f"internal error: {type(exc).__name__}: {exc}"
        elapsed = (time.perf_counter() - started) * 1000
        # The reason is stored and shown to people: no credential may ride along in it.
        secrets = [v.get_secret_value() for v in (self.settings.reliefweb_appname,) if v]
        reason = scrub(redact_url(reason), secrets)[:300]
        state = self._source_state(source)
        now = self.clock()
        self.store.save_source_state(
            replace(
                state,
                last_attempt=now,
                consecutive_failures=state.consecutive_failures + 1,
                last_error=reason,
                watching_since=state.watching_since or now,
                # A page it could not read (a token the library no longer knows): the next
                # harvest starts again from the last whole one.
                harvest_token=None,
                harvest_from=None,
            )
        )
        return PollOutcome(source.id, "failed", elapsed_ms=elapsed, reason=reason)

    def _source_state(self, source: Source) -> SourceState:
        """The source's state, saying what it polls; for a source that has taken no
        baseline, the state of another id that polled the same feed, taken over.

        A source renamed in sources.yaml (same URL) is the same feed: its documents are
        seen, and what it published since the old id's last poll is news, not a baseline
        that swallows it (probe s16 R9: a veto ten minutes old, never alerted). Keyed by
        the feed, not by a baseline that finds documents already seen: a new source that
        lists some documents another source lists (an aggregator) is still new, and its
        first poll alerts nothing. A state whose documents are forgotten (its last good
        poll older than ``seen_ttl``) is not taken: nothing of that feed is remembered."""
        state = self.store.get_source_state(source.id)
        feed = polled_feed(source.kind, source.url, source.query, source.country)
        if state.baseline_done:
            return state if state.feed == feed else replace(state, feed=feed)
        remembered_since = self.clock() - self.config.org.seen_ttl
        configured = {s.id for s in self.config.sources}
        earlier = [
            other
            for other in self.store.source_states_polling(feed)
            # A rename: the other id is gone from sources.yaml. A source added beside one
            # still configured on the same feed is new (review s16 A9).
            if other.source_id not in configured
            and other.baseline_done
            and other.last_success is not None
            and other.last_success >= remembered_since
        ]
        if not earlier:
            return replace(state, feed=feed)
        latest = max(earlier, key=lambda other: (other.last_success, other.source_id))
        log.info(
            "source %s polls what %s polled: its state carries on (no new baseline)",
            source.id,
            latest.source_id,
        )
        # Its own request slot (GDELT's spacing, a 429's wait) is the feed's too: the later.
        retry_at = max((t for t in (state.retry_at, latest.retry_at) if t), default=None)
        taken = replace(latest, source_id=source.id, feed=feed, retry_at=retry_at)
        self.store.save_source_state(taken)
        # Handed over: a source added later on the same feed does not take it again.
        self.store.save_source_state(replace(latest, feed=None))
        self._renamed[source.id] = latest.source_id
        return taken

    async def poll_source(
        self,
        source: Source,
        stories: _RunStories | None = None,
        deadline: float | None = None,
    ) -> PollOutcome:
        state = self._source_state(source)
        try:
            spec = request_for(
                source, self.settings, last_success=state.last_success, now=self.clock()
            )
        except SourceSetupError as exc:
            return self._not_configured(source, state, str(exc))
        resumed = resume_request(source, state.harvest_token) if state.harvest_token else None
        # A harvest an earlier poll cut at its budget goes on from the page it stopped before.
        spec = resumed or spec
        harvest_from = (state.harvest_from or self.clock()) if resumed else self.clock()
        if state.setup_error is not None:
            # Configured now (the setting was added): status stops saying it is not.
            state = replace(state, setup_error=None)
            self.store.save_source_state(state)
        state, deferred = await self._await_turn(source, state, deadline)
        if deferred is not None:
            return deferred
        timeout = _request_time(source, deadline)
        if timeout is None:
            reason = "not polled: the run's poll time budget was spent; polled at the next run"
            return PollOutcome(source.id, "deferred", reason=reason)
        result = await self.fetcher.fetch(spec, state, timeout=timeout, max_bytes=source.max_bytes)
        more: list[Body] = []
        cut: str | None = None  # the page a harvest cut at the budget stopped before
        if result.status == "ok":
            more, stopped, cut = await self._more_pages(source, state, result, deadline)
            result = stopped or result
        elif _budget_spent(deadline) and timeout < source.timeout.total_seconds():
            # The first page was still coming when the budget ran out: slow, not broken;
            # a resumed harvest keeps its place.
            cut = state.harvest_token or ""
        now = self.clock()
        if cut is not None and result.status == "failed":
            return self._cut(source, state, cut, harvest_from, pages=0, now=now)
        if result.status == "failed":
            reason = result.reason or "failed"
            retry_at = state.retry_at
            if result.retry_after is not None:
                # Kept with the source: the next poll waits, whichever process makes it,
                # at most longest_hold (schedule.py), and the error says so.
                hold = longest_hold(source.interval)
                asked = timedelta(seconds=result.retry_after)
                if asked > hold:
                    reason = f"{reason}; held back {_hours(hold)}, not the {_hours(asked)} asked"
                until = now + min(asked, hold)
                retry_at = min(max(retry_at, until), now + hold) if retry_at else until
            # A resumed harvest whose page failed for a while (no answer, 5xx, 429) goes on
            # from that page at the next poll, not from the start with every page read
            # again (K9's leftover); a page refused otherwise starts the harvest afresh.
            keep = resumed is not None and _passing(result.http_status)
            self.store.save_source_state(
                replace(
                    state,
                    last_attempt=now,
                    consecutive_failures=state.consecutive_failures + 1,
                    last_error=reason,
                    retry_at=retry_at,
                    watching_since=state.watching_since or now,
                    harvest_token=state.harvest_token if keep else None,
                    harvest_from=state.harvest_from if keep else None,
                )
            )
            return PollOutcome(
                source.id,
                "failed",
                elapsed_ms=result.elapsed_ms,
                reason=reason,
                retry_after=result.retry_after,
                moved_to=result.moved_to,
            )
        validators = _validators(state, result)
        if result.status == "not_modified":
            self.store.save_source_state(_succeeded(state, now, **validators))
            return PollOutcome(
                source.id,
                "not_modified",
                elapsed_ms=result.elapsed_ms,
                moved_to=result.moved_to,
            )
        body_hash = (
            hashlib.sha256(result.body).hexdigest()
            if isinstance(result.body, bytes)
            else result.body.sha256  # hashed as it was spooled
        )
        if body_hash == state.body_hash and state.baseline_done and cut is None and not resumed:
            if not isinstance(result.body, bytes):
                result.body.close()  # its temporary file, unread
            self.store.save_source_state(_succeeded(state, now, **validators))
            return PollOutcome(
                source.id, "unchanged", elapsed_ms=result.elapsed_ms, moved_to=result.moved_to
            )

        # FeedParseError (a truncated or unreadable body, on any page): the poll failed.
        pooled = stories is not None and stories.pooled
        try:
            parsed = await self._parse(source, result.body, result.headers, now, pooled)
            for page in more:
                parsed = parsed.joined(await self._parse(source, page, result.headers, now, pooled))
        finally:
            if not isinstance(result.body, bytes):
                result.body.close()  # its temporary file
        listed = parsed.entries
        # The body (30 MB for a feed of thirty 1 MB items) is not needed past parsing: let
        # it go before the items' texts are made, matched and classified (bench memory_huge).
        result = replace(result, body=b"")
        # Seen is per document, whichever source listed it: a story in three UN News feeds,
        # or one article under two Google ids, is one document and alerts once. Only the
        # new documents and new versions are made into Items (text, symbols).
        keys = [e.key for e in listed]
        # What may change the records meanwhile, for deciding in a worker (below).
        mark = self.store.seen_mark() if pooled else None
        recorded_before = stories.recorded if stories is not None else 0
        known = self._carried_over(
            source, listed, self.store.seen_documents(keys, now), now, stories
        )
        baseline = not state.baseline_done
        # A first good poll after failed ones: what appeared while the source failed is
        # news: a baseline stands for what the feed held when watching began.
        news_from = state.watching_since if baseline else None
        max_age = source.max_item_age or self.config.org.max_item_age
        decided: list[NewEntry] | None = None
        if self.parser is not None and self.parser.examiner is not None and pooled and not more:
            # Items, matching and classification of the fresh entries in a worker too.
            decided = await self.parser.examine(
                unseen(listed, known),
                baseline=baseline,
                news_from=news_from,
                now=now,
                max_age=max_age,
                source_name=source.name,
            )
            # Other sources ran meanwhile: if one recorded any of these documents, this
            # answer is decided again here, against what the store holds now, exactly as
            # if it had been polled after that source. Read again only when one may have:
            # this run's sources recorded one of its keys, or the store says another
            # process wrote or a record expired (most answers share no document with any
            # other: a second read of each was 8% of a poll's CPU, bench poll_200).
            assert stories is not None  # pooled
            if (
                mark is None
                or self.store.seen_mark() != mark
                or stories.recorded_any(keys, since=recorded_before)
            ):
                again = self.store.seen_documents(keys, now)
                if again != known:
                    known, decided = again, None
        listed_count, skipped = len(listed), parsed.skipped
        if decided is None:
            fresh = unseen(listed, known)
            # The listings are let go as their Items are made, not held to the poll's end:
            # each holds its entry's markup, and a feed of 10,000 entries held 11 MB of
            # them through every item's matching and classification and the event rules'
            # first reading (bench memory_10k). Nothing else reads them from here.
            del listed, parsed
            decided = self.examiner.examine(
                _drained(fresh),
                baseline=baseline,
                news_from=news_from,
                now=now,
                max_age=max_age,
                source_name=source.name,
            )
        entries = decided
        # No await from here to the end: clustering and recording run without
        # interleaving, so sources polled in the same run see each other's stories.
        run = stories or _RunStories(self.store, self.clock, self._campaigns)
        alerting = any(e.alert is not None for e in entries)
        with run.assigning(alerting):
            if alerting:
                # The recent stories are read (a store query) only when this poll made an
                # alert: most polls of a changed feed make none.
                entries = assign_stories(entries, run.clusterer(entries))
                # The stories are saved before the alerts that name them are recorded: a
                # run killed between the two writes otherwise left alerts naming a story
                # the store never held, and the next report of that veto opened a second
                # story, a second top-level P1 post and page (probe s17 P1, review V11). An
                # item another process recorded first stays in the story it joined here,
                # as it does in this run's clusterer.
                run.touch(e.alert.story_id for e in entries if e.alert is not None)
                run.save()
            inserted = set(self.store.record_new(source.id, entries, now, self.config.org.seen_ttl))
            run.note_recorded(inserted)
        if stories is None:
            run.save()  # a source polled on its own saves its stories at once
        matched = sum(1 for e in entries if e.alert is not None and e.key in inserted)
        new = sum(1 for e in entries if e.key in inserted and e.revises is None)
        changed = sum(1 for e in entries if e.key in inserted and e.revises is not None)
        too_old = 0 if baseline else sum(1 for e in entries if e.too_old and e.key in inserted)
        if cut is not None:
            # What the cut harvest read is recorded (its alerts go out now); the rest waits
            # for the next poll, which asks for the page it stopped before.
            outcome = self._cut(source, state, cut, harvest_from, pages=1 + len(more), now=now)
            return replace(
                outcome,
                items=listed_count,
                new=new,
                changed=changed,
                matched=matched,
                baseline=baseline,
                elapsed_ms=result.elapsed_ms,
                too_old=too_old,
            )
        self.store.save_source_state(
            _succeeded(
                state,
                now,
                body_hash=body_hash,
                baseline_done=True,
                # The baseline counts as news seen: a source silent ever since is reported.
                last_new_item=now if inserted else state.last_new_item,
                **validators,
            )
        )
        return PollOutcome(
            source.id,
            # The body changed but listed nothing new: said apart from news, so that a feed
            # that only re-dates or re-orders itself does not read as bringing items.
            "new_items" if new or changed or baseline else "no_new_items",
            items=listed_count,
            new=new,
            changed=changed,
            matched=matched,
            elapsed_ms=result.elapsed_ms,
            baseline=baseline,
            skipped=skipped,
            reason=f"{skipped} unreadable entries dropped" if skipped else None,
            moved_to=result.moved_to,
            too_old=too_old,
        )

    def _carried_over(
        self,
        source: Source,
        listed: Sequence[Listing],
        known: dict[str, SeenDocument],
        now: datetime,
        stories: _RunStories | None = None,
    ) -> dict[str, SeenDocument]:
        """``known``, with the documents an earlier release recorded under another key.

        Keys lost tracking parameters in s15 Q9 (``?at_medium=``, ``?CMP=``...): a document
        recorded under the key the older rules made (core.identity.legacy_key) is the same
        document, and is recorded under its key now, as it was (same version, level and
        report), so that it is looked up this once: after an upgrade, a document already
        alerted must not alert again in its story's thread (probe s16 R14). A document its
        source lists again under another link or guid, word for word and of the same time,
        is found under its relisting key (core.identity.relisting_key, probe s21 U3) and
        carried over the same way. Only listings not known under their key cost a lookup,
        one for the whole answer."""
        older: dict[str, str] = {}
        # Documents keyed by guid or hash carry their source's id (core.identity): a source
        # renamed in this poll finds them under its old id (review s16 A9: every recent
        # item of such a feed alerted again after a rename).
        renamed_from = self._renamed.pop(source.id, None)
        own = (f"guid:{source.id}:", f"hash:{source.id}:")
        for listing in listed:
            if listing.key in known:
                continue
            if renamed_from is not None and listing.key.startswith(own):
                kind, _, rest = listing.key.split(":", 2)
                older.setdefault(f"{kind}:{renamed_from}:{rest}", listing.key)
            if was := legacy_key(listing.key, listing.url):
                older.setdefault(was, listing.key)
            # Listed again under another link or guid (a wire re-slugging its story), word
            # for word and of the same time: the document its source listed before (probe
            # s21 U3). Asked in the same lookup as the older keys: one per poll, not per item.
            if relisted := listing.relisting_key:
                older.setdefault(relisted, listing.key)
        found = self.store.seen_documents(list(older), now) if older else {}
        if not found:
            return known
        carried = [
            NewEntry(older[was], fingerprint=seen.fingerprint, level=seen.level, report=seen.report)
            for was, seen in found.items()
        ]
        # Another poller recording one of them first is as good: what it recorded is read.
        recorded = self.store.record_new(source.id, carried, now, self.config.org.seen_ttl)
        if stories is not None:
            stories.note_recorded(recorded)
        return {**known, **self.store.seen_documents([e.key for e in carried], now)}

    async def _parse(
        self,
        source: Source,
        body: Body,
        headers: Mapping[str, str],
        now: datetime,
        pooled: bool,
    ) -> Parsed:
        if self.parser is None or not pooled:
            return parse_source(source, body, headers, now)
        return await self.parser.parse(source, body, headers, now)

    async def _await_turn(
        self, source: Source, state: SourceState, deadline: float | None = None
    ) -> tuple[SourceState, PollOutcome | None]:
        """Wait until this source may be asked again, or defer the poll when that is far.

        A 429's Retry-After is kept with the source (``retry_at``); a source with a
        published spacing (GDELT: one request every 5 s) reserves its slot in the store
        first, so two processes never ask within it. A wait up to :data:`MAX_POLL_WAIT`
        happens here; a longer one defers the poll (not a failure; the source stays due).
        """
        spacing = min_interval_for(source)
        now = self.clock()
        back = clock_went_back(state.last_attempt, source.interval, now)
        if back is not None and state.retry_at is not None and state.last_attempt is not None:
            # The wait was set by the clock of then, a moment after that attempt: the same
            # wait by this clock, not hours more (probe s15 Q5). Kept, so that other
            # processes' reservations (reserve_request) read it too.
            # Only ever shortened: at the next check the attempt is still "ahead" and the
            # wait already moved, so it is kept as it is (review s15 MED-2: rebased twice,
            # it came out negative and was dropped, and the source was asked inside it).
            asked = state.retry_at - state.last_attempt
            rebased = min(state.retry_at, now + asked) if asked > timedelta(0) else state.retry_at
            state = replace(state, retry_at=rebased)
            self.store.save_source_state(state)
        hold = longest_hold(source.interval)
        if state.retry_at is not None:
            # A wait set longer than is honoured (by an older build: probe s15 Q8) is held
            # to it; only ever shortened, like the rebase above.
            base = min(state.last_attempt, now) if state.last_attempt else now
            if state.retry_at > base + hold:
                state = replace(state, retry_at=base + hold)
                self.store.save_source_state(state)
        for _ in range(3):
            barred = state.retry_at if state.retry_at and state.retry_at > now else None
            if barred is None and spacing > 0:
                until = now + timedelta(seconds=spacing)
                barred = self.store.reserve_request(source.id, now, until)
                if barred is None:
                    return replace(state, retry_at=until), None
            if barred is None:
                return state, None
            wait = (barred - now).total_seconds()
            left = MAX_POLL_WAIT.total_seconds()
            if deadline is not None:
                left = min(left, deadline - time.monotonic() - MIN_REQUEST_TIME)
            if wait > left:
                reason = f"asked to wait until {barred:%Y-%m-%d %H:%M:%S} UTC; not polled"
                return state, PollOutcome(source.id, "deferred", reason=reason, retry_after=wait)
            await asyncio.sleep(wait)
            now = max(self.clock(), barred)
            state = replace(state, retry_at=None)
        return state, PollOutcome(source.id, "deferred", reason="its request slot stayed taken")

    def _not_configured(self, source: Source, state: SourceState, reason: str) -> PollOutcome:
        """A source missing a setting it needs: said once in the log and in every run's
        summary, never counted as failing (no health notices, no retries piling up), and
        kept with the source, so that status says "not configured" and why, rather than
        "waiting" for a first poll that never comes."""
        if source.id not in _REPORTED_UNCONFIGURED:
            _REPORTED_UNCONFIGURED.add(source.id)
            log.warning("source %s is not configured: %s", source.id, reason)
        if state.setup_error != reason or state.last_error != reason:
            self.store.save_source_state(replace(state, last_error=reason, setup_error=reason))
        return PollOutcome(source.id, "not_configured", reason=reason)

    async def _more_pages(
        self, source: Source, state: SourceState, first: FetchResult, deadline: float | None
    ) -> tuple[list[Body], FetchResult | None, str | None]:
        """Every further page of the answer (OAI-PMH resumption tokens), or the failure
        that stopped it. The pages are parsed with the first, so a failed page fails the
        whole poll and nothing of it is recorded.

        Third: the resumption token of the page the poll's time budget (``deadline``)
        stopped it before, None when it was not cut. Slow pages are not a failure: what
        was read is recorded and the next poll asks for that page (a harvest whose pages
        each take 25 s would otherwise never finish inside a function's timeout)."""
        pages: list[Body] = []
        body = first.body
        spec = next_request(source, body)
        while spec is not None:
            token = page_token(source, body)
            if len(pages) + 1 >= MAX_PAGES:
                reason = f"more than {MAX_PAGES} pages in one harvest"
                return pages, replace(first, status="failed", reason=reason), None
            timeout = _request_time(source, deadline)
            if timeout is None:
                return pages, None, token
            page = await self.fetcher.fetch(
                spec, state, timeout=timeout, max_bytes=source.max_bytes
            )
            if page.status != "ok":
                if _budget_spent(deadline) and timeout < source.timeout.total_seconds():
                    return pages, None, token
                reason = f"page {len(pages) + 2}: {page.reason or 'failed'}"
                return pages, replace(page, status="failed", reason=reason), None
            pages.append(page.body)
            body = page.body
            spec = next_request(source, body)
        return pages, None, None

    def _cut(
        self,
        source: Source,
        state: SourceState,
        token: str,
        harvest_from: datetime,
        *,
        pages: int,
        now: datetime,
    ) -> PollOutcome:
        """A harvest the poll's time budget stopped: kept where it stopped (a page read),
        counted as a failure (status and health say the source is slow), and due again at
        once when it has a place to go on from."""
        if token:
            reason = (
                f"slow: harvest cut at the poll budget after {pages} page(s); "
                "it resumes from there at the next poll"
            )
        else:
            reason = "slow: no answer within the poll budget; polled again at its next turn"
        self.store.save_source_state(
            replace(
                state,
                # Due again at the next tick when it has somewhere to go on from.
                last_attempt=state.last_attempt if token else now,
                consecutive_failures=state.consecutive_failures + 1,
                last_error=reason,
                watching_since=state.watching_since or now,
                harvest_token=token or None,
                harvest_from=harvest_from if token else None,
            )
        )
        return PollOutcome(source.id, "failed", reason=reason)

    # ------------------------------------------------------------------ delivery

    def deliver(self, limit: int = 100) -> DeliveryReport:
        """Deliver the alerts whose turn has come (app.delivery: the one delivery path)."""
        if self.delivery is None:
            raise RunError("this service only polls; alerts are delivered elsewhere")
        return self.delivery.run(limit)

    def check_health(self, sources: Sequence[Source] | None = None) -> list[HealthNotice]:
        """Report each source's outage, silence or recovery once; return what was said.
        Several sources with the same news in one check (a network down fails them all)
        are said in one message naming them (core.health.grouped)."""
        said: list[HealthNotice] = []
        now = self.clock()
        states: dict[str, SourceState] = {}
        notices: list[HealthNotice] = []
        for source in self.config.sources if sources is None else sources:
            state = self.store.get_source_state(source.id)
            notice = assess(
                state, source_name=source.name, expect_every=source.expect_every, now=now
            )
            if notice is not None:
                states[source.id] = state
                notices.append(notice)
        for report in grouped(notices):
            try:
                self.notifier.health(report)
            except NotifyError as exc:
                # Not recorded as said: the next run tries again.
                named = ", ".join(n.source_id for n in members(report))
                log.warning("health notice for %s not delivered: %s", named, exc)
                continue
            for notice in members(report):
                standing = notice.kind != "recovered"
                self.store.save_source_state(
                    replace(
                        states[notice.source_id],
                        health_notified=standing,
                        health_kind=notice.kind if standing else None,
                    )
                )
                said.append(notice)
        return said

    async def run_once(
        self, sources: Sequence[Source] | None = None
    ) -> tuple[list[PollOutcome], DeliveryReport]:
        # A slow source (a paged harvest) must not hold the others' alerts past the budget.
        deadline = time.monotonic() + LOCAL_POLL_BUDGET.total_seconds()
        outcomes = await self.poll(sources, deadline=deadline)
        report = self.deliver()
        self.check_health(sources)
        self.notifier.report(outcomes)
        return outcomes, report


def _drained(pairs: list[_T]) -> Iterator[_T]:
    """Each of ``pairs`` in order, the list letting go of each as it is taken (emptied)."""
    pairs.reverse()
    while pairs:
        yield pairs.pop()


def _validators(state: SourceState, result: FetchResult) -> dict[str, str | None]:
    return {
        "etag": result.headers.get("etag", state.etag),
        "last_modified": result.headers.get("last-modified", state.last_modified),
    }


def _request_time(source: Source, deadline: float | None) -> float | None:
    """The timeout of a request to ``source``: its own, or what is left of the poll's
    budget when that is less; None when too little is left to begin one."""
    timeout = source.timeout.total_seconds()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left < MIN_REQUEST_TIME:
        return None
    return min(timeout, left)


def _budget_spent(deadline: float | None) -> bool:
    return deadline is not None and deadline - time.monotonic() < MIN_REQUEST_TIME


def _succeeded(state: SourceState, now: datetime, **changes: object) -> SourceState:
    return replace(
        state,
        # A harvest that went on over several polls was read whole from when it began.
        last_success=state.harvest_from or now,
        harvest_token=None,
        harvest_from=None,
        last_attempt=now,
        watching_since=state.watching_since or now,
        consecutive_failures=0,
        last_error=None,
        **changes,  # type: ignore[arg-type]
    )


# How long a poll worker holds the story lock at most (a worker that dies frees it then),
# and how long another waits for it: assignment under the lock takes milliseconds.
STORY_LOCK_LEASE = timedelta(seconds=30)
STORY_LOCK_WAIT = timedelta(seconds=10)


class _RunStories:
    """The recent stories, read from the store once per run and shared by its sources.

    Safe to share: from its last seen-documents lookup to its record, a source's poll has
    no await (parsing and deciding, which may await a worker process, come before it, and
    a change in what the store holds meanwhile is decided again), so sources of one run
    never interleave in the clusterer or between lookup and record. The stories the run
    touched are saved once, when it ends."""

    def __init__(
        self,
        store: Store,
        clock: Callable[[], datetime],
        campaigns: Mapping[str, str] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        # Each demand's campaign: a story is one campaign's (core.stories, probe s16 L5).
        self._campaigns = campaigns
        # Whether this run parses in worker processes (Service.poll decides).
        self.pooled = False
        # The stories a source's alerts joined or made, saved before its alerts are
        # recorded (see Service's poll of one source).
        self._touched: dict[str, None] = {}
        self._clusterer: StoryClusterer | None = None
        # Whether the clusterer holds the stories a voting record may join (see clusterer).
        self._deep = False
        # The state file refused a write during this run (Service.poll raises the first).
        self.unwritable: list[StoreWriteError] = []
        # A source is assigned without the story lock (held past STORY_LOCK_WAIT): its
        # stories are merged with the stored versions when saved.
        self._merging = False
        # The documents this run's sources recorded, each with the count of records made
        # in the run when it was (see recorded_any), and that count.
        self._recorded: dict[str, int] = {}
        self.recorded = 0

    def note_recorded(self, keys: Iterable[str]) -> None:
        for key in keys:
            self.recorded += 1
            self._recorded[key] = self.recorded

    def recorded_any(self, keys: Iterable[str], *, since: int) -> bool:
        """Whether a source of this run recorded any of ``keys`` after the run had made
        ``since`` records (a value of :attr:`recorded` read before)."""
        recorded = self._recorded
        return any(recorded.get(key, 0) > since for key in keys)

    @contextmanager
    def assigning(self, alerting: bool) -> Iterator[None]:
        """Around one source's story assignment and record. Where other processes assign
        stories in the same store at once (poll workers on the scale path), under the
        store's lock: the stories are read again inside it and what this source changed is
        saved before it is given up, so two workers that see one veto at the same moment
        make one story, not one each (probe s16 L4). A lock still held past
        :data:`STORY_LOCK_WAIT` (a worker stuck in a slow call) is not waited for longer:
        the source is recorded without it, as before, rather than not at all."""
        if not (alerting and self._store.concurrent_writers):
            yield
            return
        holder = uuid4().hex
        locked = self._lock(holder)
        try:
            if self._store.stories_changed_elsewhere():
                self._clusterer, self._deep = None, False  # read again, under the lock
            # Without the lock another writer may save a story this source joins between
            # its read and its save: saved whole, this version would drop that writer's
            # report. Each is merged with the version stored then.
            self._merging = not locked
            yield
            self.save()
        finally:
            self._merging = False
            if locked:
                self._store.unlock_stories(holder)

    def _lock(self, holder: str) -> bool:
        give_up = time.monotonic() + STORY_LOCK_WAIT.total_seconds()
        pause = 0.02
        while not self._store.lock_stories(holder, self._clock(), STORY_LOCK_LEASE):
            if time.monotonic() >= give_up:
                log.warning(
                    "story lock held past %ss; assigning stories without it",
                    STORY_LOCK_WAIT.total_seconds(),
                )
                return False
            time.sleep(pause)
            pause = min(pause * 2, 0.25)
        return True

    def touch(self, story_ids: Iterable[str | None]) -> None:
        self._touched.update((i, None) for i in story_ids if i is not None)

    def save(self) -> None:
        if self._clusterer is None:
            return
        for story_id in self._touched:
            story = self._clusterer.stories[story_id]
            if self._merging:
                from demandwatch.core.stories import merge_versions

                stored = self._store.get_story(story_id)
                if stored is not None:
                    story = merge_versions(story, stored)
            self._store.save_story(story)
        self._touched.clear()

    def clusterer(self, entries: Iterable[NewEntry] = ()) -> StoryClusterer:
        """The run's clusterer, holding the stories ``entries``' alerts may join: a week's,
        or, when one of them may be a voting record, as far back as a record joins its vote
        (``core.stories.lookback``). A run that read a week and then meets a record saves
        what it changed and reads again."""
        from demandwatch.core.stories import (
            StoryClusterer,
            lookback,
            reaches_back,
            tally_key,
            voting_record,
        )

        records = any(
            reaches_back(
                tally_key(e.alert.event.vote),
                e.alert.item.symbols,
                record=(
                    e.reading.record
                    if e.reading is not None
                    else voting_record(e.alert.item.title, e.alert.item.text)
                )
                is not None,
            )
            for e in entries
            if e.alert is not None
        )
        if self._clusterer is None or (records and not self._deep):
            self.save()
            since = self._clock() - lookback(records)
            stories = self._store.recent_stories(since)
            if self._store.concurrent_writers:
                # What other workers saved a moment ago, which the store's index may not
                # show yet, in the version they saved (review s16 A1).
                lately = {s.id: s for s in self._store.stories_saved_lately(since)}
                stories = [lately.pop(s.id, s) for s in stories] + list(lately.values())
            self._clusterer = StoryClusterer(stories, campaigns=self._campaigns)
            self._deep = records
        return self._clusterer
