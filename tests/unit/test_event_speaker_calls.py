"""A lede whose speaker trails the words and goes on to call for something is a statement
(DESIGN: a call or speech by a government, an NGO, the Secretary-General or the High
Commissioner is `statement`), whatever fact the words relay; probe P10 of session 13.

Written before the rule (session 14), in the six languages: "..., the High Commissioner
said, calling for ...", "..., a déclaré ..., appelant à ...", "..., dijo ..., que pidió
...", "..., sagte ... und forderte ...", "..., заявил ..., призвав ...", "...، بحسب ...
الذي دعا ...". Not when the lede reports something else: a Council act, or findings.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: OHCHR monitors denied access to detention sites in Homs",
            "UN human rights monitors were denied access to detention sites in Homs, the High "
            "Commissioner for Human Rights said, calling for unfettered access for independent "
            "monitors.",
        ),
        (
            "Aid convoys stuck at Syrian border",
            "Aid convoys have been stuck at the border for a week, the UN relief chief said on "
            "Monday, urging all parties to let them through.",
        ),
        (
            "Ghouta civilians face starvation",
            "Civilians in eastern Ghouta face starvation, Human Rights Watch said on Wednesday, "
            "calling on the Security Council to act.",
        ),
        (
            "Saydnaya detainees dying, group says",
            "Detainees are dying under torture in Saydnaya, Amnesty International said on "
            "Tuesday, demanding that independent monitors be let in.",
        ),
        (
            "Syrie : accès refusé aux observateurs",
            "Les observateurs de l'ONU se sont vu refuser l'accès à Homs, a déclaré le "
            "Haut-Commissaire, appelant à un accès sans entrave.",
        ),
        (
            "Siria: sin acceso para los observadores",
            "Los observadores no pudieron entrar en Homs, dijo el Alto Comisionado, que pidió "
            "acceso sin trabas.",
        ),
        (
            "Syrien: Beobachter ausgesperrt",
            "Die UN-Beobachter durften nicht nach Homs, sagte der Hochkommissar und forderte "
            "ungehinderten Zugang.",
        ),
        (
            "Наблюдателей не пустили в Хомс",
            "Наблюдателей ООН не пустили в Хомс, заявил верховный комиссар, призвав обеспечить "
            "беспрепятственный доступ.",
        ),
        (
            "منع المراقبين من دخول حمص",
            "منع المراقبون الأمميون من دخول حمص، بحسب المفوض السامي الذي دعا إلى وصول دون عوائق.",
        ),
    ],
)
def test_a_trailing_speaker_calling_for_something_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(
    ("title", "text", "event_type"),
    [
        # A source for a fact, calling for nothing.
        ("Aid reaches Madaya", "Aid convoys reached Madaya on Monday, the UN said.", "other"),
        # The Council's act, whatever its text demands.
        (
            "Council demands 30-day truce in Syria",
            "The Security Council unanimously adopted resolution 2401 on Saturday, the UN said, "
            "demanding a 30-day ceasefire across Syria.",
            "resolution_adopted",
        ),
    ],
)
def test_not_when_the_lede_reports_something_else(title: str, text: str, event_type: str) -> None:
    assert classify(title, text).type == event_type
