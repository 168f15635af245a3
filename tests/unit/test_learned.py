"""The learned second opinion on events (core.learned): its features, its inference and
what it may decide (never unmaking a veto, making one only at 0.94)."""

from __future__ import annotations

import json
import math
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from demandwatch.core import learned
from demandwatch.core.events import classify
from demandwatch.core.identity import fingerprint
from demandwatch.core.learned import (
    MOVES,
    DemandModel,
    DemandReading,
    EventOpinion,
    LinearModel,
    PackedWeights,
    SecondOpinion,
    features,
    linear_scores,
)
from demandwatch.core.matching import Matcher
from demandwatch.core.models import EVENT_TYPES, Demand, Item
from demandwatch.core.pipeline import Examiner
from demandwatch.core.prepared import Prepared, prepare
from demandwatch.demand_model import load_model as load_demand_model
from demandwatch.event_model import ShippedOpinion, read_weights
from demandwatch.event_model import load_model as load_event_model

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


def test_features_are_distinct_marked_and_read_the_detected_language() -> None:
    item = prepare("Council to vote on Syria", "The Council will vote on the draft.")
    found = features(item)
    assert len(found) == len(set(found))
    assert found[0] == "lang=en"
    assert {"t:vote", "t:to vote", "x:will vote", "w:vote", "w:the draft"} <= set(found)
    assert (
        features(prepare("Council to vote on Syria", "The Council will vote on the draft."))
        == found
    )


def test_an_item_s_features_are_read_once_for_both_models(monkeypatch: pytest.MonkeyPatch) -> None:
    # A run asks the demand model about an item, then the event model about the same item:
    # its features are read once (the list is shared, and read only by both).
    made: list[Prepared] = []
    real = learned._features

    def counted(item: Prepared) -> list[str]:
        made.append(item)
        return real(item)

    monkeypatch.setattr(learned, "_features", counted)
    item = prepare("Moscow sank the draft on Aleppo", "The text fell after a vote.")
    verdict = DemandReading(
        DemandModel(("veto",), (5.0,), {"w:sank": ((0, 1.0),)}), threshold=0.5
    ).read(item, ["veto"], [])
    assert [d.demand_id for d in verdict.added] == ["veto"]
    sure = LinearModel(classes=("veto", "other"), intercepts=(10.0, 0.0), weights={})
    assert SecondOpinion(sure, 0.5).event("other", item) == "veto"
    assert len(made) == 1
    first = features(item)
    assert first is features(item)
    assert len(made) == 1
    # another item, even of the same words, is read afresh, and reads the same
    again = prepare("Moscow sank the draft on Aleppo", "The text fell after a vote.")
    assert features(again) == first
    assert len(made) == 2
    assert made[1] is again
    # the first item once more, after another: read again (one item is kept), the same
    assert features(item) == first
    assert len(made) == 3
    assert made[2] is item


def test_features_read_the_lede_only() -> None:
    long_text = " ".join(["filler"] * 200) + " adopted"
    assert "x:adopted" not in features(prepare("Title", long_text))


def test_probabilities_are_a_softmax_of_the_scaled_dot_product() -> None:
    model = LinearModel(
        classes=("other", "meeting"),
        intercepts=(0.5, -0.5),
        weights={"a": ((1, 2.0),), "b": ((0, 1.0), (1, -1.0))},
    )
    got = model.probabilities(["a", "b", "unknown", "more"])
    scale = 1 / math.sqrt(4)  # every feature counts towards the length, known or not
    other, meeting = 0.5 + 1.0 * scale, -0.5 + (2.0 - 1.0) * scale
    assert math.isclose(got["meeting"], math.exp(meeting) / (math.exp(other) + math.exp(meeting)))
    assert math.isclose(got["other"] + got["meeting"], 1.0)
    assert model.probabilities([]) == model.probabilities([])  # intercepts alone
    assert math.isclose(model.probabilities([])["other"], 1 / (1 + math.exp(-1.0)))


def _raw(weights: dict[str, list[int]]) -> dict[str, object]:
    """A model file's weights (integers over its scale, 100), as read_weights reads them."""
    return {"scale": 100, "weights": weights}


def _pairs(raw: dict[str, object]) -> dict[str, tuple[tuple[int, float], ...]]:
    """The file's weights as the plain pairs the unpacked sum reads."""
    scale = raw["scale"]
    assert isinstance(scale, int)
    flat_of = raw["weights"]
    assert isinstance(flat_of, dict)
    return {
        feature: tuple((i, u / scale) for i, u in zip(flat[::2], flat[1::2], strict=True))
        for feature, flat in flat_of.items()
    }


def test_packed_weights_are_the_file_s_pairs_and_score_as_their_sum() -> None:
    """Issue 13: a model file's weights are packed, each feature's one integer, an item's
    scores read from the sum of its known features' integers (in C). Read as a mapping
    they are the file's pairs; each score is the intercept plus the units' exact sum over
    the scale, times 1/sqrt(n), and within 1e-12 of adding the pairs one by one."""
    rng = random.Random(13)
    weights: dict[str, list[int]] = {}
    for k in range(400):
        outputs = sorted(rng.sample(range(8), rng.randint(1, 8)))
        units = [rng.choice([-1, 1]) * rng.randint(1, 2_000) for _ in outputs]
        weights[f"w:{k}"] = [x for pair in zip(outputs, units, strict=True) for x in pair]
    weights["w:edge"] = [0, 32_767, 7, -32_767]  # the largest units packed
    raw = _raw(weights)
    packed = read_weights(raw, 8, "test")
    assert isinstance(packed, PackedWeights)
    plain = _pairs(raw)
    assert dict(packed) == plain
    assert len(packed) == len(plain)
    assert "w:edge" in packed
    assert "w:none" not in packed
    assert packed.get("w:none") is None
    assert packed.get("w:none", ()) == ()
    assert packed.get("w:edge") == ((0, 327.67), (7, -327.67))
    assert packed.get("w:edge") is packed["w:edge"]  # (decoded once)
    intercepts = tuple(rng.uniform(-2, 2) for _ in range(8))
    for _ in range(200):
        found = (
            rng.sample(sorted(weights), rng.randint(0, 120))
            + ["unknown", "more"][: rng.randint(0, 2)]
        )
        got = linear_scores(intercepts, packed, found)
        one_by_one = linear_scores(intercepts, plain, found)
        scale = 1 / math.sqrt(len(found)) if found else 0.0
        for index, (score, other) in enumerate(zip(got, one_by_one, strict=True)):
            units = sum(
                u
                for f in found
                for i, u in zip(weights.get(f, [])[::2], weights.get(f, [])[1::2], strict=True)
                if i == index
            )
            assert score == intercepts[index] + units / 100 * scale
            assert abs(score - other) < 1e-12


def test_packed_lanes_hold_any_item_s_sums_exactly() -> None:
    # Each output's sum is read from its own lane, a negative sum too: a lane never
    # carries into the next, however many features an item has at the largest units.
    weights = {
        "w:low": [0, -32_767, 1, 32_767, 2, -1],
        "w:high": [2, 32_767],
        "w:mid": [1, -32_767],
    }
    packed = read_weights(_raw(weights), 3, "test")
    assert isinstance(packed, PackedWeights)
    found = ["w:low"] * 20_000 + ["w:high"] * 30_000 + ["w:mid"] * 5
    scale = 1 / math.sqrt(len(found))
    got = linear_scores((0.0, 0.0, 0.0), packed, found)
    sums = (-32_767 * 20_000, 32_767 * 20_000 - 32_767 * 5, -20_000 + 32_767 * 30_000)
    assert got == [0.0 + s / 100 * scale for s in sums]
    assert linear_scores((1.0, 2.0, 3.0), packed, []) == [1.0, 2.0, 3.0]


def test_a_file_the_lanes_cannot_hold_is_read_as_its_pairs() -> None:
    # A weight of 0, an output twice or out of order, or units past the lanes' bound:
    # read as the file's pairs, summed one by one as before.
    for odd in ([0, 0], [1, 5, 0, 5], [0, 5, 0, 7], [0, 32_768], [2, -40_000]):
        raw = _raw({"w:council": [0, 120, 2, -35], "w:odd": odd})
        weights = read_weights(raw, 3, "test")
        assert not isinstance(weights, PackedWeights)
        assert weights == _pairs(raw)
        found = ["w:council", "w:odd", "unknown"]
        assert linear_scores((0.1, 0.2, 0.3), weights, found) == linear_scores(
            (0.1, 0.2, 0.3), _pairs(raw), found
        )


def test_the_shipped_models_packed_read_as_their_pairs_summed() -> None:
    # The shipped files are packed; on the tuning items (every fifth) each score is
    # within 1e-12 of the pairs' sum, and every decision the models make is the same.
    event_model, _ = load_event_model()
    demand_model, _ = load_demand_model()
    assert isinstance(event_model.weights, PackedWeights)
    assert isinstance(demand_model.weights, PackedWeights)
    event_plain = LinearModel(
        event_model.classes, event_model.intercepts, dict(event_model.weights)
    )
    demand_plain = DemandModel(
        demand_model.demands, demand_model.intercepts, dict(demand_model.weights)
    )
    read = 0
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if n % 5 or not line.strip():
                continue
            raw = json.loads(line)
            found = features(prepare(raw["title"], raw.get("summary", "")))
            for packed, plain in (
                (event_model.weights, event_plain.weights),
                (demand_model.weights, demand_plain.weights),
            ):
                intercepts = (
                    event_model.intercepts
                    if packed is event_model.weights
                    else demand_model.intercepts
                )
                got = linear_scores(intercepts, packed, found)
                one_by_one = linear_scores(intercepts, plain, found)
                assert max(abs(a - b) for a, b in zip(got, one_by_one, strict=True)) < 1e-12
            got_p = event_model.probabilities(found)
            plain_p = event_plain.probabilities(found)
            assert max(got_p, key=got_p.__getitem__) == max(plain_p, key=plain_p.__getitem__)
            read += 1
    assert read > 1_000


def _sure_of(event: str, threshold: float = 0.75) -> SecondOpinion:
    """A second opinion sure of ``event`` for every item."""
    model = LinearModel(classes=(event, "other"), intercepts=(10.0, 0.0), weights={})
    return SecondOpinion(model, threshold)


def test_a_sure_opinion_replaces_the_rules_event() -> None:
    item = prepare("Security Council meets on Syria aid draft")
    assert _sure_of("meeting").event("statement", item) == "meeting"
    assert _sure_of("meeting", threshold=1.0).event("statement", item) == "statement"
    assert _sure_of("vote_scheduled").event("meeting", item) == "vote_scheduled"


def test_the_model_never_takes_a_page_away() -> None:
    # review s21 W3: an adoption or a scheduled vote the rules read pages the office; the
    # model, sure of a statement, must not turn it into channel news.
    adopted = prepare("Security Council adopts resolution 2118 on Syria's chemical weapons")
    scheduled = prepare("Security Council to vote Thursday on Syria aid draft")
    assert _sure_of("statement").event("resolution_adopted", adopted) == "resolution_adopted"
    assert _sure_of("meeting").event("vote_scheduled", scheduled) == "vote_scheduled"


def _leaning_to_other(probability: float) -> SecondOpinion:
    """A second opinion that gives ``other`` the probability ``probability``."""
    model = LinearModel(
        classes=("other", "statement"),
        intercepts=(math.log(probability / (1 - probability)), 0.0),
        weights={},
    )
    return SecondOpinion(model, 0.75)


def test_the_model_takes_an_event_down_to_other_only_when_surer() -> None:
    # A statement read as other leaves the channel for the digest on a demand of normal
    # priority: the model needs other's bar (0.9) there, not the threshold (session 22).
    item = prepare("Ministers urge asset freeze on Syrian leaders in joint statement")
    assert _leaning_to_other(0.85).event("statement", item) == "statement"
    assert _leaning_to_other(0.95).event("statement", item) == "other"
    assert _leaning_to_other(0.85).event("report", item) == "report"
    # other to other, and a lift out of other, keep the plain threshold
    assert _sure_of("meeting").event("other", item) == "meeting"


def _leaning_to(event: str, probability: float) -> SecondOpinion:
    """A second opinion that gives ``event`` the probability ``probability``."""
    model = LinearModel(
        classes=(event, "statement"),
        intercepts=(math.log(probability / (1 - probability)), 0.0),
        weights={},
    )
    return SecondOpinion(model, 0.75)


def test_the_model_adds_a_page_only_when_surer() -> None:
    # probe s22 V1: a call to adopt, read as an adoption at 0.81 to 0.89, paged on-call
    # and was drafted as welcoming a resolution nobody had adopted (the paging events' bar,
    # 0.9, not the threshold, for a page the rules did not read).
    call = prepare(
        "Syria: Security Council should adopt arms embargo resolution",
        "The UN Security Council should adopt a resolution imposing a comprehensive arms "
        "embargo on Syria, Rights Watch said today.",
    )
    # (session 49: in English the model gives an adoption at 0.6, learned.ENGLISH_ADOPTION_AT;
    # the English call keeps its statement in classify, events._call_kept, test_events_s49_w4;
    # the bar holds in the other languages)
    appel = prepare(
        "Syrie : le Conseil de sécurité doit adopter une résolution sur l'embargo",
        "Le Conseil de sécurité doit adopter une résolution imposant un embargo sur les armes "
        "à la Syrie, a déclaré l'organisation.",
    )
    assert appel.detected == "fr"
    assert _leaning_to("resolution_adopted", 0.85).event("statement", appel) == "statement"
    assert _leaning_to("resolution_adopted", 0.85).event("statement", call) == (
        "resolution_adopted"
    )
    assert _leaning_to("vote_scheduled", 0.85).event("other", call) == "other"
    assert _leaning_to("resolution_adopted", 0.95).event("statement", call) == "resolution_adopted"
    assert _leaning_to("vote_scheduled", 0.95).event("meeting", call) == "vote_scheduled"
    # an event that pages nobody keeps the plain threshold
    assert _leaning_to("meeting", 0.85).event("statement", call) == "meeting"


def _leaning_to_at(event: str, probability: float, threshold: float) -> SecondOpinion:
    model = LinearModel(
        classes=(event, "statement"),
        intercepts=(math.log(probability / (1 - probability)), 0.0),
        weights={},
    )
    return SecondOpinion(model, threshold)


def test_every_event_has_one_row_in_what_the_model_may_move() -> None:
    # A new event must be a decision (may the model take it, give it, at what probability),
    # not a KeyError at the first item read as it.
    assert set(MOVES) == set(EVENT_TYPES)
    assert all(move.given_at is None or 0.0 <= move.given_at < 1.0 for move in MOVES.values())


def test_a_threshold_above_an_events_bar_wins() -> None:
    # DEMANDWATCH_EVENT_MODEL=0.95: the model, 0.92 sure of an adoption, a scheduled vote or
    # other (each at 0.9 in MOVES), is under the operator's threshold and gives none of them.
    item = prepare("Ministers urge Council to adopt Syria arms embargo")
    assert _leaning_to_at("resolution_adopted", 0.92, 0.95).event("meeting", item) == "meeting"
    assert _leaning_to_at("vote_scheduled", 0.92, 0.95).event("meeting", item) == "meeting"
    assert _leaning_to_at("other", 0.92, 0.95).event("meeting", item) == "meeting"
    assert _leaning_to_at("resolution_adopted", 0.96, 0.95).event("meeting", item) == (
        "resolution_adopted"
    )
    assert _leaning_to_at("other", 0.96, 0.95).event("meeting", item) == "other"


def test_the_model_never_unmakes_a_veto() -> None:
    item = prepare("Russia vetoes Syria draft", "Russia vetoed the draft resolution on Tuesday.")
    assert _sure_of("statement").event("veto", item) == "veto"
    assert _sure_of("other").event("veto", item) == "veto"


def test_the_model_makes_a_veto_only_when_surer() -> None:
    # A veto told by its effect ("the text fell"), read as other news by the rules: the model
    # pages for it at 0.94 (0.9 until session 41's refit), not at the plain threshold (a
    # false veto is a false P1 page).
    item = prepare(
        "Syria text falls in Council as Moscow says no",
        "The draft on a ceasefire in the north-west fell on Monday after Moscow cast a no.",
    )
    assert _leaning_to("veto", 0.85).event("other", item) == "other"
    assert _leaning_to("veto", 0.92).event("other", item) == "other"
    assert _leaning_to("veto", 0.95).event("other", item) == "veto"
    assert _leaning_to("veto", 0.95).event("statement", item) == "veto"
    # and an operator's threshold above the bar raises it
    assert _leaning_to_at("veto", 0.95, 0.97).event("other", item) == "other"


def test_a_call_the_rules_read_as_a_statement_is_never_made_a_veto() -> None:
    # The model may make a veto at 0.94 (0.9 from session 36); a call asking the Council to act
    # over a member's objections is the call, not the veto it fears (a false P1 page).
    title = "Ministers call on the Security Council to adopt a text on Syria aid despite objections"
    text = (
        "The ministers urged the Council to adopt a resolution renewing the crossing and "
        "asked Moscow not to block it."
    )
    assert classify(title, text).type == "statement"
    assert classify(title, text, second_opinion=_sure_of("veto")).type == "statement"


def test_classify_reads_actors_and_date_for_the_event_the_opinion_gives() -> None:
    title = "Syria aid draft put in blue"
    text = "The draft resolution on aid to Syria was put in blue and will be voted on Thursday."
    alone = classify(title, text)
    assert alone.type == "draft_resolution"
    seconded = classify(title, text, second_opinion=_sure_of("statement"))
    assert seconded.type == "statement"
    assert seconded.date is None  # a statement carries no date of a vote


_DEMAND = Demand(
    id="veto",
    campaign_id="syria",
    title="Stop the veto",
    status="active",
    priority="high",
    owner="@team",
    query="Council",
    position="Our position.",
    asks=("Our ask.",),
    spokesperson="Spokesperson",
)
_NOW = datetime(2026, 8, 28, 12, 0, tzinfo=UTC)


class _Listing:
    def __init__(self, item: Item) -> None:
        self._item = item
        self.key = item.key
        self.fingerprint = fingerprint(item.title, item.text)

    def item(self) -> Item:
        return self._item


def examined(opinion: EventOpinion | None, *ledes: tuple[str, str]) -> list[str]:
    """The event of the alert the examiner raises for each (title, text), all matched."""
    fresh = [
        Item(
            source_id="wib",
            key=f"k{n}",
            url=f"https://example.org/k{n}",
            title=title,
            text=text,
            published=_NOW - timedelta(hours=1),
            fetched=_NOW,
        )
        for n, (title, text) in enumerate(ledes)
    ]
    examiner = Examiner(Matcher([(_DEMAND, None)]), {"veto": _DEMAND}, opinion)
    entries = examiner.examine(
        [(_Listing(item), None) for item in fresh],
        baseline=False,
        now=_NOW,
        max_age=timedelta(days=3),
        source_name="WIB",
    )
    assert all(entry.alert is not None for entry in entries)
    return [entry.alert.event.type for entry in entries if entry.alert is not None]


def test_the_examiner_gives_its_opinion_to_each_matched_items_event() -> None:
    lede = (
        "Council members discuss Syria aid draft",
        "Council members discussed on Thursday a draft resolution on aid to Syria.",
    )
    assert examined(None, lede) == ["draft_resolution"]
    assert examined(_sure_of("meeting"), lede) == ["meeting"]
    scheduled = (
        "Council to vote Thursday on Syria aid draft",
        "The Security Council will vote on Thursday on a draft resolution on Syria.",
    )
    assert examined(_sure_of("meeting"), scheduled) == ["vote_scheduled"]  # a page stays


def test_a_matched_veto_alerts_whatever_the_model_file(tmp_path: Path) -> None:
    """The examiner's veto does not wait on the model file (review s21 W1): with the file
    missing, the veto release still alerts as a veto and the adoption as the rules read it."""
    missing = ShippedOpinion(0.75, tmp_path / "missing.json.gz")
    veto = (
        "Security Council fails to adopt draft on Syria aid, owing to veto",
        "The Security Council failed to adopt a draft resolution on Syria today, owing to "
        "the negative vote of the Russian Federation, a permanent member of the Council.",
    )
    adoption = (
        "Security Council adopts resolution on Syria cross-border aid",
        "The Security Council today unanimously adopted a resolution renewing the "
        "cross-border aid mechanism into north-west Syria for six months.",
    )
    assert examined(missing, veto, adoption) == ["veto", "resolution_adopted"]


def test_the_setting_is_checked_where_the_environment_is_read() -> None:
    import pytest

    from demandwatch.config import Settings
    from demandwatch.exceptions import ConfigError

    assert Settings.from_env({}).event_model == "on"
    assert Settings.from_env({"DEMANDWATCH_EVENT_MODEL": "0.9"}).event_model == "0.9"
    assert Settings.from_env({"DEMANDWATCH_EVENT_MODEL": " Off "}).event_model == "off"
    for bad in ("maybe", "0", "2"):
        with pytest.raises(ConfigError, match="DEMANDWATCH_EVENT_MODEL"):
            Settings.from_env({"DEMANDWATCH_EVENT_MODEL": bad})
