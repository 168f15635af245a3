"""The README is for people, and stays true to the code: its quick start names make
targets that exist, its tables list every command, environment variable and exit code
the command has, and every link of its table of contents reaches a heading."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from demandwatch.cli import EXIT_CODES, _parser
from demandwatch.config import Settings

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to '-'."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def test_quick_start_comes_first_and_names_real_targets() -> None:
    quick = README.index("## Quick start")
    assert quick < README.index("## Contents") < README.index("## Commands")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    block = README[quick : README.index("```\n", README.index("```sh", quick) + 5)]
    for target in ("demo", "run", "test"):
        assert f"make {target} " in block
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target


def test_table_of_contents_links_reach_headings() -> None:
    headings = {anchor(h) for h in re.findall(r"^#{2,3} (.+)$", README, re.MULTILINE)}
    contents = README[README.index("## Contents") : README.index("## The replayed day")]
    links = re.findall(r"\]\(#([^)]+)\)", contents)
    assert len(links) > 15
    assert [link for link in links if link not in headings] == []


def test_every_command_environment_variable_and_exit_code_is_documented() -> None:
    (sub,) = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    for command in sub.choices:
        assert f"`demandwatch {command}" in README, command
    for variable in Settings.ENVIRONMENT.values():
        assert re.search(rf"^\| `{variable}` \|", README, re.MULTILINE), variable
    for code, _ in EXIT_CODES:
        assert re.search(rf"^\| {code} \|", README, re.MULTILINE), code


def test_the_operators_topics_are_there() -> None:
    assert "### The embedded default" in README
    assert "sam delete" in README
    assert "DynamoDB table is **kept**" in README
    assert "RELIEFWEB_APPNAME" in README
    assert "*approved* `appname`" in README


def test_benchmark_internals_live_in_bench_readme() -> None:
    bench = (ROOT / "bench" / "README.md").read_text(encoding="utf-8")
    assert "poll_200" in bench
    assert "What bounds each figure now" in bench
    assert "What bounds each figure now" not in README
    assert "bench/README.md" in README
