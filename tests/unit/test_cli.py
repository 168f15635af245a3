"""``demandwatch match`` and ``demandwatch eval``: exact JSON shapes, and the text forms."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from demandwatch.cli import main
from demandwatch.config import SHIPPED_CONFIG_DIR
from demandwatch.core.events import classify
from demandwatch.event_model import second_opinion

CONFIG = ["--config", str(SHIPPED_CONFIG_DIR)]

VETO_TITLE = "Security Council Fails to Adopt Draft Resolution on Syria"
VETO_TEXT = (
    "The draft S/2012/77 was not adopted owing to the negative votes of China and the "
    "Russian Federation, recalling resolution 2042 (2012)."
)


@pytest.fixture(autouse=True)
def _no_ambient_config(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests name their configuration; a developer's environment must not leak in.
    monkeypatch.delenv("DEMANDWATCH_CONFIG", raising=False)


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


# ------------------------------------------------------------------------ match


def test_match_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    payload = run_json(["match", *CONFIG, "--json", "--title", VETO_TITLE, VETO_TEXT], capsys)
    assert isinstance(payload, dict)
    # Issue 2's shape; later issues add keys beside these (event, actors), never inside.
    assert set(payload) >= {"matches", "symbols"}
    assert payload["symbols"] == ["S/2012/77", "S/RES/2042 (2012)"]
    matches = payload["matches"]
    assert isinstance(matches, list)
    assert matches, "a failed Syria draft matches stop-veto-obstruction"
    for match in matches:
        assert set(match) == {"demand", "terms"}
        assert isinstance(match["demand"], str)
        assert isinstance(match["terms"], list)
        assert match["terms"]
        assert all(isinstance(t, str) for t in match["terms"])
    assert "stop-veto-obstruction" in [m["demand"] for m in matches]


def test_match_reads_the_event_as_the_bot_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # review s21 W5: 'match' is how an operator checks what the bot made of an item, so it
    # gives the event the bot's setting gives (the learned second opinion included).
    # (a draft proposed, which the rules read as other news and the model as the draft)
    title = "Elected members propose a year-long renewal of Syria aid crossings"
    text = "Their text would keep Bab al-Hawa and Bab al-Salam open; Russia prefers six months."
    rules = classify(title, text).type
    seconded = classify(title, text, second_opinion=second_opinion("0.01")).type
    assert rules != seconded  # the setting decides this item's event
    for setting, event in (("off", rules), ("0.01", seconded)):
        monkeypatch.setenv("DEMANDWATCH_EVENT_MODEL", setting)
        payload = run_json(["match", *CONFIG, "--json", "--title", title, text], capsys)
        assert isinstance(payload, dict)
        assert payload["event"] == event, setting


def test_match_json_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    payload = run_json(["match", *CONFIG, "--json", "General Assembly elects judges"], capsys)
    assert isinstance(payload, dict)
    assert (payload["matches"], payload["symbols"]) == ([], [])


def test_match_json_keeps_non_ascii_readable(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["match", *CONFIG, "--json", "روسيا تستخدم حق النقض ضد مشروع قرار بشأن سوريا"])
    out, _ = capsys.readouterr()
    assert code == 0
    payload = json.loads(out)
    assert payload["matches"][0]["demand"] == "stop-veto-obstruction"
    assert "سوريا" in out  # not \u escapes


def test_match_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{VETO_TITLE}\n{VETO_TEXT}\n"))
    payload = run_json(["match", *CONFIG, "--json", "-"], capsys)
    assert isinstance(payload, dict)
    assert "stop-veto-obstruction" in [m["demand"] for m in payload["matches"]]


def test_title_scoped_terms_look_at_the_title_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    for name in ("sources.yaml", "org.yaml"):
        (config / name).write_text((SHIPPED_CONFIG_DIR / name).read_text(encoding="utf-8"))
    (config / "demands.yaml").write_text(
        """campaigns:
  - id: test
    title: Test campaign
    context: Syria
    demands:
      - id: headline-veto
        title: Veto in the headline
        owner: "@me"
        match: "title:veto*"
        position: p
        asks: [a]
        spokesperson: s
""",
        encoding="utf-8",
    )
    args = ["match", "--config", str(config), "--json"]
    in_title = run_json([*args, "--title", "Russia vetoes draft", "Syria"], capsys)
    in_text = run_json([*args, "Russia vetoes draft on Syria"], capsys)
    assert isinstance(in_title, dict)
    assert isinstance(in_text, dict)
    assert in_title["matches"] == [{"demand": "headline-veto", "terms": ["title:veto*", "Syria"]}]
    assert in_text["matches"] == []


def test_match_text_output_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["match", *CONFIG, "--title", VETO_TITLE, VETO_TEXT]) == 0
    out = capsys.readouterr().out
    assert "stop-veto-obstruction" in out
    assert "why:" in out
    assert "symbols: S/2012/77, S/RES/2042 (2012)" in out


def test_match_without_text_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["match", *CONFIG]) == 2
    assert "TEXT" in capsys.readouterr().err


# ------------------------------------------------------------------------ eval


def write_jsonl(path: Path, rows: Sequence[object]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return path


LABELLED = [
    {
        "id": "veto-1",
        "title": VETO_TITLE,
        "summary": VETO_TEXT,
        "expect": {"demands": ["stop-veto-obstruction"], "event": "veto"},
        "source": "a field the scorer ignores",
    },
    {
        "id": "cricket-1",
        "title": "ICC announces Champions Trophy fixtures",
        "summary": "The International Cricket Council published the schedule on Tuesday.",
        "expect": {"demands": []},
    },
    {
        # Labelled as an arms-embargo item, but it says nothing about arms: a false negative.
        "id": "missed-1",
        "title": "Syria talks resume in Geneva",
        "summary": "Delegations met the Special Envoy.",
        "expect": {"demands": ["arms-embargo"]},
    },
]


def test_eval_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "labelled.jsonl", LABELLED)
    payload = run_json(["eval", *CONFIG, "--json", str(path)], capsys)
    assert isinstance(payload, dict)
    # Issue 2's shape; later issues add keys beside these (event_accuracy), never inside.
    assert set(payload) >= {"n", "macro_f1", "demands"}
    assert payload["n"] == 3
    assert isinstance(payload["macro_f1"], float)
    demands = payload["demands"]
    assert list(demands) == [
        "stop-veto-obstruction",
        "arms-embargo",
        "asset-freeze",
        "icc-referral",
        "monitor-access",
        "accountability-investigations",
    ]
    for scores in demands.values():
        assert set(scores) == {"precision", "recall", "f1", "tp", "fp", "fn"}
        assert all(isinstance(scores[k], int) for k in ("tp", "fp", "fn"))
        if scores["tp"] + scores["fp"] + scores["fn"] == 0:
            # Nothing labelled and nothing matched: no score (n/a), not a perfect one.
            assert scores["precision"] is scores["recall"] is scores["f1"] is None
        else:
            assert all(0.0 <= scores[k] <= 1.0 for k in ("precision", "recall", "f1"))
    assert demands["asset-freeze"]["f1"] is None
    assert demands["stop-veto-obstruction"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 1,
        "fp": 0,
        "fn": 0,
    }
    assert demands["arms-embargo"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 0,
        "fn": 1,
    }
    f1s = [s["f1"] for s in demands.values() if s["f1"] is not None]
    assert payload["macro_f1"] == pytest.approx(sum(f1s) / len(f1s), abs=1e-4)


def test_eval_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "labelled.jsonl", LABELLED)
    assert main(["eval", *CONFIG, "--errors", str(path)]) == 0
    out = capsys.readouterr().out
    assert "items: 3" in out
    assert "macro-F1:" in out
    assert "missed-1: expected ['arms-embargo'] got []" in out


def test_eval_skips_blank_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n" + json.dumps(LABELLED[0]) + "\n\n   \n")
    payload = run_json(["eval", *CONFIG, "--json", str(path)], capsys)
    assert isinstance(payload, dict)
    assert payload["n"] == 1


def test_eval_bad_line_names_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "labelled.jsonl"
    path.write_text(json.dumps(LABELLED[0]) + "\n{not json\n")
    assert main(["eval", *CONFIG, "--json", str(path)]) != 0
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{path}:2:" in err
