"""AWS, locally: a moto server on 127.0.0.1 (a real HTTP endpoint boto3 talks to) and
clients pointed at it. Shared by the contract tests and the AWS integration tests."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from moto.server import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import make_server

REGION = "us-east-1"
# moto accepts any credentials; these exist only so botocore can sign requests.
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


class _OneRequestAtATime:
    """moto's in-memory backends take no locks: two requests handled at the same instant
    can both pass a condition that DynamoDB would let only one pass (both writers of the
    contract suite's race then "win"). Serving one request at a time gives every request
    the atomicity DynamoDB and SQS guarantee, while the clients still run concurrently."""

    def __init__(self, app: Any) -> None:
        self._app = app
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        with self._lock:
            return list(self._app(environ, start_response))


@contextmanager
def moto_server() -> Iterator[str]:
    """Start moto (server mode, the app ThreadedMotoServer serves) on a free loopback
    port; yield its endpoint URL; stop it afterwards."""
    app = _OneRequestAtATime(DomainDispatcherApplication(create_backend_app))
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=MotoRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


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
