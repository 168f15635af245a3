"""A document its source rewrites under the same address, from outside: `demandwatch run
--once` against a local feed server, the Slack stand-in (tests/integration/slack_server.py)
and a SQLite state file.

A revision that changes what the document reports (another event, or a demand it did not
match) is news, said in its story's thread; a reworded lede that reports the same is not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from feeds import Entry
from integration.cli_runs import OneFeed
from integration.slack_server import SlackServer
from slack_support import CHANNELS, SYRIA_CHANNEL

pytestmark = pytest.mark.integration

WIB = "https://www.securitycouncilreport.org/whatsinblue/2026/12/syria-vote-icc-referral.php"
VOTE_TODAY = Entry(
    title="Syria: Vote on ICC Referral Draft",
    link=WIB,
    description="This afternoon, Security Council members are expected to vote on a draft "
    "resolution (S/2026/1950) that would refer the situation in Syria to the International "
    "Criminal Court.",
)
POSTPONED = Entry(
    title="Syria: Vote on ICC Referral Draft Postponed",
    link=WIB,
    description="The vote on the draft resolution (S/2026/1950) that would refer the "
    "situation in Syria to the International Criminal Court, scheduled for this afternoon, "
    "has been postponed indefinitely after Russia threatened to veto it.",
)

BLOG = "https://press.un.org/en/blog/sc17950"
FIRST_VETO = Entry(
    title="Security Council fails to adopt United States draft on Syria chemical weapons "
    "investigation as Russian Federation vetoes text",
    link=BLOG,
    description="The Security Council failed to adopt draft resolution S/2026/2701, submitted "
    "by the United States, owing to the negative vote of the Russian Federation. The vote was "
    "12 in favour, 2 against (Russian Federation, Bolivia), with 1 abstention (China).",
)
SECOND_VETO = Entry(
    title="Security Council fails to adopt second Syria chemical weapons draft as France, "
    "United Kingdom, United States vote against",
    link=BLOG,
    description="Later in the meeting, the Council failed to adopt a competing draft "
    "resolution, S/2026/2702, submitted by the Russian Federation, owing to the negative "
    "votes of France, the United Kingdom and the United States, permanent members. That text "
    "received 9 votes in favour, 3 against (France, United Kingdom, United States), with 3 "
    "abstentions.",
)
AID_VETO = Entry(
    title="Security Council fails to adopt Syria cross-border aid renewal as Russian "
    "Federation vetoes",
    link="https://press.un.org/en/blog/sc18001",
    description="The Security Council failed to adopt draft resolution S/2026/2801, owing to "
    "the negative vote of the Russian Federation. The vote was 13 in favour, 1 against "
    "(Russian Federation), with 1 abstention (China).",
)
AID_VETO_CORRECTED = Entry(
    title="Security Council fails to adopt Syria cross-border aid renewal as China, Russian "
    "Federation veto",
    link="https://press.un.org/en/blog/sc18001",
    description="Correction: the Security Council failed to adopt draft resolution "
    "S/2026/2801 owing to the negative votes of China and the Russian Federation. The vote "
    "was 13 in favour, 2 against (China, Russian Federation), with 0 abstentions.",
)

COI = "https://www.ohchr.org/en/press-releases/2026/12/coi-syria-findings"
TORTURE = Entry(
    title="Commission of Inquiry on Syria finds systematic torture in detention facilities",
    link=COI,
    description="The Independent International Commission of Inquiry on the Syrian Arab "
    "Republic today reported systematic torture and deaths in custody in government "
    "detention facilities.",
)
CHEMICAL = Entry(
    title="Commission of Inquiry on Syria: government forces used chemical weapons in Idlib",
    link=COI,
    description="The Independent International Commission of Inquiry on the Syrian Arab "
    "Republic today found reasonable grounds to believe government forces used chlorine "
    "against civilians in Idlib, and called for referral of the situation to the "
    "International Criminal Court.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


@pytest.fixture
def outside(httpserver: HTTPServer, slack: SlackServer, tmp_path: Path) -> OneFeed:
    world = OneFeed(httpserver, slack, tmp_path, "wib")
    world.serve()
    world.run()  # the baseline
    return world


def test_a_paged_vote_its_source_rewrites_to_postponed_is_said_in_its_thread(
    outside: OneFeed,
) -> None:
    outside.serve(VOTE_TODAY)
    outside.run()
    top, replies = outside.thread()
    assert "Vote on ICC Referral Draft" in top["text"]
    assert replies == []

    outside.serve(POSTPONED)
    revised = outside.run()
    assert "changed=1" in revised.stdout
    assert "delivered=1" in revised.stdout, revised.stdout
    top, replies = outside.thread()  # no second top-level message: the story's thread
    [reply] = replies
    assert "Postponed" in reply["text"]
    assert "postponed indefinitely after Russia threatened" in json.dumps(reply["blocks"])

    # The same report reworded (a typo mended, a clause moved): nothing more is said.
    reworded = Entry(
        POSTPONED.title,
        WIB,
        "Scheduled for this afternoon, the vote on the draft resolution (S/2026/1950) that "
        "would refer the situation in Syria to the International Criminal Court has been "
        "postponed indefinitely after Russia threatened to veto it.",
    )
    outside.serve(reworded)
    again = outside.run()
    assert "changed=1" in again.stdout
    assert "delivered=0" in again.stdout, again.stdout
    assert len(outside.thread()[1]) == 1
    assert len(outside.slack.top_level(SYRIA_CHANNEL)) == 1


def test_a_report_rewritten_into_another_finding_that_matches_a_new_demand_alerts(
    outside: OneFeed,
) -> None:
    outside.serve(TORTURE)
    first = outside.run()
    assert "delivered=1" in first.stdout, first.stdout

    outside.serve(CHEMICAL)
    revised = outside.run()
    assert "changed=1" in revised.stdout
    assert "delivered=1" in revised.stdout, revised.stdout
    posted = [
        m for m in outside.slack.all_messages() if "chemical weapons in Idlib" in m.get("text", "")
    ]
    assert len(posted) == 1


def test_a_live_blog_rewritten_to_report_a_second_veto_in_the_meeting_is_said(
    outside: OneFeed,
) -> None:
    """Probe s14 N9: the meeting's live blog, rewritten to report the competing draft's
    veto (another draft, other vetoers), was absorbed: same event, no new demand."""
    outside.serve(FIRST_VETO)
    assert "delivered=1" in outside.run().stdout
    outside.serve(SECOND_VETO)
    revised = outside.run()
    assert "changed=1" in revised.stdout
    assert "delivered=1" in revised.stdout, revised.stdout
    said = [m for m in outside.slack.all_messages() if "S/2026/2702" in json.dumps(m)]
    assert len(said) == 1
    # Reworded again without a new fact: nothing more.
    outside.serve(Entry(SECOND_VETO.title + ".", BLOG, SECOND_VETO.description + " "))
    assert "delivered=0" in outside.run().stdout


def test_a_correction_of_who_vetoed_is_said_and_the_draft_takes_the_corrected_facts(
    outside: OneFeed,
) -> None:
    """Probe s14 N10: a release corrected from "Russian Federation vetoes, China abstains"
    to "China and the Russian Federation veto" was absorbed, and the draft statement kept
    the withdrawn facts (\"Abstaining: China\")."""
    outside.serve(AID_VETO)
    assert "delivered=1" in outside.run().stdout
    outside.serve(AID_VETO_CORRECTED)
    revised = outside.run()
    assert "delivered=1" in revised.stdout, revised.stdout
    _, replies = outside.thread()  # one top-level message: the correction is in its thread
    assert len(replies) == 1
    assert "China" in json.dumps(replies[0]["blocks"])

    env = {**os.environ, "DEMANDWATCH_CONFIG": str(outside.config)}
    stories = subprocess.run(
        [
            sys.executable,
            "-m",
            "demandwatch.cli",
            "stories",
            "--json",
            "--state",
            str(outside.state),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    [story] = json.loads(stories.stdout)
    draft = subprocess.run(
        [
            sys.executable,
            "-m",
            "demandwatch.cli",
            "draft",
            "--story",
            story["id"],
            "--state",
            str(outside.state),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "China and the Russian Federation" in draft or "China, Russian Federation" in draft
    assert "13 in favour, 2 against" in draft
    assert "Abstaining: China" not in draft
    assert "1 against (Russian Federation)" not in draft


def test_a_veto_release_whose_draft_symbol_is_mended_stays_one_story(outside: OneFeed) -> None:
    """Review A s14 HIGH-1: a typo in the draft's symbol fixed in place (nothing else
    changed) opened a second story and paged the on-call again for the same veto."""
    typo = Entry(
        AID_VETO.title, AID_VETO.link, AID_VETO.description.replace("S/2026/2801", "S/2026/2810")
    )
    outside.serve(typo)
    assert "delivered=1" in outside.run().stdout
    outside.serve(AID_VETO)
    outside.run()
    assert len(outside.slack.top_level(SYRIA_CHANNEL)) == 1
    # A cited resolution added in passing is no news either.
    outside.serve(
        Entry(
            AID_VETO.title,
            AID_VETO.link,
            AID_VETO.description + " The text would have renewed the mechanism set up by "
            "resolution 2165 (2014).",
        )
    )
    assert "delivered=0" in outside.run().stdout
    assert len(outside.slack.top_level(SYRIA_CHANNEL)) == 1


WIRE = "https://www.reuters.com/world/syria-aid-vote-2026-12-02/"
VETO_FLASH = Entry(
    title="Russia vetoes U.N. Security Council resolution on Syria aid deliveries",
    link=WIRE,
    description="UNITED NATIONS (Reuters) - Russia on Wednesday vetoed a U.N. Security Council "
    "resolution renewing cross-border aid deliveries into northwest Syria.",
    guid="reuters-syria-aid-1202",
)
VETO_RETRACTED = Entry(
    title="CORRECTED-U.N. Security Council renews Syria aid deliveries; Russia abstains",
    link=WIRE,
    description="UNITED NATIONS (Reuters) - The U.N. Security Council on Wednesday renewed "
    "cross-border aid deliveries into northwest Syria for six months, with Russia and China "
    "abstaining. (Corrects headline and first paragraph to show Russia abstained and did not "
    "veto the resolution.)",
    guid="reuters-syria-aid-1202",
)


def test_a_veto_its_source_takes_back_no_longer_heads_the_story_as_a_veto(
    outside: OneFeed,
) -> None:
    """Probe s19 R13: a wire flash's veto, corrected in place to an adoption with Russia
    abstaining, was said in the thread, but the story's message kept "🔴 P1 · Veto", the
    flash's title, "Vetoed: Russian Federation" and the Assembly's deadline."""
    outside.serve(VETO_FLASH)
    outside.run()
    top, _ = outside.thread()
    assert "Veto" in top["text"]
    assert "General Assembly debate due" in json.dumps(top["blocks"])

    outside.serve(VETO_RETRACTED)
    outside.run()
    top, replies = outside.thread()
    assert len(replies) == 1
    shown = json.dumps(top["blocks"], ensure_ascii=False)
    header = top["blocks"][0]["text"]["text"]
    assert header.startswith("🔴 P1 · Resolution adopted · "), header
    assert "corrected by its source, was: veto" in header
    assert "CORRECTED-U.N. Security Council renews Syria aid deliveries" in shown
    assert "Russia vetoes U.N. Security Council resolution" not in shown
    assert "General Assembly debate due" not in shown
    assert "Vetoed" not in shown
    assert "Russia vetoes" not in top["text"]


MEETING_RELEASE = "https://press.un.org/en/2026/sc18140.doc.htm"
_MEETING_OPENING = (
    "The Security Council today failed to adopt a draft resolution that would have extended "
    "for twelve months the authorization for United Nations humanitarian agencies and their "
    "partners to use the Bab al-Hawa crossing on the border between Türkiye and the Syrian "
    "Arab Republic, as members remained divided over the duration of the mechanism and the "
    "conditions attached to it. Speakers from across the Council regretted the outcome. "
)
LONG_VETO = Entry(
    title="Security Council fails to renew Syria cross-border aid mechanism",
    link=MEETING_RELEASE,
    description=_MEETING_OPENING
    + "Draft resolution S/2026/1101, tabled by Ireland and Norway, received 13 votes in favour "
    "to 1 against (Russian Federation), with 1 abstention (China), and was not adopted owing "
    "to the negative vote of a permanent member.",
)
LONG_VETO_CORRECTED = Entry(
    title=LONG_VETO.title,
    link=MEETING_RELEASE,
    description=_MEETING_OPENING
    + "Draft resolution S/2026/1101, tabled by Ireland and Norway, received 12 votes in favour "
    "to 1 against (Russian Federation), with 2 abstentions (China, Pakistan), and was not "
    "adopted owing to the negative vote of a permanent member. [This release has been "
    "corrected to reflect the vote as cast.]",
)


def test_a_release_corrected_after_its_lede_is_said_once_in_its_thread(outside: OneFeed) -> None:
    """Probe s20 T5: a meeting release re-issued with its tally corrected in its third
    sentence (past the title and the first fifty words the fingerprint read) was never
    seen as changed: "no_new_items", and the story kept the withdrawn tally."""
    outside.serve(LONG_VETO)
    assert "delivered=1" in outside.run().stdout
    outside.serve(LONG_VETO_CORRECTED)
    revised = outside.run()
    assert "changed=1" in revised.stdout, revised.stdout
    assert "delivered=1" in revised.stdout, revised.stdout
    _, replies = outside.thread()  # the correction is said in the story's thread, once
    [reply] = replies
    assert "12" in json.dumps(reply["blocks"])
    assert len(outside.slack.top_level(SYRIA_CHANNEL)) == 1
    again = outside.run()
    assert "delivered=0" in again.stdout, again.stdout
    assert len(outside.thread()[1]) == 1
