"""Session 41 (issue 11): two demand classes found by validation counts.

1. A headline naming Russia or China beside sanctions is read as sanctions on Russia (another
   file) unless it tells them blocking a Council text. The blocking verbs were English and few
   (veto, block, voted no, oppose): "Moscow and Beijing kill ... sanctions", "Russland und China
   kippen Sanktionen", "Россия и Китай заблокировали санкции" failed the campaign's context
   though their text names Syria. The verbs of defeating a text in six languages, or a draft, a
   resolution or a vote named in the headline, now keep such a headline Syria's; sanctions on Russia
   told with other verbs (rejects, defeats, stops, bloque) or beside the Council alone stay
   another file's, and "on Russia", the EU or Brussels in the headline still mark them.
2. Russian: the OPCW's experts (эксперты, специалисты, инспекторы ОЗХО) and their security
   (гарантии безопасности, безопасность экспертов) are access news, as the inspectors kept out
   or waiting are in English; the Security Council ("Совет Безопасности") is not their security.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

STOP_VETO = "stop-veto-obstruction"
ASSET_FREEZE = "asset-freeze"
MONITORS = "monitor-access"

SANCTIONS_BLOCKED = [
    (
        "Moscow and Beijing sink sanctions over gas attacks",
        "The Western text would have frozen the funds of Syrian generals; nine members backed it.",
    ),
    (
        "Russia, China scuttle chemical sanctions",
        "The vetoed draft listed Syrian officers and entities for an asset freeze.",
    ),
    (
        "Russland und China verhindern Sanktionen wegen Chemiewaffen",
        "Der Entwurf hätte Konten syrischer Generäle eingefroren; neun Staaten stimmten dafür.",
    ),
    (
        "Россия и Китай заблокировали санкции за химическое оружие",
        "Проект предусматривал замораживание активов сирийских генералов.",
    ),
    (
        "روسيا والصين تجهضان العقوبات",
        "كان مشروع القرار سيجمد أصول جنرالات سوريين بسبب الهجمات الكيميائية.",
    ),
    (
        # No verb the headline clause knows: the draft named in the headline keeps it Syria's.
        "Russia ends sanctions draft with its seventh no",
        "The draft resolution would have frozen the assets of Syrian commanders.",
    ),
]


@pytest.mark.parametrize(("title", "text"), SANCTIONS_BLOCKED)
def test_sanctions_blocked_at_the_council_stay_syrias(
    matcher: Matcher, title: str, text: str
) -> None:
    assert {STOP_VETO, ASSET_FREEZE} & fired(matcher, title, text)


SANCTIONS_ON_RUSSIA = [
    (
        "Russia rejects sanctions, freezes Western assets",
        "Moscow froze the assets of firms from unfriendly states; Damascus voiced support.",
    ),
    (
        "Russia defeats sanctions, minister claims",
        "EU freezes on Russian officials' assets failed, he said, citing the Syria campaign.",
    ),
    (
        "Sanktionen: Russland stoppt Lieferungen",
        "Eingefrorene Guthaben seien der Grund; Flüge nach Syrien liefen weiter.",
    ),
    (
        "Sanctions : la Russie bloque des avoirs",
        "Moscou gèle les fonds d'entreprises européennes ; son soutien à Damas ne change pas.",
    ),
    (
        "روسيا ترفض العقوبات في مجلس الأمن",
        "قال المندوب إن تجميد أصول المصرف المركزي سرقة وإن قواته في سوريا لن تتأثر.",
    ),
    (
        "EU sanctions: Russia kills gas deal",
        "The bloc froze the assets of Russian officials; Syria was mentioned in passing.",
    ),
]


@pytest.mark.parametrize(("title", "text"), SANCTIONS_ON_RUSSIA)
def test_sanctions_on_russia_stay_another_file(matcher: Matcher, title: str, text: str) -> None:
    assert not fired(matcher, title, text)


OPCW_EXPERTS_SECURITY = [
    (
        "Эксперты ОЗХО ждут гарантий безопасности",
        "Специалисты не выехали к месту атаки в Восточной Гуте.",
    ),
    (
        "ООН: безопасность инспекторов ОЗХО в Сирии не обеспечена",
        "Группа останется в Дамаске, пока маршрут не проверят.",
    ),
]


@pytest.mark.parametrize(("title", "text"), OPCW_EXPERTS_SECURITY)
def test_opcw_experts_waiting_for_security_are_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


OPCW_EXPERTS_NOT_ACCESS = [
    # The Security Council is not the experts' security.
    (
        "Совет Безопасности обсудил доклад экспертов ОЗХО по Сирии",
        "Члены Совбеза разошлись в оценках.",
    ),
    # Security named without the OPCW's experts.
    (
        "В Дамаске усилили меры безопасности",
        "Полиция перекрыла улицы в центре сирийской столицы.",
    ),
]


@pytest.mark.parametrize(("title", "text"), OPCW_EXPERTS_NOT_ACCESS)
def test_the_council_or_security_alone_is_not_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)
