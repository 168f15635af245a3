"""The store codec: alerts, stories and feedback as JSON documents, both ways."""

from __future__ import annotations

import json

import pytest

from demandwatch.exceptions import StoreError
from demandwatch.store.codec import alert_from_json, alert_to_json
from slack_support import event_alert

# An alert as the hand-written codec stored it (matches named "demand"; +00:00 offsets).
LEGACY = {
    "id": "a-legacy",
    "item": {
        "source_id": "un-press",
        "key": "press:sc10536",
        "url": "https://press.un.org/en/2012/sc10536.doc.htm",
        "title": "Security Council fails to adopt draft resolution on Syria",
        "text": "Owing to the negative votes of China and the Russian Federation.",
        "published": "2012-02-04T16:00:00+00:00",
        "fetched": "2012-02-04T16:00:00+00:00",
        "language": None,
        "symbols": ["SC/10536", "S/2012/77"],
        "published_trusted": True,
        "vote": None,
        "outlet": None,
    },
    "matches": [{"demand": "stop-veto-obstruction", "terms": ["veto*", "syria*"]}],
    "source_name": "UN Meetings Coverage and Press Releases",
    "created": "2012-02-04T16:00:00+00:00",
    "demand_titles": {"stop-veto-obstruction": "Stop obstructing action"},
    "event": {
        "type": "veto",
        "actors": [{"name": "China", "role": "vetoed"}],
        "date": "2012-02-04",
        "vote": None,
    },
    "priority": "P1",
    "story_id": None,
    "ga_debate_due": "2012-02-17",
}


@pytest.mark.parametrize("event", ["veto", "vote_scheduled", "statement", "report"])
def test_alerts_round_trip_every_field(event: str) -> None:
    alert = event_alert(event)  # type: ignore[arg-type]
    again = alert_from_json(alert_to_json(alert))
    assert again == alert
    assert again.demand_titles == alert.demand_titles  # not part of ==


def test_documents_written_by_the_earlier_codec_are_read() -> None:
    alert = alert_from_json(json.dumps(LEGACY))
    assert [m.demand_id for m in alert.matches] == ["stop-veto-obstruction"]
    assert alert.event.type == "veto"
    assert alert.event.date is not None
    assert alert.event.date.isoformat() == "2012-02-04"
    assert alert.item.published.utcoffset() is not None


def test_a_council_draft_short_of_nine_stored_before_the_event_recorded_it_is_read_so() -> None:
    # An `other` the previous release alerted as the draft voted down (routed and headed
    # from the item, the fact recorded nowhere): read back, it is still one.
    stored = json.loads(json.dumps(LEGACY))
    stored["item"].update(
        title="Russian-drafted U.N. resolution on Syria chemical weapons inquiry fails",
        text="A Russian-drafted resolution failed in the U.N. Security Council on Saturday, "
        "winning only 5 votes in favour, with 4 against and 6 abstentions.",
        symbols=[],
    )
    stored["event"] = {
        "type": "other",
        "actors": [],
        "date": None,
        "vote": {"in_favour": 5, "against": 4, "abstentions": 6},
    }
    alert = alert_from_json(json.dumps(stored))
    assert alert.event.type == "other"
    assert alert.event.council_short_of_nine
    # A document that says otherwise is read as it says.
    stored["event"]["council_short_of_nine"] = False
    assert not alert_from_json(json.dumps(stored)).event.council_short_of_nine
    # and an `other` of another kind stored before gains nothing
    stored["event"] = {"type": "other", "actors": [], "date": None, "vote": None}
    assert not alert_from_json(json.dumps(stored)).event.council_short_of_nine


def test_an_invalid_document_is_a_store_error() -> None:
    broken = {**LEGACY, "priority": "P9"}
    with pytest.raises(StoreError, match="stored alert is not valid"):
        alert_from_json(json.dumps(broken))
