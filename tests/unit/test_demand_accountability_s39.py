"""Session 39 (issue 11): accountability told by an investigation's findings with no body named.

- "Findings" (the plural) in a Syria item are an investigation's news though no team, panel
  or commission stands beside them: the findings rejected, sent on, read or acted upon.
  Not the findings of a poll, a survey, a study, an audit, a dig, a legislature, the World
  Bank or engineers, nor findings cited in a sanctions or penalties item (colour there).
- A German "Haftbefehl" issued in The Hague ("Den Haag") is the ICC's news, as one of the
  IStGH already was, not a national warrant for crimes in Syria.

Validation (counts only): of the English accountability misses failing the query with the
Syria context holding, the plural held 6 labelled items and none labelled otherwise; two
German negatives fired on a Hague warrant beside Assad's name. The texts are written for
this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Damascus brands the findings on the Aleppo hospital strikes a fabrication", ""),
        ("What the findings on Saraqeb mean for Syria's seat at the chemical weapons body", ""),
        ("Syrian opposition urges Council to act on findings about the Latamneh bombings", ""),
        ("Families in Douma read the findings with relief and anger", ""),
        ("Russia's envoy to Syria: the findings were written in Washington", ""),
    ],
)
def test_findings_told_bare_are_accountability(matcher: Matcher, title: str, text: str) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Syria: findings of a donor audit show aid diverted in Idlib", ""),
        ("Pollsters' findings on how Syrians in Turkey see going home", ""),
        ("Archaeological findings near Palmyra's temple of Bel", ""),
        ("Survey findings: Syrian refugees in Jordan fall deeper into debt", ""),
        ("Senate findings on the CIA's Syria train-and-equip effort", ""),
        ("World Bank findings on Syria's shrinking economy", ""),
        ("Engineers' findings on why Aleppo's towers fell in the quake", ""),
        # The singular is not the plural: "a finding" is mostly other news.
        ("Syria's finding of new gas fields off Tartus", ""),
        # In a sanctions item the findings are the sanctions' colour.
        (
            "EU weighs new Syria penalties",
            "Ministers want to punish Damascus once the findings are in, diplomats say.",
        ),
    ],
)
def test_findings_of_no_inquiry_do_not_fire(matcher: Matcher, title: str, text: str) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


def test_a_german_warrant_for_a_syrian_officer_is_accountability(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(matcher, "Haftbefehl gegen syrischen Geheimdienstchef erlassen")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Den Haag: Haftbefehl gegen Netanjahu und Gallant, Kritik auch aus Damaskus",
            "Die Richter erließen die Haftbefehle; Syrien begrüßte den Schritt.",
        ),
        ("Haftbefehle aus Den Haag gegen Hamas-Führer – Assad schweigt", ""),
    ],
)
def test_a_warrant_from_the_hague_in_german_is_the_courts_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)
