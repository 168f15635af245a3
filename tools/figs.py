"""Validation figures for demandwatch (lead tool, not shipped).

Run from a checkout (its own code goes first on the path), e.g.
  .venv/bin/python tools/figs.py pool 11-38

  part N        english-N, multilingual-N, busy-week-(N+1)   (blind parts need FIGS_LEAD=1)
  pool A-B      english-A..B, multilingual-A..B, busy-week-A..(B+1), counts aggregated
  dump OUT SET  per-item predictions (SET: tuning | val | all) as JSON, for diff
  diff OLD NEW  what changed between two dumps: tuning items by id, set-aside ones as counts

Set-aside (validation) items are reported as counts only. Parts >= BLIND are blind:
nobody but the lead scores them, and only at a session's start and stop.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

# Part 50 (english-50, multilingual-50, busy-week-51) is this session's (51) blind part;
# part 49 was session 50's and is now an ordinary validation part.
BLIND = 50

ROOT = Path.cwd()
EVAL = Path(os.environ.get("FIGS_EVAL", str(ROOT / "tests" / "eval")))
SETASIDE = EVAL / "setaside"
sys.path.insert(0, str(ROOT / "functions"))

from demandwatch import bootstrap  # noqa: E402
from demandwatch.cli import load_labelled  # noqa: E402
from demandwatch.config import Settings  # noqa: E402
from demandwatch.core.evaluation import (  # noqa: E402
    predicted_demands,
    score,
    story_candidate,
    story_run,
    vetoed_by,
)
from demandwatch.core.events import classify  # noqa: E402
from demandwatch.core.stories import assign_polled  # noqa: E402
from demandwatch.event_model import second_opinion as make_opinion  # noqa: E402

SETTINGS = Settings.from_env()
CONFIG = bootstrap.load(SETTINGS, None)
DEMANDS = [d.id for d in CONFIG.demands]
MATCHER = bootstrap.build_matcher(CONFIG, SETTINGS.demand_model)
OPINION = make_opinion(SETTINGS.event_model)


def blind_guard(number: int, busy: bool = False) -> None:
    limit = BLIND + 1 if busy else BLIND
    if number >= limit and os.environ.get("FIGS_LEAD") != "1":
        sys.exit(f"part {number} is blind: only the lead scores it (FIGS_LEAD=1)")


def part_files(a: int, b: int, busy_from: int | None = None) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = {"english": [], "multilingual": [], "busy": []}
    for n in range(a, b + 1):
        blind_guard(n)
        groups["english"].append(SETASIDE / f"english-{n}.jsonl")
        groups["multilingual"].append(SETASIDE / f"multilingual-{n}.jsonl")
    for n in range(a if busy_from is None else busy_from, b + 2):
        blind_guard(n, busy=True)
        groups["busy"].append(SETASIDE / f"busy-week-{n}.jsonl")
    return {k: [p for p in v if p.exists()] for k, v in groups.items()}


class Tally:
    def __init__(self) -> None:
        self.items = 0
        self.demand: dict[str, Counter[str]] = defaultdict(Counter)
        self.lang_demand: dict[str, dict[str, Counter[str]]] = defaultdict(
            lambda: defaultdict(Counter)
        )
        self.neg = Counter()  # type: ignore[var-annotated]
        self.lang_neg: dict[str, Counter[str]] = defaultdict(Counter)
        self.events = Counter()  # type: ignore[var-annotated]
        self.lang_events: dict[str, Counter[str]] = defaultdict(Counter)
        self.who = Counter()  # type: ignore[var-annotated]
        self.lang_who: dict[str, Counter[str]] = defaultdict(Counter)
        self.pairs = Counter()  # type: ignore[var-annotated]

    def add_file(self, path: Path) -> None:
        items = load_labelled(path, DEMANDS)
        got_all = []
        for item in items:
            event = classify(
                item.title, item.summary, published=item.published, second_opinion=OPINION
            )
            got = predicted_demands(MATCHER, item, event)
            got_all.append(got)
            want = item.expected_demands
            lang = item.language
            self.items += 1
            for d in DEMANDS:
                key = (
                    "tp"
                    if d in got and d in want
                    else "fp"
                    if d in got
                    else "fn"
                    if d in want
                    else None
                )
                if key:
                    self.demand[d][key] += 1
                    self.lang_demand[lang][d][key] += 1
            if item.expected_event is not None:
                ok = int(item.expected_event == event.type)
                self.events["ok"] += ok
                self.events["n"] += 1
                self.lang_events[lang]["ok"] += ok
                self.lang_events[lang]["n"] += 1
            if item.expected_vetoed_by is not None:
                ok = int(item.expected_vetoed_by == vetoed_by(event))
                self.who["ok"] += ok
                self.who["n"] += 1
                self.lang_who[lang]["ok"] += ok
                self.lang_who[lang]["n"] += 1
        self._negatives(items, got_all)
        self._stories(items)

    def _negatives(self, items: list, got_all: list) -> None:  # type: ignore[type-arg]
        # Hard negatives as the evaluation counts them (EvalReport.negatives*).
        for lang in sorted({i.language for i in items}):
            chosen = [k for k, i in enumerate(items) if i.language == lang]
            report = score(DEMANDS, [items[k] for k in chosen], [got_all[k] for k in chosen])
            self.neg["n"] += report.negatives
            self.neg["alerted"] += report.negatives_alerted
            self.lang_neg[lang]["n"] += report.negatives
            self.lang_neg[lang]["alerted"] += report.negatives_alerted

    def _stories(self, items: list) -> None:  # type: ignore[type-arg]
        run = story_run(items, second_opinion=OPINION)
        if run is None:
            return
        saved: dict = {}  # type: ignore[type-arg]
        predicted = [
            assign_polled(saved, story_candidate(item, event, kind)).id for item, event, kind in run
        ]
        truth = [item.story or "" for item, _, _ in run]
        for i in range(len(run)):
            for j in range(i + 1, len(run)):
                st, sp = truth[i] == truth[j], predicted[i] == predicted[j]
                if st and sp:
                    self.pairs["tp"] += 1
                elif sp:
                    self.pairs["fp"] += 1
                elif st:
                    self.pairs["fn"] += 1


def f1(c: Counter[str]) -> float | None:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    if tp + fp + fn == 0:
        return None
    return 2 * tp / (2 * tp + fp + fn)


def macro(demand: dict[str, Counter[str]]) -> float:
    values = [v for v in (f1(demand[d]) for d in DEMANDS) if v is not None]
    return sum(values) / len(values) if values else 0.0


def ratio(c: Counter[str]) -> str:
    return f"{c['ok'] / c['n']:.3f} ({c['n']})" if c["n"] else "n/a"


def show(name: str, t: Tally) -> None:
    p = t.pairs
    sp = p["tp"] / (p["tp"] + p["fp"]) if p["tp"] + p["fp"] else 1.0
    sr = p["tp"] / (p["tp"] + p["fn"]) if p["tp"] + p["fn"] else 1.0
    print(
        f"== {name}: {t.items} items  macro-F1 {macro(t.demand):.3f}  "
        f"neg {t.neg['alerted']}/{t.neg['n']}  events {ratio(t.events)}  who {ratio(t.who)}  "
        f"stories {sp:.3f}/{sr:.3f}"
    )
    for d in DEMANDS:
        c = t.demand[d]
        v = f1(c)
        print(
            f"   {d:<32} {c['tp']:5d}/{c['fp']:4d}/{c['fn']:4d}  f1 {v if v is None else round(v, 3)}"
        )
    if len(t.lang_demand) > 1:
        for lang in sorted(t.lang_demand):
            print(
                f"   [{lang}] macro-F1 {macro(t.lang_demand[lang]):.3f}  "
                f"neg {t.lang_neg[lang]['alerted']}/{t.lang_neg[lang]['n']}  "
                f"events {ratio(t.lang_events[lang])}  who {ratio(t.lang_who[lang])}"
            )


def run_groups(groups: dict[str, list[Path]]) -> None:
    for name, files in groups.items():
        t = Tally()
        for f in files:
            t.add_file(f)
        show(f"{name} ({len(files)} files)", t)


def predictions(files: list[Path]) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for path in files:
        for item in load_labelled(path, DEMANDS):
            event = classify(
                item.title, item.summary, published=item.published, second_opinion=OPINION
            )
            got = predicted_demands(MATCHER, item, event)
            out[f"{path.name}:{item.id}"] = {
                "set": "val" if path.parent == SETASIDE else "tuning",
                "want": sorted(item.expected_demands),
                "got": sorted(got),
                "event_want": item.expected_event,
                "event_got": str(event.type),
                "who_want": None
                if item.expected_vetoed_by is None
                else sorted(item.expected_vetoed_by),
                "who_got": sorted(vetoed_by(event)),
            }
    return out


def validation_files() -> list[Path]:
    files = []
    for p in sorted(SETASIDE.glob("*.jsonl")):
        stem = p.stem
        number = stem.rsplit("-", 1)[-1]
        n = int(number) if number.isdigit() else 1
        limit = BLIND + 1 if stem.startswith("busy-week") else BLIND
        if n < limit:
            files.append(p)
    return files


def main(argv: list[str]) -> None:
    if argv[0] == "part":
        n = int(argv[1])
        run_groups(part_files(n, n, busy_from=n + 1))
    elif argv[0] == "pool":
        a, b = (int(x) for x in argv[1].split("-"))
        run_groups(part_files(a, b))
    elif argv[0] == "dump":
        which = argv[2]
        tuning = sorted(EVAL.glob("*.jsonl"))
        files = {"tuning": tuning, "val": validation_files(), "all": tuning + validation_files()}[
            which
        ]
        Path(argv[1]).write_text(json.dumps(predictions(files)))
    elif argv[0] == "diff":
        old = json.loads(Path(argv[1]).read_text())
        new = json.loads(Path(argv[2]).read_text())
        counts: Counter[str] = Counter()
        for key in sorted(set(old) & set(new)):
            o, n = old[key], new[key]
            for d in DEMANDS:
                was, now, want = d in o["got"], d in n["got"], d in n["want"]
                if was == now:
                    continue
                kind = ("fixed" if now else "broke") if want else ("new FP" if now else "FP gone")
                if not n["want"] and now:
                    kind += " (negative)"
                counts[f"{n['set']} {d} {kind}"] += 1
                if n["set"] == "tuning":
                    print(f"  {key}: {d} {kind}")
            for field in ("event", "who"):
                if o[f"{field}_got"] != n[f"{field}_got"] and n[f"{field}_want"] is not None:
                    was_ok = o[f"{field}_got"] == n[f"{field}_want"]
                    now_ok = n[f"{field}_got"] == n[f"{field}_want"]
                    kind = "fixed" if now_ok else "broke" if was_ok else "still wrong, changed"
                    counts[f"{n['set']} {field} {kind}"] += 1
                    if n["set"] == "tuning":
                        print(
                            f"  {key}: {field} {o[f'{field}_got']} -> {n[f'{field}_got']} ({kind})"
                        )
        for k, v in sorted(counts.items()):
            print(f"{v:5d}  {k}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
