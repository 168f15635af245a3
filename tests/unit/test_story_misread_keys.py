"""An outcome's report the events misread as other news, in another language, naming no vote,
draft or text, still joins the outcome by the keys it states (session 41, stories-misread-s41):
a veto's members named in its headline on the veto's day, an adoption's Security Council named
in its headline on the adoption's day, whichever comes first. Not news in English naming the
members beside no vote, not another day's news, not news naming other members, and not a
Council headline about another matter the next day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

# A Tuesday: the vote at 16:00 in New York.
VOTE = datetime(2026, 4, 14, 20, tzinfo=UTC)
RUSSIA = frozenset({"Russian Federation"})

item = partial(candidate, demand="accountability-investigations")


def vetoed(at: datetime = VOTE + timedelta(minutes=30)) -> Candidate:
    return item(
        "unnews",
        "Russia vetoes text on new inquiry into Ramlat chemical attack",
        "veto",
        at,
        text="A draft that would have set up a mechanism to identify who used chemical weapons "
        "in Ramlat was not adopted, owing to the negative vote of the Russian Federation.",
        vetoers=RUSSIA,
        vote_date=VOTE.date(),
    )


# Reports in other languages, naming Russia and the inquiry but no vote, draft or text.
MISREAD = (
    ("fr", "Ramlat : Moscou enterre l'enquête voulue par Washington"),
    ("es", "Rusia frena en la ONU la investigación sobre el ataque químico en Ramlat"),
    ("ar", "روسيا تسقط المسعى الأمريكي للتحقيق في هجوم الرملة الكيميائي"),
)


def misread(alert: str, title: str, at: datetime) -> Candidate:
    return item(alert, title, "other", at)


def test_misread_veto_news_naming_the_members_and_no_vote_joins_the_veto() -> None:
    for alert, title in MISREAD:
        veto, news = polled(vetoed(), misread(alert, title, VOTE + timedelta(hours=1)))
        assert news.id == veto.id, alert


def test_the_veto_joins_misread_news_naming_its_members_that_came_first() -> None:
    for alert, title in MISREAD:
        news, veto, later = polled(
            misread(alert, title, VOTE + timedelta(minutes=10)),
            vetoed(),
            vetoed(VOTE + timedelta(hours=2)),
        )
        assert veto.id == news.id, alert
        assert later.id == news.id, alert


def test_news_naming_other_members_another_day_or_in_english_is_not_the_veto() -> None:
    # Another member named: not the vetoing one.
    china = misread("zh", "China frena en la ONU la investigación sobre Ramlat", VOTE)
    veto, news = polled(vetoed(), china)
    assert news.id != veto.id
    first, veto = polled(china, vetoed())
    assert veto.id != first.id
    # Two days on: another day's news.
    later = misread("later", "Rusia frena la investigación sobre Ramlat", VOTE + timedelta(days=2))
    veto, news = polled(vetoed(), later)
    assert news.id != veto.id
    # English naming the member beside no vote: as often doing something else that day.
    english = misread(
        "en", "Russia condemns shelling near Ramlat inquiry witnesses", VOTE + timedelta(hours=1)
    )
    veto, news = polled(vetoed(), english)
    assert news.id != veto.id


adoption_item = partial(candidate, demand="monitor-access")


def adopted(at: datetime = VOTE + timedelta(minutes=40)) -> Candidate:
    return adoption_item(
        "unnews-adopted",
        "Security Council authorizes aid across Syria's borders without Damascus' consent",
        "resolution_adopted",
        at,
        text="Adopting a resolution unanimously, the Council allowed UN agencies to use four "
        "crossings under the monitoring of a UN mechanism.",
    )


# Headlines naming the Security Council and what the text does, no resolution.
COUNCIL = (
    ("fr", "Syrie : le Conseil de sécurité ouvre quatre points de passage à l'aide"),
    ("es", "El Consejo de Seguridad abre las fronteras de Siria a la ayuda humanitaria"),
)


def test_misread_adoption_news_naming_the_security_council_joins_the_adoption() -> None:
    for alert, title in COUNCIL:
        adoption, news = polled(
            adopted(), adoption_item(alert, title, "other", VOTE + timedelta(hours=1))
        )
        assert news.id == adoption.id, alert
        news, adoption = polled(
            adoption_item(alert, title, "other", VOTE + timedelta(minutes=10)), adopted()
        )
        assert adoption.id == news.id, alert


def test_a_council_headline_on_another_matter_the_next_day_is_not_the_adoption() -> None:
    hearing = adoption_item(
        "yarmouk",
        "El Consejo de Seguridad escucha a Amos sobre el acceso bloqueado en Yarmuk",
        "other",
        VOTE + timedelta(hours=22),
    )
    adoption, news = polled(adopted(), hearing)
    assert news.id != adoption.id
