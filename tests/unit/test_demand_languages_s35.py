"""Session 35 (issue 11): the Syria file's chemical news told with no Syria word, in French,
Spanish, German, Russian and Arabic.

Validation's multilingual misses, counted by cause (counts only): 13 labelled items in the five
languages fail the campaign's context (28 demand labels, 8 of the items German) and name chemical
weapons, a chemical or gas attack, sarin or chlorine with no Syria word; the demands' own queries
hold on 19 of those labels. The English context has read such news as Syria's since session 29;
the other languages read it only beside an investigation word and the Council, a veto or a draft.
Another file's chemical news stays out, in every language: Skripal and Navalny, Halabja and
Iraq, Ukraine, Libya, Sudan, North Korea and Kim Jong-nam in Malaysia, Tokyo's subway and Japan's
abandoned weapons, Gaza, Yemen, the world wars and Ypres, a gas leak, tear gas.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"
MONITORS = "monitor-access"
VETO = "stop-veto-obstruction"


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        (
            "Attaque chimique de 2015 : l'OIAC conclut à la responsabilité de l'armée",
            "Le rapport cite des témoins et des images satellite.",
            ACCOUNTABILITY,
        ),
        (
            "Armas químicas: la OPAQ señala a la aviación por el bombardeo con cloro",
            "El equipo de investigación analizó restos de los cilindros.",
            ACCOUNTABILITY,
        ),
        (
            "Giftgasangriff von 2017: OPCW nennt Verantwortliche",
            "Der Bericht stützt sich auf Zeugen und Bodenproben.",
            ACCOUNTABILITY,
        ),
        (
            "Инспекторы ОЗХО прибыли на место химатаки",
            "Группа отобрала пробы грунта и опросила врачей.",
            MONITORS,
        ),
        (
            "خبراء منظمة حظر الأسلحة الكيميائية يصلون إلى موقع الهجوم الكيميائي",
            "جمع المفتشون عينات من التربة والتقوا بالأطباء.",
            MONITORS,
        ),
        (
            "Veto russe au texte sur les armes chimiques",
            "Onze membres avaient voté pour le projet.",
            VETO,
        ),
        (
            "Russland legt Veto gegen Resolution zu Chemiewaffen ein",
            "Elf Mitglieder stimmten dafür.",
            VETO,
        ),
        (
            "Россия заблокировала в Совбезе резолюцию по химоружию",
            "За документ проголосовали 11 членов Совета.",
            VETO,
        ),
    ],
)
def test_chemical_news_with_no_syria_word_reads_as_syrias(
    matcher: Matcher, title: str, text: str, demand: str
) -> None:
    assert demand in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # another file's chemical news, with the same demand words
        (
            "Novitchok : l'OIAC conclut à l'usage d'une arme chimique à Salisbury",
            "Le rapport confirme les analyses britanniques.",
        ),
        (
            "Ucrania: la OPAQ confirma el uso de armas químicas en el frente",
            "Los inspectores analizaron muestras de suelo.",
        ),
        (
            "Nawalny: OPCW-Experten bestätigen Vergiftung mit Chemiewaffe",
            "Der Bericht nennt einen Kampfstoff der Nowitschok-Gruppe.",
        ),
        (
            "Инспекторы ОЗХО прибыли на место химатаки в Ираке",
            "Группа отобрала пробы в окрестностях Мосула.",
        ),
        (
            "مفتشو الأسلحة الكيميائية يصلون إلى حلبجة",
            "تجري البعثة مسحاً للمقابر الجماعية في كردستان العراق.",
        ),
        (
            "Veto de Rusia a una resolución sobre armas químicas en Ucrania",
            "Once miembros votaron a favor.",
        ),
        # history, an accident, a foreign trial
        (
            "Giftgas im Ersten Weltkrieg: Ausstellung über Ypern eröffnet",
            "Historiker zeigen Gasmasken und Berichte von Zeugen.",
        ),
        (
            "Fuite de chlore : l'usine mise en cause après l'attaque de panique",
            "Une enquête a été ouverte sur les causes de la fuite.",
        ),
        (
            "Суд в Токио вынес приговор по делу о зариновой атаке",
            "Осуждены бывшие члены секты «Аум Синрикё».",
        ),
    ],
)
def test_another_files_chemical_news_stays_out(matcher: Matcher, title: str, text: str) -> None:
    assert fired(matcher, title, text) == set()


# Evidence of the crimes, told with no investigation word (session 35, multi-demands-s35b): 10 of
# validation's multilingual accountability misses passing the context named evidence, and no item
# labelled otherwise did; within 8 words of what it is evidence of, or of its gathering or keeping.


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrie : des militants recueillent des preuves des exécutions sommaires",
            "Ils ont filmé des fosses près de Homs.",
        ),
        (
            "Siria: activistas guardan pruebas de las torturas en los sótanos de la inteligencia",
            "Los archivos se trasladaron a Europa.",
        ),
        (
            "Syrien: Beweise für Massaker an Häftlingen aufgetaucht",
            "Die Aufnahmen stammen aus einem Militärgefängnis.",
        ),
        (
            "В Сирии нашли доказательства массовых казней в тюрьме",
            "Записи обнаружены в здании спецслужб.",
        ),
        (
            "ناشطون سوريون يجمعون الأدلة على جرائم النظام في السجون",
            "نقلت الوثائق إلى خارج البلاد.",
        ),
    ],
)
def test_evidence_of_the_crimes_is_accountability(matcher: Matcher, title: str, text: str) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # another sense of the word
        (
            "Syrie : Paris appelle Damas à faire preuve de retenue après l'attaque",
            "Le Quai d'Orsay redoute une escalade.",
        ),
        ("Syrien: Assad will Stärke unter Beweis stellen", "Die Stelle des Ministers bleibt frei."),
        (
            "Siria: los médicos realizan pruebas a los heridos del ataque",
            "El hospital pidió donantes de sangre.",
        ),
        ("ناخبون سوريون أدلوا بأصواتهم بعد الهجوم", "جرى الاقتراع في دمشق."),
        # a government saying it holds evidence (an accusation, as ar.jsonl labels it), a denial,
        # a claimed staging
        (
            "Syrie : Londres dit disposer de preuves de l'attaque au sarin",
            "Le ministre promet de les présenter au Conseil.",
        ),
        (
            "Syrien: Washington hat Beweise für Giftgasangriff",
            "Der Außenminister nennt keine Details.",
        ),
        ("Лавров: нет доказательств химатаки в Сирии", "Москва требует беспристрастной проверки."),
        (
            "Damas dit détenir les preuves d'une mise en scène de l'attaque chimique en Syrie",
            "Le ministère accuse les Casques blancs.",
        ),
    ],
)
def test_evidence_in_another_sense_or_denied_is_no_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)
