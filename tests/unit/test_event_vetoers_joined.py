"""Who vetoed, when a second permanent member is tied to the first one's negative vote
rather than named beside it: "Russia, joined by China, vetoed ...", "the Russian
Federation, together with China, voted against", "China followed suit", "Beijing did the
same", "so did China", and the same in the other languages ("la Chine a fait de même",
"China hizo lo mismo", "China tat es gleich", "Китай последовал её примеру").

Written before the rule (session 16), from the blind part's counts (who vetoed "missing
one"); the sentences are the engineer's own. The member that follows takes the part of the
vote told just before it: following an abstention is abstaining, not a veto; a draft's
backer ("backed by China") is no vetoer.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = ["China", "Russian Federation"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia vetoes UN text on Syria aid",
            "Russia on Friday vetoed a Security Council resolution to extend cross-border aid "
            "into Syria. China followed suit, casting the second negative vote.",
        ),
        (
            "Russia, joined by China, blocks Syria resolution",
            "Russia, joined by China, vetoed a draft resolution on Tuesday that would have "
            "condemned the use of chemical weapons in Syria.",
        ),
        (
            "UN Council fails to renew Syria crossing",
            "Moscow voted no because it said the text ignored the impact of sanctions, and "
            "Beijing did the same. The draft won 13 votes.",
        ),
        (
            "Security Council fails to adopt draft on Syria",
            "The Security Council failed to adopt a draft resolution on Syria today, as the "
            "Russian Federation, together with China, voted against it. Thirteen members voted "
            "in favour.",
        ),
        (
            "Syria truce text dies at the UN",
            "Russia cast a veto on the truce draft on Monday, and so did China, leaving the "
            "text dead despite 11 votes in favour.",
        ),
        (
            "Le Conseil de sécurité rejette le projet sur la Syrie",
            "La Russie a opposé son veto au projet de résolution mardi. La Chine a fait de même.",
        ),
        (
            "Rusia veta la resolución sobre Siria",
            "Rusia vetó el martes el proyecto de resolución sobre la ayuda a Siria, y China hizo "
            "lo mismo.",
        ),
        (
            "Russland blockiert Syrien-Resolution",
            "Russland legte am Dienstag sein Veto gegen den Resolutionsentwurf ein, China tat es "
            "ihm gleich.",
        ),
        (
            "Россия наложила вето на проект резолюции по Сирии",
            "Россия во вторник наложила вето на проект резолюции. Китай последовал её примеру.",
        ),
    ],
)
def test_a_member_following_the_veto_vetoed(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == CHINA_RUSSIA


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            # following an abstention is abstaining
            "Russia vetoes Syria aid text",
            "Russia vetoed the draft on Friday. Thirteen members voted in favour; China abstained "
            "and Brazil followed suit.",
        ),
        (
            "Russia vetoes Syria text",
            "Russia vetoed the draft, which had 12 votes in favour. China abstained, and so did "
            "Kazakhstan.",
        ),
        (
            # a backer is not a vetoer
            "Russia, backed by China, vetoes Syria sanctions",
            "Russia vetoed the sanctions draft on Tuesday, with China voting in favour of "
            "Moscow's rival text.",
        ),
        (
            # followed suit after an abstention, in French
            "La Russie bloque le texte sur la Syrie",
            "La Russie a opposé son veto au projet. La Chine s'est abstenue et le Kazakhstan a "
            "fait de même.",
        ),
    ],
)
def test_following_another_part_is_no_veto(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["Russian Federation"]
