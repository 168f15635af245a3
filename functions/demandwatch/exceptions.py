"""The one exception tree of demandwatch.

DemandwatchError
├── ConfigError            a configuration file is invalid (carries every problem found)
├── QuerySyntaxError       a demand query does not parse (carries the position)
├── FeedParseError         a fetched body is not a document of the expected kind
├── SourceSetupError       a source cannot be asked at all as configured (missing credential)
├── StoreError             the state store failed (adapters translate vendor errors into it)
│   └── StoreWriteError    the store takes no writes at all (disk full, I/O error, lock held)
│       └── StoreBusyError another process held the lock past the wait
├── NotifyError            delivering an alert failed
│   └── RateLimitedError   the notifier was told to slow down (carries retry_after)
├── QueueError             handing messages to the queue between stages failed
│   ├── PoisonMessageError a queued message no retry can help (malformed, unknown alert)
│   └── DeferredError      a queued message cannot be handled yet; the queue retries it
├── DraftError             a draft template is missing or does not render
└── RunError               a run could not do its job at all (e.g. no source could be polled)

A failing *source* is not an exception: it is a PollOutcome with status "failed".
"""

from __future__ import annotations

from dataclasses import dataclass


class DemandwatchError(Exception):
    """Base of every error demandwatch raises on purpose."""


@dataclass(frozen=True)
class ConfigProblem:
    """One problem in one configuration file, located as precisely as the YAML allows."""

    file: str
    line: int | None
    field: str
    message: str
    column: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        if self.line is not None and self.column is not None:
            where += f":{self.column}"
        return f"{where}: {self.field}: {self.message}"


class ConfigError(DemandwatchError):
    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class QuerySyntaxError(DemandwatchError):
    def __init__(self, message: str, query: str, position: int) -> None:
        self.query = query
        self.position = position
        self.reason = message
        super().__init__(f"{message} at position {position + 1}: {query!r}")


class FeedParseError(DemandwatchError):
    pass


class SourceSetupError(DemandwatchError):
    """Raised before any request is sent: the source fails with this reason, nothing leaks."""


class StoreError(DemandwatchError):
    pass


class StoreWriteError(StoreError):
    """The store takes no writes at all (the disk under the state file is full, an I/O
    error, another process holds the lock past the timeout): not one source's failure,
    since every poll would fail alike, and recording it as one would write again. The run
    stops and says it; the loop says it and tries again."""


class StoreBusyError(StoreWriteError):
    """Another process held the state file's lock past the wait (a long transaction, a
    backup): unlike a full disk it clears by itself, so it is said as busy (review s15
    LOW-10) and the ops channel hears of it only when it lasts."""


class NotifyError(DemandwatchError):
    """``code``: the service's own word for the failure (Slack's ``channel_not_found``,
    ``invalid_auth`` ...), which core.delivery.classify turns into what to do next."""

    def __init__(self, message: str, code: str | None = None) -> None:
        self.code = code
        super().__init__(message)


class RateLimitedError(NotifyError):
    def __init__(self, message: str, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(f"{message} (retry after {retry_after:g}s)", "ratelimited")


class QueueError(DemandwatchError):
    """The queue between stages refused or lost messages (adapters translate vendor errors)."""


class PoisonMessageError(QueueError):
    """A message no retry can help; after the queue's retries it lands in the DLQ."""


class DeferredError(QueueError):
    """The message cannot be handled now (e.g. another worker holds the alert)."""


class RunError(DemandwatchError):
    pass


class DraftError(DemandwatchError):
    """A draft-statement template is missing, does not parse, or names an unknown fact."""
