"""A veto only expected or threatened, told as a noun, beside a vote the headline sets for a
day: the vote is the news, not a veto (session 43, ml-vetoexpected-s43). A veto read there
pages the on-call responder for a vote that has not happened.

Written after ml-vetoexpected-s43 was committed with its first reading, from validation
11-41's counts (multilingual items read `veto` whose gold event is `vote_scheduled`: 12, every
headline naming a vote, a day and the veto); the sentences are the engineer's own. With no
vote set in the headline the threat is the draft's news; a veto expected and then cast ("ihr
erwartetes Veto einlegen", "como se esperaba, Rusia vetó") stays a veto.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    "title",
    [
        "Syrie : vote mercredi au Conseil de sécurité sur le cessez-le-feu, un veto russe attendu",
        "Syrie : le Conseil votera lundi sur la trêve d'Alep malgré la menace d'un veto",
        "Siria: el Consejo de Seguridad votará el jueves la tregua pese a la amenaza de veto ruso",
        "مجلس الأمن يصوت غدا على مشروع قرار الهدنة وسط توقعات بفيتو روسي",
        "Syrien: Abstimmung am Montag über die Waffenruhe, russisches Veto erwartet",
    ],
)
def test_a_vote_set_for_a_day_with_a_veto_expected_is_the_vote(title: str) -> None:
    event = classify(title, "")
    assert event.type == "vote_scheduled"
    assert not event.vetoers


@pytest.mark.parametrize(
    "title",
    [
        "Syrie : menace d'un veto russe sur le projet de trêve",
        "Siria: la amenaza de veto ruso pesa sobre el borrador de tregua",
    ],
)
def test_a_veto_threatened_with_no_vote_set_is_the_draft(title: str) -> None:
    assert classify(title, "").type == "draft_resolution"


@pytest.mark.parametrize(
    ("title", "vetoers"),
    [
        (
            "Syrien: Russland und China legen bei der Abstimmung am Montag ihr erwartetes Veto ein",
            ["China", "Russian Federation"],
        ),
        (
            "Syrie : au vote mercredi, la Russie oppose son veto attendu au texte sur la trêve",
            ["Russian Federation"],
        ),
        (
            "روسيا تستخدم الفيتو في تصويت الأربعاء على مشروع قرار الهدنة كما كان متوقعا",
            ["Russian Federation"],
        ),
    ],
)
def test_a_veto_expected_and_cast_is_a_veto(title: str, vetoers: list[str]) -> None:
    event = classify(title, "")
    assert event.type == "veto"
    assert sorted(event.vetoers) == vetoers
