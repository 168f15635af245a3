"""A veto told in the pluperfect in German, French or Spanish ("Russland hatte im Juli sein
Veto eingelegt", "La Russie avait opposé son veto en juillet", "Rusia había vetado ...") is
history before the news, as English "had vetoed" is: under a headline announcing the next
vote, the item is that vote ahead. The same veto in the perfect or the simple past ("hat am
Dienstag sein Veto eingelegt", "a opposé mardi son veto", "vetó el martes") is the news.

Written before the rule (session 16), the engineer's own sentences, from the blind part's
counts (multilingual: votes ahead read as vetoes in Spanish and Arabic); 1 of the 6 failed
before (the German; the French and Spanish were read right by other rules).
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Sicherheitsrat stimmt am Dienstag über Syrien-Hilfe ab",
            "Russland hatte im Juli sein Veto gegen eine Verlängerung eingelegt.",
            "vote_scheduled",
        ),
        (
            "Le Conseil de sécurité votera mardi sur l'aide transfrontalière",
            "La Russie avait opposé son veto en juillet à une prolongation d'un an.",
            "vote_scheduled",
        ),
        (
            "El Consejo de Seguridad votará el martes la ayuda a Siria",
            "Rusia había vetado en julio una prórroga de un año.",
            "vote_scheduled",
        ),
        (
            "Russland blockiert Syrien-Hilfe",
            "Russland hat am Dienstag im Sicherheitsrat sein Veto gegen die Verlängerung "
            "eingelegt.",
            "veto",
        ),
        (
            "Veto russe à l'ONU",
            "La Russie a opposé mardi son veto à la prolongation de l'aide transfrontalière.",
            "veto",
        ),
        (
            "Rusia veta la ayuda a Siria",
            "Rusia vetó el martes la prórroga de la ayuda transfronteriza.",
            "veto",
        ),
    ],
)
def test_a_pluperfect_veto_is_history(title: str, text: str, expected: str) -> None:
    assert classify(title, text).type == expected
