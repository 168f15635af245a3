"""The General Assembly's President convening the debate a veto calls for (resolution 76/262)
belongs to the veto's thread (README of tests/eval); the debate, reported on its own day, is
a development of its own. The notice names the draft and the day of the debate still ahead:
read as that meeting's day, it parted the notice from the veto (stories-busy-7)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from story_support import candidate, polled

VETOED = datetime(2026, 11, 3, 16, 30, tzinfo=UTC)


def veto() -> object:
    return candidate(
        "veto",
        "Security Council fails to adopt Syria monitors draft, owing to negative vote of "
        "Russian Federation",
        "veto",
        VETOED,
        demand="stop-veto-obstruction",
        text="The Security Council today failed to adopt draft resolution S/2026/1502, which "
        "would have demanded access for human rights monitors to detention sites in Syria. "
        "The vote was 13 in favour, 1 against (Russian Federation), 1 abstention (China).",
        symbols=("S/2026/1502", "SC/17240"),
        tally="13-1-1",
        vetoers=frozenset({"Russian Federation"}),
    )


def notice(symbol: str, *, french: bool = False) -> object:
    if french:
        title = "Le Président de l'Assemblée générale convoque un débat sur le veto"
        text = (
            "Conformément à la résolution 76/262, le Président de l'Assemblée générale "
            f"convoquera le 12 novembre une séance plénière sur le veto opposé au projet de "
            f"résolution {symbol}."
        )
    else:
        title = "President of General Assembly to convene debate on veto of Syria monitors draft"
        text = (
            "In accordance with resolution 76/262, the President of the General Assembly will "
            f"convene a plenary meeting on 12 November on the veto cast on draft resolution "
            f"{symbol}."
        )
    return candidate(
        "notice",
        title,
        "meeting",
        VETOED + timedelta(hours=22),
        demand="stop-veto-obstruction",
        text=text,
        symbols=(symbol,),
        vote_date=date(2026, 11, 12),
    )


def test_the_notice_convening_the_assembly_s_debate_on_the_veto_joins_the_veto() -> None:
    first, second = polled(veto(), notice("S/2026/1502"))  # type: ignore[arg-type]
    assert second.id == first.id
    assert second.event == "veto"


def test_a_french_notice_convening_the_debate_joins_the_veto() -> None:
    first, second = polled(veto(), notice("S/2026/1502", french=True))  # type: ignore[arg-type]
    assert second.id == first.id


def test_a_notice_convening_a_debate_on_another_draft_stays_apart() -> None:
    first, second = polled(veto(), notice("S/2026/1490"))  # type: ignore[arg-type]
    assert second.id != first.id


def test_the_debate_reported_on_its_day_is_its_own_development() -> None:
    """The near miss: the Assembly's debate itself, reported on its day (brought forward to
    the 6th), names the draft too, and is another development."""
    debate = candidate(
        "debate",
        "General Assembly debates Russian veto of Syria monitors draft",
        "meeting",
        datetime(2026, 11, 6, 20, 0, tzinfo=UTC),
        demand="stop-veto-obstruction",
        text="Meeting under resolution 76/262, the General Assembly today heard speakers "
        "criticise the veto cast on draft resolution S/2026/1502.",
        symbols=("S/2026/1502",),
        vote_date=date(2026, 11, 6),
    )
    first, _, third = polled(veto(), notice("S/2026/1502"), debate)  # type: ignore[arg-type]
    assert third.id != first.id
