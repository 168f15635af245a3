"""The top-level help is the command's manual: every command, every environment
variable and every exit code, as plain text (no markup)."""

from __future__ import annotations

import argparse
import re

import pytest

from demandwatch import __version__
from demandwatch.cli import EXIT_CODES, _parser, main
from demandwatch.config import Settings


def help_text(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


def commands() -> list[str]:
    parser = _parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return list(sub.choices)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    out = help_text(capsys)
    assert "stories" in commands()
    for command in commands():
        assert re.search(rf"^    {command}\s+\S", out, re.MULTILINE), command


def test_help_lists_environment_variables_and_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = help_text(capsys)
    for variable in Settings.ENVIRONMENT.values():
        assert re.search(rf"^  {variable}\s+\w", out, re.MULTILINE), variable
    for code, _ in EXIT_CODES:
        assert re.search(rf"^  {code}\s+\w", out, re.MULTILINE), code


def test_help_has_no_markup(capsys: pytest.CaptureFixture[str]) -> None:
    out = help_text(capsys)
    assert "``" not in out
    assert ":func:" not in out
    assert "**" not in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"demandwatch {__version__}"


@pytest.mark.parametrize("command", ["run", "status", "stories", "digest", "match", "eval"])
def test_config_and_verbose_are_taken_before_the_command_or_after_it(command: str) -> None:
    """Probe s14 N12: the README says every command takes --config and -v; given before
    the command name they were a usage error (exit 2)."""
    parser = _parser()
    extra = {"match": ["some text"], "eval": ["labels.jsonl"]}.get(command, [])
    before = parser.parse_args(["-v", "--config", "/etc/dw", command, *extra])
    after = parser.parse_args([command, "-v", "--config", "/etc/dw", *extra])
    neither = parser.parse_args([command, *extra])
    assert (before.verbose, str(before.config)) == (True, "/etc/dw")
    assert (after.verbose, str(after.config)) == (True, "/etc/dw")
    assert (neither.verbose, neither.config) == (False, None)
    # Given on both sides, the one after the command (nearer to it) counts.
    both = parser.parse_args(["--config", "/a", command, "--config", "/b", *extra])
    assert str(both.config) == "/b"
