"""The composition root: the one place that names concrete adapters.

What only some functions use (delivery, the fan-out, Slack, polling) is imported where it
is built: each function's cold start imports what its own invocations use, which its
handler module imports.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from demandwatch.adapters.aws import SecretReader
from demandwatch.adapters.aws import client as aws_client
from demandwatch.config import AppConfig, CloudSettings, Settings, load_config
from demandwatch.configsnapshot import load as load_snapshot
from demandwatch.core.routing import Routes
from demandwatch.exceptions import ConfigError, ConfigProblem, NotifyError
from demandwatch.ports import Poster
from demandwatch.queue.sqs import SqsQueue
from demandwatch.store.base import Store
from demandwatch.store.dynamodb import DynamoDbReplayCache, DynamoDbStore

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.client import DynamoDBClient
    from mypy_boto3_secretsmanager.client import SecretsManagerClient
    from mypy_boto3_sqs.client import SQSClient

    from demandwatch.app.delivery import DeliverAlerts
    from demandwatch.app.digest import DigestPoster
    from demandwatch.core.learned import EventOpinion
    from demandwatch.core.matching import Matcher
    from demandwatch.notify.base import Notifier
    from demandwatch.notify.console import ConsoleNotifier
    from demandwatch.queue.fanout import FanOut
    from demandwatch.service import Fetcher, Service
    from demandwatch.slack.api import SlackApi
    from demandwatch.slack.interact import InstalledTeam, Interactions, ReplayCache
    from demandwatch.slack.notifier import SlackNotifier
    from demandwatch.sources.pool import ParsePool


def utc_now() -> datetime:
    return datetime.now(UTC)


def user_agent(settings: Settings, config: AppConfig) -> str:
    """DEMANDWATCH_USER_AGENT if set; else the organisation and a contact from org.yaml
    (the media contact's e-mail, else its name and phone)."""
    if settings.user_agent:
        return settings.user_agent
    from demandwatch.sources.http import user_agent_for

    media = config.org.media_contact
    contact = media.email or " ".join(p for p in (media.name, media.phone) if p) or None
    return user_agent_for(config.org.name, contact)


def build_matcher(config: AppConfig, demand_model: str = "on") -> Matcher:
    """The campaigns' queries, with the learned opinion on demands ``demand_model`` gives
    (Settings.demand_model; on by default, as a run has it)."""
    # Imported here: the notify and digest functions match nothing, and a cold start of
    # theirs need not import the query engine.
    from demandwatch.core.matching import Matcher
    from demandwatch.demand_model import demand_opinion

    return Matcher(
        ((d, c.context) for c in config.campaigns for d in c.demands),
        learned=demand_opinion(demand_model),
    )


def load(settings: Settings, config_dir: Path | None = None) -> AppConfig:
    """Validate the configuration before anything else is opened (ConfigError if bad)."""
    return load_config(config_dir or settings.config_dir)


def build_routes(config: AppConfig, settings: Settings) -> Routes:
    """The one routing rule (core.routing), filled from configuration and settings."""
    return Routes.build(
        config.demands,
        {c.id: c.channel for c in config.campaigns},
        slack_channel=settings.slack_channel,
        default_channel=config.org.default_channel,
    )


def build_notifier(
    settings: Settings,
    config: AppConfig,
    store: Store,
    *,
    clock: Callable[[], datetime] = utc_now,
    max_wait: float = 0.0,
    deployment: str = "",
) -> SlackNotifier | ConsoleNotifier:
    """Slack when a bot token and a channel are set (SLACK_CHANNEL or org.yaml's
    default_channel), the console otherwise. ``max_wait``: how long a 429 may be waited
    out in process (0: fail the send and let the next try come later)."""
    channel = settings.slack_channel or config.org.default_channel
    if settings.slack_bot_token is None or not channel:
        from demandwatch.notify.console import ConsoleNotifier

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
        deployment=deployment,
    )


def local_deployment_of(store: Store) -> str:
    """A local state's deployment id (its state file keeps it: SqliteStore.deployment_name),
    in its Slack messages' metadata; "" for a store that keeps none."""
    from demandwatch.store.sqlite import SqliteStore

    if not isinstance(store, SqliteStore):
        return ""
    import socket

    from demandwatch.slack.digest import deployment_id

    return deployment_id(
        store.deployment_name(f"sqlite:{socket.gethostname()}:{Path(store.path).resolve()}")
    )


def build_delivery(
    store: Store,
    poster: Poster,
    config: AppConfig,
    settings: Settings,
    *,
    clock: Callable[[], datetime] = utc_now,
    local: bool = True,
) -> DeliverAlerts:
    """The delivery use case. Locally a lease names this process, so the next run can
    tell a killed run's leases from a live one's; in the cloud the lease lapses."""
    from demandwatch.app.delivery import DeliverAlerts

    holder, liveness = "", None
    if local:
        from demandwatch.adapters.process import LocalLiveness, this_process

        holder, liveness = this_process(), LocalLiveness()
    return DeliverAlerts(
        alerts=store,
        threads=store,
        notices=store,
        poster=poster,
        routes=build_routes(config, settings),
        clock=clock,
        holder=holder,
        calm=config.org.calm(),
        liveness=liveness,
    )


def build_interactions(
    settings: Settings,
    config: AppConfig,
    store: Store,
    *,
    clock: Callable[[], datetime] = utc_now,
    replay: ReplayCache | None = None,
    team: InstalledTeam | None = None,
    notifier: SlackNotifier | Callable[[], SlackNotifier] | None = None,
    unsigned_said: str = "SLACK_SIGNING_SECRET is not set",
) -> Interactions:
    """The buttons and /demandwatch handlers (NotifyError without SLACK_BOT_TOKEN).
    ``replay``: where answered signatures are kept (default: this process's memory).
    ``team``: the installed workspace, shared by every handler of the process (default:
    :func:`installed_team` of these settings). ``notifier``: the process's Slack
    notifier, when one is built already, or what builds it when first needed (the cloud's:
    a press talks to the store alone, so its container need not import slack_sdk)."""
    from demandwatch.slack.interact import Interactions

    if notifier is None:
        from demandwatch.slack.api import build_web_client
        from demandwatch.slack.notifier import SlackNotifier

        notifier = SlackNotifier(
            build_web_client(settings),
            store,
            config,
            default_channel=settings.slack_channel,
            clock=clock,
        )
    elif settings.slack_bot_token is None:
        raise NotifyError("SLACK_BOT_TOKEN is not set")
    secret = settings.slack_signing_secret
    return Interactions(
        store=store,
        config=config,
        notifier=notifier,
        matcher=lambda: build_matcher(config),  # for /demandwatch test alone
        team=team or installed_team(settings),
        signing_secret=secret.get_secret_value() if secret else None,
        replay=replay,
        clock=clock,
        unsigned_said=unsigned_said,
        event_model_problem=lambda: event_model_problem(settings),
        second_opinion=lambda: _second_opinion(settings),
    )


def _second_opinion(settings: Settings) -> EventOpinion | None:
    # Read when /demandwatch test asks, never at a cold start: a run's second opinion.
    from demandwatch.event_model import second_opinion

    return second_opinion(settings.event_model)


def event_model_problem(settings: Settings) -> str | None:
    """Why events are read by the rules alone though the model is on, or None: for status,
    the digest and /demandwatch status, never a poll (it reads the model file)."""
    # Imported when asked, never at a cold start.
    from demandwatch.event_model import model_problem

    return model_problem(settings.event_model)


def installed_team(settings: Settings) -> InstalledTeam:
    """The workspace interactive requests must come from: ``SLACK_TEAM_ID`` if set, else
    the bot token's own team, asked of auth.test once (NotifyError without a token). The
    Web API client is made at that ask: with the team configured, never."""
    from demandwatch.slack.interact import InstalledTeam

    if settings.slack_bot_token is None:
        raise NotifyError("SLACK_BOT_TOKEN is not set")
    made: list[SlackApi] = []

    def ask() -> str:
        if not made:
            from demandwatch.slack.api import SlackApi, build_web_client

            made.append(SlackApi(build_web_client(settings)))
        api = made[0]
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
    poster: Poster | None = None,
    clock: Callable[[], datetime] = utc_now,
    deliver: bool = True,
    parse_workers: int | None = None,
) -> AsyncIterator[Service]:
    """A ready Service; adapters not handed in are the embedded defaults.

    ``parse_workers``: processes that parse the answers (0: inline; None: one per core
    when there is more than one, see sources.pool)."""
    # Imported here, not at module level: only polling needs HTTP, feed parsing and event
    # classification, and the notify, interact and digest functions should not pay for
    # importing them at every cold start.
    from demandwatch.core.pipeline import Examiner
    from demandwatch.event_model import second_opinion
    from demandwatch.service import Service
    from demandwatch.sources.http import HttpFetcher
    from demandwatch.sources.kinds import host_intervals

    matcher = build_matcher(config, settings.demand_model)
    pool: ParsePool | None = None
    if parse_workers != 0:  # the functions parse inline and need no multiprocessing
        from demandwatch.sources.pool import ParsePool, default_workers

        workers = default_workers() if parse_workers is None else parse_workers
        examiner = Examiner(
            matcher,
            {d.id: d for d in config.demands},
            second_opinion(settings.event_model),
        )
        pool = ParsePool(workers, examiner) if workers > 0 else None
    own_store = store is None
    own_fetcher = fetcher is None
    if store is None:
        from demandwatch.store.sqlite import SqliteStore

        store = SqliteStore(state_path or settings.state_path)
    http = (
        HttpFetcher(
            user_agent=user_agent(settings, config),
            max_concurrency=settings.max_concurrency,
            per_host=settings.per_host_concurrency,
            min_interval=host_intervals(config.sources),
        )
        if own_fetcher
        else None
    )
    if notifier is None:
        # A short 429 is waited out within a local run; a longer one goes to the next run.
        from demandwatch.core.delivery import LOCAL_MAX_WAIT

        built = build_notifier(
            settings,
            config,
            store,
            clock=clock,
            max_wait=LOCAL_MAX_WAIT,
            deployment=local_deployment_of(store),
        )
        notifier, poster = built, poster or built
    elif poster is None and deliver:
        poster = cast(Poster, notifier)  # a notifier handed in shows the alerts too
    try:
        yield Service(
            config=config,
            store=store,
            fetcher=fetcher or http,  # type: ignore[arg-type]
            notifier=notifier,
            matcher=matcher,
            clock=clock,
            settings=settings,
            delivery=(
                build_delivery(store, poster, config, settings, clock=clock)
                if deliver and poster is not None
                else None
            ),
            parser=pool,
        )
    finally:
        if pool is not None:
            await pool.aclose()
        if http is not None:
            await http.aclose()
        if own_store:
            store.close()


# ------------------------------------------------------------------ cloud (AWS Lambda)

# The keys of the Secrets Manager secret (a JSON object), each the Settings field it fills.
SECRET_FIELDS = ("slack_bot_token", "slack_signing_secret", "reliefweb_appname", "slack_team_id")
# The keys polling uses (the schedule and poll functions): a Slack value the secret spoils
# (a token pasted with a trailing space) stops delivery, never polling (probe s18 C3).
POLLING_SECRET_FIELDS = ("reliefweb_appname",)
# How often (seconds) a container may read the secret past its cache when a value it has
# is refused (CloudApp._secret_past_cache).
SECRET_REREAD_MIN = 60.0


class AwsClients:
    """One client per service, made once per Lambda container and reused, so invocations
    share connections; each is made when first used, so a function pays at its cold
    start only for the clients it uses (a client costs its API model and endpoint rules).
    Endpoints and region come from botocore's configuration (AWS_REGION, AWS_ENDPOINT_URL
    for a local stand-in). Tests hand in their own clients."""

    def __init__(
        self,
        *,
        dynamodb: DynamoDBClient | None = None,
        sqs: SQSClient | None = None,
        secretsmanager: SecretsManagerClient | None = None,
        budget: dict[str, Any] | None = None,
    ) -> None:
        self._dynamodb = dynamodb
        self._sqs = sqs
        self._secretsmanager = secretsmanager
        self._budget = budget  # the clients' timeouts and retries (adapters.aws.client)

    @property
    def dynamodb(self) -> DynamoDBClient:
        if self._dynamodb is None:
            self._dynamodb = aws_client("dynamodb", self._budget)
        return self._dynamodb

    @property
    def sqs(self) -> SQSClient:
        if self._sqs is None:
            self._sqs = aws_client("sqs", self._budget)
        return self._sqs

    @property
    def secretsmanager(self) -> SecretsManagerClient:
        if self._secretsmanager is None:
            self._secretsmanager = aws_client("secretsmanager", self._budget)
        return self._secretsmanager

    @classmethod
    def default(cls) -> AwsClients:
        return cls()


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
            base = replace(base, config_dir=root / base.config_dir)
        self._base_settings = base
        # The build's snapshot of the validated shipped configuration when these are its
        # very files (no YAML parsed, no validator built), else a full validation.
        self.config = load_snapshot(base.config_dir)
        self.clock = clock
        self.clients = clients or AwsClients.default()
        self.store = DynamoDbStore(self.cloud.table_name, self.clients.dynamodb)
        self._secrets: SecretReader | None = None
        self._secret_read_at: float | None = None
        self._team: InstalledTeam | None = None
        self._slack_api: tuple[str, SlackApi] | None = None
        self._slack: tuple[SlackApi, SlackNotifier] | None = None

    def settings(self, fields: Sequence[str] = SECRET_FIELDS) -> Settings:
        """The environment's settings with the secret's values filled in: those of
        ``fields``, the keys the function uses, each checked (the others are left out, so
        a Slack token the polling functions never send cannot stop them).

        The container's SecretReader keeps the value for ``secret_max_age`` seconds, so a
        warm container asks Secrets Manager a few times an hour at most, and a rotated
        secret is picked up without a redeploy. Values never reach logs: config.Secret.
        """
        secret_id = self.cloud.secret_id
        if secret_id is None:
            return self._base_settings
        if self._secrets is None:
            self._secrets = SecretReader(self.clients.secretsmanager)
        values = self._secrets.get_json(secret_id, max_age=self.cloud.secret_max_age)
        if not isinstance(values, dict):
            raise ConfigError(
                [ConfigProblem("secrets", None, secret_id, "the secret is not a JSON object")]
            )
        try:
            return self._with_secret(values, fields)
        except ConfigError:
            # A value mended in the secret is used at the next try, not up to
            # secret_max_age later (as a refused token is: _secret_past_cache).
            fresh = self._secret_past_cache()
            if fresh is None:
                raise
            return self._with_secret(fresh, fields)

    def _with_secret(self, values: Mapping[str, Any], fields: Sequence[str]) -> Settings:
        # Checked as the environment's values are: a token with a line break is a
        # ConfigError naming the key, never the value.
        return self._base_settings.with_credentials(
            {name: values[name] for name in fields if values.get(name)}, "secrets"
        )

    def secret_problem(self) -> ConfigError | None:
        """What makes the secret's other values unusable (a bot token with a space in
        it), for a function that read only its own (:meth:`settings` with ``fields``) to
        say; None when every value passes. Names keys, never values."""
        try:
            self.settings()
        except ConfigError as exc:
            return exc
        return None

    def _secret_past_cache(self) -> dict[str, object] | None:
        """The secret's values as they are now, read past the container's cache, when a
        value the container has is refused (Slack refusing the bot token, a request's
        signature not matching the signing secret): a secret rotated there is used at
        once rather than up to ``secret_max_age`` later (probe s15 K1: every P1 refused,
        and every button answered "bad signature", for 15 minutes). At most once a
        minute: a value that is really wrong is not read again per alert or request.
        The values also replace the cached ones, so the next :meth:`settings` has them."""
        secret_id = self.cloud.secret_id
        now = time.monotonic()
        if secret_id is None or self._secrets is None:
            return None
        if self._secret_read_at is not None and now - self._secret_read_at < SECRET_REREAD_MIN:
            return None
        self._secret_read_at = now
        try:
            values = self._secrets.get_json(secret_id, max_age=0)
        except ConfigError:
            return None  # said by the refusal itself; the next settings() names the problem
        return values if isinstance(values, dict) else None

    def _token_in_secret(self) -> str | None:
        """The bot token the secret holds now (:meth:`_secret_past_cache`)."""
        values = self._secret_past_cache()
        token = values.get("slack_bot_token") if values is not None else None
        if not isinstance(token, str) or not token.strip():
            return None
        token = token.strip()
        # Checked as settings() checks it: a value with a space or a control character is
        # not sent (the next settings() names the problem, never the value).
        if any(ch.isspace() or not ch.isprintable() for ch in token):
            return None
        return token

    def settings_if_rotated(self, current: Settings) -> Settings | None:
        """Settings with the secret read past the cache, when its signing secret is no
        longer ``current``'s (:meth:`_secret_past_cache`); None otherwise."""
        if self._secret_past_cache() is None:
            return None
        fresh = self.settings()
        if fresh.slack_signing_secret == current.slack_signing_secret:
            return None
        return fresh

    def queue(self, url: str | None) -> SqsQueue | None:
        return None if url is None else SqsQueue(url, self.clients.sqs)

    def fanout(self, settings: Settings) -> FanOut:
        alert_queue = self.queue(self.cloud.alert_queue_url)
        if alert_queue is None:  # CloudSettings.from_env(require=...) makes this unreachable
            raise ConfigError(
                [ConfigProblem("environment", None, "DEMANDWATCH_ALERT_QUEUE_URL", "not set")]
            )
        from demandwatch.queue.fanout import FanOut

        return FanOut(
            config=self.config,
            store=self.store,
            alert_queue=alert_queue,
            poll_queue=self.queue(self.cloud.poll_queue_url),
            clock=self.clock,
            route=build_routes(self.config, settings).for_alert,
            inline_poll_max=self.cloud.inline_poll_max,
        )

    def interactions(self, settings: Settings) -> Interactions:
        """Slack's buttons and slash command; replays are refused across containers."""
        # The installed team is learned once per container (auth.test), or again when the
        # configured one changes with the secret.
        if self._team is None or self._team.configured != settings.slack_team_id:
            self._team = installed_team(settings)
        # The signing secret is a key of the secret here: a log naming the environment
        # variable would send the operator to the function's configuration.
        where = "slack_signing_secret is missing from the secret named by DEMANDWATCH_SECRET_ID"
        return build_interactions(
            settings,
            self.config,
            self.store,
            clock=self.clock,
            team=self._team,
            # Built when a follow-up or a rare check first asks Slack (never by a press).
            notifier=lambda: self.notifier(settings),
            replay=DynamoDbReplayCache(
                self.cloud.table_name,
                self.clients.dynamodb,
                # The same clock the signature's freshness is judged by.
                clock=lambda: self.clock().timestamp(),
            ),
            unsigned_said=where if self.cloud.secret_id else "SLACK_SIGNING_SECRET is not set",
        )

    def slack_api(self, settings: Settings) -> SlackApi:
        """The container's Slack Web API client and channel-id cache, made once and again
        only when the secret's token changes. A 429 is not waited out in the function:
        the message fails and is handed back for Slack's Retry-After (handlers/notify.py)."""
        token = settings.slack_bot_token
        if token is None:
            raise ConfigError(
                [ConfigProblem("secrets", None, "slack_bot_token", "not set in the secret")]
            )
        key = hashlib.sha256(token.get_secret_value().encode()).hexdigest()
        if self._slack_api is None or self._slack_api[0] != key:
            from demandwatch.slack.api import SlackApi, build_web_client

            api = SlackApi(
                build_web_client(settings), max_wait=0.0, fresh_token=self._token_in_secret
            )
            self._slack_api = (key, api)
        return self._slack_api[1]

    def notifier(self, settings: Settings) -> SlackNotifier:
        """Slack, built once per container on :meth:`slack_api` (with the draft renderer)
        and rebuilt with it."""
        api = self.slack_api(settings)
        if self._slack is None or self._slack[0] is not api:
            from demandwatch.slack.digest import deployment_id
            from demandwatch.slack.notifier import SlackNotifier

            notifier = SlackNotifier(
                api.client,
                self.store,
                self.config,
                default_channel=settings.slack_channel,
                clock=self.clock,
                api=api,
                # Its messages are told from another stack's in the channel by its table.
                deployment=deployment_id(f"dynamodb:{self.cloud.table_name}"),
            )
            self._slack = (api, notifier)
        return self._slack[1]

    def delivery(self, settings: Settings) -> DeliverAlerts:
        """The delivery use case on this container's Slack notifier (leases lapse)."""
        return build_delivery(
            self.store,
            self.notifier(settings),
            self.config,
            settings,
            clock=self.clock,
            local=False,
        )

    @asynccontextmanager
    async def poller(self, settings: Settings) -> AsyncIterator[Service]:
        """A Service for polling, on the DynamoDB store, with its own HTTP client (an
        asyncio client belongs to one event loop, and every invocation runs its own)."""
        from demandwatch.queue.fanout import QueuedHealthNotifier

        alerts = self.queue(self.cloud.alert_queue_url)
        if alerts is None:  # CloudSettings.from_env(require=...) makes this unreachable
            raise ConfigError(
                [ConfigProblem("environment", None, "DEMANDWATCH_ALERT_QUEUE_URL", "not set")]
            )
        async with service(
            settings,
            self.config,
            store=self.store,
            notifier=QueuedHealthNotifier(alerts, self.clock),
            clock=self.clock,
            deliver=False,
            # The functions have 512 MB, a fraction of one vCPU: a second process could
            # only take turns with this one, and would pay to copy every body to it.
            parse_workers=0,
        ) as polling:
            yield polling


def cloud_app(
    environ: Mapping[str, str] | None = None,
    *,
    require: tuple[str, ...] = (),
    clients: AwsClients | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> CloudApp:
    """The cloud composition (ConfigError, naming every problem, if anything is missing)."""
    return CloudApp(environ, require=require, clients=clients, clock=clock)


def build_digest_poster(
    settings: Settings, config: AppConfig, *, deployment: str = ""
) -> DigestPoster:
    """Where the digest goes: each campaign's Slack channel with a bot token, else the
    console (``demandwatch digest`` without --post always prints). ``deployment``:
    slack.digest.deployment_id, which tells this deployment's digests from others'."""
    if settings.slack_bot_token is None:
        from demandwatch.notify.digest import ConsoleDigestPoster

        return ConsoleDigestPoster()
    from demandwatch.slack.api import SlackApi, build_web_client
    from demandwatch.slack.digest import SlackDigestPoster

    return SlackDigestPoster(
        SlackApi(build_web_client(settings)), build_routes(config, settings), deployment=deployment
    )
