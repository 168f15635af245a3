"""A vote announced after a story reported its outcome is another vote's news (probe s13
P2: a sanctions vote put off joined the cross-border renewal adopted that morning, and the
renewal's draft statement cited the sanctions draft)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from story_support import candidate, polled

MORNING = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
VOTE_DAY = date(2026, 12, 1)


def adoption() -> object:
    return candidate(
        "adopted",
        "Security Council Extends Syria Cross-Border Mechanism, Adopting Resolution 2811 (2026)",
        "resolution_adopted",
        MORNING,
        demand="monitor-access",
        text="The Council today unanimously adopted resolution 2811 (2026), extending the "
        "authorization for aid deliveries into north-west Syria and demanding access for "
        "monitors.",
        symbols=("S/RES/2811 (2026)", "SC/17002"),
        vote_date=VOTE_DAY,
    )


def test_a_vote_put_off_on_another_draft_after_an_adoption_is_another_story() -> None:
    put_off = candidate(
        "put-off",
        "Syria: Vote on Sanctions Draft Postponed",
        "vote_scheduled",
        MORNING + timedelta(hours=1),
        demand="asset-freeze",
        text="The vote on the draft resolution (S/2026/1020) that would freeze the assets of "
        "senior Syrian officials, set for this morning, has been postponed. No new date "
        "has been set.",
        symbols=("S/2026/1020",),
        vote_date=VOTE_DAY,
    )
    later = candidate(
        "next-week",
        "Syria: Vote on Asset Freeze Draft Expected Next Week",
        "vote_scheduled",
        MORNING + timedelta(hours=3),
        demand="asset-freeze",
        text="Council members are expected to vote next week on a draft resolution that "
        "would freeze the assets of senior Syrian officials.",
    )
    first, second, third = polled(adoption(), put_off, later)  # type: ignore[arg-type]
    assert second.id != first.id
    assert third.id != first.id


def test_a_preview_of_the_story_s_own_vote_still_joins_it() -> None:
    """The README's rule holds: a preview belongs with its vote, before it or (naming the
    vote's draft, or its day) after it."""
    veto = candidate(
        "veto",
        "Russia vetoes Security Council draft on Syria arms embargo",
        "veto",
        MORNING,
        demand="arms-embargo",
        text="Russia vetoed draft resolution S/2026/1001 on an arms embargo on Syria today.",
        symbols=("S/2026/1001",),
        vote_date=VOTE_DAY,
    )
    late_preview = candidate(
        "preview",
        "Security Council to vote on Syria arms embargo draft S/2026/1001 today",
        "vote_scheduled",
        MORNING + timedelta(hours=1),
        demand="arms-embargo",
        text="The Council votes today on draft resolution S/2026/1001 imposing an arms "
        "embargo on Syria.",
        symbols=("S/2026/1001",),
        vote_date=VOTE_DAY,
    )
    first, second = polled(veto, late_preview)
    assert second.id == first.id
