"""YAML loading that remembers where every value came from, so errors can name the line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from demandwatch.exceptions import ConfigProblem

Loc = tuple[str | int, ...]


@dataclass
class LocatedYaml:
    """A parsed YAML document plus the 1-based line of every mapping key and sequence item."""

    path: str
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)
    problems: list[ConfigProblem] = field(default_factory=list)

    def line_of(self, loc: Loc) -> int | None:
        """Line of ``loc``, or of its nearest located ancestor."""
        for end in range(len(loc), -1, -1):
            if (line := self.lines.get(loc[:end])) is not None:
                return line
        return None


def load_located(path: Path) -> LocatedYaml:
    """Read ``path``; syntax errors and duplicate keys become problems, not exceptions."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LocatedYaml(name, None, problems=[ConfigProblem(name, None, "-", "file not found")])
    except (OSError, UnicodeDecodeError) as exc:
        return LocatedYaml(name, None, problems=[ConfigProblem(name, None, "-", str(exc))])
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        message = exc.problem or str(exc)
        return LocatedYaml(name, None, problems=[ConfigProblem(name, line, "-", message)])
    result = LocatedYaml(name, None)
    if node is None:
        result.problems.append(ConfigProblem(name, 1, "-", "file is empty"))
        return result
    result.data = _convert(node, (), result)
    return result


def _convert(node: yaml.Node, loc: Loc, out: LocatedYaml) -> Any:
    out.lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            child: Loc = (*loc, key)
            if key in mapping:
                out.problems.append(
                    ConfigProblem(
                        out.path, key_node.start_mark.line + 1, _dotted(child), "duplicate key"
                    )
                )
            out.lines[child] = key_node.start_mark.line + 1
            mapping[key] = _convert(value_node, child, out)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*loc, i), out) for i, item in enumerate(node.value)]
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "-"


def dotted(loc: Loc) -> str:
    """``('demands', 2, 'match')`` -> ``demands[2].match``."""
    return _dotted(loc)
