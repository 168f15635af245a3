"""Probe s20 T4 (MED): the Council of the EU's own press release of a sanctions listing is not
a UN resolution. "Syria: Council lists six individuals ..." / "The Council today imposed
restrictive measures on six individuals ..." read resolution_adopted: Slack headed it
"🟠 P2 · Resolution adopted" and the draft welcomed "the adoption of resolution
[PLACEHOLDER: document symbol] by the [PLACEHOLDER: UN body]". The EU writes "the Council"
for itself, and "restrictive measures" for its sanctions; an item that names the UN, the
Security Council or a resolution's number keeps what it reports.

The engineer's own sentences, in the style of the Council of the EU's press releases and of
UN Press; the three EU releases failed before.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: Council lists six individuals responsible for chemical weapons attacks",
            "The Council today imposed restrictive measures on six individuals responsible for "
            "the development and use of chemical weapons in Syria. The persons listed are "
            "subject to an asset freeze and a travel ban, and EU citizens and companies are "
            "forbidden from making funds available to them.",
        ),
        (
            "Syria: Council extends restrictive measures against the regime for a further year",
            "The Council today extended the restrictive measures against the Syrian regime until "
            "1 June 2028. The list now includes 318 persons and 86 entities subject to an asset "
            "freeze and a travel ban.",
        ),
        (
            "Chemical weapons: Council imposes restrictive measures on four Syrian officials",
            "The Council today imposed restrictive measures on four senior officers of the "
            "Syrian Arab Air Force under the EU's regime against the proliferation and use of "
            "chemical weapons.",
        ),
    ],
)
def test_the_council_of_the_eus_listing_is_no_resolution(title: str, text: str) -> None:
    assert classify(title, text).type == "other"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Security Council extends Yemen sanctions regime, adopting resolution 2801 (2027)",
            "The Security Council today extended for one year the asset freeze and travel ban "
            "imposed by resolution 2140 (2014), unanimously adopting resolution 2801 (2027).",
        ),
        (
            "Security Council imposes arms embargo on Houthi leaders",
            "The Council today imposed an arms embargo and restrictive measures on Houthi "
            "leaders, adopting resolution 2216 (2015) by 14 votes in favour to none against, "
            "with 1 abstention (Russian Federation).",
        ),
    ],
)
def test_the_security_councils_sanctions_stay_adopted(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"
