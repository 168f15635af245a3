"""A Council outcome and the calls made before it (probe s14 J5: the High Commissioner's call
for monitors' access, and the veto of a draft on that access an hour later, were one story,
whose message was re-headed "P1 Veto (was: statement)" over the High Commissioner's words).
A call that names no vote is its own development; a reaction posted before the report of the
vote names the vote, and still joins it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from story_support import candidate, polled

EVENING = datetime(2026, 12, 1, 22, 0, tzinfo=UTC)


def veto(at: datetime = EVENING + timedelta(hours=1)) -> object:
    return candidate(
        "veto",
        "Security Council fails to adopt Syria monitors draft S/2026/1311 owing to negative "
        "vote of Russian Federation",
        "veto",
        at,
        demand="monitor-access",
        text="Draft S/2026/1311 on unfettered access for human rights monitors to detention "
        "centres in Syria received 14 votes in favour, 1 against (Russian Federation).",
        symbols=("S/2026/1311",),
        tally="14-1-0",
        vetoers=frozenset({"Russian Federation"}),
    )


def test_a_veto_does_not_join_the_high_commissioner_s_earlier_call() -> None:
    call = candidate(
        "call",
        "High Commissioner urges unfettered access for human rights monitors in Syrian "
        "detention centres",
        "statement",
        EVENING,
        demand="monitor-access",
        text="The UN High Commissioner for Human Rights today called on the Syrian authorities "
        "to grant independent human rights monitors full and unfettered access to all places "
        "of detention.",
    )
    first, second = polled(call, veto())  # type: ignore[arg-type]
    assert second.id != first.id
    assert first.event == "statement"


def test_an_adoption_does_not_join_a_french_call_for_access_made_that_morning() -> None:
    call = candidate(
        "appel",
        "Le Secrétaire général appelle à un accès humanitaire sans entrave dans le nord-ouest "
        "de la Syrie",
        "statement",
        EVENING - timedelta(hours=8),
        demand="monitor-access",
        text="Le Secrétaire général a appelé toutes les parties à garantir un accès "
        "humanitaire sans entrave et la présence d'observateurs dans le nord-ouest de la Syrie.",
    )
    adopted = candidate(
        "adopte",
        "Syrie : le Conseil de sécurité garantit l'accès humanitaire et des observateurs dans "
        "le nord-ouest",
        "resolution_adopted",
        EVENING,
        demand="monitor-access",
        text="Le Conseil a adopté à l'unanimité la résolution 2812 (2026), qui garantit l'accès "
        "humanitaire sans entrave et la présence d'observateurs dans le nord-ouest de la Syrie.",
        symbols=("S/RES/2812 (2026)",),
        tally="15-0-0",
    )
    first, second = polled(call, adopted)  # type: ignore[arg-type]
    assert second.id != first.id


def test_a_reaction_posted_before_the_report_of_the_veto_still_joins_it() -> None:
    """The near miss: the rights group's reaction names the veto, and is the veto's story
    though the release of the vote comes after it."""
    reaction = candidate(
        "reaction",
        "Russia's veto of Syria monitors text betrays the detained, says rights group",
        "statement",
        EVENING + timedelta(minutes=50),
        demand="monitor-access",
        text="Russia's veto tonight of the Security Council draft on access for human rights "
        "monitors to Syrian detention centres betrays thousands of detainees and their "
        "families, the group said.",
    )
    first, second = polled(reaction, veto())  # type: ignore[arg-type]
    assert second.id == first.id
    assert second.event == "veto"


def test_an_arabic_welcome_of_the_adoption_posted_before_its_report_still_joins_it() -> None:
    welcome = candidate(
        "welcome",
        "منظمة حقوقية ترحب باعتماد قرار مجلس الأمن بشأن وصول المراقبين في سوريا",
        "statement",
        EVENING - timedelta(minutes=20),
        demand="monitor-access",
        text="رحبت المنظمة باعتماد مجلس الأمن قرارا يضمن وصول المراقبين إلى مراكز الاحتجاز في "
        "سوريا.",
    )
    adopted = candidate(
        "adopted",
        "مجلس الأمن يعتمد قرارا بشأن وصول المراقبين إلى مراكز الاحتجاز في سوريا",
        "resolution_adopted",
        EVENING,
        demand="monitor-access",
        text="اعتمد مجلس الأمن بالإجماع القرار 2813 (2026) الذي يضمن وصول المراقبين إلى مراكز "
        "الاحتجاز في سوريا.",
        symbols=("S/RES/2813 (2026)",),
        tally="15-0-0",
    )
    first, second = polled(welcome, adopted)  # type: ignore[arg-type]
    assert second.id == first.id


def access_call(at: datetime = EVENING - timedelta(hours=6)) -> object:
    return candidate(
        "call",
        "UN rights chief urges unfettered access for human rights monitors in Syrian detention "
        "centres",
        "statement",
        at,
        demand="monitor-access",
        text="The UN High Commissioner for Human Rights today called on the Syrian authorities "
        "to let independent human rights monitors into all places of detention.",
    )


def test_a_vote_announced_on_a_named_draft_does_not_join_the_morning_s_call() -> None:
    """Probe s16 L6: the notice was a quiet reply "+ P2 Vote scheduled" under the High
    Commissioner's statement, and the veto that followed would have re-headed her message."""
    notice = candidate(
        "notice",
        "Security Council to vote this afternoon on Syria monitors access draft S/2026/4103",
        "vote_scheduled",
        EVENING - timedelta(hours=2),
        demand="monitor-access",
        text="The Council will vote this afternoon on draft S/2026/4103, which would demand "
        "unfettered access for human rights monitors to detention centres in Syria.",
        symbols=("S/2026/4103",),
        vote_date=EVENING.date(),
    )
    first, second = polled(access_call(), notice)  # type: ignore[arg-type]
    assert second.id != first.id
    assert first.event == "statement"
    # Nor a preview in Spanish that gives no symbol.
    preview = candidate(
        "preview",
        "El Consejo de Seguridad votará esta tarde el acceso de observadores a los centros de "
        "detención en Siria",
        "vote_scheduled",
        EVENING - timedelta(hours=2),
        demand="monitor-access",
        text="Los quince miembros votarán un texto que exige acceso sin trabas de los "
        "observadores de derechos humanos a los centros de detención sirios.",
        vote_date=EVENING.date(),
    )
    first, second = polled(access_call(), preview)  # type: ignore[arg-type]
    assert second.id != first.id


def test_a_vote_announced_joins_a_call_that_names_the_vote() -> None:
    """The near miss: a call urging members to vote for the draft is news of that vote."""
    urging = candidate(
        "urging",
        "Rights groups urge Council members to vote for Syria monitors access draft",
        "statement",
        EVENING - timedelta(hours=6),
        demand="monitor-access",
        text="Rights groups urged the fifteen members to vote today for the draft demanding "
        "unfettered access for human rights monitors to Syrian detention centres.",
    )
    notice = candidate(
        "notice",
        "Security Council to vote this afternoon on Syria monitors access draft",
        "vote_scheduled",
        EVENING - timedelta(hours=2),
        demand="monitor-access",
        text="The Council will vote this afternoon on the draft demanding unfettered access for "
        "human rights monitors to detention centres in Syria.",
        vote_date=EVENING.date(),
    )
    first, second = polled(urging, notice)  # type: ignore[arg-type]
    assert second.id == first.id
