"""An item is prepared once (folded, split into words, its language detected) and the
matcher and the event classifier both read that preparation, as the pipeline does."""

from __future__ import annotations

import random

from demandwatch.core.prepared import MAX_TEXT_CHARS, prepare
from demandwatch.core.query import Document
from demandwatch.core.text import tokens, words


def test_prepare_folds_and_splits_title_and_text() -> None:
    item = prepare("Le Conseil de sécurité", "La Russie oppose son veto à la résolution.")
    assert item.title == "le conseil de securite"
    assert item.title_words == ["le", "conseil", "de", "securite"]
    assert item.text_words == tokens("La Russie oppose son veto à la résolution.")
    assert item.detected == item.language == "fr"


def test_a_stated_language_is_used_for_matching_and_the_words_still_decide_the_event() -> None:
    item = prepare("Russia vetoes the draft on Syria", "", language="de")
    assert item.language == "de"
    assert item.detected == "en"
    assert Document.of(item).language == "de"
    assert prepare("Russia vetoes the draft", "", language="xx").language == "en"


def test_text_past_the_cap_is_not_read() -> None:
    text = "filler " * (MAX_TEXT_CHARS // 7 + 100) + "Syria veto"
    assert "syria" not in prepare("", text).text_words
    # A document built directly reads everything (queries are tested on whole texts).
    assert "syria" in Document("", text).words


# (That the pipeline's shared preparation gives what matching and classifying apart give,
# on every evaluation item: the modules test_prepared_every_item_1 and _2, which two workers
# share; tests/vocabulary_corpus.py.)


def test_ascii_text_splits_into_the_words_the_regular_expression_finds() -> None:
    # ASCII text is split by a translation (every non-word character a space) rather than
    # by \w+: the same words in order, for every ASCII character and mix of them (words,
    # tokens and prepare all read ASCII that way).
    import re

    from demandwatch.core.text import tokens

    rng = random.Random(13)
    alphabet = "".join(map(chr, range(128)))
    samples = ["", " ", "_", "u.n.", "Russia's veto -- 2,401 (2018)\t\x0b\x1c_x_ 9am"]
    samples += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80))) for _ in range(3000)
    ]
    for text in samples:
        expected = re.findall(r"\w+", text.casefold())
        assert prepare(text).title_words == expected, repr(text)
        assert words(text.casefold()) == expected, repr(text)
        assert tokens(text) == expected, repr(text)
