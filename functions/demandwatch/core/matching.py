"""Matching items against demands: each demand's query, AND its campaign's context."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from demandwatch.core.models import Demand, Match
from demandwatch.core.query import Document, Query, compile_query


@dataclass(frozen=True)
class CompiledDemand:
    demand: Demand
    query: Query
    context: Query | None


class Matcher:
    """Demands compiled once per run; :meth:`match` is pure and cheap per item."""

    def __init__(self, demands: Iterable[tuple[Demand, str | None]]) -> None:
        contexts: dict[str, Query] = {}
        compiled: list[CompiledDemand] = []
        for demand, context in demands:
            context_query = None
            if context:
                context_query = contexts.get(context) or compile_query(context)
                contexts[context] = context_query
            compiled.append(CompiledDemand(demand, compile_query(demand.query), context_query))
        self.demands = tuple(compiled)

    def match(self, title: str, text: str = "", *, active_only: bool = False) -> list[Match]:
        """Demands the item matches, each with the query terms that fired (demand's first)."""
        doc = Document(title, text)
        context_results = {}
        matches: list[Match] = []
        for entry in self.demands:
            if active_only and entry.demand.status != "active":
                continue
            context_terms: frozenset[str] = frozenset()
            if entry.context is not None:
                key = id(entry.context)
                if key not in context_results:
                    context_results[key] = entry.context.evaluate(doc)
                context_result = context_results[key]
                if not context_result.matched:
                    continue
                context_terms = context_result.terms
            result = entry.query.evaluate(doc)
            if not result.matched:
                continue
            terms = sorted(result.terms) + sorted(context_terms - result.terms)
            matches.append(Match(demand_id=entry.demand.id, terms=tuple(terms)))
        return matches
