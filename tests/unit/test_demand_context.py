"""Context rules of the shipped demands: what an item is about, not what it mentions.

Each class has near misses that must fire nothing (or not the named demand) and a
positive of the same shape that must still fire, so a rule cannot pass by muting the
demand. Texts are written for this test, apart from the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

# A headline about another file's veto, with Syria only as comparison, is that file's news.
OTHER_FILE_HEADLINES = [
    (
        "Beijing and Moscow block Council text on Burma's junta",
        "The draft urged the generals to free political prisoners. Both powers later used "
        "the same argument to shield Damascus when drafts on Syria came to a vote.",
    ),
    (
        "Russia vetoes Council extension of Georgia monitoring mission",
        "The observers must leave within weeks. Diplomats said Moscow's vote was a rehearsal "
        "for the vetoes it would cast on Syria.",
    ),
    (
        "Russland blockiert Verlängerung der Nordkorea-Sanktionsexperten",
        "Moskau legte sein Veto ein; zuletzt hatte es ein Veto zu Hilfslieferungen nach "
        "Syrien eingelegt.",
    ),
    (
        "Россия наложила вето на проект по миротворцам в Мали",
        "Предыдущее вето Москва применила в июле по проекту о гуманитарной помощи Сирии.",
    ),
    (
        "La Russie oppose son veto à un texte sur la Corée du Nord",
        "Il s'agit du premier veto russe depuis celui sur l'aide transfrontalière en Syrie.",
    ),
]


@pytest.mark.parametrize(("title", "text"), OTHER_FILE_HEADLINES)
def test_a_veto_headline_on_another_file_fires_nothing(
    matcher: Matcher, title: str, text: str
) -> None:
    assert fired(matcher, title, text) == set()


def test_a_transit_country_in_a_headline_naming_a_syrian_port_still_counts(
    matcher: Matcher,
) -> None:
    # Cyprus is another file, but here it is where an arms ship for Syria stopped.
    assert "arms-embargo" in fired(
        matcher,
        "Freighter stopped in Cyprus unloads its munitions at Tartus",
        "The vessel, carrying ammunition for the Syrian army, ignored a pledge to turn back.",
    )


def test_a_headline_naming_damascus_in_german_is_not_another_file(matcher: Matcher) -> None:
    # "Irak" in the headline is another file only when no Syrian place is named there too.
    assert "arms-embargo" in fired(
        matcher,
        "Iranische Frachtflüge bringen über den Irak Waffen nach Damaskus",
        "Die Lieferungen sollen an die syrische Armee gehen.",
    )


# Election observers are not human-rights monitors.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria holds local elections; no foreign observers present",
            "Polling stations opened in government-held districts.",
        ),
        (
            "Élections en Syrie : des observateurs venus de pays alliés",
            "Les délégations ont assisté au scrutin dans plusieurs bureaux de Damas.",
        ),
        (
            "Наблюдатели из Белоруссии следили за выборами в Сирии",
            "Они посетили избирательные участки в Дамаске.",
        ),
    ],
)
def test_election_observers_are_not_monitors(matcher: Matcher, title: str, text: str) -> None:
    assert "monitor-access" not in fired(matcher, title, text)


def test_rights_observers_at_election_time_still_count(matcher: Matcher) -> None:
    assert "monitor-access" in fired(
        matcher,
        "Syria bars UN human rights observers ahead of elections",
        "The government refused visas to the team seeking access to detention centres.",
    )


# The leader speaking of, or blaming, sanctions is not sanctions on him.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Асад винит санкции в нехватке топлива",
            "Президент Сирии заявил, что ограничения Запада бьют по простым гражданам.",
        ),
        (
            "الأسد يحمّل العقوبات مسؤولية أزمة الوقود",
            "قال الرئيس السوري إن الإجراءات الغربية تضر بالمواطنين.",
        ),
    ],
)
def test_the_leader_blaming_sanctions_is_not_an_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert "asset-freeze" not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ЕС продлил санкции против Асада", "Его активы в Европе остаются замороженными."),
        ("الاتحاد الأوروبي يمدد العقوبات على الأسد", "وتبقى أصوله في أوروبا مجمدة."),
        (
            "EU sanctions more Syrian officials",
            "Ministers added twelve officials of the Syrian government to the asset freeze.",
        ),
    ],
)
def test_sanctions_on_the_leader_still_count(matcher: Matcher, title: str, text: str) -> None:
    assert "asset-freeze" in fired(matcher, title, text)


# Accountability words in items on ordinary crime or a terror attack are not this demand.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Council members condemn car bomb in Damascus suburb",
            "They stressed the need to hold the perpetrators of this terrorist attack "
            "accountable and bring them to justice.",
        ),
        (
            "Swedish court sentences Syrian man for migrant smuggling crimes",
            "He organised crossings for dozens of people, prosecutors said.",
        ),
        (
            "Länder wollen verurteilte Straftäter nach Syrien abschieben",
            "Wer schwere Verbrechen begangen habe, solle das Land verlassen.",
        ),
    ],
)
def test_ordinary_crime_and_terror_attacks_are_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert "accountability-investigations" not in fired(matcher, title, text)


def test_a_trial_for_torture_with_a_deportation_angle_still_counts(matcher: Matcher) -> None:
    assert "accountability-investigations" in fired(
        matcher,
        "Austria tries former Syrian officer it had planned to deport",
        "Prosecutors accuse him of torture of detainees at an intelligence branch in Raqqa.",
    )


# Blocking told as history, in an item whose headline is about something else, is a
# passing mention; the same words about today's vote still fire.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Aid trucks return to Idlib after winter storms close the road",
            "The convoy used the one crossing left open; the others were closed after earlier "
            "vetoes by Russia.",
        ),
        (
            "New ICC registrar sworn in at The Hague",
            "The court still cannot look into Syria, after a referral was vetoed in 2014.",
        ),
        (
            "Syria talks in Geneva end without a date for the next round",
            "The envoy has little leverage given divisions among Council members on Syria "
            "that have lasted a decade.",
        ),
    ],
)
def test_blocking_told_as_history_is_a_passing_mention(
    matcher: Matcher, title: str, text: str
) -> None:
    assert "stop-veto-obstruction" not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Paris regrets 'a dark day' for Syrian victims",
            "The minister said the bid to bring the crimes before the court had been blocked "
            "by two vetoes.",
        ),
        (
            "Russia vetoes Syria aid text for the third time",
            "Moscow had vetoed two previous versions of the draft earlier this year.",
        ),
    ],
)
def test_todays_blocking_still_fires_beside_history(
    matcher: Matcher, title: str, text: str
) -> None:
    assert "stop-veto-obstruction" in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Beijing says it cannot back Syria truce draft as written",
            "China wants an exemption for counter-terrorism operations in Idlib.",
        ),
        (
            "Хан-Шейхун: проект не прошел в СБ ООН",
            "Против выступили Россия и Боливия, проект по Сирии не принят.",
        ),
        (
            "Syrien-Hilfe: Mandat läuft aus",
            "Russland stimmte als einziges Ratsmitglied gegen den Entwurf für Syrien.",
        ),
    ],
)
def test_refusals_and_votes_against_in_several_wordings_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert "stop-veto-obstruction" in fired(matcher, title, text)


def test_a_minister_opposing_an_embargo_is_not_a_veto(matcher: Matcher) -> None:
    # Russian is matched on stems: "выступает против" must not read as a tally's
    # "против выступили".
    assert "stop-veto-obstruction" not in fired(
        matcher,
        "Россия выступает против эмбарго на поставки оружия Сирии",
        "Министр заявил, что такое решение было бы несправедливым.",
    )


def test_critics_words_in_a_diplomacy_item_are_not_accountability(matcher: Matcher) -> None:
    assert "accountability-investigations" not in fired(
        matcher,
        "Oman reopens its embassy in Damascus",
        "The ambassador arrived on Sunday. Exiled opposition figures said the step rewarded "
        "a government accused of war crimes.",
    )


def test_a_diplomacy_headline_about_impunity_still_counts(matcher: Matcher) -> None:
    assert "accountability-investigations" in fired(
        matcher,
        "Normalisation with Damascus must not bury accountability for war crimes",
        "Rights groups urged governments restoring ties with Syria to back the evidence mechanism.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria again ignores UN commission's request to visit",
            "The commission of inquiry said it was still waiting for permission to enter the "
            "country, its chair told diplomats in Geneva.",
        ),
        (
            "Damas refuse l'entrée aux enquêteurs de l'ONU",
            "Les demandes de visa de l'équipe sont restées sans réponse, selon Genève.",
        ),
    ],
)
def test_investigators_kept_out_are_access_and_the_investigation(
    matcher: Matcher, title: str, text: str
) -> None:
    # Session 43's rule (tests/eval/README.md): an investigating team's access carries
    # accountability as well as access; until then these read as access alone.
    got = fired(matcher, title, text)
    assert "monitor-access" in got
    assert "accountability-investigations" in got


def test_investigators_kept_out_who_report_findings_are_both(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "UN commission, barred from Syria, finds detainees were tortured",
        "Investigators still refused entry said testimony from survivors showed torture in "
        "detention centres.",
    )
    assert {"monitor-access", "accountability-investigations"} <= got
