"""Making text safe for Slack's mrkdwn.

Slack reads ``<...>`` as control sequences: ``<!channel>``, ``<!here>``, ``<@U123>``,
``<!subteam^S1>`` notify people and ``<https://evil|UN>`` is a link whose visible text
lies about where it goes. Feed text is untrusted, so every field goes through
:func:`untrusted`: HTML to plain text, ``@channel``-style words defused, then ``&``, ``<``
and ``>`` escaped, then truncated to the Block Kit limit without cutting an escape in
half. After that the only control sequences in a message are the ones this package
writes itself: links to http(s) URLs (:func:`link`), date tokens (:func:`date_token`)
and mentions taken from configuration or from Slack's own user ids (:func:`config_mention`,
:func:`user_mention`).

Slack's mrkdwn markers in feed text (``*bold*``, ``_italic_``, ``~strike~``, a backtick
span) are left as written (probe s16 R4, decided): Slack documents escapes for ``&``,
``<`` and ``>`` only, and none for formatting. The ways around it change what is shown:
a zero-width character beside a marker is the disguise :func:`plain` removes from feeds
(and a format character our own output must not carry); a look-alike (``∗`` for ``*``)
makes the alert's words differ from the source's, so a search or a copy finds nothing;
a date token's fallback text relies on clients' undocumented handling of a bad format.
What formatting can do is within what the text already can: it pages nobody, hides no
link's destination and keeps every word visible (struck text is still read), and the
draft statement is written from the item, not from Slack. Inside a code block, where a
backtick would end the block and let the rest be read as mrkdwn, :func:`code_safe`
replaces backticks, as it must.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from demandwatch.core.text import html_to_text

ELLIPSIS = "…"

# Words Slack may turn into a broadcast when a message is parsed with link_names; a zero
# width space after the "@" keeps them readable and inert.
_BROADCAST_WORDS = re.compile(r"@(?=(?:channel|here|everyone|group)\b)", re.IGNORECASE)
_ZERO_WIDTH_SPACE = "\u200b"
_GRAVE = "\u02cb"
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,30}$")
_GROUP_ID = re.compile(r"^S[A-Z0-9]{2,30}$")
_CONFIG_MENTION = re.compile(r"^<(?:@[UW][A-Z0-9]{2,30}|!subteam\^S[A-Z0-9]{2,30}|!here)>$")
# Characters that would end or split a <url|label> sequence, or that no URL should carry.
_URL_UNSAFE = re.compile(r"[\s<>|\"'`\\^{}]")
# Longer hosts are not real (DNS allows 253 characters; nobody reads past this).
HOST_BUDGET = 100
# The longest link an alert writes. Slack caps a link's URL; past this a feed's link is
# mostly campaign tracking, which is dropped first (see :func:`safe_url`).
URL_BUDGET = 2000
# Query parameters that only tell a site where a click came from: removing them leaves
# the page the same (Google Analytics' utm_*, ad-click ids, newsletter ids).
_TRACKING_PARAMETER = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|icid|igshid)$",
    re.IGNORECASE,
)


def plain(text: str) -> str:
    """Feed text as one line of plain text: HTML dropped, control characters removed."""
    text = html_to_text(text)
    # Format characters (Cc, Cf: bidi overrides, zero-width joiners used to disguise
    # text) and other controls never belong in an alert.
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")
    )


# What Slack reads as a mention, a channel, a broadcast or a link: "<" then one of
# "!@#" or a URL scheme, up to the closing ">".
_SLACK_SEQUENCE = re.compile(r"<(?:[!@#]|[a-z][a-z0-9+.-]*:)[^<>]*>", re.IGNORECASE)


def literal(text: str, limit: int) -> str:
    """Text that is not HTML (an error message, a notice this package wrote around a
    source's name) made safe for mrkdwn as written: ``<rss>`` in "the document ends
    before its <rss> element closes" is shown, not dropped as a tag. Control and format
    characters go, Slack's own control sequences (``<!channel>``, ``<@U1>``, ``<#C1>``,
    ``<https://evil|un.org>``) are dropped as feed text's are, mentions are defused and
    ``&<>`` escaped exactly as for feed text."""
    shown = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")
    )
    return truncate(escape(_SLACK_SEQUENCE.sub("", shown)), limit)


def escape(text: str) -> str:
    """Escape ``&``, ``<``, ``>`` and defuse ``@channel``/``@here``/``@everyone``."""
    text = _BROADCAST_WORDS.sub("@" + _ZERO_WIDTH_SPACE, text)
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def truncate(escaped: str, limit: int) -> str:
    """Cut already-escaped text to at most ``limit`` characters, ending in an ellipsis.

    An escape (``&amp;``, ``&lt;``, ``&gt;``) is never cut in half: Slack would show the
    broken remainder, and a stray ``&`` could combine with what follows.
    """
    if limit <= 0:
        return ""
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: limit - len(ELLIPSIS)]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + ELLIPSIS


def untrusted(text: str, limit: int) -> str:
    """Feed text ready for mrkdwn: HTML to text, defuse and escape, then truncate."""
    return truncate(escape(plain(text)), limit)


def safe_url(url: str) -> str | None:
    """The URL escaped for use inside ``<url|label>``, or None unless it is http(s)."""
    url = url.strip()
    if not url or any(unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    encoded = _URL_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), url)
    if len(encoded) > URL_BUDGET:
        # Too long to post: a feed's longest links are a short page address behind
        # campaign tracking, so the tracking is dropped before the link is given up.
        encoded = _URL_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), untracked(url))
        if len(encoded) > URL_BUDGET:
            return None
    return encoded.replace("&", "&amp;")


def untracked(url: str) -> str:
    """``url`` without its tracking query parameters (utm_*, fbclid, ...) and fragment;
    every other parameter kept, in order, as written."""
    parts = urlsplit(url)
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING_PARAMETER.match(name)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe="/:,;@"), fragment=""))


def too_long(url: str) -> bool:
    """Whether ``url`` is an http(s) link :func:`safe_url` refuses for its length alone
    (an alert then names its host and says the link was not posted)."""
    return safe_url(url) is None and safe_url(url[:URL_BUDGET]) is not None


def link_host(url: str) -> str | None:
    """The host a URL really goes to, as a reader should see it (None if it has none).

    ``https://press.un.org@evil.example/`` goes to ``evil.example``; a host written with
    look-alike letters is shown in its ASCII (``xn--``) form, which no Latin host matches.
    """
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    labels = [
        label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
        for label in host.rstrip(".").split(".")
    ]
    return truncate(escape(plain(".".join(labels))), HOST_BUDGET) or None


def link(url: str, label: str, limit: int, *, bold: bool = False) -> str:
    """A link whose visible text is the escaped ``label``, followed by the link's host:
    ``<https://press.un.org/x|Title> (press.un.org)``; plain text if the URL is unsafe.

    A feed chooses both the label and the URL, so a label can name one site (even spell
    out ``https://press.un.org/...``) while the link goes to another: the host after it
    says where a click really leads. The ``<url|label>`` form is the only one that shows
    a label, so the URL is checked (http or https, nothing that could end the sequence
    early) before it is written. ``bold`` makes the linked text bold, not the host.
    """
    target = safe_url(url)
    host = link_host(url) if target is not None else None
    if target is None or host is None:
        if too_long(url) and (host := link_host(url)) is not None:
            # Said, not dropped in silence: the reader knows there is a source to find.
            note = f" ({host}: link over {URL_BUDGET:,} characters, not posted)"
            text = untrusted(label, limit - len(note)) if label else ""
            return f"{text}{note}" if text else note.strip(" ()")
        return untrusted(label, limit) if label else ""
    suffix = f" ({host})"
    stars = "**" if bold else ""
    # The label's budget leaves room for the URL, the delimiters and the host.
    budget = limit - len(target) - 3 - len(suffix) - len(stars)
    text = untrusted(label, budget) if label else ""
    if not text or text == host:
        # No label worth showing: the host itself is the visible text.
        return f"{stars[:1]}<{target}|{host}>{stars[1:]}"
    return f"{stars[:1]}<{target}|{text}>{stars[1:]}{suffix}"


def code_safe(escaped: str) -> str:
    """Escaped text made safe to place between ``` fences.

    A run of backticks in feed text (a title with ```) would close the code block early
    and let the rest be read as mrkdwn; a backtick at either edge would merge with a
    fence. Every backtick becomes U+02CB (a modifier grave accent that looks the same),
    which no Slack client reads as a fence. The length is unchanged.
    """
    return escaped.replace("`", _GRAVE)


def date_token(when: datetime, fmt: str = "{date_short_pretty} {time}") -> str:
    """A Slack date token: each reader sees ``when`` in their own time zone.

    The fallback (shown by clients that cannot format dates) is UTC.
    """
    utc = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    fallback = utc.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(utc.timestamp())}^{fmt}|{fallback}>"


def config_mention(value: str) -> str:
    """A mention written from configuration: a user or user-group id pings, a name does not.

    ``U0123ABC`` and ``<@U0123ABC>`` mention a user, ``S0123ABC`` and ``<!subteam^S0123ABC>``
    a user group, ``<!here>`` the channel's active members. Anything else (``@on-call``)
    is shown as escaped text: Slack only notifies through ids.
    """
    value = value.strip()
    if _CONFIG_MENTION.match(value):
        return value
    if _USER_ID.match(value):
        return f"<@{value}>"
    if _GROUP_ID.match(value):
        return f"<!subteam^{value}>"
    return escape(value)


def user_mention(user_id: str) -> str:
    """A mention of a Slack user id taken from an interaction payload (checked first)."""
    if _USER_ID.match(user_id):
        return f"<@{user_id}>"
    return escape(user_id)
