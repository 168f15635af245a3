"""The ``eval`` command: labels are checked against the configuration, figures per language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from demandwatch.cli import main


def write(tmp_path: Path, *items: dict[str, object]) -> Path:
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    return path


def test_an_unknown_demand_id_is_an_error_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        {
            "id": "a",
            "title": "Russia vetoes Syria text",
            "expect": {"demands": ["stop-veto-obstruction"]},
        },
        {"id": "b", "title": "Syria", "expect": {"demands": ["stop-veto"]}},
    )
    assert main(["eval", str(path)]) != 0
    err = capsys.readouterr().err
    assert ":2:" in err
    assert "stop-veto" in err


def test_an_unknown_language_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"id": "a", "lang": "xx", "title": "t", "expect": {"demands": []}})
    assert main(["eval", str(path)]) != 0
    assert "unknown language" in capsys.readouterr().err


def test_figures_per_language_and_n_a_for_demands_nobody_labelled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        {
            "id": "en-1",
            "title": "Russia and China veto Security Council draft on Syria",
            "expect": {"demands": ["stop-veto-obstruction"], "event": "veto"},
        },
        {
            "id": "ru-1",
            "lang": "ru",
            "title": "Россия и Китай заблокировали резолюцию СБ ООН по Сирии",
            "summary": "Москва и Пекин наложили вето на проект.",
            "expect": {"demands": ["stop-veto-obstruction"], "event": "veto"},
        },
    )
    assert main(["eval", "--json", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["languages"]) == {"en", "ru"}
    for language in ("en", "ru"):
        figures = report["languages"][language]
        assert figures["n"] == 1
        assert figures["macro_f1"] == 1.0
        assert figures["event_accuracy"] == 1.0
        # Nobody labelled an arms-embargo item and nothing matched one: no score, not 1.0.
        assert figures["demands"]["arms-embargo"]["f1"] is None
    assert main(["eval", str(path)]) == 0
    text = capsys.readouterr().out
    assert "n/a" in text
    assert "ru" in text


def test_who_vetoed_is_scored_on_the_items_labelled_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        {
            "id": "named",
            "title": "Security Council fails to adopt Syria text",
            "summary": "The draft failed owing to the negative votes of two permanent members, "
            "China and the Russian Federation.",
            "expect": {
                "demands": [],
                "event": "veto",
                "vetoed_by": ["China", "Russian Federation"],
            },
        },
        {
            "id": "half",
            "title": "Russia vetoes Syria text",
            "summary": "Russia vetoed the draft.",
            # Labelled with a member the item never names: read as one miss, not a match.
            "expect": {
                "demands": [],
                "event": "veto",
                "vetoed_by": ["China", "Russian Federation"],
            },
        },
        {
            "id": "short",
            "title": "Russian draft on Syria fails to win nine votes",
            "summary": "Only four members voted in favour; the United States voted against.",
            "expect": {"demands": [], "event": "other", "vetoed_by": []},
        },
        {"id": "unlabelled", "title": "Russia vetoes Syria text", "expect": {"demands": []}},
    )
    assert main(["eval", "--json", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["n_actors"] == 3
    assert report["actor_accuracy"] == round(2 / 3, 4)
    assert report["languages"]["en"]["n_actors"] == 3
    assert main(["eval", "--errors", str(path)]) == 0
    text = capsys.readouterr().out
    assert "who vetoed: 0.667 over 3 items" in text
    assert (
        "half: vetoed by expected ['China', 'Russian Federation'] got ['Russian Federation']"
        in text
    )


def test_who_vetoed_is_n_a_when_nobody_labelled_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path, {"id": "a", "title": "Russia vetoes Syria text", "expect": {"demands": []}}
    )
    assert main(["eval", "--json", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["actor_accuracy"] is None
    assert report["n_actors"] == 0
    assert report["languages"]["en"]["actor_accuracy"] is None


def test_a_vetoing_member_outside_the_permanent_five_is_an_error_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        {"id": "a", "title": "t", "expect": {"demands": [], "vetoed_by": ["Russian Federation"]}},
        {"id": "b", "title": "t", "expect": {"demands": [], "vetoed_by": ["RU"]}},
    )
    assert main(["eval", str(path)]) != 0
    err = capsys.readouterr().err
    assert ":2:" in err
    assert "RU" in err
    path = write(
        tmp_path, {"id": "a", "title": "t", "expect": {"demands": [], "vetoed_by": "China"}}
    )
    assert main(["eval", str(path)]) != 0
    assert "not a list" in capsys.readouterr().err
