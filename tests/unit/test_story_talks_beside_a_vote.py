"""A Council text's story and the statements made beside it (issue 11, the event model on:
stories-week, stories-multi-14, stories-busy-8). With each item's event read right, the
foreign ministers' talks in Moscow on the day of the veto, the President's interview calling
the attack a fabrication the next morning, and a deputy minister disputing the inspectors'
report while the permanent members negotiate the draft joined the vote's or the draft's
story: they share its matter, its day and its names, not the development. A statement that
names no vote, draft, resolution or failure is its own development; a reaction to the vote
names it, in any of the six languages, and still joins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from story_support import candidate, polled

VOTE = datetime(2026, 12, 2, 19, 0, tzinfo=UTC)
DEMAND = "accountability-investigations"


def veto() -> object:
    return candidate(
        "veto",
        "Russia vetoes Security Council draft demanding access for Khan Shaykhun inquiry",
        "veto",
        VOTE,
        demand=DEMAND,
        text="Russia cast its veto on draft S/2026/1420, which would have required Syria to "
        "give the chemical weapons inquiry access to the air base; ten members voted in "
        "favour, Russia and Bolivia against, three abstained.",
        symbols=("S/2026/1420",),
        tally="10-2-3",
        vetoers=frozenset({"Russian Federation"}),
    )


def negotiation() -> object:
    return candidate(
        "draft",
        "Permanent members begin talks on French draft on Khan Shaykhun chemical attack",
        "draft_resolution",
        VOTE - timedelta(days=1),
        demand=DEMAND,
        text="The five permanent members met on Monday to begin negotiating a French-drafted "
        "text on the Khan Shaykhun attack, diplomats said, with Russia resisting any "
        "reference to enforcement.",
    )


def test_ministers_talks_in_moscow_the_day_of_the_veto_are_their_own_story() -> None:
    talks = candidate(
        "talks",
        "Lavrov and Tillerson clash over Khan Shaykhun chemical attack at Moscow talks",
        "statement",
        VOTE + timedelta(hours=1),
        demand=DEMAND,
        text="Russian Foreign Minister Sergei Lavrov and US Secretary of State Rex Tillerson "
        "clashed over the Khan Shaykhun chemical attack at talks in Moscow, Lavrov insisting "
        "on an objective inquiry on the ground by the chemical weapons watchdog.",
    )
    first, second = polled(veto(), talks)  # type: ignore[arg-type]
    assert second.id != first.id


def test_an_interview_the_next_morning_naming_no_vote_is_its_own_story() -> None:
    interview = candidate(
        "interview",
        "Assad qualifie l'attaque chimique de Khan Cheikhoun de fabrication",
        "statement",
        VOTE + timedelta(hours=14),
        demand=DEMAND,
        text="Dans un entretien publié jeudi, le président syrien affirme que l'attaque "
        "chimique de Khan Cheikhoun est une fabrication et n'accepterait qu'une enquête "
        "impartiale.",
    )
    first, second = polled(veto(), interview)  # type: ignore[arg-type]
    assert second.id != first.id


def test_a_minister_disputing_the_report_is_not_the_draft_s_negotiation() -> None:
    disputes = candidate(
        "disputes",
        "Moscow disputes inspectors' report on Khan Shaykhun chemical attack",
        "statement",
        VOTE - timedelta(hours=20),
        demand=DEMAND,
        text="Russia's deputy foreign minister said the inspectors' report on the Khan "
        "Shaykhun chemical attack had been prepared selectively and was politicised.",
    )
    first, second = polled(negotiation(), disputes)  # type: ignore[arg-type]
    assert second.id != first.id


def test_a_reaction_naming_the_veto_still_joins_it() -> None:
    reaction = candidate(
        "reaction",
        "Foreign Secretary: Russia has chosen to side with Assad over Khan Shaykhun",
        "statement",
        VOTE + timedelta(hours=2),
        demand=DEMAND,
        text="By blocking the Security Council once again, Russia has chosen to stand with "
        "the Assad regime rather than help find out who used chemical weapons in Khan "
        "Shaykhun, the Foreign Secretary said.",
    )
    first, second = polled(veto(), reaction)  # type: ignore[arg-type]
    assert second.id == first.id


def test_a_spanish_reaction_naming_the_blocked_council_still_joins_it() -> None:
    """ "El bloqueo" names the failure as "blocking" does: the reaction of the next morning
    is the veto's story (stories-cross, x-es-gov-2012-07-20-reaccion)."""
    reaction = candidate(
        "reaccion",
        "El Gobierno lamenta el bloqueo en el Consejo de Seguridad sobre Khan Shaykhun",
        "statement",
        VOTE + timedelta(hours=14),
        demand=DEMAND,
        text="El Ministerio de Asuntos Exteriores lamentó que Rusia haya impedido de nuevo una "
        "respuesta firme del Consejo de Seguridad al ataque químico de Khan Shaykhun.",
    )
    first, second = polled(veto(), reaction)  # type: ignore[arg-type]
    assert second.id == first.id
