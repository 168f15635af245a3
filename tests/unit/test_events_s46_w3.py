"""A headline's veto told in its own words, with no veto word (issue 11, session 46, w3,
en-events-s46-w3), and an adoption told by its votes or abstainers (en-events-s46-w3b).

The members' "no" as a noun ("Moscow's no sinks ...", "Russian, Chinese no leaves ..."), a text
failing owing to or over the members' votes or objections, and a permanent member blocking a new
mechanism, inquiry or body with no UN word (`_veto_in_other_words`). Not where the headline
tells the no ahead, feared or debated, names a vote beside it, quotes a speaker, or names another
body, a referendum or a rival's own text short of votes; not a "no" to talks; not access or a
statement blocked.
"""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "members"),
    [
        ("Moscow's no sinks nine-month Bab al-Hawa renewal at UN", ["Russian Federation"]),
        ("Russian, Chinese no leaves Syria ICC referral dead", ["China", "Russian Federation"]),
        (
            "Double Russian and Chinese no shields Syrian officers from UN sanctions over gas attacks",
            ["China", "Russian Federation"],
        ),
        (
            "UN Idlib truce text fails owing to Russian, Chinese votes",
            ["China", "Russian Federation"],
        ),
        (
            "Syria cross-border aid extension fails over Russian and Chinese negative votes",
            ["China", "Russian Federation"],
        ),
        ("Russia blocks new UN body to name Syria gas attackers", ["Russian Federation"]),
        ("Moscow kills new Syria chemical inquiry", ["Russian Federation"]),
        ("U.S. no kills Gaza ceasefire text at UN", ["United States"]),
        ("Lone American no sinks Brazil's Gaza draft", ["United States"]),
        ("Aleppo truce text runs into Russian no at the Security Council", ["Russian Federation"]),
    ],
)
def test_a_veto_told_in_other_words_is_the_veto(title: str, members: list[str]) -> None:
    event = classify(title)
    assert event.type == "veto"
    assert sorted(vetoed_by(event)) == members


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a referendum's no, another body's vote or measure
        ("French no vote buries EU constitution", "other"),
        ("British no ends EU arms embargo on Syria", "other"),
        # a "no" to talks: a position
        ("Russia says no to Syria talks that exclude Assad", "statement"),
        # the Western members' no to a rival's own text, short of votes
        ("British, French and American no leaves Russia's Aleppo draft short at UN", "other"),
        # access and a statement blocked
        ("Russia and Syria block inquiry team's access to Douma site", "other"),
        ("Russia blocks Council statement on new Syria inquiry", "other"),
    ],
)
def test_near_misses_are_not_a_veto(title: str, expected: str) -> None:
    assert classify(title).type == expected


@pytest.mark.parametrize(
    "title",
    [
        # the no ahead or debated, a vote named beside it
        "Another Russian no expected as Council votes Tuesday on Syria aid",
        "General Assembly debates Russian no on Bab al-Hawa aid",
        "Syria aid text goes to a vote with a Russian no in the air",
        # a speaker's words on it
        "Russian no on Syria aid text is shameful, says Britain",
        # another body's vote
        "Chinese, Russian no votes fail to stop Syria rights resolution at Geneva rights council",
        # the pluperfect: history
        "Russia had blocked a new Syria chemical inquiry, envoy recalls",
    ],
)
def test_a_no_ahead_debated_or_elsewhere_is_not_read_as_a_veto(title: str) -> None:
    assert classify(title).type != "veto"


# Session 46, w3's second step (en-events-s46-w3b): the Council's adoption told by its count of
# votes, by the permanent members abstaining as the text passes, or by the UN or the Council
# backing or adopting a text (_ADOPTED_WITH_VOTES, _PASSES_AS_ABSTAIN, the organ cues).


@pytest.mark.parametrize(
    "title",
    [
        "Syria aid renewal adopted with 12 votes as Russia, China abstain",
        "One-crossing Syria aid text passes as Russia and China abstain",
        "Cross-border aid text passed with eleven votes in favour",
        "UN adopts Syria chemical weapons text",
        "UN backs Syria peace road map",
        "Council backs Russian-Turkish truce plan for Syria",
        "Six-month Bab al-Hawa renewal passes with 12 votes as U.S., Britain and France abstain",
        "Russia and China abstain as Syria aid text passes",
    ],
)
def test_an_adoption_told_by_its_votes_or_abstainers_is_the_adoption(title: str) -> None:
    assert classify(title).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a legislature's committee, another body's count
        ("Senate committee approves Syria strike resolution with 10 votes", "other"),
        ("Arab League adopts Syria sanctions with 19 votes", "other"),
        ("House passes Caesar Syria sanctions bill", "other"),
        # a statement the Council adopts
        ("Council adopts presidential statement on Syria aid access", "statement"),
        # the Assembly's adoption is an adoption
        (
            "General Assembly adopts resolution creating Syria evidence mechanism",
            "resolution_adopted",
        ),
    ],
)
def test_adoption_near_misses(title: str, expected: str) -> None:
    assert classify(title).type == expected


@pytest.mark.parametrize(
    "title",
    [
        # an adoption ahead
        "Syria aid text set to be adopted as Russia and China plan to abstain",
        # the Secretary-General backing a plan
        "UN chief backs Russian-Turkish truce plan for Syria",
        # a text not adopted
        "Syria aid text not adopted with 9 votes as Russia votes no",
    ],
)
def test_an_adoption_ahead_or_a_speaker_backing_is_not_one(title: str) -> None:
    assert classify(title).type != "resolution_adopted"
