"""Shared test fixtures. Having this file here also puts tests/ on sys.path (feeds.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.matching import Matcher


@pytest.fixture(scope="session")
def make_httpserver() -> Iterator[HTTPServer]:
    """pytest-httpserver's server, on loopback only and threaded: feeds are fetched
    concurrently, and one deliberately slow feed must not hold up the others."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture(scope="session")
def matcher() -> Matcher:
    """The shipped campaign's demands with their campaign context, as the pipeline builds
    them; read-only, so one per session serves every demand test (see shipped_demands.fired)."""
    shipped = load_config(SHIPPED_CONFIG_DIR)
    return Matcher((d, c.context) for c in shipped.campaigns for d in c.demands)
