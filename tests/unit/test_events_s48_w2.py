"""An agency's "update" named by an English headline is a report (issue 11, session 48, w2;
the rule of session 47's w5b, en-events-s47-w5b-2).

Where the rules read nothing in an English item (no cue of any event, no correction), a headline
naming an "update" as what it heads ("Syria Crisis: Regional Update, October 2015", "Idlib
displacement update: 900,000 people on the move", "North-west Syria earthquake update #4") is the
update's publication, a `report` (`_UPDATE_TITLE`). Not the verb ("Russia updates its list"), the
wire's leading "UPDATE 2-" tag, a live update, another body's list or a court's hearing told as
an update (`_UPDATE_NOT_A_REPORT`), an update that does something ("App update lets ..."); never
over what the rules read otherwise, and English only.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import _UPDATE_NOT_A_REPORT, _UPDATE_TITLE, classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria Crisis: Regional Update, October 2015",
            "More than 4.2 million Syrian refugees are registered in Turkey, Lebanon, Jordan, Iraq"
            " and Egypt; funding for the regional plan stands at 46 per cent.",
        ),
        (
            "East Aleppo evacuation: update on people moved to Idlib and western Aleppo",
            "About 25,000 people have left eastern Aleppo since Thursday, most of them to Idlib"
            " governorate, according to humanitarian partners on the ground.",
        ),
        (
            "Rukban camp update: no aid convoy since February",
            "Some 12,000 people remain at the berm camp near the Jordanian border with little food"
            " and no regular medical care, according to the latest figures.",
        ),
        ("Idlib displacement update: 900,000 people on the move since 1 December", ""),
        ("Whole of Syria health cluster update - January 2021", ""),
        ("Syria cholera outbreak update: 20,000 suspected cases in five weeks", ""),
        ("North-west Syria earthquake update #4 (14 February 2023)", ""),
        ("Deir ez-Zor flooding update", ""),
    ],
)
def test_an_update_the_headline_heads_is_a_report(title: str, text: str) -> None:
    assert classify(title, text).type == "report"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the verb
        ("Russia updates its list of Syrian groups it wants kept out of Geneva talks", "", "other"),
        # the wire's leading tag: the veto it heads
        ("UPDATE 2-Russia, China veto U.N. sanctions on Syria over chemical weapons", "", "veto"),
        # live updates
        (
            "Syria strikes live update: U.S., Britain and France hit chemical sites near Damascus"
            " and Homs",
            "",
            "other",
        ),
        # another body's list, a court's hearing
        (
            "EU sanctions update: two more Syrian businessmen added to asset freeze list",
            "",
            "other",
        ),
        ("Koblenz trial update: court hears former detainee on Branch 251", "", "other"),
        # an update that does something
        ("App update lets Syrians warn neighbours of incoming air strikes", "", "other"),
        # an item the rules read something in stays theirs
        (
            "Aleppo update: Security Council adopts resolution 2328 on evacuation monitors",
            "",
            "resolution_adopted",
        ),
        # another language: not this rule's
        ("Mise à jour sur les déplacements à Idlib : 900 000 personnes", "", "other"),
    ],
)
def test_near_misses_keep_their_reading(title: str, text: str, expected: str) -> None:
    assert classify(title, text).type == expected


@pytest.mark.parametrize(
    ("title", "heads"),
    [
        # (lower-cased as classify folds it)
        ("syria crisis: regional update, october 2015", True),
        ("rukban camp update: no aid convoy since february", True),
        ("update on people moved to idlib", False),  # the headline's opening word
        ("east aleppo evacuation: update on people moved", True),
        ("north-west syria earthquake update #4 (14 february 2023)", True),
        ("health cluster update no. 3", True),
        ("syria strikes live update: sites hit", False),
        ("russia updates its list", False),
        ("app update lets syrians warn neighbours", False),
    ],
)
def test_where_the_noun_heads(title: str, heads: bool) -> None:
    assert bool(_UPDATE_TITLE.search(title)) is heads


@pytest.mark.parametrize(
    ("title", "kept_out"),
    [
        ("eu sanctions update: two more added", True),
        ("koblenz trial update: court hears detainee", True),
        ("idlib displacement update: 900,000 on the move", False),
    ],
)
def test_what_is_no_report(title: str, kept_out: bool) -> None:
    assert bool(_UPDATE_NOT_A_REPORT.search(title)) is kept_out


# A permanent member's "no" as a German headline's noun, and an Arabic headline's member bringing
# down what the text does, the draft unnamed (session 48, w2, multi-who-s48-w2; branch
# w2-keep-veto-nein).


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        (
            "Russlands Nein: Kein neues Mandat für die Chemiewaffen-Ermittler in Syrien",
            "",
            ["Russian Federation"],
        ),
        (
            "Moskaus Nein schließt Grenzübergang Bab al-Hawa für UN-Hilfe",
            "",
            ["Russian Federation"],
        ),
        (
            "Russlands und Chinas Nein zu Sanktionen gegen syrische Offiziere nach Giftgasangriffen",
            "",
            ["China", "Russian Federation"],
        ),
        ("روسيا والصين تسقطان هدنة إدلب في مجلس الأمن", "", ["China", "Russian Federation"]),
        ("موسكو تسقط تمديد إدخال المساعدات عبر باب الهوى", "", ["Russian Federation"]),
        (
            "روسيا تسقط تجديد آلية التحقيق في الهجمات الكيميائية بسوريا",
            "",
            ["Russian Federation"],
        ),
    ],
)
def test_a_members_no_or_bringing_down_is_its_veto(
    title: str, text: str, vetoers: list[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == vetoers


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # aircraft brought down
        ("روسيا تسقط طائرات مسيرة هاجمت قاعدة حميميم", "other"),
        ("تركيا تسقط مقاتلة روسية قرب الحدود السورية", "other"),
        # a Russian draft short of nine votes
        ("مشروع القرار الروسي حول حلب يسقط لعدم حصوله على تسعة أصوات", "other"),
        # a "no" to something else than a Council text (labelled `statement`, read `other` by
        # the rules before and after: no veto), or one announced or expected
        (
            "Russlands Nein zu einem Rücktritt Assads: Lawrow weist Forderung aus Paris zurück",
            "other",
        ),
        ("Russland kündigt Nein zum westlichen Syrien-Entwurf an", "draft_resolution"),
        (
            "Russisches Nein erwartet: Abstimmung über Syrien-Resolution am Freitag",
            "vote_scheduled",
        ),
    ],
)
def test_near_misses_of_the_members_no(title: str, expected: str) -> None:
    assert classify(title).type == expected
