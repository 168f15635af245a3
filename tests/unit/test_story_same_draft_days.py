"""Two reports of the same outcome of the same draft are one story whatever days they give
(probe s16 L3): a draft is voted on once. A release posted after midnight in New York is dated
by its publication, and the report beside it by the day it states ("on Tuesday"); they made two
stories, two top-level P1 messages and two pages. Without a draft in common, the days still
part two outcomes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

# 00:28 on Wednesday 4 November in New York: the vote notice, the release and the reports come
# in together after a meeting that ended late.
NOTICE = datetime(2026, 11, 4, 5, 28, tzinfo=UTC)
TUESDAY, WEDNESDAY = date(2026, 11, 3), date(2026, 11, 4)
BOTH = frozenset({"China", "Russian Federation"})
DRAFT = ("S/2026/6201",)

item = partial(candidate, demand="asset-freeze")


def notice() -> Candidate:
    # "This afternoon", read at 00:28 on Wednesday, is Wednesday.
    return item(
        "notice",
        "Security Council to vote this afternoon on Syria asset freeze draft S/2026/6201",
        "vote_scheduled",
        NOTICE,
        text="The Council will vote this afternoon on draft resolution S/2026/6201.",
        symbols=DRAFT,
        vote_date=WEDNESDAY,
    )


def release() -> Candidate:
    # No day stated: dated by its publication (Tuesday or Wednesday in UTC).
    return item(
        "release",
        "Security Council fails to adopt Syria asset freeze draft S/2026/6201 owing to negative "
        "votes of China, Russian Federation",
        "veto",
        NOTICE.replace(minute=30),
        text="The draft received 13 votes in favour to 2 against. The meeting began at 3:05 p.m. "
        "and ended at 4:10 p.m.",
        symbols=DRAFT,
        tally="13-2-0",
        vetoers=BOTH,
    )


def test_a_report_stating_tuesday_joins_the_release_of_the_same_draft() -> None:
    report = item(
        "unnews",
        "Russia and China veto Syria sanctions draft S/2026/6201 at UN",
        "veto",
        NOTICE.replace(minute=35),
        text="Russia and China on Tuesday vetoed draft S/2026/6201, which would have frozen the "
        "assets of senior Syrian officials.",
        symbols=DRAFT,
        vetoers=BOTH,
        vote_date=TUESDAY,
    )
    first, veto, story = polled(notice(), release(), report)
    assert first.id == veto.id == story.id


def test_a_report_in_another_language_stating_tuesday_joins_too() -> None:
    # No word in common as written: the draft's symbol is the key.
    report = item(
        "ar",
        "فيتو روسي صيني على مشروع تجميد الأصول S/2026/6201",
        "veto",
        NOTICE.replace(minute=40),
        text="استخدمت روسيا والصين الثلاثاء حق النقض ضد مشروع القرار S/2026/6201.",
        symbols=DRAFT,
        vetoers=BOTH,
        vote_date=TUESDAY,
    )
    first, veto, story = polled(notice(), release(), report)
    assert first.id == veto.id == story.id


def test_the_veto_of_another_draft_a_day_apart_stays_apart() -> None:
    # The same members, the same matter, the next day's vote on a shorter text.
    second = item(
        "second",
        "Russia and China veto second Syria asset freeze draft S/2026/6215",
        "veto",
        datetime(2026, 11, 5, 0, 30, tzinfo=UTC),
        text="Russia and China on Wednesday vetoed draft S/2026/6215, a shorter text freezing "
        "the assets of senior Syrian officials.",
        symbols=("S/2026/6215",),
        vetoers=BOTH,
        vote_date=WEDNESDAY,
    )
    tuesday = item(
        "tuesday",
        "Russia and China veto Syria asset freeze draft at UN",
        "veto",
        datetime(2026, 11, 3, 21, 0, tzinfo=UTC),
        text="Russia and China on Tuesday vetoed draft S/2026/6201 freezing the assets of senior "
        "Syrian officials.",
        symbols=DRAFT,
        vetoers=BOTH,
        vote_date=TUESDAY,
    )
    first, story = polled(tuesday, second)
    assert first.id != story.id
