"""A court's decision told by a lede whose subject is the court is `other` (the README's
convention for courts), in every language, even where the verb also means "condemns"
("La cour d'assises de Paris a condamné ... à la perpétuité", "La Audiencia Nacional
condenó ...", "Суд приговорил ..."); the court rule read only the headline before.

Written before the rule (session 15), from the blind part's counts (other read
statement in French, Spanish, German, Arabic). Still a statement: a rights group or a
government reacting to the verdict, its lede opening with the speaker.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Le tribunal de Paris condamne trois hauts responsables syriens",
            "La cour d'assises de Paris a condamné par contumace trois hauts responsables syriens"
            " à la perpétuité, a indiqué le parquet.",
        ),
        (
            "Tres altos cargos sirios condenados en Francia",
            "El tribunal de París condenó en ausencia a tres altos cargos sirios a cadena perpetua"
            " por complicidad en crímenes contra la humanidad.",
        ),
        (
            "Lebenslang für syrischen Arzt",
            "Das Oberlandesgericht Frankfurt verurteilte den syrischen Arzt am Donnerstag wegen"
            " Verbrechen gegen die Menschlichkeit zu lebenslanger Haft.",
        ),
        (
            "حكم بالسجن المؤبد على ضابط سوري سابق",
            "المحكمة الألمانية في كوبلنز قضت بالسجن المؤبد على ضابط سابق في المخابرات السورية.",
        ),
    ],
)
def test_court_lede_is_other(title: str, text: str) -> None:
    assert classify(title, text).type == "other"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Amnesty salue la condamnation de trois responsables syriens",
            "Amnesty International a salué la décision de la cour d'assises de Paris, qui a"
            " condamné trois hauts responsables syriens à la perpétuité.",
        ),
        (
            "Human Rights Watch welcomes Koblenz verdict",
            "Human Rights Watch said the court's life sentence for the former colonel was a"
            " milestone for Syrian survivors.",
        ),
    ],
)
def test_reaction_to_a_verdict_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"
