"""Session 51 (w1): the veto demand's bar on an English item naming a Council decision
(core.learned.demand_bar). The demand model reads English stop-veto items no query reaches at
0.8 to 0.9 (a vote ahead while a member holds out, a draft Moscow dismisses); its bar for the
veto demand is the run's threshold (0.8) there, where the words it reads name a Council
decision, and 0.9 elsewhere. The items are en-stopveto-s51-w1.jsonl's, read on the production
path (the shipped model, the queries and the event rules) with the exact demands alerted."""

from __future__ import annotations

import functools

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.events import classify
from demandwatch.core.learned import (
    DEMAND_BARS,
    DEMAND_THRESHOLD,
    DemandModel,
    DemandReading,
    demand_bar,
)
from demandwatch.core.matching import Matcher
from demandwatch.core.prepared import prepare
from demandwatch.demand_model import demand_opinion

SV = "stop-veto-obstruction"
ACC = "accountability-investigations"


@functools.cache
def _matcher() -> Matcher:
    shipped = load_config(SHIPPED_CONFIG_DIR)
    return Matcher(
        ((d, c.context) for c in shipped.campaigns for d in c.demands),
        learned=demand_opinion("on"),
    )


def _alerted(title: str, summary: str) -> set[str]:
    matches, _ = _matcher().alerting(
        prepare(title, summary), lambda _p: classify(title, summary), title=title
    )
    return {m.demand_id for m in matches}


# (title, summary, demands alerted)
ITEMS = [
    # the model's reading at 0.8 to 0.9, a Council decision named: alerted since this rule
    (
        "Moscow says Western draft on Douma is 'not the answer'",
        "Russia's foreign ministry spokeswoman said the United States' text on a new chemical"
        " inquiry would not get Moscow's backing in its present form.",
        {SV, ACC},
    ),
    (
        "Council members split on Syria truce text ahead of vote",
        "Russia and China want the draft to exempt counter-terrorism operations; the penholders"
        " say that would empty the ceasefire of meaning.",
        {SV},
    ),
    (
        "Russia unmoved as Syria aid vote nears",
        "Moscow's envoy said the twelve-month renewal tabled by Brazil and Switzerland ignored"
        " Damascus's views, two days before the mandate expires.",
        {SV},
    ),
    # read at 0.9 or more: alerted before as since
    (
        "Aleppo text heads to a vote with Moscow unconvinced",
        "Council members expect to vote on Saturday on the French draft. Russian diplomats have"
        " said the text does not reflect the situation on the ground.",
        {SV},
    ),
    (
        "Moscow questions timing of Syria vote",
        "Russia's deputy envoy said the sponsors were rushing the text on Aleppo to a vote before"
        " the Council had heard from the UN envoy.",
        {SV},
    ),
    # read under 0.8: still missed (the run's threshold is the floor)
    (
        "Syria crossings: Russia says one crossing is enough ahead of Council vote",
        "The penholders' draft renews Bab al-Hawa and Bab al-Salam for twelve months. Moscow's"
        " envoy said one crossing for six months was all it would accept.",
        set(),
    ),
    (
        "Russia's envoy: Council text on Ghouta 'detached from reality'",
        "Vassily Nebenzia said the Swedish-Kuwaiti draft did not address attacks from the enclave"
        " on Damascus, as members negotiated ahead of a vote.",
        set(),
    ),
    # near misses: no demand
    (
        "Council to vote Friday on Syria aid renewal; Russia backs text",
        "Diplomats said the penholders' compromise for twelve months had Russia's support after"
        " changes agreed this week.",
        set(),
    ),
    (
        "Russia abstains as Council adopts Syria aid resolution",
        "The text renewing cross-border deliveries for a year passed with twelve votes in favour;"
        " Russia, China and Bolivia abstained.",
        set(),
    ),
    (
        "Russian rival text on Aleppo falls short of nine votes",
        "Moscow's draft, which left out the call to halt air strikes, won four votes in favour;"
        " nine members voted against and two abstained.",
        set(),
    ),
    (
        "Moscow and Beijing call for dialogue in Syria",
        "Russia and China urged the government and the opposition to start talks without"
        " preconditions.",
        set(),
    ),
    (
        "Russia says it will keep supporting Damascus",
        "Russia's deputy foreign minister said Moscow would continue to stand by the Syrian"
        " government against terrorism.",
        set(),
    ),
]


@pytest.mark.parametrize(("title", "summary", "demands"), ITEMS)
def test_the_items_alert_exactly_their_demands(title: str, summary: str, demands: set[str]) -> None:
    assert _alerted(title, summary) == demands


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Council members split on Syria truce text ahead of vote", ""),
        ("Moscow digs in", "Russia's envoy said the draft ignored Damascus's views."),
        ("Moscow digs in", "Russia blocked the renewal of the cross-border mandate."),
        ("Russia and China hold firm", "The Security Council could not agree."),
    ],
)
def test_an_english_item_naming_a_council_decision_has_the_run_s_threshold(
    title: str, summary: str
) -> None:
    assert demand_bar(SV, DEMAND_THRESHOLD, prepare(title, summary, "en")) == DEMAND_THRESHOLD


@pytest.mark.parametrize(
    ("demand", "title", "summary", "language"),
    [
        # no Council decision named
        (SV, "Moscow and Beijing call for dialogue in Syria", "", "en"),
        (SV, "Russia says it will keep supporting Damascus", "Moscow stands by Assad.", "en"),
        # the decision named only past the words the model reads (80 of the text's)
        (SV, "Moscow digs in", " ".join(["word"] * 80) + " The draft failed.", "en"),
        # another language
        (SV, "Le Conseil divisé sur le projet de trêve en Syrie", "", "fr"),
    ],
)
def test_elsewhere_the_demand_s_own_bar_stands(
    demand: str, title: str, summary: str, language: str
) -> None:
    bar = demand_bar(demand, DEMAND_THRESHOLD, prepare(title, summary, language))
    assert bar == DEMAND_BARS[demand] == 0.9


def test_a_run_s_higher_threshold_stays_the_floor() -> None:
    item = prepare("Council members split on Syria truce text ahead of vote", "", "en")
    assert demand_bar(SV, 0.85, item) == 0.85
    assert demand_bar(SV, 0.95, item) == 0.95
    assert demand_bar("arms-embargo", DEMAND_THRESHOLD, item) == DEMAND_THRESHOLD
    # (branch w1-keep-acc-bar: accountability has no bar of its own above the run's threshold)
    assert demand_bar(ACC, DEMAND_THRESHOLD, item) == DEMAND_THRESHOLD


def test_the_reading_adds_the_veto_demand_at_0_85_only_where_a_decision_is_named() -> None:
    # log-odds 1.735: 0.85 whatever the item
    model = DemandModel(demands=(SV,), intercepts=(1.735,), weights={})
    reading = DemandReading(model, DEMAND_THRESHOLD)
    named = reading.read(prepare("Russia unmoved as Syria aid vote nears", "", "en"), [SV], [])
    assert [a.demand_id for a in named.added] == [SV]
    bare = reading.read(prepare("Russia unmoved on Syria", "", "en"), [SV], [])
    assert bare.added == ()
