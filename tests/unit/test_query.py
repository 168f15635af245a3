"""The demand query language: parsing, every operator, Unicode, and the "why" terms."""

from __future__ import annotations

import pytest

from demandwatch.core.query import Document, compile_query
from demandwatch.exceptions import QuerySyntaxError


def hit(query: str, title: str, text: str = "") -> bool:
    return compile_query(query).evaluate(Document(title, text)).matched


def why(query: str, title: str, text: str = "") -> set[str]:
    result = compile_query(query).evaluate(Document(title, text))
    assert result.matched, f"{query!r} should match {title!r} / {text!r}"
    return set(result.terms)


# ------------------------------------------------------------------------ parser errors


@pytest.mark.parametrize(
    ("query", "position", "reason"),
    [
        ("", 0, "empty query"),
        ("   ", 0, "empty query"),
        ("(veto", 0, "missing closing parenthesis"),
        ("veto AND (Syria OR Damascus", 9, "missing closing parenthesis"),
        ("veto)", 4, "unmatched closing parenthesis"),
        ("Syria veto) OR x", 10, "unmatched closing parenthesis"),
        ('"veto', 0, "unterminated phrase"),
        ('Syria AND "arms embargo', 10, "unterminated phrase"),
        ("veto NEAR/ Syria", 5, "NEAR needs a distance"),
        ("veto NEAR Syria", 5, "NEAR needs a distance"),
        ("veto NEAR/x Syria", 5, "NEAR needs a distance"),
        ("veto AND", 8, "query ends where a term was expected"),
        ("veto OR", 7, "query ends where a term was expected"),
        ("x AND (y OR", 11, "query ends where a term was expected"),
        ("title:", 6, "query ends where a term was expected"),
        ("AND veto", 0, "'AND' where a term was expected"),
        ("veto OR OR Syria", 8, "'OR' where a term was expected"),
        ("veto NEAR/3 -Syria", 12, "where a term was expected"),
        ("NOT veto", 0, "at least one term that is not negated"),
        ("-veto", 0, "at least one term that is not negated"),
        ("-veto -Syria", 0, "at least one term that is not negated"),
        ("veto ()", 6, "empty parentheses"),
        ("foo:bar", 0, "unknown field 'foo'"),
        ("veto body:Syria", 5, "unknown field 'body'"),
        ("ve*to", 0, "wildcard '*' may only end a word"),
        ('"veto* draft"', 0, "wildcard '*' may only end a word"),
        ("Syria ve*", 6, "at least 3 letters before '*'"),
        ("Syria +++", 6, "contains no word characters"),
        ("veto NEAR/3 (NOT Syria)", 5, "NEAR needs a term on each side"),
    ],
)
def test_bad_query_is_an_error_with_its_position(query: str, position: int, reason: str) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        compile_query(query)
    err = info.value
    assert err.position == position
    assert reason in err.reason
    assert err.query == query
    # The message names the position 1-based, as an editor would, and quotes the query.
    assert f"at position {position + 1}" in str(err)
    assert repr(query) in str(err)


def test_near_in_place_of_a_term_is_named_as_written() -> None:
    with pytest.raises(QuerySyntaxError) as info:
        compile_query("NEAR/5 veto")
    assert info.value.position == 0
    assert "NEAR/5" in info.value.reason


# ------------------------------------------------------------------------ operators


def test_single_term_and_whole_words() -> None:
    assert hit("veto", "Russia casts veto")
    assert hit("veto", "Russia's veto, again.")
    assert hit("veto", "(veto)")
    # A bare term is a whole word: it finds neither longer words nor parts of words.
    assert not hit("veto", "Russia vetoing draft")
    assert not hit("veto", "Russia vetoes draft")
    assert not hit("Syria", "Syrian refugees")
    assert not hit("ICC", "ICCPR article 19")


def test_suffix_wildcard_is_a_prefix() -> None:
    for word in ("veto", "vetoes", "vetoed", "vetoing", "VETOES"):
        assert hit("veto*", f"Russia {word} draft"), word
    assert not hit("veto*", "Russia casts vote")
    # The prefix is still anchored at the start of a word.
    assert not hit("veto*", "antiveto campaign")
    assert why("veto*", "Moscow vetoed it") == {"veto*"}


def test_wildcard_ends_a_phrase() -> None:
    assert hit('"arms supplier*"', "Russia among arms suppliers")
    assert hit('"arms supplier*"', "main arms supplier of Damascus")
    assert not hit('"arms supplier*"', "arms and suppliers")


def test_implicit_and_and_explicit_and() -> None:
    assert hit("veto Syria", "Syria veto")
    assert hit("veto AND Syria", "Syria: a veto")
    assert not hit("veto Syria", "a veto on Ukraine")
    assert not hit("veto AND Syria", "Syria talks")


def test_or() -> None:
    assert hit("veto OR blocked", "Moscow blocked it")
    assert hit("veto OR blocked", "a veto")
    assert not hit("veto OR blocked", "adopted unanimously")


def test_not_and_minus() -> None:
    for query in ("Syria NOT football", "Syria -football", "Syria AND NOT football"):
        assert hit(query, "Syria talks in Geneva"), query
        assert not hit(query, "Syria football team wins"), query
    assert hit("Syria NOT (football OR cricket)", "Syria talks")
    assert not hit("Syria NOT (football OR cricket)", "cricket in Syria")
    assert not hit("Syria -(football OR cricket)", "football in Syria")


def test_a_hyphen_inside_a_word_is_not_negation() -> None:
    assert hit("cross-border", "UN cross-border aid")
    assert hit("cross-border", "cross border aid")
    assert not hit("cross-border", "border crossing")


def test_precedence_and_binds_tighter_than_or() -> None:
    # "a b OR c" is (a AND b) OR c, as search engines read it.
    assert hit("veto Syria OR embargo", "embargo")
    assert hit("veto Syria OR embargo", "Syria veto")
    assert not hit("veto Syria OR embargo", "veto")
    # Parentheses regroup.
    assert hit("veto (Syria OR Damascus)", "veto in Damascus")
    assert not hit("veto (Syria OR Damascus)", "Damascus")
    # NOT binds to the next term only.
    assert hit("NOT cricket Syria", "Syria")
    assert not hit("NOT cricket Syria", "Syria cricket")
    assert hit("(a OR b) c", "b and c")


def test_nested_parentheses() -> None:
    query = "((veto* OR block*) NEAR/3 (draft OR resolution)) AND (Syria OR (Damascus -football))"
    assert hit(query, "Russia vetoes draft on Syria")
    assert hit(query, "draft blocked, Damascus says")
    assert not hit(query, "draft blocked, Damascus football club says")
    assert not hit(query, "Russia vetoes the long awaited and much amended draft, Syria says")


def test_exact_phrase() -> None:
    assert hit('"arms embargo"', "UN arms embargo")
    assert hit('"arms embargo"', "ARMS, EMBARGO!")  # punctuation is not a word
    assert not hit('"arms embargo"', "an embargo on arms")
    assert not hit('"arms embargo"', "arms and an embargo")
    assert hit('"Bab al-Hawa"', "crossing at Bab al-Hawa")
    assert hit('"Russia\'s veto"', "after Russia’s veto")  # typographic apostrophe


def test_near_counts_words_between_in_either_order() -> None:
    assert hit("veto NEAR/0 Syria", "veto Syria")
    assert hit("veto NEAR/0 Syria", "Syria veto")
    assert not hit("veto NEAR/0 Syria", "veto on Syria")
    assert hit("veto NEAR/2 Syria", "veto on draft Syria")
    assert hit("veto NEAR/2 Syria", "Syria draft on veto")
    assert not hit("veto NEAR/2 Syria", "veto on the draft Syria")
    # Any occurrence pair within the distance will do.
    assert hit("veto NEAR/1 Syria", "veto a b c d e f Syria and veto")


def test_near_with_phrases_and_groups() -> None:
    assert hit('"arms embargo" NEAR/2 Syria', "arms embargo on Syria")
    assert not hit('"arms embargo" NEAR/2 Syria', "arms embargo imposed today on Syria")
    query = "(veto* OR blocked) NEAR/3 (Syria OR Damascus)"
    assert hit(query, "Damascus draft was blocked")
    assert not hit(query, "blocked the draft on Ukraine; separately, in Damascus")
    assert why(query, "Damascus draft was blocked") == {"blocked", "Damascus"}


def test_chained_near() -> None:
    query = "Russia NEAR/2 veto* NEAR/2 Syria"
    assert hit(query, "Russia vetoes Syria text")
    assert not hit(query, "Russia vetoes a long and wordy Syria text")


def test_operators_are_upper_case_only() -> None:
    # Lower-case "and"/"or" are words to find, as the language documents.
    assert not hit("veto or Syria", "veto")
    assert hit("veto or Syria", "veto or Syria")


# ------------------------------------------------------------------------ title: scope


def test_title_scope() -> None:
    assert hit("title:veto", "Russia veto", "nothing here")
    assert not hit("title:veto", "Syria talks", "a veto was cast")
    assert hit("title:veto Syria", "veto", "in Syria")  # the scope covers one term only
    assert hit("TITLE:veto", "veto")


def test_title_scope_on_groups_phrases_and_wildcards() -> None:
    query = "title:(veto* OR blocked)"
    assert hit(query, "Russia vetoes draft", "")
    assert not hit(query, "Council meets", "Russia vetoes draft")
    assert hit('title:"arms embargo"', "Arms embargo on Syria", "")
    assert not hit('title:"arms embargo"', "Syria", "arms embargo")
    assert not hit("title:veto*", "Syria", "vetoed")
    assert compile_query("title:veto Syria").fields == frozenset({"title"})
    assert compile_query("veto Syria").fields == frozenset()


def test_phrase_never_runs_from_title_into_text() -> None:
    assert not hit('"arms embargo"', "Calls for arms", "embargo on Syria")
    assert hit('"arms embargo"', "Calls for", "arms embargo on Syria")


def test_near_joins_a_title_word_to_a_nearby_text_word() -> None:
    assert hit("veto NEAR/5 Syria", "Russia casts veto", "Syria draft fails")
    assert not hit("veto NEAR/5 Syria", "Russia casts veto", "one two three four five six Syria")


# ------------------------------------------------------------------------ case, accents, Unicode


def test_case_insensitive() -> None:
    assert hit("VETO", "veto")
    assert hit("veto", "VETO")
    assert hit('"Security Council"', "SECURITY council")


def test_accent_insensitive_both_ways() -> None:
    assert hit("Díaz", "José Luis Diaz said")
    assert hit("Diaz", "JOSÉ LUIS DÍAZ said")
    assert hit("enquête", "une ENQUETE indépendante")
    assert hit('"Cour pénale internationale"', "la cour penale internationale")
    assert hit("Syrie", "la Syrie")
    assert hit("Straße", "STRASSE")


def test_french_elision_and_accents() -> None:
    assert hit('"livraisons d\'armes"', "les livraisons d’armes à Damas")
    assert hit('"embargo sur les armes"', "Un embargo sur les armes à destination de la Syrie")
    assert hit("syrien*", "le régime syrien")
    assert hit("syrien*", "les forces syriennes")


def test_arabic_with_and_without_harakat() -> None:
    vocalised = "سُورِيَا"
    bare = "سوريا"
    assert hit(bare, f"مجلس الأمن يناقش الوضع في {vocalised}")
    assert hit(vocalised, f"مجلس الأمن يناقش الوضع في {bare}")
    # Tatweel (kashida) is layout only.
    assert hit(bare, "الوضع في ســوريا")
    assert hit('"حق النقض"', "استخدمت روسيا حقّ النقض")
    assert hit("الفيتو", "روسيا تستخدم الفيتو")


def test_arabic_whole_words_and_prefix() -> None:
    # Arabic attaches prepositions and the article to the word: an Arabic item is matched
    # on stems, so the bare word finds its attached forms ...
    assert hit("سوريا", "وصل الوفد بسوريا")
    assert hit("الأسلحة", "حظر على اسلحة")
    # ... and a wildcard still only extends the end of a word.
    assert hit("السوري*", "الجيش السوري")
    assert hit("السوري*", "الحكومة السورية")
    assert not hit("السوري*", "سوريا")


def test_hamza_forms_fold_together() -> None:
    assert hit("الأسد", "الرئيس بشار الاسد")
    assert hit("الاسد", "الرئيس بشار الأسد")


# ------------------------------------------------------------------------ the "why" terms


def test_terms_report_every_branch_that_fired() -> None:
    query = 'veto* OR "negative votes" OR blocked'
    assert why(query, "Russia vetoes draft after negative votes") == {"veto*", '"negative votes"'}


def test_terms_keep_the_query_spelling_and_scope() -> None:
    assert why("Díaz", "diaz") == {"Díaz"}
    assert why('title:"arms embargo" Syria', "arms embargo", "on Syria") == {
        'title:"arms embargo"',
        "Syria",
    }
    assert why("title:(veto OR blocked)", "veto and blocked") == {"title:veto", "title:blocked"}


def test_negation_contributes_no_terms() -> None:
    assert why("Syria -football", "Syria talks") == {"Syria"}
    assert why("Syria NOT (cricket OR football)", "Syria talks") == {"Syria"}


def test_and_and_near_report_both_sides() -> None:
    assert why("veto Syria", "Syria veto") == {"veto", "Syria"}
    assert why("veto* NEAR/3 Syria*", "Syrian draft vetoed") == {"veto*", "Syria*"}


def test_non_match_reports_nothing() -> None:
    result = compile_query("veto Syria").evaluate(Document("veto", "Ukraine"))
    assert not result.matched
    assert result.terms == frozenset()


def test_one_compiled_query_serves_many_documents() -> None:
    query = compile_query("veto* NEAR/3 Syria")
    docs = [Document("Russia vetoes Syria draft"), Document("Ukraine"), Document("Syria vetoed")]
    assert [query.evaluate(d).matched for d in docs] == [True, False, True]
    # The prefix cache of a document must not leak between scopes.
    doc = Document("Council", "vetoed draft on Syria")
    assert compile_query("veto*").evaluate(doc).matched
    assert not compile_query("title:veto*").evaluate(doc).matched


def test_near_is_linear_in_the_positions_and_keeps_its_answer() -> None:
    # Thousands of occurrences on both sides: pairing each with each was quadratic.
    text = " ".join(["Syria veto filler filler filler"] * 4000)
    query = compile_query("veto NEAR/2 Syria")
    assert query.evaluate(Document("", text)).matched
    far = " ".join(["veto filler filler filler filler"] * 2000 + ["Syria"])
    assert not compile_query("veto NEAR/2 Syria").evaluate(Document("", far)).matched
    assert compile_query("veto NEAR/4 Syria").evaluate(Document("", far)).matched


def test_nested_near_finds_the_closest_pairs() -> None:
    query = compile_query("(Russia NEAR/2 veto) NEAR/3 Syria")
    doc = Document("", "Russia used a veto on Syria. Later Russia and China spoke at length.")
    assert query.evaluate(doc).matched


def test_a_branch_found_by_two_wildcards_of_one_head_is_asked_once() -> None:
    # An OR finds its branches by the words or word heads they need; a group needing
    # "syria*" or "syrie*" is listed under their one head "syri", and asked once: its
    # places appear once each, as a NEAR around it reads them.
    query = compile_query("((syria* OR syrie*) -cricket) OR veto OR embargo")
    result = query.evaluate(Document("Syrians and Syriens"))
    assert result.matched
    assert result.terms == {"syria*", "syrie*"}
    assert result.spans == ((0, 0), (2, 2))
