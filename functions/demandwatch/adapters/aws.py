"""AWS clients, made on first use by botocore.

botocore's session, not boto3's: boto3 adds its resource layer and, on import, s3transfer
(about a third of what ``import boto3`` costs a cold start), and the functions use
neither; the clients are the same botocore clients ``boto3.client`` makes. Region,
credentials and endpoint come from the same configuration (AWS_REGION /
AWS_DEFAULT_REGION, AWS_ENDPOINT_URL for a local stand-in).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from botocore.session import Session


@cache
def _session() -> Session:
    # One session for the process: clients share its loaded models and credentials.
    from botocore.session import get_session

    return get_session()


def client(service: str) -> Any:
    """A client for ``service`` ("dynamodb", "sqs", "secretsmanager")."""
    return _session().create_client(service)
