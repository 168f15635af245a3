"""``near_spans`` (one sweep over both sides, issue 13) gives what its definition gives,
read pair by pair: each occurrence joined with the other side's occurrence before it with
the latest end (the first such in order), and with the first one starting after it, where
the gap is at most the distance; the joined spans in the order the sweep makes them."""

from __future__ import annotations

import random

from demandwatch.core.query import Span, near_spans


def _reference(left: list[Span], right: list[Span], distance: int) -> tuple[Span, ...]:
    if not left or not right:
        return ()
    out: dict[Span, None] = {}
    for ones, others in ((left, right), (right, left)):
        ordered = sorted(others)
        for span in sorted(ones):
            before = [o for o in ordered if o[0] <= span[0]]
            if before:
                latest = max(o[1] for o in before)
                partner = next(o for o in before if o[1] == latest)
                if span[0] - partner[1] - 1 <= distance:
                    out[(min(span[0], partner[0]), max(span[1], partner[1]))] = None
            after = [o for o in ordered if o[0] > span[0]]
            if after and after[0][0] - span[1] - 1 <= distance:
                out[(min(span[0], after[0][0]), max(span[1], after[0][1]))] = None
    return tuple(out)


def test_near_spans_as_defined_on_random_occurrences() -> None:
    rng = random.Random(13)

    def occurrences() -> list[Span]:
        spans: list[Span] = []
        for _ in range(rng.randint(0, 7)):
            start = rng.randint(0, 25)
            spans.append((start, start + rng.choice((0, 0, 1, 2, 4))))
        return spans

    joined = 0
    for _ in range(20_000):
        left, right, distance = occurrences(), occurrences(), rng.randint(0, 5)
        found = near_spans(left, right, distance)
        assert found == _reference(left, right, distance), (left, right, distance)
        joined += bool(found)
    assert joined > 5_000  # the cases join spans often enough to say something


def test_near_spans_overlapping_and_equal_occurrences() -> None:
    for left, right in (
        ([(3, 3)], [(3, 3)]),
        ([(2, 6)], [(3, 4), (1, 8)]),
        ([(5, 5), (5, 5)], [(0, 9)]),
    ):
        for distance in (0, 1, 3):
            assert near_spans(left, right, distance) == _reference(left, right, distance)
