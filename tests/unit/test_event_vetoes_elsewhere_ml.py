"""Issue 11, session 45 (w4): a veto cast outside the Council, told in French, Spanish, German,
Russian or Arabic, is not the Council's veto (a false page). A member state blocking the EU's
sanctions, statements or aid, the EU not extending its sanctions ("ЕС не продлил", which the
Council's "не продлил" cue read), a president's veto of a law, a budget or a congressional
resolution: each named beside the veto, and no UN organ named (``_OTHER_BODY_ELSEWHERE``).
A Council veto naming the EU or Brussels beside it stays a veto when a permanent member comes
before the veto word, or a draft resolution and a permanent member are named.

The engineer's own sentences, modelled on real events (2016-2024); the tuning set
``tests/eval/ml-vetoes-elsewhere-s45.jsonl`` holds more.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Hungría veta el nuevo paquete de sanciones de la UE contra Rusia",
            "Budapest bloqueó el acuerdo de los Veintisiete a la espera de que Kiev retire a un "
            "banco húngaro de su lista.",
        ),
        ("Orbán veta la declaración conjunta de la UE sobre Gaza", ""),
        ("Polens Präsident Duda legt Veto gegen umstrittenes Mediengesetz ein", ""),
        (
            "ЕС не продлил санкции против трех российских бизнесменов",
            "Их имена исключены из списка по итогам пересмотра, сообщили в Брюсселе.",
        ),
        (
            "La Hongrie met son veto à l'aide européenne de 50 milliards pour l'Ukraine",
            "Viktor Orban a bloqué l'accord au sommet de Bruxelles.",
        ),
        ("المجر تستخدم الفيتو ضد حزمة عقوبات جديدة للاتحاد الأوروبي", ""),
    ],
)
def test_a_veto_cast_outside_the_council_is_no_veto(title: str, text: str) -> None:
    assert classify(title, text).type == "other"


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        (
            "Rusia y China vetan la prórroga de la ayuda transfronteriza a Siria",
            "La Unión Europea lamentó el bloqueo de la resolución, que contaba con 13 votos a "
            "favor.",
            {"Russian Federation", "China"},
        ),
        (
            "Russland legt Veto gegen Syrien-Resolution ein, EU kritisiert Moskau",
            "",
            {"Russian Federation"},
        ),
        (
            "Россия наложила вето на резолюцию по Сирии, в Евросоюзе выразили сожаление",
            "",
            {"Russian Federation"},
        ),
        (
            "Estados Unidos veta el alto el fuego en Gaza; Bruselas pide una tregua humanitaria",
            "",
            {"United States"},
        ),
        (
            "روسيا والصين تستخدمان الفيتو ضد تمديد المساعدات إلى سوريا رغم دعوات الاتحاد الأوروبي",
            "",
            {"Russian Federation", "China"},
        ),
    ],
)
def test_a_council_veto_naming_the_eu_stays_a_veto(
    title: str, text: str, vetoers: set[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert {a.name for a in event.actors if a.role == "vetoed"} == vetoers
