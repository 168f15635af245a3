"""The container's read of the Secrets Manager secret: cached for max_age seconds, any
failure a ConfigError naming the secret (never its value)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError

from demandwatch.adapters.aws import SecretReader
from demandwatch.exceptions import ConfigError

SECRET_ID = "demandwatch/test"


class FakeSecrets:
    """Secrets Manager's get_secret_value over a dict; records every ask."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values
        self.asked: list[str] = []
        self.failure: Exception | None = None

    def get_secret_value(self, *, SecretId: str) -> dict[str, Any]:
        self.asked.append(SecretId)
        if self.failure is not None:
            raise self.failure
        return {"Name": SecretId, "SecretString": json.dumps(self.values[SecretId])}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_value_is_asked_for_once_per_max_age() -> None:
    secrets = FakeSecrets({SECRET_ID: {"slack_bot_token": "xoxb-1"}})
    clock = Clock()
    reader = SecretReader(secrets, clock=clock)
    assert reader.get_json(SECRET_ID, max_age=900) == {"slack_bot_token": "xoxb-1"}
    clock.now += 899
    secrets.values[SECRET_ID] = {"slack_bot_token": "xoxb-2"}  # rotated
    assert reader.get_json(SECRET_ID, max_age=900) == {"slack_bot_token": "xoxb-1"}
    assert secrets.asked == [SECRET_ID]
    clock.now += 1
    assert reader.get_json(SECRET_ID, max_age=900) == {"slack_bot_token": "xoxb-2"}
    assert secrets.asked == [SECRET_ID, SECRET_ID]


def test_a_max_age_of_zero_asks_every_time() -> None:
    secrets = FakeSecrets({SECRET_ID: {"a": 1}})
    reader = SecretReader(secrets, clock=Clock())
    reader.get_json(SECRET_ID, max_age=0)
    reader.get_json(SECRET_ID, max_age=0)
    assert secrets.asked == [SECRET_ID, SECRET_ID]


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (
            ClientError(
                {"Error": {"Code": "ResourceNotFoundException", "Message": "no such secret"}},
                "GetSecretValue",
            ),
            "ResourceNotFoundException",
        ),
        (EndpointConnectionError(endpoint_url="https://secretsmanager.test"), "Could not connect"),
    ],
)
def test_a_secret_that_cannot_be_read_is_a_config_error(failure: Exception, words: str) -> None:
    secrets = FakeSecrets({})
    secrets.failure = failure
    with pytest.raises(ConfigError) as caught:
        SecretReader(secrets, clock=Clock()).get_json(SECRET_ID, max_age=900)
    [problem] = caught.value.problems
    assert (problem.file, problem.field) == ("secrets", SECRET_ID)
    assert problem.message.startswith("cannot read the secret: ")
    assert words in problem.message


def test_a_secret_that_is_not_json_is_a_config_error_without_its_value() -> None:
    class Plain(FakeSecrets):
        def get_secret_value(self, *, SecretId: str) -> dict[str, Any]:
            self.asked.append(SecretId)
            return {"Name": SecretId, "SecretString": "xoxb-not-json"}

    secrets = Plain({})
    clock = Clock()
    reader = SecretReader(secrets, clock=clock)
    with pytest.raises(ConfigError) as caught:
        reader.get_json(SECRET_ID, max_age=900)
    assert "xoxb-not-json" not in str(caught.value)
    # A failed read is not cached: the next invocation asks again.
    with pytest.raises(ConfigError):
        reader.get_json(SECRET_ID, max_age=900)
    assert secrets.asked == [SECRET_ID, SECRET_ID]
