"""Blind part 15 (resolution_adopted read as other on wire and UN press ledes; report read
as other or statement; vote_scheduled read as other): the Council's and the larger bodies'
adoptions told by their votes, the humanitarian agencies' periodic products, a report's
findings under a headline that names its authors accusing, and a German vote set for a day.

- The Assembly and the Human Rights Council adopt by majority: a tally of more than the
  Council's fifteen votes, more for than against, in such a body, is the adoption ("voted on
  Tuesday to dispatch ..., by 33 votes to four"), whoever voted against.
- A Council tally told before what it gave ("gave its 15-0 backing to a text") is the vote.
- "Humanitarian Update No. 21 (as of ...)", "monthly snapshot": published findings.
- "Commission accuses ... | ... said in a report published Wednesday": the report; a
  ministry rejecting a report ("МИД России отверг выводы доклада") still reacts to it.
- "Abstimmung ... für Dienstag angesetzt": the vote set for a day.

The engineer's own sentences, written before the rules: 5 of the 7 tests failed before (the
failed vote and the ministry rejecting the report stay as they were).
"""

from __future__ import annotations

from demandwatch.core.events import classify


def test_a_larger_bodys_majority_adopts() -> None:
    event = classify(
        "UN rights forum sends investigators to Syria",
        "GENEVA (AFP) - The UN Human Rights Council voted on Friday to dispatch a fact-finding "
        "mission to Syria, by 29 votes to five with 13 abstentions.",
    )
    assert event.type == "resolution_adopted"


def test_a_larger_bodys_vote_that_failed_is_no_adoption() -> None:
    event = classify(
        "UN rights forum rejects Syria text",
        "GENEVA (AFP) - A text on Syria failed in the UN Human Rights Council on Friday, by 19 "
        "votes to 20 with eight abstentions.",
    )
    assert event.type != "resolution_adopted"


def test_a_council_tally_told_before_what_it_gave() -> None:
    event = classify(
        "Council clears cross-line convoys into Syria",
        "UN convoys may now cross front lines in Syria, after the Security Council gave its 15-0 "
        "backing on Tuesday to a text drafted by Ireland and Norway.",
    )
    assert event.type == "resolution_adopted"
    assert event.vote is not None
    assert (event.vote.in_favour, event.vote.against) == (15, 0)


def test_the_agencies_periodic_products_are_reports() -> None:
    for title, text in (
        (
            "Syrian Arab Republic: Humanitarian Update No. 7 (as of 15 March 2027)",
            "KEY FIGURES: convoys reached two besieged towns; fuel prices doubled in the north.",
        ),
        (
            "Syria: humanitarian access - monthly snapshot, March 2027",
            "The map shows the areas reached and the convoys delayed or denied in March.",
        ),
    ):
        assert classify(title, text).type == "report", title


def test_an_accusing_headline_over_a_report_lede_is_the_report() -> None:
    event = classify(
        "لجنة التحقيق تتهم الحكومة السورية بتعذيب المعتقلين",
        "قالت لجنة التحقيق الدولية في تقرير نشرته الخميس إن التعذيب في مراكز الاحتجاز ممنهج.",
    )
    assert event.type == "report"


def test_a_ministry_rejecting_a_report_reacts_to_it() -> None:
    event = classify(
        "МИД России отверг выводы доклада комиссии ООН по Сирии",
        "В докладе комиссии ответственность за удары возложена на правительство. В Москве "
        "назвали выводы политизированными.",
    )
    assert event.type == "statement"


def test_a_german_vote_set_for_a_day() -> None:
    event = classify(
        "Abstimmung über Syrien-Resolution für Donnerstag angesetzt",
        "Die Europäer halten an ihrem Entwurf fest; Moskau hat Änderungen verlangt.",
    )
    assert event.type == "vote_scheduled"
