"""A tally with nine votes and a permanent member's "no" is a veto only on a text the member
can veto. Procedural decisions (calling the Assembly into emergency special session, the
agenda, inviting a briefer, electing judges) pass with nine votes whoever votes against, and an
item that reports the text adopted was not vetoed, whatever its tally seems to list."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


def vetoers(title: str, text: str) -> tuple[str, list[str]]:
    event = classify(title, text)
    return event.type, sorted(a.name for a in event.actors if a.role == "vetoed")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Council sends Myanmar question to General Assembly",
            "Members voted 12-1, with two abstentions, to convene an emergency special session "
            "of the Assembly; China voted no.",
        ),
        (
            "Council puts Crimea rights on its agenda over objections",
            "The vote was 11 in favour, 2 against (China, Russian Federation) and 2 abstentions "
            "on placing the item on its agenda.",
        ),
        (
            "Rights chief to brief Council on Venezuela",
            "Members voted 9-3-3 to invite the High Commissioner to brief them next week, with "
            "China and Russia among those voting against.",
        ),
        (
            "Council lets envoy brief on Syria detainees",
            "Members voted 10-3-2 to allow the special envoy to brief them in public, with China "
            "and Russia voting against.",
        ),
        (
            "Two judges elected to World Court",
            "Both candidates won absolute majorities; in the Council one judge was elected with "
            "10 votes to 5, France and the United Kingdom voting against.",
        ),
        (
            "Council hands Ukraine file to the Assembly",
            "The vote on the text convening an emergency special session was 11 in favour, 1 "
            "against (Russian Federation) and 3 abstentions.",
        ),
        (
            "Assembly debate on Gaza goes forward",
            "The Council voted 12-1-2 for the Assembly meeting; the United States voted against "
            "but could not block it.",
        ),
    ],
)
def test_a_procedural_vote_with_a_permanent_no_is_no_veto(title: str, text: str) -> None:
    kind, named = vetoers(title, text)
    assert kind != "veto"
    assert named == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Council backs chemical weapons text",
            "The Security Council voted 13-2 to adopt the resolution, China and Russia voting "
            "against.",
        ),
        (
            "Voting record: S/RES/2401 (2018)",
            "Yes: 13 | No: 2 (China, Russian Federation) | Abstentions: 0",
        ),
        ("Draft resolution S/2031/77 : voting record", "Yes: 12; No: 2 (China, France). Adopted."),
    ],
)
def test_an_item_reporting_the_text_adopted_is_no_veto(title: str, text: str) -> None:
    kind, named = vetoers(title, text)
    assert kind == "resolution_adopted"
    assert named == []


@pytest.mark.parametrize(
    ("title", "text", "members"),
    [
        (
            "Syria text falls in Council",
            "The Western draft drew 13 votes in favour; China and Russia voted against. The ten "
            "elected members all backed it.",
            ["China", "Russian Federation"],
        ),
        (
            "Draft resolution S/2031/78 : voting record",
            "Yes: 12; No: 2 (China, Russian Federation); Abstentions: 1. Not adopted.",
            ["China", "Russian Federation"],
        ),
        (
            "Council split on Aleppo truce text",
            "The vote was 11-1-3, with the Russian Federation against; the draft, which would "
            "have asked the Secretary-General to brief monthly, was not adopted.",
            ["Russian Federation"],
        ),
    ],
)
def test_vetoes_told_by_their_tally_stay_vetoes(title: str, text: str, members: list[str]) -> None:
    assert vetoers(title, text) == ("veto", members)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Security Council voting record, 3 March 2031: 12 in favour, 2 against, 1 "
            "abstaining. Not adopted (negative vote of a permanent member).",
            "veto",
        ),
        (
            "Voting record: 10 in favour, 3 against, 2 abstaining. The draft was not adopted.",
            "veto",
        ),
        ("Voting record: 5 in favour, 7 against, 3 abstaining. Not adopted.", "other"),
    ],
)
def test_a_record_saying_not_adopted_names_no_member_yet_follows_the_procedure(
    text: str, kind: str
) -> None:
    """Nine votes in favour and not adopted: a permanent member voted no, named or not."""
    assert vetoers("Draft resolution S/2031/40 : vote", text) == (kind, [])
