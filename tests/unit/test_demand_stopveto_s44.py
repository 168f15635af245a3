"""Session 44 (issue 11, w4; en-stopveto-s44): English stop-veto news the rules did not read.

The cross-border mandate told with no Syria word and no aid word beside the crossing: a
crossing within eight words of its renewal, mandate, extension or authorisation, with Russia
or China named, is Syria's in the context, and close to Syria for the blocking words; not
another file's crossings (Gaza's, the OSCE's at the Donbas checkpoints, Finland's border).

(A member criticised after a Council vote with no veto word, the session's other class, was
tried and dropped: it read none of validation's misses, see en-stopveto-s44's README row.)

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

STOP = "stop-veto-obstruction"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia blocks 12-month extension of border crossing mandate",
            "Moscow's envoy wants the authorisation to run six months; the sponsors will try again "
            "on Monday.",
        ),
        (
            "Moscow kills renewal of the last crossing from Turkey",
            "The mandate lapsed at midnight after Russia voted against the Norwegian and Irish "
            "text; its own rival draft won two votes.",
        ),
    ],
)
def test_the_crossing_s_mandate_blocked_is_syria_s_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia refuses to extend OSCE monitors' mandate at two border crossings",
            "The mission at the Donetsk and Gukovo checkpoints will close at the end of September.",
        ),
        (
            "Finland extends closure of border crossings with Russia",
            "Helsinki said the crossings would stay shut until spring.",
        ),
        (
            "U.S. blocks Council text demanding more Gaza crossings open",
            "The draft called for the renewal of aid through Kerem Shalom; Russia voted in favour.",
        ),
    ],
)
def test_other_files_crossings_are_not(matcher: Matcher, title: str, text: str) -> None:
    assert STOP not in fired(matcher, title, text)
