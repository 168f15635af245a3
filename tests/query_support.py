"""A compiled query's subqueries, for the tests that check a node's shortcuts (``holds``,
``terms``) against ``evaluate`` on every part of the shipped demands."""

from __future__ import annotations

from collections.abc import Iterator

from demandwatch.core.query import And, Near, Node, Not, Or, Shared


def subqueries(node: Node) -> Iterator[Node]:
    """``node`` and every node below it, depth first."""
    yield node
    if isinstance(node, Shared):
        yield from subqueries(node.node)
    elif isinstance(node, Or | And):
        for child in node.children:
            yield from subqueries(child)
    elif isinstance(node, Not):
        yield from subqueries(node.child)
    elif isinstance(node, Near):
        yield from subqueries(node.left)
        yield from subqueries(node.right)
