"""Pipeline policy: which new items alert (baseline, max age, paused demands)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from demandwatch.core.matching import Matcher
from demandwatch.core.models import Demand, DemandStatus, Item
from demandwatch.core.pipeline import alert_id, decide

NOW = datetime(2026, 8, 28, 12, 0, tzinfo=UTC)
MAX_AGE = timedelta(days=3)
CONTEXT = "Syria* OR Damascus"


def demand(demand_id: str, query: str, status: DemandStatus = "active") -> Demand:
    return Demand(
        id=demand_id,
        campaign_id="syria",
        title=f"Title of {demand_id}",
        status=status,
        priority="high",
        owner="@team",
        query=query,
        position="Our position.",
        asks=("Our ask.",),
        spokesperson="Spokesperson",
    )


DEMANDS = (
    demand("veto", "veto*"),
    demand("embargo", '"arms embargo"', "paused"),
    demand("icc", '"International Criminal Court"', "achieved"),
)
MATCHER = Matcher((d, CONTEXT) for d in DEMANDS)
BY_ID = {d.id: d for d in DEMANDS}


def item(key: str, title: str, *, age: timedelta = timedelta(hours=1), text: str = "") -> Item:
    return Item(
        source_id="un-press",
        key=key,
        url=f"https://press.un.org/en/2026/{key}.doc.htm",
        title=title,
        text=text,
        published=NOW - age,
        fetched=NOW,
    )


def run(items: list[Item], *, baseline: bool = False) -> dict[str, str | None]:
    """Key -> alert id (None: remembered without alert); asserts one entry per item, in order."""
    entries = decide(
        items,
        matcher=MATCHER,
        baseline=baseline,
        now=NOW,
        max_age=MAX_AGE,
        source_name="UN press",
        demands=BY_ID,
    )
    assert [e.key for e in entries] == [i.key for i in items]
    return {e.key: (e.alert.id if e.alert else None) for e in entries}


VETO = "Russia vetoes Security Council draft on Syria"


def test_a_fresh_matching_item_alerts() -> None:
    fresh = item("sc16444", VETO)
    entries = decide(
        [fresh],
        matcher=MATCHER,
        baseline=False,
        now=NOW,
        max_age=MAX_AGE,
        source_name="UN press",
        demands=BY_ID,
    )
    [entry] = entries
    assert entry.alert is not None
    alert = entry.alert
    assert alert.id == alert_id(fresh)
    assert alert.item == fresh
    assert [m.demand_id for m in alert.matches] == ["veto"]
    assert "veto*" in alert.matches[0].terms
    assert alert.source_name == "UN press"
    assert alert.created == NOW
    assert alert.demand_titles == {"veto": "Title of veto"}


def test_baseline_remembers_everything_and_alerts_nothing() -> None:
    items = [item("sc1", VETO), item("sc2", "Council meets on Syria"), item("sc3", VETO)]
    assert run(items, baseline=True) == {"sc1": None, "sc2": None, "sc3": None}


def test_items_older_than_max_age_are_remembered_without_alert() -> None:
    items = [
        item("old", VETO, age=MAX_AGE + timedelta(minutes=1)),
        item("months", VETO, age=timedelta(days=120)),
        item("edge", VETO, age=MAX_AGE),  # exactly max_age old still counts as fresh
    ]
    result = run(items)
    assert result["old"] is None
    assert result["months"] is None
    assert result["edge"] is not None


def test_non_matching_items_are_remembered_without_alert() -> None:
    result = run([item("ga1", "General Assembly elects judges"), item("sc2", VETO)])
    assert result["ga1"] is None
    assert result["sc2"] is not None


def test_paused_and_achieved_demands_never_alert() -> None:
    only_inactive = item(
        "sc3", "Syria: arms embargo and International Criminal Court referral urged"
    )
    assert run([only_inactive]) == {"sc3": None}
    # With an active demand too, the alert lists the active one only.
    mixed = item("sc4", "Russia vetoes arms embargo on Syria")
    [entry] = decide(
        [mixed],
        matcher=MATCHER,
        baseline=False,
        now=NOW,
        max_age=MAX_AGE,
        source_name="UN press",
        demands=BY_ID,
    )
    assert entry.alert is not None
    assert [m.demand_id for m in entry.alert.matches] == ["veto"]


def test_alert_id_is_deterministic_per_source_and_key() -> None:
    first = item("sc16444", VETO)
    again = item("sc16444", "Updated title", age=timedelta(minutes=5))
    other_source = replace(first, source_id="un-news-all")
    assert alert_id(first) == alert_id(again)
    assert alert_id(first) != alert_id(item("sc16445", VETO))
    assert alert_id(first) != alert_id(other_source)
    assert run([first])["sc16444"] == run([first])["sc16444"]
