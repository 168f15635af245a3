"""Configuration validation: every problem as ``file:line: field: message``, on the right line.

Each bad configuration is the shipped one, copied to tmp_path and edited in one place; the
expected line is found in the edited file, so the tests follow the shipped files as they
evolve.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from demandwatch.cli import main
from demandwatch.config import SHIPPED_CONFIG_DIR, Settings, load_config, parse_duration
from demandwatch.exceptions import ConfigError, ConfigProblem


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    target = tmp_path / "config"
    shutil.copytree(SHIPPED_CONFIG_DIR, target)
    return target


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def line_number(path: Path, text: str, occurrence: int = 1) -> int:
    """1-based number of the line that starts (after indentation) with ``text``."""
    seen = 0
    for number, line in enumerate(lines_of(path), start=1):
        if line.strip().startswith(text):
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{text!r} (occurrence {occurrence}) not in {path}")


def insert_after(path: Path, marker: str, new_line: str) -> int:
    """Insert ``new_line`` after the first line starting with ``marker``; its line number."""
    lines = lines_of(path)
    at = line_number(path, marker)
    lines.insert(at, new_line + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return at + 1


def replace_line(path: Path, marker: str, new_line: str) -> int:
    lines = lines_of(path)
    at = line_number(path, marker)
    indent = lines[at - 1][: len(lines[at - 1]) - len(lines[at - 1].lstrip())]
    lines[at - 1] = indent + new_line + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return at


def delete_line(path: Path, marker: str) -> None:
    lines = lines_of(path)
    del lines[line_number(path, marker) - 1]
    path.write_text("".join(lines), encoding="utf-8")


def delete_line_after(path: Path, start: int, marker: str) -> None:
    lines = lines_of(path)
    at = next(i for i in range(start, len(lines)) if lines[i].strip().startswith(marker))
    # A multi-line value goes with its key.
    indent = len(lines[at]) - len(lines[at].lstrip())
    end = at + 1
    while end < len(lines) and len(lines[end]) - len(lines[end].lstrip()) > indent:
        end += 1
    del lines[at:end]
    path.write_text("".join(lines), encoding="utf-8")


def demand_index(demands_yaml: Path, demand_id: str) -> int:
    ids = [
        line.strip().removeprefix("- id:").strip()
        for line in lines_of(demands_yaml)
        if line.strip().startswith("- id:") and line.startswith("      ")
    ]
    return ids.index(demand_id)


def set_demand_query(demands_yaml: Path, demand_id: str, query: str) -> int:
    """Replace the whole (folded, multi-line) match of one demand; the match line number."""
    lines = lines_of(demands_yaml)
    start = line_number(demands_yaml, f"- id: {demand_id}")
    at = next(
        i for i in range(start, len(lines)) if lines[i].strip().startswith("match:")
    )  # 0-based index of the match line
    indent = len(lines[at]) - len(lines[at].lstrip())
    end = at + 1
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    lines[at:end] = [" " * indent + f"match: '{query}'\n"]
    demands_yaml.write_text("".join(lines), encoding="utf-8")
    return at + 1


def problems(directory: Path) -> list[ConfigProblem]:
    with pytest.raises(ConfigError) as info:
        load_config(directory)
    assert info.value.problems, "a ConfigError always carries its problems"
    # The exception text is the list of problems, one per line.
    assert str(info.value) == "\n".join(str(p) for p in info.value.problems)
    return info.value.problems


def only_problem(directory: Path) -> ConfigProblem:
    found = problems(directory)
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


# ------------------------------------------------------------------------ the shipped files


def test_shipped_configuration_is_valid() -> None:
    config = load_config(SHIPPED_CONFIG_DIR)
    assert len(config.demands) == 6
    assert config.sources
    assert {s.id for s in config.sources} >= {"un-press", "un-news-all"}
    # Defaults apply where a source says nothing.
    for source in config.sources:
        assert source.interval > timedelta(0)
        assert source.timeout > timedelta(0)
        assert source.max_bytes > 0
    assert all(d.channel for d in config.demands)  # inherited from the campaign


def test_problem_format() -> None:
    problem = ConfigProblem("infra/config/org.yaml", 12, "max_item_age", "not a duration")
    assert str(problem) == "infra/config/org.yaml:12: max_item_age: not a duration"
    assert str(ConfigProblem("x.yaml", None, "-", "file not found")) == "x.yaml: -: file not found"


# ------------------------------------------------------------------------ one problem each


def test_unknown_field(config_dir: Path) -> None:
    path = config_dir / "sources.yaml"
    line = insert_after(path, "- id: un-press", "    colour: blue")
    problem = only_problem(config_dir)
    assert problem.file == str(path)
    assert problem.line == line
    assert problem.field == "sources[0].colour"
    assert "unknown field" in problem.message
    assert str(problem) == f"{path}:{line}: sources[0].colour: {problem.message}"


def test_unknown_field_in_a_demand(config_dir: Path) -> None:
    path = config_dir / "demands.yaml"
    line = insert_after(path, "- id: icc-referral", "        prioritty: high")
    problem = only_problem(config_dir)
    index = demand_index(path, "icc-referral")
    assert (problem.line, problem.field) == (line, f"campaigns[0].demands[{index}].prioritty")


def test_wrong_type(config_dir: Path) -> None:
    path = config_dir / "sources.yaml"
    line = insert_after(path, "- id: un-press", "    max_bytes: lots")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, "sources[0].max_bytes")
    assert "integer" in problem.message


def test_wrong_type_list_for_string(config_dir: Path) -> None:
    path = config_dir / "org.yaml"
    line = replace_line(path, "dateline_city:", "dateline_city: [New York, Geneva]")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, "dateline_city")
    assert "string" in problem.message


def test_bad_enum_value(config_dir: Path) -> None:
    path = config_dir / "demands.yaml"
    first_status = line_number(path, "status:")
    lines = lines_of(path)
    lines[first_status - 1] = lines[first_status - 1].replace("active", "live")
    path.write_text("".join(lines), encoding="utf-8")
    problem = only_problem(config_dir)
    assert problem.line == first_status
    assert problem.field.endswith(".status")
    assert "'active', 'paused' or 'achieved'" in problem.message


@pytest.mark.parametrize("value", ["three days", "-5m", "5 weeks", "true"])
def test_bad_duration(config_dir: Path, value: str) -> None:
    path = config_dir / "org.yaml"
    line = replace_line(path, "max_item_age:", f"max_item_age: {value}")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, "max_item_age")
    assert "not a duration" in problem.message


def test_bad_duration_in_source_defaults(config_dir: Path) -> None:
    path = config_dir / "sources.yaml"
    line = replace_line(path, "timeout:", "timeout: soon")  # the first one: under defaults
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, "defaults.timeout")
    assert "not a duration: 'soon'" in problem.message


@pytest.mark.parametrize(
    ("file", "marker", "field"),
    [
        ("sources.yaml", "expect_every:", "defaults.expect_every"),  # the first: under defaults
        ("org.yaml", "max_item_age:", "max_item_age"),
    ],
)
@pytest.mark.parametrize("value", ["2", "2.5", "'2'"])
def test_a_span_of_days_without_its_unit_is_refused_where_it_is_written(
    config_dir: Path, file: str, marker: str, field: str, value: str
) -> None:
    """review s23 Y4: ``expect_every: 2`` was read as two seconds (a bare number is seconds,
    as ``interval: 90`` is), a source stale after every poll; a span of days names its unit."""
    line = replace_line(config_dir / file, marker, f"{marker} {value}")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, field)
    assert "has no unit: write e.g. " in problem.message
    assert "d (days)" in problem.message


@pytest.mark.parametrize(
    ("value", "meant"), [("172800", "2d"), ("5400", "90m"), ("7200", "2h"), ("86400.0", "1d")]
)
def test_a_span_written_in_seconds_is_offered_its_unit(
    config_dir: Path, value: str, meant: str
) -> None:
    """review s24 R1: ``expect_every: 172800`` (two days in seconds) was told to write
    ``172800d``; the message also gives the seconds' reading."""
    line = replace_line(config_dir / "sources.yaml", "expect_every:", f"expect_every: {value}")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, "defaults.expect_every")
    assert problem.message.endswith(f"; {value} seconds is {meant}")


def test_a_bare_number_of_no_whole_minutes_gets_no_seconds_reading(config_dir: Path) -> None:
    replace_line(config_dir / "sources.yaml", "expect_every:", "expect_every: 90.5")
    assert "seconds is" not in only_problem(config_dir).message


def test_missing_required_field_points_at_its_mapping(config_dir: Path) -> None:
    path = config_dir / "demands.yaml"
    start = line_number(path, "- id: icc-referral")
    delete_line_after(path, start, "spokesperson:")
    problem = only_problem(config_dir)
    index = demand_index(path, "icc-referral")
    assert problem.line == start
    assert problem.field == f"campaigns[0].demands[{index}].spokesperson"
    assert problem.message == "Field required"


def test_missing_top_level_field(config_dir: Path) -> None:
    path = config_dir / "org.yaml"
    delete_line(path, "dateline_city:")
    problem = only_problem(config_dir)
    assert problem.field == "dateline_city"
    assert problem.message == "Field required"
    # The file's top mapping starts at its first key.
    first_key = next(
        n
        for n, text in enumerate(lines_of(path), start=1)
        if text.strip() and not text.startswith("#")
    )
    assert problem.line == first_key


def test_duplicate_key(config_dir: Path) -> None:
    path = config_dir / "org.yaml"
    line = insert_after(path, "short_name:", "short_name: AI")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field, problem.message) == (line, "short_name", "duplicate key")


def test_duplicate_nested_key(config_dir: Path) -> None:
    path = config_dir / "org.yaml"
    line = insert_after(path, "name: Media Relations", "  name: Press Office")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, "media_contact.name")
    assert problem.message == "duplicate key"


def test_yaml_syntax_error(config_dir: Path) -> None:
    path = config_dir / "org.yaml"
    line = replace_line(path, "short_name:", "short_name: Amnesty: International")
    problem = only_problem(config_dir)
    assert (problem.file, problem.line, problem.field) == (str(path), line, "YAML syntax")
    # The column of the second colon, counted from 1.
    assert problem.column == len("short_name: Amnesty:")
    assert "mapping values are not allowed here" in problem.message
    assert str(problem).startswith(f"{path}:{line}:{problem.column}: YAML syntax: ")


def test_tab_indentation_is_a_syntax_error_on_its_line(config_dir: Path) -> None:
    path = config_dir / "org.yaml"
    line = insert_after(path, "short_name:", "\tnickname: AI")
    problem = only_problem(config_dir)
    assert problem.line == line
    assert "\\t" in problem.message or "tab" in problem.message


def test_demand_query_that_does_not_parse(config_dir: Path) -> None:
    path = config_dir / "demands.yaml"
    line = set_demand_query(path, "arms-embargo", '"arms embargo" NEAR/20 (Syria OR Damascus')
    problem = only_problem(config_dir)
    index = demand_index(path, "arms-embargo")
    assert (problem.line, problem.field) == (line, f"campaigns[0].demands[{index}].match")
    assert problem.message == ("query does not parse: missing closing parenthesis at position 24")


def test_campaign_context_that_does_not_parse(config_dir: Path) -> None:
    path = config_dir / "demands.yaml"
    line = replace_line(path, "context:", "context: 'Syria OR OR Damascus'")
    lines = lines_of(path)
    # Drop the folded continuation lines of the original context.
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    end = line
    while end < len(lines) and len(lines[end]) - len(lines[end].lstrip()) > indent:
        end += 1
    del lines[line:end]
    path.write_text("".join(lines), encoding="utf-8")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, "campaigns[0].context")
    assert "query does not parse" in problem.message
    assert "at position 10" in problem.message


def test_duplicate_demand_id_names_the_second_one(config_dir: Path) -> None:
    path = config_dir / "demands.yaml"
    index = demand_index(path, "asset-freeze")
    line = replace_line(path, "- id: asset-freeze", "- id: arms-embargo")
    problem = only_problem(config_dir)
    assert problem.line == line
    assert problem.field == f"campaigns[0].demands[{index}].id"
    assert "'arms-embargo' is used twice" in problem.message


def test_duplicate_source_id_names_the_second_one(config_dir: Path) -> None:
    path = config_dir / "sources.yaml"
    line = replace_line(path, "- id: un-news-all", "- id: un-press")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, "sources[1].id")
    assert "'un-press' is used twice" in problem.message


def test_missing_file(config_dir: Path) -> None:
    (config_dir / "org.yaml").unlink()
    problem = only_problem(config_dir)
    assert str(problem) == f"{config_dir / 'org.yaml'}: -: file not found"


def test_missing_directory_is_one_problem_naming_it(tmp_path: Path) -> None:
    # Once, naming the directory (probe s16 R6: three "file not found", one per file).
    found = problems(tmp_path / "nowhere")
    assert [(p.file, p.field) for p in found] == [(str(tmp_path / "nowhere"), "-")]
    assert found[0].message.startswith("no such directory; ")


def test_a_file_given_as_the_directory_is_one_problem_naming_it(config_dir: Path) -> None:
    found = problems(config_dir / "org.yaml")
    assert [(p.file, p.field) for p in found] == [(str(config_dir / "org.yaml"), "-")]
    assert found[0].message.startswith("this is a file; ")


def test_empty_file(config_dir: Path) -> None:
    (config_dir / "org.yaml").write_text("# nothing yet\n", encoding="utf-8")
    problem = only_problem(config_dir)
    assert (problem.line, problem.message) == (1, "file is empty")


def test_every_problem_in_every_file_is_reported(config_dir: Path) -> None:
    org_line = replace_line(config_dir / "org.yaml", "max_item_age:", "max_item_age: often")
    src_line = insert_after(config_dir / "sources.yaml", "- id: un-press", "    colour: blue")
    (config_dir / "demands.yaml").write_text("campaigns: [\n", encoding="utf-8")
    found = {(Path(p.file).name, p.line, p.field) for p in problems(config_dir)}
    assert ("org.yaml", org_line, "max_item_age") in found
    assert ("sources.yaml", src_line, "sources[0].colour") in found
    assert any(name == "demands.yaml" for name, _, _ in found)
    assert len(found) == 3


# ------------------------------------------------------------------------ the CLI


def test_config_check_reports_problems_on_stderr(
    config_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DEMANDWATCH_CONFIG", raising=False)
    path = config_dir / "org.yaml"
    dup_line = insert_after(path, "short_name:", "short_name: AI")
    code = main(["config", "check", "--config", str(config_dir)])
    out, err = capsys.readouterr()
    assert code != 0
    assert out == ""
    assert f"{path}:{dup_line}: short_name: duplicate key" in err.splitlines()


def test_config_check_prints_each_problem_on_its_own_line(
    config_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DEMANDWATCH_CONFIG", raising=False)
    replace_line(config_dir / "org.yaml", "max_item_age:", "max_item_age: often")
    insert_after(config_dir / "sources.yaml", "- id: un-press", "    colour: blue")
    code = main(["config", "check", "--config", str(config_dir)])
    _, err = capsys.readouterr()
    assert code != 0
    problem_lines = [line for line in err.splitlines() if ".yaml:" in line]
    assert len(problem_lines) == 2
    assert any(
        "org.yaml:" in line and ": max_item_age: not a duration" in line
        for line in err.splitlines()
    )


def test_config_check_on_a_good_configuration(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DEMANDWATCH_CONFIG", raising=False)
    code = main(["config", "check", "--config", str(SHIPPED_CONFIG_DIR)])
    out, err = capsys.readouterr()
    assert code == 0
    assert "ok" in out
    assert err == ""


def test_config_dir_from_the_environment(
    config_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (config_dir / "org.yaml").unlink()
    monkeypatch.setenv("DEMANDWATCH_CONFIG", str(config_dir))
    assert main(["config", "check"]) != 0
    assert "org.yaml: -: file not found" in capsys.readouterr().err


# ------------------------------------------------------------------------ durations, settings


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (90, timedelta(seconds=90)),
        (1.5, timedelta(seconds=1.5)),
        ("90", timedelta(seconds=90)),
        ("90s", timedelta(seconds=90)),
        ("250ms", timedelta(milliseconds=250)),
        ("5m", timedelta(minutes=5)),
        (" 2h ", timedelta(hours=2)),
        ("1.5h", timedelta(minutes=90)),
        ("3d", timedelta(days=3)),
        (timedelta(minutes=1), timedelta(minutes=1)),
    ],
)
def test_parse_duration(value: object, expected: timedelta) -> None:
    assert parse_duration(value) == expected


@pytest.mark.parametrize("value", ["", "5 minutes", "5w", "-1s", "m5", True, None, [5]])
def test_parse_duration_rejects(value: object) -> None:
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration(value)


def test_settings_from_a_mapping() -> None:
    settings = Settings.from_env(
        {
            "DEMANDWATCH_CONFIG": "/etc/demandwatch",
            "DEMANDWATCH_STATE": "/var/lib/demandwatch/state.sqlite3",
            "SLACK_BOT_TOKEN": "xoxb-not-a-real-token",
            "SLACK_CHANNEL": "#syria-un",
            "RELIEFWEB_APPNAME": "amnesty-un-office",
            "UNRELATED": "ignored",
        }
    )
    assert settings.config_dir == Path("/etc/demandwatch")
    assert settings.state_path == Path("/var/lib/demandwatch/state.sqlite3")
    assert settings.slack_channel == "#syria-un"
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-not-a-real-token"
    assert settings.reliefweb_appname is not None
    assert settings.reliefweb_appname.get_secret_value() == "amnesty-un-office"
    # Secrets never show in a printed or logged settings object.
    assert "xoxb-not-a-real-token" not in repr(settings)
    assert "xoxb-not-a-real-token" not in str(settings)


def test_settings_defaults_and_empty_values() -> None:
    settings = Settings.from_env({"DEMANDWATCH_CONFIG": "", "SLACK_BOT_TOKEN": ""})
    assert settings.config_dir == SHIPPED_CONFIG_DIR
    assert settings.slack_bot_token is None
    assert settings.state_path == Path(".demandwatch/state.sqlite3")
    assert settings == Settings.from_env({})


def test_settings_made_directly_are_checked_and_keep_credentials_hidden() -> None:
    from pydantic import SecretStr

    from demandwatch.config import Secret

    # A credential as text, as demandwatch's Secret or as pydantic's SecretStr: one value.
    given = [Settings(slack_bot_token=t) for t in ("xoxb-1", Secret("xoxb-1"), SecretStr("xoxb-1"))]
    assert given[0] == given[1] == given[2]
    assert all(isinstance(s.slack_bot_token, Secret) for s in given)
    assert "xoxb-1" not in repr(given[2]) + str(given[2].slack_bot_token)
    assert Settings(state_path="/tmp/s.sqlite3").state_path == Path("/tmp/s.sqlite3")
    assert Settings(max_concurrency=8).max_concurrency == 8
    with pytest.raises(ConfigError) as caught:
        Settings(slack_app_token="xapp-1\n", slack_team_id="acme", max_concurrency="many")
    assert [(p.file, p.field) for p in caught.value.problems] == [
        ("settings", "slack_app_token"),
        ("settings", "slack_team_id"),
        ("settings", "max_concurrency"),
    ]
    assert "xapp-1" not in str(caught.value)


@pytest.mark.parametrize("value", ["syria un", "#Syria-UN", "#syria un", "general"])
def test_slack_channel_from_the_environment_is_checked_like_the_default_channel(
    value: str,
) -> None:
    # PROBE s13 P15: SLACK_CHANNEL='syria un' passed `config check` (exit 0) and `run`,
    # while the same value as org.yaml's default_channel was refused.
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({"SLACK_CHANNEL": value})
    [problem] = caught.value.problems
    assert (problem.file, problem.field) == ("environment", "SLACK_CHANNEL")
    assert "is not a Slack channel" in str(caught.value)


@pytest.mark.parametrize("value", ["#syria-un", "C0123ABCD", " #un-alerts "])
def test_slack_channel_from_the_environment_in_either_form(value: str) -> None:
    assert Settings.from_env({"SLACK_CHANNEL": value}).slack_channel == value.strip()


# ------------------------------------------------------------------ how long seen is kept


def test_seen_ttl_shorter_than_twice_the_longest_source_window_is_refused(
    config_dir: Path,
) -> None:
    """Review V7: seen_ttl 30d beside the voting-records source's 45-day window forgot a
    record the Digital Library still listed within it, and the record came back as new
    (counted in the run again; only its alert's fixed id kept Slack from a second post)."""
    line = replace_line(config_dir / "org.yaml", "seen_ttl:", "seen_ttl: 30d")
    problem = only_problem(config_dir)
    assert (problem.line, problem.field) == (line, "seen_ttl")
    assert "source undl-sc-syria-votes's max_item_age (45d)" in problem.message
    assert "at least 90d" in problem.message


def test_a_seen_ttl_not_written_is_said_missing_with_its_default_not_put_at_another_line(
    config_dir: Path,
) -> None:
    """Review s18 V1: with no seen_ttl in org.yaml, its default was refused at line 2
    (`name:`), "seen_ttl: 90d is too short", about a key the file does not have. The
    problem names the file and the missing field, at no line, and what to add."""
    delete_line(config_dir / "org.yaml", "seen_ttl:")
    replace_line(config_dir / "org.yaml", "max_item_age:", "max_item_age: 50d")
    problem = only_problem(config_dir)
    assert (Path(problem.file).name, problem.line, problem.field) == ("org.yaml", None, "seen_ttl")
    assert problem.message.startswith("not set, and its default 90d is too short for ")
    assert "org.yaml's max_item_age (50d)" in problem.message
    assert "add `seen_ttl: 100d` (or more) to org.yaml" in problem.message


def test_seen_ttl_follows_the_org_window_where_no_source_has_its_own(config_dir: Path) -> None:
    replace_line(config_dir / "org.yaml", "max_item_age:", "max_item_age: 60d")
    assert "org.yaml's max_item_age (60d)" in only_problem(config_dir).message
    replace_line(config_dir / "org.yaml", "seen_ttl:", "seen_ttl: 120d")
    assert load_config(config_dir).org.seen_ttl == timedelta(days=120)
