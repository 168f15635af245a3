"""Probe s16 R16 (HIGH): a veto and a rival draft that fails for want of votes in one report
(the Aleppo pattern of 8 October 2016). A vote with fewer than nine in favour is never a
veto and its "against" voters are not vetoers; its tally and its abstentions are its own
draft's, not the vetoed draft's. Read with the sentence of each vote: the rival's short
vote, in a sentence of its own, is left out of who vetoed and of the vetoed draft's vote.

The engineer's own sentences (wire, UN Press, UN News, newspaper), written before the rule;
3 of the 5 failed before (the four vetoers, the rival's 4-9-2 tally, Uruguay pooled with the
other vote's abstentions). A sentence telling both votes ("backed by 12 members but voted
down by Russia and China, while a Russian-Chinese text gained only five votes") keeps them.
"""

from __future__ import annotations

from demandwatch.core.events import classify


def test_a_rival_voted_down_beside_the_veto_is_not_a_veto() -> None:
    event = classify(
        "Russia vetoes French UN draft on Aleppo; rival Russian text fails",
        "Russia vetoed a French-drafted resolution (S/2027/950) demanding an end to the "
        "bombing of Aleppo, Syria. A rival Russian draft (S/2027/951) was then voted down by "
        "France, Britain and the United States, winning only four votes in favour, nine "
        "against and two abstentions.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["Russian Federation"]
    assert event.vote is None or event.vote.in_favour >= 9


def test_one_draft_short_of_nine_is_no_veto_whoever_voted_against() -> None:
    event = classify(
        "Security Council Rejects Russian Federation Draft Resolution on Syria, Owing to "
        "Negative Votes by France, United Kingdom, United States",
        "The Council rejected the draft (document S/2027/940). The text received 4 votes in "
        "favour (China, Russian Federation, Egypt, Venezuela) to 9 against, with 2 abstentions "
        "(Angola, Uruguay).",
    )
    assert event.type == "other"
    assert not event.vetoers


def test_each_draft_keeps_its_own_tally_and_abstentions() -> None:
    event = classify(
        "Security Council fails to adopt two draft resolutions on Syria",
        "The first draft (document S/2027/960) was not adopted owing to the negative vote of "
        "the Russian Federation, receiving 11 votes in favour to 2 against (Russian Federation, "
        "Venezuela), with 2 abstentions (Angola, China). The second text (document "
        "S/2027/961) failed to obtain the required number of votes, with 4 in favour to 9 "
        "against, with 2 abstentions (Angola, Uruguay).",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["Russian Federation"]
    assert event.vote is not None
    assert (event.vote.in_favour, event.vote.against, event.vote.abstentions) == (11, 2, 2)
    abstaining = sorted(a.name for a in event.actors if a.role == "abstained")
    assert abstaining == ["Angola", "China"]


def test_a_newspaper_tells_the_rival_after_the_veto() -> None:
    event = classify(
        "Moscow blocks Aleppo truce at the UN",
        "Moscow vetoed the French text on Saturday. Its own rival draft then fell with four "
        "votes in favour, with Britain, France and the United States among the nine against.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["Russian Federation"]


def test_a_sentence_telling_both_votes_keeps_the_veto() -> None:
    event = classify(
        "Idlib: Security Council fails to adopt ceasefire resolutions",
        "Two draft resolutions on Idlib failed on Thursday: one was backed by 12 members but "
        "voted down by Russia and China, while a Russian-Chinese text gained only five votes.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["China", "Russian Federation"]


def test_the_nine_votes_a_rival_failed_to_obtain_are_no_vote_of_nine() -> None:
    """Probe s20 T1: UN Press's "failing to obtain the required nine votes" counted as a vote
    of nine, so the rival's sentence stayed: its noes (France, the United Kingdom, the United
    States) were said against the vetoed draft, and its "Russian Federation" in favour took
    the vetoer out of the draft statement."""
    event = classify(
        "Security Council Fails to Adopt Resolution Renewing Cross-Border Aid Deliveries into "
        "Syria, Owing to Negative Vote of Russian Federation; Rival Text Also Rejected",
        "The Security Council failed to adopt a draft resolution that would have extended the "
        "authorisation for cross-border deliveries into north-west Syria, owing to the negative "
        "vote of a permanent member. Draft resolution S/2027/1101 received 13 votes in favour "
        "to 1 against (Russian Federation), with 1 abstention (China). The Council then "
        "rejected a competing text submitted by the Russian Federation (document S/2027/1102), "
        "which received 4 votes in favour (China, Pakistan, Algeria, Russian Federation) to 3 "
        "against (France, United Kingdom, United States), with 8 abstentions, failing to "
        "obtain the required nine votes.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["Russian Federation"]
    parts = sorted((a.name, a.role) for a in event.actors)
    assert parts == [
        ("China", "abstained"),
        ("Russian Federation", "vetoed"),
        ("Russian Federation", "voted_against"),
    ]


def test_a_rivals_shortfall_told_in_french_leaves_the_veto() -> None:
    """Probe s20 T2: UN News in French told the veto and then "Un projet concurrent ... n'a
    pas obtenu les neuf voix requises"; the rival's shortfall made the whole item a draft
    short of nine votes (``other``): a second, P2 "Development" story in the channel an hour
    after the veto, no vetoer named. Spanish and German likewise (German read an adoption)."""
    cases = [
        (
            "Syrie : la Russie bloque la prolongation de l'aide transfrontalière",
            "Le Conseil de sécurité n'a pas pu adopter mardi le projet de résolution prorogeant "
            "l'aide transfrontalière dans le nord-ouest de la Syrie, en raison du veto de la "
            "Russie. Le texte a recueilli 13 voix pour, une contre et une abstention (Chine). Un "
            "projet concurrent présenté par la Russie n'a pas obtenu les neuf voix requises.",
        ),
        (
            "Siria: Rusia veta la prórroga de la ayuda transfronteriza",
            "El Consejo de Seguridad no logró aprobar el martes el proyecto que prorrogaba la "
            "ayuda transfronteriza, debido al veto de Rusia. El texto obtuvo 13 votos a favor, "
            "uno en contra y una abstención (China). Un proyecto alternativo presentado por Rusia "
            "no obtuvo los nueve votos necesarios.",
        ),
        (
            "Syrien: Russland blockiert Verlängerung der grenzüberschreitenden Hilfe",
            "Der UN-Sicherheitsrat hat am Dienstag wegen eines Vetos Russlands die Verlängerung "
            "der grenzüberschreitenden Hilfe nicht beschlossen. 13 Mitglieder stimmten dafür, "
            "China enthielt sich. Ein konkurrierender russischer Entwurf erhielt nicht die neun "
            "Stimmen.",
        ),
    ]
    for title, text in cases:
        event = classify(title, text)
        assert event.type == "veto", title
        assert sorted(event.vetoers) == ["Russian Federation"], title


def test_a_rival_alone_short_of_nine_in_french_is_still_no_veto() -> None:
    event = classify(
        "Syrie : le projet russe rejeté au Conseil de sécurité",
        "Le projet concurrent présenté par la Russie n'a pas obtenu les neuf voix requises "
        "mardi au Conseil de sécurité : 4 voix pour, 3 contre et 8 abstentions.",
    )
    assert event.type == "other"
    assert not event.vetoers
