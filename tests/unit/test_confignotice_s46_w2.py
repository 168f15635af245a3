"""Session 46 (w2, a user's check of `run --loop`): a loop that meets an edit it cannot load
keeps polling with the configuration it had, and says so, on stderr and in the ops channel;
only a run that stops (`run --once`, a scheduled run) says nothing is polled."""

from __future__ import annotations

from pathlib import Path

import pytest

from demandwatch import cli
from demandwatch.config import Settings
from demandwatch.confignotice import notice_text
from demandwatch.exceptions import ConfigError, ConfigProblem

BROKEN = ConfigError(
    [ConfigProblem("cfg/sources.yaml", 17, "sources[2].tier", "Input should be 'ngo'")]
)


def test_a_scheduled_run_says_nothing_is_polled() -> None:
    assert notice_text(Path("cfg"), BROKEN) == (
        "The configuration in cfg is invalid: every scheduled run polls nothing until it is "
        "mended (`demandwatch config check` lists the problems).\n"
        "cfg/sources.yaml:17: sources[2].tier: Input should be 'ngo'"
    )


def test_a_running_loop_says_it_polls_on_with_the_configuration_it_had() -> None:
    assert notice_text(Path("cfg"), BROKEN, loop=True) == (
        "The configuration in cfg is invalid: the running loop keeps polling with the "
        "configuration it had until it is mended (`demandwatch config check` lists the "
        "problems).\n"
        "cfg/sources.yaml:17: sources[2].tier: Input should be 'ngo'"
    )


@pytest.mark.parametrize(
    ("loop", "line"),
    [
        (
            False,
            "demandwatch: invalid configuration, nothing polled; "
            "the ops channel was not told (SLACK_BOT_TOKEN is not set)\n",
        ),
        (
            True,
            "demandwatch: invalid configuration, the previous one runs on; "
            "the ops channel was not told (SLACK_BOT_TOKEN is not set)\n",
        ),
    ],
)
def test_the_console_line_says_what_runs(
    capsys: pytest.CaptureFixture[str], loop: bool, line: str
) -> None:
    cli._tell_ops_of(BROKEN, Path("cfg"), Settings(), loop=loop)
    assert capsys.readouterr() == ("", line)
