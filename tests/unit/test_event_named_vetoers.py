"""A veto read with nobody vetoing, whose headline (or, naming none, its lede) names permanent
members as the veto's subject in words no vetoer pattern reads: those members cast it (session
40, en-events-s40). Not a draft's sponsors, a member reacting, one to be won over, nor one named
abstaining or voting for.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify

DAY = datetime(2020, 7, 7, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "lede", "vetoers"),
    [
        # the headline's members and a verb no vetoer pattern reads (each read nobody before)
        (
            "Russia and China axe Western text on Aleppo ceasefire",
            "",
            {"China", "Russian Federation"},
        ),
        (
            "Moscow and Beijing reject Syria aid draft in Council vote",
            "Thirteen members voted in favour.",
            {"China", "Russian Federation"},
        ),
        (
            "Russia and China reject Syria truce draft in Council vote",
            "The text from Kuwait, Belgium and Germany won twelve votes; Equatorial Guinea abstained.",
            {"China", "Russian Federation"},
        ),
        # a voting record: its sponsors after the slash, the member abstaining in its lede
        (
            "The situation in the Middle East : draft resolution S/2017/962 / United States of"
            " America",
            "Record of vote: 11 Y, 2 N (Bolivia (Plurinational State of), Russian Federation),"
            " 2 A (China, Egypt). Extension of the Joint Investigative Mechanism not adopted.",
            {"Russian Federation"},
        ),
        (
            "The situation in the Middle East : draft resolution / France, United Kingdom of Great"
            " Britain and Northern Ireland and United States of America",
            "Record of vote: 9 Y, 3 N (Bolivia (Plurinational State of), China, Russian"
            " Federation), 3 A (Egypt, Ethiopia, Kazakhstan). Not adopted.",
            {"China", "Russian Federation"},
        ),
    ],
)
def test_the_named_members_cast_the_veto(title: str, lede: str, vetoers: set[str]) -> None:
    event = classify(title, lede, published=DAY)
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset(vetoers)


@pytest.mark.parametrize(
    ("title", "lede", "vetoers"),
    [
        # a draft's sponsors named in the headline: not its vetoers
        (
            "U.S.-drafted text on Syria gas inquiry rejected in Council vote",
            "Russia and China voted against the draft.",
            {"China", "Russian Federation"},
        ),
        # a member reacting beside the one vetoing
        (
            "Washington fumes as Russia and China reject Syria draft in Council vote",
            "Thirteen members voted in favour.",
            {"China", "Russian Federation"},
        ),
        # a member abstaining beside the ones vetoing
        (
            "Moscow and Beijing reject Syria aid draft in Council vote as Britain abstains",
            "Twelve members voted in favour.",
            {"China", "Russian Federation"},
        ),
    ],
)
def test_sponsors_speakers_and_abstainers_are_not_vetoers(
    title: str, lede: str, vetoers: set[str]
) -> None:
    event = classify(title, lede, published=DAY)
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset(vetoers)


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        # the sponsors in the headline and nobody else: nobody is read
        (
            "Text by France, Britain and the United States falls in Council vote",
            "Eleven members voted in favour of the draft on Syria, which was vetoed.",
        ),
        ("U.S. draft on Douma inquiry vetoed in Council vote", "Twelve members voted in favour."),
        ("France's Aleppo text vetoed at the Council", "Eleven members voted in favour."),
        # members to be won over
        (
            "Syria aid draft rejected in Council vote despite bid to win over Moscow and Beijing",
            "Thirteen members voted in favour.",
        ),
        # a draft's own title, its sponsors before "draft resolution"
        (
            "France, United Kingdom of Great Britain and Northern Ireland and United States of"
            " America: draft resolution",
            "Not adopted.",
        ),
        # another state's veto, a member named in a lede telling no vote or text
        (
            "Turkey vetoes Syrian Kurdish party's seat at Geneva talks",
            "Ankara said it would boycott the talks if the PYD was invited; Russia had pressed for"
            " the Kurds to be included, diplomats said.",
        ),
    ],
)
def test_sponsors_alone_name_no_vetoer(title: str, lede: str) -> None:
    event = classify(title, lede, published=DAY)
    assert event.type == "veto"
    assert not vetoed_by(event)


# Two permanent members told as casting the veto, on Syria, nobody named: Russia and China, as
# every double veto on Syria (session 40, en-events-s40b; the pattern of _double_vetoers).
@pytest.mark.parametrize(
    ("title", "lede"),
    [
        (
            "Security Council fails to adopt draft on Syria, owing to negative votes by two"
            " permanent members",
            "",
        ),
        ("Referral of Syria to the ICC vetoed by two permanent members", "Thirteen voted for it."),
        (
            "Aleppo truce text defeated by negative votes of two permanent members",
            "Eleven members were in favour.",
        ),
    ],
)
def test_two_permanent_members_on_syria_are_russia_and_china(title: str, lede: str) -> None:
    event = classify(title, lede, published=DAY)
    assert event.type == "veto"
    assert vetoed_by(event) == {"China", "Russian Federation"}


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        # not on Syria
        (
            "Venezuela text vetoed as two permanent members vote against",
            "Nine members voted in favour.",
        ),
        # one permanent member, unnamed
        ("Syria chemical inquiry vetoed by one permanent member", "Eleven members voted for it."),
    ],
)
def test_two_permanent_members_elsewhere_name_nobody(title: str, lede: str) -> None:
    event = classify(title, lede, published=DAY)
    if event.type == "veto":
        assert not vetoed_by(event)
