"""A Spanish adoption told with the participle or the plural: the members "aprobaron" the
text, the resolution "fue aprobada" or "adoptada" (session 25, issue 11: validation's
multilingual adoptions read `other`). The rule already read "aprueba", "aprobó", "adopta",
"adoptó" and "por unanimidad"; the forms it lacked are read the same way, and not when
negated ("no fue aprobada") or still ahead ("para ser aprobado", "podría ser adoptada").
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "El Consejo de Seguridad pide un alto el fuego de 30 días en Siria",
            "Los quince miembros aprobaron la resolución 2401 el sábado.",
        ),
        (
            "Nuevo mandato para la ayuda transfronteriza a Siria",
            "La resolución fue aprobada el lunes en el Consejo de Seguridad.",
        ),
        (
            "Consejo de Seguridad: resolución sobre las armas químicas sirias",
            "El texto, adoptado por los quince miembros, obliga a Damasco a destruir su arsenal.",
        ),
    ],
)
def test_spanish_participles_and_plurals_are_adoptions(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Rusia y China vetan la resolución sobre Siria",
            "El proyecto no fue aprobado por el veto de dos miembros permanentes.",
        ),
        (
            "Los Quince negocian un texto sobre la ayuda a Siria",
            "El borrador necesita nueve votos para ser aprobado; la votación no tiene fecha.",
        ),
    ],
)
def test_spanish_participles_negated_or_ahead_are_not_adoptions(title: str, text: str) -> None:
    assert classify(title, text).type != "resolution_adopted"
