"""Session 28 (issue 11): English stop-veto and monitor-access classes.

- The drafts on Syria a permanent member vetoed are Syria's by their symbols: a UN Digital
  Library voting record may give one with no Syria word (the campaign's context).
- A permanent member that "cannot go along with" a text, that "sided with" or "stood by" its
  ally at the Council, that asks a vote to "wait until" a report; a Council that let an
  authorisation lapse (not the observer mission wound up as decided).
- The international court's prosecutor or the chemical watchdog's chief in a headline "in
  Damascus" is an investigator let into the country.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

STOP_VETO = "stop-veto-obstruction"
MONITORS = "monitor-access"


def test_a_vetoed_syria_draft_is_syrias_by_its_symbol(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Draft resolution S/2017/962 : voting record",
        "Yes: 11 | No: 2 (Bolivia (Plurinational State of), Russian Federation) "
        "| Abstentions: 2 (China, Egypt). Not adopted.",
    )
    assert STOP_VETO in fired(
        matcher,
        "Draft resolution S/2018/321 / United States of America : vote",
        "Security Council voting record. Yes: 12 | No: 2 (Bolivia (Plurinational State of), "
        "Russian Federation) | Abstentions: 1 (China).",
    )


def test_another_files_record_stays_out(matcher: Matcher) -> None:
    assert (
        fired(
            matcher,
            "Draft resolution S/2022/155 [on aggression against Ukraine] : voting record",
            "Yes: 11 | No: 1 (Russian Federation) | Abstentions: 3.",
        )
        == set()
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia cannot go along with Syria text, envoy says",
            "Vassily Nebenzia told reporters Moscow could not go along with the draft on Idlib "
            "ahead of Thursday's vote.",
        ),
        (
            "Britain says Moscow sided with its ally at the Security Council",
            "The Foreign Office said Russia had once more sided with its ally in Damascus over "
            "the Syria draft on chemical weapons.",
        ),
        (
            "Moscow stood by its ally at the UN again, Paris says",
            "France's foreign ministry said Russia had stood by its ally in Damascus in the "
            "Security Council talks on Syria's chemical weapons.",
        ),
        (
            "Russia asks that Syria vote wait until inspectors report",
            "Moscow's envoy asked that the Council hold off the vote on the Western draft and "
            "wait until the inspectors' report on Douma is out.",
        ),
        (
            "Council lets Syria aid crossing authorisation lapse",
            "Relief groups said the Security Council had let the authorisation of deliveries "
            "through Bab al-Hawa lapse after members could not bridge their differences.",
        ),
    ],
)
def test_obstruction_told_without_a_veto_word(matcher: Matcher, title: str, text: str) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Britain cannot go along with Russian text on Syria aid",
            "London said the Russian draft would close crossings millions of Syrians rely on.",
        ),
        (
            "Washington sided with Kurdish-led forces in Raqqa",
            "The coalition said its aircraft supported the Syrian Democratic Forces.",
        ),
        (
            "Syria aid vote to wait until translation is done",
            "Council members will vote on the Syria text on Monday once it is translated; "
            "no member has objected.",
        ),
        (
            "Donors let Syria appeal lapse, aid agencies warn",
            "The humanitarian appeal for Syria expired with a third of its funding received.",
        ),
        (
            "U.N. observer mission in Syria winds up as Council lets its mandate run out",
            "The last unarmed observers leave Damascus on Sunday; a liaison office stays.",
        ),
        (
            "OPCW members fail to agree on Syria decision",
            "The Executive Council of the OPCW failed to agree on a decision on Syria's "
            "declaration after two days of talks in The Hague.",
        ),
    ],
)
def test_near_misses_sharing_the_words(matcher: Matcher, title: str, text: str) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_the_courts_prosecutor_in_damascus_is_let_in(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "ICC prosecutor holds talks in Damascus",
        "The International Criminal Court's prosecutor met Syria's foreign minister on the "
        "court's possible role in the country.",
    )
    assert MONITORS in fired(
        matcher,
        "Chemical watchdog chief meets Syrian president in Damascus",
        "The OPCW's director-general discussed the former programme's undeclared sites.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN envoy holds talks in Damascus",
            "The Special Envoy for Syria met the foreign minister on the political process.",
        ),
        (
            "ICC prosecutor holds talks in Caracas",
            "The International Criminal Court's prosecutor met Venezuela's president.",
        ),
        (
            "Syrian prosecutor in Damascus charges former ministers",
            "The public prosecutor accused two former Syrian ministers of embezzlement.",
        ),
    ],
)
def test_other_visitors_are_not(matcher: Matcher, title: str, text: str) -> None:
    assert MONITORS not in fired(matcher, title, text)
