"""Session 41's English event classes (issue 11, en-events-41), from a count of validation
11-39's English adoptions read `other` (counts only: 46, 22 of them on the held-out parts
35-39; 15 name a crossing or cross-border aid in the headline and no act).

- An adoption told in a headline by what the text does, no organ and no act named: what only a
  UN organ's text renews (cross-border aid and its crossings, a mission, its observers, an
  inquiry, a mechanism, a panel, a mandate) "renewed", "extended", "rolled over" or "prolonged"
  for a term, or the crossings "cut" or "reduced" to one or two; a crossing that stays open six
  more months (the term with no "for"). Not a government's consent or deal, the EU's,
  Washington's or the Arab League's own measure or mission, sanctions, a truce or a pause, nor
  the renewal wanted, pushed for, failing or that should be made.
- A headline's bare tally after the verb ("approved 15-0"), the body left unnamed; a Council's
  tally (nine to fifteen for, at most six against) whatever permanent member the headline names
  beside it ("passed 11-0 as Russia, China, U.S. and Britain abstain"), not a panel's, a
  committee's or a legislature's.
- A Syria crossing kept open after or under a compromise, a deal or a vote (en-events-41b), not
  Turkey's deal or Damascus's; a text given all fifteen votes, not the nine of fifteen it needs.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Syria cross-border aid cut to two crossings for six months", ""),
        (
            "Syria cross-border aid cut to two crossings for six months",
            "Russia and China abstained, as did the United States and Britain.",
        ),
        ("UN aid into northwest Syria reduced to a single crossing", ""),
        ("Bab al-Hawa aid lifeline extended for six months, with six more to follow", ""),
        ("Cross-border aid deliveries into Syria renewed for another year", ""),
        ("Bab al-Hawa stays open six more months", ""),
        ("Syria observer mission extended for a final 30 days", ""),
        ("Syria commission of inquiry's mandate extended by a year", ""),
        ("Syria chemical attacks inquiry extended for another year", ""),
        ("South Sudan experts panel's mandate prolonged until May", ""),
        ("Thirty-day Syria truce approved 15-0", ""),
        ("Cross-border aid into Syria authorized 15-0 through four crossings", ""),
    ],
)
def test_adoption_told_by_its_content(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a government's consent or deal, not the Council's renewal
        (
            "Two more crossings into Syria open for three months after Damascus gives consent",
            "",
            "other",
        ),
        ("Bab al-Hawa to stay open six more months under deal with Damascus", "", "other"),
        ("Damascus extends UN use of Bab al-Hawa for six months", "", "other"),
        ("Bab al-Hawa permission extended for six months by Syrian government", "", "other"),
        # another body's measure or mission
        ("EU sanctions on Syrian leadership extended for another year", "", "other"),
        ("U.S. Caesar Act sanctions on Syria extended for five years", "", "other"),
        ("Arab League observer mission in Syria extended for one month", "", "other"),
        ("EU naval mission extended for two years", "", "other"),
        # a truce or a pause between the parties
        ("Aleppo humanitarian pause extended by 24 hours, Russia says", "", "other"),
        ("Idlib ceasefire extended for a month", "", "other"),
        # the renewal wanted, pushed for, failing or that should be made
        ("Aid groups: Bab al-Hawa must stay open for another year", "", "statement"),
        ("Russia pushes for Syria aid to be cut to one crossing", "", "statement"),
        ("Russian bid to cut Syria aid to one crossing fails to win nine votes", "", "other"),
        ("Syria aid mandate should be extended for a year, Guterres says", "", "statement"),
        # a length of time that is no term set
        ("Talks on Syria aid extended for hours", "", "other"),
        ("Bab al-Hawa stays open a year after the quake", "", "other"),
        # a legislature's tally
        ("Syria sanctions bill passed 413-2", "", "other"),
    ],
)
def test_near_misses(title: str, text: str, expected: str) -> None:
    assert classify(title, text).type == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Syria aid route kept open after last-minute Council compromise", ""),
        ("Cross-border lifeline into Idlib stays open under U.S.-Russian deal", ""),
        ("Bab al-Hawa remains open after 12-0 vote", ""),
        ("Syria truce text gets all fifteen votes", ""),
        ("Fifteen votes for Syria chemical arms deal", ""),
        ("Syria aid text passed 11-0 as Russia, China, U.S. and Britain abstain", ""),
        ("Cross-border renewal approved 12-0 after U.S.-Russia haggling", ""),
    ],
)
def test_adoption_kept_open_or_counted(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Idlib crossings stay open after Turkey-Russia deal on buffer zone", "", "other"),
        ("Bab al-Hawa to remain open after UN talks with Damascus", "", "other"),
        ("Syria aid route must stay open under any compromise, NGOs say", "", "statement"),
        ("Rafah crossing stays open under ceasefire deal", "", "other"),
        ("Syria strike authorization approved 10-7 by Senate panel", "", "other"),
        ("Russia's Syria aid text gets just four votes", "", "other"),
        ("Syria sanctions measure approved 12-0 by House panel", "", "other"),
    ],
)
def test_kept_open_or_counted_near_misses(title: str, text: str, expected: str) -> None:
    assert classify(title, text).type == expected
