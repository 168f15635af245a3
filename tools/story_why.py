"""Why labelled same-story pairs are split, and what wrongly joined pairs are (lead tool, not
shipped): counts only, never an item's text or id.

  .venv/bin/python tools/story_why.py 11-39     (parts as figs.py pool reads them)
  .venv/bin/python tools/story_why.py 35-46 english   (one group: english, multilingual, busy)

For each pair of items labelled one story but clustered apart, the later item's assignment is
traced (``StoryClusterer.assign``) and the pair counted by what happened to the earlier item's
story there: not visible to the poll (lookback), not a candidate (its type, no shared word or
symbol, the window), the rule (the ``if`` above the ``continue``, by its line) that passed it
over, scored under the bar, or scored over it and lost to another story. Pairs are also counted
by their two clustered event types, whether both events are read as labelled, language, the
time between them and whether either is a headline alone. Wrongly joined pairs are counted by
the same attributes. Blind parts are refused as figs.py refuses them.

Pairs whose earlier story was not a candidate are counted again by why (session 42): the
type the story does not fit (with the labelled and the read events, and which side was
misread), outside the window (days, languages, whether a word is shared), or no shared
word (languages, events, same day, a shared demand, and how many keys of each kind, states,
name skeletons, concepts, numbers and plain words, each item holds), and by part.

Session 43: split pairs are also counted by part and by why in each part; those scored under
the bar by how far under (score / bar), the bar, languages, the story's kinds and a shared
demand; and every pair the later item joined, rightly or wrongly, by what let it in (a symbol
shared, a key of the vote, the veto of the day a misread report names, the vote a reaction is
about, the earlier side's vote unread, or the words over the bar: ``joined_by``), wrongly
joined pairs also by events and part.
"""

from __future__ import annotations

import inspect
import sys
from collections import Counter, defaultdict
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figs import (
    DEMANDS,
    OPINION,
    load_labelled,
    part_files,
    story_candidate,
    story_run,
)

from demandwatch.core import stories as S

SOURCE, START = inspect.getsourcelines(S.StoryClusterer.assign)
LOOP = next(START + k for k, line in enumerate(SOURCE) if line.strip() == "for story in found:")
# (The loop body's first line event opens an iteration, whatever line it reports: from Python
# 3.11 a multi-line ``if (`` reports the line of its first condition, not its own, so the
# body's first statement's line never came and no story was recorded as visited.)
# The line that tests a scored story against the bar (``if rank[2] >= rank[3] and (``): an
# iteration that ran to it was scored. From Python 3.11 a multi-line ``if`` reports the line
# of its first condition, so an iteration scored under the bar ended on this line, not on the
# ``):`` line before the best is taken, which the count asked for: "under the bar" was never
# reported (such pairs were counted by this line's number).
SCORED = next(
    START + k
    for k, line in enumerate(SOURCE)
    if line.strip().startswith(("if rank[2] >= rank[3]", "if (rank[2] >= rank[3]"))
)
# The line that makes a story the best so far (the loop's last statement): what let it join.
TAKES = next(
    START + k
    for k, line in enumerate(SOURCE)
    if line.strip() == "best, best_rank, best_exact, best_shared = story, rank, near, keyed"
)


def rule_of(line: int) -> str:
    """The ``if`` whose ``continue`` ended an iteration at ``line``."""
    k = line - START
    if SOURCE[k].strip() == "break":
        return "pruned: could not outrank the best (break)"
    if SOURCE[k].strip() != "continue":
        return f"L{line}"
    while k > 0 and not SOURCE[k].strip().startswith("if "):
        k -= 1
    return f"L{START + k}: {SOURCE[k].strip()[:56]}"


class Trace:
    """The last line ``assign`` ran for each story it examined, and the rank it gave."""

    def __init__(self) -> None:
        self.ended: dict[str, tuple[int, object]] = {}
        # For each story made the best so far: which key, if any, let it pass (see ``joined_by``).
        self.taken: dict[str, str] = {}
        self.story: str | None = None
        self.last = 0
        # Whether the last line was the loop's head: the next one opens an iteration.
        self.head = False

    def call(self, frame, event, arg):  # type: ignore[no-untyped-def]
        if event == "call" and frame.f_code is S.StoryClusterer.assign.__code__:
            return self.line
        return None

    def line(self, frame, event, arg):  # type: ignore[no-untyped-def]
        if event == "line":
            if frame.f_lineno > TAKES and self.story is not None:
                # The loop is left (its end or ``break``): the story it was on is closed
                # here, not at the loop's head, which never comes again.
                self.ended[self.story] = (self.last, frame.f_locals.get("rank"))
                self.story = None
            if frame.f_lineno == LOOP:
                if self.story is not None:
                    self.ended[self.story] = (self.last, frame.f_locals.get("rank"))
                self.story, self.head = None, True
                return self.line
            if frame.f_lineno == TAKES:
                self.taken[frame.f_locals["story"].id] = joined_by(frame.f_locals)
            # (Only a line of the loop's body opens an iteration: the loop's last head line
            # is followed by the line after the loop, where ``story`` still names the last.)
            if self.head and LOOP < frame.f_lineno <= TAKES and "story" in frame.f_locals:
                self.story = frame.f_locals["story"].id
            self.head = False
            self.last = frame.f_lineno
        return self.line


def joined_by(scope: dict) -> str:  # type: ignore[type-arg]
    """What let ``assign`` take the story in ``scope`` (its locals where it does): a symbol
    shared, a key of the vote (a record's or a tally's), the veto of the day a misread report
    names, the vote a reaction is about, the earlier side's vote unread, or the words alone."""
    story_id = scope["story"].id
    if scope.get("shared"):
        return "symbol shared"
    if story_id in scope.get("keys", ()):
        return "vote key (record or tally)"
    if story_id in scope.get("vetoes", ()):
        return "veto of the day (misread report)"
    if story_id == scope.get("reacted"):
        return "reacted vote"
    if story_id not in scope.get("fitting", ()):
        return "type unfit (unread vote)"
    return "words over the bar"


def _both(a: object, b: object) -> str:
    """How two keys of a pair compare: neither stated, one side only, the same, or differing."""
    if not a and not b:
        return "neither"
    if not a or not b:
        return "one side"
    return "same" if a == b else "differ"


def keys_of(item_i, item_j, cand_i, cand_j) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The labelled events and what the two candidates state of the development: their
    demands, Council documents, tallies and vote days (session 48, counts only)."""
    demands_i, demands_j = set(cand_i.demands), set(cand_j.demands)
    return {
        "labelled events": f"{item_i.expected_event} > {item_j.expected_event}",
        "demands": "same"
        if demands_i == demands_j
        else "overlap"
        if demands_i & demands_j
        else "disjoint",
        "documents": _both(
            S._council_documents(cand_i.symbols), S._council_documents(cand_j.symbols)
        ),
        "tally": _both(cand_i.tally, cand_j.tally),
        "vote date": _both(cand_i.vote_date, cand_j.vote_date),
    }


def gap_class(hours: float) -> str:
    return "<2h" if hours < 2 else "<24h" if hours < 24 else "<48h" if hours < 48 else ">=48h"


PART = [""]


def count_file(path: Path, out: dict[str, Counter[object]]) -> None:
    PART[0] = path.stem
    run = story_run(load_labelled(path, DEMANDS), second_opinion=OPINION)
    if run is None:
        return
    saved: dict = {}  # type: ignore[type-arg]
    rows = []
    for item, event, kind in run:
        cand = story_candidate(item, event, kind)
        reaches = S.reaches_back(cand.tally, cand.symbols, record=cand.record is not None)
        since = cand.item.published - S.lookback(reaches)
        visible = {s.id for s in saved.values() if s.last_seen >= since}
        before = dict(saved)
        trace = Trace()
        sys.settrace(trace.call)
        try:
            story = S.assign_polled(saved, cand)
        finally:
            sys.settrace(None)
        rows.append((item, kind, story.id, visible, trace, before, cand))
    for j, (item_j, kind_j, got_j, visible, trace_j, before, cand_j) in enumerate(rows):
        ended = trace_j.ended
        for item_i, kind_i, got_i, _, _, _, cand_i in rows[:j]:
            same, joined = item_i.story == item_j.story, got_i == got_j
            if same == joined:
                out["tp" if same else "tn"]["n"] += 1
                if same:
                    # What let the later item into the story, for a pair rightly joined: set
                    # beside the wrongly joined pairs' count, how often each key is right.
                    how = trace_j.taken.get(got_j, "a revision (or a new story)")
                    out["right: what let the later item in"][how] += 1
                continue
            hours = (item_j.published - item_i.published).total_seconds() / 3600
            attrs = {
                "events": f"{kind_i} > {kind_j}",
                "read as labelled": item_i.expected_event == kind_i
                and item_j.expected_event == kind_j,
                "languages": "same" if item_i.language == item_j.language else "two",
                "apart": gap_class(hours),
                "headline alone": not (item_i.summary and item_j.summary),
                # Session 48: what the two items' keys say of each other (see ``keys_of``).
                **keys_of(item_i, item_j, cand_i, cand_j),
            }
            side = "split" if same else "joined"
            for name, value in attrs.items():
                out[f"{side}: {name}"][value] += 1
            out[f"{side}: by part"][PART[0]] += 1
            if not same:
                how = trace_j.taken.get(got_j, "a revision (or a new story)")
                out["joined: what let the later item in"][how] += 1
                out["joined: what let it in x events"][(how, attrs["events"])] += 1
                out["joined: what let it in x apart"][(how, attrs["apart"])] += 1
                out["joined: events x part"][(attrs["events"], PART[0])] += 1
                continue
            if got_i not in visible:
                why = "not visible to the poll"
            elif got_i not in ended:
                why = "not a candidate"
                missed(before[got_i], cand_i, cand_j, attrs, out, item_i, item_j)
            else:
                line, rank = ended[got_i]
                if SCORED <= line <= TAKES:
                    passed = isinstance(rank, tuple) and rank[2] >= rank[3]
                    why = "over the bar, another story won" if passed else "under the bar"
                    if not passed and isinstance(rank, tuple):
                        share = rank[2] / rank[3] if rank[3] else 0.0
                        out["under the bar: score / bar"][
                            f"{min(share, 0.99) // 0.1 / 10:.1f}"
                        ] += 1
                        out["under the bar: bar"][round(rank[3], 3)] += 1
                        out["under the bar: languages, headline alone"][
                            (attrs["languages"], attrs["headline alone"])
                        ] += 1
                        out["under the bar: apart"][attrs["apart"]] += 1
                        out["under the bar: a demand shared"][
                            bool(set(cand_i.demands) & set(cand_j.demands))
                        ] += 1
                        out["under the bar: story's kinds > item"][
                            "/".join(sorted({x.event for x in before[got_i].items}))
                            + " > "
                            + cand_j.item.event
                        ] += 1
                else:
                    why = rule_of(line)
            out["split: why"][why] += 1
            out["split: why x labelled events"][(why[:40], attrs["labelled events"])] += 1
            out["split: why x read as labelled"][(why[:40], attrs["read as labelled"])] += 1
            out["split: why x apart"][(why[:40], attrs["apart"])] += 1
            out["split: why x events"][(why[:40], attrs["events"])] += 1
            out["split: why x part"][(why[:40], PART[0])] += 1


def _kind_of_key(word: str) -> str:
    if word in S._STATE_KEYS:
        return "state"
    if word.startswith(S.NAME):
        return "name"
    if word in S._CONCEPT_KEYS:
        return "concept"
    return "digits" if word.isdigit() else "word"


def missed(story: S.Story, cand_i, cand_j, attrs: dict, out: dict, item_i, item_j) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Why the earlier item's story was no candidate for the later item, and what the two
    items share that the candidate index does not read (counts only)."""
    event = cand_j.item.event
    kinds = {item.event for item in story.items}
    gap = abs(cand_j.item.published - story.first_seen)
    if not S.fits(kinds, event):
        because = "type unfit: " + "/".join(sorted(kinds)) + " > " + event
    elif gap > timedelta(days=2) and event not in ("draft_resolution", "veto"):
        because = "outside the window"
    elif story.words.keys().isdisjoint(cand_j.words.keys()):
        because = "no shared word"
    else:
        because = "other"
    out["not a candidate: because"][because.split(":")[0]] += 1
    out["not a candidate: because, by part"][(because.split(":")[0], PART[0])] += 1
    if because.startswith("type"):
        out["not a candidate: type unfit"][because[12:]] += 1
        labelled = f"{item_i.expected_event} > {item_j.expected_event}"
        read = f"{cand_i.item.event} > {event}"
        out["type unfit: labelled (read)"][f"{labelled} ({read})"] += 1
        out["type unfit: which misread"][
            ("earlier" if item_i.expected_event != cand_i.item.event else "")
            + ("+later" if item_j.expected_event != event else "")
            or "neither"
        ] += 1
        out["type unfit: languages"]["same" if item_i.language == item_j.language else "two"] += 1
    if because == "outside the window":
        out["outside the window: labelled (read)"][
            f"{item_i.expected_event} > {item_j.expected_event} ({cand_i.item.event} > {event})"
        ] += 1
        out["outside the window: days from the story's first item"][gap.days] += 1
        out["outside the window: languages"][
            "same" if item_i.language == item_j.language else "two"
        ] += 1
        out["outside the window: shares a word"][
            not story.words.keys().isdisjoint(cand_j.words.keys())
        ] += 1
    if because != "no shared word":
        return
    lang = "/".join(sorted({item_i.language, item_j.language}))
    out["no shared word: languages"][lang] += 1
    out["no shared word: events"][attrs["events"]] += 1
    out["no shared word: apart"][attrs["apart"]] += 1
    day_i, day_j = cand_i.item.published.date(), cand_j.item.published.date()
    out["no shared word: same UTC day"][day_i == day_j] += 1
    both = set(cand_i.demands) & set(cand_j.demands)
    out["no shared word: a demand shared"][bool(both)] += 1
    out["no shared word: headline alone"][attrs["headline alone"]] += 1
    kinds_i = Counter(_kind_of_key(w) for w in cand_i.words)
    kinds_j = Counter(_kind_of_key(w) for w in cand_j.words)
    for kind in ("state", "name", "concept", "digits", "word"):
        out["no shared word: keys (earlier, later) " + kind][
            (min(kinds_i[kind], 9), min(kinds_j[kind], 9))
        ] += 1
    size = min(len(cand_i.words), len(cand_j.words))
    out["no shared word: fewer keys of the two"][min(size // 5 * 5, 40)] += 1


def main(argv: list[str]) -> None:
    a, b = (int(x) for x in argv[0].split("-"))
    only = set(argv[1:])  # e.g. "english": the groups to count (all three if none named)
    for group, files in part_files(a, b).items():
        if only and group not in only:
            continue
        out: dict[str, Counter[object]] = defaultdict(Counter)
        for path in files:
            count_file(path, out)
        tp = out["tp"]["n"]
        fn = sum(out["split: why"].values())
        fp = sum(out["joined: events"].values())
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"== {group}: pairs right {tp}, split {fn}, wrongly joined {fp}: P {p:.3f} R {r:.3f}")
        for key in sorted(k for k in out if k not in ("tp", "tn")):
            print(f"  -- {key}")
            for value, n in out[key].most_common(20):
                print(f"     {n:5d}  {value}")


if __name__ == "__main__":
    main(sys.argv[1:])
