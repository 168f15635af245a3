"""A function word of one language is a stop word only in items written in that language: German
"war" (was) and "die" (the), Spanish "sin" (without) and French "son" (his) say nothing about
which development a German, Spanish or French report tells, but English "war", "die", "son"
and "plus" are words of the development itself ("war crimes", "die in custody"). Two English
reports of one development that share those words meet on them; two German reports of two
developments still share only their articles and stay apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import NAME, Candidate, bag_of_words
from story_support import candidate, polled

# Thursday 11 May 2028 (synthetic): a Swedish court sentences a former Syrian army officer for
# the deaths of detainees, told by a wire in the morning and an NGO's note at noon; a German
# court's unrelated ruling and a German report of a convoy the same day.
MORNING = datetime(2028, 5, 11, 8, tzinfo=UTC)


def verdict_wire() -> Candidate:
    return candidate(
        "verdict-wire",
        "Stockholm court jails ex-officer for war crimes after detainees die in his jail",
        "other",
        MORNING,
        text="Judges said at least nine prisoners were left to die of their wounds while the "
        "defendant ran the facility during the war.",
        demand="accountability-investigations",
    )


def verdict_ngo() -> Candidate:
    return candidate(
        "verdict-ngo",
        "Life term in Sweden: where prisoners die, the war does not end",
        "other",
        MORNING + timedelta(hours=4),
        text="Relatives of men who died in custody welcomed the ruling on war crimes, which "
        "they called a first answer from Europe.",
        demand="accountability-investigations",
    )


def ruling_de() -> Candidate:
    return candidate(
        "ruling-de",
        "Das Gericht in Koblenz weist die Klage ab, die Akte war nicht vollständig",
        "other",
        MORNING + timedelta(hours=1),
        text="Die Richter sind der Ansicht, dass die Unterlagen nicht ausreichten; die "
        "Verteidigung war mit dem Beschluss zufrieden.",
        demand="accountability-investigations",
    )


def convoy_de() -> Candidate:
    return candidate(
        "convoy-de",
        "Der Hilfskonvoy war in Idlib, die Lastwagen sind nicht beschädigt",
        "other",
        MORNING + timedelta(hours=2),
        text="Die Fahrer sind wohlbehalten zurück; die Lieferung war für die Lager im Norden "
        "bestimmt.",
        demand="cross-border-aid",
    )


def test_english_keeps_words_other_languages_use_as_function_words() -> None:
    words = bag_of_words(
        "Detainees die as the war goes on; his son says the plus side is a hearing", ""
    )
    assert {"die", "war", "son", "plus"} <= set(words)


def test_each_language_drops_its_own_function_words() -> None:
    assert not {"die", "war", "sind", "nicht"} & set(
        bag_of_words("Die Beobachter sind in Idlib, die Lage war nicht ruhig", "")
    )
    assert not {"sin", "son", "los"} & set(
        bag_of_words("Los observadores son retirados sin aviso de Idlib", "")
    )
    assert not {"son", "plus", "ses"} & set(
        bag_of_words("Le médiateur et son équipe ne sont plus à Idlib avec ses collègues", "")
    )


def test_a_function_word_opening_a_sentence_is_no_name_in_its_language() -> None:
    # "Sind" opening a German question is the verb; in English it is the province.
    german = bag_of_words("Sind die Beobachter in Idlib sicher?", "")
    english = bag_of_words("Floods in Sind cut the road to the camps", "")
    assert NAME + "snd" not in german
    assert NAME + "snd" in english


def test_two_english_reports_of_one_verdict_meet_on_its_words() -> None:
    wire, ngo = polled(verdict_wire(), verdict_ngo())
    assert ngo.id == wire.id


def test_two_german_reports_of_two_developments_stay_apart() -> None:
    ruling, convoy = polled(ruling_de(), convoy_de())
    assert convoy.id != ruling.id


def test_an_english_verdict_and_a_german_ruling_stay_apart() -> None:
    wire, ruling, ngo = polled(verdict_wire(), ruling_de(), verdict_ngo())
    assert ruling.id not in (wire.id, ngo.id)


def test_the_arabic_article_of_a_name_is_no_word_in_any_latin_script() -> None:
    # "Bab al-Hawa" and "Bashar al-Assad" share "al", not a development; the names' own
    # words and skeletons still count.
    for title in (
        "Aid convoy crosses at Bab al-Hawa",
        "Hilfskonvoy passiert Bab al-Hawa",
        "Un convoi franchit Bab al-Hawa",
    ):
        words = bag_of_words(title, "")
        assert "al" not in words
        assert "hawa" in words
