"""The delivery run's report (app.delivery): what the summary and the exit code read."""

from __future__ import annotations

from demandwatch.app.delivery import AlertOutcome, DeliveryReport, summarise


def test_an_alert_looked_at_twice_counts_once_with_its_last_outcome() -> None:
    report = DeliveryReport()
    report.add(AlertOutcome("a1", "P2", "Council meets on Syria aid", "pending", reason="wait"))
    report.add(AlertOutcome("a2", "P1", "Draft vetoed", "delivered", "C0SYRIAUN"))
    report.add(AlertOutcome("a1", "P2", "Council meets on Syria aid", "delivered", "C0SYRIAUN"))
    assert [(o.alert_id, o.result) for o in report.outcomes] == [
        ("a2", "delivered"),
        ("a1", "delivered"),
    ]
    assert (report.delivered, report.pending) == (2, 0)
    assert report.urgent_undelivered == []
    assert summarise(report) == ["alerts: delivered=2 held=0 pending=0 failed=0"]


def test_a_stopped_run_says_why_and_what_it_left() -> None:
    report = DeliveryReport(stopped="Slack refuses the bot token (token_revoked)", left=12)
    report.add(AlertOutcome("a1", "P1", "Draft vetoed", "pending", reason="token_revoked"))
    lines = summarise(report)
    assert lines[1] == (
        "  stopped: Slack refuses the bot token (token_revoked); "
        "12 alert(s) left undelivered for the next run"
    )
    assert [o.alert_id for o in report.urgent_undelivered] == ["a1"]


def test_the_report_knows_slack_itself_failed_from_the_outcome_that_said_so() -> None:
    """The run's one stop signal is the outcome of the alert whose failure no later alert
    could escape; the report reads it back (the follow-ups are skipped on it)."""
    report = DeliveryReport()
    report.add(AlertOutcome("a1", "P2", "Aid convoy", "failed", reason="channel_not_found"))
    assert report.halted is None
    halt = "Slack refuses the bot token (token_revoked)"
    report.add(AlertOutcome("a2", "P1", "Draft vetoed", "pending", reason="x", halt=halt))
    report.add(AlertOutcome("a3", "P2", "Arms embargo draft", "pending", reason="not tried"))
    assert report.halted == halt
