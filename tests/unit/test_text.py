"""HTML to plain text, folding and word tokens."""

from __future__ import annotations

import random
import re

import pytest

from demandwatch.core.text import fold, html_to_text, squash_spaces, tokens, words


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("plain text", "plain text"),
        ("<p>Hello <b>world</b></p><p>Next</p>", "Hello world Next"),
        ("<ol><li>one</li><li>two</li></ol>", "one two"),
        ("line<br>break", "line break"),
        ("line<br/>break", "line break"),
        # Inline tags join their text without adding a space.
        ("te<i>x</i>t and <a href='https://x'>link</a>ed", "text and linked"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("<!-- a comment -->visible", "visible"),
        ("  many \n\n\t spaces  ", "many spaces"),
    ],
)
def test_tags_dropped_and_whitespace_squashed(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("&lt;3 &gt;", "<3 >"),
        ("&eacute;t&eacute;", "été"),
        ("Russia&#8217;s veto", "Russia’s veto"),
        ("Russia&#x2019;s veto", "Russia’s veto"),
        ("a&nbsp;b", "a b"),
        ("AT&T stays", "AT&T stays"),  # a bare ampersand is text
        ("5 &lt; 6 &gt; 4", "5 < 6 > 4"),
    ],
)
def test_entities_decoded(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


def test_scripts_and_styles_dropped() -> None:
    markup = (
        "<head><title>t</title></head><script>alert('x')</script>Text"
        "<style>p { color: red }</style> more<noscript>enable js</noscript>"
    )
    assert html_to_text(markup) == "Text more"


def test_google_news_double_escaped_description() -> None:
    # The shape Google News search RSS sends: the HTML of the description escaped a second
    # time, a link to the story, a non-breaking space and the outlet in a <font> tag.
    description = (
        "&lt;a href=&quot;https://news.google.com/rss/articles/CBMiXWh0?oc=5&quot; "
        "target=&quot;_blank&quot;&gt;Russia, China veto UN draft on Syria&lt;/a&gt;"
        "&amp;nbsp;&amp;nbsp;&lt;font color=&quot;#6f6f6f&quot;&gt;Reuters&lt;/font&gt;"
    )
    assert html_to_text(description) == "Russia, China veto UN draft on Syria Reuters"


def test_double_escaped_script_is_dropped_not_shown() -> None:
    assert html_to_text("&lt;script&gt;steal()&lt;/script&gt;Vote today") == "Vote today"


def test_text_that_only_mentions_angle_brackets_is_kept() -> None:
    assert html_to_text("votes: a < b and c > d") == "votes: a < b and c > d"


def test_single_escaped_entities_are_decoded_once() -> None:
    # "&amp;amp;" is an escaped "&amp;": one level of decoding, no markup to strip again.
    assert html_to_text("&amp;amp;") == "&amp;"


def test_fold_drops_case_and_accents() -> None:
    assert fold("Díaz") == "diaz"
    assert fold("ÉTÉ") == "ete"
    assert fold("Straße") == "strasse"
    assert fold("ﬁnal") == "final"  # compatibility ligature
    assert fold("سُورِيَا") == "سوريا"  # harakat are combining marks
    assert fold("ســوريا") == "سوريا"  # tatweel is layout only


def test_tokens_are_folded_words() -> None:
    assert tokens("Russia's veto, 13-2! S/2012/77") == [
        "russia",
        "s",
        "veto",
        "13",
        "2",
        "s",
        "2012",
        "77",
    ]
    assert tokens("l’ONU et la Cour pénale") == ["l", "onu", "et", "la", "cour", "penale"]
    assert tokens("استخدمت روسيا الفيتو") == ["استخدمت", "روسيا", "الفيتو"]
    assert tokens("  ... ---  ") == []


def test_ascii_words_are_the_word_pattern_s_words() -> None:
    # ASCII text is split by a byte table, not the \w+ pattern: the same words, in order,
    # for every ASCII character between two letters and for text made of any of them.
    word = re.compile(r"\w+")
    for code in range(128):
        text = f"ab{chr(code)}cd {chr(code)}"
        assert words(text) == word.findall(text), repr(chr(code))
    chance = random.Random(13)
    for _ in range(200):
        text = "".join(chr(chance.randrange(128)) for _ in range(chance.randrange(60)))
        assert words(text) == word.findall(text), repr(text)
    # (not ASCII: the pattern reads it, letters of any script)
    assert words("l'onu à genève, 13–2") == ["l", "onu", "à", "genève", "13", "2"]


def test_squash_spaces() -> None:
    assert squash_spaces("  a \n\t b\u00a0c  ") == "a b c"
