"""AWS clients, made on first use by botocore.

botocore's session, not boto3's: boto3 adds its resource layer and, on import, s3transfer
(about a third of what ``import boto3`` costs a cold start), and the functions use
neither; the clients are the same botocore clients ``boto3.client`` makes. Region,
credentials and endpoint come from the same configuration (AWS_REGION /
AWS_DEFAULT_REGION, AWS_ENDPOINT_URL for a local stand-in).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from demandwatch.exceptions import ConfigError, ConfigProblem

if TYPE_CHECKING:
    from botocore.session import Session


@cache
def _session() -> Session:
    # One session for the process: clients share its loaded models and credentials.
    from botocore.session import get_session

    return get_session()


# The budget of a function that must answer within Slack's 3 seconds (interact): one
# retry, a second to connect and a second to read, rather than botocore's default of three
# retries with up to seconds of backoff each (probe s13 H3: a throttled table kept the
# press past Slack's deadline, then failed with a traceback).
ACK_BUDGET: dict[str, Any] = {
    "connect_timeout": 1,
    "read_timeout": 1,
    "retries": {"max_attempts": 2, "mode": "standard"},
}


def client(service: str, budget: dict[str, Any] | None = None) -> Any:
    """A client for ``service`` ("dynamodb", "sqs", "secretsmanager"); ``budget``: its
    timeouts and retries (botocore.config.Config's arguments) when not botocore's own."""
    if budget is None:
        return _session().create_client(service)
    from botocore.config import Config

    return _session().create_client(service, config=Config(**budget))


class SecretReader:
    """A Secrets Manager secret's JSON value, asked for at most once per ``max_age``
    seconds by this container (a warm one asks a few times an hour; a rotated secret is
    picked up without a redeploy).

    Written here rather than with Powertools' SecretsProvider, which does the same over
    the client handed to it: importing Powertools' parameters imports boto3, 100-150 ms
    of CPU at the first invocation of every function.
    """

    def __init__(self, client: Any, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._client = client
        self._clock = clock
        self._cache: dict[str, tuple[float, Any]] = {}

    def get_json(self, secret_id: str, *, max_age: float) -> Any:
        """The secret's value parsed as JSON (ConfigError if it cannot be read or parsed)."""
        now = self._clock()
        cached = self._cache.get(secret_id)
        if cached is not None and now - cached[0] < max_age:
            return cached[1]
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer = self._client.get_secret_value(SecretId=secret_id)
            raw = answer["SecretString"] if "SecretString" in answer else answer["SecretBinary"]
            value = json.loads(raw)
        except (BotoCoreError, ClientError, KeyError, TypeError, ValueError) as exc:
            problem = ConfigProblem("secrets", None, secret_id, f"cannot read the secret: {exc}")
            raise ConfigError([problem]) from exc
        self._cache[secret_id] = (now, value)
        return value
