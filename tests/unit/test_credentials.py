"""A credential with a line break or another control character is refused where settings
are read: one clear line naming the variable, exit code 3, and never the value."""

from __future__ import annotations

import pytest

from demandwatch import cli
from demandwatch.config import SECRET_VARIABLES, Settings, credential_problem
from demandwatch.exceptions import ConfigError

SECRET = "xoxb-1234-5678-sEcReTvAlUe"

BROKEN = {
    "a trailing newline": (SECRET + "\n", "contains a line break"),
    "a newline inside": (SECRET[:10] + "\n" + SECRET[10:], "contains a line break"),
    "a carriage return": (SECRET + "\r", "contains a line break"),
    "a header injected": (SECRET + "\r\nX-Injected: 1", "contains a line break"),
    "a tab": (SECRET + "\t", "contains a control character (U+0009)"),
    "a NUL": (SECRET + "\x00", "contains a control character (U+0000)"),
    "an escape": ("\x1b[2J" + SECRET, "contains a control character (U+001B)"),
    "a DEL": (SECRET + "\x7f", "contains a control character (U+007F)"),
    "a zero-width space": (SECRET + "\u200b", "contains a control character (U+200B)"),
    "a line separator": (SECRET + "\u2028", "contains a control character (U+2028)"),
    "a space": (SECRET + " ", "contains a space"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
@pytest.mark.parametrize("variable", sorted(SECRET_VARIABLES.values()))
def test_a_broken_credential_is_refused_without_showing_it(case: str, variable: str) -> None:
    value, why = BROKEN[case]
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({variable: value, "SLACK_CHANNEL": "#un-alerts"})
    [problem] = caught.value.problems
    assert (problem.file, problem.field) == ("environment", variable)
    assert problem.message == f"{why} (the value is not shown)"
    shown = str(caught.value) + repr(caught.value)
    assert SECRET not in shown
    assert SECRET[:10] not in shown
    assert "\n" not in str(caught.value)
    # Nothing chained either: a traceback of it would show only this error.
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_good_credentials_pass_and_each_bad_variable_is_named() -> None:
    good = Settings.from_env({"SLACK_BOT_TOKEN": SECRET, "SLACK_TEAM_ID": "T0UNOFFICE"})
    assert good.slack_bot_token is not None
    assert good.slack_bot_token.get_secret_value() == SECRET
    assert credential_problem("xapp-1-A0-123-abc") is None
    with pytest.raises(ConfigError) as caught:
        Settings.from_env(
            {
                "SLACK_BOT_TOKEN": SECRET + "\n",
                "SLACK_SIGNING_SECRET": "abc\tdef",
                "SLACK_TEAM_ID": "not a team",
            }
        )
    assert [p.field for p in caught.value.problems] == [
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_TEAM_ID",
    ]
    assert "not a team" not in str(caught.value)


def test_credentials_from_the_cloud_secret_are_checked_alike() -> None:
    base = Settings.from_env({"SLACK_CHANNEL": "#un-alerts"})
    filled = base.with_credentials(
        {"slack_bot_token": SECRET, "slack_team_id": "T0UNOFFICE", "unrelated": "x"}, "secrets"
    )
    assert filled.slack_bot_token is not None
    assert filled.slack_bot_token.get_secret_value() == SECRET
    assert (filled.slack_team_id, filled.slack_channel) == ("T0UNOFFICE", "#un-alerts")
    assert base.with_credentials({}, "secrets") == base
    with pytest.raises(ConfigError) as caught:
        base.with_credentials({"slack_signing_secret": SECRET + "\n"}, "secrets")
    assert str(caught.value) == (
        "secrets: slack_signing_secret: contains a line break (the value is not shown)"
    )


@pytest.mark.parametrize("command", [["run", "--once"], ["slack"], ["config", "check"]])
def test_the_cli_says_it_in_one_line_and_exits_3(
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", SECRET + "\nsecond-line")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-A0-123-abc")
    monkeypatch.setenv("SLACK_CHANNEL", "#un-alerts")
    assert cli.main(command) == cli.EXIT_CONFIG == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "demandwatch: environment: SLACK_BOT_TOKEN: contains a line break "
        "(the value is not shown)\n"
    )
    assert SECRET not in err
    assert "second-line" not in err
