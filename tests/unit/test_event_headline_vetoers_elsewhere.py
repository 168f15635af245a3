"""Who vetoed, in the five other languages, where the rules read nobody (or one of two): a veto's
headline opening (after a kicker) on the permanent members that cast it, told by a verb no
vetoer rule reads (session 45, ml-vetoers-s45); and a double veto told without the word Syria,
on the Council's cross-border aid or the Arab League's plan. Not members reacting, sponsoring,
abstaining or voting for, nor a headline telling an abstention.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify

DAY = datetime(2019, 12, 20, 19, 0, tzinfo=UTC)
RUSSIA_CHINA = {"China", "Russian Federation"}


@pytest.mark.parametrize(
    ("title", "body", "vetoers"),
    [
        # the headline's members and a verb no vetoer pattern reads (each read nobody before)
        (
            "Rusia y China cierran la puerta a la ayuda transfronteriza a Siria",
            "El proyecto recibió trece votos a favor en el Consejo de Seguridad, pero fue vetado.",
            RUSSIA_CHINA,
        ),
        (
            "Idlib : la Russie et la Chine ferment la porte à la trêve humanitaire",
            "Le projet, soutenu par douze membres, n'a pas été adopté en raison d'un veto.",
            RUSSIA_CHINA,
        ),
        (
            "Россия и Китай не допустили принятия резолюции по Сирии",
            "Проект поддержали одиннадцать членов Совета Безопасности; документ не прошел из-за вето.",
            RUSSIA_CHINA,
        ),
        (
            "Сирия: Москва и Пекин похоронили санкции за химическое оружие",
            "Девять членов Совета проголосовали за проект, но он не был принят из-за вето.",
            RUSSIA_CHINA,
        ),
        (
            "روسيا والصين تغلقان الباب أمام تمديد إدخال المساعدات إلى سوريا",
            "حصل مشروع القرار على ثلاثة عشر صوتا في مجلس الأمن لكنه سقط بالفيتو.",
            RUSSIA_CHINA,
        ),
        # one member: the body's abstaining member is not the headline's
        (
            "Москва похоронила проект резолюции по Хан-Шейхуну",
            "Десять стран поддержали текст, Китай воздержался; проект не прошел из-за вето.",
            {"Russian Federation"},
        ),
        # the body reads one of the headline's members vetoing: the list adds the other
        (
            "Siria: Rusia y China cierran el paso a la tregua en Idlib",
            "El texto fue vetado por Rusia; doce miembros lo apoyaron.",
            RUSSIA_CHINA,
        ),
        (
            "Syrie : la Russie et la Chine ferment la porte à la trêve à Idlib",
            "La Russie a opposé son veto au projet, soutenu par douze membres.",
            RUSSIA_CHINA,
        ),
    ],
)
def test_the_headline_members_cast_the_veto(title: str, body: str, vetoers: set[str]) -> None:
    event = classify(title, body, published=DAY)
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset(vetoers)


@pytest.mark.parametrize(
    ("title", "body", "vetoers"),
    [
        # members split between the veto and an abstention in the headline
        (
            "Rusia y China, divididas: Moscú veta y Pekín se abstiene sobre Jan Sheijun",
            "Diez miembros del Consejo de Seguridad apoyaron el texto; Bolivia votó en contra.",
            {"Russian Federation"},
        ),
        # the headline's members are the sponsors; the vetoer is read in the headline's end
        (
            "США, Великобритания и Франция внесли проект по Хан-Шейхуну, Россия наложила вето",
            "За текст проголосовали десять членов Совета, Китай воздержался.",
            {"Russian Federation"},
        ),
        # the headline's list names no vetoer the body reads: nothing added
        (
            "Francia y el Reino Unido, indignados: Rusia veta la tregua en Alepo",
            "Once miembros votaron a favor del texto, que fue vetado por Rusia.",
            {"Russian Federation"},
        ),
    ],
)
def test_headline_members_not_vetoing(title: str, body: str, vetoers: set[str]) -> None:
    event = classify(title, body, published=DAY)
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset(vetoers)


@pytest.mark.parametrize(
    ("title", "listed"),
    [
        # members reacting, abstaining, voting for or speaking: never made vetoers
        ("Paris et Londres dénoncent le veto sur Khan Cheikhoun", {"France", "United Kingdom"}),
        ("Rusia y China se abstienen y el Consejo renueva la ayuda transfronteriza", RUSSIA_CHINA),
        ("La Russie et la Chine votent pour le texte sur les armes chimiques", RUSSIA_CHINA),
        ("Лавров: Россия и Китай не допустят вмешательства в Сирии", RUSSIA_CHINA),
    ],
)
def test_reacting_or_abstaining_members_are_no_vetoers(title: str, listed: set[str]) -> None:
    assert not vetoed_by(classify(title, "Le texte avait recueilli dix voix.", published=DAY)) & (
        listed
    )


@pytest.mark.parametrize(
    ("title", "body", "published"),
    [
        (
            "Cross-border aid renewal falls to double veto",
            "The German-Belgian text to keep two crossings open won 13 votes on Tuesday.",
            datetime(2020, 7, 7, 19, 0, tzinfo=UTC),
        ),
        (
            "فيتو مزدوج يسقط تمديد إدخال المساعدات عبر الحدود",
            "حصل المشروع الألماني البلجيكي على ثلاثة عشر صوتا في مجلس الأمن.",
            datetime(2020, 7, 10, 19, 0, tzinfo=UTC),
        ),
        (
            "Double veto au Conseil de sécurité contre le plan de la Ligue arabe",
            "Treize membres du Conseil avaient voté pour le projet.",
            datetime(2012, 2, 4, 19, 0, tzinfo=UTC),
        ),
        (
            "نقض مزدوج يسقط مشروع القرار بشأن حلب",
            "أيد أحد عشر عضوا المشروع في مجلس الأمن.",
            datetime(2016, 12, 5, 20, 0, tzinfo=UTC),
        ),
    ],
)
def test_double_veto_on_syrias_files_without_the_word(
    title: str, body: str, published: datetime
) -> None:
    event = classify(title, body, published=published)
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset(RUSSIA_CHINA)


def test_double_veto_off_syria_still_names_nobody() -> None:
    # (a double veto on another file, with no word of Syria's drafts: nobody, as before)
    event = classify(
        "U.S. draft on Venezuela fails in double veto",
        "Nine members voted in favour of the text calling for new elections.",
        published=datetime(2019, 2, 28, 21, 0, tzinfo=UTC),
    )
    assert not vetoed_by(event)


@pytest.mark.parametrize(
    ("title", "body", "vetoers"),
    [
        # the other member joined to a member's veto by "with" after a comma (session 45,
        # ml-vetoers-s45b): both vetoed (each read Russia alone before)
        (
            "Nuevo veto de Rusia sobre Siria, esta vez con China, contra la tregua en Idlib",
            "Doce miembros del Consejo de Seguridad apoyaron el texto.",
            RUSSIA_CHINA,
        ),
        (
            "Veto de la Russie, avec la Chine, contre la trêve à Alep",
            "Onze membres ont voté pour le texte.",
            RUSSIA_CHINA,
        ),
        ("Veto Russlands zur Waffenruhe in Aleppo, diesmal mit China", "", RUSSIA_CHINA),
        ("Новое вето России по Алеппо, на этот раз вместе с Китаем", "", RUSSIA_CHINA),
        # near misses: abstaining, reacting, voting for, at odds
        ("Veto de Rusia sobre Jan Sheijun, con China absteniéndose", "", {"Russian Federation"}),
        ("Veto de Rusia sobre Jan Sheijun, con la abstención de China", "", {"Russian Federation"}),
        ("Veto ruso a la tregua en Alepo, con Francia indignada", "", {"Russian Federation"}),
        (
            "Veto de Rusia en la ONU, con Francia y Estados Unidos a favor del texto",
            "",
            {"Russian Federation"},
        ),
        (
            "Veto de Rusia a la ayuda transfronteriza, en desacuerdo con Estados Unidos",
            "",
            {"Russian Federation"},
        ),
    ],
)
def test_the_member_with_the_veto_cast_it(title: str, body: str, vetoers: set[str]) -> None:
    event = classify(title, body, published=DAY)
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset(vetoers)
