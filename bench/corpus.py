"""Synthetic but realistic news: feeds, items and demand queries, all deterministic.

The items read like UN and wire coverage (Security Council votes, sanctions, access for
monitors, trials, humanitarian updates) with the traps the shipped demands must avoid
(Syria football, the International Cricket Council) and plenty of unrelated news, so that
a realistic share of items matches. Every item of every feed is different: the source
number, the generation and the item number are part of its link, guid and wording.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

COUNTRIES = (
    "Syria",
    "Libya",
    "Yemen",
    "Sudan",
    "South Sudan",
    "Myanmar",
    "Afghanistan",
    "Iraq",
    "Lebanon",
    "Haiti",
    "Mali",
    "Somalia",
    "Ethiopia",
    "Ukraine",
    "Venezuela",
    "Nicaragua",
    "Belarus",
    "Iran",
    "Eritrea",
    "Burundi",
    "Colombia",
    "the Democratic Republic of the Congo",
    "the Central African Republic",
    "Burkina Faso",
    "Niger",
    "Chad",
    "Nigeria",
    "Cameroon",
    "Mozambique",
    "Sri Lanka",
    "Bangladesh",
    "Cambodia",
    "Egypt",
    "Tunisia",
    "Algeria",
    "Jordan",
    "Israel",
    "Palestine",
    "Gaza",
    "Georgia",
    "Armenia",
    "Azerbaijan",
    "Kosovo",
    "Serbia",
    "Bosnia and Herzegovina",
    "Cyprus",
    "Western Sahara",
    "Guatemala",
    "Honduras",
    "Peru",
    "Bolivia",
    "Zimbabwe",
    "Tigray",
    "Darfur",
    "Kashmir",
    "Xinjiang",
    "Tibet",
    "Hong Kong",
    "Crimea",
    "Donbas",
)
CITIES = (
    "Damascus",
    "Aleppo",
    "Tripoli",
    "Benghazi",
    "Sanaa",
    "Aden",
    "Khartoum",
    "El Fasher",
    "Juba",
    "Yangon",
    "Kabul",
    "Mosul",
    "Beirut",
    "Port-au-Prince",
    "Bamako",
    "Mogadishu",
    "Kyiv",
    "Kharkiv",
    "Goma",
    "Bangui",
    "Niamey",
    "Geneva",
    "New York",
    "The Hague",
    "Vienna",
    "Nairobi",
)
MEMBERS = (
    "Russia",
    "China",
    "the United States",
    "the United Kingdom",
    "France",
    "Algeria",
    "Guyana",
    "Denmark",
    "Greece",
    "Pakistan",
    "Panama",
    "the Republic of Korea",
    "Sierra Leone",
    "Slovenia",
    "Somalia",
)
BODIES = (
    "the Security Council",
    "the General Assembly",
    "the Human Rights Council",
    "the Secretary-General",
    "the High Commissioner for Human Rights",
    "UNHCR",
    "the World Food Programme",
    "OCHA",
    "the World Health Organization",
    "UNICEF",
    "the OPCW",
    "the International Court of Justice",
    "the International Criminal Court",
    "the European Union",
    "the African Union",
    "the Arab League",
    "ASEAN",
    "the Commission of Inquiry",
    "the Special Rapporteur",
    "Amnesty International",
    "Human Rights Watch",
)
ISSUES = (
    "arms embargo",
    "asset freeze",
    "travel ban",
    "humanitarian access",
    "cross-border aid",
    "chemical weapons",
    "war crimes",
    "crimes against humanity",
    "food insecurity",
    "climate finance",
    "peacekeeping mission",
    "refugee returns",
    "press freedom",
    "death penalty",
    "child soldiers",
    "sexual violence",
    "enforced disappearances",
    "arbitrary detention",
    "internet shutdown",
    "cholera outbreak",
    "ceasefire monitoring",
    "election observation",
    "landmine clearance",
    "border closures",
    "forced evictions",
    "migrant deaths",
    "sanctions regime",
    "peace talks",
    "prisoner exchange",
    "reconstruction funding",
)
OBJECTS = (
    "draft resolution",
    "resolution",
    "mandate",
    "ceasefire",
    "aid convoy",
    "border crossing",
    "sanctions package",
    "peace plan",
    "inquiry",
    "report",
    "statement",
    "appeal",
    "agreement",
    "mission",
    "investigation",
    "trial",
    "verdict",
    "budget",
    "resolution renewal",
    "presidential statement",
)
ACTIONS = (
    "vetoes",
    "adopts",
    "rejects",
    "condemns",
    "welcomes",
    "extends",
    "renews",
    "postpones",
    "debates",
    "blocks",
    "backs",
    "calls for",
    "warns against",
    "demands",
    "suspends",
    "expands",
    "criticises",
    "endorses",
    "delays",
    "announces",
)
FILLER = (
    "Diplomats said negotiations continued late into the night over the wording.",
    "The text was co-sponsored by more than forty Member States.",
    "Aid agencies said millions of people still depend on assistance to survive.",
    "Officials said the talks would resume next week in Geneva.",
    "Rights groups documented dozens of cases in the past month alone.",
    "The office said it had received credible reports of attacks on civilians.",
    "Prices of bread and fuel have tripled since the start of the year.",
    "The delegation declined to comment on the timing of the next meeting.",
    "Witnesses described shelling of residential areas and a market.",
    "The ministry said the measures were temporary and would be reviewed.",
    "Several ambassadors said the vote exposed deep divisions in the Council.",
    "The agency warned that funding covered less than a third of needs.",
    "Observers noted that the previous mandate expired at midnight.",
    "The report was based on interviews with survivors and satellite imagery.",
    "Analysts said the decision could shape negotiations for months to come.",
)
# Unrelated news that shares words with the demands (traps) or none at all.
OFF_TOPIC = (
    "Syria's national team beat Iran in a World Cup qualifier in {city}",
    "ICC confirms schedule for the T20 cricket series after rain delays",
    "Central bank holds interest rates as inflation slows in {country}",
    "Tech firm unveils new phone with a faster chip and a bigger battery",
    "Football: {country} draws with Jordan in a tense Asian Cup match",
    "Film festival in {city} opens with a documentary on migration",
    "Stocks rise as oil prices fall for the third day running",
    "Heatwave breaks temperature records across southern Europe",
    "{country} election commission publishes the final turnout figures",
    "Museum in {city} returns looted artefacts after a long dispute",
)

SYRIA = ("Syria", "Damascus", "Aleppo", "Idlib", "Homs")
SYRIA_SHARE = 0.3

# Words for generated demand queries: stems worth a wildcard, and plain words.
QUERY_STEMS = (
    "veto",
    "sanction",
    "embargo",
    "freez",
    "investigat",
    "prosecut",
    "detain",
    "deport",
    "evict",
    "displac",
    "bomb",
    "shell",
    "starv",
    "tortur",
    "execut",
    "censor",
    "arrest",
    "refuge",
    "negotiat",
    "monitor",
)
QUERY_WORDS = tuple(
    sorted(
        {
            w.strip(".,'").lower()
            for text in (*ISSUES, *OBJECTS, *ACTIONS, *BODIES)
            for w in text.split()
            if len(w.strip(".,'")) > 3 and w.lower() not in ("the", "for", "against")
        }
    )
)


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str
    guid: str
    description: str
    published: datetime
    category: str


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        country=rng.choice(COUNTRIES),
        city=rng.choice(CITIES),
        member=rng.choice(MEMBERS),
        other=rng.choice(MEMBERS),
        body=rng.choice(BODIES),
        issue=rng.choice(ISSUES),
        object=rng.choice(OBJECTS),
        action=rng.choice(ACTIONS),
        # Syria-focused sources, but most of their items are about something else.
        syria=rng.choice(SYRIA) if rng.random() < SYRIA_SHARE else rng.choice(COUNTRIES[1:]),
        n=rng.randint(3, 40),
        year=rng.randint(2011, 2026),
        sym=rng.randint(10, 999),
    )


_TITLES = (
    # The campaign's own territory: vetoes, embargoes, assets, the ICC, monitors, trials.
    "{member} vetoes Security Council draft on {syria}, {n} members in favour",
    "Security Council fails to adopt text on {syria} cross-border aid after {member} veto",
    "{member} threatens to veto new {syria} resolution as vote nears",
    "Council expected to vote tomorrow on {syria} humanitarian resolution",
    "Rights groups urge arms embargo on {syria} as {member} keeps up arms supplies",
    "EU adds {n} officials to {syria} sanctions list, freezes assets of Assad relatives",
    "Calls grow to refer {syria} to the International Criminal Court",
    "Court in Germany convicts former {syria} intelligence officer of crimes against humanity",
    "Commission of Inquiry denied access to {syria} for the {n}th time",
    "UN monitors reach {city} after weeks of delays",
    "OPCW investigators attribute chlorine attack in {syria} to government forces",
    # The wider UN beat.
    "{body} {action} {object} on {country}",
    "{body} {action} {issue} in {country}",
    "{member} and {other} clash over {issue} in {country}",
    "{country}: {body} warns of {issue} as fighting spreads to {city}",
    "Security Council briefed on {issue} in {country}",
    "{body} {action} {object} on {issue}, says {n} countries back it",
    "General Assembly debates veto used by {member} on {country}",
    "{country} rejects {body} report on {issue}",
    "Envoy says {country} {object} could collapse within weeks",
    "{body} appeals for funds as {issue} worsens in {city}",
    "Arms embargo on {country} extended by a year",
    "Asset freeze on {country} officials lifted after talks",
)
_SENTENCES = (
    "{body} said on {city} that the {object} would be put to a vote within days.",
    "The draft, tabled by {member} and {other}, received {n} votes in favour.",
    "{member} said it would not accept any text that singled out {country}.",
    "Activists said arms shipments to {syria} had continued despite the appeals.",
    "The {issue} affects more than {n} million people, according to {body}.",
    "Investigators said they had been refused entry at the border with {country}.",
    "Prosecutors in {city} opened a case under universal jurisdiction.",
    "The measures include a travel ban and an asset freeze on {n} individuals.",
    "Monitors from {body} were turned back at a checkpoint near {city}.",
    "The verdict was the first of its kind for crimes committed in {syria}.",
    "{body} called for independent investigations into the attack on {city}.",
    "A vote on the {object} is scheduled for Thursday, diplomats said.",
    "Document S/{year}/{sym} sets out the findings on {issue}.",
    "Resolution {sym} ({year}) was adopted by 13 votes in favour, with 2 abstentions.",
    "The {issue} in {country} has worsened since the {object} expired.",
    "{member} and {other} abstained, citing concerns about sovereignty.",
)


# Items are numbered per source; item k is dated (HORIZON - k) * 3 minutes before ``now``.
HORIZON = 1000


def feed_items(
    source: int, start: int, count: int, now: datetime, *, horizon: int = HORIZON
) -> list[FeedItem]:
    """Items ``start`` .. ``start + count - 1`` of feed ``source``, newest first.

    Item k of a source is always the same item (same link, guid, wording), so a feed
    moved on by ``start`` shares its older items with the previous window, as real feeds
    do; different sources never share an item.
    """
    if start + count > horizon:
        raise ValueError(f"items are numbered below {horizon}")
    items = []
    for k in reversed(range(start, start + count)):
        rng = random.Random(source * 1_000_003 + k)
        title = _fill(rng, rng.choice(OFF_TOPIC if rng.random() < 0.15 else _TITLES))
        title = title[0].upper() + title[1:]
        paragraphs = [
            " ".join(_fill(rng, rng.choice(_SENTENCES)) for _ in range(rng.randint(2, 4))),
            " ".join(rng.sample(FILLER, rng.randint(2, 4))),
            # Numbers make every item's text unique, as real stories are.
            f"Update {source}-{k}: {rng.randint(1, 99999)} reported.",
        ]
        more = f' <a href="https://news{source}.example.org/topics/{k % 7}">More</a>'
        description = "".join(
            f"<p>{escape(p)}{more if i == 1 else ''}</p>" for i, p in enumerate(paragraphs)
        )
        items.append(
            FeedItem(
                title=title,
                link=f"https://news{source}.example.org/story/{k}-{rng.randint(1000, 9999)}",
                guid=f"urn:bench:{source}:{k}",
                description=description,
                published=now - timedelta(minutes=3 * (horizon - k)),
                category=rng.choice(("Peace and Security", "Human Rights", "Humanitarian Aid")),
            )
        )
    return items


def rss_document(source: int, items: list[FeedItem]) -> bytes:
    """An RSS 2.0 document as news sites publish them (HTML in descriptions, dc:creator)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>Bench news {source}</title>\n"
        f"<link>https://news{source}.example.org/</link>\n"
        f'<atom:link href="https://news{source}.example.org/rss.xml" rel="self" '
        'type="application/rss+xml"/>\n'
        "<description>Latest stories</description>\n<language>en</language>\n"
    ]
    for item in items:
        parts.append(
            "<item>\n"
            f"<title>{escape(item.title)}</title>\n"
            f"<link>{escape(item.link)}</link>\n"
            f'<guid isPermaLink="false">{escape(item.guid)}</guid>\n'
            f"<description>{escape(item.description)}</description>\n"
            f"<category>{escape(item.category)}</category>\n"
            f"<dc:creator>Newsroom {source}</dc:creator>\n"
            f"<pubDate>{format_datetime(item.published)}</pubDate>\n"
            "</item>\n"
        )
    parts.append("</channel>\n</rss>\n")
    return "".join(parts).encode()


def feed_body(source: int, start: int, count: int = 30, now: datetime | None = None) -> bytes:
    """The RSS body of one source showing items ``start`` onwards (dated before ``now``)."""
    when = now or datetime.now(UTC).replace(microsecond=0)
    return rss_document(source, feed_items(source, start, count, when))


# The memory and CPU cases: one feed of 10,000 items (an archive feed), and a feed of 30
# items whose descriptions are 1 MB each (a publisher pasting whole reports).
BIG_ITEMS = 10_000
HUGE_ITEM_BYTES = 1_000_000


def big_feed_body(start: int, now: datetime) -> bytes:
    """One feed of :data:`BIG_ITEMS` items, from item ``start`` on."""
    horizon = start + BIG_ITEMS
    return rss_document(90_001, feed_items(90_001, start, BIG_ITEMS, now, horizon=horizon))


def huge_items_body(start: int, now: datetime, count: int = 30) -> bytes:
    """A feed of ``count`` items whose HTML descriptions are about 1 MB each."""
    items = []
    for item in feed_items(90_002, start, count, now, horizon=start + count):
        rng = random.Random(item.guid)
        paragraphs = []
        size = 0
        n = 0
        while size < HUGE_ITEM_BYTES:
            text = " ".join(_fill(rng, rng.choice(_SENTENCES)) for _ in range(6))
            paragraph = f"<p>{escape(text)} (para {n})</p>"
            paragraphs.append(paragraph)
            size += len(paragraph)
            n += 1
        items.append(
            FeedItem(
                title=item.title,
                link=item.link,
                guid=item.guid,
                description="".join(paragraphs),
                published=item.published,
                category=item.category,
            )
        )
    return rss_document(90_002, items)


def plain_items(count: int, seed: int = 1) -> list[tuple[str, str]]:
    """(title, text) pairs as the matcher sees them: plain text, no markup."""
    now = datetime(2026, 3, 1, tzinfo=UTC)
    out: list[tuple[str, str]] = []
    per_feed = 30
    for source in range((count + per_feed - 1) // per_feed):
        for item in feed_items(source + seed * 10_000, 0, per_feed, now):
            text = re.sub(r"<[^>]+>", " ", item.description)
            out.append((item.title, " ".join(text.split())))
    return out[:count]


# --------------------------------------------------------------------- demand queries


def _term(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.25:
        return f"{rng.choice(QUERY_STEMS)}*"
    if roll < 0.55:
        return f'"{rng.choice(ISSUES)}"'
    if roll < 0.65:
        return f'"{rng.choice(OBJECTS)}"'
    return rng.choice(QUERY_WORDS)


def _group(rng: random.Random, low: int, high: int) -> str:
    terms = list(dict.fromkeys(_term(rng) for _ in range(rng.randint(low, high))))
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def demand_query(rng: random.Random) -> str:
    """One query of the shapes the shipped demands use: topic NEAR place, phrases, NOT."""
    shape = rng.random()
    place = _place_group(rng)
    if shape < 0.4:
        query = f"{_group(rng, 3, 12)} NEAR/{rng.choice((5, 8, 12, 20, 40))} {place}"
    elif shape < 0.65:
        query = f"{_group(rng, 2, 8)} AND {place}"
    elif shape < 0.8:
        query = f"title:{_group(rng, 1, 4)} AND {_group(rng, 2, 6)}"
    elif shape < 0.9:
        query = (
            f"({_group(rng, 2, 5)} NEAR/{rng.choice((3, 5, 8))} {_group(rng, 2, 5)}) "
            f"OR {_group(rng, 1, 3)}"
        )
    else:
        query = f'"{rng.choice(ISSUES)}" OR "{rng.choice(ISSUES)}" OR {rng.choice(QUERY_STEMS)}*'
    if rng.random() < 0.3:
        query += f" NOT ({rng.choice(('football', 'cricket', 'film', 'festival'))} OR {rng.choice(QUERY_WORDS)})"
    return query


def _place_group(rng: random.Random) -> str:
    names = rng.sample(COUNTRIES + CITIES, rng.randint(1, 5))
    return "(" + " OR ".join(f'"{n}"' if " " in n else n for n in names) + ")"


def context_query(rng: random.Random) -> str:
    """A campaign context: where the campaign is about, minus the usual sports trap."""
    return f"{_place_group(rng)} NOT (football OR soccer OR cricket)"


def demand_queries(count: int, *, campaigns: int = 50, seed: int = 7) -> list[tuple[str, str]]:
    """``count`` (query, context) pairs spread over ``campaigns`` campaigns."""
    rng = random.Random(seed)
    contexts = [context_query(rng) for _ in range(campaigns)]
    return [(demand_query(rng), contexts[i % campaigns]) for i in range(count)]
