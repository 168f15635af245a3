"""An agency's periodic product named in a headline is a report, one rule in three languages
(issue 11, session 49, w2: session 48 w5's _PERIODIC_PRODUCT_TITLE merged into the English
_UPDATE_TITLE rule; multi-events-s48-w5, en-events-s47-w5b-2).

Where the rules read nothing in an item (no cue of any event, no correction), a headline naming
an agency's update (English), a humanitarian or UN Lagebericht (German) or a UN body's сводка
(Russian) tells the product published: `report` ("A situation report is `report`";
`_periodic_product`), and the learned model's `other` does not unmake it. Not a headline opening
on it (Reuters' "UPDATE 1-" prefix, a news "Update:" tag), "live updates", the verb ("updates its
travel warning", "to update lawmakers"), a German "Überblick" roundup, a ministry's сводка of
strikes; and never over what the rules read otherwise.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import _periodic_product, classify
from demandwatch.core.models import EventType
from demandwatch.core.prepared import Prepared


class _AlwaysOther:
    """A second opinion sure of `other` whatever it reads (a fake of the learned model)."""

    def event(self, rules: EventType, item: Prepared) -> EventType:
        return "other"


class _AlwaysStatement:
    """A second opinion sure of `statement` whatever it reads."""

    def event(self, rules: EventType, item: Prepared) -> EventType:
        return "statement"


PRODUCTS = [
    (
        "Syria Crisis: Regional Update, January 2016",
        "Registered refugees from Syria in the five neighbouring countries numbered just over 4.6"
        " million at the end of the month; funding for the regional plan stood at 9 per cent.",
    ),
    (
        "Whole of Syria: Health Sector Update - Northeast Syria",
        "Partners reported two hospitals in Ras al-Ain out of service and mobile teams redeployed"
        " to Tal Tamr and Hasakah, where displaced families continue to arrive.",
    ),
    ("Polio outbreak in Deir ez-Zor: epidemiological update", ""),
    ("Northwest Syria: Displacement Update (23 January 2020)", ""),
    (
        "Aleppo evacuation: UN humanitarian wing's latest update on the eastern districts",
        "Some 25,000 people have left the besieged eastern districts since Thursday, the UN Office"
        " for the Coordination of Humanitarian Affairs said in its update, with thousands more"
        " waiting in the cold.",
    ),
    (
        "Syria Crisis: Regional Update, October 2015",
        "More than 4.2 million Syrian refugees are registered in Turkey, Lebanon, Jordan, Iraq"
        " and Egypt; funding for the regional plan stands at 46 per cent.",
    ),
    (
        "Syrien: Humanitärer Lagebericht der Vereinten Nationen, Stand 30. April 2016",
        "Das UN-Nothilfebüro OCHA zählt 4,6 Millionen Menschen in schwer erreichbaren Gebieten,"
        " davon rund 590.000 in belagerten Orten.",
    ),
    ("Lagebericht des UN-Nothilfebüros OCHA zu Ost-Ghuta", ""),
    (
        "Сирия: оперативная сводка УКГВ ООН о положении в Восточной Гуте",
        "По данным ООН, с начала месяца из анклава вышли более 50 тысяч человек; в Думе остаются"
        " десятки тысяч жителей.",
    ),
]


@pytest.mark.parametrize(("title", "text"), PRODUCTS)
def test_a_periodic_product_named_in_the_headline_is_a_report(title: str, text: str) -> None:
    assert classify(title, text).type == "report"


@pytest.mark.parametrize(("title", "text"), PRODUCTS)
def test_the_models_other_does_not_unmake_it(title: str, text: str) -> None:
    assert classify(title, text, second_opinion=_AlwaysOther()).type == "report"


def test_the_model_sure_of_another_event_still_moves_it() -> None:
    # (only the model's `other`, which learnt these headlines as other news, is kept out)
    title, text = PRODUCTS[0]
    assert classify(title, text, second_opinion=_AlwaysStatement()).type == "statement"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a wire story's revision, its own news
        (
            "UPDATE 1-EU adds 26 names to Syria sanctions list, freezes more assets",
            "European Union foreign ministers added 26 people and three firms to the list of those"
            " whose assets are frozen, diplomats said.",
            "other",
        ),
        ("Aleppo live updates: government forces push into last rebel districts", "", "other"),
        # a news outlet's update tag opening the headline (en-events-s45)
        ("Update: the aid convoy is still waiting at the crossing", "", "other"),
        # the verb
        (
            "State Department updates travel warning, orders non-emergency staff out of Beirut",
            "The new warning covers Syria and Lebanon's border areas as Washington weighs military"
            " action.",
            "other",
        ),
        ("Pentagon to update lawmakers on scrapped Syrian rebel training plan", "", "other"),
        # a ministry's summary of strikes; a police report; a news roundup
        (
            "Оперативная сводка Минобороны: авиаудары по позициям боевиков в провинциях Хама и"
            " Идлиб",
            "За сутки самолеты выполнили более 60 вылетов, сообщили в министерстве.",
            "other",
        ),
        (
            "Lagebericht der Polizei: Festnahmen nach Demonstration gegen Assad in Berlin",
            "",
            "other",
        ),
        ("Syrien-Krieg: Die Lage in Ost-Aleppo im Überblick", "", "other"),
        # what the rules read otherwise stays read so
        ("UPDATE 2-Russia vetoes U.N. Security Council draft on Aleppo truce", "", "veto"),
        (
            "Syria: UN envoy calls for update on detainees, urges release of women and children",
            "",
            "statement",
        ),
    ],
)
def test_the_same_words_in_other_news_are_not_a_report(
    title: str, text: str, expected: str
) -> None:
    assert classify(title, text).type == expected
    assert classify(title, text, second_opinion=_AlwaysOther()).type != "report"


@pytest.mark.parametrize(
    ("title", "language", "named"),
    [
        # (folded as classify folds it)
        ("syria crisis: regional update, january 2016", "en", True),
        ("syria crisis: regional update, january 2016", "fr", False),
        ("syrien: humanitarer lagebericht der vereinten nationen", "de", True),
        ("lagebericht der polizei: festnahmen in berlin", "de", False),
        ("сирия: оперативная сводка укгв оон о положении в восточной гуте", "ru", True),
        ("оперативная сводка минобороны: авиаудары в провинции идлиб", "ru", False),
        ("eu sanctions update: two more added", "en", False),
    ],
)
def test_which_headlines_name_the_product(title: str, language: str, named: bool) -> None:
    assert _periodic_product(title, language) is named
