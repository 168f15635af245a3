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
    text: str = ""
    # Where each scalar value sits in ``text``, to point inside a multi-line value.
    scalars: dict[Loc, yaml.ScalarNode] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int | None:
        """Line of ``loc``, or of its nearest located ancestor."""
        for end in range(len(loc), -1, -1):
            if (line := self.lines.get(loc[:end])) is not None:
                return line
        return None

    def position_in(self, loc: Loc, offset: int) -> tuple[int, int] | None:
        """File line and column (1-based) of character ``offset`` of the string at ``loc``.

        A query written over several lines (a block scalar ``|`` or ``>``, or a plain
        scalar folded over lines) reaches the parser with its line breaks changed, so the
        value's characters are matched to the file's in order, skipping whitespace, which
        YAML folds and indents. None if the value is not a located scalar or its text
        differs from the file's (quoted escapes).
        """
        node = self.scalars.get(loc)
        value = self.data_at(loc)
        if node is None or not isinstance(value, str) or not 0 <= offset <= len(value):
            return None
        start, end = node.start_mark.index, node.end_mark.index
        if node.style in ("|", ">"):
            start = self.text.find("\n", start, end) + 1  # content starts after the header
        elif node.style in ("'", '"'):
            start += 1
        source = start
        for index, char in enumerate(value):
            if char.isspace():
                continue
            while source < end and self.text[source].isspace():
                source += 1
            if source >= end or self.text[source] != char:
                return None
            if index >= offset:
                break
            source += 1
        line_start = self.text.rfind("\n", 0, source) + 1
        return self.text.count("\n", 0, source) + 1, source - line_start + 1

    def data_at(self, loc: Loc) -> Any:
        value = self.data
        for part in loc:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                return None
        return value


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
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        return LocatedYaml(name, None, problems=[_syntax_problem(name, exc)])
    result = LocatedYaml(name, None, text=text)
    if node is None:
        result.problems.append(ConfigProblem(name, 1, "-", "file is empty"))
        return result
    loader = yaml.SafeLoader("")  # one constructor for the file's scalars
    try:
        result.data = _convert(node, (), result, loader)
    finally:
        loader.dispose()
    return result


# libyaml's parser, when PyYAML has it (its wheels do), composes the same nodes, with the
# same tags, lines and character offsets, 15x faster: 18 ms of a cold start for the
# shipped configuration. A document it refuses is parsed again by the pure-Python
# parser, so a syntax error is reported in the same words as ever.
_FAST_LOADER: type[Any] | None = getattr(yaml, "CSafeLoader", None)


def _compose(text: str) -> yaml.Node | None:
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _convert(node: yaml.Node, loc: Loc, out: LocatedYaml, loader: yaml.SafeLoader) -> Any:
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
            mapping[key] = _convert(value_node, child, out, loader)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*loc, i), out, loader) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.ScalarNode):
        out.scalars[loc] = node
    return loader.construct_object(node, deep=True)


def _syntax_problem(name: str, exc: yaml.MarkedYAMLError) -> ConfigProblem:
    """'while parsing a block mapping (line 3) expected <block end>, but found ...':
    the parser's context and where it began, what it found, and the line and column."""
    mark = exc.problem_mark
    message = exc.problem or "not valid YAML"
    if exc.context:
        context = exc.context
        if exc.context_mark is not None and (mark is None or exc.context_mark.line != mark.line):
            context += f" started on line {exc.context_mark.line + 1}"
        message = f"{message} ({context})"
    if mark is None:
        return ConfigProblem(name, None, "YAML syntax", message)
    return ConfigProblem(name, mark.line + 1, "YAML syntax", message, column=mark.column + 1)


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "-"


def dotted(loc: Loc) -> str:
    """``('demands', 2, 'match')`` -> ``demands[2].match``."""
    return _dotted(loc)
