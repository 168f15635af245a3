"""Who vetoed, in the classes session 25 found where the event is read right and the
vetoing members are not (validation parts 11-23, counts only; tuning set en-vetoers-s25):
an aside between the members and their veto ("Moscow, as it had warned, vetoed"), one
permanent member vetoing "with" another, a second member "following suit" or doing so
"as well", the Kremlin for Russia, a Council text "rejected" by permanent members,
permanent members "joined by" an elected member in their "no", a voting record's "no" side
with its count or letter before the names ("Negative votes (2): ...", "N: ..."); and in
the other languages, Spanish "volvió a vetar", German "scheiterte an ..." and "dagegen
stimmten ...", and the members' adjectives as German and French decline them. Beside each,
what must not count: an abstainer named in the aside, criticism rejected rather than a text.
The sentences here are written for these tests, in other words than the tuning set's."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = frozenset({"China", "Russian Federation"})
RUSSIA = frozenset({"Russian Federation"})


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        # an aside between the members and the verb
        (
            "Council fails to renew Syria aid route",
            "Moscow, as it had warned, vetoed the renewal on Friday; thirteen members voted for it.",
            RUSSIA,
        ),
        (
            "Idlib truce text vetoed",
            "Russia and China, as diplomats had predicted, blocked the text, which had 12 votes.",
            CHINA_RUSSIA,
        ),
        # one member vetoing "with" another
        (
            "Syria sanctions draft vetoed",
            "Moscow, with Beijing, struck down the sanctions text on Tuesday.",
            CHINA_RUSSIA,
        ),
        (
            "Syria sanctions draft vetoed",
            "Russia, alongside China, vetoed the sanctions text against Damascus.",
            CHINA_RUSSIA,
        ),
        (
            "Syria aid extension vetoed",
            "Russia, with China abstaining, vetoed the one-year extension on Friday.",
            RUSSIA,
        ),
        # the second member following
        (
            "Syria truce text vetoed",
            "Russia cast its veto against the truce text, with China following suit.",
            CHINA_RUSSIA,
        ),
        (
            "Syria truce text vetoed",
            "Russia vetoed the truce text on Monday, and Beijing did as well.",
            CHINA_RUSSIA,
        ),
        (
            "Syria truce text vetoed",
            "Russia vetoed the truce text on Monday and China did too.",
            CHINA_RUSSIA,
        ),
        # the Kremlin for Russia
        (
            "Syria aid text vetoed",
            "The Kremlin vetoed the draft.",
            RUSSIA,
        ),
        # a Council text rejected by permanent members
        (
            "Syria aid text vetoed at the Council",
            "Russia and China rejected the draft resolution, which the 13 other members supported.",
            CHINA_RUSSIA,
        ),
        (
            "Syria aid text vetoed at the Council",
            "The resolution was rejected by Moscow; thirteen members had backed it.",
            RUSSIA,
        ),
        (
            "Russia vetoes Syria aid text",
            "Russia vetoed the draft on Tuesday. China rejected Western criticism of the veto "
            "and said it had abstained because the text was unbalanced.",
            RUSSIA,
        ),
        # permanent members accompanied by an elected member in their "no"
        (
            "Chemical weapons text fails at the Council",
            "Moscow, joined by Bolivia, voted against the draft, while China and Egypt abstained.",
            RUSSIA,
        ),
        (
            "Aleppo ceasefire text fails",
            "China and Russia, together with Venezuela, voted no; Angola abstained.",
            CHINA_RUSSIA,
        ),
    ],
)
def test_who_vetoed_english(title: str, text: str, vetoed: frozenset[str]) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoed


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        # Spanish "volver a vetar": vetoed again
        (
            "Siria: nuevo veto en el Consejo de Seguridad",
            "Moscú volvió a vetar este viernes la prórroga de la ayuda transfronteriza.",
            RUSSIA,
        ),
        (
            "Siria: nuevo veto en el Consejo de Seguridad",
            "Rusia y China han vuelto a vetar un texto sobre Siria en el Consejo de Seguridad.",
            CHINA_RUSSIA,
        ),
        # German: failing at the members, their resistance, their objection; "dagegen stimmten"
        (
            "Syrien: Veto im Sicherheitsrat",
            "Die Verlängerung der Hilfe scheiterte am Widerstand Moskaus.",
            RUSSIA,
        ),
        (
            "Syrien: Veto im Sicherheitsrat",
            "Der Entwurf scheiterte erneut an Russland und China.",
            CHINA_RUSSIA,
        ),
        (
            "Syrien: Veto im Sicherheitsrat",
            "Zwölf Mitglieder stimmten für den Entwurf, dagegen stimmten Russland und China.",
            CHINA_RUSSIA,
        ),
        # the members' adjectives, declined
        (
            "Syrien: Veto im Sicherheitsrat",
            "Der Entwurf scheiterte am russischen und chinesischen Veto.",
            CHINA_RUSSIA,
        ),
        (
            "Syrien: Veto im Sicherheitsrat",
            "Das chinesische und das russische Veto ließen den Entwurf scheitern.",
            CHINA_RUSSIA,
        ),
    ],
)
def test_who_vetoed_other_languages(title: str, text: str, vetoed: frozenset[str]) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoed


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        # a voting record's "no" side with a count or a letter before the names
        (
            "Draft resolution S/2020/654 : vote",
            "Negative votes (2): China, Russian Federation. Not adopted.",
            CHINA_RUSSIA,
        ),
        (
            "Draft resolution S/2020/654 : vote",
            "Yes: 13; No: 2 - China; Russian Federation; Abstentions: 0. Not adopted.",
            CHINA_RUSSIA,
        ),
        (
            "Draft resolution S/2017/884 : vote",
            "11 Y, 2 N, 2 A. N: Bolivia (Plurinational State of), Russian Federation. "
            "A: China, Kazakhstan. Not adopted.",
            RUSSIA,
        ),
        (
            "Draft resolution S/2017/315 : voting record",
            "Opposed (2): Bolivia, Russian Federation; abstaining (3): China, Ethiopia, "
            "Kazakhstan. Not adopted.",
            RUSSIA,
        ),
        (
            "Draft resolution S/2012/77 : vote",
            "Not adopted: 13 votes to 2 (China, Russian Federation), with no abstentions.",
            CHINA_RUSSIA,
        ),
    ],
)
def test_who_vetoed_in_voting_records(title: str, text: str, vetoed: frozenset[str]) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoed
