"""html_to_text reads plain markup without HTMLParser, and gets exactly what it gets.

The plain reader (``_extract_plain``) must either give what HTMLParser-based extraction
gives, character for character, or step aside (None). It is run beside HTMLParser over
every entry of the feed fixtures, hand-written cases of what it must refuse, and
thousands of fragments made at random from tags, attributes, entities and broken markup.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from demandwatch.core.text import _extract, _extract_parsed, _extract_plain
from demandwatch.sources.feedread import read_feed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _fixture_markup() -> list[str]:
    found: list[str] = []
    for path in sorted(FIXTURES.rglob("*.xml")):
        body = path.read_bytes()
        if b"<rss" not in body[:2000] and b"<feed" not in body[:2000]:
            continue
        for entry in read_feed(body, {}).entries:
            found.extend([entry.title, entry.summary, entry.content or "", entry.outlet or ""])
    return [m for m in found if m]


def test_every_fixture_entry_reads_the_same_and_most_take_the_plain_path() -> None:
    markup = _fixture_markup()
    assert len(markup) > 30
    plain = 0
    for m in markup:
        assert _extract(m) == _extract_parsed(m), m
        if ("<" in m or "&" in m) and _extract_plain(m) is not None:
            plain += 1
    assert plain > 0


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Russia &amp; China</p>", "\nRussia & China\n"),
        ("a<br/>b<BR />c<br>d", "a\n\nb\n\nc\nd"),
        ("<a href=\"https://x.example/a?b=1&amp;c=2\" title='t'>link</a> &#8217;s", "link ’s"),
        ('<p\nclass="lede"\n>Text</p>', "\nText\n"),
        ("<DIV><Span>Upper</SPAN></div>", "\nUpper\n"),
        ("AT&T and 5 &lt; 6 &notin; &c", "AT&T and 5 < 6 ∉ &c"),
    ],
)
def test_plain_markup_is_read_without_the_parser(markup: str, expected: str) -> None:
    assert _extract_plain(markup) == expected
    assert _extract_parsed(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        "<script>var a = '<p>';</script>text",  # content that is not text
        "<style>p { color: red }</style>text",
        "<title>a &amp; b</title>",  # read as text by newer parsers
        "<textarea><p>x</p></textarea>",
        "a < b and c > d",  # a "<" that opens no tag
        "<!-- a comment --><p>x</p>",
        "<![CDATA[x]]>",
        "<!DOCTYPE html><p>x</p>",
        "<?php echo 1 ?>",
        "<a href=unquoted>x</a>",  # unquoted and bare attributes
        "<input disabled>",
        '<a href="x"class="y">x</a>',
        '<a title="a > b">x</a>',  # ">" inside a value
        "</p >",
        "</p/>",
        "</ p>",
        "<o:p>Word markup</o:p>",
        "<custom-element>x</custom-element>",
        "<p>unclosed <b",
    ],
)
def test_anything_else_is_left_to_the_parser(markup: str) -> None:
    assert _extract_plain(markup) is None
    assert _extract(markup) == _extract_parsed(markup)


_TEXTS = [
    "Security Council",
    " vote ",
    "\n",
    "\t",
    "&amp;",
    "&lt;p&gt;",
    "&#39;",
    "&#x2019;",
    "&nbsp;",
    "&bogus;",
    "AT&T",
    "&",
    "&#",
    "&amp",
    ";",
    ">",
    "'",
    '"',
    "=",
    "/",
    "é",
    "\u00a0",
    "قرار",
]
_NAMES = ["p", "P", "br", "a", "b", "div", "span", "li", "img", "h2", "script", "title", "x"]
_ATTRS = [
    "",
    ' href="https://x.example/?a=1&amp;b=2"',
    " class='c'",
    ' data-x = "1"',
    ' title="a > b"',
    " href=bare",
    " disabled",
    '\nalt="line\nbreak"',
    ' x="<"',
]
_BROKEN = ["<", "</", "<!--", "-->", "<!", "<?", "</ p>", "<p", "<1>", "< p>", "</>"]


def _fragment(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        if roll < 0.45:
            parts.append(rng.choice(_TEXTS))
        elif roll < 0.7:
            parts.append(f"<{rng.choice(_NAMES)}{rng.choice(_ATTRS)}{rng.choice(['', '/', ' /'])}>")
        elif roll < 0.9:
            parts.append(f"</{rng.choice(_NAMES)}{rng.choice(['', ' ', '/'])}>")
        else:
            parts.append(rng.choice(_BROKEN))
    return "".join(parts)


def test_random_fragments_read_the_same_either_way() -> None:
    rng = random.Random(20261130)
    plain = refused = 0
    for _ in range(6000):
        markup = _fragment(rng)
        fast = _extract_plain(markup)
        if fast is None:
            refused += 1
            continue
        plain += 1
        assert fast == _extract_parsed(markup), repr(markup)
    # Both paths are exercised: the comparison is not vacuous.
    assert plain > 500
    assert refused > 1000


def test_squash_spaces_is_the_whitespace_pattern_replaced_and_stripped() -> None:
    # squash_spaces splits on str.isspace; the reading it replaced was re's \s+ made one
    # space, then strip(). The same for every character either calls whitespace, and for
    # random mixes of them with words, at the ends and in runs.
    import re
    import sys

    from demandwatch.core.text import squash_spaces

    pattern = re.compile(r"\s+")
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if pattern.fullmatch(chr(c))]
    assert spaces == [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert len(spaces) > 20  # the Unicode spaces too (no-break, ideographic, ...)
    rng = random.Random(13)
    alphabet = [*spaces, "a", "b", "é", "<", "&", "\u200b"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert squash_spaces(text) == pattern.sub(" ", text).strip(), repr(text)
