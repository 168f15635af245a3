"""`demandwatch config check` catches what would otherwise break at draft time, in an
emergency: bad time zones, templates with unknown names or broken blocks, channels and
mentions Slack cannot use, YAML and query errors located by line and column."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from demandwatch.cli import EXIT_CONFIG, EXIT_OK, main
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.configcheck import check, sample_stories
from demandwatch.core.models import EVENT_TYPES
from demandwatch.drafts import render_draft
from demandwatch.exceptions import ConfigError


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("DEMANDWATCH_CONFIG", raising=False)
    target = tmp_path / "config"
    shutil.copytree(SHIPPED_CONFIG_DIR, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(text)


def only_problem(directory: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(directory)
    assert len(caught.value.problems) == 1, caught.value.problems
    return str(caught.value.problems[0])


# ------------------------------------------------------------------ the shipped config


def test_the_shipped_configuration_passes_with_warnings_about_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["config", "check", "--config", str(SHIPPED_CONFIG_DIR)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    templates = [line for line in out.splitlines() if " template " in line]
    assert len(templates) == len(EVENT_TYPES)
    assert all(line.startswith("ok ") for line in templates)
    # The shipped owners are names: each is a warning, and the hint says how to find ids.
    assert "owner: '@sanctions-team' is a name, not an id" in out
    assert "on_call: '@un-office-oncall' is a name" in out
    assert "Copy member ID" in out


def test_every_sample_story_renders_with_the_shipped_templates() -> None:
    config = load_config(SHIPPED_CONFIG_DIR)
    for event_type in EVENT_TYPES:
        for variant, alerts in sample_stories(event_type, config).items():
            text = render_draft(alerts, config, today=alerts[0].created.date())
            assert "DRAFT — NOT FOR RELEASE" in text, (event_type, variant)


# ------------------------------------------------------------------ what breaks at draft time


def test_a_misspelt_time_zone_is_an_error_at_its_line(config_dir: Path) -> None:
    org = config_dir / "org.yaml"
    edit(org, "timezone: America/New_York", "timezone: America/NewYork")
    problem = only_problem(config_dir)
    assert problem.startswith(f"{org}:{line_of(org, 'timezone:')}: timezone: ")
    assert "unknown time zone 'America/NewYork'" in problem


def test_draft_with_a_bad_time_zone_is_one_line_not_a_traceback(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(config_dir / "org.yaml", "timezone: America/New_York", "timezone: Europe/Genf")
    code = main(["draft", "--config", str(config_dir), "--story", "x", "--state", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == EXIT_CONFIG
    assert "unknown time zone 'Europe/Genf'" in err


def test_a_template_naming_an_unknown_fact_fails_the_check_with_its_line(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    veto = config_dir / "templates" / "veto.txt.j2"
    # Inside an {% if %} the sparse story never enters: only the rich one finds it.
    edit(
        veto,
        "{{ facts.actors.threatened_veto | and_list | sentence_start }} had threatened",
        "{{ facts.threatened_by }} had threatened",
    )
    code = main(["config", "check", "--config", str(config_dir)])
    out = capsys.readouterr().out
    assert code == EXIT_CONFIG
    line = line_of(veto, "facts.threatened_by")
    failing = [row for row in out.splitlines() if row.startswith("error")]
    assert len(failing) == 1
    assert "veto.txt.j2 (veto)" in failing[0]
    assert f"veto.txt.j2:{line}:" in failing[0]
    assert "threatened_by" in failing[0]
    assert "INVALID" in out.splitlines()[-2]


def test_a_broken_if_block_fails_the_check(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = config_dir / "templates" / "meeting.txt.j2"
    meeting.write_text(
        meeting.read_text(encoding="utf-8") + "{% if facts.vote %}\n{{ facts.vote }}\n",
        encoding="utf-8",
    )
    code = main(["config", "check", "--config", str(config_dir)])
    out = capsys.readouterr().out
    assert code == EXIT_CONFIG
    assert "meeting.txt.j2" in out
    assert "'endif'" in out


def test_a_template_used_by_no_event_is_still_parsed(config_dir: Path) -> None:
    (config_dir / "templates" / "_extra.txt.j2").write_text("{% for x in y %}\n", encoding="utf-8")
    report = check(config_dir)
    assert not report.ok
    assert any("_extra.txt.j2" in c.subject and c.status == "error" for c in report.checks)


# ------------------------------------------------------------------ Slack names


@pytest.mark.parametrize("value", ["un alerts", "#UN-Alerts", "general", "https://x.slack.com"])
def test_a_channel_neither_name_nor_id_is_an_error(config_dir: Path, value: str) -> None:
    org = config_dir / "org.yaml"
    edit(org, 'default_channel: "#un-alerts"', f'default_channel: "{value}"')
    problem = only_problem(config_dir)
    assert f"default_channel: {value!r} is not a Slack channel" in problem
    assert "#name" in problem


@pytest.mark.parametrize("value", ["#un-alerts", "C0123ABCD", "G01ABCDEF9"])
def test_channel_names_and_ids_are_accepted(config_dir: Path, value: str) -> None:
    edit(config_dir / "demands.yaml", 'channel: "#syria-un"', f'channel: "{value}"')
    assert load_config(config_dir).campaigns[0].channel == value


def test_owners_written_as_ids_raise_no_warning(config_dir: Path) -> None:
    demands = config_dir / "demands.yaml"
    text = demands.read_text(encoding="utf-8")
    for name in ("@un-office-oncall", "@arms-control-team", "@sanctions-team"):
        text = text.replace(f'owner: "{name}"', 'owner: "U0123ABCD"')
    text = text.replace('owner: "@international-justice-team"', 'owner: "S0123ABCD"')
    text = text.replace('owner: "@research-team"', 'owner: "<@W0123ABCD>"')
    demands.write_text(text, encoding="utf-8")
    edit(config_dir / "org.yaml", 'on_call: "@un-office-oncall"', 'on_call: "<!subteam^S0999ZZZ>"')
    assert load_config(config_dir).warnings == ()


def test_a_term_in_a_script_without_spaces_is_warned_at_its_line(config_dir: Path) -> None:
    """Probe s15 Q1: an operator added Chinese terms (叙利亚 in the context, 否决 in a
    demand); the check said ok, and the terms can never match unsegmented Chinese text."""
    demands = config_dir / "demands.yaml"
    edit(demands, "(Syria* OR Damascus OR", "(Syria* OR 叙利亚 OR Damascus OR")
    edit(demands, "match: >-\n          ((((veto*", "match: >-\n          ((((否决 OR veto*")
    warned = [w for w in load_config(config_dir).warnings if "never match" in w.message]
    assert [(w.field, w.line) for w in warned] == [
        ("campaigns[0].context", line_of(demands, "context: >-")),
        ("campaigns[0].demands[0].match", line_of(demands, "match: >-")),
    ]
    assert all(Path(w.file) == demands for w in warned)
    assert main(["config", "check", "--config", str(config_dir)]) == EXIT_OK


# ------------------------------------------------------------------ located errors


def test_yaml_syntax_error_names_line_column_and_the_parsers_context(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = config_dir / "sources.yaml"
    edit(sources, "- id: un-press", "- id: [un-press")
    code = main(["config", "check", "--config", str(config_dir)])
    err = capsys.readouterr().err
    assert code == EXIT_CONFIG
    opened = line_of(sources, "- id: [un-press")
    (problem,) = [line for line in err.splitlines() if "sources.yaml:" in line]
    # The parser noticed the unclosed [ on a later line: both places are named.
    assert f"(while parsing a flow sequence started on line {opened})" in problem
    location = problem.split(": YAML syntax:")[0]
    file, line, column = location.rsplit(":", 2)
    assert file == str(sources)
    assert int(line) > opened
    assert int(column) >= 1


def test_a_query_error_points_into_the_multi_line_query(config_dir: Path) -> None:
    demands = config_dir / "demands.yaml"
    text = demands.read_text(encoding="utf-8")
    # A folded multi-line query with a stray operator on its third line.
    start = text.index("match:", text.index("id: arms-embargo"))
    end = text.index("\n        position:", start)
    text = (
        text[:start]
        + 'match: >-\n          ("arms embargo" OR "arms embargoes")\n'
        + "          AND (Syria OR Damascus)\n"
        + "          AND AND weapons\n"
        + text[end:]
    )
    demands.write_text(text, encoding="utf-8")
    problem = only_problem(config_dir)
    line = line_of(demands, "AND AND weapons")
    column = demands.read_text(encoding="utf-8").splitlines()[line - 1].index("AND weapons") + 1
    assert problem.startswith(f"{demands}:{line}:{column}: ")
    assert "query does not parse" in problem


def test_config_check_json_is_one_document_for_scripts(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(config_dir / "org.yaml", "timezone: America/New_York", "timezone: Nowhere/Town")
    code = main(["config", "check", "--json", "--config", str(config_dir)])
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_CONFIG
    assert report["ok"] is False
    (error,) = report["errors"]
    assert error["field"] == "timezone"
    assert error["file"].endswith("org.yaml")
    assert isinstance(error["line"], int)


def test_config_check_json_on_a_good_configuration(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["config", "check", "--json", "--config", str(SHIPPED_CONFIG_DIR)])
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_OK
    assert report["ok"] is True
    assert report["errors"] == []
    assert {w["field"].rsplit(".", 1)[-1] for w in report["warnings"]} == {"owner", "on_call"}
    # one line per template, then the event model's (probe s22 V7), then the demand model's
    assert [c["status"] for c in report["checks"]] == ["ok"] * (len(EVENT_TYPES) + 2)
    assert [c["check"] for c in report["checks"][-2:]] == ["event model", "demand model"]
