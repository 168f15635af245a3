"""What every Lambda handler shares: the container's one-time set-up, structured logs,
metrics, and SQS batches with partial failure reporting.

Importing a handler module creates nothing: the environment is read, the configuration
validated and the AWS clients made on the container's first invocation, then reused.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import IO, TYPE_CHECKING, Any

from demandwatch import handlers
from demandwatch.bootstrap import AwsClients, CloudApp, cloud_app, utc_now
from demandwatch.exceptions import DeferredError, DemandwatchError, PoisonMessageError
from demandwatch.store import codec

if TYPE_CHECKING:
    from aws_lambda_powertools import Logger, Metrics

    from demandwatch.core.models import PollOutcome

Event = dict[str, Any]
Handler = Callable[[Event, Any], dict[str, Any]]

# What an invocation that talks to Slack keeps of its time after the last request: handing
# failed messages back, the store's writes, the metrics (SlackApi.deadline: a Slack call
# past it fails, as if Slack had not answered).
AFTER_SLACK = 5.0

SERVICE = "demandwatch"
NAMESPACE = "Demandwatch"

log = logging.getLogger("demandwatch")


@dataclass
class Invocation:
    """One invocation's view of the container: the app, the metrics to add to."""

    app: CloudApp
    metrics: Metrics
    logger: Logger
    # Lambda's context object (None when a caller has none).
    context: Any = None

    def remaining_seconds(self) -> float | None:
        """The time this invocation has left before Lambda stops it (its function's
        Timeout), or None when the context does not say (probe s15 K9: a handler that
        does not look runs into the timeout and loses what it had not done)."""
        remaining = getattr(self.context, "get_remaining_time_in_millis", None)
        if remaining is None:
            return None
        try:
            return max(0.0, float(remaining()) / 1000)
        except (TypeError, ValueError):
            return None

    def deadline(self, spend: Callable[[float], float]) -> float | None:
        """A ``time.monotonic()`` instant ``spend(remaining seconds)`` from now; None when
        the remaining time is not known."""
        remaining = self.remaining_seconds()
        return None if remaining is None else time.monotonic() + spend(remaining)

    def count(self, name: str, value: float = 1) -> None:
        from aws_lambda_powertools.metrics import MetricUnit

        self.metrics.add_metric(name=name, unit=MetricUnit.Count, value=value)

    def polled(self, outcomes: Sequence[PollOutcome], relayed: int) -> None:
        """Count and log the sources this invocation polled (inline by the schedule
        function, or from the poll queue) and the alerts it queued, alike in both."""
        self.count("SourcesPolled", len(outcomes))
        self.count("SourcesFailed", sum(1 for o in outcomes if o.status == "failed"))
        self.count("NewItems", sum(o.new for o in outcomes))
        self.count("AlertsQueued", relayed)
        for outcome in outcomes:
            self.logger.info(
                "source polled",
                extra={
                    "source": outcome.source_id,
                    "status": outcome.status,
                    "items": outcome.items,
                    "new": outcome.new,
                    "matched": outcome.matched,
                    "too_old": outcome.too_old,
                    "elapsed_ms": round(outcome.elapsed_ms),
                    "reason": outcome.reason,
                    "moved_to": outcome.moved_to,
                },
            )


Work = Callable[[Event, Invocation], dict[str, Any]]


class Container:
    """Lives as long as the Lambda execution environment; builds everything once."""

    def __init__(
        self,
        work: Work,
        *,
        require: tuple[str, ...],
        environ: Mapping[str, str] | None,
        clients: AwsClients | None,
        budget: dict[str, Any] | None = None,
        log_stream: IO[str] | None,
        clock: Callable[[], datetime],
    ) -> None:
        self._work = work
        self._require = require
        self._environ = environ
        self._clients = clients
        self._budget = budget
        self._log_stream = log_stream
        self._clock = clock
        self._app: CloudApp | None = None
        self._logger: Logger | None = None
        self._metrics: Metrics | None = None

    def _env(self) -> Mapping[str, str]:
        return os.environ if self._environ is None else self._environ

    def _telemetry(self) -> tuple[Logger, Metrics]:
        if self._logger is None or self._metrics is None:
            from aws_lambda_powertools import Logger, Metrics

            env = self._env()
            service = env.get("POWERTOOLS_SERVICE_NAME", SERVICE)
            # One JSON object per line, with the service, level, location and request id;
            # the logger is the "demandwatch" one every module logs to.
            self._logger = Logger(
                service=service,
                level=env.get("POWERTOOLS_LOG_LEVEL", "INFO"),
                stream=self._log_stream,
            )
            self._metrics = Metrics(
                service=service,
                namespace=env.get("POWERTOOLS_METRICS_NAMESPACE", NAMESPACE),
            )
        return self._logger, self._metrics

    def start(self) -> CloudApp:
        """The container's set-up, done once, on its first event: Logger and Metrics,
        then settings, configuration and the store, checked before any work (ConfigError
        naming every problem). The collector paused since the import runs again after it
        (see demandwatch.handlers), whether or not the set-up succeeded."""
        try:
            self._telemetry()
            if self._app is None:
                # The container's clients are made with its app, never with the module: a
                # handler's AwsClients made at import were shared by every copy of it (a
                # test's fresh container got the clients, and endpoint, of an earlier one:
                # H3's replay read the secret from a stopped moto server).
                clients = self._clients
                if clients is None and self._budget is not None:
                    clients = AwsClients(budget=self._budget)
                self._app = cloud_app(
                    self._env(), require=self._require, clients=clients, clock=self._clock
                )
            return self._app
        finally:
            handlers.resume_collector()

    def __call__(self, event: Event, context: Any) -> dict[str, Any]:
        logger, metrics = self._telemetry()
        request_id = getattr(context, "aws_request_id", None)
        if request_id:
            logger.append_keys(request_id=request_id)
        try:
            app = self._app if self._app is not None else self.start()
            return self._work(event, Invocation(app, metrics, logger, context))
        except Exception:
            logger.exception("invocation failed")
            raise
        finally:
            if metrics.metric_set:
                metrics.flush_metrics()


def make_handler(
    work: Work,
    *,
    require: tuple[str, ...] = (),
    reads: tuple[codec.Document, ...] = (),
    environ: Mapping[str, str] | None = None,
    clients: AwsClients | None = None,
    budget: dict[str, Any] | None = None,
    log_stream: IO[str] | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> Container:
    """A Lambda handler running ``work``; the module-level ``handler`` reads os.environ,
    tests hand in an environment, clients, a log stream and a clock of their own.
    ``budget``: the timeouts and retries of the clients the container makes for itself
    (adapters.aws.client), made with its app at its first event.

    ``reads``: the stored documents every invocation of the function reads. Their codecs
    are built here, with the handler's module (Lambda runs a module's imports in its init
    phase), rather than by the first invocation; the others at their first use."""
    codec.build(*reads)
    return Container(
        work,
        require=require,
        environ=environ,
        clients=clients,
        budget=budget,
        log_stream=log_stream,
        clock=clock,
    )


# ---------------------------------------------------------------------- SQS batches


@dataclass(frozen=True)
class SqsRecord:
    message_id: str
    body: str
    group: str | None
    receive_count: int
    # What SQS calls to change this receipt's visibility (the notify function hands a failed
    # message back for as long as its retry is off, not the queue's visibility timeout).
    receipt_handle: str = ""

    @classmethod
    def parse(cls, record: Mapping[str, Any]) -> SqsRecord:
        attributes = record.get("attributes") or {}
        return cls(
            message_id=str(record["messageId"]),
            body=str(record.get("body", "")),
            group=attributes.get("MessageGroupId"),
            receive_count=int(attributes.get("ApproximateReceiveCount", "1")),
            receipt_handle=str(record.get("receiptHandle", "")),
        )


def sqs_records(event: Event) -> list[SqsRecord]:
    return [SqsRecord.parse(r) for r in event.get("Records", [])]


@dataclass(frozen=True)
class BatchResult:
    succeeded: int
    failed: tuple[str, ...]

    def response(self) -> dict[str, Any]:
        """Lambda's partial batch response: only the failed messages return to the queue
        (the event source mapping must have ReportBatchItemFailures)."""
        return {"batchItemFailures": [{"itemIdentifier": m} for m in self.failed]}


def process_batch(
    event: Event,
    handle: Callable[[SqsRecord], None],
    on_failure: Callable[[SqsRecord, Exception], None],
    let_go: Callable[[SqsRecord], bool] | None = None,
) -> BatchResult:
    """Handle each record of an SQS event; report the ones that failed.

    On a FIFO queue a failed message must not be overtaken by a later one of its group
    (a story's reply would land before its first post), so after a failure the rest of
    that group is returned unprocessed while other groups carry on. A batch whose every
    message failed is reported like any other (each message goes back to its queue), not
    raised: that is a rate-limited channel, not a bug.

    ``let_go``: a message that failed, or waited behind a failure, is taken off the queue
    instead of handed back when this says so (its work is kept elsewhere, and handing it
    back once more would move it to the dead-letter queue). It still blocks its group.

    Written here rather than with Powertools' partial-batch processors, which do the same
    bookkeeping: importing them imports Powertools' parser and every event model it
    defines whenever pydantic is loaded (it always is here), 190 ms of CPU at each cold
    start of the poll and notify functions, and 0.13 MB of the artifact's 10 MB.
    """
    records = sqs_records(event)
    failed: list[str] = []
    blocked: set[str] = set()
    for record in records:
        if record.group is not None and record.group in blocked:
            if let_go is None or not let_go(record):
                failed.append(record.message_id)
            continue
        try:
            handle(record)
        except Exception as exc:  # one bad message must not fail the others
            on_failure(record, exc)
            if record.group is not None:
                blocked.add(record.group)
            if let_go is None or isinstance(exc, PoisonMessageError) or not let_go(record):
                failed.append(record.message_id)
    return BatchResult(len(records) - len(failed), tuple(failed))


def failure_kind(exc: Exception) -> str:
    """How a failed message is counted and logged."""
    if isinstance(exc, PoisonMessageError):
        return "poison"
    if isinstance(exc, DeferredError):
        return "deferred"
    if isinstance(exc, DemandwatchError):
        return "failed"
    return "internal_error"
