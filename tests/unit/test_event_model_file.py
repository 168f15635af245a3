"""The shipped event model (demandwatch/models/event_model.json.gz): what it records of its
training agrees with what it holds, it stays small (the Lambda artifact's 10 MB bound),
and it reads an item the same way every time."""

from __future__ import annotations

import gzip
import json

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
    # The artifact was 9.41 MB of its 10 MB before the model.
    assert MODEL_FILE.stat().st_size < 350_000


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
