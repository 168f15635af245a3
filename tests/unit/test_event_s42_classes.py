"""Session 42's English event classes (issue 11, en-events-42).

- Who decided a renewal told by what it does (`_OWN_MISSION_DECIDED`): session 41's rule for a
  mission, its observers, an inquiry or a mandate "extended" for a term in a headline naming no
  organ (`_TERM_RENEWED`) read a non-UN body's extension of its own mission as a Council
  adoption, a page. An adoption is a UN organ's decision (DESIGN.md's event convention); a
  regional organisation's (the Arab League told as "the League", "the bloc" or "Arab foreign
  ministers"), a government's, a legislature's or a charity's extension of its own mission is
  `other`. Where the text names a government, a legislature or a charity only as background to
  the UN's renewal (the government calling for the operation's end, Washington and Moscow
  claiming the compromise), the adoption stands. A regional organisation named in an item that
  names no UN organ (`_REGIONAL_BODY`) is read as the one deciding, wherever it is named: the UN
  mission's renewal whose text recalls the Arab League's earlier mission (en-events-42's
  `e42-wire-2012-07-20-unsmis-final-30-days`) is lost to it, the price of the page it takes away.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Monitors' mission in Syria extended by a month",
            "Arab foreign ministers meeting in Cairo agreed on Sunday to keep the observers in Syria"
            " for another month.",
        ),
        (
            "Syria monitoring mission prolonged for one month",
            "The League's ministerial committee decided to give its observers more time.",
        ),
        (
            "Observer mission extended for another month amid doubts",
            "Ministers agreed to extend the mission and to send more monitors.",
        ),
        (
            "Syria observers' mission extended by one month",
            "The bloc voted in Cairo to prolong the deployment of its monitors.",
        ),
        ("Arab monitors' mission extended by a month", ""),
        (
            "Monitors' mission extended by a month",
            "The League's monitors' mission was extended by a month on Sunday.",
        ),
        (
            "Observer mission prolonged for a month",
            "Gulf states pulled out of the League's mission after the decision in Cairo.",
        ),
        (
            "Darfur peacekeeping mission extended by three months",
            "African Union officials agreed to keep the bloc's 7,000 troops in Darfur until the end"
            " of the year.",
        ),
        (
            "Gambia stabilisation mission extended for a year",
            "West African leaders agreed at their summit in Abuja to keep ECOWAS troops in Banjul.",
        ),
        (
            "Georgia observers' mission extended by two years",
            "The bloc's foreign ministers renewed the unarmed monitors' mandate.",
        ),
        (
            "Idlib surgical mission extended for six months",
            "The medical charity said it would keep its surgical teams in northwest Syria until"
            " January.",
        ),
        (
            "Bab al-Hawa stays open for six more months",
            "Turkish officials agreed to keep the crossing open for another six months.",
        ),
        (
            "Inquiry into protest killings extended by three months",
            "A decree from the prime minister's office gave the national fact-finding committee more"
            " time.",
        ),
    ],
)
def test_another_bodys_own_mission_extended_is_no_adoption(title: str, text: str) -> None:
    assert classify(title, text).type != "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria observer mission extended for a final 30 days",
            "The unarmed monitors will leave in August unless the violence falls; Russia had wanted"
            " a longer extension.",
        ),
        (
            "Syria gas attacks inquiry extended for another year",
            "The OPCW's director-general had asked that the investigators be given more time.",
        ),
        (
            "Cross-border aid into Syria extended for a year",
            "Russia and China abstained; the government in Damascus had called for the operation to"
            " end.",
        ),
        (
            "Bab al-Hawa aid mandate extended by six months, six more to follow",
            "Washington and Moscow both claimed the compromise as their own; the Syrian government,"
            " which opposes the crossing, was not consulted.",
        ),
        (
            "Syria commission of inquiry's mandate renewed for a year",
            "Member states voted in Geneva to keep the investigators at work.",
        ),
        (
            "Syria aid lifeline renewed for six months",
            "Ministers from Western countries said they would keep pressing for a year.",
        ),
        (
            "Syria aid lifeline renewed for six months",
            "President Bashar al-Assad gave no reaction.",
        ),
    ],
)
def test_the_uns_renewal_with_another_body_as_background(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"
