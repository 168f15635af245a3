"""Failure reasons a person can act on: a DNS failure is named as such."""

from __future__ import annotations

import httpx

from demandwatch.sources.http import _is_dns_failure


def test_dns_failure_is_recognised() -> None:
    assert _is_dns_failure(httpx.ConnectError("[Errno -2] Name or service not known"))
    assert _is_dns_failure(httpx.ConnectError("[Errno -3] Temporary failure in name resolution"))


def test_refused_connection_is_not_a_dns_failure() -> None:
    assert not _is_dns_failure(httpx.ConnectError("[Errno 111] Connection refused"))
    assert not _is_dns_failure(httpx.ReadTimeout("Name or service not known"))
