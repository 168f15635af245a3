"""Session 39's English event classes (issue 11, en-events-s39), from a count of validation
11-37's English adoptions read `other` (counts only).

- A headline opening on a resolution's own symbol (``S/RES/...``, ``A/RES/...``,
  ``A/HRC/RES/...``), as the UN Digital Library catalogues it, is the resolution adopted:
  only an adopted text is given such a symbol, so the headline names the UN organ by it,
  whatever law or union its subject names. Not a draft's, a statement's, a report's or a
  meeting record's symbol, nor the resolution's symbol as the subject of other news ("...
  ten years on") or named after another word ("Implementation of S/RES/...").
- An adoption told with no body named at all (no UN organ, no other organisation, legislature,
  government, court, company or town, no permanent member, no veto) is a UN organ's, as a
  veto told with no body named is the Council's: a text "approved in 15-0 vote", "adopted by
  all fifteen members", "The resolution adopted on Saturday ...". Not another body's text (a
  town's budget, shareholders', a mayor's censure, a treaty's states), nor a text failing as
  a permanent member objects, nor one a permanent member is named abstaining on (the
  permanent members also sit elsewhere).
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("S/RES/2286 (2016) : Protection of civilians in armed conflict", ""),
        ("S/RES/2393(2017) - Syria: humanitarian deliveries across borders", ""),
        ("S/RES/2533 (2020)", ""),
        ("S/RES/2268 (2016) \u2013 Middle East", "Endorses the cessation of hostilities."),
        (
            "S/RES/2332 (2016) / The situation in the Middle East",
            "Renews until 10 January 2018 the decisions in paragraphs 2 and 3 of resolution 2165.",
        ),
        (
            "A/RES/77/301: Independent Institution on Missing Persons in the Syrian Arab Republic",
            "",
        ),
        (
            "A/HRC/RES/S-17/1 : Situation of human rights in the Syrian Arab Republic",
            "Decides to dispatch urgently an independent international commission of inquiry.",
        ),
        (
            "A/RES/ES-11/4. Territorial integrity of Ukraine: defending the principles of the Charter",
            "",
        ),
        # (its subject names law, which the organ guard reads as another body: the symbol names the organ)
        ("A/RES/68/182 : Situation of human rights in the Syrian Arab Republic under law", ""),
    ],
)
def test_a_headline_opening_on_a_resolution_symbol_is_its_adoption(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        # other documents' symbols
        ("S/PRST/2013/15 : Statement by the President of the Security Council", "", "statement"),
        (
            "S/2014/348 : vote",
            "Yes: 13. No: 2 (China, Russian Federation). Abstentions: 0.",
            "veto",
        ),
        (
            "A/HRC/22/59 : Report of the independent international commission of inquiry on Syria",
            "",
            "report",
        ),
        # the symbol as the subject of other news, or after another word
        ("S/RES/2118 (2013) a decade on: Syria's chemical file still open", "", "other"),
        ("Compliance with S/RES/2139 (2014) : report of the Secretary-General", "", "report"),
        ("S/RESOLUTE (2014) : a naval exercise ends in the Aegean", "", "other"),
    ],
)
def test_other_symbols_and_the_symbol_in_other_news_keep_their_reading(
    title: str, text: str, event: str
) -> None:
    assert classify(title, text).type == event


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Syria ceasefire monitoring text approved in 15-0 vote", ""),
        ("Truce text adopted by all fifteen members after all-night talks", ""),
        ("Inquiry into gas attacks in Syria extended in a 15-0 vote", ""),
        (
            "Observers to watch Aleppo departures",
            "The resolution adopted on Saturday sends staff already in the city to watch the"
            " evacuations.",
        ),
    ],
)
def test_an_adoption_told_with_no_body_named_is_a_un_organs(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Town budget approved in 9-2 vote", ""),
        ("Shareholders' pay resolution approved in 70-30 vote", ""),
        ("Motion to censure mayor passed in 7-2 vote", ""),
        ("Resolution condemning Syria adopted in 87-15 vote of chemical weapons treaty states", ""),
        ("Club members' resolution adopted by 412-88 vote", ""),
    ],
)
def test_another_bodys_text_with_no_un_organ_is_not_an_adoption(title: str, text: str) -> None:
    assert classify(title, text).type != "resolution_adopted"


def test_a_text_failing_as_a_permanent_member_objects_is_not_an_adoption() -> None:
    event = classify("Aleppo truce text fails in 11-2 vote as Moscow and Beijing object", "")
    assert event.type != "resolution_adopted"
