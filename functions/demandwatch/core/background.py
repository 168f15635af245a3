"""Background pieces: the headline kickers under which wires, NGOs and UN outlets publish
a record, a chronology or an explainer rather than a development of the day. Pure.

Read by the event rules (core.events: such a piece's past votes are no vote of the day)
and by the Council's failed-vote fact (core.council: a past draft voted down that such a
piece recounts is not the item's own).
"""

from __future__ import annotations

import re

# A headline's kicker naming a background piece, as wires and NGOs head them ("FACTBOX-The
# drafts on Syria Russia has vetoed", "Explainer: vetoes and the Syria war", "Timeline:
# Security Council vetoes on Syria", "Q&A: ...", "Background: ...", "Analysis: ..."): the
# piece tells the record or weighs an act, and reports no development of its own; its
# plural "vetoes" or its past vetoes are no veto of the day. Read on folded text.
BACKGROUND_KICKER = re.compile(
    r"^(?:factbox|fact box|fact sheet|explainer|timeline|q ?(?:&|\+|and) ?a|key facts|background"
    r"|analysis)\s*(?::|-|–|—)"
)

# The background kickers of the other five languages, folded: "Décryptage :", "Repères :",
# "Claves:", "Hintergrund:", "Справка:", "خلفية:" (review s20 V4 and V13: they were English
# only).
BACKGROUND_KICKER_ELSEWHERE = re.compile(
    r"^(?:decryptage|reperes|chronologie|eclairage|questions?[- ]reponses?|analyse|contexte"
    r"|claves|cronologia|analisis|contexto|preguntas y respuestas|explicador"
    r"|hintergrund|erklart|chronik|fragen und antworten|faktencheck|uberblick"
    r"|справка|хронология|анализ|вопросы и ответы|досье|объясняем"
    r"|خلفية|تحليل|تسلسل زمني|اسئلة واجوبة|حقائق)\s*(?::|-|–|—)"
)


def background_kicker(folded_title: str) -> bool:
    """Whether a (folded) headline opens on a background piece's kicker, in any of the six
    languages."""
    return bool(
        BACKGROUND_KICKER.match(folded_title) or BACKGROUND_KICKER_ELSEWHERE.match(folded_title)
    )


# The days of the news, named (folded): a background piece whose headline or lede says one
# tells a development of the day, not the record. Both readers of such a piece build their
# test from these words, each as it was tuned: core.events (English: a day, "this week", a
# weekday) and core.council (a day or a part of it, in the six languages, for the failed
# vote). One list, so a word added for one reader is in front of the other's author.
TODAY_WORDS = ("today", "yesterday", "tonight")
PARTS_OF_TODAY = ("this morning", "this afternoon", "this evening")
TODAY_WORDS_ELSEWHERE = (
    "aujourd'hui",
    "hier",
    "hoy",
    "ayer",
    "heute",
    "gestern",
    "сегодня",
    "вчера",
    "اليوم",
    "امس",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# A time before the item's own, said relative to it (folded): "last week", "earlier this
# month", "three weeks ago", "la semaine dernière", "la semana pasada", "vergangene Woche",
# "на прошлой неделе", "الأسبوع الماضي". What it dates is the record, not the day's news:
# a past failed vote (core.council) or a veto recalled (core.events).
BEFORE_NOW = re.compile(
    r"\b(?:last|earlier this) (?:week|month|year)\b"
    r"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|a few|some)"
    r" (?:days?|weeks?|months?|years?) ago\b"
    r"|\b(?:la semaine|le mois) (?:derniere|dernier)\b|\bl'(?:an|annee) derniere?\b"
    r"|\b(?:la semana|el mes|el ano) pasad[oa]\b"
    r"|\b(?:letzte|vergangene|letzten|vergangenen|letztes|vergangenes) (?:woche|monat|jahr)\b"
    r"|(?<!\w)(?:на прошлой неделе|в прошлом (?:месяце|году))(?!\w)"
    r"|(?<!\w)(?:الاسبوع|الشهر|العام) الماضي(?!\w)"
)
