"""English adoptions the learned model reads under its 0.9 bar (session 49, w4; en-events-s49-w4):
in an English item the model gives an adoption the rules did not read at 0.6, at the shipped
threshold; the other languages, and an operator's threshold above the shipped one, keep 0.9."""

from __future__ import annotations

import math

import pytest

from demandwatch.core.events import classify
from demandwatch.core.learned import (
    ENGLISH_ADOPTION_AT,
    ENGLISH_ADOPTION_UP_TO,
    MOVES,
    LinearModel,
    SecondOpinion,
)
from demandwatch.core.prepared import prepare
from demandwatch.event_model import SHIPPED_THRESHOLD, second_opinion


def _leaning_to(event: str, probability: float, threshold: float = 0.75) -> SecondOpinion:
    """A second opinion that gives ``event`` the probability ``probability``."""
    model = LinearModel(
        classes=(event, "statement"),
        intercepts=(math.log(probability / (1 - probability)), 0.0),
        weights={},
    )
    return SecondOpinion(model, threshold)


def test_the_english_bar_sits_under_the_shipped_threshold() -> None:
    assert ENGLISH_ADOPTION_AT == 0.6
    assert ENGLISH_ADOPTION_UP_TO == SHIPPED_THRESHOLD
    assert MOVES["resolution_adopted"].given_at == 0.9


ENGLISH = prepare("UN rights council condemns Syria over Homs, demands aid reach the wounded")
FRENCH = prepare("Le Conseil des droits de l'homme condamne la Syrie pour Homs")


@pytest.mark.parametrize("rules", ["other", "statement", "meeting", "report", "draft_resolution"])
def test_an_english_adoption_is_given_at_0_6(rules: str) -> None:
    assert _leaning_to("resolution_adopted", 0.62).event(rules, ENGLISH) == "resolution_adopted"  # type: ignore[arg-type]
    assert _leaning_to("resolution_adopted", 0.58).event(rules, ENGLISH) == rules  # type: ignore[arg-type]


def test_the_other_languages_keep_the_0_9_bar() -> None:
    assert FRENCH.detected == "fr"
    assert _leaning_to("resolution_adopted", 0.85).event("statement", FRENCH) == "statement"
    assert _leaning_to("resolution_adopted", 0.92).event("statement", FRENCH) == (
        "resolution_adopted"
    )


def test_a_threshold_raised_by_the_operator_keeps_the_0_9_bar() -> None:
    opinion = _leaning_to("resolution_adopted", 0.85, threshold=0.8)
    assert opinion.event("statement", ENGLISH) == "statement"
    assert _leaning_to("resolution_adopted", 0.92, threshold=0.8).event("statement", ENGLISH) == (
        "resolution_adopted"
    )


def test_only_the_adoption_is_given_under_the_threshold() -> None:
    # a scheduled vote (the other page) and other news keep their 0.9 bar in English (but
    # where the rules read a draft: session 51, w4, learned.ENGLISH_VOTE_AHEAD_AT)
    assert _leaning_to("vote_scheduled", 0.85).event("statement", ENGLISH) == "statement"
    assert _leaning_to("other", 0.85).event("statement", ENGLISH) == "statement"
    # and an event that pages nobody keeps the plain threshold
    assert _leaning_to("meeting", 0.7).event("statement", ENGLISH) == "statement"


def test_a_call_to_adopt_stays_the_speaker_s_statement() -> None:
    # probe s22 V1: the call the 0.9 bar was set for; the rules read it as a call, and a call
    # the rules read as a statement keeps it whatever the model says (events._call_kept).
    call = classify(
        "Syria: Security Council should adopt arms embargo resolution",
        "The UN Security Council should adopt a resolution imposing a comprehensive arms "
        "embargo on Syria, Rights Watch said today.",
        second_opinion=_leaning_to("resolution_adopted", 0.85),
    )
    assert call.type == "statement"


SHIPPED = second_opinion("on")


@pytest.mark.parametrize(
    ("title", "summary", "event"),
    [
        # positives: the Human Rights Council's texts told by what they do
        (
            "UN rights council condemns Syria over Homs, demands aid reach the wounded",
            "",
            "resolution_adopted",
        ),
        ("UN rights body orders inquiry into Aleppo siege", "", "resolution_adopted"),
        # near misses: calls to back a text, a press statement, decisions outside the UN
        (
            "Rights groups urge UN members to back Syria evidence mechanism",
            "More than 30 organisations called on the General Assembly's members to vote this "
            "week for a mechanism that would gather and preserve evidence of war crimes in Syria.",
            "statement",
        ),
        (
            "Britain urges Security Council to back text authorising 'necessary measures' in Syria",
            "",
            "statement",
        ),
        (
            "Security Council press statement on attacks in El-Houla, Syria",
            "The members of the Security Council condemned in the strongest possible terms the "
            "killings, confirmed by United Nations observers, of dozens of men, women and "
            "children in the village of El-Houla, near Homs.",
            "statement",
        ),
        ("Arab League votes to suspend Syria, threatens sanctions", "", "other"),
        (
            "EU ministers adopt 16th round of Syria sanctions",
            "Foreign ministers meeting in Brussels added two firms and three people to the list "
            "of those whose assets are frozen in the bloc.",
            "other",
        ),
        (
            "Rights groups welcome Human Rights Council's renewal of Syria inquiry",
            "Human Rights Watch and Amnesty International said the vote in Geneva showed that "
            "states were not ready to let the record of abuses go unwritten.",
            "statement",
        ),
    ],
)
def test_the_shipped_model_reads(title: str, summary: str, event: str) -> None:
    assert classify(title, summary, second_opinion=SHIPPED).type == event
