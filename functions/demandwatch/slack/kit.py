"""What the interactive side shares with the messages it answers, without Slack's SDK.

The buttons' action ids, the story a message stands for and the limit of a section's
text: every press and slash command reads them, and the interact function imports them
with its handler. :mod:`demandwatch.slack.blocks`, which builds the messages with
slack_sdk's models, re-exports them; a press needs neither slack_sdk nor a Web API client
(the follow-ups that talk to Slack run in the notify function), so the interact
function's cold start imports neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from demandwatch.core.models import Alert

# Block Kit's limit on a section's text (https://docs.slack.dev/reference/block-kit/blocks).
SECTION_TEXT = 3000

ACTION_DRAFT = "demandwatch.draft"
ACTION_CLAIM = "demandwatch.claim"
ACTION_DISMISS = "demandwatch.dismiss"
ACTION_MUTE = "demandwatch.mute"

# The event type of the metadata each alert's post carries (slack/api.py writes it).
ALERT_EVENT = "demandwatch_alert"


def story_of(alert: Alert) -> str:
    """An alert's story; until clustering gives it one, every alert is its own story."""
    return alert.story_id or alert.id
