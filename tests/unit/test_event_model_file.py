"""The shipped event model (demandwatch/models/event_model.json.gz): what it records of its
training agrees with what it holds, it stays small (the Lambda artifact's 10 MB bound),
and it reads an item the same way every time."""

from __future__ import annotations

import gzip
import json
import logging
from pathlib import Path

import pytest

from demandwatch.core.learned import FEATURE_VERSION, SecondOpinion
from demandwatch.core.models import EVENT_TYPES
from demandwatch.core.prepared import prepare
from demandwatch.event_model import (
    MODEL_FILE,
    ShippedOpinion,
    load_model,
    second_opinion,
)
from demandwatch.exceptions import ConfigError

RAW = json.loads(gzip.decompress(MODEL_FILE.read_bytes()))


def test_the_file_is_small() -> None:
    # The artifact was 9.41 MB of its 10 MB before the model. Session 41: 352 KB (C=64,
    # weights under 0.5 pruned, fitted through part 34; 248 KB before), spent from the
    # 478 KB the pruned dependency modules freed (tests/eval/LEARNED.md, "Session 41").
    assert MODEL_FILE.stat().st_size < 400_000


def test_what_the_file_records_agrees_with_what_it_holds() -> None:
    model, training = load_model()
    assert RAW["feature_version"] == FEATURE_VERSION
    assert sorted(model.classes) == sorted(EVENT_TYPES)
    assert len(model.intercepts) == len(model.classes)
    assert training["kept"] == len(model.weights) <= training["vocabulary"]
    assert training["items"] > 5000
    prune, digits = training["prune"], training["digits"]
    for pairs in model.weights.values():
        assert pairs
        for index, weight in pairs:
            assert 0 <= index < len(model.classes)
            assert abs(weight) >= prune - 10**-digits
            assert round(weight, digits) == weight


def test_reading_is_deterministic_and_plain_ledes_read_as_labelled() -> None:
    model, _ = load_model()
    item = prepare(
        "Security Council adopts resolution on Syria cross-border aid",
        "The Security Council today unanimously adopted a resolution renewing the "
        "cross-border aid mechanism into north-west Syria for six months.",
    )
    first = model.predict(item)
    assert model.predict(item) == first == load_model()[0].predict(item)
    assert max(first, key=lambda k: first[k]) == "resolution_adopted"
    assert sum(first.values()) == pytest.approx(1.0)


def test_the_setting() -> None:
    assert second_opinion("off") is None
    assert second_opinion("0.6") == ShippedOpinion(0.6)
    on = second_opinion("on")
    assert isinstance(on, ShippedOpinion)
    for bad in ("maybe", "0", "1.5"):
        with pytest.raises(ConfigError):
            second_opinion(bad)


def test_the_shipped_opinion_is_the_loaded_models() -> None:
    item = prepare("Council members to meet on Syria", "Members will hold consultations.")
    model, _ = load_model()
    for rules in ("other", "statement", "veto"):
        assert ShippedOpinion(0.6).event(rules, item) == SecondOpinion(model, 0.6).event(
            rules, item
        )


def test_each_weight_is_the_file_s_and_equal_weights_are_one_object() -> None:
    """The weights are the file's integers over its scale, in the file's order, and equal
    ones are kept once (a float, a pair and a tuple a weight were 8.6 MB of a poller's
    memory: bench memory_10k): the scores are those of weights made one by one."""
    model, _ = load_model()
    scale = RAW["scale"]
    assert model.weights.keys() == RAW["weights"].keys()
    for feature, flat in RAW["weights"].items():
        made = [(index, unit / scale) for index, unit in zip(flat[::2], flat[1::2], strict=True)]
        assert model.weights[feature] == tuple(made)
    tuples = list(model.weights.values())
    pairs = [pair for kept in tuples for pair in kept]
    assert len({id(kept) for kept in tuples}) == len(set(tuples)) < len(tuples) / 2
    assert len({id(pair) for pair in pairs}) == len(set(pairs)) < len(pairs) / 10
    assert len({id(weight) for _, weight in pairs}) == len({weight for _, weight in pairs})


def test_features_weighing_alike_share_their_weights(tmp_path: Path) -> None:
    weights = {"w:council": [0, 1500, 2, -250], "w:vote": [0, 1500, 2, -250], "w:veto": [1, 1500]}
    model, _ = load_model(_written(tmp_path / "alike.json.gz", _a_model(weights=weights)))
    assert model.weights["w:council"] == ((0, 1.5), (2, -0.25))
    assert model.weights["w:council"] is model.weights["w:vote"]
    assert model.weights["w:veto"] == ((1, 1.5),)
    assert model.weights["w:veto"][0][1] is model.weights["w:vote"][0][1]


def _written(path: Path, payload: object) -> Path:
    path.write_bytes(gzip.compress(json.dumps(payload).encode("utf-8")))
    return path


def _a_model(**changes: object) -> dict[str, object]:
    payload: dict[str, object] = {
        "feature_version": FEATURE_VERSION,
        "classes": ["other", "statement", "resolution_adopted"],
        "intercepts": [0.0, 0.0, 0.0],
        "scale": 1000,
        "weights": {"w:council": [2, 50_000]},
    }
    payload.update(changes)
    return payload


def test_a_file_that_is_not_a_model_is_a_clear_error(tmp_path: Path) -> None:
    """Review s21 W1: a file that is missing, damaged or malformed is said to be so, by
    name, rather than failing at an item (an IndexError, a zip of unequal lengths) or
    weighting the wrong event (a negative class index, a weight that is no number)."""
    (tmp_path / "garbage.json.gz").write_bytes(b"not gzip")
    (tmp_path / "truncated.json.gz").write_bytes(gzip.compress(b'{"classes": [')[:-6])
    bad = {
        "missing.json.gz": None,
        "garbage.json.gz": None,
        "truncated.json.gz": None,
        "no_classes.json.gz": {"feature_version": FEATURE_VERSION},
        "short.json.gz": _a_model(intercepts=[0.0, 0.0]),
        "past_the_classes.json.gz": _a_model(weights={"w:council": [3, 1000]}),
        "negative_index.json.gz": _a_model(weights={"w:council": [-1, 50_000]}),
        "not_a_number.json.gz": _a_model(intercepts=[0.0, 0.0, float("nan")]),
        "infinite.json.gz": _a_model(weights={"w:council": [1, float("inf")]}),
        "unpaired.json.gz": _a_model(weights={"w:council": [1, 1000, 2]}),
        "fractional.json.gz": _a_model(weights={"w:council": [1, 1.5]}),
        "no_scale.json.gz": {**_a_model(), "scale": 0},
        # (JSON's integers have no bound: too large for a float is no model either)
        "huge_intercept.json.gz": _a_model(intercepts=[0, 0, 10**400]),
        "huge_weight.json.gz": _a_model(weights={"w:council": [1, 10**400]}),
    }
    for name, payload in bad.items():
        path = tmp_path / name
        if payload is not None:
            _written(path, payload)
        with pytest.raises(ConfigError, match=name.replace(".", r"\.")):
            load_model(path)
    model, _ = load_model(_written(tmp_path / "good.json.gz", _a_model()))
    assert model.classes == ("other", "statement", "resolution_adopted")


def test_without_a_readable_model_the_rules_read_alone_and_say_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Review s21 W1: with the model on and its file missing, every matched item's event
    failed to be read, so no item of a source was recorded or alerted (a veto included).
    The rules now read alone, and the run's log says why, once."""
    item = prepare("Security Council adopts resolution on Syria", "The Council adopted it.")
    opinion = ShippedOpinion(0.75, tmp_path / "missing.json.gz")
    with caplog.at_level(logging.ERROR, logger="demandwatch"):
        assert opinion.event("statement", item) == "statement"
        assert opinion.event("veto", item) == "veto"
        assert opinion.event("other", item) == "other"
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(said) == 1
    assert "missing.json.gz" in said[0]
    assert "rules alone" in said[0]
    # a model that is read, given the same way, gives its opinion
    sure = ShippedOpinion(0.75, _written(tmp_path / "sure.json.gz", _a_model()))
    assert sure.event("statement", prepare("Council on Syria")) == "resolution_adopted"
