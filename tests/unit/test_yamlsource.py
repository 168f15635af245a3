"""The configuration's YAML is composed by libyaml when PyYAML has it, by the pure-Python
parser otherwise and for any document libyaml refuses: both must give the same nodes
(tags, values, lines, columns and character offsets, which error messages point with)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from demandwatch import yamlsource
from demandwatch.yamlsource import load_located

ROOT = Path(__file__).resolve().parents[2]
# Every YAML file of the repository's own (configuration, fixtures), none of the set-aside
# evaluation data.
FILES = sorted(
    p
    for p in [*ROOT.glob("functions/**/*.yaml"), *ROOT.glob("tests/**/*.yaml")]
    if "setaside" not in p.parts
)

TRICKY = [
    'a: é\nb: |\n  ünï\n  x\nc: [1, {d: "ü"}]\n',
    "q: >\n  folded\n  over lines\n\n  kept\nr: 'it''s'\ns: \"tab\\tand \\u00e9\"\n",
    "base: &b {x: 1}\nuse: *b\nlist:\n- - nested\n  - 2.5\n- ~\n- true\n- 2026-11-30\n",
    "plain: over\n  two lines\nempty:\nkey with spaces: v # comment\n",
    "# only a comment\n",
    "",
]


def nodes(node: yaml.Node | None) -> list[tuple[Any, ...]]:
    if node is None:
        return []
    start, end = node.start_mark, node.end_mark
    here = [(type(node).__name__, node.tag, start.index, start.line, start.column, end.index)]
    if isinstance(node, yaml.ScalarNode):
        # A plain scalar's style is None in one parser, "" in the other: the same style.
        return [(*here[0], node.value, node.style or None)]
    if isinstance(node, yaml.MappingNode):
        return here + [n for pair in node.value for part in pair for n in nodes(part)]
    return here + [n for item in node.value for n in nodes(item)]


def test_there_is_yaml_to_compare() -> None:
    assert len(FILES) >= 3
    assert yamlsource._FAST_LOADER is not None, "PyYAML without libyaml: the fast path is off"


@pytest.mark.parametrize("text", TRICKY + [p.read_text(encoding="utf-8") for p in FILES])
def test_libyaml_and_the_pure_python_parser_compose_the_same_nodes(text: str) -> None:
    fast = yaml.compose(text, Loader=yaml.CSafeLoader)
    pure = yaml.compose(text, Loader=yaml.SafeLoader)
    assert nodes(fast) == nodes(pure)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_file_loads_alike_on_either_parser(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = load_located(path)
    monkeypatch.setattr(yamlsource, "_FAST_LOADER", None)
    pure = load_located(path)
    assert (fast.data, fast.lines, fast.problems) == (pure.data, pure.lines, pure.problems)


def test_a_syntax_error_is_reported_by_the_pure_python_parser(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("demands:\n  - id: a\n   match: [x\n", encoding="utf-8")
    located = load_located(bad)
    assert located.data is None
    [problem] = located.problems
    with pytest.raises(yaml.MarkedYAMLError) as raised:
        yaml.compose(bad.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    mark, words = raised.value.problem_mark, raised.value.problem
    assert mark is not None
    assert words is not None
    assert problem.line == mark.line + 1
    assert problem.message.startswith(words)
