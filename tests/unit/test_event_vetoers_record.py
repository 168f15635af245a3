"""Who vetoed a Syria draft the item tells without naming anyone ("a double veto", "zwei
Vetos", "двойное вето", "فيتو"): the members the Council's record lists for the day of the vote
(issue 11, session 39, ml-events-s39: who vetoed 0.242 on its first reading; validation 11-37
had 36 vetoes in the five other languages read with nobody, 24 naming no permanent member at
all). The record fills in nobody where the item names a vetoer itself, is not about Syria,
falls on no day of the record, or names a listed member abstaining (another vote)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify

BOTH = {"China", "Russian Federation"}
RUSSIA = {"Russian Federation"}


def _read(title: str, text: str, published: datetime | None) -> tuple[str, set[str]]:
    event = classify(title, text, published=published)
    return event.type, set(vetoed_by(event))


@pytest.mark.parametrize(
    ("title", "text", "published", "vetoers"),
    [
        (
            "Syrie : deux vetos enterrent la résolution sur le cessez-le-feu à Alep",
            "Onze membres avaient voté pour.",
            datetime(2016, 12, 5, 21, tzinfo=UTC),
            BOTH,
        ),
        # told overnight: published (UTC) the day after the vote
        (
            "Un doble veto impide que el Consejo apruebe la tregua en Idlib",
            "",
            datetime(2019, 9, 20, 2, 30, tzinfo=UTC),
            BOTH,
        ),
        (
            "Veto beendet die Ermittlungen zu Giftgasangriffen in Syrien",
            "Der Entwurf hätte das Mandat der Ermittler um ein Jahr verlängert.",
            datetime(2017, 11, 17, 22, tzinfo=UTC),
            RUSSIA,
        ),
        (
            "Проект резолюции о санкциях против Сирии не принят из-за двух вето",
            "",
            datetime(2017, 2, 28, 21, tzinfo=UTC),
            BOTH,
        ),
        (
            "فيتو في مجلس الأمن يوقف تمديد إدخال المساعدات عبر الحدود إلى سوريا",
            "",
            datetime(2022, 7, 8, 18, tzinfo=UTC),
            RUSSIA,
        ),
        (
            "Double veto leaves Syria's northwest without a second aid crossing",
            "",
            datetime(2020, 7, 7, 19, tzinfo=UTC),
            BOTH,
        ),
    ],
)
def test_a_syria_veto_told_without_its_members_has_the_records(
    title: str, text: str, published: datetime, vetoers: set[str]
) -> None:
    assert _read(title, text, published) == ("veto", vetoers)


@pytest.mark.parametrize(
    ("title", "text", "published", "vetoers"),
    [
        # a day the record lists no Syria veto on
        (
            "Un double veto bloque le texte sur la Syrie",
            "",
            datetime(2021, 5, 3, 20, tzinfo=UTC),
            set(),
        ),
        # a record day, but not about Syria
        (
            "Doble veto al proyecto sobre Yemen en el Consejo de Seguridad",
            "",
            datetime(2017, 2, 28, 21, tzinfo=UTC),
            set(),
        ),
        # the item names its one vetoer: the record adds nobody to it
        (
            "Russland legt Veto gegen Syrien-Resolution zur Grenzhilfe ein",
            "",
            datetime(2019, 12, 20, 20, tzinfo=UTC),
            RUSSIA,
        ),
        # a listed member named abstaining: another vote than the record's
        (
            "Veto au Conseil sur l'aide transfrontalière en Syrie",
            "La Chine s'est abstenue lors du vote.",
            datetime(2019, 12, 20, 20, tzinfo=UTC),
            set(),
        ),
        # no day to look up
        ("Двойное вето по Сирии в Совете Безопасности", "", None, set()),
    ],
)
def test_the_record_names_nobody_off_its_days_subject_or_vote(
    title: str, text: str, published: datetime | None, vetoers: set[str]
) -> None:
    assert _read(title, text, published) == ("veto", vetoers)


def test_a_rival_text_short_of_votes_on_a_record_day_has_no_vetoer() -> None:
    event = classify(
        "Le projet russe sur la Syrie n'obtient que quatre voix au Conseil",
        "Le texte a été rejeté faute de la majorité de neuf voix.",
        published=datetime(2016, 10, 8, 19, tzinfo=UTC),
    )
    assert event.type != "veto"
    assert vetoed_by(event) == frozenset()


def test_a_veto_recalled_days_later_takes_nobody_from_the_record() -> None:
    # (published four days after the record's veto, which it dates to "last Monday": read as
    # a veto, its date is not the day of its news)
    event = classify(
        "Shut out at the U.N., Aleppo's medics turn to donors",
        "With the Council stalled by last Monday's double veto, Syrian doctors are asking "
        "European donors for field hospitals.",
        published=datetime(2016, 12, 9, 9, tzinfo=UTC),
    )
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset()
