"""Alerts, stories and feedback to and from JSON, for stores and queues that keep them as
documents: pydantic TypeAdapters over the core's own dataclasses (no hand-written field
lists to keep in step with the models; every read is validated).

Documents written before this codec name a match's demand ``demand`` (now ``demand_id``,
the field's name); they are read as well. An alert written before its event recorded a
Council draft voted down for want of nine votes (``council_short_of_nine``) is read with
that fact as the pipeline records it now, so an ``other`` that alerted as the draft voted
down is still headed and drafted as one.

Each adapter is built at its first use (a story's with the stories module), so a cold
start builds only those its function uses: most polls and schedules write and queue no
alert, the notify and interact functions never read a story, and feedback is written by a
dismiss button and read by the CLI. A Lambda function whose every invocation reads some
of them builds those in its init phase (:func:`build`, from its handler module).

pydantic itself is imported with the first adapter, not with this module: the store (and
so this module) is part of every function's cold start, and a poll or schedule container
that queues no alert would otherwise import pydantic (about 45 ms of CPU) for nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from demandwatch.core.council import with_item_facts
from demandwatch.core.models import Alert, Feedback
from demandwatch.exceptions import StoreError

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from demandwatch.core.stories import Story

Document = Literal["alert", "story", "feedback"]


@cache
def _alert() -> TypeAdapter[Alert]:
    from pydantic import TypeAdapter

    return TypeAdapter(Alert)


@cache
def _story() -> TypeAdapter[Story]:
    from pydantic import TypeAdapter

    from demandwatch.core.stories import Story

    return TypeAdapter(Story)


@cache
def _feedback() -> TypeAdapter[Feedback]:
    from pydantic import TypeAdapter

    return TypeAdapter(Feedback)


_ADAPTERS: dict[Document, Callable[[], object]] = {
    "alert": _alert,
    "story": _story,
    "feedback": _feedback,
}


def build(*documents: Document) -> None:
    """Build these documents' adapters now rather than at their first use."""
    for document in documents:
        _ADAPTERS[document]()


def _matches(data: Any) -> Any:
    """Older documents: {"demand": ...} for a match."""
    if isinstance(data, dict) and isinstance(data.get("matches"), list):
        data["matches"] = [
            {"demand_id": m["demand"], "terms": m.get("terms", [])}
            if isinstance(m, dict) and "demand" in m and "demand_id" not in m
            else m
            for m in data["matches"]
        ]
    return data


def _read(adapter: TypeAdapter[Any], data: Any, what: str) -> Any:
    # Imported by the adapter's making, which comes first (see the module's docstring).
    from pydantic import ValidationError

    try:
        return adapter.validate_python(_matches(data))
    except ValidationError as exc:
        raise StoreError(f"stored {what} is not valid: {exc.error_count()} problem(s)") from exc


def alert_to_dict(alert: Alert) -> dict[str, Any]:
    data: dict[str, Any] = _alert().dump_python(alert, mode="json")
    return data


def alert_from_dict(data: dict[str, Any]) -> Alert:
    alert: Alert = _read(_alert(), data, "alert")
    event = data.get("event")
    if (
        alert.event.type == "other"
        and isinstance(event, dict)
        and "council_short_of_nine" not in event
    ):
        # Written before the event recorded it (see the module's docstring).
        alert = replace(alert, event=with_item_facts(alert.event, alert.item))
    return alert


def alert_to_json(alert: Alert) -> str:
    return _alert().dump_json(alert).decode()


def alert_from_json(payload: str) -> Alert:
    return alert_from_dict(json.loads(payload))


def story_to_json(story: Story) -> str:
    return _story().dump_json(story).decode()


def story_from_json(payload: str) -> Story:
    story: Story = _read(_story(), json.loads(payload), "story")
    return story


def feedback_to_dict(feedback: Feedback) -> dict[str, Any]:
    data: dict[str, Any] = _feedback().dump_python(feedback, mode="json")
    return data


def feedback_from_dict(data: dict[str, Any]) -> Feedback:
    feedback: Feedback = _read(_feedback(), data, "feedback")
    return feedback
