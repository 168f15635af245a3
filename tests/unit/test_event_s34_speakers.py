"""Session 34's named speakers (issue 11, en-events-s34b), from a count of validation 11-32's
English statements read `other` (counts only).

- A headline ending on a speaker the Syria file quotes by surname and a verb of saying
  ("..., Lavrov says"), or opening on one saying "he", "she", "his" or "her", is that speaker's
  judgement, a statement, as "Lavrov says ..." has been since session 29.
- Not what such a speaker relays: a date, a visit, a call, a deployment, an evacuation, a
  toll; nor a threat to block a text (the draft's news), nor a speaker the file does not
  quote by name.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    "title",
    [
        "Only the Syrians can decide Assad's future, Wang Yi says",
        "No military solution exists in Syria, UN envoy Brahimi said",
        "The regime has used chemical weapons on its own people, Fabius says",
        "Guterres says he is appalled by the bombing of hospitals in Idlib",
        "Pinheiro says his commission will keep documenting crimes in Syria",
    ],
)
def test_named_speakers_judgement_is_a_statement(title: str) -> None:
    assert classify(title, "").type == "statement"


@pytest.mark.parametrize(
    "title",
    [
        # a date relayed
        "Next round of Astana talks to open on May 3, Lavrov says",
        # a visit relayed
        "Pedersen to visit Damascus next week, Zakharova says",
        # a toll relayed
        "Forty civilians killed in Idlib strikes, Pinheiro says",
        # a call between leaders
        "Putin says he spoke to Erdogan about the Idlib truce",
        # a speaker the file does not quote by name
        "Shelling has not stopped in Ghouta, a resident says",
    ],
)
def test_what_named_speakers_relay_is_no_statement(title: str) -> None:
    assert classify(title, "").type != "statement"


def test_named_speakers_threat_to_block_stays_the_drafts() -> None:
    assert (
        classify("Moscow will veto any text that threatens force on Syria, Lavrov says", "").type
        == "draft_resolution"
    )
