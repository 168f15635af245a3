"""Three boundaries en-events-20 showed, each written here in other words: a lede opening on
a month or year long past ("In March 1946, ...") recounts history; the humanitarian system's
published assessments (a needs overview, a response plan) are reports; and a government
rejecting a report reacts to it (a statement), whatever findings the headline names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.events import classify


def test_a_lede_opening_on_a_long_past_month_is_history() -> None:
    published = datetime(2021, 6, 1, tzinfo=UTC)
    event = classify(
        "The first veto, seventy-five years on",
        "In February 1946, the Soviet delegate voted against a text on the withdrawal of "
        "foreign troops from Syria and Lebanon, casting the Council's first veto.",
        published=published,
    )
    assert event.type == "other"
    # (a year alone, too)
    event = classify(
        "How the Assembly learned to act",
        "In 1950, the General Assembly adopted a resolution letting it recommend measures when "
        "the Council is blocked.",
        published=published,
    )
    assert event.type == "other"


def test_this_years_opening_is_news() -> None:
    published = datetime(2021, 6, 1, tzinfo=UTC)
    event = classify(
        "Assembly adopts Syria text",
        "In May 2021, the General Assembly adopted a resolution on Syria by 94 votes to 12.",
        published=published,
    )
    assert event.type == "resolution_adopted"


@pytest.mark.parametrize(
    "title",
    [
        "Humanitarian Needs Overview 2024: Syrian Arab Republic",
        "Syria Humanitarian Response Plan 2022",
    ],
)
def test_published_humanitarian_assessments_are_reports(title: str) -> None:
    event = classify(title, "Some 16.7 million people in Syria need assistance this year.")
    assert event.type == "report"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Damascus dismisses inquiry's report on Idlib strikes",
            "DAMASCUS (SANA) - The foreign ministry on Monday dismissed the commission's report "
            "blaming government forces for strikes on Idlib hospitals as biased.",
        ),
        (
            "Moscow rejects the fact-finding team's findings",
            "Russia's defence ministry rejected the team's findings on Tuesday, saying the "
            "samples had been tampered with.",
        ),
    ],
)
def test_rejecting_a_report_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"
