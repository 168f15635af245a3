"""Untrusted feed text cannot mention anyone or disguise a link, in any field of an alert."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from demandwatch.core.delivery import ParentState
from demandwatch.core.models import Event
from demandwatch.slack.blocks import (
    Message,
    RenderContext,
    render_alert,
    render_draft,
    render_reply,
)
from demandwatch.slack.escape import (
    code_safe,
    config_mention,
    date_token,
    escape,
    link,
    link_host,
    safe_url,
    truncate,
    untrusted,
    user_mention,
)
from slack_support import make_alert, make_config, make_item

# What hostile feeds have been seen to carry (and what a prankster would try).
HOSTILE = [
    "<!channel> Security Council vote on Syria",
    "&lt;!here&gt; breaking: veto",
    "&amp;lt;!everyone&amp;gt; double-escaped",
    "<@U123> please look",
    "<!subteam^S1> on-call",
    "<!subteam^S1|@oncall> on-call",
    "<https://evil.example|UN>",
    "&lt;https://evil.example|UN&gt;",
    "<#C123|general>",
    "<!date^1^{date}|x>",
    "@channel @here @everyone wake up",
    "<a href='javascript:alert(1)'>UN press release</a>",
    "javascript:alert(document.cookie)",
    "<script>alert(1)</script>Syria veto",
    "bidi \u202etxt.exe\u202c and zero\u200bwidth",
]

_SEQUENCE = re.compile(r"<([^<>]*)>")
_ENTITY_OK = re.compile(r"&(?!amp;|lt;|gt;)")


def control_sequences(text: str) -> list[str]:
    """Every <...> sequence Slack would interpret in mrkdwn text."""
    return _SEQUENCE.findall(text)


def message_texts(message: Message) -> list[str]:
    texts = [message.text]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
                texts.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    walk(list(message.blocks))
    return texts


def allowed(sequence: str, *, item_url: str, config_mentions: set[str]) -> bool:
    """Only sequences the renderer writes: the item's link, date tokens, config mentions."""
    if sequence.startswith("!date^"):
        return True
    if f"<{sequence}>" in config_mentions:
        return True
    target = sequence.split("|", 1)[0]
    return target == safe_url(item_url)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_untrusted_field_has_no_control_sequence(hostile: str) -> None:
    out = untrusted(hostile, 500)
    assert control_sequences(out) == []
    assert "<" not in out
    assert ">" not in out
    assert not _ENTITY_OK.search(out)
    # Broadcast words are defused (a zero-width space after the @).
    assert not re.search(r"@(channel|here|everyone)\b", out, re.IGNORECASE)
    assert "\u202e" not in out
    assert "\u200b" not in out.replace("@\u200b", "")


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("where", ["title", "text", "source", "outlet", "terms", "vote"])
def test_alert_fields_produce_no_mention_and_no_disguised_link(hostile: str, where: str) -> None:
    config = make_config()
    ctx = RenderContext.from_config(config)
    item = make_item(url="https://press.un.org/en/2012/sc10536.doc.htm")
    alert = make_alert(item=item, priority="P1")
    if where == "title":
        alert = replace(alert, item=replace(item, title=hostile))
    elif where == "text":
        alert = replace(alert, item=replace(item, text=hostile))
    elif where == "source":
        alert = replace(alert, source_name=hostile)
    elif where == "outlet":
        alert = replace(alert, item=replace(item, outlet=hostile))
    elif where == "terms":
        match = alert.matches[0]
        alert = replace(alert, matches=(replace(match, terms=(hostile,)),))
    else:
        from demandwatch.core.models import Actor, VoteTally

        vote = VoteTally(13, 2, 0, against_members=(hostile,))
        alert = replace(alert, event=Event("veto", (Actor(hostile, "vetoed"),), None, vote))
    mentions = set(ctx.mentions(alert))
    for message in (
        render_alert(alert, ctx, ParentState(extra_sources=1)),
        render_reply(alert, ctx),
        render_draft(f"Title: {hostile}\n\nBody {hostile}", alert),
    ):
        for text in message_texts(message):
            for sequence in control_sequences(text):
                assert allowed(sequence, item_url=item.url, config_mentions=mentions), (
                    where,
                    sequence,
                )
            assert not _ENTITY_OK.search(
                text.replace("&lt;", "").replace("&gt;", "").replace("&amp;", "")
            )
            assert "<@U123>" not in text
            assert "<!channel>" not in text
            assert "<!here>" not in text


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox",
        "ftp://files.example.org/x",
        "//evil.example/x",
        "https://",
        "https://evil.example/\u202eexe",
    ],
)
def test_only_http_links(url: str) -> None:
    assert safe_url(url) is None
    rendered = link(url, "UN press release", 300)
    assert rendered == "UN press release"
    config = make_config()
    alert = make_alert(item=make_item(url=url, title="UN press release"))
    message = render_alert(alert, RenderContext.from_config(config))
    assert all(
        "javascript" not in s.lower() for t in message_texts(message) for s in control_sequences(t)
    )


def test_url_cannot_end_or_split_a_link() -> None:
    url = "https://evil.example/a|<!channel>?q=1&r=2 b"
    target = safe_url(url)
    assert target is not None
    assert "|" not in target
    assert "<" not in target
    assert ">" not in target
    assert " " not in target
    assert "&amp;r=2" in target
    rendered = link(url, "Title", 500)
    assert control_sequences(rendered) == [f"{target}|Title"]


def test_link_label_is_escaped_and_truncated() -> None:
    rendered = link("https://un.org/x", "&lt;!here&gt; " + "x" * 1000, 200)
    assert len(rendered) <= 200
    assert rendered.startswith("<https://un.org/x|&lt;!here&gt; ")
    assert rendered.endswith("…> (un.org)")


# ---------------------------------------------------------------------- where a link goes

DISGUISED_TITLE = "https://press.un.org/en/2026/sc16444.doc.htm Council fails to adopt text"


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://evil.example/sc16444", "evil.example"),
        ("https://press.un.org@evil.example/sc16444", "evil.example"),
        ("https://press.un.org.evil.example/x", "press.un.org.evil.example"),
        ("HTTPS://Evil.Example:8443/x", "evil.example"),
        # Cyrillic "р" in place of the Latin "p": shown in its xn-- form.
        ("https://\u0440ress.un.org/x", "xn--ress-f6d.un.org"),
        ("https://press.un.org/en/2026/sc16444.doc.htm", "press.un.org"),
    ],
)
def test_linked_title_is_followed_by_the_host_it_goes_to(url: str, host: str) -> None:
    rendered = link(url, DISGUISED_TITLE, 400)
    [sequence] = control_sequences(rendered)
    assert sequence == f"{safe_url(url)}|{untrusted(DISGUISED_TITLE, 400)}"
    assert rendered.endswith(f"> ({host})")
    assert link_host(url) == host


def test_host_fits_the_budget_and_a_bare_link_shows_only_its_host() -> None:
    assert link("https://un.org/x", "", 100) == "<https://un.org/x|un.org>"
    assert link("https://un.org/x", "un.org", 100) == "<https://un.org/x|un.org>"
    assert (
        link("https://un.org/x", "Title", 100, bold=True) == "*<https://un.org/x|Title>* (un.org)"
    )
    long_host = "https://" + "a" * 60 + "." + "b" * 60 + ".example/x"
    for limit in (120, 200, 400):
        assert len(link(long_host, "Title " * 50, limit)) <= limit + len(long_host)
    assert len(link_host(long_host) or "") <= 100
    # No link, no host: an unsafe URL leaves only the escaped text.
    assert link("javascript:alert(1)", DISGUISED_TITLE, 400) == untrusted(DISGUISED_TITLE, 400)


def _disguised_alert() -> Any:
    item = make_item(url="https://evil.example/sc16444", title=DISGUISED_TITLE)
    return make_alert(item=item, priority="P1")


def test_every_rendered_feed_link_names_its_host() -> None:
    """Alert blocks, thread replies and every fallback text say where the link goes."""
    alert = _disguised_alert()
    ctx = RenderContext.from_config(make_config())
    for message in (render_alert(alert, ctx), render_reply(alert, ctx, escalates=True)):
        linked = [t for t in message_texts(message) if "|" in t and "<https://" in t]
        assert linked, message
        for text in linked:
            assert "<https://evil.example/sc16444|https://press.un.org/" in text
            assert re.search(r"\|https://press\.un\.org/[^<>]*>\*? \(evil\.example\)", text)
        assert f"{untrusted(DISGUISED_TITLE, 300)} (evil.example)" in message.text
    draft = render_draft("Body", alert)
    assert draft.text.endswith(f"{untrusted(DISGUISED_TITLE, 300)} (evil.example)")


def test_the_digest_names_the_host_of_each_story_link() -> None:
    from demandwatch.core.digest import build_digest
    from demandwatch.slack.digest import compose_digest
    from demandwatch.store.dynamodb import AlertRecord

    alert = _disguised_alert()
    message = compose_digest(
        build_digest(
            title="Syria at the Council",
            start=alert.created,
            end=alert.created,
            records=[AlertRecord(alert, "posted")],
            statuses={},
            health="Sources: 1 ok, 0 failing",
        )
    )
    text = "\n".join(message_texts(message))
    assert "<https://evil.example/sc16444|https://press.un.org/" in text
    assert "> (evil.example)" in text


# ---------------------------------------------------------------------- code blocks

FENCE_BREAKERS = [
    "Veto ``` *bold* <!channel> ``` on Syria",
    "```",
    "``",
    "`",
    "ends with a backtick`",
    "`starts with one",
    "`````````` many",
]


@pytest.mark.parametrize("title", FENCE_BREAKERS)
def test_feed_text_cannot_break_the_drafts_code_block(title: str) -> None:
    alert = make_alert(item=make_item(title=title, text=title))
    # The draft repeats the title in its own paragraphs, at their start and end.
    draft = f"{title}\n\nHeadline: {title}\n\nLede {title} and more.\n\n{title}"
    message = render_draft(draft, alert)
    sections = [t for t in message_texts(message) if t.startswith("```")]
    assert sections
    for text in sections:
        inner = text[3:-3]
        assert text.endswith("```")
        assert "`" not in inner, text  # nothing inside can close or extend a fence
    assert "\u02cb\u02cb\u02cb" in "".join(sections) or "```" not in title
    assert code_safe("a ``` b") == "a \u02cb\u02cb\u02cb b"
    assert len(code_safe(escape(title))) == len(escape(title))


def test_escape_order_html_first_then_escape() -> None:
    # The entity is decoded to "<!here>" by HTML-to-text, then escaped again: inert.
    assert untrusted("&lt;!here&gt;", 100) == "&lt;!here&gt;"
    assert untrusted("Fish & chips <b>bold</b>", 100) == "Fish &amp; chips bold"


def test_truncate_never_cuts_an_escape() -> None:
    rng = random.Random(7)
    alphabet = "ab &<>é"
    for _ in range(500):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        escaped = escape(raw)
        for limit in range(1, 40):
            out = truncate(escaped, limit)
            assert len(out) <= limit
            assert not _ENTITY_OK.search(out), (raw, limit, out)
            if len(escaped) <= limit:
                assert out == escaped


def test_config_mentions_ping_only_by_id() -> None:
    assert config_mention("U0123ABC") == "<@U0123ABC>"
    assert config_mention("<@U0123ABC>") == "<@U0123ABC>"
    assert config_mention("S0ONCALL1") == "<!subteam^S0ONCALL1>"
    assert config_mention("<!subteam^S0ONCALL1>") == "<!subteam^S0ONCALL1>"
    assert config_mention("@un-office-oncall") == "@un-office-oncall"
    assert config_mention("<!channel>") == "&lt;!channel&gt;"
    assert user_mention("U0CLICKER") == "<@U0CLICKER>"
    assert user_mention("<!channel>") == "&lt;!channel&gt;"


def test_date_token_has_utc_fallback() -> None:
    token = date_token(datetime(2012, 2, 4, 16, 0, tzinfo=UTC))
    assert token == "<!date^1328371200^{date_short_pretty} {time}|2012-02-04 16:00 UTC>"


def test_a_long_link_loses_its_tracking_before_it_is_given_up() -> None:
    # F4: a link past the budget was posted without it, though its page address was short
    # and the rest a newsletter's tracking.
    page = "https://press.un.org/en/2024/sc15000.doc.htm?lang=en&id=5"
    tracked = page + "&utm_source=newsletter&utm_campaign=" + "x" * 2100 + "&fbclid=abc#top"
    assert safe_url(tracked) == "https://press.un.org/en/2024/sc15000.doc.htm?lang=en&amp;id=5"
    assert link(tracked, "Council fails", 300) == (
        "<https://press.un.org/en/2024/sc15000.doc.htm?lang=en&amp;id=5|Council fails>"
        " (press.un.org)"
    )
    # A short link keeps its tracking: it is posted as the feed gave it.
    short = page + "&utm_source=rss"
    assert safe_url(short) == short.replace("&", "&amp;")


def test_a_link_too_long_even_untracked_is_said_not_dropped() -> None:
    url = "https://reliefweb.int/report/syria?q=" + "z" * 2100
    line = link(url, "Aid convoy reaches Idlib", 300)
    assert "<" not in line
    assert (
        line == "Aid convoy reaches Idlib (reliefweb.int: link over 2,000 characters, not posted)"
    )
    assert link(url, "", 300) == "reliefweb.int: link over 2,000 characters, not posted"
    # Only http(s) links are named so: another scheme is still plain text, as before.
    assert link("javascript:" + "a" * 2100, "Title", 300) == "Title"
