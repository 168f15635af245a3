"""`run --loop` stops at the end of a cycle in which Ctrl-C was swallowed."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from demandwatch.cli import _stop_if_interrupted


def test_a_cancellation_swallowed_inside_a_cycle_still_ends_the_loop() -> None:
    cycles: list[int] = []

    async def loop() -> None:
        for cycle in range(1000):
            cycles.append(cycle)
            with contextlib.suppress(asyncio.CancelledError):  # a library swallowing it
                await asyncio.sleep(0.01)
            _stop_if_interrupted()

    async def main() -> None:
        task = asyncio.create_task(loop())
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert 2 <= len(cycles) < 20


def test_an_uninterrupted_cycle_goes_on() -> None:
    async def cycle() -> str:
        _stop_if_interrupted()
        return "polled"

    assert asyncio.run(cycle()) == "polled"
