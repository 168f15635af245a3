"""Clauses the shipped campaign writes twice, which the query language cannot name once.

The Koblenz trial told by a trial word in French, Spanish, German, Russian or Arabic is
written twice in the shipped campaign: once in the Syria context (the trial is Syria's news
where no Syria word is written) and once in accountability's query (it is that demand's
subject). The query language has no named fragment that both could refer to, so this test
keeps the two copies the same: a word added to one (a new trial word, another of Koblenz's
ordinary cases) must be added to the other, or the context and the demand would disagree on
which Koblenz trials are the Syria file's.

The other cases a referral may be (another file before the court or the Council, a medical,
refugee, police, appeal-court, sports or legislature's referral) are written in the Syria
context, which lets an English referral be Syria's news with no Syria word (session 35,
en-demands-35), and in the ICC demand's branch for the same referral: a case added to one and
not the other would let the context pass a referral the demand refuses, or the reverse.
"""

from __future__ import annotations

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config

# The clause opens with the city's names in every language (session 33, multi-demands-s33).
OPENING = "(((Koblenz OR Koblenzer OR Coblence"


def _clause(query: str, opening: str = OPENING, start: int | None = None) -> str:
    """The parenthesised clause that opens with ``opening`` (at ``start`` if given), its
    whitespace folded."""
    start = query.index(opening) if start is None else start
    depth = 0
    for end in range(start, len(query)):
        depth += {"(": 1, ")": -1}.get(query[end], 0)
        if depth == 0:
            return " ".join(query[start : end + 1].split())
    raise AssertionError("the clause's parentheses do not close")


def test_the_multilingual_koblenz_trial_reads_the_same_in_the_context_and_accountability() -> None:
    config = load_config(SHIPPED_CONFIG_DIR)
    (campaign,) = config.campaigns
    assert campaign.context is not None
    accountability = next(d for d in config.demands if d.id == "accountability-investigations")
    assert campaign.context.count(OPENING) == 1
    assert accountability.query.count(OPENING) == 1
    assert _clause(campaign.context) == _clause(accountability.query)


def test_the_clause_reader_finds_a_difference() -> None:
    # (the comparison above can fail: one word apart is a different clause)
    same = "x OR (((Koblenz OR Koblenzer OR Coblence) NEAR/15 (Prozess OR Urteil)) NOT Drogen)"
    other = same.replace("Urteil", "Urteil OR Richter")
    assert _clause(same) != _clause(other)
    assert _clause(same) == _clause(same.replace(" NEAR/15", "\n   NEAR/15"))


# The referral's other cases open with its medical sense, and name Kenyatta (the older ICC
# branches' lists, which open alike, do not).
REFERRAL_CASES = "(medical OR patients OR patient OR hospital"


def _referral_cases(query: str) -> list[str]:
    """The lists of a referral's other cases in ``query`` that name Kenyatta, folded."""
    starts = [i for i in range(len(query)) if query.startswith(REFERRAL_CASES, i)]
    clauses = (_clause(query, REFERRAL_CASES, start) for start in starts)
    return [clause for clause in clauses if "Kenyatta" in clause]


def test_a_referral_s_other_cases_read_the_same_in_the_context_icc_and_stop_veto() -> None:
    # Since session 38 (en-demands-38) the English referral is also among stop-veto's Syria
    # words, with the same cases, as the multilingual one below is.
    config = load_config(SHIPPED_CONFIG_DIR)
    (campaign,) = config.campaigns
    assert campaign.context is not None
    by_id = {d.id: d.query for d in config.demands}
    in_context = _referral_cases(campaign.context)
    assert len(in_context) == 1
    assert _referral_cases(by_id["icc-referral"]) == in_context
    assert _referral_cases(by_id["stop-veto-obstruction"]) == in_context


# An aid veto or block by Russia or China told with no Syria word (session 38, en-demands-38)
# opens with aid's words.
AID_VETO = "(((aid OR humanitarian OR deliveries OR lifeline OR convoys)"


# Russia and China named as a pair beside a veto or block (session 38, en-demands-38b).
PAIR_VETO = "(((Russia* OR Moscow) NEAR/2 (China OR Chinese OR Beijing))"


@pytest.mark.parametrize("opening", [AID_VETO, PAIR_VETO])
def test_the_aid_and_pair_vetoes_read_the_same_in_the_context_and_stop_veto(opening: str) -> None:
    # Each written twice: in the Syria context (the veto is Syria's news with no Syria word)
    # and among stop-veto-obstruction's Syria words (the veto within 60 words of it). Another
    # file added to one list and not the other would let the context pass a veto the demand
    # refuses, or the reverse.
    config = load_config(SHIPPED_CONFIG_DIR)
    (campaign,) = config.campaigns
    assert campaign.context is not None
    stop = next(d.query for d in config.demands if d.id == "stop-veto-obstruction")
    assert campaign.context.count(opening) == 1
    assert stop.count(opening) == 1
    assert _clause(campaign.context, opening) == _clause(stop, opening)


# The referral to the ICC told in French, Spanish, German, Russian or Arabic opens with the
# French words (session 37, multi-demands-s37).
MULTILINGUAL_REFERRAL = "(((saisine OR saisir"


def test_the_multilingual_referral_reads_the_same_in_the_context_icc_and_stop_veto() -> None:
    # Written three times: in the Syria context (the referral is Syria's news with no Syria
    # word), in the ICC demand (its subject) and among stop-veto-obstruction's Syria words
    # (a veto within 60 words of it). A case added to one list and not the others would let
    # the context pass a referral a demand refuses, or the reverse.
    config = load_config(SHIPPED_CONFIG_DIR)
    (campaign,) = config.campaigns
    assert campaign.context is not None
    by_id = {d.id: d.query for d in config.demands}
    queries = [campaign.context, by_id["icc-referral"], by_id["stop-veto-obstruction"]]
    assert [q.count(MULTILINGUAL_REFERRAL) for q in queries] == [1, 1, 1]
    clauses = {_clause(q, MULTILINGUAL_REFERRAL) for q in queries}
    assert len(clauses) == 1


# Russia and China named as a pair beside a veto or block told in French, Spanish, German,
# Russian or Arabic (session 48, multi-stopveto-s48-w6); the clause (its exclusions too) opens
# with Russia's names in those languages.
MULTILINGUAL_PAIR_VETO = "((((Russie OR Moscou OR Rusia"


def test_the_multilingual_pair_veto_reads_the_same_in_the_context_and_stop_veto() -> None:
    # Written twice, as the English pair above: in the Syria context and among
    # stop-veto-obstruction's Syria words. Another file added to one list and not the other
    # would let the context pass a veto the demand refuses, or the reverse.
    config = load_config(SHIPPED_CONFIG_DIR)
    (campaign,) = config.campaigns
    assert campaign.context is not None
    stop = next(d.query for d in config.demands if d.id == "stop-veto-obstruction")
    assert campaign.context.count(MULTILINGUAL_PAIR_VETO) == 1
    assert stop.count(MULTILINGUAL_PAIR_VETO) == 1
    clause = _clause(stop, MULTILINGUAL_PAIR_VETO)
    assert _clause(campaign.context, MULTILINGUAL_PAIR_VETO) == clause
    assert "Zimbabue" in clause
