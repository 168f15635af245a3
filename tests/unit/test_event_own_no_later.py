"""Who vetoed, from an envoy's explanation of vote in any sentence of the item, not only the
lede and the one after it: a release gives the outcome and the tally first and the
explanations of vote after them ("Speaking after the vote, the representative of the Russian
Federation said his delegation had voted no ..."), a wire the reactions before the envoy.

Written before the rule (session 16), the engineer's own sentences, from the blind part's
counts (who vetoed "none found" on 6 English veto items); 4 of the 5 failed before (the
lede's own explanation was read already). Not a vetoer: an envoy explaining a "no" on
another text, in an item reporting no veto; an elected member's envoy.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        (
            "Security Council fails to renew Syria aid",
            "The draft received 13 votes in favour, 1 against and 1 abstention. Speaking after "
            "the vote, the representative of the Russian Federation said his delegation had "
            "voted no because the text ignored sanctions.",
            ["Russian Federation"],
        ),
        (
            "Council fails to adopt text on Syria detainees",
            "The Security Council today failed to adopt a draft resolution on detainees in "
            "Syria. Twelve members voted in favour, with two abstentions. Several speakers "
            "regretted the outcome. The representative of China said his country had voted "
            "against a text that interfered in Syria's internal affairs.",
            ["China"],
        ),
        (
            "Syria crossing draft goes down at the UN",
            "A draft extending aid deliveries for a year was vetoed on Friday despite 13 votes "
            "in favour. "
            "Aid groups called the outcome a disaster. Britain's ambassador said it was a dark "
            "day. Russia's ambassador told reporters his country had voted against because the "
            "text was unbalanced.",
            ["Russian Federation"],
        ),
        (
            "Draft on Syria chemical inquiry not adopted",
            "The vote was 11 in favour, 2 against and 2 abstentions. Explaining the vote, "
            "Bolivia's delegate said the inquiry was politicised. The United States "
            "representative welcomed the text. The representative of the Russian Federation "
            "said his delegation had cast a negative vote on a text that prejudged the "
            "findings.",
            ["Russian Federation"],
        ),
        (
            "Russia explains its no on Syria aid text",
            "Russia's ambassador told the Council that his country had voted against the "
            "draft, which had 13 votes in favour.",
            ["Russian Federation"],
        ),
    ],
)
def test_an_envoy_explaining_the_veto_in_any_sentence(
    title: str, text: str, vetoed: list[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == vetoed


def test_an_elected_members_no_is_no_veto() -> None:
    event = classify(
        "Syria text falls short in the Security Council",
        "The draft received only seven votes in favour. Speaking after the vote, the "
        "representative of Bolivia said his delegation had voted against it.",
    )
    assert not event.vetoers
