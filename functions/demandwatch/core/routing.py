"""Which Slack channel an alert (or a campaign's digest) goes to: one rule, one order.

The order, everywhere: the matched demand's own channel, else its campaign's channel, else
``SLACK_CHANNEL`` (the operator's override of the default), else org.yaml's
``default_channel``. Among several matched demands, the highest-priority one decides
(configuration order breaks ties).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from demandwatch.core.models import Alert, Demand, Match

_DEMAND_RANK = {"high": 0, "normal": 1, "low": 2}


@dataclass(frozen=True)
class Routes:
    """The channels known from configuration and settings."""

    # demand id -> (its own channel, its campaign's channel); order = configuration order
    demands: Mapping[str, Demand] = field(default_factory=dict)
    campaign_channels: Mapping[str, str | None] = field(default_factory=dict)
    slack_channel: str | None = None  # SLACK_CHANNEL
    default_channel: str = ""  # org.yaml

    @classmethod
    def build(
        cls,
        demands: Sequence[Demand],
        campaign_channels: Mapping[str, str | None],
        *,
        slack_channel: str | None,
        default_channel: str,
    ) -> Routes:
        return cls(
            demands={d.id: d for d in demands},
            campaign_channels=dict(campaign_channels),
            slack_channel=slack_channel or None,
            default_channel=default_channel,
        )

    @property
    def fallback(self) -> str:
        """Where an alert goes when no demand or campaign names a channel (and where it
        is re-routed when its own channel cannot be posted to)."""
        return self.slack_channel or self.default_channel

    def ordered(self, matches: Iterable[Match]) -> list[Match]:
        """Matches, high-priority demands first, configuration order otherwise."""
        order = {demand_id: i for i, demand_id in enumerate(self.demands)}
        return sorted(
            matches,
            key=lambda m: (
                _DEMAND_RANK[self.demands[m.demand_id].priority]
                if m.demand_id in self.demands
                else 3,
                order.get(m.demand_id, len(order)),
            ),
        )

    def for_campaign(self, campaign_id: str) -> str:
        return self.campaign_channels.get(campaign_id) or self.fallback

    def for_alert(self, alert: Alert) -> str:
        for match in self.ordered(alert.matches):
            demand = self.demands.get(match.demand_id)
            if demand is None:
                continue
            # Config gives a demand its campaign's channel when it has none of its own;
            # looking the campaign up again keeps the order right for hand-built demands.
            channel = demand.channel or self.campaign_channels.get(demand.campaign_id)
            if channel:
                return channel
        if not any(m.demand_id in self.demands for m in alert.matches):
            # Every demand it matched was renamed or removed while it waited: it goes on
            # where its campaign goes, when that is still configured (probe s16 R1).
            for match in alert.matches:
                campaign = alert.demand_campaigns.get(match.demand_id)
                channel = self.campaign_channels.get(campaign) if campaign else None
                if channel:
                    return channel
        return self.fallback
