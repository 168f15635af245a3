"""Test data for the Slack and draft tests: a configuration and one alert per event type.

The alerts are modelled on the seed campaign (Russia's vetoes on Syria, February 2012):
the UN press release SC/10536 on the veto of draft S/2012/77, the vote tally as the UN
recorded it, and the demands and organisation of the shipped configuration.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from demandwatch.config import (
    SHIPPED_CONFIG_DIR,
    AppConfig,
    Campaign,
    Source,
    load_config,
)
from demandwatch.configfiles import MediaContact, OrgFile
from demandwatch.core.models import (
    Actor,
    Alert,
    Demand,
    Event,
    EventType,
    Item,
    Match,
    Priority,
    VoteTally,
)

T0 = datetime(2012, 2, 4, 16, 0, tzinfo=UTC)
TODAY = date(2012, 2, 4)

SYRIA_CHANNEL = "C0SYRIAUN"
DEFAULT_CHANNEL = "C0UNALERTS"
OPS_CHANNEL = "C0DWOPS01"
ARMS_CHANNEL = "C0ARMSTEAM"
CHANNELS = {
    SYRIA_CHANNEL: "syria-un",
    DEFAULT_CHANNEL: "un-alerts",
    OPS_CHANNEL: "demandwatch-ops",
    ARMS_CHANNEL: "arms-team",
}


def shipped_config() -> AppConfig:
    return load_config(SHIPPED_CONFIG_DIR)


# The campaign of the seed release, frozen here so that snapshots change only when the
# rendering does (the shipped demands.yaml is tuned over time). Simple queries: these
# tests are about Slack, not matching.
_DEMANDS = (
    Demand(
        id="stop-veto-obstruction",
        campaign_id="syria-un-action",
        title="Stop obstructing Security Council action on Syria",
        status="active",
        priority="high",
        owner="@un-office-oncall",
        query="veto* NEAR/25 (Syria* OR Assad)",
        position=(
            "Russia and China must stop obstructing the Security Council's response to the "
            "atrocities in Syria. Every veto gives the Syrian government a free pass to kill, "
            "torture and arrest without cause."
        ),
        asks=(
            "Permanent members must not use, or threaten to use, the veto to block action on Syria.",
            "The Security Council must adopt a binding resolution to stop the bloodshed in Syria.",
        ),
        spokesperson="José Luis Díaz, representative to the United Nations in New York",
    ),
    Demand(
        id="arms-embargo",
        campaign_id="syria-un-action",
        title="A comprehensive arms embargo on Syria",
        status="active",
        priority="high",
        owner="@arms-control-team",
        query='("arms embargo" OR "arms shipment*" OR "arms supplier*") NEAR/20 Syria*',
        position=(
            "The Security Council must impose a comprehensive arms embargo on Syria; arms "
            "suppliers must stop feeding the crackdown."
        ),
        asks=(
            "Impose a comprehensive arms embargo on Syria.",
            "Suspend all transfers of arms and military equipment to the Syrian government.",
        ),
        spokesperson="Sanjeev Bery, advocacy director for the Middle East and North Africa",
    ),
    Demand(
        id="asset-freeze",
        campaign_id="syria-un-action",
        title="Freeze the assets of Bashar al-Assad and senior leaders",
        status="active",
        priority="normal",
        owner="@sanctions-team",
        query="(asset* NEAR/5 freez*) AND (Syria* OR Assad)",
        position=(
            "The Security Council must freeze the foreign assets of President Bashar al-Assad "
            "and other senior leaders responsible for crimes under international law."
        ),
        asks=("Freeze the foreign assets of Bashar al-Assad and other senior Syrian leaders.",),
        spokesperson="Sanjeev Bery, advocacy director for the Middle East and North Africa",
    ),
    Demand(
        id="accountability-investigations",
        campaign_id="syria-un-action",
        title="Independent and impartial investigations of all suspected perpetrators",
        status="active",
        priority="normal",
        owner="@international-justice-team",
        query='"commission of inquiry" AND Syria*',
        position=(
            "There must be independent and impartial investigations of all suspected "
            "perpetrators of crimes against humanity in Syria, as the UN Commission of Inquiry "
            "has called for."
        ),
        asks=(
            "Ensure independent and impartial investigations of all suspected perpetrators of crimes against humanity.",
            "Bring those responsible to justice in fair trials.",
        ),
        spokesperson="José Luis Díaz, representative to the United Nations in New York",
    ),
    Demand(
        id="icc-referral",
        campaign_id="syria-un-action",
        title="Refer the situation in Syria to the International Criminal Court",
        status="paused",
        priority="high",
        owner="@international-justice-team",
        query='"International Criminal Court" AND Syria*',
        position="The Security Council must refer the situation in Syria to the ICC Prosecutor.",
        asks=(
            "Refer the situation in Syria to the Prosecutor of the International Criminal Court.",
        ),
        spokesperson="José Luis Díaz, representative to the United Nations in New York",
    ),
)

_ORG = OrgFile(
    name="Amnesty International",
    short_name="Amnesty",
    dateline_city="New York",
    media_contact=MediaContact(name="Media Relations", phone="212-633-4150"),
    default_channel="#un-alerts",
    ops_channel="#demandwatch-ops",
    on_call="@un-office-oncall",
    timezone="America/New_York",
    boilerplate=(
        "Amnesty International is a Nobel Peace Prize-winning grassroots activist organization "
        "with more than 2.8 million supporters, activists and volunteers in more than 150 "
        "countries campaigning for human rights worldwide. The organization investigates and "
        "exposes abuses, educates and mobilizes the public, and works to protect people wherever "
        "justice, freedom, truth and dignity are denied."
    ),
)

SOURCES = tuple(
    Source(
        id=source_id,
        name=name,
        kind="rss",
        url=f"https://feeds.example.org/{source_id}.xml",
        tier="official",
        key="default",
        interval=timedelta(minutes=10),
        timeout=timedelta(seconds=20),
        expect_every=timedelta(days=2),
        max_bytes=5_000_000,
    )
    for source_id, name in (
        ("un-press", "UN Meetings Coverage and Press Releases"),
        ("un-news", "UN News"),
    )
)


def make_config(
    *,
    directory: Path | None = None,
    on_call: str | None = "S0ONCALL1",
    owners: dict[str, str] | None = None,
    demand_channels: dict[str, str | None] | None = None,
    campaign_channel: str | None = "#syria-un",
) -> AppConfig:
    """The seed campaign with Slack ids for the veto owner and on-call, and chosen channels.

    ``directory`` has no templates, so the shipped draft templates are used.
    """
    owners = {"stop-veto-obstruction": "U0VETOOWN", **(owners or {})}
    demand_channels = demand_channels or {}
    demands = tuple(
        replace(
            d,
            owner=owners.get(d.id, d.owner),
            channel=demand_channels.get(d.id, campaign_channel),
        )
        for d in _DEMANDS
    )
    campaign = Campaign(
        id="syria-un-action",
        title="Security Council action to stop the bloodshed in Syria",
        channel=campaign_channel,
        context=None,
        demands=demands,
    )
    return AppConfig(
        directory=directory or Path(__file__).resolve().parent / "snapshots",
        sources=SOURCES,
        campaigns=(campaign,),
        org=_ORG.model_copy(update={"on_call": on_call}).to_org(),
    )


def make_item(
    *,
    key: str = "press:sc10536",
    title: str = "Security Council Fails to Adopt Draft Resolution on Syria as Russian Federation, China Veto Text",
    text: str = (
        "<p>The Security Council this afternoon failed to adopt a draft resolution "
        "(document S/2012/77) that would have supported the League of Arab States' plan "
        "for a political transition in Syria, owing to negative votes by China and the "
        "Russian Federation.</p>"
    ),
    url: str = "https://press.un.org/en/2012/sc10536.doc.htm",
    published: datetime = T0,
    symbols: tuple[str, ...] = ("SC/10536", "S/2012/77"),
    source_id: str = "un-press",
    vote: VoteTally | None = None,
    outlet: str | None = None,
) -> Item:
    return Item(
        source_id=source_id,
        key=key,
        url=url,
        title=title,
        text=text,
        published=published,
        fetched=published,
        symbols=symbols,
        vote=vote,
        outlet=outlet,
    )


VETO_TALLY = VoteTally(
    in_favour=13,
    against=2,
    abstentions=0,
    against_members=("China", "Russian Federation"),
    adopted=False,
)


def make_alert(
    alert_id: str = "a0veto",
    *,
    item: Item | None = None,
    event: Event | None = None,
    priority: Priority = "P1",
    story_id: str | None = None,
    matches: tuple[Match, ...] = (
        Match("stop-veto-obstruction", ("veto*", "syria*")),
        Match("arms-embargo", ("arms supplier*", "syria*")),
    ),
    source_name: str = "UN Meetings Coverage and Press Releases",
    ga_debate_due: date | None = None,
    created: datetime = T0,
) -> Alert:
    titles = {d.id: d.title for d in _DEMANDS}
    return Alert(
        id=alert_id,
        item=item or make_item(),
        matches=matches,
        source_name=source_name,
        created=created,
        demand_titles={m.demand_id: titles.get(m.demand_id, m.demand_id) for m in matches},
        event=event or Event("other"),
        priority=priority,
        story_id=story_id,
        ga_debate_due=ga_debate_due,
    )


def voted_down_alert() -> Alert:
    """A Council draft voted down without a veto: 7 in favour, 2 against (the Russian
    Federation, China), 6 abstentions, short of the nine it needed (probe s18 R1/R4). One
    case for every view of it (header, reply, draft, console), so they cannot drift."""
    item = make_item(
        key="wire:short",
        title="Syria draft fails to win enough votes in Security Council",
        text=(
            "A draft resolution on Syria (S/2026/914) failed to obtain the required number "
            "of votes in the Security Council on Saturday. It received 7 votes in favour, "
            "2 against (Russian Federation, China) and 6 abstentions."
        ),
        symbols=("S/2026/914",),
        source_id="reuters",
    )
    against = (Actor("Russian Federation", "voted_against"), Actor("China", "voted_against"))
    tally = VoteTally(7, 2, 6, against_members=("Russian Federation", "China"))
    return make_alert(
        item=item,
        event=Event("draft_resolution", against, date(2012, 2, 4), tally),
        priority="P2",
    )


def event_alert(event_type: EventType) -> Alert:
    """One realistic alert per event type (the snapshot cases)."""
    if event_type == "veto":
        return make_alert(
            "a0veto",
            event=Event(
                "veto",
                (Actor("Russian Federation", "vetoed"), Actor("China", "vetoed")),
                date(2012, 2, 4),
                VETO_TALLY,
            ),
            priority="P1",
            ga_debate_due=date(2012, 2, 17),
        )
    if event_type == "resolution_adopted":
        return make_alert(
            "a0adopted",
            item=make_item(
                key="press:sc10583",
                title="Security Council Unanimously Adopts Resolution 2042 (2012), Authorizing Advance Team to Monitor Ceasefire in Syria",
                text="Acting unanimously, the Council adopted resolution 2042 (2012) S/RES/2042 (2012).",
                url="https://press.un.org/en/2012/sc10583.doc.htm",
                published=datetime(2012, 4, 14, 15, 0, tzinfo=UTC),
                symbols=("S/RES/2042 (2012)", "SC/10583"),
                vote=VoteTally(15, 0, 0, adopted=True),
            ),
            event=Event(
                "resolution_adopted", (), date(2012, 4, 14), VoteTally(15, 0, 0, adopted=True)
            ),
            priority="P2",
            matches=(Match("stop-veto-obstruction", ("resolution", "syria*")),),
        )
    if event_type == "draft_resolution":
        return make_alert(
            "a0draft",
            item=make_item(
                key="guid:wib-2012-01-31",
                title="Syria: Draft Resolution in Blue; Russia Threatens Veto",
                text="Morocco circulated a revised draft resolution on Syria; Russia said it would veto any text that opens the way to sanctions.",
                url="https://www.securitycouncilreport.org/whatsinblue/2012/01/syria-draft.php",
                published=datetime(2012, 1, 31, 21, 0, tzinfo=UTC),
                symbols=("S/2012/77",),
                source_id="scr-wib",
            ),
            event=Event(
                "draft_resolution", (Actor("Russian Federation", "threatened_veto"),), None, None
            ),
            priority="P2",
            source_name="Security Council Report — What's in Blue",
        )
    if event_type == "vote_scheduled":
        return make_alert(
            "a0vote",
            item=make_item(
                key="guid:wib-2012-02-03",
                title="Syria: Vote on Draft Resolution Expected Tomorrow",
                text="Council members are expected to vote tomorrow morning on the draft resolution S/2012/77.",
                url="https://www.securitycouncilreport.org/whatsinblue/2012/02/syria-vote.php",
                published=datetime(2012, 2, 3, 22, 0, tzinfo=UTC),
                symbols=("S/2012/77",),
                source_id="scr-wib",
            ),
            event=Event("vote_scheduled", (), date(2012, 2, 4), None),
            priority="P1",
            source_name="Security Council Report — What's in Blue",
        )
    if event_type == "meeting":
        return make_alert(
            "a0meeting",
            item=make_item(
                key="press:sc10535",
                title="Arab League Secretary-General Briefs Security Council on Syria",
                text="The Security Council met today to hear a briefing on the situation in Syria.",
                url="https://press.un.org/en/2012/sc10535.doc.htm",
                published=datetime(2012, 1, 31, 20, 0, tzinfo=UTC),
                symbols=("SC/10535",),
            ),
            event=Event("meeting", (), date(2012, 1, 31), None),
            priority="P2",  # a meeting on a high-priority demand (core.priority)
            matches=(Match("stop-veto-obstruction", ("council", "syria*")),),
        )
    if event_type == "statement":
        return make_alert(
            "a0statement",
            item=make_item(
                key="story:1234567",
                title="Secretary-General 'Deeply Regrets' Security Council Failure on Syria",
                text="The Secretary-General said the veto was a great disappointment to the people of Syria.",
                url="https://news.un.org/en/story/2012/02/402452",
                published=datetime(2012, 2, 4, 20, 0, tzinfo=UTC),
                symbols=(),
                source_id="un-news",
            ),
            event=Event("statement", (), date(2012, 2, 4), None),
            priority="P2",
            source_name="UN News",
        )
    if event_type == "report":
        return make_alert(
            "a0report",
            item=make_item(
                key="url:https://www.ohchr.org/coi-syria-2012",
                title="Commission of Inquiry on Syria: Crimes Against Humanity Committed",
                text="The independent international commission of inquiry found that crimes against humanity were committed (A/HRC/19/69).",
                url="https://www.ohchr.org/en/hr-bodies/hrc/iicisyria/report-2012",
                published=datetime(2012, 2, 22, 10, 0, tzinfo=UTC),
                symbols=("A/HRC/19/69",),
                source_id="reliefweb",
            ),
            event=Event("report", (), date(2012, 2, 22), None),
            priority="P2",
            matches=(Match("accountability-investigations", ("commission of inquiry", "syria*")),),
            source_name="ReliefWeb",
        )
    return make_alert(
        "a0other",
        item=make_item(
            key="url:https://news.example.org/russia-arms",
            title="Russia continues arms shipments to Syria, reports say",
            text="Russia has reportedly continued arms shipments into Syria in recent weeks.",
            url="https://news.example.org/russia-arms-syria?utm_source=rss",
            published=datetime(2012, 1, 30, 9, 0, tzinfo=UTC),
            symbols=(),
            source_id="google-news",
            outlet="Example News",
        ),
        event=Event("other", (), None, None),
        priority="P2",  # "other" news on a high-priority demand (core.priority)
        matches=(Match("arms-embargo", ("arms shipment*", "syria*")),),
        source_name="Google News: Syria arms",
    )


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)
