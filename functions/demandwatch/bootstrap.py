"""The composition root: the one place that names concrete adapters."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

from demandwatch.config import AppConfig, Settings, load_config
from demandwatch.core.matching import Matcher
from demandwatch.notify.base import Notifier
from demandwatch.notify.console import ConsoleNotifier
from demandwatch.service import Fetcher, Service
from demandwatch.sources.http import HttpFetcher
from demandwatch.sources.kinds import host_intervals
from demandwatch.store.base import Store
from demandwatch.store.sqlite import SqliteStore


def utc_now() -> datetime:
    return datetime.now(UTC)


def build_matcher(config: AppConfig) -> Matcher:
    return Matcher((d, c.context) for c in config.campaigns for d in c.demands)


def load(settings: Settings, config_dir: Path | None = None) -> AppConfig:
    """Validate the configuration before anything else is opened (ConfigError if bad)."""
    return load_config(config_dir or settings.config_dir)


@asynccontextmanager
async def service(
    settings: Settings,
    config: AppConfig,
    *,
    state_path: Path | None = None,
    store: Store | None = None,
    fetcher: Fetcher | None = None,
    notifier: Notifier | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> AsyncIterator[Service]:
    """A ready Service; adapters not handed in are the embedded defaults."""
    own_store = store is None
    own_fetcher = fetcher is None
    store = store or SqliteStore(state_path or settings.state_path)
    http = (
        HttpFetcher(
            user_agent=settings.user_agent,
            max_concurrency=settings.max_concurrency,
            per_host=settings.per_host_concurrency,
            min_interval=host_intervals(config.sources),
        )
        if own_fetcher
        else None
    )
    try:
        yield Service(
            config=config,
            store=store,
            fetcher=fetcher or http,  # type: ignore[arg-type]
            notifier=notifier or ConsoleNotifier(),
            matcher=build_matcher(config),
            clock=clock,
            settings=settings,
        )
    finally:
        if http is not None:
            await http.aclose()
        if own_store:
            store.close()
