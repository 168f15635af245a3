"""AWS, locally: a moto server on 127.0.0.1 (a real HTTP endpoint boto3 talks to) and
clients pointed at it. Shared by the contract tests and the AWS integration tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from moto.server import ThreadedMotoServer

REGION = "us-east-1"
# moto accepts any credentials; these exist only so botocore can sign requests.
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


@contextmanager
def moto_server() -> Iterator[str]:
    """Start moto on a free loopback port; yield its endpoint URL; stop it afterwards."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def client(service: str, endpoint: str) -> Any:
    return boto3.client(service, endpoint_url=endpoint, region_name=REGION, **CREDENTIALS)


def environment(endpoint: str) -> dict[str, str]:
    """What a Lambda function's environment would say, with every AWS client sent to moto
    (boto3 reads AWS_ENDPOINT_URL itself)."""
    return {
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_DEFAULT_REGION": REGION,
        "AWS_REGION": REGION,
        "AWS_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
        "AWS_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
    }


def unique(prefix: str) -> str:
    """A fresh resource name, so tests sharing one moto server never see each other's state."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"
