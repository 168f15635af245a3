"""Regular expressions searched only where they can match: the machinery of the event rules.

A rule is a pattern over folded text. Most rules look for wording most items lack, and a
regex search tries the pattern at every character, so each rule is first asked a cheaper
question: does the text contain the strings every match of the pattern contains? Those
strings are read off the parsed pattern (see :func:`required_sets`). A rule written as
alternatives (``a|b|c``, the common shape) is asked that per alternative, and the search
runs over the alternatives that remain: a branch whose strings are absent cannot match
anywhere, so leaving it out changes neither whether nor where the pattern matches.

What the rules say lives in :mod:`demandwatch.core.events`; this module only decides how
they are evaluated, and every answer is the bare pattern's answer.
"""

from __future__ import annotations

import bisect
import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from itertools import islice
from operator import itemgetter
from typing import Any

__all__ = [
    "Gated",
    "Placed",
    "alternation",
    "joined",
    "present",
    "required_literals",
    "required_sets",
    "top_level_branches",
    "watch",
]

# The regex parser is private API, but stable from 3.11 (sre_parse before it warns when
# imported); a pattern it cannot read simply gets no gate.
_sre_parser: Any = importlib.import_module("re._parser")

# Flags under which a literal matches more than its own spelling.
_LOOSE = re.IGNORECASE | re.VERBOSE

# Distinct sets of open alternatives compiled per rule; past this, the whole pattern is
# searched (same answer), so a hostile mix of texts cannot grow memory without bound.
_MAX_SUBSETS = 256


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None if none are known.

    Read off the parsed pattern: a run of literal characters must appear as written; an
    alternation needs one of its branches' strings; a group or a repeat taken at least
    once needs its own. A text containing none of the strings cannot match, so testing
    them first (a substring test is far cheaper than a search) changes no result. Of the
    sets a pattern requires (see :func:`required_sets`), the most selective.
    """
    found = required_sets(pattern)
    return max(found, key=_selectivity) if found else None


def required_sets(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings each of which every match of ``pattern`` meets (contains one of)."""
    tree = _parsed(pattern)
    return () if tree is None else _sets_of(tree)


def _parsed(pattern: str) -> Any:
    try:
        return _sre_parser.parse(pattern)
    except (re.error, RecursionError):
        return None


def _sets_of(tree: Any) -> tuple[frozenset[str], ...]:
    if tree.state.flags & _LOOSE:
        return ()  # literals then match more than their own spelling
    return tuple(_required_in(list(tree)))


def _required_in(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The string sets a sequence requires: its literal runs and its parts' sets."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
        run = []
        if name == "SUBPATTERN":
            _group, add_flags, _del_flags, body = av
            if not add_flags & _LOOSE:
                found += _required_in(list(body))
        elif name == "BRANCH":
            # One branch is taken: each contributes its most selective set.
            branches = [_required_in(list(branch)) for branch in av[1]]
            if all(branches):
                found.append(frozenset().union(*(max(b, key=_selectivity) for b in branches)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            found += _required_in(list(av[2]))
        elif name == "ATOMIC_GROUP":
            found += _required_in(list(av))
        # Anything else (a class, a boundary, a lookaround...) requires no known string.
    if run:
        found.append(frozenset({"".join(run)}))
    return found


def _selectivity(strings: frozenset[str]) -> int:
    """The longest shortest string is the rarest; spaces count for nothing (" to ")."""
    return min(len(s.strip()) for s in strings)


# Leading strings: what every match of a pattern begins with.
#
# The regex engine skips ahead to a pattern's first literal only when the pattern opens
# with one; a pattern opening with a boundary, a lookbehind or a list of names (``\b(?:vote
# |meet ...)``, ``(?<![\w.])(?:russia|china ...)``) is tried at every character of the text.
# When every match begins with one of a known set of strings, it can only begin where one
# of them occurs: the pattern is tried there alone (``pattern.match`` at that place, which
# sees the text before it as ``search`` does), in the order of the text, so the first that
# matches is the match ``search`` finds.

# Past this many strings, or under this length, the places are not worth listing.
_MAX_LEADS = 512
_LEAST_LEAD = 2
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})

# (strings a part matches in full, so what follows extends them; strings that begin its
# matches, where what follows is not read)
_Leads = tuple[set[str], set[str]]


def leading_strings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` begins with, or None if not known.

    Read off the parsed pattern: literals, alternations, optional parts, and zero-width
    assertions (a boundary or a lookaround consumes nothing, so what follows it begins
    the match). A part the reading cannot follow ends every string read so far: each is
    still a beginning of the match.
    """
    return _leads_of(_parsed(pattern))


def _leads_of(tree: Any, cut: int = 0) -> frozenset[str] | None:
    """(``cut``: no string read past that many characters; each is still a beginning)"""
    if tree is None or tree.state.flags & _LOOSE:
        return None
    found = _sequence_leads(list(tree), cut)
    if found is None:
        return None
    leads = found[0] | found[1]
    if not leads or len(leads) > _MAX_LEADS or min(map(len, leads)) < _LEAST_LEAD:
        return None  # "" among them: some match begins with anything
    return frozenset(leads)


def _sequence_leads(items: list[tuple[Any, Any]], cut: int = 0) -> _Leads | None:
    whole: set[str] = {""}
    begun: set[str] = set()
    for op, av in items:
        if cut and min(map(len, whole)) >= cut:
            begun |= {head[:cut] for head in whole}
            return set(), begun
        part = _part_leads(str(op), av, cut)
        if part is None:
            begun |= whole  # what was read so far begins the match
            return set(), begun
        full, begins = part
        if "" in begins or len(whole) * (len(full) + len(begins)) > _MAX_LEADS:
            # Some match of the part begins with anything (or there are too many ways it
            # begins): what was read so far begins the match.
            begun |= whole
            return set(), begun
        begun |= {head + tail for head in whole for tail in begins}
        whole = {head + tail for head in whole for tail in full}
        if not whole:
            break
    return whole, begun


def _part_leads(name: str, av: Any, cut: int = 0) -> _Leads | None:
    if name == "LITERAL":
        return {chr(av)}, set()
    if name in _ZERO_WIDTH:
        return {""}, set()
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, body = av
        return None if add_flags & _LOOSE else _sequence_leads(list(body), cut)
    if name == "BRANCH":
        whole: set[str] = set()
        begun: set[str] = set()
        for branch in av[1]:
            found = _sequence_leads(list(branch), cut)
            if found is None:
                return None
            whole |= found[0]
            begun |= found[1]
        return whole, begun
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = av
        found = _sequence_leads(list(body), cut)
        if found is None:
            return None
        if high == 1:  # optional, or once
            return found[0] | ({""} if low == 0 else set()), found[1]
        # Repeated: the first time round begins it (or, if it may be absent, what follows).
        return ({""} if low == 0 else set()), found[0] | found[1]
    if name == "IN":
        chars = [chr(value) for op, value in av if str(op) == "LITERAL"]
        if len(chars) == len(av) and len(chars) <= 16:
            return set(chars), set()
    return None


class _Places:
    """Where the leading strings of the patterns read so far begin in a text, found in one
    pass over it (an Aho-Corasick automaton, shared by every pattern: most of them begin
    with the same list of member names); the answer for an item's few texts is kept."""

    _KEEP = 32
    # Strings watched since the automaton was built, found one by one (str.find) until
    # there are this many or half as many as it holds, whichever is more, or this many texts
    # were read meanwhile (as _Literals waits). Rebuilt at every new pattern's strings, the automaton
    # was built some 1,000 times over as an item's rules first met their alternatives (a
    # rebuild reads every string watched, some 10,000): most of the gate tests' time and of
    # a fresh process's first items. The places found are the same: every occurrence of
    # every string, overlapping ones included, either way.
    _PENDING = 48
    _TEXTS = 256

    def __init__(self, library: Any) -> None:
        self._library = library
        self._strings: set[str] = set()
        self._automaton: Any = None
        self._built = 0  # how many strings the automaton holds
        self._pending: set[str] = set()  # watched, not yet in the automaton
        self._since = 0
        self._recent: dict[int, tuple[str, list[tuple[int, str]]]] = {}

    def watch(self, strings: AbstractSet[str]) -> None:
        if strings <= self._strings:
            return
        new = strings - self._strings
        self._strings |= new
        self._pending |= new
        self._recent.clear()
        if len(self._pending) >= max(self._PENDING, self._built // 2):
            self._rebuild()

    def _rebuild(self) -> None:
        automaton = self._library.Automaton()
        for string in self._strings:
            automaton.add_word(string, string)
        automaton.make_automaton()
        self._automaton = automaton
        self._built = len(self._strings)
        self._pending = set()
        self._since = 0

    def _occurrences(self, text: str) -> set[tuple[int, str]]:
        """Every (start, string) of a watched string in ``text``."""
        if self._pending:
            self._since += 1
            if self._since >= self._TEXTS:
                self._rebuild()
        found = (
            {(end - len(s) + 1, s) for end, s in self._automaton.iter(text)}
            if self._automaton is not None
            else set()
        )
        for string in self._pending:
            start = text.find(string)
            while start >= 0:
                found.add((start, string))
                start = text.find(string, start + 1)
        return found

    def starts(self, text: str, leads: AbstractSet[str]) -> list[int]:
        """Where a string of ``leads`` begins in ``text``, in order, each place once."""
        kept = self._recent.get(id(text))
        if kept is not None and kept[0] is text:
            found = kept[1]
        else:
            found = sorted(self._occurrences(text))
            if len(self._recent) >= self._KEEP:
                self._recent.clear()
            self._recent[id(text)] = (text, found)
        places = [start for start, s in found if s in leads]
        # (two strings beginning at one place: the place once)
        return sorted(set(places)) if len(places) > 1 else places


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its outermost level, as written (``[pattern]`` if
    it has one). ``"|".join`` of the result is ``pattern``."""
    branches: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            # A class runs to the first "]" not escaped and not its first member.
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, the longest first where several match at one
    place: what ``"|".join(map(re.escape, words))`` matches with ``words`` sorted longest
    first, written as a tree of their shared beginnings.

    The regex engine tries an alternation's branches one by one at every character; with
    some 170 member names in one alternation, that was most of the cost of reading who
    voted how. As a tree, a letter is tested once for every name that shares it, and the
    engine backtracks from a longer name to a shorter one exactly as it would from one
    branch to the next.
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        # Greedy: the longer word first, this one if nothing longer matches.
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def _gates_of(pattern: str, tree: Any = None) -> tuple[frozenset[str], ...]:
    # Every set the pattern requires, the rarest first. (An anchored pattern too: tried at
    # one place only, but at that place a rule reads a speaker's twelve words or a kicker's
    # sixty characters, each way against its list of names, and its texts' strings are
    # mostly known already, read for the other rules: gating the anchored ones cut 4% of
    # the instructions matching and classifying an item took, bench match_6's corpus.)
    found = required_sets(pattern) if tree is None else _sets_of(tree)
    ordered = sorted(found, key=_selectivity, reverse=True)
    return tuple(_shared(_Weak(gate) if min(map(len, gate)) <= _WEAK else gate) for gate in ordered)


def _shared(gate: frozenset[str]) -> frozenset[str]:
    """One set (of its kind, weak or not) for every rule and alternative that requires the
    same strings: the rules repeat their wording (member names, "draft resolution"), and a
    set is read at a rule's first use, during a poll, where the copies stayed for the run
    (some 1,200 sets and their strings, bench memory_huge). Sets are only ever tested for
    meeting a text's strings (see ``_met``), never read in order."""
    kept = _WEAK_GATES if type(gate) is _Weak else _GATES
    found = kept.get(gate)
    if found is None:
        found = type(gate)(map(sys.intern, gate))
        if type(found) is _Weak:
            found.order = tuple(sorted(found, key=lambda s: (len(s), s)))
            found.short = tuple(s for s in found.order if len(s) <= _WEAK)
            found.long = frozenset(s for s in found if len(s) > _WEAK)
        # Kept under itself: keyed by the set as read, each set was held twice (the
        # read one as the key), 0.6-0.9 MB of sets by the end of bench memory_10k's
        # first poll.
        kept[found] = found
    return found


# The sets read so far (see ``_shared``), weak or not: bounded by the rules' wording. (A
# weak set equals the plain set of its strings: the two kinds are kept apart.)
_GATES: dict[frozenset[str], frozenset[str]] = {}
_WEAK_GATES: dict[frozenset[str], frozenset[str]] = {}


# A set with a one- or two-letter string ("of", "e") is met by nearly every text: the
# automaton would report each of its many occurrences for nothing. Such a set is tested
# directly, and only once the rule's other sets are met.
_WEAK = 2


class _Weak(frozenset[str]):
    """A string set whose one- or two-letter strings are tested by substring tests, not
    read from :func:`present`.

    ``order``: its strings, the shortest first. A set is weak for its one- or two-letter
    strings, which nearly every text contains: tested first (``short``), one of them mostly
    answers at once (a set of 135 member names and "uu." was met, on every item, after
    testing names in the set's own order). Its longer strings (``long``) are watched as
    any gate's are, and read from the text's :func:`present` answer: a substring test
    each, over the whole text, cost some 230 tests (47,000 characters) a classified item
    (bench match_1000) where one set test answers for them all."""

    __slots__ = ("long", "order", "short")
    order: tuple[str, ...]
    short: tuple[str, ...]
    long: frozenset[str]


# Flags a pattern can set for itself ("(?i)..."); they would not reach its other
# alternatives searched apart.
_GLOBAL_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.LOCALE


# An alternative as read: its source, the string sets its matches meet, its groups, and
# the strings its matches begin with (see leading_strings) with whether the regex engine
# skips to where it can begin by itself (see _engine_skips).
_Alternative = tuple[str, tuple[frozenset[str], ...], int, tuple[frozenset[str] | None, bool]]


def _alternatives(pattern: str, *, groups: bool = False) -> list[_Alternative] | None:
    """The outermost alternatives of ``pattern``, each read, if it can be searched by
    them: more than one, none with flags of its own, and none with a group (leaving one
    out would renumber the groups after it, and a group's number is how a caller reads
    it) unless ``groups``: each alternative is then searched alone with its groups kept
    at their numbers (see :func:`_numbered`), so none may be named or match nothing."""
    branches = top_level_branches(pattern)
    if len(branches) < 2:
        return None
    read: list[_Alternative] = []
    for branch in branches:
        # One parse tree at a time: together they weigh what the whole pattern's does.
        tree = _parsed(branch)
        if tree is None or tree.state.flags & _GLOBAL_FLAGS:
            return None
        count = tree.state.groups - 1
        if groups:
            # Searched alone, every alternative (with groups or without) must match
            # something: the search from a match's end assumes no empty match.
            if tree.state.groupdict or tree.getwidth()[0] == 0:
                return None
        elif count:
            return None
        leads = None if _LIBRARY is None else _leads_of(tree, _HEAD)
        read.append((branch, _gates_of(branch, tree), count, (leads, _engine_skips(tree))))
    return read


# A pattern longer than this, written as alternatives, is never compiled whole: each
# alternative is compiled alone. Compiling costs a transient many times the pattern's size
# (its parse tree; about 10 MB for 125,000 characters of member-name rules), and the
# first item to reach such a rule may come while a poll holds its feeds' bodies.
WHOLE_AT_MOST = 8_000


def _numbered_groups(branches: list[_Alternative]) -> tuple[tuple[int, int], ...]:
    """The groups of the alternatives before and after each alternative (see _numbered)."""
    counts = [count for _, _, count, _ in branches]
    return tuple((sum(counts[:i]), sum(counts[i + 1 :])) for i in range(len(counts)))


def _numbered(branch: str, before: int, after: int) -> str:
    """An alternative as a pattern of its own whose groups keep the numbers they have in
    the whole: the groups of the alternatives before and after it are written around it
    where they never take part (after a lookahead that fails), so a match reads as the
    whole pattern's match by that alternative (``groups()``, ``group(n)``, ``lastindex``)."""
    head = f"(?!){'()' * before}|" if before else ""
    tail = f"(?:(?!){'()' * after})?" if after else ""
    return f"{head}{branch}{tail}"


def _spans(branches: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Where each of a pattern's outermost alternatives (``top_level_branches``) lies in it."""
    spans = []
    start = 0
    for branch in branches:
        spans.append((start, start + len(branch)))
        start += len(branch) + 1  # (and the "|")
    return tuple(spans)


class _Literals:
    """Which of the rules' gate strings a text contains, found in one pass over it.

    Every rule asks whether its strings occur in the text (see :class:`Gated`); an item's
    rules ask that of the same few texts (headline, lede, both) some thousand times. A
    multi-string automaton (Aho-Corasick, in C) reads a text once and reports every
    string it contains; each rule's question is then set work. The answer is exactly
    ``{s for s in strings if s in text}``: the automaton reports every occurrence of every
    string, overlapping ones included.

    The automaton holds the strings of the rules read so far (a rule's strings are known
    at its first use, which keeps a cold start from reading every rule). Strings added
    since it was built are tested one by one until there are enough to rebuild it.
    Without the library (it is optional to the core) every string is tested one by one:
    the same answer, slower.
    """

    # Texts whose answer is kept (by identity): an item's texts, or a few sentences.
    _KEEP = 64
    # Strings waiting for the automaton before it is rebuilt (and texts read meanwhile):
    # a rebuild costs about a microsecond per string, and rules are met in bursts.
    _PENDING = 48
    _TEXTS = 256

    def __init__(self, library: Any) -> None:
        self._library = library  # the ahocorasick module, or None
        self._known: set[str] = set()
        # One-character strings: a set of the text's characters answers them faster than
        # the automaton would report each occurrence.
        self._chars: frozenset[str] = frozenset()
        self._pending: set[str] = set()
        self._automaton: Any = None
        self._since = 0
        self._empty = False  # "" is watched (every text contains it)
        self._longest = 0  # the longest watched string's length
        # (by the text itself: a rule's sentence or lede cut again from the same text is
        # an equal string but another object, and hashing it is far cheaper than a pass)
        self._recent: dict[str, AbstractSet[str]] = {}

    def watch(self, strings: Iterable[str]) -> None:
        new = set(strings) - self._known - self._pending
        if new:
            self._pending |= new
            self._longest = max(self._longest, *map(len, new))
            self._recent.clear()  # answers without the new strings

    def present(self, text: str) -> AbstractSet[str]:
        """The watched strings ``text`` contains."""
        kept = self._recent.get(text)
        if kept is not None:
            return kept
        return self._keep(text, self._scan(text))

    def joined(self, left: str, sep: str, right: str) -> str:
        """``left + sep + right``, its answer made from its parts' (read once each)."""
        text = f"{left}{sep}{right}"
        if text in self._recent:
            return text  # (an item's rules join its headline and lede again and again)
        found = set(self.present(left))
        found |= self.present(right)
        # A string found in neither part runs into the separator: it lies within the
        # longest string's reach on either side of it.
        reach = self._longest - 1
        cut = len(left)
        # (kept as any text is: an item's headline is joined to its lede and its text)
        found |= self.present(text[max(0, cut - reach) : cut + len(sep) + reach])
        self._keep(text, found)
        return text

    def _keep(self, text: str, found: AbstractSet[str]) -> AbstractSet[str]:
        recent = self._recent
        if len(recent) >= self._KEEP:
            # An item reads a handful of texts; the earlier items' are stale. The oldest
            # half goes (emptied, it was read again from scratch mid-item: some 10% of a
            # classified item's texts were scanned twice).
            for stale in list(islice(recent, self._KEEP // 2)):
                del recent[stale]
        recent[text] = found
        return found

    def _scan(self, text: str) -> set[str]:
        pending = self._pending
        if pending:
            self._since += 1
            if len(pending) >= max(self._PENDING, len(self._known) // 2) or (
                self._since >= self._TEXTS
            ):
                self._rebuild()
                pending = self._pending
        automaton = self._automaton
        if automaton is not None:
            # (the strings of its occurrences, read in C: a text holds some thirty)
            found = set(map(_STRING, automaton.iter(text)))
            if self._chars:
                found.update(self._chars.intersection(text))
            if self._empty:
                found.add("")
        else:
            found = set(filter(text.__contains__, self._known))
        if pending:
            found.update(filter(text.__contains__, pending))
        return found

    def _rebuild(self) -> None:
        self._known |= self._pending
        self._pending = set()
        self._since = 0
        self._recent.clear()
        if self._library is None:
            return
        automaton = self._library.Automaton()
        for string in self._known:
            if len(string) > 1:
                automaton.add_word(string, string)
        automaton.make_automaton()
        self._chars = frozenset(s for s in self._known if len(s) == 1)
        # "" is in every text, and the automaton cannot hold it.
        self._empty = "" in self._known
        self._automaton = automaton


def _load_automaton() -> Any:
    try:
        return importlib.import_module("ahocorasick")
    except ImportError:  # the core runs on the standard library alone, only slower
        return None


_LIBRARY = _load_automaton()
# The string of an automaton's (end, string) occurrence.
_STRING = itemgetter(1)
_NO_STRINGS: frozenset[str] = frozenset()
_NO_ALTERNATIVES: frozenset[int] = frozenset()
# (the empty tables of a rule not yet read, or without alternatives: see Gated)
_NO_OPENS: dict[str, tuple[int, ...]] = {}
_NO_SUBSETS: dict[tuple[int, ...], tuple[re.Pattern[str], bool]] = {}
_NO_APART: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}
_LITERALS = _Literals(_LIBRARY)
_RECENT = _LITERALS._recent  # cleared, never replaced
# Without the library, patterns are searched as they are (the same answers).
_PLACES = None if _LIBRARY is None else _Places(_LIBRARY)


def _places_for(tree: Any) -> frozenset[str] | None:
    """The leading strings by whose places a pattern is tried, if that pays: not for a
    pattern opening with a literal (the engine finds that itself, faster), nor for one
    anchored at the start (tried there only)."""
    if _PLACES is None or tree is None or not len(tree):
        return None
    op, av = tree[0]
    if str(op) == "LITERAL" or (str(op) == "AT" and str(av).startswith("AT_BEGINNING")):
        return None
    leads = _leads_of(tree)
    if leads is not None:
        _PLACES.watch(leads)
    return leads


def _engine_skips(items: Any) -> bool:
    """Whether the regex engine itself skips ahead to where a match of the parsed pattern
    ``items`` can begin: it does for a pattern opening with a literal, a character class,
    or a choice of branches that each open with a literal (as re's compiler reads them),
    and one anchored at the start is tried there only."""
    while len(items):
        op, av = items[0]
        name = str(op)
        if name == "AT" and str(av).startswith("AT_BEGINNING"):
            return True
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, body = av
            if add_flags or del_flags:
                return False
            items = body
            continue
        if name in ("LITERAL", "IN"):
            return True
        if name == "BRANCH":
            return all(len(branch) and str(branch[0][0]) == "LITERAL" for branch in av[1])
        return False
    return False


def _search_leads(tree: Any) -> frozenset[str] | None:
    """The strings every match of the parsed pattern begins with, where searching from
    their places pays: the pattern opens with what the engine cannot skip to (a word
    boundary, a lookbehind, a group of alternatives), so ``search`` would try it at every
    character of the text."""
    if _LIBRARY is None or tree is None or not len(tree) or _engine_skips(tree):
        return None
    return _leads_of(tree, _HEAD)


class _Starts:
    """Where one pattern's leading strings begin in a text: one regular expression of those
    strings alone (as :func:`alternation` writes them), whose search the engine runs by
    skipping to their first letters in C. An Aho-Corasick pass of the text per rule cost
    some 7 us a text (a Python tuple for each character's state change reported), most
    of a classified item's searches by places."""

    __slots__ = ("_find", "_narrowed", "_tested", "_watched")

    def __init__(self, heads: Iterable[str]) -> None:
        heads = tuple(heads)
        self._find = re.compile(alternation(heads)).search
        # Which strings a text holds is read off the gate automaton's pass (present): the
        # longer strings are watched there, the shortest ("un", "no"), in nearly every
        # text and reported at each of their many places, are tested apart.
        self._watched = frozenset(head for head in heads if len(head) >= _WATCHED_HEAD)
        self._tested = tuple(head for head in heads if len(head) < _WATCHED_HEAD)
        # The expression of the strings a text holds, for each such set met so far.
        self._narrowed: dict[frozenset[str], Any] = {}
        _LITERALS.watch(self._watched)

    def search(self, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, every match of ``pattern`` beginning with one of the
        strings: the pattern is tried where one begins, in the order of the text, and the
        first that matches is the match ``search`` finds (``match`` at a place sees the
        text before it, as ``search`` does). Each place is the first at or after the last
        one tried at which a string begins (strings may overlap: the next search starts
        one character on, not where the string ends).

        The places are read by an expression of only the strings the text holds: a
        string the text lacks begins nowhere in it. The expression of them all skips to
        their first letters, which with a rule naming some forty bodies (the UN organ
        rule: "assembly", "council", "security", "onu" ...) is most letters of any text,
        each entering its tree; most texts hold one or two of them, or none (a no at
        once)."""
        found = _RECENT.get(text)
        if found is None:
            found = _LITERALS.present(text)
        held = self._watched.intersection(found)
        for head in self._tested:
            if head in text:
                held = held.union(self._tested)
                break
        if not held:
            return None
        find = self._narrowed.get(held)
        if find is None:
            if len(self._narrowed) < _MAX_NARROWED:
                find = self._narrowed[held] = re.compile(alternation(sorted(held))).search
            else:
                find = self._find
        match = pattern.match
        place = find(text)
        while place is not None:
            start = place.start()
            matched = match(text, start)
            if matched is not None:
                return matched
            place = find(text, start + 1)
        return None


# A leading string this long is read off the gate automaton's pass (see _Starts).
_WATCHED_HEAD = 3
# Distinct sets of the strings texts hold, each an expression, kept per rule; past this
# the expression of all its strings is searched (the same places, and more).
_MAX_NARROWED = 64

# Only where a match can begin matters: each leading string is cut to its first
# characters, and one that another begins is left out (its places are among the other's).
# The leading strings read off a pattern spell out its combinations ("drafted a ",
# "drafted a its own ", ...); a few hundred become a few dozen.
_HEAD = 8


def _heads(leads: Iterable[str]) -> tuple[str, ...]:
    """The strings whose places are those of ``leads`` (see _HEAD)."""
    kept: list[str] = []
    # (sorted, a string's extensions follow it)
    for string in sorted({lead[:_HEAD] for lead in leads}):
        if not (kept and string.startswith(kept[-1])):
            kept.append(string)
    return tuple(kept)


def _by_places(alternatives: Iterable[tuple[bool, bool]]) -> bool:
    """Whether several alternatives searched as one are tried where their leading strings
    begin: each has them, and the engine cannot skip to every one of them by itself."""
    skips = True
    for has_leads, engine_skips in alternatives:
        if not has_leads:
            return False
        skips = skips and engine_skips
    return not skips


def watch(strings: Iterable[str]) -> None:
    """Have :func:`present` report ``strings`` too (gate strings read by other code)."""
    _LITERALS.watch(strings)


def joined(left: str, sep: str, right: str) -> str:
    """``left + sep + right``, whose :func:`present` strings are read off its parts'."""
    return _LITERALS.joined(left, sep, right)


def present(text: str) -> AbstractSet[str]:
    """The gate strings of the rules read so far (and those watched) that ``text`` contains."""
    return _LITERALS.present(text)


def _met(found: AbstractSet[str], text: str, gates: tuple[frozenset[str], ...]) -> bool:
    """Whether ``text``, containing (of the watched strings) ``found``, meets every set."""
    # A loop, not all() over a generator: this runs for every rule on every item.
    weak = False
    for gate in gates:
        if type(gate) is _Weak:
            weak = True
        elif found.isdisjoint(gate):
            return False
    if weak:
        for gate in gates:
            if type(gate) is _Weak:
                # (a loop, not any(map(...)): most weak sets are one string, met at once)
                for string in gate.short:
                    if string in text:
                        break
                else:
                    # (its longer strings are watched: ``found`` holds those the text does)
                    if found.isdisjoint(gate.long):
                        return False
    return True


def _watched(gates: Iterable[frozenset[str]]) -> Iterable[str]:
    """The strings of ``gates`` that :func:`present` reports: a weak set's longer ones too."""
    for gate in gates:
        if type(gate) is _Weak:
            yield from gate.long
        else:
            yield from gate


class Gated:
    """A pattern searched only in text meeting the string sets it requires.

    Same results as the bare pattern (``search`` returns the same match); most rules look
    for wording most items lack, and which of their strings a text contains is known from
    one pass over it (:func:`present`).
    """

    __slots__ = (
        "_alone",
        "_always",
        "_apart",
        "_branches",
        "_gates",
        "_heads",
        "_last",
        "_leads",
        "_leads_read",
        "_opener",
        "_opens",
        "_pattern",
        "_ready",
        "_rest",
        "_starts",
        "_starts_read",
        "_strings",
        "_subsets",
        "_whole_by_places",
        "_wholes",
        "source",
    )

    def __init__(self, pattern: str) -> None:
        # Compiled, and its gates read, at its first search rather than at import: a
        # function's cold start then pays only for the rules its items reach.
        self.source = pattern
        self._pattern: re.Pattern[str] | None = None
        self._ready = False
        self._gates: tuple[frozenset[str], ...] | None = ()
        # Of a pattern searched whole, its rarest set not weak (None: none), asked before
        # the others (see search).
        self._opener: frozenset[str] | None = None
        # Alternatives with their own gates, where the pattern is a choice of several.
        # (each alternative's place in the source, start and end: the alternatives' own
        # strings, kept beside the source, were a tenth of the rules' memory, bench
        # memory_10k)
        self._branches: tuple[tuple[int, int], ...] = ()
        # Each string of an alternative's rarest set, and the alternatives it opens (all
        # those strings, as a set); the alternatives with no known string (always open).
        # (Until the pattern is read, and where it has no alternatives, these and the
        # tables below are empty ones shared by every rule, never written to: some 600
        # rules are made at the rules' import, each with five empty tables of its own.)
        self._opens: dict[str, tuple[int, ...]] = _NO_OPENS
        self._strings: frozenset[str] = _NO_STRINGS
        self._always: frozenset[int] = _NO_ALTERNATIVES
        # Each alternative's other sets.
        self._rest: tuple[tuple[frozenset[str], ...], ...] = ()
        # Each set of open alternatives searched as one, and whether by places (below).
        self._subsets: dict[tuple[int, ...], tuple[re.Pattern[str], bool]] = _NO_SUBSETS
        # Each alternative's leading strings and whether the engine skips to them itself;
        # the places of the leading strings, one automaton for the rule (for any set of its
        # alternatives: trying a place where none of theirs begins finds nothing there, so
        # the first place that matches is still search's), built at its first search.
        self._wholes: tuple[tuple[bool, bool], ...] = ()
        self._heads: tuple[str, ...] = ()
        self._starts: _Starts | None = None
        self._starts_read = False
        self._whole_by_places: bool | None = None
        # A long pattern with groups (see WHOLE_AT_MOST): each alternative as a pattern of
        # its own (see _numbered), compiled at its first search, with its leading strings;
        # here, the groups before and after each (its source is written at that search).
        self._alone: tuple[tuple[int, int], ...] = ()
        self._apart: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = _NO_APART
        # For finditer: the strings every match begins with (see leading_strings), if
        # listing their places pays; read at its first use.
        self._leads: frozenset[str] | None = None
        self._leads_read = False
        # The last text searched and its answer: one item's rules ask about the same
        # headline or lede several times.
        self._last: tuple[str, re.Match[str] | None] | None = None

    def _prepare(self) -> None:
        self._ready = True
        alternatives = _alternatives(self.source)
        if alternatives is None and len(self.source) > WHOLE_AT_MOST:
            alternatives = _alternatives(self.source, groups=True)
            if alternatives is not None:
                self._alone = _numbered_groups(alternatives)
                self._apart = {}
        if alternatives is not None:
            # Each alternative is read once, for its gates; the whole pattern is compiled
            # only if every alternative is ever open at once (its first use costs what a
            # single pattern's did).
            self._branches = _spans(branch for branch, _, _, _ in alternatives)
            self._subsets = {}
            self._wholes = tuple(
                (leads is not None, skips) for _, _, _, (leads, skips) in alternatives
            )
            self._heads = _heads(
                s for _, _, _, (leads, _) in alternatives if leads is not None for s in leads
            )
            # Each alternative is opened by its rarest set read from present(); one with
            # none is always a candidate, and all its sets are tested.
            opens: dict[str, list[int]] = {}
            always: list[int] = []
            rest: list[tuple[frozenset[str], ...]] = []
            for i, (_, gates, _, _) in enumerate(alternatives):
                opener = next((gate for gate in gates if type(gate) is not _Weak), None)
                if opener is None:
                    always.append(i)
                else:
                    for string in opener:
                        opens.setdefault(string, []).append(i)
                rest.append(tuple(gate for gate in gates if gate is not opener))
            self._opens = {string: tuple(found) for string, found in opens.items()}
            self._strings = frozenset(self._opens)
            # (most have none: one empty set for them all)
            self._always = frozenset(always) if always else _NO_ALTERNATIVES
            self._rest = tuple(rest)
            _LITERALS.watch(_watched(gate for _, gates, _, _ in alternatives for gate in gates))
            # A search reads the alternatives' sets; the whole pattern's are read only if
            # asked for (reading a pattern is most of a rule's first-use cost).
            self._gates = None
        else:
            self._pattern = re.compile(self.source)
            self._read_gates()

    def _branch(self, i: int) -> str:
        """Alternative ``i`` as written."""
        start, end = self._branches[i]
        return self.source[start:end]

    def _read_gates(self) -> tuple[frozenset[str], ...]:
        gates = self._gates = _gates_of(self.source)
        self._opener = next((gate for gate in gates if type(gate) is not _Weak), None)
        _LITERALS.watch(_watched(gates))
        return gates

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            if not self._ready:
                self._prepare()
            if self._pattern is None:
                self._pattern = re.compile(self.source)
        return self._pattern

    @property
    def gates(self) -> tuple[frozenset[str], ...]:
        """The string sets every match meets (each contains one of its strings)."""
        if not self._ready:
            self._prepare()
        return self._read_gates() if self._gates is None else self._gates

    def admits(self, text: str) -> bool:
        """Whether ``text`` meets every string set the pattern requires (it may match).

        (A pattern searched by its alternatives alone asks it of each alternative: reading
        the whole pattern is what searching it so avoids.)"""
        if not self._ready:
            self._prepare()
        if self._alone:
            return bool(self._open(text, _LITERALS.present(text)))
        gates = self.gates
        return _met(_LITERALS.present(text), text, gates)

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, searching only what can match."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        if not self._ready:
            self._prepare()
        # What the text contains, as present() answers it (its kept answers looked up here:
        # this runs some sixty times per item).
        found = _RECENT.get(text)
        if found is None:
            found = _LITERALS.present(text)
        match = None
        if self._branches:
            # Most rules look for wording most items lack: no alternative is open (asked
            # without making the set of the strings that open one).
            if not self._strings.isdisjoint(found):
                match = self._search_open(text, found, self._strings.intersection(found))
            elif self._always:
                match = self._search_open(text, found, _NO_STRINGS)
        else:
            # (most texts lack the rarest set's strings: asked here, without _met's call)
            opener = self._opener
            if (opener is None or not opener.isdisjoint(found)) and _met(
                found, text, self._gates or ()
            ):
                match = self._search_whole(text)
        self._last = (text, match)
        return match

    def _places(self) -> _Starts | None:
        """The rule's automaton of leading strings (None: the engine searches)."""
        if not self._starts_read:
            self._starts_read = True
            if self._branches:
                self._starts = _Starts(self._heads) if self._heads else None
            else:
                leads = _search_leads(_parsed(self.source))
                self._starts = None if leads is None else _Starts(_heads(leads))
        return self._starts

    def _search_whole(self, text: str) -> re.Match[str] | None:
        pattern = self._pattern or self.pattern
        if self._branches:
            if self._whole_by_places is None:
                self._whole_by_places = _by_places(self._wholes)
            if not self._whole_by_places:
                return pattern.search(text)
        starts = self._places()
        return pattern.search(text) if starts is None else starts.search(pattern, text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``. Where every match begins with one of a
        known set of strings (see :func:`leading_strings`), the pattern is tried only where
        one of them begins: the member-name rules read an item's one text many times, and
        the places of the names are listed once for all of them."""
        if not self._ready:
            self._prepare()
        if self._alone:
            yield from self._apart_finditer(text)
            return
        # As search does: an alternative whose required strings the text lacks matches
        # nowhere in it, so the matches (and the alternative taken at each) are those of
        # the open alternatives alone; a pattern whose sets the text fails matches nowhere.
        contains = _RECENT.get(text)
        if contains is None:
            contains = _LITERALS.present(text)
        subset = None
        if self._branches:
            hits = self._strings.intersection(contains)
            if not hits and not self._always:
                return
            open_ = self._open(text, contains, hits)
            if not open_:
                return
            subset = self._subset(open_)
        elif not _met(contains, text, self._gates or ()):
            return
        pattern = self.pattern if subset is None else subset
        if not self._leads_read:
            self._leads_read = True
            self._leads = _places_for(_parsed(self.source))
        leads = self._leads
        if leads is None or _PLACES is None:
            yield from pattern.finditer(text)
            return
        # Every match begins with a leading string, so none is empty: the next search
        # starts where the last match ended.
        end = 0
        match = pattern.match
        for start in _PLACES.starts(text, leads):
            if start >= end:
                found = match(text, start)
                if found is not None:
                    yield found
                    end = found.end()

    def _open(
        self, text: str, found: AbstractSet[str], hits: AbstractSet[str] | None = None
    ) -> tuple[int, ...]:
        """The alternatives whose string sets ``text`` (containing ``found``) meets, in order."""
        opens = self._opens
        if hits is None:
            hits = self._strings.intersection(found)
        ordered: Iterable[int]
        if len(hits) == 1 and not self._always:
            # (the commonest case: one string opens its alternatives, already in order)
            ordered = opens[next(iter(hits))]
        else:
            candidates = set(self._always)
            for string in hits:
                candidates.update(opens[string])
            ordered = sorted(candidates)
        rest = self._rest
        kept = []
        for i in ordered:
            if not rest[i] or _met(found, text, rest[i]):
                kept.append(i)
        return tuple(kept)

    def _subset(self, open_: tuple[int, ...]) -> re.Pattern[str] | None:
        """The open alternatives ``open_`` as one pattern (None: the whole pattern's)."""
        if len(open_) == len(self._branches):
            return None
        subset = self._subsets.get(open_)
        if subset is None:
            if len(self._subsets) >= _MAX_SUBSETS:
                return None
            subset = self._subsets[open_] = (
                re.compile("|".join(self._branch(i) for i in open_)),
                _by_places(self._wholes[i] for i in open_),
            )
        return subset[0]

    def _search_open(
        self, text: str, found: AbstractSet[str], hits: AbstractSet[str]
    ) -> re.Match[str] | None:
        # An alternative none of whose required strings occurs matches nowhere: the
        # leftmost match, and the alternative taken there, are those of the others.
        open_ = self._open(text, found, hits)
        if not open_:
            return None
        if self._alone:
            return self._leftmost(text, open_, 0)
        pattern = self._subset(open_)
        if pattern is None:
            return self._search_whole(text)
        by_places = self._subsets[open_][1]
        starts = self._places() if by_places else None
        return pattern.search(text) if starts is None else starts.search(pattern, text)

    # A long pattern searched by its alternatives alone. At each place the whole pattern
    # tries its alternatives in order and takes the first that matches, and tries the next
    # place only if none does: its match is, of each alternative's first match, the one that
    # begins first, the earlier alternative where two begin at one place.

    def _alone_at(self, i: int) -> tuple[re.Pattern[str], frozenset[str] | None]:
        apart = self._apart.get(i)
        if apart is None:
            branch = self._branch(i)
            source = _numbered(branch, *self._alone[i])
            # (read off the alternative as written, not its numbered form)
            leads = None if _PLACES is None else _leads_of(_parsed(branch))
            if leads is not None and _PLACES is not None:
                _PLACES.watch(leads)
            apart = self._apart[i] = (re.compile(source), leads)
        return apart

    def _first(self, i: int, text: str, pos: int) -> re.Match[str] | None:
        """Alternative ``i``'s first match in ``text`` that begins at ``pos`` or after."""
        pattern, leads = self._alone_at(i)
        if leads is None or _PLACES is None:
            return pattern.search(text, pos)
        # Every match begins with a leading string: tried only where one begins.
        starts = _PLACES.starts(text, leads)
        match = pattern.match
        for start in starts[bisect.bisect_left(starts, pos) :]:
            found = match(text, start)
            if found is not None:
                return found
        return None

    def _leftmost(self, text: str, open_: tuple[int, ...], pos: int) -> re.Match[str] | None:
        best = None
        for i in open_:
            found = self._first(i, text, pos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def _apart_finditer(self, text: str) -> Iterator[re.Match[str]]:
        found = _RECENT.get(text)
        if found is None:
            found = _LITERALS.present(text)
        open_ = self._open(text, found)
        # Each open alternative's first match from where the last match ended: one that
        # begins there or later is still its first (no alternative matches nothing, so the
        # next search starts where the last match ended, as finditer's does).
        ahead = {i: self._first(i, text, 0) for i in open_}
        while True:
            best: re.Match[str] | None = None
            for i in open_:
                candidate = ahead[i]
                if candidate is not None and (best is None or candidate.start() < best.start()):
                    best = candidate
            if best is None:
                return
            yield best
            end = best.end()
            for i in open_:
                candidate = ahead[i]
                if candidate is not None and candidate.start() < end:
                    ahead[i] = self._first(i, text, end)


class Placed:
    """A pattern tried only where its matches can begin: where one of its leading strings
    begins (see :func:`leading_strings`), found by an expression of those strings, which
    the engine skips through in C. For a pattern the engine cannot skip through itself
    (opening with a lookbehind or a boundary), which ``finditer`` tries at every
    character of the text: a tally's headings ("yes", "in favour", "against", ...) cost
    some 180,000 instructions a 500-character text so, most of them spent where no word
    begins.

    The answers are the pattern's: every match begins where a leading string does, and a
    match at a place sees the text before it, as a search does (lookbehinds, boundaries).
    """

    __slots__ = ("_find", "pattern")

    def __init__(self, pattern: str) -> None:
        leads = _leads_of(_parsed(pattern))
        if leads is None:
            raise ValueError(f"no leading strings to place it by: {pattern[:60]!r}")
        self.pattern = re.compile(pattern)
        self._find = re.compile(alternation(_heads(leads))).search

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``: from where the last one ended (none is
        empty: each holds a leading string), the first place at which the pattern matches."""
        find, match = self._find, self.pattern.match
        place = find(text)
        while place is not None:
            start = place.start()
            found = match(text, start)
            if found is None:
                place = find(text, start + 1)
            else:
                yield found
                place = find(text, found.end())

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``: the match at the first place where it matches."""
        return next(self.finditer(text), None)
