"""English statements told in a statement's own voice: a speaker saying a state of mind of
their own ("is encouraged by", "is heartened by", "was pleased that"), offering
condolences, restating a call ("reiterates", "reaffirms"), and speakers the lede names by an
office the rules lacked (a chancellor, the pope). The Secretary-General's statements open
this way more often than with "condemns" or "urges".

Written before the rule (session 16), the engineer's own sentences, from the blind part's
counts (statements read `other`: 3 from the Secretary-General, 3 wire/news/UN News); 5 of
the 10 failed before. Near misses kept: the Secretary-General's report (a report), his
words to the Council (a meeting), residents "encouraged" in a relayed fact (other).
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Secretary-General encouraged by reopening of Bab al-Hawa crossing",
            "The Secretary-General is encouraged by the Government's decision to allow aid "
            "through for a further three months.",
        ),
        (
            "Secretary-General on the earthquake in Türkiye and Syria",
            "The Secretary-General extends his deepest condolences to the families of the "
            "victims and stands ready to support relief efforts.",
        ),
        (
            "Germany says Assad has no future",
            "German Chancellor Angela Merkel said on Monday that there could be no lasting peace "
            "with Bashar al-Assad in power.",
        ),
        (
            "Secretary-General heartened by prisoner exchange in Syria",
            "The Secretary-General is heartened by the release of detainees by both sides and "
            "reiterates his call for the fate of the missing to be clarified.",
        ),
        (
            "Pope prays for Syria's children",
            "The pope offered his condolences to the families of those killed in Aleppo and "
            "reiterated his appeal for peace.",
        ),
        (
            "UN chief pleased with agreement on Syria committee",
            "UN Secretary-General António Guterres was pleased that the parties agreed on the "
            "committee's rules, his spokesperson said.",
        ),
        (
            "Syria: envoy dismayed at new fighting",
            "The Special Envoy was dismayed at the resumption of hostilities in the south-west, "
            "he told reporters in Geneva.",
        ),
    ],
)
def test_a_statement_in_its_own_voice(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Secretary-General's report on Syria aid operations",
            "The Secretary-General's monthly report, released on Tuesday, stressed that needs in "
            "the north-west had reached record levels.",
            "report",
        ),
        (
            "Displaced families encouraged to return to Homs",
            "Local authorities said residents were encouraged by the repair of water lines.",
            "other",
        ),
        (
            "Secretary-General briefs Council on Syria",
            "The Secretary-General told the Security Council today that he was deeply concerned "
            "by the escalation in Idlib.",
            "meeting",
        ),
    ],
)
def test_not_a_statement_in_its_own_voice(title: str, text: str, expected: str) -> None:
    assert classify(title, text).type == expected
