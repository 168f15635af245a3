"""Who vetoed, read from the "no" side of the vote in whatever words an item tells it.

Written before the rule (session 14), in registers and languages of their own: wires,
UN wording, NGOs, envoys by office and by name, the member as a capital or an adjective,
the vetoers only in a later sentence. The rule: on an item reporting a veto whose vetoers
no other rule names, the permanent members named in the first clause of the headline and
the lede that tells the "no" side (a veto, a vote against, opposition, objection, dissent,
blocking), less those the item puts in another part (authors, backers, members voting for
or abstaining, members reacting or speaking).
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = frozenset({"China", "Russian Federation"})
RUSSIA = frozenset({"Russian Federation"})


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        (
            "Syria truce resolution fails",
            "Thirteen members backed the text. It was vetoed by permanent members Russia and China.",
            CHINA_RUSSIA,
        ),
        (
            "UN fails to pass Syria ceasefire text",
            "A ceasefire resolution failed on Thursday, opposed by Russia and China, which hold "
            "vetoes.",
            CHINA_RUSSIA,
        ),
        (
            "Russian envoy raises hand against Syria aid text",
            "Russia's envoy raised his hand against the cross-border draft on Tuesday, vetoing it.",
            RUSSIA,
        ),
        (
            "Russian and Chinese envoys block Syria text",
            "Russian ambassador Vitaly Churkin and Chinese ambassador Li Baodong raised their hands "
            "against the draft on Saturday, vetoing it.",
            CHINA_RUSSIA,
        ),
        (
            "Nebenzia votes no on aid renewal",
            "Vassily Nebenzia, Russia's ambassador, voted against the renewal of cross-border aid on "
            "Tuesday, vetoing the text.",
            RUSSIA,
        ),
        (
            "Syria aid: vetoes from Moscow and Beijing",
            "Vetoes from Moscow and Beijing on Friday ended hopes of extending the aid mechanism "
            "for a year.",
            CHINA_RUSSIA,
        ),
        (
            "Western text on Syria fails",
            "A Western-backed resolution on Syria failed on Saturday. Its opponents were Russia "
            "and China, permanent members with veto power.",
            CHINA_RUSSIA,
        ),
        (
            "Syria: a new double veto",
            "The Security Council on Friday failed to adopt a resolution extending aid into Syria, "
            "the vetoing members being China and the Russian Federation.",
            CHINA_RUSSIA,
        ),
        (
            "Syria: the People's Republic of China and Russia veto text",
            "The Russian Federation and the People's Republic of China vetoed the draft on Friday.",
            CHINA_RUSSIA,
        ),
        (
            "Syria aid vetoed",
            "The U.K. and France voted in favour. Russia and China, the two permanent members "
            "opposed, blocked it.",
            CHINA_RUSSIA,
        ),
        (
            "Le représentant russe justifie son veto",
            "L'ambassadeur russe Vassili Nebenzia a voté contre le projet, qu'il a jugé "
            "déséquilibré.",
            RUSSIA,
        ),
        (
            "Syrie : nouveau veto",
            "Le texte a été rejeté mardi. La Russie, membre permanent, s'y est opposée seule.",
            RUSSIA,
        ),
        (
            "Siria: Rusia frena la ayuda transfronteriza",
            "El embajador ruso Vasili Nebenzia votó en contra del proyecto, que calificó de "
            "desequilibrado.",
            RUSSIA,
        ),
        (
            "Syrien: Russland legt erneut Veto ein",
            "Russland hat im UN-Sicherheitsrat erneut sein Veto gegen eine Syrien-Resolution "
            "eingelegt.",
            RUSSIA,
        ),
        (
            "Doppel-Veto im Sicherheitsrat",
            "Die Vetomächte Russland und China haben den Entwurf am Dienstag zu Fall gebracht.",
            CHINA_RUSSIA,
        ),
        (
            "Zweites Veto: Hilfe läuft aus",
            "Russland und China haben am Freitag auch den überarbeiteten Entwurf abgelehnt.",
            CHINA_RUSSIA,
        ),
        (
            "Небензя объяснил вето",
            "Постпред России Василий Небензя проголосовал против проекта, назвав его "
            "политизированным.",
            RUSSIA,
        ),
        (
            "فيتو جديد في مجلس الأمن بشأن سوريا",
            "صوت مندوب روسيا فاسيلي نيبينزيا ضد مشروع القرار يوم الثلاثاء.",
            RUSSIA,
        ),
        (
            "مجلس الأمن يفشل مجددا بشأن سوريا",
            "فشل المجلس في اعتماد مشروع القرار. وكان المعارضون روسيا والصين، العضوين الدائمين.",
            CHINA_RUSSIA,
        ),
    ],
)
def test_who_vetoed_from_the_no_side(title: str, text: str, vetoed: frozenset[str]) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # The authors, then members reacting: no vetoer is named.
        (
            "Syria text vetoed",
            "A French-drafted text on Syria was vetoed on Tuesday. France and Britain condemned "
            "the veto.",
        ),
        (
            "Council text on Syria fails",
            "The draft, put forward by the United States, Britain and France, was vetoed on "
            "Saturday.",
        ),
        (
            "Syria: another veto",
            "The text was vetoed on Tuesday, and the U.S. ambassador, in a speech after the vote, "
            "said the veto would cost lives.",
        ),
    ],
)
def test_members_in_another_part_are_no_vetoers(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == frozenset()


# The Council's procedure told in words: a Council text that failed, a permanent member on
# its "no" side told as a vote or as opposition beside the member. That is a veto.
@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        (
            "Syria text fails in Council",
            "A resolution on Syria failed in the Security Council on Tuesday with Russia and China "
            "opposed.",
            CHINA_RUSSIA,
        ),
        (
            "Syria aid text dies at Council",
            "The text died at the Council on Monday over the objections of Russia, a permanent "
            "member.",
            RUSSIA,
        ),
        (
            "Council fails on Syria chemical weapons",
            "The draft failed on Wednesday. The lone dissenter, Russia, holds a veto.",
            RUSSIA,
        ),
        (
            "Syria ceasefire draft fails after Russian and Chinese no votes",
            "The draft failed after Russian and Chinese no votes on Thursday.",
            CHINA_RUSSIA,
        ),
        (
            "Syria draft fails after Russian no",
            "The Security Council draft on Syria failed on Tuesday after a Russian no vote; China "
            "abstained.",
            RUSSIA,
        ),
        (
            "Russia and China the only no votes on Syria text",
            "Russia and China were the only members to vote against the draft on Friday, killing "
            "it with their vetoes.",
            CHINA_RUSSIA,
        ),
    ],
)
def test_a_failed_text_with_a_permanent_member_against_is_a_veto(
    title: str, text: str, vetoed: frozenset[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Talks that failed, not a vote.
        (
            "Permanent members fail to agree on Syria text as Moscow objects",
            "Envoys of the five permanent members failed to agree on Thursday on a French draft "
            "after Russia voiced objections to its wording.",
        ),
        # A text short of its nine votes, three permanent members among the many against.
        (
            "Moscow's Aleppo text falls short",
            "A Russian draft on Aleppo was rejected on Saturday, with eight members voting "
            "against, among them the United States, France and Britain.",
        ),
        # "against" told of something else than the vote, the members named as its backers.
        (
            "Rival Idlib text rejected",
            "Russia's competing draft, which would have let operations against armed groups "
            "go on, drew only the votes of Russia and China; nine members voted against it.",
        ),
    ],
)
def test_no_veto_without_a_vote_a_permanent_member_lost(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"


# The same procedure in the other languages: a text that failed, a permanent member on its
# "no" side told as a vote or opposition beside the member.
@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        (
            "El Consejo de Seguridad vuelve a fracasar sobre Siria",
            "La resolución no salió adelante el viernes. Sus opositores fueron Rusia y China, con "
            "derecho de veto.",
            CHINA_RUSSIA,
        ),
        (
            "Siria: fracasa el texto sobre la ayuda",
            "Fracasó el martes el proyecto sobre la ayuda transfronteriza, con la oposición de "
            "Rusia y China.",
            CHINA_RUSSIA,
        ),
        (
            "Syrie : le texte tombe",
            "Le projet est tombé samedi face à l'opposition conjointe de Moscou et de Pékin.",
            CHINA_RUSSIA,
        ),
        (
            "فشل مشروع قرار بشأن سوريا",
            "فشل مشروع القرار في مجلس الأمن يوم الثلاثاء بسبب اعتراض روسيا.",
            RUSSIA,
        ),
    ],
)
def test_a_failed_text_with_a_permanent_member_against_elsewhere(
    title: str, text: str, vetoed: frozenset[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A text short of votes, whoever opposed it.
        (
            "Syrie : le texte russe tombe",
            "Le projet russe a été rejeté lundi : il n'a recueilli que quatre voix, face à "
            "l'opposition des États-Unis, de la France et du Royaume-Uni.",
        ),
        (
            "Siria: fracasa el borrador ruso",
            "El borrador ruso fracasó el lunes con solo tres votos a favor; Estados Unidos y "
            "Francia votaron en contra.",
        ),
        # A "no" on an amendment or a rival text.
        (
            "Amendement rejeté au Conseil",
            "Un amendement russe au projet a été rejeté lundi, la France et le Royaume-Uni s'y "
            "opposant.",
        ),
        (
            "Rival aid text rejected",
            "Moscow's competing aid text failed on Friday, with the United States and Britain "
            "opposed.",
        ),
    ],
)
def test_no_veto_of_a_text_short_of_votes_or_of_another_text(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"
