"""Issue 11, session 46 (w4): a headline telling a text's unanimity in French, Spanish, German or
Arabic is its adoption, a UN organ named or not (``_UNANIMOUS_TITLE_ELSEWHERE``), as English
headlines are read (``_UNANIMOUS_TITLE``). Not another body's unanimity (the EU's ministers, the
Arab League, a parliament), a statement or a condemnation, a unanimity hoped for, nor a speaker
welcoming it.

The engineer's own sentences, modelled on real events (2011-2023); the tuning set
``tests/eval/multi-events-s46-w4.jsonl`` holds more.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Syrie : unanimité pour une trêve de trente jours", ""),
        ("Aide transfrontalière en Syrie : un an de plus, à l'unanimité", ""),
        ("Siria: respaldo unánime a una tregua humanitaria de 30 días", ""),
        ("Unanimidad para mantener abierto Bab al Hawa seis meses más", ""),
        ("Armas químicas en Siria: por unanimidad, un mecanismo para señalar a los culpables", ""),
        ("Einstimmig: Syrien-Hilfe über die Türkei für ein weiteres Jahr", ""),
        ("Einstimmiges Votum für eine 30-tägige Waffenruhe in Syrien", ""),
        ("Chemiewaffen-Ermittler in Syrien: Mandat einstimmig um ein Jahr verlängert", ""),
        ("بالإجماع: تمديد إدخال المساعدات عبر باب الهوى ستة أشهر", ""),
        ("تصويت بالإجماع على هدنة لثلاثين يوما في سوريا", ""),
    ],
)
def test_a_headline_telling_unanimity_is_an_adoption(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        (
            "Syrie : les ministres de l'UE unanimes pour durcir les sanctions contre Damas",
            "Réunis à Bruxelles, les Vingt-Sept ont gelé les avoirs de dix-huit nouveaux "
            "responsables syriens.",
            "other",
        ),
        (
            "Los ministros de la UE acuerdan por unanimidad nuevas sanciones contra el régimen sirio",
            "Los Veintisiete congelan los bienes de otros responsables del Gobierno de Asad.",
            "other",
        ),
        (
            "EU-Außenminister beschließen einstimmig neue Sanktionen gegen Syrien",
            "Eingefroren werden die Konten von sieben Ministern der Regierung Assad.",
            "other",
        ),
        ("وزراء الخارجية العرب يقرون بالإجماع عودة سوريا إلى الجامعة العربية", "", "other"),
        ("مجلس الشعب السوري يقر بالإجماع قانونا جديدا للأحزاب", "", "other"),
        (
            "Les Quinze unanimes pour condamner les attentats de Damas",
            "Dans une déclaration à la presse, les membres du Conseil de sécurité ont condamné "
            "les deux attentats.",
            "statement",
        ),
        (
            "Trêve en Syrie : Paris espère l'unanimité au Conseil samedi",
            "Le projet de résolution sur un cessez-le-feu de trente jours sera mis aux voix "
            "samedi, a indiqué l'ambassadeur de France, qui souhaite un vote unanime.",
            "vote_scheduled",
        ),
        (
            "El embajador sueco celebra la unanimidad del Consejo sobre la tregua en Siria",
            "Olof Skoog dijo que el voto demuestra que el Consejo aún puede actuar.",
            "statement",
        ),
    ],
)
def test_near_misses_keep_their_event(title: str, text: str, event: str) -> None:
    assert classify(title, text).type == event


def test_a_veto_headline_with_a_unanimity_word_stays_a_veto() -> None:
    # (the unanimity the rest of the Council had is not the text's adoption)
    event = classify(
        "Veto ruso pese a la unanimidad del resto del Consejo sobre Siria",
        "Rusia votó en contra; los otros catorce miembros votaron a favor.",
    )
    assert event.type == "veto"
