"""ReliefWeb reports (API v2): a POSTed JSON query normalised to Items.

Since November 2025 every call needs an *approved* ``appname`` query parameter: an
unknown one is answered 403 (or 400), and API v1 answers 410. The appname is a
credential: it comes only from ``Settings.reliefweb_appname``, travels in the request URL,
and is scrubbed from every reason the fetcher reports. ReliefWeb echoes the request URL,
appname included, in the ``href`` of its answer: the parser never copies that field.

The answer (shape as documented at apidoc.reliefweb.int and seen in client libraries)::

    {"time": 12, "href": "...", "links": {...}, "took": 4, "totalCount": 3120, "count": 30,
     "data": [{"id": "4123456", "score": 1, "href": "...",
               "fields": {"id": 4123456, "title": "...", "url": "https://reliefweb.int/node/4123456",
                          "url_alias": "https://reliefweb.int/report/syrian-arab-republic/...",
                          "body-html": "<p>...</p>", "body": "...",
                          "date": {"created": "2026-08-28T12:15:00+00:00", ...},
                          "source": [{"name": "...", "shortname": "OCHA"}],
                          "language": [{"code": "en"}], "primary_country": {"iso3": "syr"}}}]}
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from demandwatch.core.identity import parse_timestamp, trusted_published
from demandwatch.core.models import Item
from demandwatch.core.symbols import find_symbols
from demandwatch.core.text import html_to_text, squash_spaces
from demandwatch.exceptions import FeedParseError, SourceSetupError
from demandwatch.sources.http import RequestSpec

MISSING_APPNAME = "ReliefWeb needs an approved appname: set RELIEFWEB_APPNAME"
DEFAULT_LIMIT = 30
# Reports can run to tens of thousands of characters; the lede and first sections carry
# what matching and the alert excerpt need, and the store stays small.
MAX_TEXT_CHARS = 5000
_FIELDS = (
    "id",
    "title",
    "url",
    "url_alias",
    "body-html",
    "body",
    "date.created",
    "date.original",
    "source.name",
    "source.shortname",
    "language.code",
    "primary_country.iso3",
)


def request(
    url: str,
    *,
    appname: str | None,
    country: str | None,
    query: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> RequestSpec:
    """The POST for the newest reports on ``country`` (ISO 3166 alpha-3, e.g. ``syr``).

    SourceSetupError without an appname: nothing is sent, and the source fails saying why.
    """
    secret = (appname or "").strip()
    if not secret:
        raise SourceSetupError(MISSING_APPNAME)
    parts = urlsplit(url)
    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "appname"]
    params.append(("appname", secret))
    conditions: list[dict[str, object]] = []
    if country:
        conditions.append({"field": "primary_country.iso3", "value": country.lower()})
    body: dict[str, object] = {
        "limit": limit,
        "sort": ["date.created:desc"],
        "fields": {"include": list(_FIELDS)},
    }
    if conditions:
        body["filter"] = {"operator": "AND", "conditions": conditions}
    if query:
        body["query"] = {"value": query, "operator": "AND"}
    return RequestSpec(
        url=urlunsplit(parts._replace(query=urlencode(params))),
        method="POST",
        json_body=body,
        headers={"Accept": "application/json"},
        expect="json",
        # A POST has no validators worth sending; the body hash catches "no change".
        conditional=False,
        secrets=(secret,),
        hints={
            400: "ReliefWeb rejected the request (an unapproved appname is one cause)",
            403: "ReliefWeb refused the appname: it must be one ReliefWeb has approved",
            410: "this ReliefWeb API version is retired: use https://api.reliefweb.int/v2/",
        },
    )


def parse_reports(body: bytes, *, source_id: str, fetched: datetime) -> list[Item]:
    """Items of a ReliefWeb v2 ``reports`` answer; FeedParseError if it is not one."""
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        # The message names a position, never the content (the body echoes the appname).
        raise FeedParseError(f"ReliefWeb: not JSON ({type(exc).__name__})") from exc
    if not isinstance(document, dict) or not isinstance(document.get("data"), list):
        raise FeedParseError("ReliefWeb: the answer has no 'data' list")
    entries = document["data"]
    items = [
        item
        for entry in entries
        if isinstance(entry, dict) and (item := _item(entry, source_id, fetched)) is not None
    ]
    if entries and not items:
        raise FeedParseError("ReliefWeb: no report in the answer has an id and a title")
    return items


def _item(entry: dict[str, Any], source_id: str, fetched: datetime) -> Item | None:
    fields = entry.get("fields")
    if not isinstance(fields, dict):
        return None
    report_id = str(fields.get("id") or entry.get("id") or "").strip()
    title = html_to_text(_text(fields.get("title")))
    if not report_id or not title:
        return None
    link = (
        _text(fields.get("url_alias"))
        or _text(fields.get("url"))
        or f"https://reliefweb.int/node/{report_id}"
    )
    markup = _text(fields.get("body-html")) or _text(fields.get("body"))
    text = html_to_text(markup)
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS].rsplit(" ", 1)[0] + " …"
    dates = fields.get("date")
    if not isinstance(dates, dict):
        dates = {}
    raw_date = _text(dates.get("created")) or _text(dates.get("original"))
    published, trusted = trusted_published(parse_timestamp(raw_date) if raw_date else None, fetched)
    return Item(
        source_id=source_id,
        # The report id is ReliefWeb's own: its link (url_alias) can be renamed.
        key=f"reliefweb:{report_id}",
        url=link,
        title=title,
        text=text,
        published=published,
        fetched=fetched,
        language=_language(fields.get("language")),
        symbols=find_symbols(f"{title}\n{text}"),
        published_trusted=trusted,
        outlet=_outlet(fields.get("source")),
    )


def _outlet(sources: object) -> str | None:
    """The publishing organisations ('OCHA, UNICEF'): ReliefWeb republishes their reports."""
    if not isinstance(sources, list):
        return None
    names = []
    for source in sources:
        if isinstance(source, dict):
            name = _text(source.get("shortname")) or _text(source.get("name"))
            if name and name not in names:
                names.append(name)
    return ", ".join(names[:3]) or None


def _language(languages: object) -> str | None:
    if isinstance(languages, list):
        for language in languages:
            if isinstance(language, dict) and (code := _text(language.get("code"))):
                return code
    return None


def _text(value: object) -> str:
    return squash_spaces(value) if isinstance(value, str) else ""
