"""The models of sources.yaml and demands.yaml: what validating those two files checks.

Kept apart from config because only validating needs them (``config.load_config``
imports this module where it validates): the Lambda functions read the build's snapshot
of the validated configuration (configsnapshot) and validate neither file, yet defining
these six models cost every cold start about 3 ms of CPU, validators deferred or not.
The org file's models stay in config: the validated configuration holds them.
"""

from __future__ import annotations

from datetime import timedelta

from pydantic import Field, field_validator, model_validator

from demandwatch.config import (
    Duration,
    Identifier,
    SourceKind,
    _check_channel,
    _check_query,
    _duplicate_id,
    _Strict,
)
from demandwatch.core.models import DemandPriority, DemandStatus, KeyRule, SourceTier

# ------------------------------------------------------------------------------ sources


class SourceDefaults(_Strict):
    interval: Duration = timedelta(minutes=10)
    timeout: Duration = timedelta(seconds=20)
    expect_every: Duration = timedelta(days=2)
    max_bytes: int = Field(default=5_000_000, gt=0)


class SourceConfig(_Strict):
    id: Identifier
    name: str = Field(min_length=1)
    kind: SourceKind = "rss"
    url: str = Field(pattern=r"^https?://")
    tier: SourceTier
    key: KeyRule = "default"
    interval: Duration | None = None
    timeout: Duration | None = None
    expect_every: Duration | None = None
    max_bytes: int | None = Field(default=None, gt=0)
    enabled: bool = True
    notes: str | None = None
    # Kind-specific. query: the search (undl: the catalogue pattern; gdelt: GDELT query
    # syntax; reliefweb: optional full-text). country: ISO 3166 alpha-3 (reliefweb).
    query: str | None = Field(default=None, min_length=1)
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{3}$")
    # Least time between two requests to this source's host (GDELT publishes 5s).
    min_interval: Duration | None = None
    # Items older than this are remembered without alerting (default: org.yaml's
    # max_item_age). Voting records are dated by the vote and catalogued days later.
    max_item_age: Duration | None = None

    @model_validator(mode="after")
    def _kind_needs(self) -> SourceConfig:
        if self.kind == "reliefweb" and self.country is None:
            raise ValueError("a reliefweb source needs country: (ISO 3166 alpha-3, e.g. syr)")
        if self.kind == "gdelt" and self.query is None and "query=" not in self.url:
            raise ValueError("a gdelt source needs query: (GDELT query syntax)")
        return self


class SourcesFile(_Strict):
    # A factory, not an instance made here: making one would build SourceDefaults'
    # validator at import, which defer_build (see _Strict) leaves to the first validation.
    defaults: SourceDefaults = Field(default_factory=SourceDefaults)
    sources: list[SourceConfig] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> SourcesFile:
        seen: set[str] = set()
        for i, source in enumerate(self.sources):
            if source.id in seen:
                raise _duplicate_id("source", source.id, ("sources", i, "id"))
            seen.add(source.id)
        return self


# ------------------------------------------------------------------------------ demands


class DemandConfig(_Strict):
    id: Identifier
    title: str = Field(min_length=1)
    status: DemandStatus = "active"
    priority: DemandPriority = "normal"
    owner: str = Field(min_length=1)
    channel: str | None = None
    match: str = Field(min_length=1)
    position: str = Field(min_length=1)
    asks: list[str] = Field(min_length=1)
    spokesperson: str = Field(min_length=1)

    _query = field_validator("match")(_check_query)
    _channel = field_validator("channel")(_check_channel)


class CampaignConfig(_Strict):
    id: Identifier
    title: str = Field(min_length=1)
    channel: str | None = None
    context: str | None = None
    demands: list[DemandConfig] = Field(min_length=1)

    _channel = field_validator("channel")(_check_channel)

    @field_validator("context")
    @classmethod
    def _context_query(cls, value: str | None) -> str | None:
        return None if value is None else _check_query(value)


class DemandsFile(_Strict):
    campaigns: list[CampaignConfig] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> DemandsFile:
        seen: set[str] = set()
        for c, campaign in enumerate(self.campaigns):
            for d, demand in enumerate(campaign.demands):
                if demand.id in seen:
                    raise _duplicate_id("demand", demand.id, ("campaigns", c, "demands", d, "id"))
                seen.add(demand.id)
        return self
