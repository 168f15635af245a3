"""One development's coverage across registers, as a run clusters it (README of tests/eval: one
story is one real-world development seen through several registers): the reactions on the day a
pre-vote post announced, a release reposted days on, and an inquiry's findings told as the
inquiry's, the investigators' or the probe's. Each with the near miss its key must not join."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

# A Thursday: the vote at 11:00 in New York.
VOTE = datetime(2027, 11, 4, 16, tzinfo=UTC)
BOTH = frozenset({"China", "Russian Federation"})

item = partial(candidate, demand="icc-referral")


def test_reactions_late_on_the_announced_day_join_the_post_of_the_evening_before() -> None:
    # Posted at 18:00 the day before: the reactions late on the vote's evening are more than a
    # day after it, and share its words no more than a reaction shares the release's.
    pre = item(
        "pre",
        "U.N. to vote Thursday on referring Syria to war crimes court",
        "vote_scheduled",
        VOTE - timedelta(hours=22),
        text="The Security Council will vote on Thursday on a French draft referring Syria to the"
        " International Criminal Court, diplomats said, though Moscow has said it will veto it.",
        vote_date=VOTE.date(),
    )
    ngo = item(
        "ngo",
        "Rights groups vow to keep documenting Syria abuses",
        "statement",
        VOTE + timedelta(hours=5, minutes=30),
        text="Hours after Russia and China vetoed the French bid to send Syria to the International"
        " Criminal Court, rights groups said they would keep gathering evidence for future trials.",
    )
    gov = item(
        "gov",
        "France deplores veto of ICC referral for Syria",
        "statement",
        VOTE + timedelta(hours=6, minutes=45),
        text="The French foreign minister said the veto cast on Thursday denied justice to Syria's"
        " victims and that France would not give up on the referral to the International Criminal"
        " Court.",
    )
    stories = polled(pre, ngo, gov)
    assert {story.id for story in stories} == {stories[0].id}


def test_a_reaction_the_day_after_the_announced_day_still_needs_the_usual_bar() -> None:
    # The day the post stated is the key: a statement two days on shares the words of the
    # court, not the vote, and is held to the bar of two days apart.
    pre = item(
        "pre",
        "U.N. to vote Thursday on referring Syria to war crimes court",
        "vote_scheduled",
        VOTE - timedelta(hours=22),
        text="The Security Council will vote on Thursday on a French draft referring Syria to the"
        " International Criminal Court, diplomats said.",
        vote_date=VOTE.date(),
    )
    later = item(
        "later",
        "Dutch minister backs court for Syria",
        "statement",
        VOTE + timedelta(days=1, hours=20),
        text="The Dutch foreign minister said the Netherlands would support any future referral of"
        " Syria to the International Criminal Court.",
    )
    first, second = polled(pre, later)
    assert first.id != second.id


RELEASE = datetime(2027, 12, 9, 11, tzinfo=UTC)


def release() -> list[Candidate]:
    return [
        item(
            "hrw",
            "Syria: Secure Prison Records and Burial Sites",
            "statement",
            RELEASE,
            text="Armed groups now holding Syria's cities should protect prison registers and"
            " suspected burial sites, which may identify those responsible for torture, Human"
            " Rights Watch said today.",
        ),
    ]


def test_a_release_reposted_two_days_on_joins_the_release() -> None:
    repost = item(
        "reliefweb",
        "Syria: Secure Prison Records and Burial Sites (Human Rights Watch)",
        "other",
        RELEASE + timedelta(hours=46),
        text="Syria's new authorities should protect archives, prison registers and suspected"
        " burial sites that may hold evidence of grave abuses.",
    )
    first, second = polled(*release(), repost)
    assert first.id == second.id


def test_a_short_series_title_repeated_is_no_repost() -> None:
    # "Syria: Statement (...)" heads every statement of a series: another one two days on is
    # the next statement, not the first reposted.
    one = item(
        "one",
        "Syria: Statement (Spokesperson)",
        "statement",
        RELEASE,
        text="The Spokesperson said detention sites must be protected.",
    )
    two = item(
        "two",
        "Syria: Statement (Spokesperson)",
        "statement",
        RELEASE + timedelta(hours=46),
        text="The Spokesperson said detention sites must be protected and aid must flow.",
    )
    first, second = polled(one, two)
    assert first.id != second.id


def test_the_same_headline_without_a_credit_is_the_next_days_news() -> None:
    # A development without a vote takes nothing after a day and a half: the headline that
    # did not change the next evening is the next development, not a repost.
    again = item(
        "again",
        "Syria: Secure Prison Records and Burial Sites",
        "statement",
        RELEASE + timedelta(hours=46),
        text="Armed groups should protect prison registers, the group said again.",
    )
    first, second = polled(*release(), again)
    assert first.id != second.id


def test_a_repost_beyond_the_window_is_left_alone() -> None:
    repost = item(
        "reliefweb",
        "Syria: Secure Prison Records and Burial Sites (Human Rights Watch)",
        "other",
        RELEASE + timedelta(days=3),
        text="Syria's new authorities should protect archives and prison registers.",
    )
    first, second = polled(*release(), repost)
    assert first.id != second.id


FINDINGS = datetime(2027, 11, 28, 13, tzinfo=UTC)


def test_the_inquiry_and_its_investigators_are_one_key() -> None:
    wire = item(
        "wire",
        "U.N. investigators say Syria ordered shoot-to-kill against protesters",
        "report",
        FINDINGS,
        text="Investigators appointed by the Human Rights Council said defectors described orders"
        " to fire on unarmed demonstrators, and that children were among those tortured.",
        demand="accountability-investigations",
    )
    unnews = item(
        "unnews",
        "UN inquiry finds Syrian forces committed crimes against humanity",
        "report",
        FINDINGS + timedelta(hours=1),
        text="The independent commission of inquiry found that military and security forces"
        " committed killings, torture and sexual violence amounting to crimes against humanity.",
        demand="accountability-investigations",
    )
    first, second = polled(wire, unnews)
    assert first.id == second.id


DECISION = datetime(2027, 2, 27, 12, tzinfo=UTC)


def test_a_decision_outside_the_un_is_one_key_across_languages() -> None:
    # The EU's freeze on the central bank, told in French and in Russian the same day: the
    # Union, the bank, the assets and the ministers are what both name.
    french = item(
        "fr",
        "L'UE gèle les avoirs de la Banque centrale syrienne",
        "other",
        DECISION,
        text="Les Vingt-Sept ont aussi ajouté sept ministres à leur liste.",
        demand="asset-freeze",
    )
    russian = item(
        "ru",
        "ЕС заморозил активы Центробанка Сирии",
        "other",
        DECISION + timedelta(hours=1),
        text="Евросоюз также внес в список семерых министров.",
        demand="asset-freeze",
    )
    first, second = polled(french, russian)
    assert first.id == second.id


def test_a_minister_speaking_the_same_day_is_not_the_unions_decision() -> None:
    freeze = item(
        "freeze",
        "EU freezes assets of seven Syrian ministers",
        "other",
        DECISION,
        text="European Union governments froze the assets of seven ministers in Damascus.",
        demand="asset-freeze",
    )
    shelling = item(
        "shelling",
        "French minister condemns shelling of Homs",
        "statement",
        DECISION + timedelta(hours=2),
        text="The French foreign minister said the bombardment of Homs by government forces"
        " must stop and that those responsible would answer for it.",
        demand="accountability-investigations",
    )
    first, second = polled(freeze, shelling)
    assert first.id != second.id


RUSSIA = frozenset({"Russian Federation"})
FIRST_VOTE = datetime(2027, 11, 10, 16, tzinfo=UTC)


def test_a_late_record_counts_its_weeks_from_the_vote_not_from_the_preview() -> None:
    # The first vote's story opened with its preview two days ahead; a second Russian veto
    # with the same totals two weeks later. The record of the first draft, catalogued 20 days
    # after its vote (22 after the preview), may be of either vote: it says not which, and
    # must not be taken for the second because the first story's weeks were counted from its
    # preview.
    preview = item(
        "preview",
        "Council to vote on renewing Syria chemical weapons inquiry",
        "vote_scheduled",
        FIRST_VOTE - timedelta(days=2),
        text="The Security Council will vote on Tuesday on renewing the joint inquiry into chemical"
        " weapons use in Syria.",
        vote_date=FIRST_VOTE.date(),
        demand="accountability-investigations",
    )
    first = item(
        "first",
        "Russia vetoes renewal of Syria chemical weapons inquiry",
        "veto",
        FIRST_VOTE + timedelta(minutes=20),
        text="Russia blocked the renewal of the inquiry into chemical attacks in Syria. Thirteen"
        " members voted in favour and China abstained.",
        tally="13-1-1",
        vetoers=RUSSIA,
        demand="accountability-investigations",
    )
    second = item(
        "second",
        "Russia vetoes extension of Syria cross-border aid",
        "veto",
        FIRST_VOTE + timedelta(days=14, minutes=20),
        text="Russia vetoed a draft keeping the Bab al-Hawa crossing open to UN aid convoys."
        " Thirteen members voted in favour and China abstained.",
        tally="13-1-1",
        vetoers=RUSSIA,
        demand="accountability-investigations",
    )
    record = item(
        "record",
        "Draft resolution S/2027/812 [on the joint chemical weapons inquiry in the Syrian Arab"
        " Republic] : vote",
        "veto",
        FIRST_VOTE + timedelta(days=20),
        text="Yes: 13 | No: 1 (Russian Federation) | Abstentions: 1 (China).",
        symbols=("S/2027/812",),
        tally="13-1-1",
        vetoers=RUSSIA,
        demand="accountability-investigations",
    )
    stories = polled(preview, first, second, record)
    assert stories[0].id == stories[1].id
    assert stories[3].id != stories[2].id
