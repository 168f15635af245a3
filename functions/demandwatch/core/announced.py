"""Whether a sentence announces a development ahead rather than reports one done. Pure.

Two patterns. The first is read where the weekday a sentence names is turned into a date (core.events)
and where a draft decides whether a meeting is still to come (core.drafts): "to hold an
emergency meeting on Friday", published on a Tuesday, is about the Friday ahead. The second
(:func:`puts_off_vote`) tells a draft that the vote it would call "expected" was put off.
Small and free of the event rules, so a draft's import costs nothing.
"""

from __future__ import annotations

import re

# Lower-case, accent-free text (folded, or casefolded English).
AHEAD = re.compile(
    r"\b(?:to (?:hold|meet|convene|vote|brief)"
    r"|will (?:hold|meet|convene|vote|brief|take up|consider|receive|hear)"
    r"|(?:is|are) (?:expected|scheduled|set|due|slated) to|scheduled (?:for|to)|plans to"
    r"|tiendra|se reunira|entendra|celebrara|wird .{0,40}(?:tagen|beraten|abstimmen|unterrichtet)"
    r"|проведет|соберется|заслушает|سيعقد|سيجتمع|سيستمع|سيصوت)(?!\w)"
)


def announces_ahead(text: str) -> bool:
    """Whether ``text`` (folded or casefolded) announces something still to come."""
    return AHEAD.search(text) is not None


# A vote announced ahead in the six languages (folded): besides ``AHEAD``'s English and its
# "will vote" in German and Arabic, the future and the modal of a vote ("votera", "doit se
# prononcer", "votará", "soll ... abstimmen", "проголосует", "يصوت" / "من المقرر"), and the
# vote planned ("vote prévu", "votación prevista", "Abstimmung geplant", "голосование
# запланировано"). A report of the vote done says "a voté", "votó", "stimmte", "проголосовал",
# "صوت": none of these.
VOTE_AHEAD = re.compile(
    AHEAD.pattern
    + r"|(?<!\w)(?:vot(?:era|eront)|(?:doi(?:t|vent)|devrai(?:t|ent)) (?:voter|se prononcer)"
    r"|se prononcer(?:a|ont)|(?:sera|seront) (?:mis|soumis) aux voix|vote (?:est )?prevu"
    r"|votar(?:a|an)|(?:debe|deben|deberia|preve) votar|se pronunciar(?:a|an)"
    r"|votacion (?:esta )?prevista|sometera a votacion"
    r"|soll(?:en|te|ten)? .{0,40}abstimmen|abstimmung (?:ist )?(?:geplant|angesetzt|vorgesehen)"
    r"|проголосу(?:ет|ют)|будет голосовать|голосование (?:запланировано|намечено|назначено)"
    r"|(?:должен|должны|планирует|намерен) .{0,20}проголосовать"
    r"|يصوت|من المقرر"
    # (the outcome expected: "veto russe attendu jeudi", "veto esperado", "Veto erwartet",
    # "вето ожидается", "فيتو مرتقب"; a report of the vote done may say it too, "wie
    # erwartet", but dates it to no weekday still ahead: see ``core.events._announced_day``)
    r"|attendue?|esperad[oa]|erwartet|ожидается|مرتقب|متوقع)(?!\w)"
)


def announces_vote_ahead(text: str) -> bool:
    """Whether ``text`` (folded) announces a vote still to come (see ``VOTE_AHEAD``)."""
    return VOTE_AHEAD.search(text) is not None


# A vote put off, in the six languages the sources write in (casefolded, accents kept:
# the draft reads the item's own words): the verb within a sentence of the vote.
_VOTE_WORD = r"(?:vote|voting|scrutin|votaci[oó]n|abstimmung|votum|голосовани\w*|تصويت|التصويت)"
_PUT_OFF = (
    r"(?:postpon\w*|delay(?:ed|s|ing)?|put off|puts off|deferr?\w*|pushed back|called off"
    r"|shelved|reporte|reporté(?:e|s|es)?|reportent|ajourn\w*|aplaz\w*|pospu\w*|posterg\w*"
    r"|verschoben|verschiebt|vertagt\w*|отлож\w*|перенес\w*|перенос\w*"
    r"|تأجيل|أرجأ\w*|أجّل\w*|تأجل\w*|يرجئ\w*|إرجاء)"
)
POSTPONED = re.compile(
    rf"\b{_PUT_OFF}(?!\w)[^.;,!?]{{0,80}}\b{_VOTE_WORD}|\b{_VOTE_WORD}[^.;,!?]{{0,80}}\b{_PUT_OFF}(?!\w)"
)


def puts_off_vote(text: str) -> bool:
    """Whether ``text`` (casefolded) says a vote was put off: postponed, delayed,
    deferred, verschoben, reporté, aplazada, отложено, تأجيل."""
    return POSTPONED.search(text) is not None
