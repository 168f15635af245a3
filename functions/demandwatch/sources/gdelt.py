"""GDELT DOC 2.0 article lists (``mode=artlist&format=json``) normalised to Items.

The answer is ``{"articles": [{"url", "url_mobile", "title", "seendate", "socialimage",
"domain", "language", "sourcecountry"}, ...]}``, newest first with ``sort=datedesc``;
``seendate`` is GDELT's ``20260828T121500Z``. A search with no hits answers ``{}``: that
is "no articles", a success. An empty body is a failure (the fetcher says so).

GDELT asks for at most one request every 5 seconds per client and enforces it with a 429
whose body is plain text; :data:`MIN_INTERVAL_SECONDS` feeds the fetcher's per-host spacing
so we never earn one, and the 429 stays a failure with its retry delay if we do.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from demandwatch.core.identity import (
    canonical_url,
    document_key,
    parse_timestamp,
    trusted_published,
)
from demandwatch.core.models import Item
from demandwatch.core.symbols import find_symbols
from demandwatch.core.text import html_to_text
from demandwatch.exceptions import FeedParseError, SourceSetupError
from demandwatch.sources.http import RequestSpec

# "Please limit requests to one every 5 seconds" (GDELT's 429 body).
MIN_INTERVAL_SECONDS = 5.0
_DEFAULT_PARAMS = {"maxrecords": "50", "sort": "datedesc"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE_BEFORE_COMMA = re.compile(r"\s+,")
# GDELT names languages in English; Items carry ISO 639-1 codes like feeds do.
_LANGUAGES = {
    "arabic": "ar",
    "chinese": "zh",
    "english": "en",
    "french": "fr",
    "german": "de",
    "hebrew": "he",
    "italian": "it",
    "japanese": "ja",
    "kurdish": "ku",
    "persian": "fa",
    "portuguese": "pt",
    "russian": "ru",
    "spanish": "es",
    "turkish": "tr",
    "ukrainian": "uk",
}


def request(url: str, *, query: str | None = None) -> RequestSpec:
    """The artlist request; ``query`` (GDELT query syntax) replaces any in the URL."""
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    if query is not None:
        params["query"] = query
    if not params.get("query", "").strip():
        raise SourceSetupError("a GDELT source needs a query (set query: in sources.yaml)")
    for name, value in _DEFAULT_PARAMS.items():
        params.setdefault(name, value)
    # Only the JSON article list is parsed here, whatever mode the URL asked for.
    params["mode"] = "artlist"
    params["format"] = "json"
    return RequestSpec(
        url=urlunsplit(parts._replace(query=urlencode(params))),
        headers={"Accept": "application/json"},
        expect="json",
        # GDELT sends no validators; the body hash catches an unchanged list.
        conditional=False,
        hints={429: f"GDELT allows one request every {MIN_INTERVAL_SECONDS:g} seconds"},
    )


def parse_articles(body: bytes, *, source_id: str, fetched: datetime) -> list[Item]:
    """Items of an artlist answer; ``{}`` is no articles; FeedParseError if not an artlist."""
    return read_articles(body, source_id=source_id, fetched=fetched)[0]


def read_articles(body: bytes, *, source_id: str, fetched: datetime) -> tuple[list[Item], int]:
    """Items of an artlist answer, and how many articles were dropped as unreadable.

    GDELT's JSON sometimes carries invalid backslash escapes (``\\'`` in a scraped title,
    ``\\_`` in an image URL): such an escape is read as the character it escapes. An article that still
    cannot be read, or lacks a URL or a title, is dropped and counted; the rest are kept.
    A body that ends before its object closes (truncated) fails the poll.
    """
    text = body.decode("utf-8", errors="replace")
    document, unreadable = _tolerant_document(text)
    if not isinstance(document, dict):
        raise FeedParseError("GDELT: expected a JSON object with 'articles'")
    articles = document.get("articles", [])
    if not isinstance(articles, list):
        raise FeedParseError("GDELT: 'articles' is not a list")
    items = [
        item
        for article in articles
        if isinstance(article, dict) and (item := _item(article, source_id, fetched)) is not None
    ]
    dropped = unreadable + len(articles) - len(items)
    if (articles or unreadable) and not items:
        raise FeedParseError(f"GDELT: none of the {dropped} articles in the answer is readable")
    return items, dropped


# One escape sequence of a JSON string: a valid one, or a backslash before anything else.
_ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|["\\/bfnrt]|.?)', re.DOTALL)
_ARTICLES = re.compile(r'"articles"\s*:\s*\[')
_NEXT_ARTICLE = re.compile(r"}\s*,\s*(?={)")


def _repair_escapes(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        seq = m.group(1)
        valid = len(seq) == 5 or (len(seq) == 1 and seq in '"\\/bfnrt')  # \uXXXX or \n ...
        return m.group(0) if valid else seq  # else read as the character it escapes

    return _ESCAPE.sub(fix, text)


def _tolerant_document(text: str) -> tuple[object, int]:
    """The JSON document, and how many articles had to be left out to read it."""
    stripped = text.strip()
    if stripped.startswith("{") and not stripped.endswith("}"):
        raise FeedParseError("GDELT: truncated JSON (the answer ends before its object closes)")
    # strict=False: titles are scraped from arbitrary pages; a raw control character in
    # one must not lose the whole list.
    try:
        return json.loads(text, strict=False), 0
    except ValueError:
        pass
    repaired = _repair_escapes(text)
    try:
        return json.loads(repaired, strict=False), 0
    except ValueError as exc:
        start = _ARTICLES.search(repaired)
        if start is None:
            raise FeedParseError(f"GDELT: not JSON ({exc})") from exc
    # Read the article list one object at a time; skip what cannot be read.
    decoder = json.JSONDecoder(strict=False)
    articles: list[object] = []
    unreadable = 0
    at = start.end()
    while True:
        while at < len(repaired) and repaired[at] in " \t\r\n,":
            at += 1
        if at >= len(repaired) or repaired[at] != "{":
            break
        try:
            article, at = decoder.raw_decode(repaired, at)
            articles.append(article)
        except ValueError:
            unreadable += 1
            following = _NEXT_ARTICLE.search(repaired, at + 1)
            if following is None:
                break
            at = following.end()
    return {"articles": articles}, unreadable


def _item(article: dict[str, Any], source_id: str, fetched: datetime) -> Item | None:
    url = _text(article.get("url"))
    title = _clean_title(_text(article.get("title")))
    if not url.startswith(("http://", "https://")) or not title:
        return None
    seen = _text(article.get("seendate"))
    published, trusted = trusted_published(parse_timestamp(seen) if seen else None, fetched)
    return Item(
        source_id=source_id,
        key=document_key(
            source_id=source_id, guid=None, link=url, title=title, published=seen or None
        ),
        url=canonical_url(url),
        title=title,
        # The article list carries no text; the title is what GDELT matched on.
        text="",
        published=published,
        fetched=fetched,
        language=_language(_text(article.get("language"))),
        symbols=find_symbols(title),
        published_trusted=trusted,
        outlet=_text(article.get("domain")) or None,
    )


def _clean_title(raw: str) -> str:
    """Title as a reader would write it: control characters dropped, and the space GDELT's
    tokeniser leaves before commas ("Russia , China") closed up."""
    text = html_to_text(_CONTROL.sub("", raw))
    return _SPACE_BEFORE_COMMA.sub(",", text)


def _language(name: str) -> str | None:
    if not name:
        return None
    return _LANGUAGES.get(name.lower(), name.lower())


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
