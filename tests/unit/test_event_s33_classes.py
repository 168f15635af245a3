"""Session 33's English event classes (issue 11, en-events-s33), from a count of validation
11-31's English misses by cue and by the rule that moved them (counts only).

- A veto told beside a rival draft's vote short of nine in a clause of the same sentence
  ("..., and a Russian text got five votes in favour") is the veto: the rival's tally is not
  the vetoed draft's, nor its "against" voters who vetoed. The rival's vote told alone is no
  veto.
- The veto noun the Assembly is to debate ("Russia's latest veto to be debated by U.N.
  Assembly", "... goes before the General Assembly") names the debate, a meeting.
- A presidency, a ministry, a department or a club blocking or vetoing its own matter is that
  body's decision, `other`.
- A member blocking a statement of the Council issued no statement: `other`, not `statement`.
- A member vowing to oppose any text on a file tells the text ahead, `draft_resolution`.
- The UN in a headline renewing or extending a mandate for a term, a mandate rolled over or
  extended at the UN, and the Council letting or allowing aid in, are the adoption; the UN
  renewing its call is not.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = ["China", "Russian Federation"]


def test_veto_beside_a_rival_drafts_short_vote_in_one_sentence() -> None:
    event = classify(
        "Two crossings in doubt after Council votes",
        "China and Russia voted against a text renewing the crossings that was backed by 13"
        " members, and a Russian draft won five votes in favour, six against and four"
        " abstentions.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == CHINA_RUSSIA


def test_rival_drafts_short_vote_alone_is_no_veto() -> None:
    event = classify(
        "Russian crossings text fails",
        "Moscow's draft received five votes in favour, six against and four abstentions.",
    )
    assert event.type != "veto"


@pytest.mark.parametrize(
    "title",
    [
        "Russia's latest veto to be discussed by U.N. Assembly next week",
        "China's latest Syria veto heads to the General Assembly",
    ],
)
def test_veto_the_assembly_is_to_debate_is_a_meeting(title: str) -> None:
    assert classify(title, "").type == "meeting"


@pytest.mark.parametrize(
    "title",
    [
        "Interior ministry vetoes new camp for Syrian refugees",
        "Club vetoes Syrian striker's move abroad",
        "EU presidency blocks statement on Syria returns",
        "Treasury department blocks assets of Syrian officials",
    ],
)
def test_other_bodies_blocking_their_own_matters_are_other(title: str) -> None:
    assert classify(title, "").type == "other"


@pytest.mark.parametrize(
    "title",
    [
        "Moscow blocks Council press statement on Idlib market strike",
        "China and Russia block Security Council statement on Hama shelling",
    ],
)
def test_statement_blocked_is_other(title: str) -> None:
    assert classify(title, "").type == "other"


def test_vow_to_oppose_any_text_is_the_draft() -> None:
    event = classify("Beijing pledges to oppose any Syria sanctions resolution", "")
    assert event.type == "draft_resolution"


@pytest.mark.parametrize(
    "title",
    [
        "UN extends Syria aid authorisation for another year",
        "Syria aid mandate extended for six months at U.N.",
        "Security Council lets aid convoys cross into Syria",
    ],
)
def test_mandate_renewed_by_the_un_is_the_adoption(title: str) -> None:
    assert classify(title, "").type == "resolution_adopted"


def test_un_renewing_its_call_is_no_adoption() -> None:
    assert classify("UN renews call for Syria truce", "").type != "resolution_adopted"
