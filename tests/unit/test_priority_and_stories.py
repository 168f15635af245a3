"""Routing tiers, the General Assembly deadline after a veto, and story clustering."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from demandwatch.core.models import Demand
from demandwatch.core.priority import council_day, ga_debate_due, priority_for, un_holidays
from demandwatch.core.stories import (
    Candidate,
    Story,
    StoryClusterer,
    StoryItem,
    bag_of_words,
    compatible,
    merge_versions,
    pairwise_scores,
    skeleton,
)


def demand(priority: str = "high", status: str = "active") -> Demand:
    return Demand(
        id=f"d-{priority}-{status}",
        campaign_id="c",
        title="t",
        status=status,  # type: ignore[arg-type]
        priority=priority,  # type: ignore[arg-type]
        owner="@o",
        query="veto",
        position="p",
        asks=("a",),
        spokesperson="s",
    )


def test_priority_table() -> None:
    assert priority_for("veto", [demand("high")]) == "P1"
    assert priority_for("vote_scheduled", [demand("high")]) == "P1"
    assert priority_for("statement", [demand("high")]) == "P2"
    assert priority_for("veto", [demand("normal")]) == "P2"
    assert priority_for("other", [demand("normal")]) == "P3"
    assert priority_for("report", [demand("low")]) == "P3"
    # The most urgent matched demand decides.
    assert priority_for("veto", [demand("low"), demand("high")]) == "P1"


def test_paused_and_achieved_demands_never_alert() -> None:
    assert priority_for("veto", [demand("high", "paused")]) is None
    assert priority_for("veto", [demand("high", "achieved")]) is None


def test_general_assembly_must_meet_within_ten_working_days() -> None:
    # Veto on Tuesday 11 July 2023 -> ten working days later is Tuesday 25 July 2023.
    assert ga_debate_due(date(2023, 7, 11)) == date(2023, 7, 25)
    # A veto on a Friday skips two weekends.
    assert ga_debate_due(date(2012, 2, 3)) == date(2012, 2, 17)


def test_un_headquarters_holidays_are_not_working_days() -> None:
    """Probe s15 Q13: a veto on Friday 18 December 2026 was "due by January 1, 2027"; with
    25 December and 1 January closed, the tenth working day is Tuesday 5 January."""
    assert ga_debate_due(date(2026, 12, 18)) == date(2027, 1, 5)
    assert ga_debate_due(date(2026, 12, 17)) == date(2027, 1, 4)
    # Good Friday 26 March 2027 (Easter 28 March).
    assert ga_debate_due(date(2027, 3, 19)) == date(2027, 4, 5)
    # Thanksgiving (Thursday 26 November 2026) and Memorial Day (25 May 2026).
    assert ga_debate_due(date(2026, 11, 20)) == date(2026, 12, 7)
    assert ga_debate_due(date(2026, 5, 15)) == date(2026, 6, 1)


@pytest.mark.parametrize(
    ("year", "circular"),
    [
        # As the information circulars for UN Headquarters list them (ST/IC/2019/23 for
        # 2020; the 2017 and 2024 circulars likewise).
        (
            2017,
            ["01-02", "04-14", "05-29", "06-26", "07-04", "09-01", "09-04", "11-23", "12-25"],
        ),
        (
            2020,
            ["01-01", "04-10", "05-25", "05-26", "07-03", "07-31", "09-07", "11-26", "12-25"],
        ),
        (
            2024,
            ["01-01", "03-29", "04-10", "05-27", "06-17", "07-04", "09-02", "11-28", "12-25"],
        ),
    ],
)
def test_un_headquarters_holidays_as_the_circulars_list_them(
    year: int, circular: list[str]
) -> None:
    listed = {date.fromisoformat(f"{year}-{day}") for day in circular}
    assert {d for d in un_holidays(year) if d.year == year} == listed


def test_a_fixed_holiday_on_a_weekend_closes_the_nearest_working_day() -> None:
    # New Year's Day 2022 was a Saturday: observed Friday 31 December 2021; Christmas 2022
    # a Sunday: observed Monday 26 December. Years without a published table count the
    # holidays a rule gives (not the Eids, which the UN fixes each year).
    assert date(2021, 12, 31) in un_holidays(2022)
    assert date(2022, 12, 26) in un_holidays(2022)
    assert date(2022, 12, 25) not in un_holidays(2022)
    assert len(un_holidays(2031)) == 7


def test_the_council_s_day_is_new_york_s() -> None:
    # 02:10 UTC on 2 December is 21:10 on 1 December in New York (winter, UTC-5); 00:30
    # UTC on 2 July is 20:30 on 1 July (summer, UTC-4); 05:30 UTC is the same day there.
    assert council_day(datetime(2026, 12, 2, 2, 10, tzinfo=UTC)) == date(2026, 12, 1)
    assert council_day(datetime(2026, 7, 2, 0, 30, tzinfo=UTC)) == date(2026, 7, 1)
    assert council_day(datetime(2026, 12, 2, 5, 30, tzinfo=UTC)) == date(2026, 12, 2)
    # A feed date with no time (read as midnight UTC) is the day it gives.
    assert council_day(datetime(2026, 12, 1, tzinfo=UTC)) == date(2026, 12, 1)


T0 = datetime(2014, 5, 22, 16, 0, tzinfo=UTC)


def candidate(alert: str, title: str, text: str, event: str, hours: float, symbols=()) -> Candidate:  # type: ignore[no-untyped-def]
    item = StoryItem(alert, "src", title, "", T0 + timedelta(hours=hours), event)  # type: ignore[arg-type]
    return Candidate(item, bag_of_words(title, text), tuple(symbols), ("icc-referral",), "P1")


def test_coverage_of_one_veto_becomes_one_story_and_another_development_does_not() -> None:
    clusterer = StoryClusterer()
    press, new = clusterer.assign(
        candidate(
            "a1",
            "Referral of Syria to International Criminal Court fails as negative votes prevent adoption",
            "Draft S/2014/348 received 13 votes in favour and 2 against (China, Russian Federation).",
            "veto",
            0,
            ["S/2014/348"],
        )
    )
    assert new
    wire, new = clusterer.assign(
        candidate(
            "a2",
            "Russia, China veto referral of Syria to International Criminal Court",
            "Moscow and Beijing blocked the French draft at the Security Council.",
            "veto",
            1,
        )
    )
    assert not new
    assert wire.id == press.id
    _, new = clusterer.assign(
        candidate(
            "a3",
            "Syrie : Moscou et Pékin bloquent la saisine de la CPI",
            "La Russie et la Chine ont opposé leur veto au projet de résolution.",
            "veto",
            4,
        )
    )
    assert not new  # cross-language names meet: Moscou/Moscow, Pékin/Beijing, CPI/ICC
    unrelated, new = clusterer.assign(
        candidate(
            "a4",
            "Aid convoy crosses into north-west Syria after earthquake",
            "Trucks carried tents and medicine through Bab al-Hawa.",
            "other",
            5,
        )
    )
    assert new
    assert unrelated.id != press.id
    assert len(clusterer.stories[press.id].items) == 3


def test_a_veto_and_an_adoption_are_never_one_story() -> None:
    assert not compatible("veto", "resolution_adopted")
    assert compatible("veto", "vote_scheduled")


def test_same_symbol_joins_at_once() -> None:
    clusterer = StoryClusterer()
    first, _ = clusterer.assign(
        candidate("b1", "Draft tabled", "Text S/2023/506", "vote_scheduled", 0, ["S/2023/506"])
    )
    second, new = clusterer.assign(
        candidate("b2", "Totally different words", "Nothing shared", "veto", 20, ["S/2023/506"])
    )
    assert not new
    assert second.id == first.id
    assert second.event == "veto"  # the story takes its most severe event


def test_outside_the_time_window_a_new_story_starts() -> None:
    clusterer = StoryClusterer(window=timedelta(days=3))
    first, _ = clusterer.assign(
        candidate("c1", "Russia vetoes Syria text", "veto", "veto", 0, ["S/2012/77"])
    )
    later, new = clusterer.assign(
        candidate("c2", "Russia vetoes Syria text", "veto", "veto", 24 * 30, ["S/2012/77"])
    )
    assert new
    assert later.id != first.id


def test_pairwise_scores() -> None:
    truth = ["a", "a", "b", "b"]
    assert pairwise_scores(truth, ["x", "x", "y", "y"]) == (1.0, 1.0)
    precision, recall = pairwise_scores(truth, ["x", "x", "x", "y"])
    assert (round(precision, 3), recall) == (0.333, 0.5)


def test_a_background_resolution_cited_by_unrelated_items_does_not_join_them() -> None:
    clusterer = StoryClusterer()
    t = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def cand(alert: str, title: str, text: str, event: str, hours: float) -> Candidate:
        item = StoryItem(alert, "src", title, "", t + timedelta(hours=hours), event)  # type: ignore[arg-type]
        return Candidate(item, bag_of_words(title, text), ("S/RES/2254 (2015)",), (), "P2")

    briefing, _ = clusterer.assign(
        cand(
            "e1", "Envoy briefs on political process", "Talks under resolution 2254.", "meeting", 0
        )
    )
    report, new = clusterer.assign(
        cand(
            "e2",
            "Commission of inquiry documents detention deaths",
            "Findings recall resolution 2254 (2015).",
            "report",
            20,
        )
    )
    assert new
    assert report.id != briefing.id


def keyed(
    alert: str, title: str, event: str, hours: float, vote_date=None, tally=None
) -> Candidate:  # type: ignore[no-untyped-def]
    item = StoryItem(alert, "src", title, "", T0 + timedelta(hours=hours), event)  # type: ignore[arg-type]
    return Candidate(
        item,
        bag_of_words(
            title, "Russia and China vetoed the cross-border aid text for north-west Syria."
        ),
        (),
        ("stop-veto-obstruction",),
        "P1",
        vote_date=vote_date,
        tally=tally,
    )


def test_two_vetoes_a_day_apart_are_two_stories_by_their_vote_dates() -> None:
    clusterer = StoryClusterer()
    day = T0.date()
    first, _ = clusterer.assign(keyed("v1", "Russia and China veto Syria aid text", "veto", 0, day))
    second, new = clusterer.assign(
        keyed(
            "v2", "Russia and China veto Syria aid text again", "veto", 26, day + timedelta(days=1)
        )
    )
    assert new
    assert second.id != first.id
    # Coverage of the second vote that states no date still joins one of them, not a third.
    third, new = clusterer.assign(keyed("v3", "Russia and China veto Syria aid text", "veto", 27))
    assert not new
    assert third.id in (first.id, second.id)


def test_different_tallies_are_different_votes() -> None:
    clusterer = StoryClusterer()
    first, _ = clusterer.assign(keyed("t1", "Council vote on Syria aid", "veto", 0, tally="13-2-0"))
    other, new = clusterer.assign(
        keyed("t2", "Council vote on Syria aid", "veto", 2, tally="4-7-4")
    )
    assert new
    assert other.id != first.id
    same, new = clusterer.assign(
        keyed("t3", "Council vote on Syria aid", "veto", 3, tally="13-2-0")
    )
    assert not new
    assert same.id == first.id


def test_the_window_is_counted_from_the_first_item_and_does_not_slide() -> None:
    clusterer = StoryClusterer(window=timedelta(days=2))
    first, _ = clusterer.assign(keyed("w1", "Russia vetoes Syria aid text", "veto", 0))
    for n, hours in enumerate((30, 44)):
        joined, new = clusterer.assign(
            keyed(f"w{n + 2}", "Russia vetoes Syria aid text", "veto", hours)
        )
        assert not new
        assert joined.id == first.id
    # Each item was within two days of the last one, but this is past two days of the first.
    later, new = clusterer.assign(keyed("w9", "Russia vetoes Syria aid text", "veto", 60))
    assert new
    assert later.id != first.id


def test_a_draft_that_failed_for_want_of_votes_is_not_the_veto_story() -> None:
    assert not compatible("veto", "other")
    assert not compatible("draft_resolution", "other")
    assert compatible("veto", "statement")


# ---------------------------------------------------------------- developments by their keys

OCT = datetime(2026, 10, 13, tzinfo=UTC)


def dev(
    alert: str,
    title: str,
    event: str,
    at: datetime,
    *,
    text: str = "",
    symbols: tuple[str, ...] = (),
    vote_date: date | None = None,
    tally: str | None = None,
) -> Candidate:
    item = StoryItem(alert, "src", title, "", at, event)  # type: ignore[arg-type]
    return Candidate(
        item,
        bag_of_words(title, text),
        symbols,
        ("monitor-access",),
        "P1",
        vote_date=vote_date,
        tally=tally,
    )


VETO_TITLE = "Security Council fails to renew Syria detention monitoring mission owing to veto"


def test_two_meetings_press_releases_are_two_developments_however_alike() -> None:
    clusterer = StoryClusterer()
    first, _ = clusterer.assign(
        dev("p1", VETO_TITLE, "veto", OCT + timedelta(hours=19), symbols=("SC/16632",))
    )
    wire, new = clusterer.assign(
        dev("p2", "Russia vetoes renewal of Syria detention monitors", "veto", OCT.replace(hour=20))
    )
    assert (new, wire.id) == (False, first.id)
    # The next day's meeting, the same words: its own press release, its own story.
    second, new = clusterer.assign(
        dev("p3", VETO_TITLE, "veto", OCT + timedelta(hours=43), symbols=("SC/16634",))
    )
    assert new
    assert second.id != first.id


def test_two_drafts_vetoed_on_one_day_are_two_stories() -> None:
    clusterer = StoryClusterer()
    first, _ = clusterer.assign(
        dev("v1", VETO_TITLE, "veto", OCT + timedelta(hours=19), symbols=("S/2026/901",))
    )
    # The same meeting, a second draft on the same mission, vetoed too: its own alert.
    second, new = clusterer.assign(
        dev("v2", VETO_TITLE, "veto", OCT + timedelta(hours=20), symbols=("S/2026/902",))
    )
    assert new
    assert second.id != first.id
    # The meeting's release names both drafts; a wire naming none joins by its words.
    release, new = clusterer.assign(
        dev(
            "v3",
            VETO_TITLE,
            "veto",
            OCT + timedelta(hours=21),
            symbols=("S/2026/901", "S/2026/902", "SC/16640"),
        )
    )
    assert not new
    assert release.id in {first.id, second.id}


def test_a_rival_draft_citing_the_vetoed_text_is_another_outcome() -> None:
    clusterer = StoryClusterer()
    veto, _ = clusterer.assign(
        dev(
            "r1",
            VETO_TITLE,
            "veto",
            OCT + timedelta(hours=19),
            symbols=("S/2026/801",),
            tally="12-1-2",
        )
    )
    # It names the vetoed draft S/2026/801, but reports its own failed vote.
    for alert, tally in (("r2", "3-6-6"), ("r3", None)):
        rival, new = clusterer.assign(
            dev(
                alert,
                "Rival Russian text on Syria detention monitoring mission also fails",
                "other",
                OCT + timedelta(hours=21),
                text="Draft S/2026/803 fell short after S/2026/801 was vetoed.",
                symbols=("S/2026/803", "S/2026/801"),
                tally=tally,
            )
        )
        assert rival.id != veto.id
        assert alert == "r2" or not new  # the second report of the rival draft joins the first


def test_the_assembly_convening_on_a_veto_is_its_thread_and_the_debate_held_is_not() -> None:
    clusterer = StoryClusterer()
    vote_day = OCT.date()
    veto, _ = clusterer.assign(
        dev("g1", VETO_TITLE, "veto", OCT + timedelta(hours=19), symbols=("S/2026/801",))
    )
    # Three days on, the Assembly names the date of its debate on "the negative vote cast on
    # 13 October on S/2026/801": past the window, the draft's symbol and the vote day join.
    convened, new = clusterer.assign(
        dev(
            "g2",
            "General Assembly to debate veto cast on Syria draft",
            "meeting",
            OCT + timedelta(days=3, hours=15),
            symbols=("GA/12720", "S/2026/801"),
            vote_date=vote_day,
        )
    )
    assert (new, convened.id) == (False, veto.id)
    # The debate itself, held and reported on its own day, is a development of its own.
    held, new = clusterer.assign(
        dev(
            "g3",
            "General Assembly debates veto cast on Syria draft",
            "meeting",
            OCT + timedelta(days=4, hours=20),
            symbols=("S/2026/801",),
            vote_date=vote_day + timedelta(days=4),
        )
    )
    assert new
    assert held.id != veto.id
    # The voting record catalogued days later is still the veto's, though the convening
    # meeting joined its thread; so it is for a story read back from the store.
    for clusterer_now in (clusterer, StoryClusterer([clusterer.stories[veto.id]])):
        record, new = clusterer_now.assign(
            dev(
                "g4",
                "Draft resolution S/2026/801: voting record",
                "veto",
                OCT + timedelta(days=4, hours=22),
                symbols=("S/2026/801",),
                vote_date=vote_day,
            )
        )
        assert (new, record.id) == (False, veto.id)


def test_a_vote_reported_without_its_date_is_the_vote_of_the_day_it_was_published() -> None:
    clusterer = StoryClusterer()
    tuesday, _ = clusterer.assign(
        dev(
            "d1",
            "Russia vetoes renewal of Syria detention monitors",
            "veto",
            OCT + timedelta(hours=19, minutes=40),
            text="Moscow blocked the renewal of the detention monitoring mission.",
        )
    )
    wednesday, new = clusterer.assign(
        dev(
            "d2",
            "Vote on shorter renewal of detention monitoring mission expected",
            "vote_scheduled",
            OCT + timedelta(days=1, hours=13),
            vote_date=OCT.date() + timedelta(days=1),
        )
    )
    assert new
    # Wednesday evening's wire shares more words with Tuesday's veto, but reports the vote
    # of the day it was published: Wednesday's.
    evening, _ = clusterer.assign(
        dev(
            "d3",
            "Russia vetoes scaled-back renewal of Syria detention monitors",
            "veto",
            OCT + timedelta(days=1, hours=20, minutes=40),
            text="Moscow blocked the renewal of the monitoring mission again.",
        )
    )
    assert evening.id == wednesday.id
    # A veto reported on Thursday morning, before the Council meets, is Wednesday's.
    morning, _ = clusterer.assign(
        dev(
            "d4",
            "Russia's veto of scaled-back Syria monitors renewal draws criticism",
            "veto",
            OCT + timedelta(days=2, hours=8),
        )
    )
    assert morning.id == wednesday.id
    assert tuesday.id != wednesday.id


def test_a_stated_vote_day_keeps_a_failed_draft_apart_from_the_next_days() -> None:
    clusterer = StoryClusterer()
    day = OCT.date()
    first, _ = clusterer.assign(
        dev(
            "f1",
            "Russian draft on Syria monitors fails to win nine votes",
            "other",
            OCT + timedelta(hours=20),
            vote_date=day,
            tally="4-7-4",
        )
    )
    second, new = clusterer.assign(
        dev(
            "f2",
            "Russian draft on Syria monitors fails to win nine votes",
            "other",
            OCT + timedelta(hours=44),
            vote_date=day + timedelta(days=1),
            tally="4-7-4",
        )
    )
    assert new
    assert second.id != first.id


def test_a_development_without_a_vote_takes_no_item_after_a_day_and_a_half() -> None:
    clusterer = StoryClusterer()
    title = "Chemical weapons inspectors wait for access to Douma"
    arrival, _ = clusterer.assign(dev("i1", title, "other", OCT + timedelta(hours=12)))
    next_day, new = clusterer.assign(dev("i2", title, "other", OCT + timedelta(hours=40)))
    assert (new, next_day.id) == (False, arrival.id)
    later, new = clusterer.assign(dev("i3", title, "other", OCT + timedelta(hours=50)))
    assert new
    assert later.id != arrival.id
    # A vote's coverage runs from the evening before to the reactions the day after.
    announced, _ = clusterer.assign(
        dev(
            "i4",
            "Council to vote on Syria monitors tomorrow",
            "vote_scheduled",
            OCT + timedelta(days=5, hours=21),
            vote_date=OCT.date() + timedelta(days=6),
        )
    )
    reaction, new = clusterer.assign(
        dev("i5", "Syria monitors vote: groups react", "veto", OCT + timedelta(days=7, hours=12))
    )
    assert (new, reaction.id) == (False, announced.id)


def test_a_publication_time_never_parts_a_vote_from_the_day_announced_for_it() -> None:
    # A feed whose clock stamps the release in the UTC morning: the vote is still the one
    # announced for that day (only the day before or the day itself can be ruled in).
    clusterer = StoryClusterer()
    day = OCT.date()
    announced, _ = clusterer.assign(
        dev(
            "c1",
            "Security Council to vote on Syria ceasefire draft this afternoon",
            "vote_scheduled",
            OCT + timedelta(hours=8),
            symbols=("S/2026/150",),
            vote_date=day,
        )
    )
    release, new = clusterer.assign(
        dev(
            "c2",
            "Security Council fails to adopt Syria ceasefire draft owing to negative votes",
            "veto",
            OCT + timedelta(hours=9),
            symbols=("S/2026/150",),
            tally="13-2-0",
        )
    )
    assert (new, release.id) == (False, announced.id)
    # A vote stated for the next day is another vote, whatever the symbol.
    later, new = clusterer.assign(
        dev(
            "c3",
            "Security Council fails to adopt Syria ceasefire draft owing to negative votes",
            "veto",
            OCT + timedelta(days=1, hours=20),
            vote_date=day + timedelta(days=1),
        )
    )
    assert new
    assert later.id != announced.id


def test_a_reaction_that_evening_is_to_that_days_vote() -> None:
    clusterer = StoryClusterer()
    day = OCT.date()
    text = "The Secretary-General regrets the failure to renew the detention monitoring mission."
    tuesday, _ = clusterer.assign(
        dev("s1", VETO_TITLE, "veto", OCT + timedelta(hours=19), text=text, vote_date=day)
    )
    wednesday, new = clusterer.assign(
        dev(
            "s2",
            "Russia vetoes shorter renewal",
            "veto",
            OCT + timedelta(days=1, hours=20),
            text="Moscow blocked the revised detention monitoring mission text.",
            vote_date=day + timedelta(days=1),
        )
    )
    assert new
    # Worded like Tuesday's story, published after Wednesday's vote: Wednesday's reaction.
    reaction, _ = clusterer.assign(
        dev(
            "s3",
            "Secretary-General regrets Council's failure to renew detention monitoring mission",
            "statement",
            OCT + timedelta(days=1, hours=22),
            text=text,
        )
    )
    assert reaction.id == wednesday.id
    # A statement on nothing the stories share joins neither, the day notwithstanding.
    unrelated, new = clusterer.assign(
        dev("s4", "Envoy urges calm in Sweida", "statement", OCT + timedelta(days=1, hours=23))
    )
    assert new
    assert unrelated.id not in (tuesday.id, wednesday.id)


def test_a_draft_never_joins_the_attack_a_reaction_joined() -> None:
    """The story's most severe event is not all it reports: once a statement joins the
    attack, the draft tabled on it still does not fit the attack itself."""
    clusterer = StoryClusterer()
    attack, _ = clusterer.assign(
        dev(
            "a1",
            "Suspected gas attack kills dozens in Idlib town of Khan Sheikhoun",
            "other",
            OCT + timedelta(hours=9),
        )
    )
    reaction, _ = clusterer.assign(
        dev(
            "a2",
            "Secretary-General deeply disturbed by reported gas attack in Khan Sheikhoun",
            "statement",
            OCT + timedelta(hours=17),
        )
    )
    assert reaction.id == attack.id
    draft, new = clusterer.assign(
        dev(
            "a3",
            "Western powers table draft on Khan Sheikhoun gas attack",
            "draft_resolution",
            OCT + timedelta(hours=22),
        )
    )
    assert new
    assert draft.id != attack.id
    # The attack's own later news still joins it.
    toll, _ = clusterer.assign(
        dev(
            "a4",
            "Death toll from Khan Sheikhoun gas attack rises",
            "other",
            OCT + timedelta(hours=30),
        )
    )
    assert toll.id == attack.id


def test_abstainers_named_but_not_counted_do_not_part_a_tally() -> None:
    clusterer = StoryClusterer()
    wire, _ = clusterer.assign(
        dev("t1", VETO_TITLE, "veto", OCT + timedelta(hours=18), tally="10-2-0")
    )
    release, new = clusterer.assign(
        dev("t2", VETO_TITLE, "veto", OCT + timedelta(hours=21), tally="10-2-3")
    )
    assert (new, release.id) == (False, wire.id)
    assert release.tally == "10-2-3"
    # Counted differently, it is another vote.
    other, new = clusterer.assign(
        dev("t3", VETO_TITLE, "veto", OCT + timedelta(hours=22), tally="11-2-2")
    )
    assert new
    assert other.id != wire.id


def test_a_statement_naming_no_veto_goes_where_its_words_are() -> None:
    """That day's vote ranks first only for a reaction to a veto; the ministers' talks held
    the same day keep the statement that shares their words."""
    clusterer = StoryClusterer()
    day = OCT.date()
    vote, _ = clusterer.assign(
        dev(
            "v1",
            "Council to vote today on renewal of Syria detention monitoring mission",
            "vote_scheduled",
            OCT + timedelta(hours=1),
            vote_date=day,
        )
    )
    talks, _ = clusterer.assign(
        dev(
            "v2",
            "Lavrov and Tillerson fail to agree on Syria ceasefire in Moscow talks",
            "statement",
            OCT + timedelta(hours=16),
        )
    )
    vetoed, _ = clusterer.assign(
        dev("v3", VETO_TITLE, "veto", OCT + timedelta(hours=18), vote_date=day)
    )
    assert vetoed.id == vote.id
    assert talks.id != vote.id
    after, _ = clusterer.assign(
        dev(
            "v4",
            "Putin receives Tillerson as Moscow talks on Syria ceasefire and detention end without agreement",
            "statement",
            OCT + timedelta(hours=20),
        )
    )
    assert after.id == talks.id
    # A reaction naming the veto goes to that day's vote.
    reaction, _ = clusterer.assign(
        dev(
            "v5",
            "Britain condemns Moscow after veto on detention monitoring mission",
            "statement",
            OCT + timedelta(hours=21),
        )
    )
    assert reaction.id == vote.id


def test_a_name_meets_its_spelling_in_another_script() -> None:
    assert {skeleton(w) for w in ("Raslan", "Раслан", "رسلان")} == {"rsln"}
    assert {skeleton(w) for w in ("Koblenz", "Coblenza", "Кобленц")} == {"kblns"}
    assert {skeleton(w) for w in ("Ltamenah", "اللطامنة", "Латамне")} == {"ltmn"}
    assert {skeleton(w) for w in ("Nebenzia", "Небензя")} == {"nbns"}
    # Lower-case Latin words are no names, and short skeletons tell nothing apart.
    assert skeleton("sentenced") is None
    assert skeleton("Assad") is None


def test_the_same_verdict_in_arabic_joins_its_story() -> None:
    clusterer = StoryClusterer()
    wire, _ = clusterer.assign(
        dev(
            "k1",
            "German court jails former Syrian colonel Anwar Raslan for life",
            "other",
            OCT + timedelta(hours=12),
            text="The court in Koblenz convicted Raslan of crimes against humanity over the "
            "torture of detainees at the Al-Khatib prison.",
        )
    )
    arabic, new = clusterer.assign(
        dev(
            "k2",
            "محكمة ألمانية تقضي بالسجن المؤبد على الضابط السوري السابق أنور رسلان",
            "other",
            OCT + timedelta(hours=13),
            text="أصدرت المحكمة في كوبلنز حكما على أنور رسلان بعد إدانته في فرع الخطيب.",
        )
    )
    assert (new, arabic.id) == (False, wire.id)


def test_names_add_to_what_items_share_but_not_to_their_length() -> None:
    """Two English items that share no name score as they did without name keys."""
    clusterer = StoryClusterer()
    idf = clusterer._idf(Counter())
    a = bag_of_words("Council hears briefing on aid deliveries", "Members heard the envoy.")
    b = bag_of_words("Aid deliveries briefing held", "Speakers asked for access Monday.")
    plain_a = Counter({w: c for w, c in a.items() if not w.startswith("~")})
    plain_b = Counter({w: c for w, c in b.items() if not w.startswith("~")})
    assert clusterer.similarity(a, b, idf) == clusterer.similarity(plain_a, plain_b, idf)
    named = bag_of_words("Aid deliveries briefing held", "Nebenzia asked for access Monday.")
    named_a = bag_of_words("Council hears briefing on aid deliveries", "Nebenzia heard the envoy.")
    assert clusterer.similarity(named_a, named, idf) > clusterer.similarity(a, b, idf)


def test_the_councils_meeting_and_published_findings_are_developments_of_their_own() -> None:
    """The Council meeting on an attack is not the attack, and a laboratory's findings the
    day after a vote are not the vote, however many words they share."""
    clusterer = StoryClusterer()
    attack, _ = clusterer.assign(
        dev("m1", "Gas attack kills dozens in Khan Sheikhoun", "other", OCT + timedelta(hours=8))
    )
    meeting, new = clusterer.assign(
        dev(
            "m2",
            "Council meets on gas attack in Khan Sheikhoun",
            "meeting",
            OCT + timedelta(hours=20),
        )
    )
    assert new
    assert meeting.id != attack.id
    vote, _ = clusterer.assign(
        dev(
            "m3",
            "Russia vetoes draft on Khan Sheikhoun gas attack",
            "veto",
            OCT + timedelta(days=3, hours=18),
        )
    )
    findings, new = clusterer.assign(
        dev(
            "m4",
            "Laboratory finds sarin in Khan Sheikhoun gas attack samples",
            "report",
            OCT + timedelta(days=3, hours=22),
        )
    )
    assert new
    assert findings.id != vote.id


def test_states_and_terms_are_one_key_in_every_language() -> None:
    capitals = bag_of_words("Washington, London and Paris table a text", "")
    states = bag_of_words("American, British and French envoys table a text", "")
    assert {"usa", "uk", "france"} <= capitals.keys() & states.keys()
    arabic = bag_of_words("الولايات المتحدة وبريطانيا وفرنسا", "واشنطن")
    assert {"usa", "uk", "france"} <= arabic.keys()
    for title in ("Sarin used, watchdog says", "Зарин применялся", "استخدام السارين"):
        assert "sarin" in bag_of_words(title, "")
    assert "torture" in bag_of_words("IGH: Syrien muss Folter verhindern", "")
    assert "icj" in bag_of_words("IGH: Syrien muss Folter verhindern", "")


def test_a_draft_under_negotiation_is_not_the_councils_meeting() -> None:
    clusterer = StoryClusterer()
    meeting, _ = clusterer.assign(
        dev(
            "n1",
            "Council holds emergency meeting on Idlib gas attack requested by France and UK",
            "meeting",
            OCT + timedelta(hours=15),
        )
    )
    draft, new = clusterer.assign(
        dev(
            "n2",
            "France and UK circulate draft on Idlib gas attack",
            "draft_resolution",
            OCT + timedelta(hours=20),
        )
    )
    assert new
    assert draft.id != meeting.id


def test_a_name_spelled_alike_counts_once() -> None:
    """A name shared in the same spelling counts by its word only: its skeleton adds
    nothing, so one place named in two unrelated items does not join them."""
    clusterer = StoryClusterer()
    idf = clusterer._idf(Counter())
    a = bag_of_words("Berlin and Brussels table Idlib ceasefire text", "A vote is due Thursday.")
    b = bag_of_words("Guterres regrets Council failure on Idlib", "He urged restraint.")
    plain_a = Counter({w: c for w, c in a.items() if not w.startswith("~")})
    plain_b = Counter({w: c for w, c in b.items() if not w.startswith("~")})
    assert "~dlb" in a.keys() & b.keys()
    assert clusterer.similarity(a, b, idf) == clusterer.similarity(plain_a, plain_b, idf)
    # Spelled in another script, the skeleton is what they share.
    arabic = bag_of_words("غوتيريش يأسف لفشل المجلس بشأن إدلب", "")
    assert clusterer.similarity(a, arabic, idf) > 0


def test_the_united_states_is_one_key_in_six_languages_but_not_the_pronoun() -> None:
    """The names "U.S.", "US", "EE.UU.", "États-Unis", "США" and "الولايات المتحدة" are one
    key; the English "us" (and "US" in a headline set all in capitals) is not the country."""
    named = [
        ("Russia vetoes U.S. draft", ""),
        ("Russia vetoes US draft on inquiry", ""),
        ("Veto a un proyecto de EE.UU.", ""),
        ("Veto russe au projet des États-Unis", ""),
        ("Россия заблокировала проект США", ""),
        ("فيتو روسي على مشروع قدمته الولايات المتحدة", ""),
        ("Veto gegen Entwurf der Vereinigten Staaten", ""),
        ("The United States will not stop", ""),
        ("Sanctions backed by the US.", ""),
    ]
    for title, text in named:
        assert bag_of_words(title, text)["usa"] == 2, title
    for title, text in (
        ("Let us be clear", "They told us the inquiry was biased."),
        ("LET US BE CLEAR ABOUT THE VETO", ""),
        ("Russia thanks the United Nations", ""),
    ):
        assert "usa" not in bag_of_words(title, text), title


def test_translated_keys_alone_do_not_join_items_naming_different_documents() -> None:
    """A Russian and a Spanish item on the same sponsor, weapon and inquiry a day apart, each
    naming its own draft, share only keys that cross languages: two developments. The
    same two texts naming one draft are one."""
    from demandwatch.core.symbols import find_symbols

    def cand(i: str, title: str, text: str, day: int, hour: int) -> Candidate:
        return Candidate(
            item=StoryItem(
                i, "t", title, "", datetime(2017, 11, day, hour, tzinfo=UTC), "statement"
            ),
            words=bag_of_words(title, text),
            symbols=find_symbols(f"{title}\n{text}"),
            demands=("accountability-investigations",),
            priority="P2",
        )

    for second, joined in (("S/2017/970", False), ("S/2017/962", True)):
        clusterer = StoryClusterer()
        first, _ = clusterer.assign(
            cand(
                "ru",
                "США: ОЗХО, зарин, Асад, Хан-Шейхун",
                "США внесли проект S/2017/962: ОЗХО, зарин, Асад.",
                16,
                12,
            )
        )
        other, _ = clusterer.assign(
            cand(
                "es",
                "EE.UU.: OPAQ, sarín, Asad, Jan Sheijun",
                f"EE.UU. presenta el proyecto {second}: OPAQ, sarín, Asad.",
                17,
                9,
            )
        )
        assert (first.id == other.id) is joined, second


SEPT = datetime(2013, 9, 27, tzinfo=UTC)


def test_the_same_outcome_on_the_same_day_is_one_story_whatever_the_language() -> None:
    """An adoption reported in Spanish and Arabic hours after the English release shares no
    word with it: the outcome and the day of the vote are the key. The next day's adoption,
    and a veto the same day, are other developments."""
    clusterer = StoryClusterer()
    # Stamped after midnight UTC: the New York evening of the 27th.
    release, _ = clusterer.assign(
        dev(
            "o1",
            "Security Council requires scheduled destruction of chemical weapons",
            "resolution_adopted",
            SEPT + timedelta(days=1, minutes=40),
            text="The Council unanimously adopted a resolution endorsing the decision.",
            vote_date=SEPT.date(),
        )
    )
    spanish, new = clusterer.assign(
        dev(
            "o2",
            "La ONU aprueba por unanimidad desarmar químicamente a Siria",
            "resolution_adopted",
            SEPT + timedelta(days=1, hours=3),
        )
    )
    assert not new
    assert spanish.id == release.id
    arabic, new = clusterer.assign(
        dev(
            "o3",
            "مجلس الأمن يتبنى بالإجماع قرارا بشأن سوريا",
            "resolution_adopted",
            SEPT + timedelta(days=1, hours=2),
        )
    )
    assert not new
    assert arabic.id == release.id
    # Published the next evening: the vote of the 28th, another adoption. It shares only a
    # translated key with the story ("unanimous"), which cannot outweigh another day.
    later, new = clusterer.assign(
        dev(
            "o4",
            "СБ ООН единогласно продлил мандат миссии",
            "resolution_adopted",
            SEPT + timedelta(days=1, hours=20),
        )
    )
    assert new
    assert later.id != release.id
    vetoed, new = clusterer.assign(
        dev("o5", "Россия наложила вето", "veto", SEPT + timedelta(days=1, hours=4))
    )
    assert new
    assert vetoed.id not in (release.id, later.id)


def test_remarks_after_an_adoption_follow_their_words_not_a_decision_taken_that_evening() -> None:
    """A decision taken elsewhere that evening (the chemical watchdog's, read `other`) must not
    draw the remarks made after the Council's adoption: with no stated day on either side,
    the words rank the stories."""
    clusterer = StoryClusterer()
    watchdog, _ = clusterer.assign(
        dev(
            "w1",
            "Chemical weapons watchdog approves plan to destroy Syria's arsenal",
            "other",
            SEPT + timedelta(hours=21),
            text="Inspectors are to start work within days.",
        )
    )
    council, new = clusterer.assign(
        dev(
            "w2",
            "Security Council unanimously adopts resolution on Syria's chemical weapons",
            "resolution_adopted",
            SEPT + timedelta(days=1, minutes=30),
            text="The unanimous resolution demands unfettered access for inspectors.",
        )
    )
    assert new
    remarks, _ = clusterer.assign(
        dev(
            "w3",
            "Secretary: the unanimous resolution shows diplomacy works",
            "statement",
            SEPT + timedelta(days=1, hours=1),
            text="Remarks after the unanimous vote: the resolution on chemical weapons gives "
            "inspectors unfettered access to carry out the watchdog's plan.",
        )
    )
    assert remarks.id == council.id != watchdog.id


def test_this_evening_in_a_release_stamped_after_midnight_utc_is_the_evening_before() -> None:
    """The Council sits in New York: "this evening" in a release stamped 00:40 UTC is the
    previous day's evening, while a dated "yesterday" stays read from the UTC day."""
    from demandwatch.core.events import classify

    text = "The Security Council this evening unanimously adopted resolution 2118 (2013)."
    event = classify(
        "Council adopts resolution", text, published=SEPT + timedelta(days=1, minutes=40)
    )
    assert event.type == "resolution_adopted"
    assert event.date == SEPT.date()
    later = classify("Council adopts resolution", text, published=SEPT + timedelta(hours=23))
    assert later.date == SEPT.date()


def test_inflected_forms_meet_their_concept_but_short_stems_do_not() -> None:
    """Russian, German and Arabic inflect past the forms the concept table lists: the stem
    finds the concept. A stem of three letters is another word's too, and finds none."""
    assert "monitor" in bag_of_words("Миссия наблюдателей ООН", "")
    assert "investigation" in bag_of_words("Die Ermittler der OPCW", "")
    assert "damascus" in bag_of_words("Переговоры в Дамаске", "")
    assert "gas" not in bag_of_words("Удары по сектору Газа", "")
    assert "sarin" not in bag_of_words("بيان وزارة الخارجية", "")


def test_the_assemblys_adoption_and_the_councils_the_same_day_are_two() -> None:
    """The outcome and its day join reports in any language, but only of one organ: the
    Assembly creating an evidence body and the Council renewing aid the same day are two."""
    clusterer = StoryClusterer()
    day = datetime(2016, 12, 21, tzinfo=UTC)
    council, _ = clusterer.assign(
        dev(
            "g1",
            "Security Council renews cross-border aid deliveries for a year",
            "resolution_adopted",
            day + timedelta(hours=16),
        )
    )
    assembly, new = clusterer.assign(
        dev(
            "g2",
            "L'Assemblée générale crée un mécanisme d'enquête sur les crimes en Syrie",
            "resolution_adopted",
            day + timedelta(hours=22),
        )
    )
    assert new
    assert assembly.id != council.id
    # The Council's adoption reported in Russian that evening still joins the Council's.
    russian, new = clusterer.assign(
        dev(
            "g3",
            "СБ ООН продлил трансграничный механизм",
            "resolution_adopted",
            day + timedelta(hours=23),
        )
    )
    assert not new
    assert russian.id == council.id


def test_a_name_the_concepts_map_still_meets_its_unlisted_forms() -> None:
    """Koblenz is listed in Arabic ("كوبلنز") but not in the Russian locative ("Кобленце"):
    the mapped name keeps its skeleton, so the two still share a key."""
    arabic = bag_of_words("محكمة في كوبلنز تقضي بالسجن المؤبد", "")
    russian = bag_of_words("Суд в Кобленце вынес приговор", "")
    assert "koblenz" in arabic
    assert {w for w in arabic if w.startswith("~")} & {w for w in russian if w.startswith("~")}


def test_spanish_and_french_inflections_meet_their_concept_but_not_lookalikes() -> None:
    assert "freeze" in bag_of_words("Washington congela los bienes del hijo", "")
    assert "sanction" in bag_of_words("Washington sanciona al hijo mayor", "")
    # "condena" is also a government condemning, "mandato" a mission's mandate.
    assert "convict" not in bag_of_words("España condena el veto ruso", "")
    assert "warrant" not in bag_of_words("El Consejo renueva el mandato de la misión", "")


def test_a_voting_record_catalogued_weeks_later_joins_the_vote_by_its_draft() -> None:
    """The Digital Library catalogues how each member voted days or weeks after the vote: the
    record names the draft and counts the votes, and joins that vote's story, which a dated
    report holds, though its own publication date is weeks past the vote. A record of another
    draft, or a later item naming the draft without counting a vote, starts its own story."""
    clusterer = StoryClusterer()
    day = T0.date()
    veto, _ = clusterer.assign(
        Candidate(
            StoryItem("v1", "un", "Russia and China veto Idlib ceasefire text", "", T0, "veto"),
            bag_of_words(
                "Russia and China veto Idlib ceasefire text",
                "The draft (S/2026/756) put forward by Belgium, Germany and Kuwait failed today.",
            ),
            ("S/2026/756",),
            ("stop-veto-obstruction",),
            "P1",
            vote_date=day,
        )
    )

    def late(alert: str, symbol: str, tally: str | None, days: int) -> Candidate:
        title = "Belgium, Germany and Kuwait: draft resolution [on Idlib] : Security Council vote"
        text = f"Voting record, {symbol}. Not adopted (negative vote of a permanent member)."
        item = StoryItem(alert, "undl", title, "", T0 + timedelta(days=days), "veto")
        return Candidate(
            item,
            bag_of_words(title, text),
            (symbol,),
            ("stop-veto-obstruction",),
            "P1",
            tally=tally,
        )

    record, new = clusterer.assign(late("r1", "S/2026/756", "12-2-1", 13))
    assert not new
    assert record.id == veto.id
    _, new = clusterer.assign(late("r2", "S/2026/757", "2-9-4", 13))
    assert new
    uncounted, new = clusterer.assign(late("r3", "S/2026/756", None, 14))
    assert new
    assert uncounted.id != veto.id


def veto_report(
    alert: str,
    title: str,
    text: str,
    hours: float,
    vetoers: set[str],
    symbols: tuple[str, ...] = (),
    tally: str | None = None,
) -> Candidate:
    item = StoryItem(alert, "src", title, "", T0 + timedelta(hours=hours), "veto")
    return Candidate(
        item,
        bag_of_words(title, text),
        symbols,
        ("stop-veto-obstruction",),
        "P1",
        tally=tally,
        vetoers=frozenset(vetoers),
    )


def test_two_veto_reports_of_one_day_sharing_no_word_join_when_they_name_the_same_vetoers() -> None:
    """Reports of one veto in two languages may share no word at all: the outcome, its day and
    who cast it are the keys. The outcome and the day alone are not: an item read as a veto
    that names nobody (a rival draft short of votes, misread) goes where its words send it."""
    clusterer = StoryClusterer()
    first, _ = clusterer.assign(
        veto_report(
            "g1",
            "Doppelveto blockiert Hilfskonvois",
            "Verlängerung der Hilfe über die Türkei gestoppt.",
            20,
            {"China", "Russian Federation"},
        )
    )
    named, new = clusterer.assign(
        veto_report(
            "a1",
            "تعطيل تمديد إدخال المساعدات عبر الحدود",
            "صوتت الدولتان ضد مشروع القرار.",
            21,
            {"China", "Russian Federation"},
        )
    )
    assert not new
    assert named.id == first.id
    unnamed, new = clusterer.assign(
        veto_report(
            "r1", "Совбез отклонил проект по Идлибу", "Документ не набрал голосов.", 21.5, set()
        )
    )
    assert new
    assert unnamed.id != first.id


def test_a_veto_report_naming_other_members_is_another_vote_the_same_day() -> None:
    """Russia vetoes the Western text; the same afternoon the Western members vote down
    Russia's rival text, which a report reads as their veto. However alike the words, the
    members who cast the negative votes differ: two votes. A report naming one of the two
    vetoers of a double veto still joins it."""
    clusterer = StoryClusterer()
    text = "The draft on an inquiry into the chemical attack in Douma failed in the Council."
    veto, _ = clusterer.assign(
        veto_report("v1", "Russia vetoes Douma inquiry draft", text, 20, {"Russian Federation"})
    )
    rival, new = clusterer.assign(
        veto_report(
            "v2",
            "US, Britain and France veto Russia's Douma inquiry draft",
            text,
            21,
            {"United States", "United Kingdom", "France"},
        )
    )
    assert new
    assert rival.id != veto.id
    again, new = clusterer.assign(
        veto_report("v3", "Russia vetoes Douma inquiry draft", text, 22, {"Russian Federation"})
    )
    assert not new
    assert again.id == veto.id


def test_reports_of_a_double_veto_naming_one_vetoer_each_are_one_story() -> None:
    """A double veto is reported by some outlets naming Russia, by others China, by others
    both: one vote. Each report adds its members to the story's, and a later report naming
    either member, or a misread one, still joins."""
    clusterer = StoryClusterer()
    text = "The renewal of the cross-border aid mechanism through Bab al-Hawa failed."
    russia, _ = clusterer.assign(
        veto_report("d1", "Russia vetoes Bab al-Hawa aid renewal", text, 15, {"Russian Federation"})
    )
    china, new = clusterer.assign(
        veto_report("d2", "China vetoes Bab al-Hawa aid renewal", text, 16, {"China"})
    )
    assert not new
    assert china.id == russia.id
    assert china.vetoers == ("China", "Russian Federation")
    both, new = clusterer.assign(
        veto_report(
            "d3",
            "Russia and China veto Bab al-Hawa aid renewal",
            text,
            17,
            {"China", "Russian Federation"},
            symbols=("S/2026/667",),
            tally="13-2-0",
        )
    )
    assert not new
    assert both.id == russia.id
    # A misread naming a Western member, but the same draft: the document is the key.
    misread, new = clusterer.assign(
        veto_report(
            "d4",
            "US regrets veto of Bab al-Hawa aid renewal",
            text,
            18,
            {"United States"},
            symbols=("S/2026/667",),
        )
    )
    assert not new
    assert misread.id == russia.id


def test_a_double_veto_and_a_rival_draft_short_of_votes_the_same_day_are_two_votes() -> None:
    """The same afternoon Russia's rival text falls short of votes (the Western members vote
    against it) and a report reads that as their veto: opposite sides, another tally,
    another draft. Two votes, however alike the words."""
    clusterer = StoryClusterer()
    text = "The renewal of the cross-border aid mechanism through Bab al-Hawa failed."
    veto, _ = clusterer.assign(
        veto_report("e1", "Russia vetoes Bab al-Hawa aid renewal", text, 15, {"Russian Federation"})
    )
    _, new = clusterer.assign(
        veto_report("e2", "China vetoes Bab al-Hawa aid renewal", text, 16, {"China"})
    )
    assert not new
    rival, new = clusterer.assign(
        veto_report(
            "e3",
            "US, Britain and France veto Russia's Bab al-Hawa aid renewal",
            text,
            17,
            {"United States", "United Kingdom", "France"},
            tally="4-7-4",
        )
    )
    assert new
    assert rival.id != veto.id


def test_two_drafts_vetoed_the_same_day_by_the_same_member_are_two_stories() -> None:
    """The same member vetoes two drafts at one meeting: the same vetoer, the same words,
    but two Council documents, two votes."""
    clusterer = StoryClusterer()
    text = "The Council draft on cross-border humanitarian aid into north-west Syria failed."
    first, _ = clusterer.assign(
        veto_report(
            "f1",
            "Russia vetoes Syria aid draft",
            text,
            15,
            {"Russian Federation"},
            symbols=("S/2026/654",),
        )
    )
    second, new = clusterer.assign(
        veto_report(
            "f2",
            "Russia vetoes Syria aid draft",
            text,
            17,
            {"Russian Federation"},
            symbols=("S/2026/658",),
        )
    )
    assert new
    assert second.id != first.id


def test_a_date_an_item_cites_for_another_vote_does_not_date_its_own() -> None:
    # The pre-vote post for a revised draft recalls the veto of the first text three days
    # before; read as the announced vote's day, that date would part the post from the vote
    # it announces. An announced vote is not held before the announcement.
    clusterer = StoryClusterer()
    day = OCT.date()
    post, _ = clusterer.assign(
        dev(
            "p1",
            "Syria cross-border aid: vote on revised draft expected tomorrow",
            "vote_scheduled",
            OCT + timedelta(hours=22),
            text="Members vote tomorrow on the revised text after the first was vetoed.",
            symbols=("S/2026/667",),
            vote_date=day - timedelta(days=3),
        )
    )
    veto, new = clusterer.assign(
        dev(
            "p2",
            "Second veto leaves Syria cross-border aid in doubt",
            "veto",
            OCT + timedelta(days=1, hours=21),
            text="The revised cross-border aid text was not adopted owing to negative votes.",
            symbols=("S/2026/667",),
            vote_date=day + timedelta(days=1),
        )
    )
    assert (new, veto.id) == (False, post.id)
    # Likewise an outcome is not reported before the vote: a veto report dated a week
    # ahead (the date of the next vote it mentions) keeps no such date.
    ahead = dev("p3", VETO_TITLE, "veto", OCT, vote_date=day + timedelta(days=7))
    assert ahead.vote_date is None
    assert dev("p4", VETO_TITLE, "veto", OCT, vote_date=day).vote_date == day


def _detention_veto(clusterer: StoryClusterer) -> str:
    story, _ = clusterer.assign(
        dev(
            "r1",
            "Russia vetoes renewal of Syria detention monitoring mission",
            "veto",
            OCT + timedelta(hours=15),
            text="The draft would have extended the mission's access to detention sites for a year.",
        )
    )
    clusterer.assign(
        dev(
            "r0",
            "Geneva talks on constitution adjourn without agreement",
            "statement",
            OCT + timedelta(hours=10),
            text="The envoy said delegations would meet again next month.",
        )
    )
    return story.id


MINISTER = (
    "Minister: a shameful day for families of the detained",
    "The foreign minister said it was a shameful and bitter day for every family waiting for "
    "news, and that Moscow had turned its back on those held in detention.",
)


def test_a_reaction_that_evening_sharing_few_words_joins_the_development() -> None:
    # A reaction says what it thinks of the vote more than what happened: it shares fewer
    # words than a report (here a cosine of about 0.074, under the same-day bar of 0.08).
    clusterer = StoryClusterer()
    veto = _detention_veto(clusterer)
    title, text = MINISTER
    reaction, new = clusterer.assign(
        dev("r2", title, "statement", OCT + timedelta(hours=19), text=text)
    )
    assert (new, reaction.id) == (False, veto)
    # The lower bar is a reaction's: other news with those words is not let in by it.
    clusterer = StoryClusterer()
    veto = _detention_veto(clusterer)
    news, _ = clusterer.assign(dev("r3", title, "other", OCT + timedelta(hours=19), text=text))
    assert news.id != veto
    # Nor the next day's reaction, which is held to the usual bar.
    clusterer = StoryClusterer()
    veto = _detention_veto(clusterer)
    late, _ = clusterer.assign(
        dev("r4", title, "statement", OCT + timedelta(days=1, hours=17), text=text)
    )
    assert late.id != veto


def test_coverage_in_another_language_sharing_only_translated_keys_joins_the_same_day() -> None:
    # A German reaction shares with the English report only the keys that cross languages
    # (Moscow as Russia, the detained): a cosine of about 0.054, under the reaction's bar.
    clusterer = StoryClusterer()
    veto = _detention_veto(clusterer)
    german, new = clusterer.assign(
        dev(
            "r5",
            "Berlin: Moskau lässt Familien der Inhaftierten im Stich",
            "statement",
            OCT + timedelta(hours=19),
            text="Der Außenminister nannte die Entscheidung beschämend für die Familien.",
        )
    )
    assert (new, german.id) == (False, veto)
    # An English reaction as little alike (about 0.046) shares a word as written
    # ("renewal"): it is held to the reaction's bar (0.05), not the translated one. (It names
    # no veto nor the Council's failure, which would make it the day's veto's reaction by that
    # key: see test_a_reaction_naming_the_councils_failure_joins_the_days_one_veto.)
    clusterer = StoryClusterer()
    veto = _detention_veto(clusterer)
    english, _ = clusterer.assign(
        dev(
            "r6",
            "Minister: a bitter day for families",
            "statement",
            OCT + timedelta(hours=19),
            text="The foreign minister said Moscow had turned its back on them over the "
            "renewal, a bitter blow to every family still waiting for news of relatives held "
            "for years without trial, and promised that Paris would keep pressing its partners "
            "for answers in the weeks and months to come, at every meeting and in every "
            "capital, and would raise the cases of French nationals among them with the "
            "authorities directly.",
        )
    )
    assert english.id != veto


def test_the_lower_same_day_bars_move_with_the_same_day_bar() -> None:
    # The reaction's and the translated bars are shares of the configured same-day bar, so a
    # stricter same-day bar is stricter for reactions and other languages too.
    assert StoryClusterer().reaction_threshold == pytest.approx(0.05)
    assert StoryClusterer().translated_threshold == pytest.approx(0.04)
    strict = StoryClusterer(close_threshold=0.16)
    assert strict.reaction_threshold == pytest.approx(0.10)
    assert strict.translated_threshold == pytest.approx(0.08)
    # The minister's reaction (a cosine of about 0.074) and the German one (about 0.054,
    # sharing no word as written) pass the default bars, not twice them.
    title, text = MINISTER
    german = (
        "Berlin: Moskau lässt Familien der Inhaftierten im Stich",
        "Der Außenminister nannte die Entscheidung beschämend für die Familien.",
    )
    for close, joins in ((0.08, True), (0.16, False), (0.04, True)):
        for key, (head, body) in (("m", (title, text)), ("g", german)):
            clusterer = StoryClusterer(close_threshold=close)
            veto = _detention_veto(clusterer)
            story, new = clusterer.assign(
                dev(key, head, "statement", OCT + timedelta(hours=19), text=body)
            )
            assert (story.id == veto) is joins, (close, key)
            assert new is not joins
    # A bar passed explicitly is kept as given.
    assert StoryClusterer(close_threshold=0.16, reaction_threshold=0.05).reaction_threshold == 0.05


def test_two_versions_of_a_story_saved_without_the_lock_merge_their_items_and_keys() -> None:
    """What a worker past a stuck story lock saves: its version, with what the version
    another worker stored meanwhile holds that it lacks (no item twice)."""
    at = datetime(2026, 3, 2, 15, tzinfo=UTC)

    def item(alert: str, event: str, minutes: int) -> StoryItem:
        return StoryItem(
            alert, alert, alert, f"https://x/{alert}", at + timedelta(minutes=minutes), event
        )  # type: ignore[arg-type]

    base = Story(
        "st-1",
        "Vote on Syria draft today",
        at,
        at,
        "vote_scheduled",
        "P2",
        ("d1",),
        ("S/2026/4104",),
        (item("press", "vote_scheduled", 0),),
        words={"vote": 1, "syria": 1},
    )
    ours = Story(
        **{
            **base.__dict__,
            "last_seen": at + timedelta(minutes=5),
            "items": (*base.items, item("wire", "vote_scheduled", 5)),
            "words": {"vote": 2, "syria": 2},
        }
    )
    theirs = Story(
        **{
            **base.__dict__,
            "title": "Russia vetoes Syria draft",
            "event": "veto",
            "priority": "P1",
            "last_seen": at + timedelta(minutes=9),
            "demands": ("d1", "d2"),
            "vetoers": ("Russian Federation",),
            "items": (*base.items, item("ngo", "veto", 9)),
            "words": {"vote": 1, "syria": 2, "veto": 3},
        }
    )
    merged = merge_versions(ours, theirs)
    assert [i.alert_id for i in merged.items] == ["press", "wire", "ngo"]
    assert (merged.event, merged.priority, merged.title) == ("veto", "P1", theirs.title)
    assert merged.last_seen == at + timedelta(minutes=9)
    assert merged.demands == ("d1", "d2")
    assert merged.vetoers == ("Russian Federation",)
    assert merged.words == {"vote": 2, "syria": 2, "veto": 3}
    # Nothing stored that ours lacks: ours as it is.
    assert merge_versions(ours, base) is ours
