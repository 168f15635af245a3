"""A lede opening on its speaker and "said" or "told", judging a veto named after the verb, is the
speaker's statement, whatever the headline names (the event convention in tests/eval/README.md;
tuning set tests/eval/en-events-s44.jsonl). The speaker need not be one the rules list: a
minister or an envoy by name, a country, an organisation. Not a source of facts relaying the
vote (diplomats, officials, activists), an envoy explaining their own member's veto, a threat,
nor a speaker telling the Council or the Assembly (the meeting's news)."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify
from demandwatch.core.models import EventType
from demandwatch.core.prepared import Prepared


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria text vetoed again",
            "Guido Westerwelle said on Saturday that Russia and China had let the Syrian people down "
            "by vetoing the Arab League-backed draft.",
        ),
        (
            "Russia blocks chemical weapons inquiry renewal",
            "Sweden said Moscow's veto of the inquiry's renewal left the victims of Khan Shaykhun "
            "without anyone to name those responsible.",
        ),
        (
            "Aid lifeline vetoed",
            "UNITED NATIONS (Reuters) - Kuwait and Germany said on Tuesday that the Russian and "
            "Chinese vetoes would cut millions off from food and medicine.",
        ),
        (
            "Double veto on Syria",
            "Mark Lyall Grant, Britain's ambassador, said Russia and China had blocked the text "
            "out of loyalty to a regime killing its people.",
        ),
        (
            "Referral to the ICC vetoed",
            "The Syrian Network for Human Rights told reporters the veto of the referral was a "
            "message to the perpetrators that they could go on.",
        ),
    ],
)
def test_a_speaker_judging_a_veto_after_the_verb_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        # a source of facts relaying the vote
        (
            "Syria aid renewal blocked at U.N.",
            "Diplomats said Russia and China vetoed the renewal of the crossings on Friday, "
            "thirteen members voting in favour.",
            "veto",
        ),
        # an envoy explaining their own member's veto
        (
            "China explains Aleppo veto",
            "Liu Jieyi said Beijing had vetoed the truce text because it was put to a vote "
            "without consultations.",
            "veto",
        ),
        (
            "Russia vetoes one-year aid extension",
            "Vassily Nebenzia said Moscow had vetoed the year-long extension because six months "
            "was enough.",
            "veto",
        ),
        # the veto opening the lede, the speaker trailing
        (
            "Russia blocks U.N. text on chemical attack",
            "Russia vetoed the Western draft on Wednesday, Britain's ambassador said, the "
            "eighth time Moscow had shielded Damascus.",
            "veto",
        ),
        # a threat
        (
            "Moscow digs in on Arab League text",
            "Sergei Lavrov said Russia would block any text opening the way to intervention in "
            "Syria.",
            "draft_resolution",
        ),
        # the Assembly's debate on the veto
        (
            "General Assembly debates Russia's veto of Syria aid text",
            "Liechtenstein told the General Assembly on Thursday that Russia's veto of the "
            "extension had to be explained to all Member States.",
            "meeting",
        ),
        # news from the ground
        (
            "Army tightens grip on Baba Amr",
            "Activists said government forces blocked the road into Baba Amr on Friday.",
            "other",
        ),
    ],
)
def test_sources_own_vetoes_threats_and_meetings_are_not_the_speakers_statement(
    title: str, text: str, event: str
) -> None:
    assert classify(title, text).type == event


class _AlwaysVeto:
    """A second opinion sure of a veto whatever it reads (a fake of the learned model)."""

    def event(self, rules: EventType, item: Prepared) -> EventType:
        return "veto"


def test_the_model_does_not_make_a_speakers_judgement_of_a_veto_a_veto() -> None:
    title = "Russia blocks Douma inquiry at U.N."
    text = (
        "Nikki Haley said Russia had trashed the Council's credibility by vetoing an independent "
        "investigation of the Douma attack."
    )
    assert classify(title, text).type == "statement"
    assert classify(title, text, second_opinion=_AlwaysVeto()).type == "statement"


def test_the_model_still_reads_other_statements_as_it_is_sure() -> None:
    # (no speaker opening the lede on a veto: the model's sure veto stands, as before)
    title = "Western capitals react"
    text = "Paris and London were quick to react on Tuesday."
    assert classify(title, text, second_opinion=_AlwaysVeto()).type == "veto"
