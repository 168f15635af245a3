"""Reactions days after a development off the Council's table (issue 11, session 38,
stories-busy-s38). Governments and groups answer a report's findings for a week, each in its
own words: the README's story rule puts a rejection of findings in the story of the report it
answers, and validation's week after the IIT's first report labels every reaction to it one
story over seven days (busy-week-37: 32 of 41 missed pairs were statements two to seven days
after the story they answer opened, never compared with it). Two reaches:

- a statement may join a story holding news read as a report, no Council text and no vote's
  day, for as long as a poll reads back (``StoryClusterer._reported``), held to the usual bar;
- a statement may join a development that news opened (an agreement, a verdict) for two days
  (``window``), past the day and a half its reports take (``event_window``:
  ``StoryClusterer._off_the_table``).

News of another kind days later (a new attack, a meeting) does not reach a report's story, a
call's story still ends with ``_CALL_SPAN``, and past a week nothing joins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

ISSUED = datetime(2030, 3, 4, 10, tzinfo=UTC)
JUSTICE = "accountability-investigations"
ACCESS = "monitor-access"


def mission_report(at: datetime = ISSUED) -> Candidate:
    return candidate(
        "report",
        "Fact-finding mission confirms sulfur mustard used in Tal Sousin",
        "report",
        at,
        demand=JUSTICE,
        text="The OPCW fact-finding mission concluded in a report published on Monday that "
        "sulfur mustard was used in Tal Sousin on 9 November, where 22 residents were treated "
        "for blistering, and handed its findings to the Joint Investigative Mechanism.",
    )


def test_a_governments_rejection_three_days_on_joins_the_report() -> None:
    # Past the two-day window: before, never compared with the report's story.
    rejection = candidate(
        "rejection",
        "Damascus dismisses OPCW mission's Tal Sousin findings as fabricated",
        "statement",
        ISSUED + timedelta(days=3, hours=2),
        demand=JUSTICE,
        text="The foreign ministry said the fact-finding mission relied on witnesses supplied "
        "by armed groups and that its conclusions on sulfur mustard in Tal Sousin were "
        "fabricated.",
    )
    report, answer = polled(mission_report(), rejection)
    assert answer.id == report.id


def test_a_groups_call_six_days_on_joins_the_report() -> None:
    call = candidate(
        "ngo",
        "Rights groups: act on Tal Sousin mustard findings before evidence is lost",
        "statement",
        ISSUED + timedelta(days=6),
        demand=JUSTICE,
        text="Nine organisations urged governments to open criminal cases on the sulfur "
        "mustard attack on Tal Sousin that the OPCW mission confirmed this week.",
    )
    report, answer = polled(mission_report(), call)
    assert answer.id == report.id


def test_a_statement_past_a_week_is_apart() -> None:
    late = candidate(
        "late",
        "Rights groups: act on Tal Sousin mustard findings before evidence is lost",
        "statement",
        ISSUED + timedelta(days=7, hours=2),
        demand=JUSTICE,
        text="Nine organisations urged governments to open criminal cases on the sulfur "
        "mustard attack on Tal Sousin that the OPCW mission confirmed.",
    )
    report, answer = polled(mission_report(), late)
    assert answer.id != report.id


def test_news_of_another_kind_days_after_the_report_is_apart() -> None:
    # A new attack on the same town three days on shares the place, the agent and the
    # mission's name: it is the next development, not an answer to the findings.
    attack = candidate(
        "attack",
        "Residents of Tal Sousin report new sulfur mustard shelling",
        "other",
        ISSUED + timedelta(days=3),
        demand=JUSTICE,
        text="Doctors in Tal Sousin said shells released a garlic-smelling agent on Thursday, "
        "blistering eleven people, and asked the OPCW fact-finding mission to return.",
    )
    report, news = polled(mission_report(), attack)
    assert news.id != report.id


def test_a_statement_on_another_report_of_the_week_joins_that_report() -> None:
    # Two reports three days apart: the families' reaction to the second, the day after it,
    # is the second's, though the first's story still reaches that far.
    detention = candidate(
        "detention",
        "Commission of Inquiry finds thousands still missing after release decree",
        "report",
        ISSUED + timedelta(days=3),
        demand=JUSTICE,
        text="The commission of inquiry reported on Thursday that families of thousands of "
        "detainees named in the amnesty decree have had no news of them, and that death "
        "certificates were issued without bodies.",
    )
    families = candidate(
        "families",
        "Families of the missing: commission's report confirms what we feared",
        "statement",
        ISSUED + timedelta(days=4),
        demand=JUSTICE,
        text="Associations of families of detainees said the commission's findings on death "
        "certificates issued without bodies confirm that the amnesty decree freed few of the "
        "missing.",
    )
    first, second, reaction = polled(mission_report(), detention, families)
    assert second.id != first.id
    assert reaction.id == second.id


def test_a_calls_story_still_ends_with_the_call_span() -> None:
    # A story a statement opened holds no report: the same subject three days on is the next
    # day's news, whatever report words both use.
    call = candidate(
        "call",
        "Paris asks OPCW to report on Tal Sousin shelling",
        "statement",
        ISSUED,
        demand=JUSTICE,
        text="France asked the OPCW to send its fact-finding mission to Tal Sousin and to "
        "report on the use of sulfur mustard there.",
    )
    again = candidate(
        "again",
        "London backs call for OPCW report on Tal Sousin mustard",
        "statement",
        ISSUED + timedelta(days=3),
        demand=JUSTICE,
        text="The United Kingdom asked the OPCW fact-finding mission to report on the use "
        "of sulfur mustard in Tal Sousin.",
    )
    first, second = polled(call, again)
    assert second.id != first.id


AGREED = datetime(2030, 5, 13, 9, tzinfo=UTC)


def agreement() -> Candidate:
    return candidate(
        "deal",
        "Damascus agrees to let UN rights staff into Saydnaya's annex",
        "other",
        AGREED,
        demand=ACCESS,
        text="The Syrian government agreed on Monday to let staff of the UN human rights "
        "office visit the annex of Saydnaya prison, the office said, after a year of talks "
        "on the terms of its access.",
    )


def test_a_reaction_to_an_agreement_two_days_on_joins_it() -> None:
    # Forty hours on: past the day and a half a development's reports take (before, the
    # reaction opened its own story), within the two days its statements take.
    welcome = candidate(
        "welcome",
        "Ottawa welcomes Syria's consent to UN visits to Saydnaya annex",
        "statement",
        AGREED + timedelta(hours=40),
        demand=ACCESS,
        text="Canada welcomed the Syrian government's agreement to let the UN human rights "
        "office visit the annex of Saydnaya prison, and asked that its staff be able to "
        "return without notice.",
    )
    deal, answer = polled(agreement(), welcome)
    assert answer.id == deal.id


def test_a_statement_past_two_days_after_the_agreement_is_apart() -> None:
    late = candidate(
        "late",
        "Ottawa welcomes Syria's consent to UN visits to Saydnaya annex",
        "statement",
        AGREED + timedelta(hours=50),
        demand=ACCESS,
        text="Canada welcomed the Syrian government's agreement to let the UN human rights "
        "office visit the annex of Saydnaya prison.",
    )
    deal, answer = polled(agreement(), late)
    assert answer.id != deal.id


def test_news_two_days_after_the_agreement_is_still_apart() -> None:
    # The staff's first visit forty hours on: news, not a statement, is the next development.
    visit = candidate(
        "visit",
        "UN rights staff visit Saydnaya annex for the first time",
        "other",
        AGREED + timedelta(hours=40),
        demand=ACCESS,
        text="Staff of the UN human rights office visited the annex of Saydnaya prison on "
        "Wednesday under the government's agreement, the office said.",
    )
    deal, news = polled(agreement(), visit)
    assert news.id != deal.id
