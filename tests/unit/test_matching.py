"""The matcher: each demand's query AND its campaign's context; active_only; the "why"."""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from demandwatch.core.models import Demand, DemandStatus
from demandwatch.exceptions import QuerySyntaxError

CONTEXT = "(Syria* OR Damascus) NOT football"


def demand(demand_id: str, query: str, status: DemandStatus = "active") -> Demand:
    return Demand(
        id=demand_id,
        campaign_id="syria",
        title=f"Demand {demand_id}",
        status=status,
        priority="normal",
        owner="@team",
        query=query,
        position="We call for it.",
        asks=("Do it.",),
        spokesperson="Someone",
    )


def ids(matcher: Matcher, title: str, text: str = "", *, active_only: bool = False) -> list[str]:
    return [m.demand_id for m in matcher.match(title, text, active_only=active_only)]


def test_demand_query_and_campaign_context_must_both_match() -> None:
    matcher = Matcher([(demand("veto", "veto*"), CONTEXT)])
    assert ids(matcher, "Russia vetoes draft on Syria") == ["veto"]
    assert ids(matcher, "Russia vetoes draft on Ukraine") == []  # context fails
    assert ids(matcher, "Syria talks resume in Geneva") == []  # demand fails
    assert ids(matcher, "Syria football: veto on transfer") == []  # context excludes


def test_context_may_be_found_in_the_text() -> None:
    matcher = Matcher([(demand("veto", "title:veto*"), CONTEXT)])
    assert ids(matcher, "Russia vetoes draft", "The text concerned Damascus.") == ["veto"]
    assert ids(matcher, "Draft on Syria fails", "Russia vetoed it.") == []


def test_no_context_means_the_demand_query_alone() -> None:
    matcher = Matcher([(demand("veto", "veto*"), None), (demand("empty", "veto*"), "")])
    assert ids(matcher, "Russia vetoes draft on Ukraine") == ["veto", "empty"]


def test_terms_are_the_demands_first_then_the_contexts() -> None:
    matcher = Matcher([(demand("veto", "veto* OR Damascus OR blocked"), CONTEXT)])
    [match] = matcher.match("Russia vetoed and blocked the Syria draft in Damascus")
    # Demand terms sorted first; context terms after, without repeating "Damascus".
    assert match.terms == ("Damascus", "blocked", "veto*", "Syria*")


def test_a_term_written_twice_in_two_cases_is_shown_once_in_the_why() -> None:
    # Queries are case-insensitive: a German "Resolution*" and an English "resolution*"
    # fire on the same words, and the why line (12 terms in Slack) shows one of them, in
    # the lower case a query wrote it in, whether the demand or the context wrote it.
    query = "veto* AND (Resolution* OR resolution* OR Text OR Syria*)"
    matcher = Matcher([(demand("veto", query), "syria*")])
    [match] = matcher.match("Russia vetoes the Syria resolution", "The text was blocked.")
    assert match.terms == ("resolution*", "syria*", "Text", "veto*")


def test_an_accented_term_another_fired_term_covers_is_left_out_of_the_why() -> None:
    # Probe s18 R8/P7: matching ignores accents, so the Spanish "vetó" fires on an English
    # "veto", and an English item's why line listed "vetó" beside "veto*".
    query = "(veto* OR vetó OR vetado OR Déclaration) AND (Syria* OR Siria)"
    matcher = Matcher([(demand("veto", query), "Syria* OR Siria")])
    [english] = matcher.match("Russia vetoes the Syria draft", "It was the 17th veto.")
    assert english.terms == ("Syria*", "veto*")
    [spanish] = matcher.match("Rusia vetó el proyecto sobre Siria", "Fue vetado el martes.")
    assert spanish.terms == ("Siria", "vetado", "veto*")  # "vetó" is veto*'s too
    # An accented term nothing plain covers is shown as written.
    alone = Matcher([(demand("fr", "Déclaration AND Syrie"), "Syrie")])
    [french] = alone.match("Déclaration sur la Syrie")
    assert french.terms == ("Déclaration", "Syrie")


def test_every_matching_demand_in_configuration_order() -> None:
    matcher = Matcher(
        [
            (demand("embargo", '"arms embargo"'), CONTEXT),
            (demand("veto", "veto*"), CONTEXT),
            (demand("icc", '"International Criminal Court"'), CONTEXT),
        ]
    )
    title = "Russia vetoes Syria draft on arms embargo and International Criminal Court"
    assert ids(matcher, title) == ["embargo", "veto", "icc"]
    assert ids(matcher, "Arms embargo on Syria") == ["embargo"]


def test_active_only_skips_paused_and_achieved() -> None:
    matcher = Matcher(
        [
            (demand("active", "veto*"), CONTEXT),
            (demand("paused", "veto*", "paused"), CONTEXT),
            (demand("achieved", "veto*", "achieved"), CONTEXT),
        ]
    )
    title = "Russia vetoes draft on Syria"
    assert ids(matcher, title) == ["active", "paused", "achieved"]
    assert ids(matcher, title, active_only=True) == ["active"]


def test_demands_of_different_campaigns_use_their_own_context() -> None:
    matcher = Matcher(
        [
            (demand("syria-veto", "veto*"), CONTEXT),
            (demand("myanmar-veto", "veto*"), "Myanmar OR Rohingya"),
        ]
    )
    assert ids(matcher, "China vetoes Myanmar draft") == ["myanmar-veto"]
    assert ids(matcher, "Russia vetoes Syria draft") == ["syria-veto"]


def test_a_context_shared_by_many_demands_gives_each_the_same_answer() -> None:
    matcher = Matcher([(demand(f"d{i}", "veto*"), CONTEXT) for i in range(5)])
    assert ids(matcher, "Syria veto") == ["d0", "d1", "d2", "d3", "d4"]
    assert ids(matcher, "Ukraine veto") == []
    assert matcher.demands[0].context is matcher.demands[4].context  # compiled once


def test_bad_demand_query_fails_at_construction() -> None:
    with pytest.raises(QuerySyntaxError):
        Matcher([(demand("bad", "veto AND (Syria"), CONTEXT)])
    with pytest.raises(QuerySyntaxError):
        Matcher([(demand("ok", "veto"), "Syria OR")])


def test_text_beyond_the_cap_is_not_read_and_the_cap_is_reported() -> None:
    from demandwatch.core.matching import MAX_TEXT_CHARS, capped

    short, cut = capped("a few words")
    assert (short, cut) == ("a few words", False)
    long_text = "filler " * (MAX_TEXT_CHARS // 7 + 100) + "Syria veto"
    kept, cut = capped(long_text)
    assert cut
    assert len(kept) <= MAX_TEXT_CHARS
    assert not kept.endswith("fille")  # cut at a word boundary


def test_a_word_a_fired_phrase_shows_is_left_out_of_the_why() -> None:
    # Probe s20 T8: a text saying "Bab al-Hawa" fired "Bab al-Hawa", "Bab al Hawa" and
    # "Bab", and the why line listed all three; a wildcard term stays (it may have fired
    # on other words of the text).
    query = '("Bab al-Hawa" OR "Bab al Hawa" OR Bab OR Hawa*) AND (Syria* OR "Security Council" OR Council)'
    matcher = Matcher([(demand("aid", query), "Syria*")])
    [match] = matcher.match(
        "Security Council vote on Syria aid", "Convoys cross at Bab al-Hawa into Syria."
    )
    # (the two spellings are the same words: one of them is shown)
    assert match.terms[0] in ('"Bab al-Hawa"', '"Bab al Hawa"')
    assert match.terms[1:] == ('"Security Council"', "Hawa*", "Syria*")
    # A word no fired phrase shows is still listed.
    [alone] = matcher.match("Syria aid", "Trucks wait at Bab, the crossing, for the Council.")
    assert alone.terms == ("Bab", "Council", "Syria*")
