"""The interactive requests demandwatch answers, as Slack sends them, as schemas.

A signed request is Slack's, but its shape is still checked before anything is read
from it: a ``user`` that is not an object or a button ``value`` that is not a string is
refused as malformed (HTTP 400) instead of raising half-way through. Only the fields
demandwatch reads are declared; Slack adds fields over time, and those are ignored.
Strict mode: a number is not accepted where Slack sends a string.

Shapes from docs.slack.dev: "block_actions payloads" and "Implementing slash commands".
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

# Slack's ids: users U/W, channels C (public), G (private), D (direct), teams T, and E
# for an Enterprise Grid organisation.
UserId = Annotated[str, Field(pattern=r"^[UW][A-Z0-9]{2,30}$")]
ChannelId = Annotated[str, Field(pattern=r"^[CGD][A-Z0-9]{2,30}$")]
TeamId = Annotated[str, Field(pattern=r"^[TE][A-Z0-9]{2,30}$")]
MessageTs = Annotated[str, Field(pattern=r"^\d{1,12}\.\d{1,9}$")]
# Alert and story ids are ours (hex digests, "st-..."); anything else is not a button of ours.
OwnId = Annotated[str, Field(pattern=r"^[A-Za-z0-9._:-]{1,200}$")]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


class User(_Payload):
    id: UserId


class Team(_Payload):
    id: TeamId


class Channel(_Payload):
    id: ChannelId


class Container(_Payload):
    channel_id: ChannelId | None = None
    message_ts: MessageTs | None = None


class MessageRef(_Payload):
    ts: MessageTs


class Action(_Payload):
    action_id: str = Field(min_length=1, max_length=255)
    # Block Kit allows 2000 characters in a button value.
    value: str | None = Field(default=None, max_length=2000)


class ButtonValue(_Payload):
    """What our buttons carry (slack.blocks.button_value): the alert and its story."""

    alert: OwnId
    story: OwnId | None = None


class BlockActions(_Payload):
    """A button pressed on a message."""

    type: Literal["block_actions"]
    user: User
    team: Team
    channel: Channel | None = None
    container: Container | None = None
    message: MessageRef | None = None
    actions: list[Action] = Field(min_length=1, max_length=25)

    @model_validator(mode="after")
    def _on_a_message(self) -> BlockActions:
        if not self.channel_id:
            raise ValueError("no channel: our buttons are on channel messages")
        if not self.message_ts:
            raise ValueError("no message: our buttons are on channel messages")
        return self

    @property
    def channel_id(self) -> str:
        if self.channel is not None:
            return self.channel.id
        return (self.container.channel_id if self.container else None) or ""

    @property
    def message_ts(self) -> str:
        """The message the button was pressed on."""
        if self.container is not None and self.container.message_ts:
            return self.container.message_ts
        return self.message.ts if self.message is not None else ""


class SlashCommand(_Payload):
    """``/demandwatch ...`` (form fields over HTTP, the same keys over Socket Mode)."""

    command: str = Field(min_length=2, max_length=100)
    text: str = Field(default="", max_length=4000)
    user_id: UserId
    team_id: TeamId
    channel_id: ChannelId


def problems(exc: ValidationError, limit: int = 3) -> str:
    """What is wrong with a payload, by field, never quoting the payload itself."""
    found = [
        f"{'.'.join(str(p) for p in e['loc']) or 'payload'}: {e['msg']}"
        for e in exc.errors(include_url=False, include_input=False, include_context=False)
    ]
    more = f" (+{len(found) - limit} more)" if len(found) > limit else ""
    return "; ".join(found[:limit]) + more


def parse_button_value(raw: str | None) -> ButtonValue:
    """A button's value (JSON written by us); ValidationError if it is anything else."""
    return ButtonValue.model_validate_json(raw or "")


def block_actions(payload: Any) -> BlockActions:
    return BlockActions.model_validate(payload)


def slash_command(fields: Any) -> SlashCommand:
    return SlashCommand.model_validate(fields)
