"""A non-English headline whose subject is the General Assembly acting is its resolution's
adoption (issue 11, session 49, w5; multi-events-s49-w5).

Where the rules and the model read such a French, Spanish, German, Russian or Arabic headline
`other` or a `statement` ("L'Assemblée générale soutient le plan de la Ligue arabe", "La Asamblea
General condena ...", "Генассамблея ООН потребовала ...", "الجمعية العامة تؤيد ...", "Asamblea
General de la ONU: 133 países condenan a Damasco"), it is `resolution_adopted`
(`_GA_ADOPTS_TITLE`): the Assembly decides only by resolution. Not the Assembly electing members or
its president, paying homage, debating or about to vote, a speech under its name, its president,
another speaker on its texts; never over a reading other than `other` or `statement`, and never in
English.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import _GA_ADOPTS_TITLE, classify
from demandwatch.core.text import fold


@pytest.mark.parametrize(
    "title",
    [
        "L'Assemblée générale soutient le plan de la Ligue arabe pour la Syrie",
        "La Asamblea General respalda el plan de la Liga Árabe para Siria",
        "الجمعية العامة للأمم المتحدة تؤيد خطة الجامعة العربية بشأن سوريا",
        "الجمعية العامة تدين القمع في سوريا وتؤيد خطة الجامعة العربية",
        "Asamblea General de la ONU: 133 países condenan a Damasco",
        "La Asamblea General condena la violencia en Siria y la parálisis del Consejo",
        "الجمعية العامة تصوت لصالح قرار يدين العنف في سوريا",
        "Генассамблея ООН потребовала немедленного прекращения огня в Газе",
    ],
)
def test_the_assembly_acting_in_the_headline_is_its_adoption(title: str) -> None:
    assert classify(title).type == "resolution_adopted"


@pytest.mark.parametrize(
    "title",
    [
        "L'Assemblée générale de l'ONU exige la fin des violences en Syrie",
        "Генассамблея ООН создала механизм для расследования преступлений в Сирии",
        "UN-Generalversammlung fordert humanitäre Waffenruhe im Gazastreifen",
    ],
)
def test_adoptions_read_already_stay_read(title: str) -> None:
    assert classify(title).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # an election, an homage: the Assembly's other acts
        ("L'Assemblée générale élit cinq membres non permanents du Conseil de sécurité", "other"),
        ("La Asamblea General elige a cinco miembros no permanentes del Consejo", "other"),
        ("Vollversammlung wählt Baerbock zur Präsidentin der 80. Sitzungsperiode", "other"),
        ("Генассамблея ООН избрала пять непостоянных членов Совбеза", "other"),
        ("الجمعية العامة تنتخب خمسة أعضاء غير دائمين في مجلس الأمن", "other"),
        ("La Asamblea General rinde homenaje a Kofi Annan", "other"),
        # a speech under its name (read `other` before and after: the rule does not make it a vote)
        ("Assemblée générale : Muallem accuse l'Occident de soutenir le terrorisme", "other"),
        # a vote to come, a debate
        ("L'Assemblée générale votera jeudi sur la Syrie", "vote_scheduled"),
        ("UN-Vollversammlung berät über russisches Veto zur Syrien-Hilfe", "meeting"),
        ("الجمعية العامة تناقش الفيتو الروسي على المساعدات عبر الحدود", "meeting"),
        # another speaker on the Assembly's texts
        ("МИД России: резолюции Генассамблеи ООН по Сирии политизированы", "statement"),
    ],
)
def test_near_misses_keep_their_reading(title: str, expected: str) -> None:
    assert classify(title).type == expected


@pytest.mark.parametrize(
    "title",
    [
        "Le président de l'Assemblée générale appelle à une solution politique en Syrie",
        "Assad bleibt der UN-Vollversammlung fern, Muallem reist nach New York",
        "L'Assemblée générale élit cinq membres non permanents du Conseil de sécurité",
        "Assemblée générale : Muallem accuse l'Occident",
    ],
)
def test_the_pattern_wants_the_assembly_first_and_acting(title: str) -> None:
    assert _GA_ADOPTS_TITLE.search(fold(title)) is None


def test_english_is_not_read_by_this_rule() -> None:
    # (English reads the Assembly's acts by its own cues; the pattern is not written for it)
    assert (
        _GA_ADOPTS_TITLE.search(fold("General Assembly backs Arab League plan for Syria")) is None
    )
