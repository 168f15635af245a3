"""Reactions to an adoption (blind part 13, aggregated: an aid group's statement on the day of
an adoption was six times kept apart from the wire's report of it). A reaction names the
Council or its text and says what it thinks of the decision in words of its own ("a
lifeline", "not enough"), seldom the vote; on the day of the one adoption the clusterer holds,
sharing a demand with it, it is that adoption's, as a reaction naming the veto is the veto's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from story_support import candidate, polled

FRIDAY = datetime(2026, 7, 10, 17, 0, tzinfo=UTC)


def renewal(symbols: tuple[str, ...] = ()) -> object:
    return candidate(
        "wire",
        "U.N. Security Council renews Syria cross-border aid for six months",
        "resolution_adopted",
        FRIDAY,
        demand="monitor-access",
        text="The U.N. Security Council on Friday unanimously renewed authorization for aid "
        "deliveries into northwest Syria from Turkey through the Bab al-Hawa crossing for "
        "another six months, adopting a resolution drafted by Ireland and Norway.",
        symbols=symbols,
        tally="15-0-0",
    )


def reaction(alert: str, title: str, text: str, *, demand: str = "monitor-access") -> object:
    return candidate(
        alert, title, "statement", FRIDAY + timedelta(hours=4), demand=demand, text=text
    )


SPANISH = (
    "ONG celebran la renovación del mecanismo de ayuda a Siria",
    "Las organizaciones humanitarias celebraron la decisión del Consejo de Seguridad de "
    "renovar por seis meses la entrega de ayuda transfronteriza a través de Bab al Hawa.",
)
GERMAN = (
    "Hilfswerke: Verlängerung der Grenzhilfe für Syrien reicht nicht",
    "Die Entscheidung des Sicherheitsrates, die Hilfslieferungen über Bab al-Hawa um sechs "
    "Monate zu verlängern, sichere das Überleben von Millionen, doch brauche es eine längere "
    "Frist, erklärten die Hilfswerke.",
)


def test_a_spanish_aid_group_s_welcome_of_the_renewal_joins_the_adoption() -> None:
    first, second = polled(renewal(), reaction("es", *SPANISH))  # type: ignore[arg-type]
    assert second.id == first.id
    assert second.event == "resolution_adopted"


def test_a_german_aid_group_s_reaction_the_next_morning_joins_the_adoption() -> None:
    morning = candidate(
        "de",
        *GERMAN[:1],
        "statement",
        FRIDAY + timedelta(hours=17),  # 10:00 UTC on Saturday, before the Council meets
        demand="monitor-access",
        text=GERMAN[1],
    )
    first, second = polled(renewal(), morning)  # type: ignore[arg-type]
    assert second.id == first.id


def test_a_call_that_day_on_another_demand_stays_apart() -> None:
    """The near miss: the High Commissioner urging the Council to refer Syria to the ICC the
    evening the aid renewal is adopted names the Council, not the renewal."""
    call = reaction(
        "icc",
        "High Commissioner urges Security Council to refer Syria to the ICC",
        "The High Commissioner for Human Rights today urged the Security Council to refer the "
        "situation in Syria to the International Criminal Court, saying impunity for torture "
        "in detention must end.",
        demand="icc-referral",
    )
    first, second = polled(renewal(), call)  # type: ignore[arg-type]
    assert second.id != first.id


def test_with_two_adoptions_that_day_the_day_does_not_say_which() -> None:
    """The near miss: the arms embargo adopted the same afternoon as the renewal; the
    Spanish welcome of the renewal, sharing a demand with both and few words with either,
    is not drawn to the first by the day."""
    embargo = candidate(
        "embargo",
        "Security Council imposes arms embargo on Syria",
        "resolution_adopted",
        FRIDAY - timedelta(hours=1),
        demand="monitor-access",
        text="The Security Council adopted resolution 2820 (2026) imposing an arms embargo on "
        "Syria and demanding access for monitors to verify it.",
        symbols=("S/RES/2820 (2026)",),
        tally="13-0-2",
    )
    first, second, third = polled(
        embargo,  # type: ignore[arg-type]
        renewal(("S/RES/2821 (2026)",)),  # type: ignore[arg-type]
        reaction("es", *SPANISH),  # type: ignore[arg-type]
    )
    assert second.id != first.id
    assert third.id != first.id
