"""A story is one campaign's (probe s16 L5, R2): the clusterer, told each demand's campaign,
never puts an item in a story whose demands are all another campaign's. An item of both
campaigns joins either, and a story whose demands no campaign holds any more (removed from
the configuration) is no other campaign's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate, StoryClusterer
from story_support import candidate

MORNING = datetime(2026, 11, 3, 13, 0, tzinfo=UTC)
CAMPAIGNS = {"arms-embargo": "syria-un-action", "yemen-arms-embargo": "yemen-un"}


def call(alert: str, place: str, demands: tuple[str, ...], minutes: int) -> Candidate:
    made = candidate(
        alert,
        f"Aid groups call for arms embargo on all parties in {place}",
        # As the events read such a call in the probe: news off the Council's votes.
        "other",
        MORNING + timedelta(minutes=minutes),
        demand=demands[0],
        text=f"Aid groups called for a comprehensive arms embargo on all parties in {place}, "
        "saying weapons kept reaching the forces on both sides.",
    )
    return Candidate(**{**made.__dict__, "demands": demands})


def test_an_item_of_another_campaign_opens_its_own_story() -> None:
    clusterer = StoryClusterer(campaigns=CAMPAIGNS)
    syria, _ = clusterer.assign(call("syria", "Syria", ("arms-embargo",), 0))
    yemen, new = clusterer.assign(call("yemen", "Yemen", ("yemen-arms-embargo",), 20))
    assert new
    assert yemen.id != syria.id
    # Told no campaigns (one campaign's configuration), the two calls are one story.
    alone = StoryClusterer()
    first, _ = alone.assign(call("syria", "Syria", ("arms-embargo",), 0))
    second, _ = alone.assign(call("yemen", "Yemen", ("yemen-arms-embargo",), 20))
    assert second.id == first.id


def test_an_item_of_both_campaigns_or_a_story_of_none_still_joins() -> None:
    clusterer = StoryClusterer(campaigns=CAMPAIGNS)
    syria, _ = clusterer.assign(call("syria", "Syria", ("arms-embargo",), 0))
    both, _ = clusterer.assign(call("both", "Syria", ("arms-embargo", "yemen-arms-embargo"), 20))
    assert both.id == syria.id
    # A demand since removed from the configuration: its story is no other campaign's.
    removed = StoryClusterer(campaigns={"yemen-arms-embargo": "yemen-un"})
    old, _ = removed.assign(call("old", "Syria", ("arms-embargo",), 0))
    later, _ = removed.assign(call("later", "Syria", ("yemen-arms-embargo",), 20))
    assert later.id == old.id
