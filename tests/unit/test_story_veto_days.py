"""A reaction names its veto by the weekday it was cast on ("Monday's veto", "the veto cast by
Russia and China on Tuesday"), seldom by the draft's symbol: after two vetoes a day apart it
joins the veto of that day, not the other, though both share its words, members and the day
it is published. A report days on that states no date but names the veto's weekday is that
vote's news too."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import partial

import pytest

from demandwatch.core.stories import Candidate, named_veto_day
from story_support import candidate, polled

# Monday 8 and Tuesday 9 March 2027: an arms embargo on Syria's coast vetoed by Russia, then
# the elected members' reporting text vetoed by China and Russia.
MONDAY = datetime(2027, 3, 8, 20, tzinfo=UTC)
TUESDAY = MONDAY + timedelta(hours=20)
# Before the Council meets: the day the clusterer reads a reaction of the morning as
# about, failing a day it names, is the day before (Tuesday).
WEDNESDAY_MORNING = MONDAY + timedelta(days=1, hours=14)
RUSSIA = frozenset({"Russian Federation"})
BOTH = frozenset({"China", "Russian Federation"})

item = partial(candidate, demand="arms-embargo")


def embargo_veto() -> Candidate:
    return item(
        "wire-monday",
        "Russia vetoes U.N. arms embargo on Syria's coast",
        "veto",
        MONDAY,
        text="Russia vetoed a Security Council resolution that would have banned arms deliveries "
        "to armed groups in Syria's coastal provinces. Eleven members voted in favour.",
        vetoers=RUSSIA,
        vote_date=MONDAY.date(),
    )


def reporting_veto() -> Candidate:
    return item(
        "wire-tuesday",
        "Russia and China veto fallback U.N. text on Syria arms transfers",
        "veto",
        TUESDAY,
        text="Russia and China vetoed a Security Council draft that would have required regular "
        "U.N. reports on arms transfers into Syria's coastal provinces, a day after Moscow "
        "blocked an embargo. Twelve members voted in favour.",
        vetoers=BOTH,
        vote_date=TUESDAY.date(),
    )


def reaction(alert: str, title: str, text: str) -> Candidate:
    return item(alert, title, "statement", WEDNESDAY_MORNING, text=text)


def test_a_reaction_naming_monday_s_veto_joins_it_not_tuesday_s() -> None:
    ngo = reaction(
        "ngo",
        "Coast's civilians left exposed by Monday's veto, rights groups say",
        "Seventeen organisations said on Wednesday that Russia's veto on Monday of an arms "
        "embargo left civilians in Syria's coastal provinces exposed to arms flows.",
    )
    monday, tuesday, story = polled(embargo_veto(), reporting_veto(), ngo)
    assert monday.id != tuesday.id
    assert story.id == monday.id


def test_a_reaction_naming_tuesday_s_veto_joins_it_not_monday_s() -> None:
    minister = reaction(
        "minister",
        "Foreign Secretary: Tuesday's veto shows Council blocked from counting the guns",
        "The Foreign Secretary said on Wednesday that the veto cast by Russia and China on "
        "Tuesday against the reporting text showed the Council could not count the weapons "
        "reaching Syria's coast.",
    )
    monday, tuesday, story = polled(embargo_veto(), reporting_veto(), minister)
    assert story.id == tuesday.id != monday.id


def test_a_reaction_naming_only_the_day_it_speaks_joins_the_veto_before() -> None:
    # "On Wednesday condemned" is the minister's day, not a veto's: the reaction the morning
    # after Tuesday's veto is Tuesday's.
    minister = reaction(
        "minister",
        "Britain condemns veto of Syria arms reporting text",
        "Britain on Wednesday condemned the veto by Russia and China of the elected members' "
        "reporting text on arms transfers into Syria's coastal provinces.",
    )
    assert minister.veto_day is None
    _, tuesday, story = polled(embargo_veto(), reporting_veto(), minister)
    assert story.id == tuesday.id


def test_a_report_two_days_on_naming_the_veto_s_weekday_joins_it() -> None:
    # A consequence-first lede two days on: no date, the weekday ("on Monday cast").
    later = item(
        "newspaper",
        "Syria's coast left without a Council embargo",
        "veto",
        MONDAY + timedelta(days=2, hours=-10),
        text="Villagers near Tartus woke to find the Council still silent, after Russia on Monday "
        "cast its veto against an arms embargo on the coastal provinces.",
        vetoers=RUSSIA,
    )
    assert later.vote_date == MONDAY.date()
    monday, story = polled(embargo_veto(), later)
    assert story.id == monday.id


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # The day of the veto, not the day the group spoke.
        (
            "The group said on Wednesday that Russia's veto on Monday left civilians exposed.",
            WEDNESDAY_MORNING,
            date(2027, 3, 8),
        ),
        ("Tuesday's veto sent Damascus a message.", WEDNESDAY_MORNING, date(2027, 3, 9)),
        (
            "Le ministre a déploré le veto opposé mardi soir par la Russie.",
            WEDNESDAY_MORNING,
            date(2027, 3, 9),
        ),
        ("España lamenta el veto del lunes al embargo.", WEDNESDAY_MORNING, date(2027, 3, 8)),
        ("Berlin hat das Veto vom Montag verurteilt.", WEDNESDAY_MORNING, date(2027, 3, 8)),
        ("Россия в понедельник наложила вето на проект.", WEDNESDAY_MORNING, date(2027, 3, 8)),
        ("أدانت المنظمة الفيتو الروسي الصيني يوم الثلاثاء.", WEDNESDAY_MORNING, date(2027, 3, 9)),
        # The day the ministry spoke, not the veto's.
        ("МИД в среду заявил, что вето было ошибкой.", WEDNESDAY_MORNING, None),
        # Stamped 02:00 UTC on Wednesday: Tuesday evening in New York, "Tuesday" is that day.
        (
            "Russia and China on Tuesday vetoed the text.",
            TUESDAY + timedelta(hours=10),
            date(2027, 3, 9),
        ),
        # No veto's day: the day the group spoke; two vetoes' days, no one day.
        ("The group said on Wednesday the veto left civilians exposed.", WEDNESDAY_MORNING, None),
        ("Monday's veto and Tuesday's veto left the coast exposed.", WEDNESDAY_MORNING, None),
        ("Britain on Wednesday condemned the veto.", WEDNESDAY_MORNING, None),
        (
            "A day after the veto, on Tuesday, the elected members tabled a text.",
            WEDNESDAY_MORNING,
            None,
        ),
    ],
)
def test_the_veto_s_day_as_named(text: str, published: datetime, day: date | None) -> None:
    assert named_veto_day("", text, published) == day


# Review V6 of c1fcec6: the weekday of another act in the veto's clause (the draft tabled,
# presented or debated the day before) is not the veto's day. Reactions the evening of the
# veto named "the draft Britain tabled on Monday" and were kept out of Tuesday's veto story
# as about a Monday veto, so one veto had two stories (two top-level posts).
@pytest.mark.parametrize(
    "text",
    [
        "The minister said Russia's veto of the draft Britain and Ireland tabled on Monday "
        "would cut off aid.",
        "Russia vetoed a Security Council draft circulated on Monday by Kuwait and Sweden.",
        "Aid groups said the veto of the resolution the Council had weighed since Monday "
        "abandons four million people.",
        "Russia vetoed the text due to be voted on Monday and put off a day.",
        "La France regrette le veto au projet présenté lundi par l'Irlande et la Norvège.",
        "El Gobierno lamentó el veto al proyecto presentado el lunes por Irlanda y Noruega.",
        "Berlin bedauert das Veto gegen den am Montag vorgelegten Entwurf.",
        # The day the envoy spoke, told after an object: en-events-13's next-day reaction
        # split from its veto's story.
        "The U.S. ambassador told reporters on Tuesday the Russian veto was an act of cruelty.",
        "Rights groups wrote on Tuesday that the veto would cost lives.",
        # The day of a reaction told after the veto, in each language's order: the next
        # morning's German regret of the veto split from its veto's story (stories-multi-14).
        "Der Außenminister hat das Veto Russlands gegen die Resolution am Dienstag bedauert.",
        "Die Regierung hat das Veto am Dienstag scharf verurteilt.",
        "The veto was condemned on Tuesday by Britain and France.",
        "Le veto russe a été dénoncé mardi par Paris.",
        "El veto ruso fue condenado el martes por el Gobierno.",
    ],
)
def test_another_act_s_weekday_in_the_veto_s_clause_is_not_the_veto_s_day(text: str) -> None:
    assert named_veto_day("", text, TUESDAY) is None


def test_reactions_the_evening_of_the_veto_naming_the_draft_s_day_join_it() -> None:
    veto = item(
        "wire",
        "Russia vetoes U.N. text on Syria arms transfers",
        "veto",
        TUESDAY,
        text="Russia on Tuesday vetoed a Security Council resolution that would have required "
        "reports on arms transfers into Syria's coastal provinces.",
        vetoers=RUSSIA,
    )
    minister = item(
        "minister",
        "Foreign Secretary condemns Russian veto on Syria arms text",
        "statement",
        TUESDAY + timedelta(hours=2),
        text="The Foreign Secretary said Russia's veto of the draft Britain tabled on Monday "
        "left the Council blind to the weapons reaching Syria's coast.",
    )
    story, reaction = polled(veto, minister)
    assert reaction.id == story.id
