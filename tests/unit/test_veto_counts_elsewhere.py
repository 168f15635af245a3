"""A count of a member's past vetoes, or a background kicker, in French, Spanish, German,
Russian or Arabic is the record, not today's veto (review s20 V4; V13 for the kickers).

The English count and kicker rules (test_veto_counts) had no counterpart elsewhere: an
explainer counting Russia's vetoes on Syria in any of the other five languages paged a P1
veto with a General Assembly deadline. The day's veto counted by an ordinal ("pour la
dix-septième fois", "zum 17. Mal") is still that veto. Sentences written for these tests.
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
            "Syrie : le bilan des blocages au Conseil de sécurité",
            "La Russie a opposé son veto à seize reprises depuis 2011 à des projets de "
            "résolution sur la Syrie, le plus souvent avec la Chine.",
        ),
        (
            "Siria: una década de parálisis en el Consejo de Seguridad",
            "Rusia ha vetado dieciséis veces desde 2011 proyectos de resolución sobre Siria "
            "en el Consejo de Seguridad de la ONU.",
        ),
        (
            "Syrien: Zehn Jahre Blockade im Sicherheitsrat",
            "Russland hat seit 2011 sechzehnmal sein Veto gegen Resolutionsentwürfe zu Syrien "
            "im UN-Sicherheitsrat eingelegt.",
        ),
        (
            "Сирия: десять лет споров в Совбезе ООН",
            "С 2011 года Россия шестнадцать раз накладывала вето на проекты резолюций Совета "
            "Безопасности ООН по Сирии.",
        ),
        (
            "سوريا: عقد من الانقسام في مجلس الأمن",
            "استخدمت روسيا حق النقض ست عشرة مرة منذ عام 2011 ضد مشاريع قرارات في مجلس الأمن "
            "بشأن سوريا.",
        ),
        (
            "Décryptage : le veto russe et la Syrie au Conseil de sécurité",
            "La Russie a opposé son veto à un projet de résolution sur l'aide humanitaire en "
            "Syrie. Comment fonctionne ce droit et que peut faire l'Assemblée générale ?",
        ),
        (
            "Hintergrund: Das Veto Russlands und die Syrien-Hilfe",
            "Russland hat im UN-Sicherheitsrat sein Veto gegen eine Resolution zur Syrien-"
            "Hilfe eingelegt. Was das Veto bedeutet und wie es weitergeht.",
        ),
    ],
)
def test_a_count_of_past_vetoes_or_a_background_kicker_elsewhere_is_no_veto(
    title: str, text: str
) -> None:
    event = classify(title, text, published=WHEN)
    assert event.type == "other", event


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrie : la Russie oppose son veto pour la dix-septième fois",
            "La Russie a opposé mardi son veto à un projet de résolution du Conseil de "
            "sécurité prolongeant l'aide transfrontalière en Syrie.",
        ),
        (
            "Russland blockiert Syrien-Resolution zum 17. Mal",
            "Russland hat am Dienstag im UN-Sicherheitsrat sein Veto gegen einen "
            "Resolutionsentwurf zur grenzüberschreitenden Hilfe für Syrien eingelegt.",
        ),
        (
            "Россия в семнадцатый раз наложила вето на резолюцию по Сирии",
            "Россия во вторник наложила вето на проект резолюции Совета Безопасности ООН о "
            "трансграничной помощи Сирии.",
        ),
        (
            "روسيا تستخدم الفيتو للمرة السابعة عشرة بشأن سوريا",
            "استخدمت روسيا الثلاثاء حق النقض ضد مشروع قرار في مجلس الأمن بشأن المساعدات عبر "
            "الحدود إلى سوريا.",
        ),
        (
            # A count beside the day's veto, the day named: still the day's veto.
            "Rusia veta la ayuda transfronteriza a Siria",
            "Rusia vetó este martes en el Consejo de Seguridad un proyecto de resolución sobre "
            "la ayuda a Siria; ha vetado diecisiete veces textos sobre el conflicto desde 2011.",
        ),
    ],
)
def test_the_days_veto_counted_elsewhere_is_still_a_veto(title: str, text: str) -> None:
    event = classify(title, text, published=WHEN)
    assert event.type == "veto", event
    assert "Russian Federation" in event.vetoers, event
