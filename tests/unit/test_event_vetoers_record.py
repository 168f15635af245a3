"""Who vetoed a Syria draft the item tells as two vetoes without naming anyone ("a double
veto", "zwei Vetos", "двойное вето", "فيتو مزدوج"): every double veto on Syria on the Council's
record was Russia's and China's, so two vetoes told as such are theirs (issue 11, session 39,
ml-events-s39: who vetoed 0.242 on its first reading; validation 11-37 had 36 vetoes in the five
other languages read with nobody, 24 naming no permanent member at all). The pattern, not a table
of the vetoes' days, so that the next veto is read as the past ones. Nobody is filled in for one
veto told with nobody named, nor where the item names a vetoer itself, is not about Syria,
recalls a veto of another day, or names one of the two voting for the text or abstaining."""

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
            "Проект резолюции о санкциях против Сирии не принят из-за двух вето",
            "",
            datetime(2017, 2, 28, 21, tzinfo=UTC),
            BOTH,
        ),
        (
            "Double veto leaves Syria's northwest without a second aid crossing",
            "",
            datetime(2020, 7, 7, 19, tzinfo=UTC),
            BOTH,
        ),
        (
            "فيتو مزدوج يسقط مشروع القرار بشأن هدنة حلب",
            "",
            datetime(2016, 12, 5, 20, tzinfo=UTC),
            BOTH,
        ),
        # a day no Syria veto was cast on yet: the next veto is read as the past ones
        (
            "Un double veto bloque le texte sur la Syrie",
            "",
            datetime(2027, 5, 3, 20, tzinfo=UTC),
            BOTH,
        ),
    ],
)
def test_a_syria_double_veto_told_without_its_members_is_russias_and_chinas(
    title: str, text: str, published: datetime, vetoers: set[str]
) -> None:
    assert _read(title, text, published) == ("veto", vetoers)


@pytest.mark.parametrize(
    ("title", "text", "published", "vetoers"),
    [
        # one veto told with nobody named: not read (Russia's every time on Syria so far, but
        # read so it alerted stop-veto on misread vetoes)
        (
            "Veto beendet die Ermittlungen zu Giftgasangriffen in Syrien",
            "Der Entwurf hätte das Mandat der Ermittler um ein Jahr verlängert.",
            datetime(2017, 11, 17, 22, tzinfo=UTC),
            set(),
        ),
        (
            "فيتو في مجلس الأمن يوقف تمديد إدخال المساعدات عبر الحدود إلى سوريا",
            "",
            datetime(2022, 7, 8, 18, tzinfo=UTC),
            set(),
        ),
        # two vetoes, but not about Syria
        (
            "Doble veto al proyecto sobre Yemen en el Consejo de Seguridad",
            "",
            datetime(2017, 2, 28, 21, tzinfo=UTC),
            set(),
        ),
        # the item names its one vetoer: nobody is added to it
        (
            "Russland legt Veto gegen Syrien-Resolution zur Grenzhilfe ein",
            "",
            datetime(2019, 12, 20, 20, tzinfo=UTC),
            RUSSIA,
        ),
        # one of the two named voting for the text: not their double veto
        (
            "Double veto sinks the Syria text",
            "Russia voted in favour of it.",
            datetime(2018, 4, 10, 20, tzinfo=UTC),
            set(),
        ),
        # no day to look up
        ("Двойное вето по Сирии в Совете Безопасности", "", None, set()),
    ],
)
def test_nobody_is_filled_in_for_one_veto_off_syria_beside_a_vetoer_or_a_vote_for(
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


def test_a_veto_recalled_days_later_takes_nobody() -> None:
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
