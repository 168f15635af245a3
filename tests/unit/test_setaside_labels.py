"""The later set-aside parts (tests/eval/setaside/*-2.jsonl … *-50.jsonl, busy-week-15.jsonl … busy-week-51.jsonl) are well formed.

These files are measured only, never tuned on, so no figure is asserted here, and nothing
about what the items tell: only that every line is a labelled item in the format the eval
loader reads, that its labels are known (a renamed demand would otherwise silently score
as one nobody matches), and that each part keeps its size: items, hard negatives and
examples of each demand per language, and for a busy week its span and how many stories
it holds.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction
from functools import cache
from pathlib import Path

import pytest

from demandwatch.cli import load_labelled
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.evaluation import LabelledItem
from demandwatch.core.models import EVENT_TYPES

SETASIDE = Path(__file__).resolve().parents[1] / "eval" / "setaside"
EVENTS = set(EVENT_TYPES)
OTHERS = frozenset({"fr", "es", "de", "ru", "ar"})
SIX = OTHERS | {"en"}


@dataclass(frozen=True)
class Part:
    """What one set-aside file must hold; counts are minimums, per language unless said."""

    prefix: str  # every id starts with it ("{lang}": the item's language)
    languages: frozenset[str] | None  # exactly these (None: not sized per language)
    items: int = 1
    negatives: int = 0  # items labelled with no demand
    file_negatives: int = 0  # the same, over the whole file
    negative_share: Fraction = Fraction(0)  # of all the file's items
    per_demand: int = 0  # examples of every shipped demand (0: not every demand needed)
    every_event: bool = False  # each event label occurs at least once in the file
    vetoers: bool = False  # every veto item is labelled with who vetoed
    days: int | None = None  # a busy week: at most this many distinct days
    span_days: int | None = None  # and first to last item at most this far apart
    stories: int = 0  # distinct stories in the file
    shared_stories: int = 0  # stories of two items or more
    multilingual_stories: tuple[int, int] = (0, 0)  # (how many, told in this many languages)


EN = frozenset({"en"})
PARTS = {
    "english-2.jsonl": Part(
        "s2-", EN, 120, negative_share=Fraction(3, 10), per_demand=10, every_event=True
    ),
    "multilingual-2.jsonl": Part("s2-", OTHERS, 20, negatives=6),
    "busy-week-2.jsonl": Part("s2-", None, days=7, shared_stories=4),
    "english-3.jsonl": Part(
        "s3-",
        EN,
        140,
        negative_share=Fraction(1, 3),
        per_demand=12,
        every_event=True,
        vetoers=True,
    ),
    "multilingual-3.jsonl": Part("s3-", OTHERS, 25, negatives=6, per_demand=1, vetoers=True),
    "busy-week-3.jsonl": Part("s3-bw-", None, days=7, shared_stories=4, vetoers=True),
    "english-4.jsonl": Part(
        "s4-en-", EN, 140, negatives=50, per_demand=13, every_event=True, vetoers=True
    ),
    "multilingual-4.jsonl": Part(
        "s4-",
        OTHERS,
        24,
        negatives=7,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(10, 3),
    ),
    "busy-week-4.jsonl": Part(
        "s4-bw-", SIX, days=7, span_days=6, stories=12, shared_stories=6, vetoers=True
    ),
    "english-5.jsonl": Part(
        "s5-en-", EN, 140, negatives=50, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-5.jsonl": Part(
        "s5-{lang}-",
        OTHERS,
        24,
        negatives=7,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(10, 3),
    ),
    "busy-week-5.jsonl": Part(
        "s5-bw-", SIX, span_days=6, stories=12, shared_stories=6, vetoers=True
    ),
    "busy-week-6.jsonl": Part(
        "s6-bw-",
        SIX,
        3,
        file_negatives=12,
        span_days=6,
        stories=12,
        shared_stories=8,
        vetoers=True,
        multilingual_stories=(8, 2),
    ),
    "english-6.jsonl": Part(
        "s6-en-", EN, 150, negatives=50, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-6.jsonl": Part(
        "s6-{lang}-",
        OTHERS,
        25,
        negatives=7,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-7.jsonl": Part(
        "s6-bw-{lang}-",
        SIX,
        2,
        file_negatives=12,
        span_days=6,
        stories=10,
        shared_stories=6,
        vetoers=True,
        multilingual_stories=(4, 3),
    ),
    "english-7.jsonl": Part(
        "s7-en-", EN, 150, negatives=55, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-7.jsonl": Part(
        "s7-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(12, 3),
    ),
    "busy-week-8.jsonl": Part(
        "s7-bw-{lang}-",
        SIX,
        3,
        file_negatives=12,
        span_days=6,
        stories=10,
        shared_stories=8,
        vetoers=True,
        multilingual_stories=(4, 3),
    ),
    "english-8.jsonl": Part(
        "s8-en-", EN, 150, negatives=50, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-8.jsonl": Part(
        "s8-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(12, 3),
    ),
    "busy-week-9.jsonl": Part(
        "s8-bw-{lang}-",
        SIX,
        3,
        file_negatives=15,
        span_days=6,
        stories=8,
        shared_stories=7,
        vetoers=True,
        multilingual_stories=(5, 3),
    ),
    "english-9.jsonl": Part(
        "s9-en-", EN, 160, negatives=50, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-9.jsonl": Part(
        "s9-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(12, 3),
    ),
    "busy-week-10.jsonl": Part(
        "s9-bw-{lang}-",
        SIX,
        3,
        file_negatives=20,
        span_days=6,
        stories=10,
        shared_stories=8,
        vetoers=True,
        multilingual_stories=(5, 3),
    ),
    "english-10.jsonl": Part(
        "s10-en-", EN, 160, negatives=55, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-10.jsonl": Part(
        "s10-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(12, 3),
    ),
    "busy-week-11.jsonl": Part(
        "s10-bw-{lang}-",
        SIX,
        3,
        file_negatives=16,
        span_days=6,
        stories=13,
        shared_stories=10,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-11.jsonl": Part(
        "s11-en-", EN, 160, negatives=55, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-11.jsonl": Part(
        "s11-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(12, 3),
    ),
    "busy-week-12.jsonl": Part(
        "s11-bw-{lang}-",
        SIX,
        4,
        file_negatives=12,
        span_days=6,
        stories=14,
        shared_stories=10,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-12.jsonl": Part(
        "s12-en-", EN, 160, negatives=55, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-12.jsonl": Part(
        "s12-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(12, 3),
    ),
    "busy-week-13.jsonl": Part(
        "s12-bw-{lang}-",
        SIX,
        4,
        file_negatives=12,
        span_days=6,
        stories=14,
        shared_stories=10,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-13.jsonl": Part(
        "s13-en-", EN, 160, negatives=55, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-13.jsonl": Part(
        "s13-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(12, 3),
    ),
    "busy-week-14.jsonl": Part(
        "s13-bw-{lang}-",
        SIX,
        4,
        file_negatives=10,
        span_days=6,
        stories=15,
        shared_stories=11,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-14.jsonl": Part(
        "s14-en-", EN, 160, negatives=55, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-14.jsonl": Part(
        "s14-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(12, 3),
    ),
    "busy-week-15.jsonl": Part(
        "s14-bw-{lang}-",
        SIX,
        4,
        file_negatives=10,
        span_days=6,
        stories=15,
        shared_stories=11,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-15.jsonl": Part(
        "s15-en-", EN, 160, negatives=55, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-15.jsonl": Part(
        "s15-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(12, 3),
    ),
    "busy-week-16.jsonl": Part(
        "s15-bw-{lang}-",
        SIX,
        4,
        file_negatives=30,
        span_days=6,
        stories=12,
        shared_stories=8,
        vetoers=True,
        multilingual_stories=(5, 3),
    ),
    "english-16.jsonl": Part(
        "s16-en-", EN, 160, negatives=56, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-16.jsonl": Part(
        "s16-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-17.jsonl": Part(
        "b17-{lang}-",
        SIX,
        3,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-17.jsonl": Part(
        "s17-en-", EN, 160, negatives=56, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-17.jsonl": Part(
        "s17-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-18.jsonl": Part(
        "b18-{lang}-",
        SIX,
        3,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-18.jsonl": Part(
        "s18-en-", EN, 160, negatives=56, per_demand=12, every_event=True, vetoers=True
    ),
    "multilingual-18.jsonl": Part(
        "s18-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-19.jsonl": Part(
        "b19-{lang}-",
        SIX,
        3,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-19.jsonl": Part(
        "s19-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=12,
    ),
    "multilingual-19.jsonl": Part(
        "s19-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-20.jsonl": Part(
        "b20-{lang}-",
        SIX,
        4,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-20.jsonl": Part(
        "s20-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=14,
    ),
    "multilingual-20.jsonl": Part(
        "s20-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-21.jsonl": Part(
        "b21-{lang}-",
        SIX,
        4,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-21.jsonl": Part(
        "s21-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=14,
    ),
    "multilingual-21.jsonl": Part(
        "s21-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-22.jsonl": Part(
        "b22-{lang}-",
        SIX,
        4,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-22.jsonl": Part(
        "s22-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=14,
    ),
    "multilingual-22.jsonl": Part(
        "s22-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-23.jsonl": Part(
        "b23-{lang}-",
        SIX,
        4,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-23.jsonl": Part(
        "s23-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=14,
    ),
    "multilingual-23.jsonl": Part(
        "s23-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-24.jsonl": Part(
        "b24-{lang}-",
        SIX,
        4,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-24.jsonl": Part(
        "s24-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=14,
    ),
    "multilingual-24.jsonl": Part(
        "s24-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-25.jsonl": Part(
        "b25-{lang}-",
        SIX,
        4,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-25.jsonl": Part(
        "s25-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=14,
    ),
    "multilingual-25.jsonl": Part(
        "s25-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-26.jsonl": Part(
        "b26-{lang}-",
        SIX,
        4,
        file_negatives=20,
        span_days=6,
        stories=15,
        shared_stories=9,
        vetoers=True,
        multilingual_stories=(6, 3),
    ),
    "english-26.jsonl": Part(
        "s26-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=13,
    ),
    "multilingual-26.jsonl": Part(
        "s26-ml-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(9, 3),
    ),
    "busy-week-27.jsonl": Part(
        "b27-{lang}-",
        SIX,
        4,
        file_negatives=12,
        span_days=6,
        stories=16,
        shared_stories=13,
        multilingual_stories=(5, 3),
    ),
    "english-27.jsonl": Part(
        "s27-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=19,
    ),
    "multilingual-27.jsonl": Part(
        "m27-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-28.jsonl": Part(
        "b28-{lang}-",
        SIX,
        4,
        file_negatives=30,
        span_days=6,
        stories=16,
        shared_stories=15,
        multilingual_stories=(6, 3),
    ),
    "english-28.jsonl": Part(
        "s28-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=16,
    ),
    "multilingual-28.jsonl": Part(
        "m28-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(15, 3),
    ),
    "busy-week-29.jsonl": Part(
        "b29-{lang}-",
        SIX,
        4,
        file_negatives=28,
        span_days=6,
        stories=15,
        shared_stories=12,
        multilingual_stories=(5, 3),
    ),
    "english-29.jsonl": Part(
        "s29-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=17,
    ),
    "multilingual-29.jsonl": Part(
        "m29-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(24, 3),
    ),
    "busy-week-30.jsonl": Part(
        "b30-{lang}-",
        SIX,
        4,
        file_negatives=16,
        span_days=6,
        stories=14,
        shared_stories=12,
        multilingual_stories=(5, 3),
    ),
    "english-30.jsonl": Part(
        "s30-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=16,
    ),
    "multilingual-30.jsonl": Part(
        "m30-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(24, 3),
    ),
    "busy-week-31.jsonl": Part(
        "b31-{lang}-",
        SIX,
        4,
        file_negatives=32,
        span_days=6,
        stories=15,
        shared_stories=12,
        multilingual_stories=(5, 3),
    ),
    "english-31.jsonl": Part(
        "s31-en-",
        EN,
        160,
        negatives=55,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=13,
    ),
    "multilingual-31.jsonl": Part(
        "m31-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(28, 3),
    ),
    "busy-week-32.jsonl": Part(
        "b32-{lang}-",
        SIX,
        4,
        file_negatives=29,
        span_days=6,
        stories=15,
        shared_stories=13,
        multilingual_stories=(7, 3),
    ),
    "english-32.jsonl": Part(
        "s32-en-",
        EN,
        160,
        negatives=56,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=8,
    ),
    "multilingual-32.jsonl": Part(
        "m32-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(28, 3),
    ),
    "busy-week-33.jsonl": Part(
        "b33-{lang}-",
        SIX,
        5,
        file_negatives=39,
        span_days=6,
        stories=15,
        shared_stories=14,
        multilingual_stories=(5, 3),
    ),
    "english-33.jsonl": Part(
        "s33-en-",
        EN,
        160,
        negatives=55,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=9,
    ),
    "multilingual-33.jsonl": Part(
        "m33-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(26, 3),
    ),
    "busy-week-34.jsonl": Part(
        "b34-{lang}-",
        SIX,
        3,
        file_negatives=24,
        span_days=6,
        stories=17,
        shared_stories=11,
        multilingual_stories=(5, 3),
    ),
    "english-34.jsonl": Part(
        "s34-en-",
        EN,
        160,
        negatives=55,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=9,
    ),
    "multilingual-34.jsonl": Part(
        "m34-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(19, 3),
    ),
    "busy-week-35.jsonl": Part(
        "b35-{lang}-",
        SIX,
        1,
        file_negatives=15,
        days=7,
        span_days=6,
        stories=24,
        shared_stories=12,
        multilingual_stories=(2, 3),
    ),
    "english-35.jsonl": Part(
        "s35-en-",
        EN,
        160,
        negatives=55,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=8,
    ),
    "multilingual-35.jsonl": Part(
        "m35-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(22, 3),
    ),
    "busy-week-36.jsonl": Part(
        "b36-{lang}-",
        SIX,
        1,
        file_negatives=22,
        days=7,
        span_days=6,
        stories=14,
        shared_stories=7,
        multilingual_stories=(3, 3),
    ),
    "english-36.jsonl": Part(
        "s36-en-",
        EN,
        160,
        negatives=55,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=8,
    ),
    "multilingual-36.jsonl": Part(
        "m36-{lang}-",
        OTHERS,
        26,
        negatives=9,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(10, 3),
    ),
    "busy-week-37.jsonl": Part(
        "b37-{lang}-",
        None,
        file_negatives=17,
        days=7,
        span_days=6,
        stories=20,
        shared_stories=8,
        multilingual_stories=(2, 3),
    ),
    "english-37.jsonl": Part(
        "s37-en-",
        EN,
        170,
        negatives=57,
        per_demand=13,
        every_event=True,
        vetoers=True,
        shared_stories=12,
    ),
    "multilingual-37.jsonl": Part(
        "m37-{lang}-",
        OTHERS,
        26,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(13, 3),
    ),
    "busy-week-38.jsonl": Part(
        "b38-{lang}-",
        None,
        file_negatives=19,
        days=7,
        span_days=6,
        stories=21,
        shared_stories=7,
        multilingual_stories=(2, 3),
    ),
    "english-38.jsonl": Part(
        "s38-en-",
        EN,
        180,
        negatives=58,
        per_demand=12,
        every_event=True,
        vetoers=True,
        shared_stories=16,
    ),
    "busy-week-39.jsonl": Part(
        "b39-{lang}-",
        None,
        file_negatives=23,
        days=7,
        span_days=6,
        stories=22,
        shared_stories=8,
        multilingual_stories=(3, 3),
    ),
    "multilingual-38.jsonl": Part(
        "m38-{lang}-",
        OTHERS,
        28,
        negatives=8,
        per_demand=2,
        every_event=True,
        vetoers=True,
        multilingual_stories=(20, 3),
    ),
    "multilingual-39.jsonl": Part(
        "m39-{lang}-",
        OTHERS,
        29,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        shared_stories=48,
        multilingual_stories=(28, 3),
    ),
    "multilingual-40.jsonl": Part(
        "m40-{lang}-",
        OTHERS,
        29,
        negatives=9,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=62,
        shared_stories=50,
        multilingual_stories=(28, 3),
    ),
    "multilingual-41.jsonl": Part(
        "m41-{lang}-",
        OTHERS,
        29,
        negatives=9,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=68,
        shared_stories=38,
        multilingual_stories=(23, 3),
    ),
    "multilingual-42.jsonl": Part(
        "m42-{lang}-",
        OTHERS,
        31,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=76,
        shared_stories=43,
        multilingual_stories=(24, 3),
    ),
    "multilingual-43.jsonl": Part(
        "m43-{lang}-",
        OTHERS,
        29,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=64,
        shared_stories=38,
        multilingual_stories=(28, 3),
    ),
    "multilingual-44.jsonl": Part(
        "m44-{lang}-",
        OTHERS,
        29,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=59,
        shared_stories=47,
        multilingual_stories=(31, 3),
    ),
    "multilingual-45.jsonl": Part(
        "m45-{lang}-",
        OTHERS,
        29,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=36,
        shared_stories=34,
        multilingual_stories=(32, 3),
    ),
    "multilingual-46.jsonl": Part(
        "m46-{lang}-",
        OTHERS,
        29,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=35,
        shared_stories=35,
        multilingual_stories=(31, 3),
    ),
    "multilingual-47.jsonl": Part(
        "m47-{lang}-",
        OTHERS,
        29,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=39,
        shared_stories=39,
        multilingual_stories=(33, 3),
    ),
    "multilingual-48.jsonl": Part(
        "m48-{lang}-",
        OTHERS,
        29,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=39,
        shared_stories=39,
        multilingual_stories=(32, 3),
    ),
    "multilingual-49.jsonl": Part(
        "m49-{lang}-",
        OTHERS,
        29,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=39,
        shared_stories=39,
        multilingual_stories=(35, 3),
    ),
    "multilingual-50.jsonl": Part(
        "m50-{lang}-",
        OTHERS,
        29,
        negatives=10,
        per_demand=2,
        every_event=True,
        vetoers=True,
        stories=40,
        shared_stories=40,
        multilingual_stories=(35, 3),
    ),
    "english-39.jsonl": Part(
        "s39-en-",
        EN,
        190,
        negatives=63,
        per_demand=14,
        every_event=True,
        vetoers=True,
        shared_stories=18,
    ),
    "busy-week-40.jsonl": Part(
        "b40-{lang}-",
        None,
        file_negatives=21,
        days=7,
        span_days=6,
        stories=17,
        shared_stories=8,
        multilingual_stories=(3, 3),
    ),
    "english-40.jsonl": Part(
        "s40-en-",
        EN,
        190,
        negatives=66,
        per_demand=14,
        every_event=True,
        vetoers=True,
        shared_stories=22,
    ),
    "busy-week-41.jsonl": Part(
        "b41-{lang}-",
        None,
        file_negatives=34,
        days=7,
        span_days=6,
        stories=27,
        shared_stories=14,
        multilingual_stories=(4, 3),
    ),
    "english-41.jsonl": Part(
        "s41-en-",
        EN,
        200,
        negatives=65,
        per_demand=15,
        every_event=True,
        vetoers=True,
        shared_stories=26,
    ),
    "busy-week-42.jsonl": Part(
        "b42-{lang}-",
        None,
        file_negatives=48,
        days=7,
        span_days=6,
        stories=22,
        shared_stories=9,
        multilingual_stories=(4, 3),
    ),
    "english-42.jsonl": Part(
        "s42-en-",
        EN,
        210,
        negatives=72,
        per_demand=16,
        every_event=True,
        vetoers=True,
        shared_stories=20,
    ),
    "busy-week-43.jsonl": Part(
        "b43-{lang}-",
        None,
        file_negatives=43,
        days=7,
        span_days=6,
        stories=18,
        shared_stories=9,
        multilingual_stories=(4, 3),
    ),
    "english-43.jsonl": Part(
        "s43-en-",
        EN,
        215,
        negatives=84,
        per_demand=17,
        every_event=True,
        vetoers=True,
        shared_stories=15,
    ),
    "busy-week-44.jsonl": Part(
        "b44-{lang}-",
        None,
        file_negatives=36,
        days=7,
        span_days=6,
        stories=20,
        shared_stories=11,
        multilingual_stories=(6, 3),
    ),
    "english-44.jsonl": Part(
        "s44-en-",
        EN,
        200,
        negatives=74,
        per_demand=17,
        every_event=True,
        vetoers=True,
        shared_stories=19,
    ),
    "busy-week-45.jsonl": Part(
        "b45-{lang}-",
        None,
        file_negatives=38,
        days=7,
        span_days=6,
        stories=18,
        shared_stories=9,
        multilingual_stories=(5, 3),
    ),
    "english-45.jsonl": Part(
        "s45-en-",
        EN,
        200,
        negatives=80,
        per_demand=15,
        every_event=True,
        vetoers=True,
        shared_stories=19,
    ),
    "busy-week-46.jsonl": Part(
        "b46-{lang}-",
        None,
        file_negatives=44,
        days=7,
        span_days=6,
        stories=25,
        shared_stories=10,
        multilingual_stories=(6, 3),
    ),
    "english-46.jsonl": Part(
        "s46-en-",
        EN,
        200,
        negatives=70,
        per_demand=18,
        every_event=True,
        vetoers=True,
        shared_stories=23,
    ),
    "busy-week-47.jsonl": Part(
        "b47-{lang}-",
        None,
        file_negatives=48,
        days=7,
        span_days=6,
        stories=22,
        shared_stories=13,
        multilingual_stories=(6, 3),
    ),
    "english-47.jsonl": Part(
        "s47-en-",
        EN,
        210,
        negatives=70,
        per_demand=15,
        every_event=True,
        vetoers=True,
        shared_stories=22,
    ),
    "busy-week-48.jsonl": Part(
        "b48-{lang}-",
        None,
        file_negatives=50,
        days=7,
        span_days=6,
        stories=23,
        shared_stories=14,
        multilingual_stories=(10, 3),
    ),
    "english-48.jsonl": Part(
        "s48-en-",
        EN,
        200,
        negatives=75,
        per_demand=15,
        every_event=True,
        vetoers=True,
        shared_stories=24,
    ),
    "busy-week-49.jsonl": Part(
        "b49-{lang}-",
        None,
        file_negatives=48,
        days=7,
        span_days=6,
        stories=23,
        shared_stories=13,
        multilingual_stories=(8, 3),
    ),
    "english-49.jsonl": Part(
        "s49-en-",
        EN,
        200,
        negatives=75,
        per_demand=16,
        every_event=True,
        vetoers=True,
        shared_stories=23,
    ),
    "busy-week-50.jsonl": Part(
        "b50-{lang}-",
        None,
        file_negatives=48,
        days=7,
        span_days=6,
        stories=19,
        shared_stories=13,
        multilingual_stories=(9, 3),
    ),
    "english-50.jsonl": Part(
        "s50-en-",
        EN,
        200,
        negatives=72,
        per_demand=16,
        every_event=True,
        vetoers=True,
        shared_stories=24,
    ),
    "busy-week-51.jsonl": Part(
        "b51-{lang}-",
        None,
        file_negatives=32,
        days=7,
        span_days=6,
        stories=21,
        shared_stories=12,
        multilingual_stories=(7, 3),
    ),
}


@cache
def _demand_ids() -> frozenset[str]:
    """The shipped demands' ids, read once a session (the shipped configuration is read-only;
    reading it for each of the parts' three sweeps cost ~0.3 s CPU a test)."""
    return frozenset(d.id for d in load_config(SHIPPED_CONFIG_DIR).demands)


def _load(name: str) -> list[LabelledItem]:
    return load_labelled(SETASIDE / name, _demand_ids())


@pytest.mark.parametrize("name", sorted(PARTS))
def test_every_line_is_a_labelled_item_in_the_loaders_format(name: str) -> None:
    lines = (SETASIDE / name).read_text(encoding="utf-8").splitlines()
    raw = [json.loads(line) for line in lines if line.strip()]
    assert raw
    for number, data in enumerate(raw, start=1):
        assert isinstance(data, dict), number
        for key in ("id", "title", "published", "story"):
            value = data.get(key)
            assert isinstance(value, str), (number, key)
            assert value.strip(), (number, key)
        expect = data.get("expect")
        assert isinstance(expect, dict), number
        assert isinstance(expect.get("demands", []), list), number
    # the loader refuses unknown demand ids, languages, event types and vetoers
    items = _load(name)
    assert len(items) == len(raw)
    ids = [item.id for item in items]
    assert len(set(ids)) == len(ids)
    prefix = PARTS[name].prefix
    assert all(item.id.startswith(prefix.format(lang=item.language)) for item in items)
    assert all(item.published is not None and item.published.tzinfo for item in items)
    published = [str(data["published"]) for data in raw]
    assert published == sorted(published)
    assert all(item.expected_event in EVENTS for item in items)
    # a vetoer label agrees with the event label: nobody vetoed is never a veto, and a
    # veto labelled with its vetoers names at least one
    for item in items:
        if item.expected_vetoed_by is not None and item.expected_event == "veto":
            assert item.expected_vetoed_by, item.id
        if item.expected_vetoed_by == frozenset():
            assert item.expected_event != "veto", item.id


@pytest.mark.parametrize("name", sorted(PARTS))
def test_each_part_keeps_its_size_per_language(name: str) -> None:
    part = PARTS[name]
    items = _load(name)
    negatives = sum(1 for item in items if not item.expected_demands)
    assert negatives >= part.file_negatives
    assert negatives >= part.negative_share * len(items)  # exact: a Fraction
    if part.every_event:
        assert {item.expected_event for item in items} == EVENTS
    if part.vetoers:
        assert all(item.expected_vetoed_by for item in items if item.expected_event == "veto")
    if part.languages is None:
        return
    assert {item.language for item in items} == part.languages
    shipped = _demand_ids()
    for language in part.languages:
        mine = [item for item in items if item.language == language]
        assert len(mine) >= part.items, language
        assert sum(1 for item in mine if not item.expected_demands) >= part.negatives, language
        if part.per_demand:
            demands = Counter(d for item in mine for d in item.expected_demands)
            assert set(demands) == shipped, language
            assert min(demands.values()) >= part.per_demand, language


@pytest.mark.parametrize("name", sorted(PARTS))
def test_each_part_keeps_its_span_and_story_counts(name: str) -> None:
    part = PARTS[name]
    items = _load(name)
    days = {item.published.date() for item in items if item.published is not None}
    if part.days is not None:
        assert len(days) <= part.days
    if part.span_days is not None:
        assert max(days) - min(days) <= timedelta(days=part.span_days)
    stories = Counter(item.story for item in items)
    assert len(stories) >= part.stories
    assert sum(1 for size in stories.values() if size > 1) >= part.shared_stories
    count, languages = part.multilingual_stories
    told_in: dict[str, set[str]] = {}
    for item in items:
        told_in.setdefault(str(item.story), set()).add(item.language)
    assert sum(1 for langs in told_in.values() if len(langs) >= languages) >= count


def test_ids_are_unique_across_every_set_aside_file() -> None:
    ids = [item.id for path in sorted(SETASIDE.glob("*.jsonl")) for item in load_labelled(path)]
    assert len(set(ids)) == len(ids)
