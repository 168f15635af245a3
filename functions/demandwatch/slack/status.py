"""``/demandwatch status`` in Slack: the status report as mrkdwn. Source names come from
configuration; error texts and titles came from feeds and are escaped as untrusted."""

from __future__ import annotations

from demandwatch.core.status import StatusReport, health_summary
from demandwatch.slack.escape import date_token, escape, literal, untrusted

MAX_LINES = 20


def status_mrkdwn(report: StatusReport) -> str:
    lines = ["*demandwatch status*"]
    counts = report.alert_counts
    shown = " · ".join(f"{n} {state}" for state, n in sorted(counts.items()) if n)
    lines.append(f"Alerts: {shown or 'none yet'}")
    lines.append(escape(health_summary(report.sources, names=False)))
    if report.event_model_problem:
        lines.append(
            f"Events: read by the rules alone ({literal(report.event_model_problem, 300)})"
        )
    named = ("failing", "silent", "not_configured")
    for s in [s for s in report.sources if s.health in named][:MAX_LINES]:
        since = f", last success {date_token(s.last_success)}" if s.last_success else ""
        if s.health == "not_configured":
            lines.append(
                f"• *{escape(s.name)}*: not configured, never polled"
                f" — {literal(s.last_error or 'a setting it needs is missing', 200)}"
            )
        elif s.health == "failing":
            lines.append(
                f"• *{escape(s.name)}*: {s.failures} failure(s) in a row{since}"
                f" — {literal(s.last_error or 'unknown error', 200)}"
            )
        else:
            newest = s.last_new_item or s.last_success
            lines.append(
                f"• *{escape(s.name)}*: silent, last new item "
                f"{date_token(newest) if newest else 'never'}"
            )
    if report.undelivered:
        lines.append(f"*Not delivered* ({len(report.undelivered)}):")
        for a in report.undelivered[:MAX_LINES]:
            reason = untrusted(a.reason or "waiting for a try", 200)
            lines.append(
                f"• {a.priority} {a.state} — {untrusted(a.title, 120)} "
                f"({a.attempts} attempt(s): {reason})"
            )
    return "\n".join(lines)
