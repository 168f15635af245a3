"""UN Digital Library voting records catalogued days or weeks after the vote, polled through
the real service from a local feed server (probe s15 Q11): a UNDL source configured without
its own ``max_item_age`` dropped every record catalogued more than org.yaml's three days
after the vote, without a word, though the source exists for exactly those records."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from demandwatch import bootstrap
from demandwatch.config import Settings, load_config
from demandwatch.core.delivery import Placement
from demandwatch.core.models import Alert, PollOutcome
from feeds import QUIET_ENTRIES, Entry, rss, write_config
from integration.test_poll import FeedServer, RecordingNotifier, by_id

pytestmark = pytest.mark.integration


@pytest.fixture
def feeds(httpserver: HTTPServer) -> FeedServer:
    return FeedServer(httpserver)


VOTED = datetime(2026, 12, 2, 16, 30, tzinfo=UTC)  # a Wednesday afternoon in New York
DRAFT = "S/2026/1801"

VETO = Entry(
    title="Security Council fails to adopt draft resolution on Syria detainees owing to "
    "negative vote of Russian Federation",
    link="https://press.un.org/en/2026/sc18420.doc.htm",
    description=f"The draft ({DRAFT}) received 13 votes in favour, 1 against (Russian "
    "Federation) and 1 abstention (China).",
    published=VOTED,
)

EMPTY_HARVEST = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
    b"<responseDate>2026-12-01T08:00:00Z</responseDate>"
    b'<request verb="ListRecords">http://127.0.0.1/oai2d</request>'
    b'<error code="noRecordsMatch">No records</error></OAI-PMH>'
)


def harvest(control: str, *, voted: str, draft: str, catalogued: str) -> bytes:
    """One voting record of a draft that failed on a permanent member's negative vote."""
    members = "".join(
        f'<datafield tag="967" ind1=" " ind2=" "><subfield code="a">{n}</subfield>'
        f'<subfield code="b">P</subfield><subfield code="c">{code}</subfield>'
        f'<subfield code="d">{vote}</subfield><subfield code="e">{name}</subfield></datafield>'
        for n, code, vote, name in (
            (1, "CHN", "A", "CHINA"),
            (2, "FRA", "Y", "FRANCE"),
            (3, "RUS", "N", "RUSSIAN FEDERATION"),
        )
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
        f"<responseDate>{catalogued}</responseDate>"
        '<request verb="ListRecords">http://127.0.0.1/oai2d</request><ListRecords><record>'
        f"<header><identifier>oai:digitallibrary.un.org:{control}</identifier>"
        f"<datestamp>{catalogued}</datestamp></header><metadata>"
        '<record xmlns="http://www.loc.gov/MARC21/slim">'
        f'<controlfield tag="001">{control}</controlfield>'
        '<datafield tag="245" ind1=" " ind2=" "><subfield code="a">Draft resolution '
        f"{draft} : vote /</subfield><subfield code="
        '"c">Security Council</subfield></datafield>'
        f'<datafield tag="269" ind1=" " ind2=" "><subfield code="a">{voted}</subfield></datafield>'
        f'<datafield tag="993" ind1=" " ind2=" "><subfield code="a">{draft}</subfield></datafield>'
        '<datafield tag="991" ind1=" " ind2=" "><subfield code="d">SYRIAN ARAB REPUBLIC--'
        "SITUATION</subfield></datafield>"
        '<datafield tag="996" ind1=" " ind2=" "><subfield code="a">Not adopted owing to the '
        'negative vote of a permanent member</subfield><subfield code="b">13</subfield>'
        '<subfield code="c">1</subfield><subfield code="d">1</subfield>'
        '<subfield code="e">0</subfield><subfield code="f">15</subfield></datafield>'
        f"{members}</record></metadata></record></ListRecords></OAI-PMH>"
    ).encode()


class ThreadNotifier(RecordingNotifier):
    """Keeps, for each alert posted, whether it went into a thread and whether it paged."""

    def __init__(self) -> None:
        super().__init__()
        self.posts: list[tuple[Alert, str | None, bool]] = []

    def post_alert(
        self, channel: str, alert: Alert, placement: Placement, *, on_resend: object = None
    ) -> str:
        self.posts.append((alert, placement.thread_ts, placement.page))
        return super().post_alert(channel, alert, placement)


def run_at(
    config_dir: Path, state: Path, notifier: RecordingNotifier, now: datetime
) -> dict[str, PollOutcome]:
    config = load_config(config_dir)

    async def go() -> list[PollOutcome]:
        async with bootstrap.service(
            Settings(),
            config,
            state_path=state,
            notifier=notifier,
            clock=lambda: now,
            parse_workers=0,
        ) as service:
            outcomes, _ = await service.run_once()
            return outcomes

    return by_id(asyncio.run(go()))


def sources(feeds: FeedServer, *, press: bool) -> list[dict[str, object]]:
    # The UNDL source as an operator adds it: no max_item_age of its own (the probe's).
    undl: dict[str, object] = {
        "id": "undl",
        "kind": "undl",
        "url": feeds.url("/oai2d"),
        "query": "syria",
        "tier": "official",
    }
    listed = [undl]
    if press:
        listed.insert(0, {"id": "press", "url": feeds.url("/press.xml"), "tier": "official"})
    return listed


def test_a_record_catalogued_a_week_after_the_veto_joins_its_story_as_a_reply(
    feeds: FeedServer, tmp_path: Path
) -> None:
    feeds.serve("/press.xml", rss(QUIET_ENTRIES))
    feeds.serve("/oai2d", EMPTY_HARVEST)
    config = write_config(tmp_path / "cfg", sources(feeds, press=True))
    state, notifier = tmp_path / "state.sqlite3", ThreadNotifier()
    run_at(config, state, notifier, VOTED - timedelta(hours=2))  # baselines
    feeds.serve("/press.xml", rss([VETO, *QUIET_ENTRIES]))
    run_at(config, state, notifier, VOTED + timedelta(minutes=30))
    ((veto, thread, paged),) = notifier.posts
    assert (veto.item.source_id, veto.event.type, thread, paged) == ("press", "veto", None, True)

    # Catalogued seven days after the vote: the record is the per-member vote of that veto.
    feeds.serve(
        "/oai2d", harvest("4110001", voted="2026-12-02", draft=DRAFT, catalogued="2026-12-09")
    )
    outcome = run_at(config, state, notifier, datetime(2026, 12, 9, 15, 30, tzinfo=UTC))["undl"]
    assert (outcome.new, outcome.matched) == (1, 1)
    (record, thread, paged) = notifier.posts[-1]
    assert record.item.source_id == "undl"
    assert record.story_id == veto.story_id
    assert thread is not None  # a reply in the veto's thread, not a second top-level message
    assert not paged  # the veto paged once; its record does not page again


def test_a_late_record_of_a_vote_nobody_alerted_is_still_alerted(
    feeds: FeedServer, tmp_path: Path
) -> None:
    """The press release was missed (feed down, not watched): the record, ten days on, is
    the first the office hears of the veto. A record of a vote long past (the library
    re-cataloguing an old record) is not news."""
    feeds.serve("/oai2d", EMPTY_HARVEST)
    config = write_config(tmp_path / "cfg", sources(feeds, press=False))
    state, notifier = tmp_path / "state.sqlite3", ThreadNotifier()
    run_at(config, state, notifier, VOTED - timedelta(hours=2))  # baseline
    feeds.serve(
        "/oai2d", harvest("4110002", voted="2026-12-02", draft=DRAFT, catalogued="2026-12-12")
    )
    outcome = run_at(config, state, notifier, datetime(2026, 12, 12, 9, tzinfo=UTC))["undl"]
    assert (outcome.new, outcome.matched) == (1, 1)
    ((record, thread, _),) = notifier.posts
    assert (record.event.type, record.priority, thread) == ("veto", "P1", None)

    feeds.serve(
        "/oai2d",
        harvest("4110003", voted="2026-07-14", draft="S/2026/900", catalogued="2026-12-14"),
    )
    outcome = run_at(config, state, notifier, datetime(2026, 12, 14, 9, tzinfo=UTC))["undl"]
    assert (outcome.new, outcome.matched) == (1, 0)
    assert len(notifier.posts) == 1
