"""The event model's trainer (tools/train_events.py): it reads the tuning items and the
set-aside parts up to its cut only, and
core.learned's hand-written inference gives scikit-learn's probabilities.

scikit-learn is in the dev extra for this test alone: the shipped inference is written by
hand (no numpy in the Lambda artifact), and only a comparison with the library that
fitted the weights shows the two read them alike."""

from __future__ import annotations

import builtins
import gzip
import io
import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import train_events  # noqa: E402

from demandwatch.core.learned import features  # noqa: E402
from demandwatch.core.prepared import prepare  # noqa: E402

# Ledes in the registers' styles, written for this test.
FIXTURE = [
    (
        "Security Council adopts resolution 2254 endorsing road map for Syria peace process",
        "resolution_adopted",
    ),
    ("Council unanimously adopts text on cross-border aid to Syria", "resolution_adopted"),
    ("Russia, China veto Security Council draft on Syria ceasefire", "veto"),
    ("Draft on Syria fails as Russian Federation casts veto", "veto"),
    ("Council to vote Thursday on Syria humanitarian draft", "vote_scheduled"),
    ("Members expected to vote on Syria text tomorrow", "vote_scheduled"),
    ("Secretary-General says Syria talks must resume", "statement"),
    ("Foreign minister condemns attack, says Council must act", "statement"),
    ("Aid convoy reaches besieged town after weeks of shelling", "other"),
    ("Oil prices rise as talks stall", "other"),
    ("Council briefed on Syria chemical weapons file", "meeting"),
    ("Security Council holds open debate on Syria humanitarian situation", "meeting"),
]


def test_hand_written_inference_equals_scikit_learns() -> None:
    found = [features(prepare(title)) for title, _ in FIXTURE]
    labels = [label for _, label in FIXTURE]
    model, vocabulary = train_events.fit(found, labels)
    linear = train_events.to_linear(model, vocabulary, prune=0.0, digits=None)
    expected = model.predict_proba(train_events.matrix(found, vocabulary))
    unseen = features(prepare("Council adopts Syria text", "A ceasefire draft was adopted."))
    expected_unseen = model.predict_proba(train_events.matrix([unseen], vocabulary))[0]
    for row, feats in [*zip(expected, found, strict=True), (expected_unseen, unseen)]:
        got = linear.probabilities(feats)
        for k, name in enumerate(model.classes_):
            assert got[name] == pytest.approx(row[k], abs=1e-9)


def test_the_trainer_reads_no_set_aside_part_after_its_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []
    real_read_text = Path.read_text
    real_open = builtins.open

    def read_text(self: Path, *args: object, **kwargs: object) -> str:
        opened.append(self.resolve())
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    def open_(file: object, *args: object, **kwargs: object) -> io.IOBase:
        opened.append(Path(str(file)).resolve())
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(Path, "read_text", read_text)
    monkeypatch.setattr(builtins, "open", open_)
    items = train_events.load_items()
    tuning = (ROOT / "tests" / "eval").resolve()
    setaside = tuning / "setaside"
    assert items
    read_parts = {train_events.setaside_part(p) for p in opened if p.parent == setaside}
    # the older parts are read (they are what the model learns real phrasing from) ...
    assert read_parts == set(range(1, train_events.SETASIDE_TRAINED_THROUGH + 1))
    # ... and no later one: they are the validation and the blind parts
    later = [
        p
        for p in setaside.glob("*.jsonl")
        if train_events.setaside_part(p) > train_events.SETASIDE_TRAINED_THROUGH
    ]
    assert later, "the set-aside parts after the cut are the validation; none is left"
    assert not set(later) & set(opened)
    assert all(p.parent in (tuning, setaside) for p in opened)
    assert all(Path(p).parent.name == "eval" for p in train_events.tuning_files())


def test_a_part_is_its_files_trailing_number() -> None:
    assert train_events.setaside_part(Path("english-31.jsonl")) == 31
    assert train_events.setaside_part(Path("busy-week-7.jsonl")) == 7
    assert train_events.setaside_part(Path("multilingual.jsonl")) == 1


def test_tuning_files_leave_out_every_subfolder(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"id": "a", "title": "T", "expect": {"demands": [], "event": "other"}}\n', encoding="utf-8"
    )
    (tmp_path / "setaside").mkdir()
    (tmp_path / "setaside" / "b.jsonl").write_text(
        '{"id": "b", "title": "T", "expect": {"demands": [], "event": "veto"}}\n', encoding="utf-8"
    )
    assert train_events.tuning_files(tmp_path) == [tmp_path / "a.jsonl"]
    assert [item.id for item in train_events.load_items(tmp_path, through=0)] == ["a"]


def test_the_set_aside_parts_are_read_up_to_the_cut_only(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"id": "a", "title": "T", "expect": {"demands": [], "event": "other"}}\n', encoding="utf-8"
    )
    (tmp_path / "setaside").mkdir()
    for name, iid in (("english-3", "e3"), ("english-4", "e4"), ("busy-week", "b1")):
        (tmp_path / "setaside" / f"{name}.jsonl").write_text(
            f'{{"id": "{iid}", "title": "T", "expect": {{"demands": [], "event": "veto"}}}}\n',
            encoding="utf-8",
        )
    assert [item.id for item in train_events.load_items(tmp_path, through=3)] == ["a", "b1", "e3"]
    assert [item.source_file for item in train_events.load_items(tmp_path, through=3)] == [
        "a.jsonl",
        "setaside/busy-week.jsonl",
        "setaside/english-3.jsonl",
    ]


def test_a_fit_on_the_same_items_writes_the_same_bytes(tmp_path: Path) -> None:
    # fit is deterministic (lbfgs from zero, a sorted vocabulary, sorted keys, gzip's mtime 0):
    # two fits of the same items give the same file; what moved a refit's bytes in session
    # 41 was its inputs (tuning files landed after the shipped fit), which the file now records
    items = [
        train_events.Item(f"i{k}", "a.jsonl", "en", label, title, "", None)
        for k, (title, label) in enumerate(FIXTURE)
    ]
    found = [features(train_events.prepared(it)) for it in items]
    written = []
    for _ in range(2):
        model, vocabulary = train_events.fit(found, [it.event for it in items])
        written.append(train_events.file_payload(model, vocabulary, items))
    assert written[0] == written[1]
    assert written[0]["training"]["inputs_sha256"] == train_events.items_digest(items)


def test_the_digest_is_of_what_a_fit_reads_and_the_shipped_file_records_one() -> None:
    items = [
        train_events.Item(f"i{k}", "a.jsonl", "en", label, title, "", None)
        for k, (title, label) in enumerate(FIXTURE)
    ]
    digest = train_events.items_digest(items)
    assert len(digest) == 64
    # an id or a file moved is the same fit; a headline, a text or a label changed is not
    moved = [replace(it, id=it.id + "x", source_file="b.jsonl") for it in items]
    assert train_events.items_digest(moved) == digest
    relabelled = [replace(items[0], event="other"), *items[1:]]
    assert train_events.items_digest(relabelled) != digest
    assert train_events.items_digest(items[::-1]) != digest  # the order the fit reads


def test_the_demand_trainer_records_the_same_digest_and_writes_the_same_bytes() -> None:
    # tools/train_demands.py: the same check; its digest reads an item's demands, sorted
    import train_demands

    # each demand met by two of the fixture's headlines (a fit needs both answers of each)
    demands = train_demands.DEMANDS
    items = [
        (title, "", frozenset({demands[k % len(demands)]})) for k, (title, _) in enumerate(FIXTURE)
    ]
    digest = train_demands.items_digest(items)
    assert len(digest) == 64
    assert train_demands.items_digest([items[1], items[0], *items[2:]]) != digest
    relabelled = [(items[0][0], "", frozenset({"icc-referral"})), *items[1:]]
    assert train_demands.items_digest(relabelled) != digest
    written = [
        train_demands.file_payload(train_demands.fit(items, prune=0.0), items) for _ in range(2)
    ]
    assert written[0] == written[1]
    assert written[0]["training"]["inputs_sha256"] == digest


def test_check_tells_other_items_from_other_bytes(tmp_path: Path) -> None:
    shipped = tmp_path / "m.json.gz"
    shipped.write_bytes(
        gzip.compress(json.dumps({"training": {"inputs_sha256": "abc"}}).encode(), mtime=0)
    )
    refits: list[Path] = []

    def refit(out: Path) -> None:
        refits.append(out)
        out.write_bytes(shipped.read_bytes())

    assert train_events.check(shipped, "def", refit) == 1  # other items: no refit
    assert refits == []
    assert train_events.check(shipped, "abc", refit) == 0  # the same items, the same bytes
    assert len(refits) == 1

    def other(out: Path) -> None:
        out.write_bytes(b"other")

    assert train_events.check(shipped, "abc", other) == 1
