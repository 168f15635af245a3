"""Pipeline policy: which new items alert (baseline, max age, paused demands)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from demandwatch.core.identity import fingerprint
from demandwatch.core.matching import Matcher
from demandwatch.core.models import (
    Actor,
    Demand,
    DemandStatus,
    Event,
    Item,
    NewEntry,
    Report,
    SeenDocument,
    VoteTally,
)
from demandwatch.core.pipeline import (
    Fresh,
    alert_id,
    alert_level,
    decide,
    decision_facts,
    fresh_items,
    is_news,
)

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
        fresh_items(items, {}),
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
        [Fresh(fresh, fingerprint(fresh.title, fresh.text))],
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
    assert alert.id == alert_id(fresh, fingerprint(fresh.title, fresh.text))
    assert alert.item == fresh
    assert [m.demand_id for m in alert.matches] == ["veto"]
    assert "veto*" in alert.matches[0].terms
    assert alert.source_name == "UN press"
    assert alert.created == NOW
    assert alert.demand_titles == {"veto": "Title of veto"}
    assert alert.demand_campaigns == {"veto": "syria"}  # routed by it if the demand goes (R1)


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
        fresh_items([mixed], {}),
        matcher=MATCHER,
        baseline=False,
        now=NOW,
        max_age=MAX_AGE,
        source_name="UN press",
        demands=BY_ID,
    )
    assert entry.alert is not None
    assert [m.demand_id for m in entry.alert.matches] == ["veto"]


def test_alert_id_is_deterministic_per_document_version_whichever_source() -> None:
    first = item("sc16444", VETO)
    other_source = replace(first, source_id="un-news-all")
    assert alert_id(first, "v1") == alert_id(other_source, "v1")
    assert alert_id(first, "v1") != alert_id(first, "v2")
    assert alert_id(first, "v1") != alert_id(item("sc16445", VETO), "v1")
    assert run([first])["sc16444"] == run([first])["sc16444"]


def test_fresh_items_are_new_documents_and_changed_versions_once_each() -> None:
    same = item("same", VETO)
    changed = item("changed", "Security Council fails to adopt draft on Syria")
    new = item("new", VETO)
    known = {
        "same": SeenDocument("same", fingerprint(same.title, same.text), 0),
        "changed": SeenDocument("changed", "an-older-version", 205),
    }
    fresh = fresh_items([same, changed, new, replace(new, title="listed twice")], known)
    assert [(f.item.key, f.previous) for f in fresh] == [
        ("changed", known["changed"]),
        ("new", None),
    ]
    assert fresh[1].item.title == VETO  # the first listing of a document is the one kept


def decide_one(candidate: Fresh) -> tuple[str | None, int, str | None]:
    [entry] = decide(
        [candidate],
        matcher=MATCHER,
        baseline=False,
        now=NOW,
        max_age=MAX_AGE,
        source_name="UN press",
        demands=BY_ID,
    )
    return (entry.alert.priority if entry.alert else None), entry.level, entry.revises


def test_a_changed_version_alerts_only_when_it_is_more_urgent_than_before() -> None:
    rewritten = item("blog", "Security Council: Russia vetoes draft on Syria")
    version = fingerprint(rewritten.title, rewritten.text)
    veto_level = alert_level("P1", "veto")
    # Before, the entry matched nothing (level 0) or was a lesser alert: the veto alerts.
    assert decide_one(Fresh(rewritten, version, SeenDocument("blog", "old", 0))) == (
        "P1",
        veto_level,
        "old",
    )
    lesser = alert_level("P2", "vote_scheduled")
    assert decide_one(Fresh(rewritten, version, SeenDocument("blog", "old", lesser)))[0] == "P1"
    # Already alerted as urgently: the new wording is remembered, nothing is said again.
    assert decide_one(Fresh(rewritten, version, SeenDocument("blog", "old", veto_level))) == (
        None,
        veto_level,
        "old",
    )
    # A rewrite that no longer matches keeps the level the document reached.
    quiet = item("blog", "General Assembly elects judges")
    assert decide_one(
        Fresh(quiet, fingerprint(quiet.title, ""), SeenDocument("blog", "old", lesser))
    ) == (None, lesser, "old")


def test_a_changed_version_that_reports_something_else_alerts_whatever_its_level() -> None:
    """Probe s13 P20/P5: a paged vote rewritten to "postponed" (a demand it did not match
    before), a report rewritten into another finding (another event) is news; the same
    event for the same demands reworded is not."""
    rewritten = item("blog", "Security Council: Russia vetoes draft on Syria")
    version = fingerprint(rewritten.title, rewritten.text)
    veto_level = alert_level("P1", "veto")
    reported = Report("veto", frozenset({"veto"}))
    same = SeenDocument("blog", "old", veto_level, reported)
    assert decide_one(Fresh(rewritten, version, same)) == (None, veto_level, "old")
    # Another event reported at a level no higher than before: said, the level kept.
    was_vote = SeenDocument(
        "blog", "old", veto_level, Report("vote_scheduled", frozenset({"veto"}))
    )
    assert decide_one(Fresh(rewritten, version, was_vote)) == ("P1", veto_level, "old")
    # A demand the version seen last did not match.
    other_demand = SeenDocument("blog", "old", veto_level, Report("veto", frozenset({"access"})))
    assert decide_one(Fresh(rewritten, version, other_demand))[0] == "P1"
    # The version seen last matched nothing (a rewrite in between): matching again is news.
    assert decide_one(Fresh(rewritten, version, replace(same, report=Report())))[0] == "P1"
    # A record from before reports were remembered: its level alone decides, as before.
    assert decide_one(Fresh(rewritten, version, replace(same, report=None)))[0] is None


def test_what_a_version_reports_is_remembered_with_it() -> None:
    veto = item("blog", "Security Council: Russia vetoes draft on Syria")
    quiet = item("quiet", "General Assembly elects judges")
    old = item("old", VETO, age=MAX_AGE + timedelta(hours=1))
    known = Report("vote_scheduled", frozenset({"veto"}))
    entries = decide(
        [
            Fresh(veto, "v2", None),
            Fresh(quiet, "q2", SeenDocument("quiet", "q1", 0, known)),
            Fresh(old, "o2", SeenDocument("old", "o1", 0, known)),
        ],
        matcher=MATCHER,
        baseline=False,
        now=NOW,
        max_age=MAX_AGE,
        source_name="UN press",
        demands=BY_ID,
    )
    assert [e.report for e in entries] == [
        # With the facts of the decision it reports (probe s14 N9/N10).
        Report("veto", frozenset({"veto"}), frozenset({"vetoer:Russian Federation"})),
        # Matched nothing: it takes back nothing the document reported (review A s13 M1:
        # remembering "nothing" re-alerted the same veto when the match came back).
        known,
        known,  # too old to be examined: what was examined last stands
    ]


def test_a_document_whose_match_comes_and_goes_is_news_once() -> None:
    """Review A s13 M1: a page whose words drop a match and bring it back, or drop a
    demand and restore it, says nothing new the second time."""
    veto = item("blog", "Security Council: Russia vetoes draft on Syria")
    quiet = item("blog", "Security Council: the draft on Syria")

    def step(version: Item, fingerprint_: str, seen: SeenDocument | None) -> SeenDocument:
        [entry] = decide(
            [Fresh(version, fingerprint_, seen)],
            matcher=MATCHER,
            baseline=False,
            now=NOW,
            max_age=MAX_AGE,
            source_name="UN press",
            demands=BY_ID,
        )
        alerts.append(entry.alert is not None)
        return SeenDocument("blog", fingerprint_, entry.level, entry.report)

    alerts: list[bool] = []
    seen = step(veto, "v1", None)
    seen = step(quiet, "v2", seen)
    seen = step(veto, "v3", seen)
    assert alerts == [True, False, False]
    # A demand dropped by one version and restored by the next: remembered throughout.
    both = replace(seen, report=replace(seen.report, demands=frozenset({"veto", "icc"})))  # type: ignore[type-var]
    fewer = step(veto, "v4", both)
    assert fewer.report == both.report
    assert alerts[-1] is False


def test_is_news_compares_event_and_demands_with_the_version_seen_last() -> None:
    report = Report("vote_scheduled", frozenset({"icc", "veto"}))
    before = SeenDocument("k", "v1", 300, Report("vote_scheduled", frozenset({"icc"})))
    assert is_news(200, report, None)
    assert is_news(301, Report("vote_scheduled", frozenset({"icc"})), before)
    assert is_news(300, report, before)  # a demand more
    assert not is_news(300, Report("vote_scheduled", frozenset({"icc"})), before)
    assert not is_news(300, Report("vote_scheduled", frozenset()), before)  # a demand fewer


def test_a_report_reads_back_from_its_text_and_unknown_stays_unknown() -> None:
    for report in (Report(), Report("veto", frozenset({"icc-referral", "stop-veto-obstruction"}))):
        assert Report.from_text(report.to_text()) == report
    assert Report.from_text(None) is None
    assert Report.from_text("") is None
    assert Report.from_text("no-such-event|icc") is None
    # With the facts of a decision; a record written before facts were kept reads as
    # facts unknown (None), never as "no facts".
    decided = Report(
        "veto",
        frozenset({"stop-veto-obstruction"}),
        frozenset({"doc:S/RES/2118 (2013)", "vetoer:China", "vote:13-2"}),
    )
    assert Report.from_text(decided.to_text(), decided.facts_text()) == decided
    assert Report.from_text(decided.to_text()) == replace(decided, facts=None)
    # The releases that kept the facts inside the report wrote them so: read as written.
    assert Report.from_text("veto|icc|vetoer:China;vote:13-2") == Report(
        "veto", frozenset({"icc"}), frozenset({"vetoer:China", "vote:13-2"})
    )
    assert Report.from_text("veto|icc|") == Report("veto", frozenset({"icc"}), frozenset())
    assert Report.from_text("veto|icc") == Report("veto", frozenset({"icc"}), None)


def test_the_report_column_stays_in_the_form_a_release_from_before_facts_reads() -> None:
    """Probe s15 K6: after a rollback to the release before facts were kept, its reader
    (event, then demands split on ",") took "stop-veto-obstruction|doc:S/2026/3501;..." for
    a demand no version matched, and every revised decision document alerted again."""
    decided = Report(
        "veto",
        frozenset({"monitor-access", "stop-veto-obstruction"}),
        frozenset({"doc:S/2026/3501", "vetoer:Russian Federation", "vote:13-1"}),
    )
    event, _, rest = decided.to_text().partition("|")  # what that release's reader does
    assert (event, set(rest.split(","))) == ("veto", set(decided.demands))


def test_a_version_reporting_another_decision_or_correcting_one_is_news() -> None:
    """Probe s14 N9/N10: the same event for the same demands, but another draft's veto or
    other vetoers or another vote, is news; the same facts reworded or in part are not."""
    first = frozenset({"doc:S/2026/2701", "vetoer:Russian Federation", "vote:12-2"})
    level = alert_level("P1", "veto")
    before = SeenDocument("blog", "v1", level, Report("veto", frozenset({"veto"}), first))
    same = Report("veto", frozenset({"veto"}), first)
    assert not is_news(level, same, before)
    assert not is_news(level, Report("veto", frozenset({"veto"}), first - {"vote:12-2"}), before)
    second = frozenset({"doc:S/2026/2702", "vetoer:France", "vetoer:United States", "vote:9-3"})
    assert is_news(level, Report("veto", frozenset({"veto"}), second), before)
    corrected = frozenset({"doc:S/2026/2701", "vetoer:China", "vetoer:Russian Federation"})
    assert is_news(level, Report("veto", frozenset({"veto"}), corrected), before)
    # A first fact of its kind is a detail the version adds, not news (review A s14
    # MED-1): the tally a live blog adds to a veto it had reported without one.
    no_tally = replace(before, report=Report("veto", frozenset({"veto"}), first - {"vote:12-2"}))
    assert not is_news(level, same, no_tally)
    # A record from before facts were kept: an upgrade re-alerts nothing.
    legacy = replace(before, report=Report("veto", frozenset({"veto"}), None))
    assert not is_news(level, Report("veto", frozenset({"veto"}), second), legacy)


def test_the_facts_of_a_decision_are_its_documents_vetoers_and_vote() -> None:
    vetoed = item("blog", "Russia and China veto Security Council draft S/2026/140 on Syria")
    event = Event(
        "veto",
        (Actor("China", "vetoed"), Actor("Russian Federation", "vetoed")),
        vote=VoteTally(13, 2, 0),
    )
    assert decision_facts(event, replace(vetoed, symbols=("S/2026/140",))) == {
        "doc:S/2026/140",
        "vetoer:China",
        "vetoer:Russian Federation",
        "vote:13-2",
    }
    assert decision_facts(Event("statement"), vetoed) == frozenset()
    # Only drafts are the decision's documents: a resolution or a press code cited in
    # passing is background (review A s14 MED-1).
    cited = replace(vetoed, symbols=("S/2026/140", "S/RES/2165 (2014)", "SC/15432"))
    assert {f for f in decision_facts(event, cited) if f.startswith("doc:")} == {"doc:S/2026/140"}


def test_alert_levels_order_priority_before_event() -> None:
    assert alert_level("P1", "statement") > alert_level("P2", "veto")
    assert alert_level("P1", "veto") > alert_level("P1", "vote_scheduled") > 0
    assert alert_level("P3", "other") > 0


def veto_published_at(key: str, when: datetime) -> NewEntry:
    """The pipeline's entry for a veto release published (and fetched) at ``when``,
    decided five minutes later."""
    veto = replace(item(key, VETO), published=when, fetched=when)
    [entry] = decide(
        [Fresh(veto, fingerprint(veto.title, veto.text))],
        matcher=MATCHER,
        baseline=False,
        now=when + timedelta(minutes=5),
        max_age=MAX_AGE,
        source_name="UN press",
        demands=BY_ID,
    )
    return entry


def test_an_evening_veto_counts_its_general_assembly_deadline_from_new_york_s_day() -> None:
    """Probe s15 K8: a veto released at 21:10 New York time on Tuesday 1 December 2026 is
    stamped 02:10 UTC on the 2nd; a release that states no date had its deadline counted
    from the UTC day (16 December) while the draft dated the veto 1 December (15 December)."""
    entry = veto_published_at("sc16999", datetime(2026, 12, 2, 2, 10, tzinfo=UTC))
    assert entry.alert is not None
    assert entry.alert.event is not None
    assert (entry.alert.event.type, entry.alert.event.date) == ("veto", None)
    assert entry.alert.ga_debate_due == date(2026, 12, 15)


def test_a_veto_before_christmas_counts_no_un_holiday_as_a_working_day() -> None:
    """Probe s15 Q13: a veto on Friday 18 December 2026 was alerted "General Assembly debate
    due by January 1, 2027", a day UN Headquarters is closed (as is 25 December)."""
    entry = veto_published_at("sc17018", datetime(2026, 12, 18, 20, 0, tzinfo=UTC))
    assert entry.alert is not None
    assert entry.alert.ga_debate_due == date(2027, 1, 5)


def test_an_alert_carries_what_the_story_rules_read_from_its_text() -> None:
    """Read where the alert is decided (a parse worker, in a pooled run), so the polling
    process does not scan every alert's text again when it assigns stories."""
    from demandwatch.core.stories import read_text

    vetoed = item(
        "sc16500",
        "Russia and China veto Security Council draft on Syria",
        text=(
            "On Tuesday the Russian Federation and China vetoed draft resolution S/2026/812, "
            "which would have renewed the cross-border mechanism. The Secretary-General's "
            "report (S/2026/790) had set out the options. The Council was unable to agree."
        ),
    )
    quiet = item("sc16501", "Council hears briefing on Yemen")
    entries = decide(
        fresh_items([vetoed, quiet], {}),
        matcher=MATCHER,
        baseline=False,
        now=NOW,
        max_age=MAX_AGE,
        source_name="UN press",
        demands=BY_ID,
    )
    alerting, remembered = entries
    assert alerting.alert is not None
    assert remembered.alert is None
    reading = alerting.reading
    assert reading == read_text(
        vetoed.title, vetoed.text, vetoed.published, alerting.alert.event.type
    )
    assert reading is not None
    assert reading.words["china"] > 0
    assert "S/2026/790" in reading.background
    assert remembered.reading is None


def test_stories_are_assigned_from_the_reading_without_reading_the_text_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from demandwatch.core import stories
    from demandwatch.core.pipeline import assign_stories

    texts = [
        ("Russia vetoes Security Council draft on Syria aid", "Russia vetoed S/2026/812."),
        ("Syria: Russian veto blocks cross-border aid draft", "The draft S/2026/812 failed."),
        ("Veto of Syria draft condemned by aid groups", "Groups deplored Tuesday's veto."),
    ]
    items = [item(f"sc1660{n}", title, text=text) for n, (title, text) in enumerate(texts)]
    entries = decide(
        fresh_items(items, {}),
        matcher=MATCHER,
        baseline=False,
        now=NOW,
        max_age=MAX_AGE,
        source_name="UN press",
        demands=BY_ID,
    )
    assert all(e.alert is not None and e.reading is not None for e in entries)
    # Read here, as an entry decided without a reading is: the same stories.
    unread = assign_stories([replace(e, reading=None) for e in entries], stories.StoryClusterer())

    def text_read_again(*args: object) -> stories.TextReading:
        raise AssertionError("the alert's text was read again")

    monkeypatch.setattr(stories, "read_text", text_read_again)
    read = assign_stories(entries, stories.StoryClusterer())
    assert [e.alert.story_id for e in read if e.alert] == [
        e.alert.story_id for e in unread if e.alert
    ]
    assert len({e.alert.story_id for e in read if e.alert}) < len(read)
