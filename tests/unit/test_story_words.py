"""The words stories are compared by: an English plural is its singular, so that "court" and
"courts", "block" and "blocks" meet in the reports of one development (stories-busy-7: a
government's reaction saying Russia chose to "block" the referral went to a rival draft's
story rather than the vote's reported as Russia "blocks" it)."""

from __future__ import annotations

from demandwatch.core.stories import bag_of_words


def test_an_english_plural_is_its_singular() -> None:
    words = bag_of_words(
        "Russia blocks referral as courts wait",
        "The parties said the court would block nothing; families of detainees wait.",
    )
    assert words["court"] == 3
    assert words["block"] == 3
    assert words["party"] == 1
    assert words["family"] == 1
    assert "courts" not in words
    assert "blocks" not in words


def test_words_that_are_no_plural_or_say_more_keep_their_form() -> None:
    words = bag_of_words(
        "Press status of the crisis",
        "The draft won three votes in favour; two members abstained. Russia vetoes it.",
    )
    # -ss, -us, -is endings are no plurals; words of four letters or fewer are left alone.
    assert {"press", "status", "crisis", "won"} <= words.keys()
    # "votes" counts ballots (the rule parting a vote held from news counting none reads it);
    # the concepts keep their key ("vetoes" is "veto").
    assert "votes" in words
    assert "vote" not in words
    assert "veto" in words


def test_other_languages_keep_their_words() -> None:
    # French, Spanish and German plurals are not English ones ("cours", "votos", "Stimmen").
    assert "cours" in bag_of_words("", "Les cours ont repris.")
    assert "tribunales" in bag_of_words("", "Los tribunales europeos juzgan los casos.")
