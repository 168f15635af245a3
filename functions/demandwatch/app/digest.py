"""The digest use case: gather a period's alerts per campaign and build each campaign's
digest (core.digest), the same for the daily Lambda, ``demandwatch digest`` and
``run --loop`` at the configured hour; a :class:`DigestPoster` shows it somewhere."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from demandwatch.app.status import gather_status
from demandwatch.config import AppConfig
from demandwatch.core.delivery import classify, ends_run
from demandwatch.core.digest import DigestContent, build_digest
from demandwatch.core.models import Alert, AlertStatus, SourceState
from demandwatch.core.status import health_summary
from demandwatch.core.stories import Story
from demandwatch.exceptions import NotifyError, RateLimitedError
from demandwatch.ports import AlertRecord, OpsNotices

log = logging.getLogger("demandwatch.digest")

# Ten working days are at most fourteen calendar days, plus holidays' margin.
GA_DEBATE_LOOKBACK = timedelta(days=21)
# How long a claim on a campaign's digest holds: a post takes seconds (the API's retries
# included), so a claim older than this is a process that died holding it.
DIGEST_LEASE = timedelta(minutes=5)


class DigestStore(Protocol):
    def alerts_between(self, start: datetime, end: datetime) -> list[AlertRecord]: ...
    def alert_status(self, alert_id: str) -> AlertStatus | None: ...
    def alert_counts(self) -> dict[str, int]: ...
    def recent_stories(self, since: datetime) -> list[Story]: ...
    def get_source_state(self, source_id: str) -> SourceState: ...


class DigestPoster(Protocol):
    def post_digest(
        self,
        campaign_id: str,
        content: DigestContent,
        *,
        day: str = "",
        since: datetime | None = None,
    ) -> None:
        """Post the campaign's digest (``day``, when given, goes in its message metadata).
        With ``day`` and ``since``, a retried post whose first attempt landed (its answer
        lost) is found by that metadata, not posted again."""
        ...

    def find_digest(self, campaign_id: str, day: str, since: datetime) -> bool:
        """Whether the campaign's digest of ``day`` was posted (since ``since``)."""
        ...


@dataclass(frozen=True)
class CampaignDigest:
    campaign_id: str
    content: DigestContent


def campaign_of(demand_ids: Sequence[str], config: AppConfig) -> str:
    """The campaign of the first known demand (the first campaign if none is known)."""
    campaigns = {d.id: d.campaign_id for d in config.demands}
    for demand_id in demand_ids:
        if demand_id in campaigns:
            return campaigns[demand_id]
    return config.campaigns[0].id


def _campaign_of_alert(alert: Alert, config: AppConfig) -> str:
    return campaign_of([m.demand_id for m in alert.matches], config)


def build_digests(
    config: AppConfig,
    store: DigestStore,
    start: datetime,
    end: datetime,
    *,
    events_problem: str | None = None,
) -> list[CampaignDigest]:
    """One digest per campaign for the alerts created in [start, end); ``events_problem``:
    why events are read by the rules alone though the model is on (said under the sources'
    health, as status says it: review s23 Z2), or None."""
    records = store.alerts_between(start, end)
    health = health_summary(gather_status(config.sources, store, end).sources)
    ga_debates = [
        story
        for story in store.recent_stories(end - GA_DEBATE_LOOKBACK)
        if story.ga_debate_due is not None and story.ga_debate_due >= end.date()
    ]
    out = []
    for campaign in config.campaigns:
        mine = [r for r in records if _campaign_of_alert(r.alert, config) == campaign.id]
        statuses = {r.alert.id: store.alert_status(r.alert.id) for r in mine}
        content = build_digest(
            title=campaign.title,
            start=start,
            end=end,
            records=mine,
            statuses=statuses,
            drafted={i for i, s in statuses.items() if s is not None and s.drafted},
            health=health,
            ga_debates=[
                s for s in ga_debates if campaign_of(list(s.demands), config) == campaign.id
            ],
            events_problem=events_problem,
        )
        out.append(CampaignDigest(campaign.id, content))
    return out


def post_digests(
    config: AppConfig,
    store: DigestStore,
    poster: DigestPoster,
    start: datetime,
    end: datetime,
    *,
    events_problem: str | None = None,
) -> list[CampaignDigest]:
    """Build and post every campaign's digest; returns what was posted."""
    digests = build_digests(config, store, start, end, events_problem=events_problem)
    for digest in digests:
        poster.post_digest(digest.campaign_id, digest.content)
    return digests


@dataclass(frozen=True)
class DigestsPosted:
    """What one :func:`post_digests_once` did."""

    posted: list[CampaignDigest]
    # Why the digests not posted wait for a later try (Slack refuses the token, is
    # unreachable or asks to wait), or None.
    waiting: str | None = None
    # Digests given up for the day, each with Slack's reason (their channel is gone,
    # the message was refused): another try would fail the same way.
    refused: list[str] = field(default_factory=list)
    # Campaigns whose digest another process holds the claim of (posting it now, or
    # killed while it did): a later call posts it once the claim's lease lapses.
    held: list[str] = field(default_factory=list)
    # Digests an earlier try of this deployment had posted (it died, or its answer came
    # late): found in the channel and settled, not posted again, nor counted as posted.
    found: list[CampaignDigest] = field(default_factory=list)
    # Campaigns whose digest of the day was settled before this call (posted, found or
    # given up): nothing was done for them.
    settled: list[str] = field(default_factory=list)


def post_digests_once(
    config: AppConfig,
    store: DigestStore,
    notices: OpsNotices,
    poster: DigestPoster,
    start: datetime,
    end: datetime,
    *,
    day: str,
    clock: Callable[[], datetime] | None = None,
    lease: timedelta = DIGEST_LEASE,
    events_problem: str | None = None,
) -> DigestsPosted:
    """Post each campaign's digest of ``day`` that is not posted yet (``run --loop``, the
    daily Lambda); ``end`` is now.

    Each campaign's digest is claimed for ``lease`` at ``clock()`` (``end`` when not
    given), so two processes never both post it. It is looked for in Slack by its metadata
    first (a process killed while it held the claim, or a try whose answer came after the
    client's timeout, may have posted it), posted if not found, and then settled for good.
    The claim is withdrawn when Slack refuses the token, cannot be reached or asks to wait:
    a later call posts it, and the campaigns after it wait too. A process killed while it
    held the claim leaves it to lapse: a call after the lease posts the digest, once. A
    digest Slack refuses for its own sake (its channel is gone, the message was refused) is
    settled: trying it again would fail the same way at every call.
    """
    if notices.noted(f"digest:{day}"):
        # Noted by a version before per-campaign claims (5745cce), which noted this one
        # key before posting every campaign's digest of the day: on the day of the
        # upgrade they are out already, and the new keys must not post them again. Said
        # as settled, campaign by campaign, like any digest out already (review A s14
        # LOW-2: "posted to Slack for 0 campaign(s)" and nothing else).
        return DigestsPosted([], settled=[campaign.id for campaign in config.campaigns])
    posted: list[CampaignDigest] = []
    found: list[CampaignDigest] = []
    refused: list[str] = []
    held: list[str] = []
    settled: list[str] = []
    now = clock if clock is not None else (lambda: end)
    for digest in build_digests(config, store, start, end, events_problem=events_problem):
        key = f"digest:{day}:{digest.campaign_id}"
        # Dated at the claim: one taken late in a slow call must hold for its whole lease.
        claim = notices.claim_notice(key, now(), lease)
        if claim is None:
            # Posted (or given up) before, or being posted by another process.
            (settled if notices.noted(key) else held).append(digest.campaign_id)
            continue
        try:
            # Looked for on every claim, not only a taken-over one: a try whose post Slack
            # took after the client's timeout withdrew its claim, and the next claim is a
            # fresh one (one history call a campaign a day). Only this deployment's own
            # digest is found (its metadata, slack.digest.deployment_id).
            landed = _found(poster, digest.campaign_id, day, start)
            if not landed:
                poster.post_digest(digest.campaign_id, digest.content, day=day, since=start)
        except NotifyError as exc:
            if ends_run(classify(exc.code, rate_limited=isinstance(exc, RateLimitedError))):
                notices.withdraw_claim(claim)
                return DigestsPosted(
                    posted,
                    waiting=str(exc),
                    refused=refused,
                    held=held,
                    found=found,
                    settled=settled,
                )
            notices.settle_claim(claim, now())
            refused.append(f"{digest.campaign_id}: {exc}")
            continue
        notices.settle_claim(claim, now())
        (found if landed else posted).append(digest)
    return DigestsPosted(posted, refused=refused, held=held, found=found, settled=settled)


def _found(poster: DigestPoster, campaign_id: str, day: str, since: datetime) -> bool:
    """Whether an earlier try posted the digest already (it died, or its answer came late).
    The lookup needs the history scope, which an installation may lack: if it fails, the
    digest is posted (twice after a crash is better than not at all)."""
    try:
        return poster.find_digest(campaign_id, day, since)
    except NotifyError as exc:
        log.warning("digest of %s: cannot look for an earlier post (%s)", campaign_id, exc)
        return False
