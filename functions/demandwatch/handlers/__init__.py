"""Thin AWS Lambda entry points: schedule, poll, notify, interact, digest.

Each module exposes ``handler(event, context)``; the wiring is in ``bootstrap.CloudApp``,
the stage logic in ``queue.fanout``, the rest in the core.
"""
