"""Session 35's English event classes (issue 11, en-events-s35), from a count of validation
11-33's English adoptions read `other` (counts only): the adoption told by its outcome.

- A UN organ's headline with an act verb the rules lacked: it sends, bans, tasks, grants,
  delists or slaps, or drops, removes or scraps sanctions (not a message sent, a plan dropped).
- A unanimous UN vote, or the UN's unanimity, as the headline's news (not a vote hoped for or
  sought, nor another body's unanimity).
- A crossing or route kept open for a term, the Council's renewal told without naming it (not a
  government keeping its own crossing open, nor one that must stay open).
- A country placed under a UN embargo or hit with UN sanctions, a leader taken off a UN list, UN
  sanctions lifted (not the EU's, Washington's or the League's measures).
- en-events-s35b: a party asking the ICC, its prosecutor, the world court, prosecutors, judges or
  a court to act is filing its case, `other` (not urging the court, asking the Council or the
  world to refer, a text that would ask it, nor the Council asking the ICC prosecutor).
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        ("UN Security Council sends monitoring mission to oversee Aleppo evacuations", ""),
        ("Security Council bans all trade with Syrian extremist groups", ""),
        ("Security Council unanimously tasks experts with tracking arms to Libya", ""),
        ("U.N. Council scraps sanctions on Iraqi oil sales", ""),
        ("Unanimous UN vote backs Syria chemical disarmament plan", ""),
        ("Unanimity at the Security Council as Syria gas deal is sealed", ""),
        ("Idlib aid lifeline kept open for another twelve months", ""),
        ("Bab al-Salam route will remain open until January", ""),
        ("Eritrea placed under U.N. sanctions for arming Somali insurgents", ""),
        ("Iran hit with tougher U.N. sanctions over enrichment", ""),
        ("Syrian minister removed from U.N. terrorist list after vote", ""),
        ("Somalia freed from UN arms embargo after three decades", ""),
    ],
)
def test_adoption_told_by_its_outcome(title: str, lede: str) -> None:
    assert classify(title, lede).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        # a message the Council sends in a press statement
        ("Security Council sends message of sympathy to quake victims in Syria", ""),
        # another body's council
        ("EU Council drops travel ban on Syrian central bank governor", ""),
        # a unanimous vote sought
        ("France seeks a unanimous Council vote on Syria gas inquiry", ""),
        # another body's unanimity
        ("Gulf ministers unanimous on suspending Syria from their council", ""),
        # a government keeping its own crossing open
        ("Damascus says Bab al-Hawa crossing will stay open for three more months", ""),
        # a crossing that should stay open: a call
        ("Aid route into Idlib should remain open for a year, charities say", ""),
        # the EU's and Washington's measures
        ("Syrian oil firms placed under EU sanctions", ""),
        ("Syrian general taken off U.S. Treasury sanctions list", ""),
    ],
)
def test_near_misses_are_not_the_adoption(title: str, lede: str) -> None:
    assert classify(title, lede).type != "resolution_adopted"


@pytest.mark.parametrize(
    "title",
    [
        "Yazidi survivors ask ICC to prosecute Islamic State commanders",
        "Torture victims ask Norwegian prosecutors to open case against Syrian general",
        "Kurdish families ask Belgian court to try former Syrian intelligence officer",
        "Syrian doctors ask Swiss prosecutors for arrest of former army officer",
        "Gambia asks world court for measures to protect Rohingya",
    ],
)
def test_a_party_asking_a_court_is_its_filing(title: str) -> None:
    assert classify(title, "").type == "other"


@pytest.mark.parametrize(
    ("title", "event"),
    [
        # urging the court, asking the Council to refer: calls
        ("Activists urge ICC to charge Syrian commanders", "statement"),
        ("Aid groups ask Security Council to refer Syria to the Hague", "statement"),
        # the Council's own request to the prosecutor: its resolution
        (
            "Security Council unanimously asks ICC prosecutor to investigate Darfur",
            "resolution_adopted",
        ),
    ],
)
def test_asking_others_to_go_to_court_is_not_a_filing(title: str, event: str) -> None:
    assert classify(title, "").type == event
