"""Statements on one subject in a week without a Council vote (issue 11, stories-busy-s36).
A week of claims, denials, letters and calls on chemical weapons, by many governments and the
UN, chained into a few big stories on the subject's words (validation's busy weeks: 91 of 124
wrongly joined pairs sat in stories holding no vote). Two keys keep the developments apart
while a development's own coverage still joins:

- a story a statement opened, holding no Council text, takes what follows within 20 hours
  (``stories._CALL_SPAN``): the call's wire, its release, other languages the next morning;
  the same subject later is the next day's news;
- a statement sharing with a story in its own language little beyond the subject's words
  (weapons, gas, inquiry, access: ``stories._SUBJECT``) is another speaker on the subject; in
  another language those words are what coverage of one development shares, and still join."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

CALL = datetime(2028, 10, 9, 9, 30, tzinfo=UTC)
ACCESS = "monitor-access"


def berlin_call(at: datetime = CALL) -> Candidate:
    return candidate(
        "berlin",
        "Germany urges Damascus to let OPCW inspectors reach Talmenes",
        "statement",
        at,
        demand=ACCESS,
        text="Germany's foreign office called on the Syrian government to let inspectors of "
        "the chemical weapons watchdog reach Talmenes, where residents describe a chlorine "
        "attack on 2 October, and to hand over the flight logs of the 63rd helicopter brigade.",
    )


def test_the_next_days_statement_on_the_subject_is_its_own_story() -> None:
    # Stockholm's call a day later shares the weapons, the inspectors, the access and the
    # town: the subject, not Berlin's call.
    stockholm = candidate(
        "stockholm",
        "Sweden calls for chemical weapons inspectors to be given access to Talmenes",
        "statement",
        CALL + timedelta(hours=23),
        demand=ACCESS,
        text="Sweden's foreign minister said inspectors of the chemical weapons watchdog must "
        "be given access to Talmenes and other sites of alleged chlorine attacks without delay.",
    )
    first, second = polled(berlin_call(), stockholm)
    assert second.id != first.id


def test_the_calls_coverage_the_next_morning_still_joins_it() -> None:
    paper = candidate(
        "paper",
        "Berlin fordert Zugang für OPCW-Inspekteure nach Talmenes",
        "statement",
        CALL + timedelta(hours=19),
        demand=ACCESS,
        text="Das Auswärtige Amt verlangt, dass Inspekteure der OPCW Talmenes erreichen dürfen, "
        "wo Bewohner einen Chlorangriff vom 2. Oktober schildern, und fordert die Flugbücher "
        "der 63. Hubschrauberbrigade.",
    )
    first, second = polled(berlin_call(), paper)
    assert second.id == first.id


def test_an_attacks_reactions_the_next_day_still_join_it() -> None:
    # Opened by the attack itself (other news), not by a statement: reacted to for a day and
    # a half, as before.
    attack = candidate(
        "attack",
        "Residents of Talmenes describe chlorine attack by helicopter",
        "other",
        CALL,
        demand=ACCESS,
        text="Residents of Talmenes said a helicopter of the 63rd brigade dropped two chlorine "
        "barrels on the town on Monday; doctors treated 31 people. Inspectors have not been "
        "given access to the town.",
    )
    reaction = candidate(
        "reaction",
        "Rights group: chlorine barrels dropped on Talmenes by 63rd brigade helicopter",
        "statement",
        CALL + timedelta(hours=24),
        demand=ACCESS,
        text="The two chlorine barrels dropped on Talmenes on Monday, which sickened 31 people, "
        "came from a helicopter of the 63rd brigade, the rights group said, urging access for "
        "inspectors.",
    )
    first, second = polled(attack, reaction)
    assert second.id == first.id


def test_another_speaker_the_same_day_sharing_only_the_subject_is_apart() -> None:
    # The UN's disarmament chief, two hours after Berlin, on the inspectors and their access
    # in general: the subject's words, and nothing of Berlin's call.
    chief = candidate(
        "chief",
        "Chemical weapons inspectors still denied access in Syria, UN disarmament chief says",
        "statement",
        CALL + timedelta(hours=2),
        demand=ACCESS,
        text="The UN's disarmament chief said inspectors investigating alleged chemical "
        "attacks were still denied access, and that the investigation could not go on "
        "without it.",
    )
    first, second = polled(berlin_call(), chief)
    assert second.id != first.id


def test_a_wire_retelling_the_call_in_its_language_still_joins_it() -> None:
    wire = candidate(
        "wire",
        "Germany presses Syria over Talmenes chlorine attack, seeks helicopter logs",
        "statement",
        CALL + timedelta(hours=2),
        demand=ACCESS,
        text="Germany asked Damascus on Monday to hand over the flight logs of its 63rd "
        "helicopter brigade and to let inspectors reach Talmenes, the foreign office said.",
    )
    first, second = polled(berlin_call(), wire)
    assert second.id == first.id


def test_the_call_in_another_language_on_the_subjects_words_still_joins_it() -> None:
    # The Secretary-General's call and UN News in Russian an hour later: across languages
    # they share only the concepts that cross them, the subject's (the weapons, the
    # inspectors, the access); the story holds no Russian item, so that is enough.
    call = candidate(
        "sg",
        "Secretary-General urges Syrian authorities to admit chemical weapons inspectors",
        "statement",
        CALL,
        demand=ACCESS,
        text="The Secretary-General urged the Syrian authorities to grant the inspectors "
        "access without conditions so the investigation can begin.",
    )
    russian = candidate(
        "ru",
        "Генсек ООН призвал допустить инспекторов по химическому оружию",
        "statement",
        CALL + timedelta(hours=1),
        demand=ACCESS,
        text="Генеральный секретарь ООН призвал сирийские власти предоставить инспекторам "
        "доступ без условий, чтобы расследование могло начаться.",
    )
    first, second = polled(call, russian)
    assert second.id == first.id


def test_the_calls_release_reposted_days_later_still_joins_it() -> None:
    # ReliefWeb carrying the release under its own headline, credited, 40 hours on: the
    # release's development however late (``stories._repeats_headline``).
    repost = candidate(
        "repost",
        "Germany urges Damascus to let OPCW inspectors reach Talmenes (Federal Foreign Office)",
        "statement",
        CALL + timedelta(hours=40),
        demand=ACCESS,
        text="Germany's foreign office called on the Syrian government to let inspectors of "
        "the chemical weapons watchdog reach Talmenes.",
    )
    first, second = polled(berlin_call(), repost)
    assert second.id == first.id
