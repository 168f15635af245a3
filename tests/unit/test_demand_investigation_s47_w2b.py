"""Session 47 (issue 11, w2, second part): an investigation told bare in a Syria item is
accountability.

"Investigation" or "investigations" with nothing the demand's other clauses read beside it (no
investigators named, no attack, crime or chemical word), in an item the campaign's context reads
as Syria's, is the demand's subject: a government asking for one or refusing one, families
asking for one (en-demands-s47-w2b). Not beside the ICC, a referral or The Hague (the
referral's), sanctions, the Treasury or freezes, nor a blast's, a boat's sinking, migrants', a
refugee's or an asylum seeker's death or the police's. Each near miss below matches the clause
without its exclusions: it fails if the exclusion that keeps it out is dropped.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Moscow says talk of blame is premature while Syria investigation goes on", ""),
        (
            "Mother of Syrian cameraman asks Damascus for an investigation",
            "Her son did not come home from covering a demonstration in Homs last spring.",
        ),
        (
            "Beijing wants Syria investigation kept out of Council politics",
            "A foreign ministry spokeswoman said the facts should be established first.",
        ),
    ],
)
def test_a_bare_investigation_in_a_syria_item_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert fired(matcher, title, text) == {ACCOUNTABILITY}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Lebanon's investigation into port blast names Syrian-owned shipping agent",
            "The explosion at the harbour killed more than 200 people.",
            set(),
        ),
        (
            "Investigation after boat carrying Syrians sinks off Cyprus",
            "Coastguards recovered 20 bodies.",
            set(),
        ),
        (
            "Investigation into death of Syrian asylum seeker in German shelter",
            "",
            set(),
        ),
        (
            "ICC cannot open a Syria investigation, court's prosecutor says",
            "Without a referral the court has no jurisdiction over Syria.",
            {"icc-referral"},
        ),
        (
            "Treasury investigation into Syria shipments leads to new listings",
            "The department said the traders had helped Assad's government buy fuel.",
            set(),
        ),
    ],
)
def test_near_misses_keep_their_reading(
    matcher: Matcher, title: str, text: str, expected: set[str]
) -> None:
    assert fired(matcher, title, text) == expected
