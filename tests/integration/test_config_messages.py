"""What ``demandwatch config check`` tells an operator, as they see it: the command run as a
subprocess on a copy of the shipped configuration with one mistake in it. Each message
says what is wrong in the operator's words (no regular expression, no errno), once, with
the file, the line and the field."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR

pytestmark = pytest.mark.integration


def config_check(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DEMANDWATCH_CONFIG"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "demandwatch", "config", "check", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
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


def output_of(done: subprocess.CompletedProcess[str]) -> str:
    return done.stdout + done.stderr


def test_an_id_with_an_accent_is_explained_not_shown_as_a_pattern(config_dir: Path) -> None:
    demands = config_dir / "demands.yaml"
    edit(demands, "  - id: syria-un-action", "  - id: détenus-syrie")
    done = config_check("--config", str(config_dir))
    out = output_of(done)
    assert done.returncode != 0, out
    line = line_of(demands, "id: détenus-syrie")
    [problem] = [row for row in out.splitlines() if f"demands.yaml:{line}" in row]
    assert "campaigns[0].id" in problem, problem
    assert "pattern" not in problem, problem
    assert "^" not in problem, problem
    assert "lower-case letters a-z, digits and '-'" in problem, problem
    assert "détenus-syrie → detenus-syrie" in problem, problem


def test_a_url_without_its_scheme_is_explained(config_dir: Path) -> None:
    sources = config_dir / "sources.yaml"
    edit(sources, "url: https://press.un.org/en/rss.xml", "url: htp://press.un.org/en/rss.xml")
    done = config_check("--config", str(config_dir))
    out = output_of(done)
    assert done.returncode != 0, out
    line = line_of(sources, "url: htp://press.un.org")
    [problem] = [row for row in out.splitlines() if f"sources.yaml:{line}" in row]
    assert "sources[0].url" in problem, problem
    assert "pattern" not in problem, problem
    assert "^" not in problem, problem
    assert "must start with http:// or https://" in problem, problem


def test_demandwatch_config_naming_a_file_is_said_once_in_words(config_dir: Path) -> None:
    done = config_check(env={"DEMANDWATCH_CONFIG": str(config_dir / "org.yaml")})
    out = output_of(done)
    assert done.returncode != 0, out
    assert "Errno" not in out, out
    problems = [row for row in out.splitlines() if str(config_dir / "org.yaml") in row]
    assert len(problems) == 1, out
    assert "this is a file" in problems[0], problems[0]
    assert "DEMANDWATCH_CONFIG" in problems[0], problems[0]
    assert "sources.yaml, demands.yaml and org.yaml" in problems[0], problems[0]


def test_a_configuration_directory_that_does_not_exist_is_said_once(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-config"
    done = config_check("--config", str(missing))
    out = output_of(done)
    assert done.returncode != 0, out
    problems = [row for row in out.splitlines() if str(missing) in row]
    assert len(problems) == 1, out
    assert "no such directory" in problems[0], problems[0]


def test_two_sources_polling_one_url_are_warned_at_the_second(config_dir: Path) -> None:
    """Probe s16 R5: a source copied and pasted polls the same feed twice per interval (for
    GDELT, its own rate limit) without a word. Written differently (capitals in the host,
    the default port, the parameters in another order) it is still the same URL."""
    sources = config_dir / "sources.yaml"
    with sources.open("a", encoding="utf-8") as out:
        out.write(
            "\n  - id: un-press-copy\n"
            "    name: UN Meetings Coverage and Press Releases\n"
            "    kind: rss\n"
            "    url: https://Press.UN.org:443/en/rss.xml\n"
            "    tier: official\n"
            "\n  - id: gdelt-copy\n"
            "    name: GDELT copy\n"
            "    kind: gdelt\n"
            "    url: https://api.gdeltproject.org/api/v2/doc/doc?timespan=1d\n"
            "    query: 'Syria \"Security Council\"'\n"
            "    tier: aggregator\n"
            "\n  - id: gdelt-other-search\n"
            "    name: GDELT — another search\n"
            "    kind: gdelt\n"
            "    url: https://api.gdeltproject.org/api/v2/doc/doc?timespan=1d\n"
            "    query: 'Syria ceasefire'\n"
            "    tier: aggregator\n"
        )
    done = config_check("--config", str(config_dir))
    out = output_of(done)
    assert done.returncode == 0, out  # a warning: every alert still comes once
    warnings = [row for row in out.splitlines() if "same URL" in row]
    copy_line = line_of(sources, "url: https://Press.UN.org:443")
    gdelt_line = line_of(sources, "gdelt-copy") + 3
    assert len(warnings) == 2, out
    assert warnings[0].startswith("warning")
    assert f"sources.yaml:{copy_line}: sources[" in warnings[0], warnings[0]
    assert "].url: polls the same URL as sources[0] (un-press)" in warnings[0], warnings[0]
    assert f"sources.yaml:{gdelt_line}: sources[" in warnings[1], warnings[1]
    assert "(gdelt-syria-council)" in warnings[1], warnings[1]
    # The same GDELT address with another query is another search, not a copy.
    assert "gdelt-other-search" not in out, out


def test_a_campaign_id_used_twice_is_an_error_at_the_second(config_dir: Path) -> None:
    """Probe s16 R12: a campaign block copied to start another kept its id; routing and the
    daily digest key on it, so one channel got both campaigns' digest and the other none."""
    demands = config_dir / "demands.yaml"
    with demands.open("a", encoding="utf-8") as out:
        out.write(
            "\n  - id: syria-un-action\n"
            "    title: Libération des détenus en Syrie\n"
            "    channel: '#un-alerts'\n"
            "    demands:\n"
            "      - id: liberation-detenus\n"
            "        title: Libération de tous les détenus arbitrairement\n"
            "        status: active\n"
            "        priority: normal\n"
            "        owner: '@research-team'\n"
            "        match: (détenus OR détention) AND libération\n"
            "        position: Toutes les personnes détenues arbitrairement doivent être libérées.\n"
            "        asks: [Libérer les détenus]\n"
            "        spokesperson: Porte-parole\n"
        )
    done = config_check("--config", str(config_dir))
    out = output_of(done)
    assert done.returncode != 0, out
    lines = demands.read_text(encoding="utf-8").splitlines()
    second = max(n for n, line in enumerate(lines, start=1) if line == "  - id: syria-un-action")
    [problem] = [row for row in out.splitlines() if "used twice" in row]
    assert f"demands.yaml:{second}: campaigns[1].id: " in problem, problem
    assert "campaign id 'syria-un-action' is used twice" in problem, problem


def test_a_user_agent_with_a_line_break_is_a_configuration_error(config_dir: Path) -> None:
    """Probe s16 R13: an env file saved with CRLF gave DEMANDWATCH_USER_AGENT a trailing CR;
    config check said ok and every poll failed as a "connection error" (an outage
    counted against every source) on what is a configuration mistake."""
    done = config_check(
        "--config", str(config_dir), env={"DEMANDWATCH_USER_AGENT": "amnesty-un-office/1.0\r"}
    )
    out = output_of(done)
    assert done.returncode == 3, out
    assert "DEMANDWATCH_USER_AGENT: contains a line break" in out, out
    # A User-Agent with spaces and parentheses, as browsers and bots write them, is fine.
    fine = config_check(
        "--config",
        str(config_dir),
        env={"DEMANDWATCH_USER_AGENT": "amnesty-un-office/1.0 (+https://ngo.example/bot)"},
    )
    assert fine.returncode == 0, output_of(fine)


def test_a_user_agent_with_a_letter_http_cannot_carry_is_a_configuration_error(
    config_dir: Path,
) -> None:
    """Review s16 A8: a User-Agent with an accented letter passed config check, and every
    poll raised before any source was fetched (HTTP headers carry ASCII only)."""
    done = config_check(
        "--config", str(config_dir), env={"DEMANDWATCH_USER_AGENT": "dw (Fédération)"}
    )
    out = output_of(done)
    assert done.returncode == 3, out
    assert "DEMANDWATCH_USER_AGENT: contains 'é' (U+00E9)" in out, out


def test_a_url_scheme_in_capitals_is_the_same_feed(config_dir: Path) -> None:
    # RFC 3986: the scheme is case-insensitive; "HTTPS://" pasted from a document was refused
    # as "must start with http:// or https://" (s16 note).
    from demandwatch.config import load_config

    sources = config_dir / "sources.yaml"
    edit(sources, "url: https://press.un.org/en/rss.xml", "url: HTTPS://press.un.org/en/rss.xml")
    done = config_check("--config", str(config_dir))
    assert done.returncode == 0, output_of(done)
    [source] = [s for s in load_config(config_dir).sources if "press.un.org/en/rss" in s.url]
    assert source.url == "https://press.un.org/en/rss.xml"
