"""Arabic اعتمد is "adopted" and also "relied": "X relies on Y" (يعتمد/تعتمد ... على) is no
adoption (review s20 V3). An aid sentence ("millions rely on the aid that crosses at Bab
al-Hawa under a Council mandate") matched the aid and veto demands and was alerted as
"Resolution adopted". An adoption whose text calls "on" something ("يحث على") still is one.
Sentences written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.events import classify

WHEN = datetime(2026, 12, 9, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "سوريا: المساعدات عبر الحدود",
            "تعتمد ملايين العائلات في شمال غرب سوريا على المساعدات التي تدخل عبر معبر باب "
            "الهوى بتفويض من مجلس الأمن.",
        ),
        (
            "سوريا: المساعدات عبر الحدود",
            "يعتمد أكثر من أربعة ملايين شخص في شمال غرب سوريا على المساعدات الإنسانية التي "
            "أذن بها مجلس الأمن.",
        ),
        (
            "روسيا وسوريا في مجلس الأمن",
            "يعتمد النظام السوري على الحماية الروسية في مجلس الأمن منذ سنوات.",
        ),
        (
            "الأمم المتحدة وسوريا",
            "تعتمد الأمم المتحدة على القرار 2254 أساسا للعملية السياسية في سوريا.",
        ),
    ],
)
def test_relying_on_is_no_adoption(title: str, text: str) -> None:
    assert classify(title, text, published=WHEN).type != "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "مجلس الأمن يمدد آلية المساعدات إلى سوريا",
            "اعتمد مجلس الأمن الدولي بالإجماع الثلاثاء قرارا يمدد العمل بآلية إيصال المساعدات "
            "عبر الحدود إلى سوريا ويحث على وصول آمن.",
        ),
        (
            "الجمعية العامة تعتمد قرارا بشأن سوريا",
            "اعتمدت الجمعية العامة للأمم المتحدة قرارا يحث على حماية المدنيين في سوريا.",
        ),
        (
            "مجلس الأمن وسوريا",
            "اعتمد مجلس الأمن مشروع القرار الذي يركز على إيصال المساعدات إلى سوريا.",
        ),
    ],
)
def test_an_adoption_whose_text_calls_on_something_is_still_one(title: str, text: str) -> None:
    assert classify(title, text, published=WHEN).type == "resolution_adopted"
