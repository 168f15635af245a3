"""Alerts, stories and feedback to and from JSON, for stores and queues that keep them as
documents: pydantic TypeAdapters over the core's own dataclasses (no hand-written field
lists to keep in step with the models; every read is validated).

Documents written before this codec name a match's demand ``demand`` (now ``demand_id``,
the field's name); they are read as well.

The alert's adapter is built with the module: every function reads or writes alerts. A
story's is built at its first use, with the stories module (the notify and interact
functions never read a story), and a feedback's too (written by a dismiss button, read by
the CLI), so a cold start builds neither unless its function needs it.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter, ValidationError

from demandwatch.core.models import Alert, Feedback
from demandwatch.exceptions import StoreError

if TYPE_CHECKING:
    from demandwatch.core.stories import Story

_ALERT = TypeAdapter(Alert)


@cache
def _story() -> TypeAdapter[Story]:
    from demandwatch.core.stories import Story

    return TypeAdapter(Story)


@cache
def _feedback() -> TypeAdapter[Feedback]:
    return TypeAdapter(Feedback)


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
    try:
        return adapter.validate_python(_matches(data))
    except ValidationError as exc:
        raise StoreError(f"stored {what} is not valid: {exc.error_count()} problem(s)") from exc


def alert_to_dict(alert: Alert) -> dict[str, Any]:
    data: dict[str, Any] = _ALERT.dump_python(alert, mode="json")
    return data


def alert_from_dict(data: dict[str, Any]) -> Alert:
    alert: Alert = _read(_ALERT, data, "alert")
    return alert


def alert_to_json(alert: Alert) -> str:
    return _ALERT.dump_json(alert).decode()


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
