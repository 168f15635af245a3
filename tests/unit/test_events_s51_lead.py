"""A numbered resolution told alone as the news is its adoption only where the Council can have
adopted that number lately (session 51, the lead, after the session's review): resolution 2254
is named in Syria news every year since December 2015, and an item of 2024 asking what it says,
or telling it eight years stalled, reports no adoption. Also the French reactions to a text
("rejette", "saboter", "rappelle", "que prévoit"), which the French rule read as its adoption.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.events import classify


def _on(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # a text the news cites, years after its adoption (each read an adoption before)
        ("Syrie : que prévoit la résolution 2254 ?", "2024-05-02"),
        ("Résolution 2254 : huit ans d'impasse", "2024-05-02"),
        ("Genève : la résolution 2254 au coeur des discussions", "2024-05-02"),
        ("What does resolution 2254 say?", "2024-05-02"),
        ("Resolution 2504 keeps two crossings open", "2021-01-11"),
        # a reaction to the text, in its own weeks
        ("Ghouta : la Russie accuse les rebelles de saboter la résolution 2401", "2018-03-02"),
        ("Damas rejette la résolution 2254 et le processus de Genève", "2015-12-21"),
        ("Syrie : Pedersen rappelle la résolution 2254", "2015-12-21"),
    ],
)
def test_a_resolution_the_news_cites_is_no_adoption(title: str, day: str) -> None:
    assert classify(title, "", published=_on(day)).type == "other"


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the text told as the news, in its days
        (
            "Résolution 2165 : les convois de l'ONU pourront franchir quatre points de passage",
            "2014-07-15",
        ),
        ("Résolution 2401 : trente jours de trêve exigés en Syrie", "2018-02-25"),
        (
            "Resolution 2585 (2021) keeps the Bab al-Hawa crossing open for another six months",
            "2021-07-09",
        ),
        ("Resolution 2504 keeps two crossings open", "2020-01-11"),
        # December's text told in early January
        ("Resolution 2336 backs the Syria truce", "2017-01-02"),
    ],
)
def test_a_resolution_told_in_its_days_is_its_adoption(title: str, day: str) -> None:
    assert classify(title, "", published=_on(day)).type == "resolution_adopted"


def test_without_a_date_the_number_is_not_judged() -> None:
    assert classify("Resolution 2254 sets out a political transition").type == "resolution_adopted"
