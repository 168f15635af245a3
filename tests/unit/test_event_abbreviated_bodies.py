"""Validation parts 11-22 (English): adoptions read `other`, `other` read `report` or `veto`.
The classes of `tests/eval/en-events-s24.jsonl` and of the engineer's probes beside it: the
Council, the Assembly and the Human Rights Council named by their initials ("UNSC adopts",
"UNGA adopts", "UNHRC extends"); a UN Digital Library record of an Assembly resolution,
titled "<subject> : resolution / adopted by the General Assembly" with no meeting named; a
medium or activists that "report" news in a headline, which is no published report; vetoes
counted as a record ("Sixteen Russian vetoes have marked a decade"), which are no veto of the
day. The sentences are the engineer's own; each positive one fails on the rules before; the
near misses beside them pass before and after.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    "title",
    [
        "UNSC adopts resolution on Syria ceasefire",
        "UNSC unanimously adopts Syria resolution",
        "UNGA adopts Syria human rights resolution",
        "UNHRC adopts resolution on Syria",
        "UNHRC extends Syria commission of inquiry mandate",
    ],
)
def test_a_body_named_by_its_initials_adopts(title: str) -> None:
    assert classify(title).type == "resolution_adopted"


def test_the_council_named_by_its_initials_meets() -> None:
    assert classify("UNSC meets on Syria chemical weapons").type == "meeting"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Russia vetoes UNSC resolution on Syria", "veto"),
        ("UNSC to vote on Syria aid resolution on Friday", "vote_scheduled"),
        # (an initialism inside another word is no body: "unscathed", "unscheduled")
        ("Convoy passes unscathed through Idlib", "other"),
    ],
)
def test_initials_near_misses(title: str, expected: str) -> None:
    assert classify(title).type == expected


def test_a_library_record_of_an_assembly_resolution_is_its_adoption() -> None:
    event = classify(
        "Situation of human rights in the Syrian Arab Republic : resolution / adopted by the "
        "General Assembly"
    )
    assert event.type == "resolution_adopted"


def test_a_library_record_of_a_draft_is_no_adoption() -> None:
    event = classify(
        "Draft resolution on the situation of human rights in the Syrian Arab Republic / "
        "submitted by Saudi Arabia"
    )
    assert event.type != "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Activists report massacre of dozens in Syrian town", ""),
        (
            "Syrian army shells rebel suburb, state media report advance",
            "Government forces pounded the enclave on Tuesday, and the state news agency "
            "reported that troops had taken positions on its edge.",
        ),
        ("Residents report heavy shelling in Aleppo's east", ""),
    ],
)
def test_news_that_a_medium_or_witnesses_report_is_no_report(title: str, text: str) -> None:
    assert classify(title, text).type == "other"


@pytest.mark.parametrize(
    "title",
    [
        "Rights group's report documents torture in Syrian prisons",
        "UN report: both sides committed war crimes in Aleppo",
    ],
)
def test_a_published_report_in_the_headline_stays_a_report(title: str) -> None:
    assert classify(title).type == "report"


def test_vetoes_counted_as_a_record_are_no_veto_of_the_day() -> None:
    event = classify(
        "Ten years of war: how the Council failed Syria",
        "Sixteen Russian vetoes, ten of them joined by China, have marked a decade in which the "
        "Security Council could agree on aid and chemical weapons but never on accountability.",
    )
    assert event.type != "veto"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia casts 16th veto on Syria",
            "Russia on Friday vetoed a draft resolution extending cross-border aid; thirteen "
            "members voted in favour.",
        ),
        (
            "Two vetoes sink Syria aid text",
            "Russia and China vetoed the extension of cross-border aid on Tuesday.",
        ),
    ],
)
def test_the_days_veto_beside_a_count_stays_a_veto(title: str, text: str) -> None:
    assert classify(title, text).type == "veto"
