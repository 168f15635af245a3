"""P2s held for a channel's quiet hours that no longer apply are due now.

The window taken out of org.yaml, or moved: the operator who ended quiet hours wants the
alerts it held, not at the old window's end (probe s13 P18). One function for the local
run (``DeliverAlerts.run``) and the cloud's relay (``FanOut.relay``, probe s14 J3: the
schedule function queued them only at the old window's end, five hours later). Small, so
the schedule function's import of it costs nothing at cold start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from demandwatch.core.calm import CalmPolicy
    from demandwatch.core.models import Alert
    from demandwatch.ports import Alerts

# How many undelivered alerts one look reads (the most urgent first): enough for any run
# summary (app.delivery) and for the quiet-hours release, bounded for a backlog after a
# long outage.
LOOKED_AT = 200
# How a hold for quiet hours is recorded (app.delivery writes it as the alert's reason).
QUIET_REASON = "quiet hours in "


def release_unquieted(
    alerts: Alerts, calm: CalmPolicy, route: Callable[[Alert], str], now: datetime
) -> int:
    """Bring forward each pending alert held for quiet hours whose channel may take it
    now; returns how many were brought forward."""
    released = 0
    for record in alerts.undelivered_alerts(LOOKED_AT):
        alert = record.alert
        if (
            record.state != "pending"
            or record.retry_at is None
            or record.retry_at <= now
            or not (record.last_error or "").startswith(QUIET_REASON)
        ):
            continue
        if calm.quiet(route(alert), alert.priority, now).action == "go" and alerts.bring_forward(
            alert.id, now
        ):
            released += 1
    return released
