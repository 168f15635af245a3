"""Session 37 (issue 11, French first): the Council's referral to the ICC told in French,
Spanish, German, Russian or Arabic with no Syria word, and a permanent member's opposition
told by other French verbs and forms ("s'opposera", "se sont opposés", "s'y oppose",
"refusent", "dit non", "hostiles") to a draft or to the referral ("saisine", the CPI).

Validation's French misses, counted by cause (counts only): of 30 French stop-veto misses, 11
fail the Syria context, 3 of them naming a referral to the court, and 19 pass it and fail the
query, 9 of those naming the CPI and 7 a "saisine" (an object the opposition clause did not
know); on multilingual-35, 2 French items carrying both demands name the referral and no Syria
word. The near misses: another file's referral (Libya, Darfur, Putin's warrant, Venezuela),
money transferred ("Überweisung"), judges sent ("إحالة") to The Hague on a course, a member that will not oppose, the opposition's or the West's
opposition, a draft constitution.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

VETO = "stop-veto-obstruction"
ICC = "icc-referral"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Veto de Moscou et de Pékin : pas de renvoi devant la Cour pénale internationale",
            "Le texte soutenu par soixante-cinq États a recueilli treize voix pour.",
        ),
        (
            "La Chine et la Russie empêchent de saisir la CPI",
            "Les deux pays ont voté contre le projet présenté par Paris.",
        ),
        (
            "Remisión a la CPI: nuevo veto de Rusia y China en el Consejo de Seguridad",
            "El borrador de Francia contaba con más de sesenta copatrocinadores.",
        ),
        (
            "Moskau und Peking stoppen Überweisung an den Strafgerichtshof",
            "Dreizehn Ratsmitglieder stimmten für den französischen Entwurf.",
        ),
        (
            "Москва и Пекин наложили вето на передачу ситуации в МУС",
            "За французский проект проголосовали тринадцать членов Совбеза.",
        ),
        (
            "فيتو روسي صيني يمنع إحالة الجرائم إلى المحكمة الجنائية الدولية",
            "صوت ثلاثة عشر عضوا لصالح المشروع الفرنسي.",
        ),
    ],
)
def test_a_vetoed_referral_to_the_court_is_syria_s_with_no_syria_word(
    matcher: Matcher, title: str, text: str
) -> None:
    assert {VETO, ICC} <= fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # another file's referral or warrant
        (
            "Libye : Moscou et Pékin ne bloqueront pas la saisine de la CPI",
            "Le Conseil de sécurité vote ce samedi sur la résolution 1970.",
        ),
        (
            "Darfour : la Chine critique le renvoi devant la CPI",
            "Pékin défend le président Omar el-Béchir.",
        ),
        ("Remisión de Venezuela a la CPI: Rusia protesta", "Caracas rechaza la denuncia."),
        ("Путин ответил на ордер МУС", "Кремль назвал решение суда ничтожным."),
        # the words' other senses: money transferred, judges sent on a course
        (
            "Überweisung an Den Haag: Berlin zahlt in den Opferfonds",
            "Das Geld geht auch an Opfer in Uganda.",
        ),
        ("إحالة قضاة إلى لاهاي للتدريب", "دورة تدريبية للقضاة في العراق."),
    ],
)
def test_another_file_s_referral_or_another_sense_is_not_syria_s(
    matcher: Matcher, title: str, text: str
) -> None:
    assert not fired(matcher, title, text) & {VETO, ICC}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrie : Moscou s'opposera à la saisine de la Cour pénale internationale",
            "Le vote est prévu jeudi.",
        ),
        ("Syrie : Pékin et Moscou s'y sont opposés", "Le projet de résolution a été retiré."),
        ("Syrie : la Russie s'est opposée au texte sur l'aide", "Les négociations reprennent."),
        ("Moscou dit non au projet de résolution sur Alep", "Les Occidentaux persistent."),
        (
            "Syrie : Moscou et Pékin hostiles au projet de résolution",
            "Le Conseil de sécurité votera samedi.",
        ),
        ("Syrie : Russes et Chinois refusent le texte, selon Paris", "Moscou refuse le projet."),
    ],
)
def test_a_member_opposing_a_text_in_other_french_forms_blocks_it(
    matcher: Matcher, title: str, text: str
) -> None:
    assert VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a member that will not oppose
        (
            "Syrie : la Russie ne s'opposera pas au projet de résolution",
            "Moscou a obtenu les changements demandés.",
        ),
        # the opposition's, the West's opposition; a draft constitution
        (
            "Syrie : l'opposition s'oppose au projet soutenu par Moscou",
            "La délégation quitte Sotchi pour Genève.",
        ),
        (
            "Les Occidentaux se sont opposés au texte présenté par Moscou sur la Syrie",
            "Le projet n'a obtenu que quatre voix.",
        ),
        (
            "Syrie : Moscou s'oppose au projet de constitution",
            "Le comité constitutionnel se réunit à Genève.",
        ),
    ],
)
def test_not_opposing_or_another_s_opposition_is_no_block(
    matcher: Matcher, title: str, text: str
) -> None:
    assert VETO not in fired(matcher, title, text)


MONITOR = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Tirs contre un convoi d'enquêteurs de l'ONU", "L'équipe a regagné son hôtel."),
        ("Les experts de l'ONU visés par des tirs sur la route", "Aucun blessé n'est signalé."),
        ("Francotiradores atacan a los inspectores de la ONU", "Los expertos siguen en el hotel."),
        ("Снайперы обстреляли экспертов ООН", "Группа вернулась в гостиницу."),
        ("قناص يستهدف محققي الأمم المتحدة", "عاد الفريق إلى الفندق."),
    ],
)
def test_un_inspectors_fired_on_are_syria_s_with_no_syria_word(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # another file named in the item
        ("Des experts de l'ONU attaqués au Kasaï", "Les enquêteurs travaillaient en RDC."),
        ("Disparos contra expertos de la ONU en Libia", "El equipo vigila el embargo."),
        # a ceasefire, not shots
        (
            "خبراء الأمم المتحدة يراقبون وقف إطلاق النار",
            "وصل الفريق لمتابعة تنفيذ الاتفاق.",
        ),
        # inspectors with no shots or attack
        ("Les inspecteurs de l'ONU quittent l'hôtel", "La mission reprend demain."),
    ],
)
def test_another_file_s_un_experts_or_no_attack_are_not_syria_s(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR not in fired(matcher, title, text)
