"""Daily (EventBridge Scheduler): a digest of the last day's stories to each campaign's
channel — what happened, by demand, what people did with it, the stories held back
from the channel, and how the sources are doing.

The content is built by the same use case as ``demandwatch digest`` (app.digest, over
core.digest); this function only gives it the day and the Slack poster.
"""

from __future__ import annotations

from typing import Any

# Imported with the module, not at the first invocation: Lambda runs a module's imports in
# its init phase, and every invocation of this function needs all of these.
from demandwatch.app.digest import post_digests
from demandwatch.bootstrap import build_routes
from demandwatch.handlers._runtime import Event, Invocation, make_handler
from demandwatch.handlers._schedules import parse_event
from demandwatch.slack.digest import SlackDigestPoster

REQUIRE = ("secret_id",)
# The AWS clients its invocations make: state and the secret (the bot token), no queue.
# bench/coldstart.py counts them in the cold start; tests/integration/test_aws_e2e.py
# checks the list against what each function really makes.
CLIENTS = ("dynamodb", "secretsmanager")


def run(event: Event, invocation: Invocation) -> dict[str, Any]:
    scheduled = parse_event(event)
    app = invocation.app
    settings = app.settings()
    end = scheduled.scheduled_time or app.clock()
    start = end - app.cloud.digest_window
    api = app.slack_api(settings)  # the container's client and channel-id cache
    poster = SlackDigestPoster(api, build_routes(app.config, settings))
    posted = post_digests(app.config, app.store, poster, start, end)
    alerts = sum(d.content.alerts for d in posted)
    invocation.logger.info("digest posted", extra={"campaigns": len(posted), "alerts": alerts})
    return {"campaigns": len(posted), "alerts": alerts}


handler = make_handler(run, require=REQUIRE, reads=("alert", "story"))
