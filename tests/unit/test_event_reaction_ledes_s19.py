"""Reactions as newspapers and NGOs lead them, and adoptions as the Arabic press writes them
(the classes of the sixteenth blind part; tuning set tests/eval/multi-events-23.jsonl).

A lede whose speaker comes first is their statement, even when a veto follows (the event
convention in tests/eval/README.md). Papers put the speaker first in more ways than "X said":
a quotation with its speaker after it, a fronted clause saying where they spoke ("Speaking to
reporters after the vote, ..."), and verbs of judging the style guides call headlinese
("blasted", "slammed", "rounded on"). An anonymous voice quoted from the field (a resident, a
doctor) is news from the ground, not a statement."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a quotation first, its named speaker after it
        (
            "Juppé: 'a scandal' as Moscow blocks Council again",
            '"The Council has been taken hostage once more," Alain Juppé told reporters in Paris on '
            "Saturday, a day after the veto.",
        ),
        (
            "Britain's envoy decries Russian stand",
            '"Russia has chosen to stand with a regime that gasses its own people," said Matthew '
            "Rycroft, the British ambassador, after Moscow blocked the draft.",
        ),
        (
            "Rights chief on Aleppo",
            '"What we are seeing is a complete meltdown of humanity," the U.N. human rights chief '
            "said in Geneva on Tuesday.",
        ),
    ],
)
def test_a_quotation_with_its_named_speaker_after_it_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ban disappointed by Council failure",
            "Speaking to journalists in New York, Ban Ki-moon said he was deeply frustrated that the "
            "Council could not agree on Aleppo.",
        ),
        (
            "Lavrov defends Moscow's line",
            "Asked about the failed vote, Sergei Lavrov said the West had wanted the text to fail so "
            "that it could blame Moscow.",
        ),
        (
            "Kerry on the ceasefire",
            "In an interview with CBS on Sunday, John Kerry said the truce was the last chance to "
            "save Aleppo.",
        ),
    ],
)
def test_a_fronted_clause_of_where_the_speaker_spoke_then_the_speaker_is_a_statement(
    title: str, text: str
) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Paris on the Russian move",
            "Jean-Yves Le Drian on Thursday lambasted Moscow's decision to block the text, calling it "
            "a betrayal of the Syrian people.",
        ),
        (
            "Berlin angered",
            "The German foreign minister rounded on Russia and China after they blocked a truce in "
            "Idlib, saying the Council had failed the civilians there.",
        ),
        (
            "Aid groups on the crossings",
            "Norwegian Refugee Council chief Jan Egeland slammed the Council on Saturday for leaving a "
            "single crossing open for four million people.",
        ),
    ],
)
def test_a_speaker_first_with_a_verb_of_judging_is_a_statement_even_on_a_veto(
    title: str, text: str
) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the field's anonymous voices: what happened, not a reaction
        (
            "Shelling resumes in Daraa",
            '"The shells fell all night, we could not leave the basement," a resident of Daraa told '
            "AFP by telephone.",
        ),
        (
            "Hospital hit in Idlib",
            '"There was no warning," a doctor at the hospital said, adding that five staff had been '
            "killed.",
        ),
    ],
)
def test_an_anonymous_voice_quoted_from_the_field_is_not_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "other"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "مجلس الأمن يصادق على نشر مراقبين في حلب",
            "صادق مجلس الأمن الدولي مساء الاثنين على المشروع الفرنسي بعد تعديله.",
        ),
        (
            "بإجماع أعضائه.. مجلس الأمن يرسل بعثة مراقبة إلى حلب",
            "جاء القرار بعد مشاورات استمرت أياما بين الدول الأعضاء.",
        ),
        (
            "الجمعية العامة تقر إنشاء آلية للمفقودين في سوريا",
            "أقرت الجمعية العامة للأمم المتحدة الخميس مشروع قرار بإنشاء مؤسسة مستقلة تعنى بالمفقودين.",
        ),
    ],
)
def test_arabic_adoptions_told_as_ratified_or_by_consensus(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # ratified by a national body: not a UN resolution
        (
            "البرلمان التركي يصادق على اتفاقية مع روسيا",
            "صادق البرلمان التركي على الاتفاقية الموقعة مع موسكو بشأن المنطقة العازلة.",
        ),
    ],
)
def test_a_national_body_ratifying_is_not_an_adoption(title: str, text: str) -> None:
    assert classify(title, text).type != "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Пекин и Москва блокировали проект по Алеппо", "Документ поддержали 11 членов Совета."),
        (
            "СБ ООН снова не смог договориться по Идлибу",
            "При голосовании Китай и Россия были против, документ поддержали 12 стран.",
        ),
    ],
)
def test_russian_vetoes_told_in_the_imperfective_or_as_being_against(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == {"China", "Russian Federation"}


def test_a_russian_draft_short_of_votes_because_of_a_veto_is_the_veto() -> None:
    event = classify(
        "Проект по Сирии не набрал необходимых голосов из-за вето",
        "Китайская и российская делегации проголосовали против текста.",
    )
    assert event.type == "veto"
    assert event.vetoers == {"China", "Russian Federation"}


def test_coordinated_russian_adjectives_name_every_vetoer() -> None:
    event = classify(
        "Китайское и российское вето похоронило резолюцию", "За текст высказались 13 стран."
    )
    assert event.vetoers == {"China", "Russian Federation"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Турция блокировала дорогу конвоям",
            "Анкара закрыла пункт пропуска, сообщили местные власти.",
        ),
        ("Парламент не набрал нужного числа голосов из-за бойкота", "Законопроект не прошел."),
    ],
)
def test_blocking_a_road_or_a_boycotted_parliament_is_no_veto(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("الجمعية العامة تعتمد قرارا بشأن حقوق الإنسان في سوريا", "أيدت القرار 105 دول."),
        ("تبني قرار أممي بشأن المعابر الحدودية", "يسمح القرار بإدخال المساعدات لستة أشهر."),
        (
            "Le Conseil de sécurité exige la fin des bombardements",
            "Les quinze membres ont voté ce texte lundi.",
        ),
    ],
)
def test_adoptions_in_feminine_forms_nominal_headlines_and_a_text_voted(
    title: str, text: str
) -> None:
    assert classify(title, text).type == "resolution_adopted"


def test_relying_on_is_not_adopting() -> None:
    assert (
        classify(
            "سوريا تعتمد على المساعدات الروسية", "قال مسؤولون إن القمح يصل عبر ميناء طرطوس."
        ).type
        != "resolution_adopted"
    )


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        # the veto, then a rival's shortfall after a contrastive conjunction
        (
            "Совбез ООН не договорился по Алеппо",
            "Россия заблокировала французский проект, а российский текст получил лишь четыре голоса.",
            {"Russian Federation"},
        ),
        (
            "Alep : nouvelle impasse au Conseil",
            "La Russie a bloqué le texte français, tandis qu'un projet russe n'a pas obtenu le "
            "nombre de voix nécessaire.",
            {"Russian Federation"},
        ),
    ],
)
def test_a_veto_told_beside_a_rival_drafts_shortfall_is_the_veto(
    title: str, text: str, vetoed: set[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoed


def test_a_record_naming_its_negative_votes_with_semicolons_names_every_vetoer() -> None:
    event = classify(
        "Draft resolution S/2020/667 / Belgium and Germany",
        "Vote: 13-2-0. Negative: Russian Federation; China. Cross-border aid. Not adopted.",
    )
    assert event.type == "veto"
    assert event.vetoers == {"China", "Russian Federation"}


def test_a_french_draft_rejected_by_a_permanent_member_is_its_veto() -> None:
    event = classify(
        "Syrie : l'ONU échoue à prolonger l'aide",
        "Le projet a été repoussé lundi par la Chine et la Russie, malgré treize voix pour.",
    )
    assert event.type == "veto"
    assert event.vetoers == {"China", "Russian Federation"}
