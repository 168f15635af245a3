"""Assets frozen told with the verb that also tells a blocked draft (issue 11, session 42,
ml-freezes-s42): "Washington bloquea los activos", "Paris bloque les avoirs", "USA
blockieren Konten" freeze them, a government's act, not that member's veto at the Council. A
permanent member blocking a draft, sanctions, or a freeze at the Council is still its veto.
Wording here differs from the tuning set's.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    "title",
    [
        "Estados Unidos bloquea los fondos de la familia Asad",
        "Francia bloquea las cuentas de tres generales sirios",
        "Paris bloque les avoirs de deux cousins de Bachar al-Assad",
        "Londres bloque les fonds de la banque commerciale syrienne",
        "USA blockieren Konten syrischer Minister",
        "Russland blockiert Guthaben westlicher Firmen",
    ],
)
def test_assets_blocked_are_not_a_veto(title: str) -> None:
    event = classify(title, "")
    assert event.type != "veto"
    assert not event.vetoers


@pytest.mark.parametrize(
    ("title", "vetoers"),
    [
        (
            "Rusia bloquea la resolución sobre Siria en el Consejo de Seguridad",
            {"Russian Federation"},
        ),
        (
            "Rusia y China bloquean las sanciones de la ONU contra Siria",
            {"China", "Russian Federation"},
        ),
        (
            "Moscou et Pékin bloquent le gel des avoirs des généraux syriens",
            {"China", "Russian Federation"},
        ),
        ("Russland blockiert UN-Resolution zu Syrien", {"Russian Federation"}),
    ],
)
def test_a_draft_or_sanctions_blocked_stay_a_veto(title: str, vetoers: set[str]) -> None:
    event = classify(title, "")
    assert event.type == "veto"
    assert set(event.vetoers) == vetoers
