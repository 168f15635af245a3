"""A reaction to a veto that the events misread as a meeting or a draft still joins the veto
of its day (README of tests/eval: one development is one story across registers, reactions
whose lede is the vote included): its event is the one key it got wrong, and the day, the
failure it names and its demands still say which vote it reacts to. News of what the veto
ended, a text put forward the next day and the Assembly's debate stay apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from demandwatch.core.stories import FAILURE_READ, Candidate
from story_support import candidate, polled

# A Tuesday: the vote at 10:00 in New York (winter).
VOTE = datetime(2026, 11, 3, 15, 30, tzinfo=UTC)
RUSSIA = frozenset({"Russian Federation"})

item = partial(candidate, demand="accountability-investigations")


def vetoed() -> Candidate:
    return item(
        "wire",
        "Russia vetoes UN bid to keep Syria detention inquiry running",
        "veto",
        VOTE + timedelta(minutes=20),
        text="Russia on Tuesday vetoed a Security Council resolution that would have extended "
        "the inquiry into people who disappeared in Syrian detention. Twelve members voted "
        "in favour.",
        vetoers=RUSSIA,
        vote_date=VOTE.date(),
    )


def released() -> Candidate:
    return item(
        "unpress",
        "Sicherheitsrat: Russland verhindert Verlängerung der Syrien-Untersuchung",
        "veto",
        VOTE + timedelta(hours=1),
        text="Der Entwurf zur Verlängerung der Untersuchung zu Verschwundenen in Syrien "
        "scheiterte am Veto Russlands; zwölf Mitglieder stimmten dafür.",
        vetoers=RUSSIA,
        vote_date=VOTE.date(),
    )


def test_a_reaction_read_as_a_draft_joins_the_veto_it_names() -> None:
    # A minister's words in German the same evening, naming the blockade in the Council: the
    # events read "Entwurf" and call it a draft. Its words share little with the wire's.
    minister = item(
        "gov-de",
        "Außenministerin: Blockade im Sicherheitsrat trifft die Familien der Verschwundenen",
        "draft_resolution",
        VOTE + timedelta(hours=4),
        text="Die Außenministerin kritisierte das Veto gegen den Resolutionsentwurf scharf. "
        "Die Familien hätten ein Recht auf Wahrheit, sagte sie am Abend in Berlin.",
    )
    veto, _, story = polled(vetoed(), released(), minister)
    assert story.id == veto.id


def test_a_reaction_read_as_a_meeting_joins_the_veto_the_next_morning() -> None:
    # An aid group the next morning, before the Council meets: the events read "tell Council"
    # as a meeting. It reacts to the vote of the day before.
    group = item(
        "ngo",
        "Families of the missing tell Council its failure cannot be the last word",
        "meeting",
        VOTE + timedelta(hours=17),
        text="Associations of families of the disappeared said the Security Council's failure "
        "to renew the inquiry left them without answers, and asked members to act.",
    )
    veto, _, story = polled(vetoed(), released(), group)
    assert story.id == veto.id


def test_what_the_veto_ended_a_new_text_and_the_assembly_stay_apart() -> None:
    others = [
        # News of what the veto ended, read as a report or as other news: its own development.
        item(
            "winds-down",
            "Detention inquiry shuts down after Council fails to agree",
            "report",
            VOTE + timedelta(hours=17),
            text="The inquiry's team stopped work at midnight; its files will be archived.",
        ),
        item(
            "archive",
            "Inquiry's files go to archive after Council fails to renew it",
            "other",
            VOTE + timedelta(hours=18),
            text="The inquiry into detention in Syria closed its offices on Wednesday.",
        ),
        # A shorter text put forward the next afternoon, naming the failure it answers: a
        # draft of its own, another day.
        item(
            "rollover",
            "Elected members table three-month rollover after veto blocked inquiry",
            "draft_resolution",
            VOTE + timedelta(hours=24),
            text="The elected members circulated a short draft extending the inquiry for three "
            "months after Russia's veto on Tuesday, diplomats said.",
        ),
        # The Assembly's debate on the veto (named in the headline): its own development.
        item(
            "assembly",
            "General Assembly to meet on veto that ended Syria detention inquiry",
            "meeting",
            VOTE + timedelta(hours=5),
            text="The President of the General Assembly will convene members to debate the "
            "failure of the Council to renew the inquiry.",
        ),
        # A draft short of votes at the same meeting: it counts the ballots.
        item(
            "short",
            "Council turns down Moscow's draft on Syria detainees",
            "draft_resolution",
            VOTE + timedelta(hours=1),
            text="The Russian draft failed to win nine votes, with three votes in favour and six "
            "against; the Council was unable to agree on either text.",
        ),
    ]
    for other in others:
        veto, _, story = polled(vetoed(), released(), other)
        assert story.id != veto.id, other.item.alert_id


def test_a_run_reads_the_failure_of_the_kinds_a_reaction_is_misread_as() -> None:
    # The pipeline reads the failure key only for these kinds (a clause scan of every text
    # costs the poll): a meeting or a draft is read too, an outcome or other news is not.
    assert {"statement", "meeting", "draft_resolution"} <= FAILURE_READ
    assert FAILURE_READ.isdisjoint({"veto", "resolution_adopted", "other", "report"})
