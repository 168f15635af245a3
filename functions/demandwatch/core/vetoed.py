"""Demands an item meets by its event: a veto the event rules read, by a member a demand
names (``on_veto_by``), on an item inside the demand's campaign context.

A demand against obstruction at the Council is, by its definition, about every veto its
campaign's file suffers, whatever words a wire, a paper or a voting record tells it in
("struck down", "scuttle", "died on the votes", "N: China, Russian Federation"). The event
rules already read those; the demand's query, which cannot list every way of telling a
veto, need not. The campaign's context keeps other files' vetoes out (a Gaza or Ukraine
veto naming Syria in passing), and the members named keep out a Western veto of a
Russian rival text. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from demandwatch.core.models import Demand, Event, Match
from demandwatch.core.query import Query, compile_query
from demandwatch.core.text import fold

__all__ = ["MEMBER_NAMES", "member_query", "veto_matches"]

# How an item names each permanent member (by name, capital, adjective or envoy) in the
# six languages: an item naming none of a demand's members cannot be read as their veto,
# so it is not classified for it (the event rules cost a thousand times a context test).
# Generous: a name too many only classifies an item more.
MEMBER_NAMES: dict[str, str] = {
    "Russian Federation": (
        "Russia* OR Moscow OR Kremlin OR Nebenzia OR Nebenzya OR Churkin OR Safronkov"
        " OR Polyanskiy OR Polyansky OR Lavrov OR Russie OR russe OR russes OR Moscou"
        " OR Rusia OR ruso OR rusa OR rusos OR Moscú OR Russland OR russisch* OR Moskau"
        " OR Kreml OR Росси* OR российск* OR Москв* OR Кремл* OR Небенз* OR روسيا OR موسكو"
        " OR الروسي OR الروسية OR الكرملين"
    ),
    "China": (
        "China OR Chinese OR Beijing OR Chine OR chinois OR chinoise OR Pékin OR chino"
        " OR chinos OR Pekín OR chinesisch* OR Peking OR Китай* OR китайск* OR Пекин*"
        " OR الصين OR بكين OR الصيني OR الصينية"
    ),
    "France": "France OR French OR Paris OR français* OR Francia OR francés OR Frankreich OR Франци* OR فرنسا",
    "United Kingdom": (
        'Britain OR British OR London OR UK OR "United Kingdom" OR Royaume-Uni OR Londres'
        ' OR "Reino Unido" OR Großbritannien OR Briten OR Великобритани* OR Лондон* OR بريطانيا'
    ),
    "United States": (
        '"United States" OR U.S. OR USA OR Washington OR American OR Americans'
        ' OR "États-Unis" OR "Estados Unidos" OR USA OR "Vereinigten Staaten" OR США'
        ' OR Вашингтон* OR "الولايات المتحدة" OR واشنطن'
    ),
}


def member_query(members: Iterable[str]) -> Query:
    """A query that holds where an item names one of ``members`` (see :data:`MEMBER_NAMES`)."""
    return compile_query(" OR ".join(f"({MEMBER_NAMES[m]})" for m in sorted(members)))


# A headline dating other news by a veto ("Tillerson leaves Moscow with no deal, a day
# after Russian veto"): the README's passing mention, whatever the event rules read.
_DATED_BY_VETO = re.compile(
    r"(?:^|[,:;]\s*)(?:[\w-]+\s+){0,3}(?:after|since|following)\s+(?:[\w'-]+\s+){0,4}"
    r"(?:vetoe?s?|vetoed|vetoing|failed vote|no vote)\b"
)

# A headline on the Human Rights Council: its recorded votes ("Russia and China voted
# against") are no veto, whatever the event rules read. In Russian in any case and as СПЧ
# ("против резолюции Совета по правам человека", "в Совете ООН по правам человека", "резолюции
# СПЧ"): a vote against is told of the Council's text, in the genitive (session 50, w2).
_RIGHTS_COUNCIL = re.compile(
    r"human rights council|conseil des droits de l'homme|consejo de derechos humanos"
    r"|menschenrechtsrat|совет[а-я]*(?: оон)? по правам человека|(?<![а-я])спч(?![а-я])"
    r"|مجلس حقوق الانسان"
)


def veto_matches(event: Event, watched: Sequence[Demand], title: str = "") -> list[Match]:
    """The ``watched`` demands (unmatched by their query, their context holding: see
    :meth:`~demandwatch.core.matching.Matcher.veto_watch`) that ``event`` meets: a veto
    cast by one of the members a demand names, unless the headline (``title``) only dates
    other news by it or is the Human Rights Council's. The why line says so ("veto", the member)."""
    folded = fold(title)
    if event.type != "veto" or _DATED_BY_VETO.search(folded) or _RIGHTS_COUNCIL.search(folded):
        return []
    found: list[Match] = []
    for demand in watched:
        members = event.vetoers & demand.on_veto_by
        if members:
            found.append(Match(demand_id=demand.id, terms=("veto", *sorted(members))))
    return found
