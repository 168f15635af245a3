"""A headline naming the General Assembly does not report a veto (issue 11, session 50, w5b,
events-falseveto-s50-w5b).

The Assembly casts no veto: a headline whose news is its debate on a veto (resolution 76/262) or
its own resolution (the veto initiative, a text passed after a Council veto) was read as the veto
it names ("Vollversammlung: Russland muss sein Syrien-Veto erklären"), a false veto and, where
Syria is named, a false stop-veto alert. Such a headline is now the Assembly's meeting, or its
resolution where the headline tells it adopting (_ASSEMBLY_ADOPTS). A veto the headline tells cast
first, the Assembly's debate still ahead, stays the veto (_assembly_ahead_of_veto), and a headline
opening on the Assembly's debate to come stays its meeting.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

RU = "Russian Federation"


@pytest.mark.parametrize(
    "title",
    [
        "L'Assemblée générale adopte l'initiative du Liechtenstein sur le veto",
        "La Asamblea General aprueba que quien use el veto tenga que dar explicaciones",
        "الجمعية العامة تعتمد قراراً يلزم أصحاب حق النقض بتبرير استخدامه",
        "Après le double veto, l'Assemblée générale de l'ONU condamne la répression en Syrie",
        "Nach dem Doppelveto: Vollversammlung verurteilt Gewalt in Syrien mit großer Mehrheit",
    ],
)
def test_the_assembly_adopting_is_its_resolution(title: str) -> None:
    event = classify(title)
    assert event.type == "resolution_adopted"
    assert event.vetoers == frozenset()


@pytest.mark.parametrize(
    "title",
    [
        "Assemblée générale : Pékin et Moscou justifient leur veto sur la Corée du Nord",
        "Vollversammlung: Russland muss sein Syrien-Veto erklären",
        "La Asamblea General pide cuentas a Rusia por su veto a la ayuda a Siria",
    ],
)
def test_the_assembly_debating_a_veto_is_its_meeting(title: str) -> None:
    event = classify(title)
    assert event.type == "meeting"
    assert event.vetoers == frozenset()


def test_an_adoption_told_without_its_verb_is_no_veto() -> None:
    # (the veto initiative told by what it asks, not by the Assembly adopting it: read as the
    # Assembly's meeting, the set's one miss, and never as the veto it names)
    event = classify(
        "UN-Vollversammlung: Wer im Sicherheitsrat ein Veto einlegt, muss es künftig erklären"
    )
    assert event.type == "meeting"
    assert event.vetoers == frozenset()


@pytest.mark.parametrize(
    "title",
    [
        "Russia vetoes Syria aid extension; General Assembly to debate within ten days",
        "Veto russe sur l'aide à la Syrie : l'Assemblée générale se réunira d'ici dix jours",
        "روسيا تستخدم الفيتو ضد تمديد المساعدات إلى سوريا والجمعية العامة ستجتمع خلال عشرة أيام",
        "Rusia veta la ayuda transfronteriza a Siria; la Asamblea General tendrá que debatirlo",
        "Russland legt Veto gegen Syrien-Hilfe ein, Vollversammlung muss beraten",
        "Россия наложила вето на продление трансграничного механизма; Генассамблея обсудит его"
        " в течение десяти дней",
    ],
)
def test_a_veto_cast_with_the_assemblys_debate_ahead_stays_the_veto(title: str) -> None:
    event = classify(title)
    assert event.type == "veto"
    assert event.vetoers == {RU}


def test_a_headline_opening_on_the_debate_to_come_is_its_meeting() -> None:
    event = classify(
        "General Assembly to Debate Veto Cast on Syria Detention Monitoring Draft",
        "Following the negative vote cast on 13 October by the Russian Federation on draft"
        " resolution S/2026/801, the President of the General Assembly has convened a debate"
        " for 16 October, as provided in resolution 76/262.",
    )
    assert event.type == "meeting"


def test_a_lede_recalling_the_april_text_does_not_make_the_debate_an_adoption() -> None:
    event = classify(
        "À l'Assemblée générale, la Russie appelée à s'expliquer sur son veto syrien",
        "Les États membres ont débattu jeudi à l'Assemblée générale du veto russe sur l'aide"
        " transfrontalière en Syrie, en vertu du mécanisme adopté en avril qui oblige un membre"
        " permanent à justifier son veto.",
    )
    assert event.type == "meeting"


# Russia's own draft failing, told in a Russian headline, failed for want of votes: not a veto
# (session 50, w5b, events-falseveto-s50-w5b-2, _own_russian_draft_failed).
@pytest.mark.parametrize(
    "title",
    [
        "Российский проект резолюции по Алеппо не прошел в Совбезе ООН",
        "Совбез ООН отклонил российский проект о продлении мандата СМР",
        "Проект России с осуждением ударов по Сирии не прошел в Совбезе",
        "Российский проект по трансграничной помощи Сирии не прошел",
        "Совет Безопасности отклонил проект России по гуманитарной ситуации на Украине",
        "Совбез отклонил российский проект резолюции по Газе",
    ],
)
def test_russias_own_draft_failing_is_no_veto(title: str) -> None:
    event = classify(title)
    assert event.type == "other"
    assert event.vetoers == frozenset()


@pytest.mark.parametrize(
    ("title", "vetoers"),
    [
        ("Проект Франции и Испании по Алеппо не прошел из-за вето России", {RU}),
        ("Совбез ООН отклонил западный проект по Хан-Шейхуну: против выступила Россия", {RU}),
        ("Японский проект по СМР не прошел: Россия проголосовала против", {RU}),
        (
            "Проект Кувейта, Германии и Бельгии по Идлибу не прошел из-за вето России и Китая",
            {RU, "China"},
        ),
    ],
)
def test_anothers_draft_failing_from_a_members_no_stays_the_veto(
    title: str, vetoers: set[str]
) -> None:
    event = classify(title)
    assert event.type == "veto"
    assert event.vetoers == vetoers
