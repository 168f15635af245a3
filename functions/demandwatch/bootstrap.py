"""The composition root: the one place that names concrete adapters."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from demandwatch.config import AppConfig, CloudSettings, Settings, load_config
from demandwatch.core.matching import Matcher
from demandwatch.core.models import Alert
from demandwatch.exceptions import ConfigError, ConfigProblem
from demandwatch.notify.base import Notifier
from demandwatch.notify.console import ConsoleNotifier
from demandwatch.queue.fanout import FanOut, QueuedHealthNotifier
from demandwatch.queue.sqs import SqsQueue
from demandwatch.store.base import Store
from demandwatch.store.dynamodb import DynamoDbReplayCache, DynamoDbStore
from demandwatch.store.sqlite import SqliteStore

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.parameters import SecretsProvider
    from mypy_boto3_dynamodb.client import DynamoDBClient
    from mypy_boto3_secretsmanager.client import SecretsManagerClient
    from mypy_boto3_sqs.client import SQSClient

    from demandwatch.service import Fetcher, Service
    from demandwatch.slack.interact import InstalledTeam, Interactions, ReplayCache


def utc_now() -> datetime:
    return datetime.now(UTC)


def build_matcher(config: AppConfig) -> Matcher:
    return Matcher((d, c.context) for c in config.campaigns for d in c.demands)


def load(settings: Settings, config_dir: Path | None = None) -> AppConfig:
    """Validate the configuration before anything else is opened (ConfigError if bad)."""
    return load_config(config_dir or settings.config_dir)


def build_notifier(
    settings: Settings,
    config: AppConfig,
    store: Store,
    *,
    clock: Callable[[], datetime] = utc_now,
    max_wait: float = 0.0,
) -> Notifier:
    """Slack when a bot token and a channel are set (SLACK_CHANNEL or org.yaml's
    default_channel), the console otherwise. ``max_wait``: how long a 429 may be waited
    out in process (0: fail the send and let the queue retry it later)."""
    channel = settings.slack_channel or config.org.default_channel
    if settings.slack_bot_token is None or not channel:
        return ConsoleNotifier()
    from demandwatch.slack.api import build_web_client
    from demandwatch.slack.notifier import SlackNotifier

    return SlackNotifier(
        build_web_client(settings),
        store,
        config,
        default_channel=settings.slack_channel,
        clock=clock,
        max_wait=max_wait,
    )


def build_interactions(
    settings: Settings,
    config: AppConfig,
    store: Store,
    *,
    clock: Callable[[], datetime] = utc_now,
    replay: ReplayCache | None = None,
    team: InstalledTeam | None = None,
) -> Interactions:
    """The buttons and /demandwatch handlers (NotifyError without SLACK_BOT_TOKEN).
    ``replay``: where answered signatures are kept (default: this process's memory).
    ``team``: the installed workspace, shared by every handler of the process (default:
    :func:`installed_team` of these settings)."""
    from demandwatch.slack.api import build_web_client
    from demandwatch.slack.interact import Interactions
    from demandwatch.slack.notifier import SlackNotifier

    notifier = SlackNotifier(
        build_web_client(settings),
        store,
        config,
        default_channel=settings.slack_channel,
        clock=clock,
    )
    secret = settings.slack_signing_secret
    return Interactions(
        store=store,
        config=config,
        notifier=notifier,
        matcher=build_matcher(config),
        team=team or installed_team(settings),
        signing_secret=secret.get_secret_value() if secret else None,
        replay=replay,
        clock=clock,
    )


def installed_team(settings: Settings) -> InstalledTeam:
    """The workspace interactive requests must come from: ``SLACK_TEAM_ID`` if set, else
    the bot token's own team, asked of auth.test once (NotifyError without a token)."""
    from demandwatch.slack.api import SlackApi, build_web_client
    from demandwatch.slack.interact import InstalledTeam

    api = SlackApi(build_web_client(settings))

    def ask() -> str:
        return str(api.call("auth.test", api.client.auth_test).get("team_id") or "")

    return InstalledTeam(settings.slack_team_id, ask)


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
    # Imported here, not at module level: only polling needs HTTP, feed parsing and event
    # classification, and the notify, interact and digest functions should not pay for
    # importing them at every cold start.
    from demandwatch.service import Service
    from demandwatch.sources.http import HttpFetcher
    from demandwatch.sources.kinds import host_intervals

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
            notifier=notifier or build_notifier(settings, config, store, clock=clock),
            matcher=build_matcher(config),
            clock=clock,
            settings=settings,
        )
    finally:
        if http is not None:
            await http.aclose()
        if own_store:
            store.close()


# ------------------------------------------------------------------ cloud (AWS Lambda)

# The keys of the Secrets Manager secret (a JSON object), each the Settings field it fills.
SECRET_FIELDS = ("slack_bot_token", "slack_signing_secret", "reliefweb_appname", "slack_team_id")


@dataclass(frozen=True)
class AwsClients:
    """One boto3 client per service, made once per Lambda container and reused, so
    invocations share connections. Endpoints and region come from boto3's own
    configuration (AWS_REGION, AWS_ENDPOINT_URL for a local stand-in)."""

    dynamodb: DynamoDBClient
    sqs: SQSClient
    secretsmanager: SecretsManagerClient

    @classmethod
    def default(cls) -> AwsClients:
        import boto3

        return cls(
            dynamodb=boto3.client("dynamodb"),
            sqs=boto3.client("sqs"),
            secretsmanager=boto3.client("secretsmanager"),
        )


class CloudApp:
    """What one Lambda container builds on its first invocation and reuses afterwards:
    settings (checked), configuration (validated), AWS clients, the store and the queues.
    Secrets are read through a cache that lives as long as the container."""

    def __init__(
        self,
        environ: Mapping[str, str] | None = None,
        *,
        require: tuple[str, ...] = (),
        clients: AwsClients | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        env = os.environ if environ is None else environ
        self.cloud = CloudSettings.from_env(env, require=require)
        base = Settings.from_env(env)
        # A relative config location is inside the deployment package (the task root).
        if not base.config_dir.is_absolute():
            root = Path(env.get("LAMBDA_TASK_ROOT") or ".")
            base = base.model_copy(update={"config_dir": root / base.config_dir})
        self._base_settings = base
        self.config = load(base)
        self.clock = clock
        self.clients = clients or AwsClients.default()
        self.store = DynamoDbStore(self.cloud.table_name, self.clients.dynamodb)
        self._secrets: SecretsProvider | None = None
        self._team: InstalledTeam | None = None

    def settings(self) -> Settings:
        """The environment's settings with the secret's values filled in.

        Powertools' SecretsProvider keeps the value for ``secret_max_age`` seconds, so a
        warm container asks Secrets Manager a few times an hour at most, and a rotated
        secret is picked up without a redeploy. Values never reach logs: SecretStr.
        """
        secret_id = self.cloud.secret_id
        if secret_id is None:
            return self._base_settings
        from aws_lambda_powertools.utilities.parameters import SecretsProvider
        from aws_lambda_powertools.utilities.parameters.exceptions import (
            GetParameterError,
            TransformParameterError,
        )

        if self._secrets is None:
            self._secrets = SecretsProvider(boto3_client=self.clients.secretsmanager)
        try:
            values = self._secrets.get(
                secret_id, max_age=self.cloud.secret_max_age, transform="json"
            )
        except (GetParameterError, TransformParameterError) as exc:
            raise ConfigError(
                [ConfigProblem("secrets", None, secret_id, f"cannot read the secret: {exc}")]
            ) from exc
        if not isinstance(values, dict):
            raise ConfigError(
                [ConfigProblem("secrets", None, secret_id, "the secret is not a JSON object")]
            )
        # Checked as the environment's values are: a token with a line break is a
        # ConfigError naming the key, never the value.
        return self._base_settings.with_credentials(
            {name: values[name] for name in SECRET_FIELDS if values.get(name)}, "secrets"
        )

    def queue(self, url: str | None) -> SqsQueue | None:
        return None if url is None else SqsQueue(url, self.clients.sqs)

    def fanout(self, settings: Settings) -> FanOut:
        alert_queue = self.queue(self.cloud.alert_queue_url)
        if alert_queue is None:  # CloudSettings.from_env(require=...) makes this unreachable
            raise ConfigError(
                [ConfigProblem("environment", None, "DEMANDWATCH_ALERT_QUEUE_URL", "not set")]
            )
        return FanOut(
            config=self.config,
            store=self.store,
            alert_queue=alert_queue,
            poll_queue=self.queue(self.cloud.poll_queue_url),
            clock=self.clock,
            route=alert_router(self.config, settings),
            inline_poll_max=self.cloud.inline_poll_max,
        )

    def interactions(self, settings: Settings) -> Interactions:
        """Slack's buttons and slash command; replays are refused across containers."""
        # The installed team is learned once per container (auth.test), or again when the
        # configured one changes with the secret.
        if self._team is None or self._team.configured != settings.slack_team_id:
            self._team = installed_team(settings)
        return build_interactions(
            settings,
            self.config,
            self.store,
            clock=self.clock,
            team=self._team,
            replay=DynamoDbReplayCache(
                self.cloud.table_name,
                self.clients.dynamodb,
                # The same clock the signature's freshness is judged by.
                clock=lambda: self.clock().timestamp(),
            ),
        )

    def notifier(self, settings: Settings) -> Notifier:
        """Slack; a 429 is not waited out in the function: the message fails and the
        queue retries it after its visibility timeout."""
        if settings.slack_bot_token is None:
            raise ConfigError(
                [ConfigProblem("secrets", None, "slack_bot_token", "not set in the secret")]
            )
        return build_notifier(settings, self.config, self.store, clock=self.clock, max_wait=0.0)

    @asynccontextmanager
    async def poller(self, settings: Settings) -> AsyncIterator[Service]:
        """A Service for polling, on the DynamoDB store, with its own HTTP client (an
        asyncio client belongs to one event loop, and every invocation runs its own)."""
        alerts = self.queue(self.cloud.alert_queue_url)
        if alerts is None:  # CloudSettings.from_env(require=...) makes this unreachable
            raise ConfigError(
                [ConfigProblem("environment", None, "DEMANDWATCH_ALERT_QUEUE_URL", "not set")]
            )
        async with service(
            settings,
            self.config,
            store=self.store,
            notifier=QueuedHealthNotifier(alerts),
            clock=self.clock,
        ) as polling:
            yield polling


def alert_router(config: AppConfig, settings: Settings) -> Callable[[Alert], str]:
    """The channel an alert will be posted to, by the Slack notifier's rule (highest
    priority matched demand's channel, inherited from its campaign, else the default):
    the alerts queue groups messages by it."""
    from demandwatch.slack.blocks import RenderContext

    context = RenderContext.from_config(config)
    default = settings.slack_channel or config.org.default_channel

    def route(alert: Alert) -> str:
        for match in context.ordered(alert.matches):
            demand = context.demands.get(match.demand_id)
            if demand is not None and demand.channel:
                return demand.channel
        return default

    return route


def cloud_app(
    environ: Mapping[str, str] | None = None,
    *,
    require: tuple[str, ...] = (),
    clients: AwsClients | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> CloudApp:
    """The cloud composition (ConfigError, naming every problem, if anything is missing)."""
    return CloudApp(environ, require=require, clients=clients, clock=clock)
