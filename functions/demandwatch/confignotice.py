"""A configuration that does not validate, said in the ops channel (probe s20 T9; s19 P7
for a running loop).

Under cron, ``run --once`` with a broken file exits 3 and polls nothing, and its stderr
reaches nobody: every scheduled run after the edit did nothing, unsaid. The run still
polls nothing and touches no state (the problems name file, line and field; nothing is
guessed past them, and an older configuration may poll a source the operator just took
out), but it tells the ops channel, as it tells of a failing source.

Once a day while it lasts, with no state written: the ops channel's own history says
whether this very notice (its problems' digest in the message metadata) was posted in the
last day. The channel is org.yaml's ops channel when org.yaml itself validates (the usual
case: a typo in sources.yaml or demands.yaml), else SLACK_CHANNEL, the channel ops
notices go to when none is configured.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

from demandwatch.config import Settings, load_org
from demandwatch.exceptions import ConfigError, NotifyError

# How long a notice of the same problems stands before it is said again.
SAID_AGAIN_AFTER = timedelta(days=1)
# The notices' kind in their metadata (source-health notices are "health").
CONFIG_KIND = "config"


def notice_text(directory: Path, error: ConfigError, *, loop: bool = False) -> str:
    """What the ops channel is told: where, what, and what polls meanwhile (nothing, for a
    scheduled run; a running ``run --loop`` keeps the configuration it had)."""
    lines = [str(problem) for problem in error.problems]
    meanwhile = (
        "the running loop keeps polling with the configuration it had"
        if loop
        else "every scheduled run polls nothing"
    )
    return (
        f"The configuration in {directory} is invalid: {meanwhile} until it is mended "
        "(`demandwatch config check` lists the problems).\n" + "\n".join(lines)
    )


def notice_key(error: ConfigError) -> str:
    """The same problems give the same key: a notice is said once however many runs meet
    them, and again for another mistake."""
    said = "\n".join(str(problem) for problem in error.problems)
    return hashlib.sha256(said.encode()).hexdigest()[:16]


def ops_channel(directory: Path, settings: Settings) -> str | None:
    """Where the notice goes: as the Slack notifier's ops notices when org.yaml
    validates (its ops channel, else the default channel), else SLACK_CHANNEL."""
    org = load_org(directory)
    if org is None:
        return settings.slack_channel
    return org.ops_channel or settings.slack_channel or org.default_channel


def tell_ops(
    settings: Settings, directory: Path, error: ConfigError, *, now: datetime, loop: bool = False
) -> str:
    """Say ``error`` in the ops channel unless it was said there in the last day; the
    line to print on stderr about it. Never raises: the configuration's own exit code
    (3) is what the run ends with. ``loop``: a running loop met it, and polls on with the
    configuration it had."""
    if settings.slack_bot_token is None:
        return "the ops channel was not told (SLACK_BOT_TOKEN is not set)"
    channel = ops_channel(directory, settings)
    if channel is None:
        return (
            "the ops channel was not told: org.yaml, which names it, is invalid and "
            "SLACK_CHANNEL is not set"
        )
    # Imported here: only a broken configuration with a bot token needs Slack.
    from demandwatch.slack import blocks
    from demandwatch.slack.api import SlackApi, build_web_client
    from demandwatch.slack.notifier import OPS_EVENT

    payload = {"kind": CONFIG_KIND, "problems": notice_key(error)}
    try:
        api = SlackApi(build_web_client(settings), retries=1)
        where = api.channel_id(channel)
        if api.find_message(where, payload, since=now - SAID_AGAIN_AFTER, event_type=OPS_EVENT):
            return f"already told in {channel} within the last day"
        api.post(
            where,
            blocks.render_ops(notice_text(directory, error, loop=loop)),
            metadata={"event_type": OPS_EVENT, "event_payload": payload},
        )
    except NotifyError as exc:
        return f"the ops channel {channel} was not told: {exc}"
    return f"told in {channel}"
