"""A development's first reports (issue 11, session 39, stories-busy-s39). The first reports of
a development come within two hours of it, each worded its own way: a second wire that names
little of what the first named, the first headline in another language that names little
but one term. Validation's held-out busy weeks lost 54 of their 123 missed pairs to one such
split: an agreement's second English report, 40 minutes after the first, scored 0.039 against
the same-day bar of 0.08, opened a story of its own, and the later reports followed it. An
item within ``_FIRST_REPORTS`` (two hours) of a story's first item is held to half the bar
it would be held to (``StoryClusterer._first_reports``) when it is of the kind of every item
the story holds, or in a language none of its headlines is in, and shares with the story a
word beyond the states both name. News of another kind in the story's language, news naming
only the same state, and anything past two hours keep the usual bar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate, StoryClusterer, stored_order
from story_support import candidate, polled

ISSUED = datetime(2031, 5, 6, 9, tzinfo=UTC)
JUSTICE = "accountability-investigations"

# A second English report on the warrant that names the Netherlands and the commander and
# little else of the first: a cosine of about 0.07 against the first, under the same-day bar
# (0.08) and over half of it.
SECOND = (
    "Netherlands seeks commander blamed for bombing villagers",
    "Judges agreed to the prosecution's application to detain the officer, whose pilots are "
    "blamed for strikes that killed dozens of people in Homs province, the defence said.",
)
# The first French headline: the warrant is the one key it shares (about 0.023 against the
# first report, under the bar for another language, 0.04, and over half of it).
FRENCH = "Pays-Bas : mandat d'arrêt contre un officier syrien"


def warrant() -> Candidate:
    return candidate(
        "wire",
        "Dutch court orders arrest of Syrian air force general over Houla shelling",
        "other",
        ISSUED,
        demand=JUSTICE,
        text="A court in The Hague on Tuesday issued an arrest warrant for Brigadier General "
        "Fadi M., commander of an air force unit accused of shelling Houla in 2012, at the "
        "request of Dutch prosecutors.",
    )


def second(event: str, after: timedelta) -> Candidate:
    title, text = SECOND
    return candidate("news", title, event, ISSUED + after, demand=JUSTICE, text=text)


def french(after: timedelta) -> Candidate:
    return candidate("afp", FRENCH, "other", ISSUED + after, demand=JUSTICE)


def similarity(story_of: Candidate, cand: Candidate) -> float:
    (story,) = polled(story_of)
    clusterer = StoryClusterer(stored_order([story]))
    idf = clusterer._idf(cand.words)
    return clusterer.similarity(story.words, cand.words, idf, clusterer.norm(cand.words, idf))


def test_the_items_share_what_the_first_reports_share() -> None:
    # What the tests below rest on: each item falls between half the bar and the bar.
    assert 0.04 < similarity(warrant(), second("other", timedelta(minutes=40))) < 0.08
    assert 0.02 < similarity(warrant(), french(timedelta(minutes=70))) < 0.04


def test_a_second_report_worded_its_own_way_within_the_hour_joins_the_first() -> None:
    first, report = polled(warrant(), second("other", timedelta(minutes=40)))
    assert report.id == first.id


def test_the_first_headline_in_another_language_within_two_hours_joins() -> None:
    first, headline = polled(warrant(), french(timedelta(minutes=70)))
    assert headline.id == first.id


def test_first_reports_in_two_languages_make_one_story() -> None:
    first, headline, report = polled(
        warrant(), french(timedelta(minutes=50)), second("other", timedelta(minutes=80))
    )
    assert headline.id == first.id
    assert report.id == first.id
    assert len(report.items) == 3


def test_the_same_words_told_as_a_report_in_the_storys_language_keep_the_bar() -> None:
    # Another kind of news in a language the story holds: another development on the day's
    # subject (a study of the same unit's strikes), held to the same-day bar.
    first, report = polled(warrant(), second("report", timedelta(minutes=40)))
    assert report.id != first.id


def test_the_same_words_three_hours_on_keep_the_bar() -> None:
    first, later = polled(warrant(), second("other", timedelta(hours=3)))
    assert later.id != first.id


def test_a_headline_in_another_language_past_two_hours_keeps_the_bar() -> None:
    first, headline = polled(warrant(), french(timedelta(hours=2, minutes=30)))
    assert headline.id != first.id


def test_news_naming_only_the_same_state_within_the_hour_stays_apart() -> None:
    # Another development the same morning naming the Netherlands and nothing else of the
    # warrant: over half the bar for a story it shares only keys with (0.04), all of it the
    # state's name.
    pledge = candidate(
        "news",
        "More winter funds for refugee families sheltering in the Bekaa valley",
        "other",
        ISSUED + timedelta(minutes=30),
        demand=JUSTICE,
        text="The Netherlands announced a further contribution to the World Food Programme's "
        "winter appeal.",
    )
    assert 0.02 < similarity(warrant(), pledge) < 0.04
    first, news = polled(warrant(), pledge)
    assert news.id != first.id
