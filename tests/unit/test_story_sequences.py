"""Whole developments as a run sees them, written for these tests in several registers and
languages: the pre-vote post, the vote's coverage, the reactions and the voting record one
story; and developments a day apart that stay apart. Each item is one poll (``polled``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial

from demandwatch.core.stories import Candidate, Story, assign_polled, cited_documents
from demandwatch.core.symbols import find_symbols
from demandwatch.store.codec import story_from_json, story_to_json
from story_support import candidate, polled

CHINA_RUSSIA = frozenset({"China", "Russian Federation"})
# A Thursday: the vote at 10:00 in New York.
VOTE = datetime(2012, 7, 19, 14, 30, tzinfo=UTC)


def _item(alert: str, title: str, event: str, at: datetime, text: str, **keys: object) -> Candidate:
    """An alert of the veto demand, its symbols found in its text as a run finds them."""
    return candidate(
        alert,
        title,
        event,
        at,
        demand="stop-veto-obstruction",
        text=text,
        symbols=find_symbols(f"{title}\n{text}"),
        **keys,  # type: ignore[arg-type]
    )


item = partial(_item)


def _one(stories: list[Story]) -> bool:
    return len({story.id for story in stories}) == 1


def test_a_report_or_letter_cited_is_no_draft() -> None:
    assert cited_documents(
        "Syria: Vote on Draft Resolution",
        "The Council will vote on a draft resolution (S/2012/538). The Secretary-General's "
        "report (S/2012/523) set out the options; the League's letter (S/2012/71) asked for it.",
    ) == {"S/2012/523", "S/2012/71"}
    # Named as the draft anywhere, it is the draft wherever else it is cited.
    assert not cited_documents("", "The report on the draft (S/2012/538); see S/2012/538.")
    assert cited_documents("Draft resolution S/2012/538 : vote", "Voting record.") == set()
    for text in (
        "Le rapport du Secrétaire général (S/2012/523) présente les options.",
        "El informe del Secretario General (S/2012/523) expone las opciones.",
        "Der Bericht des Generalsekretärs (S/2012/523) nennt die Optionen.",
        "Доклад Генерального секретаря (S/2012/523) содержит варианты.",
        "وعرض تقرير الأمين العام (S/2012/523) الخيارات.",
    ):
        assert cited_documents("", text) == {"S/2012/523"}, text
    for text in (
        "Le projet de résolution (S/2012/538) menaçait de sanctions.",
        "El proyecto de resolución S/2012/538 fue vetado.",
        "Der Resolutionsentwurf S/2012/538 scheiterte.",
        "Проект резолюции S/2012/538 не был принят.",
        "مشروع القرار S/2012/538 لم يعتمد.",
    ):
        assert not cited_documents("", text), text


def _sanctions_veto(preview_text: str) -> list[Candidate]:
    """What's in Blue the evening before, the wire, the release naming the draft, UN News,
    an NGO's reaction and the Digital Library's record a week on."""
    return [
        item(
            "wib",
            "Syria: Vote on UNSMIS Draft Resolution",
            "vote_scheduled",
            VOTE - timedelta(hours=17),
            preview_text,
            vote_date=VOTE.date(),
        ),
        item(
            "wire",
            "Russia, China veto U.N. Syria resolution for third time",
            "veto",
            VOTE + timedelta(minutes=50),
            "Russia and China on Thursday vetoed a Western-backed Security Council resolution "
            "threatening Syrian authorities with sanctions.",
            vetoers=CHINA_RUSSIA,
            vote_date=VOTE.date(),
        ),
        item(
            "release",
            "Security Council Fails to Adopt Draft Resolution on Syria That Would Have "
            "Threatened Sanctions, Due to Negative Votes of China, Russian Federation",
            "veto",
            VOTE + timedelta(hours=3),
            "SC/10714. The draft resolution (S/2012/538) received 11 votes in favour to 2 "
            "against (China, Russian Federation), with 2 abstentions (Pakistan, South Africa).",
            vetoers=CHINA_RUSSIA,
            tally="11-2-2",
        ),
        item(
            "unnews",
            "Russia and China block Security Council action on Syria",
            "veto",
            VOTE + timedelta(hours=4),
            "A draft resolution threatening sanctions against Syria was not adopted today after "
            "two permanent members voted against it.",
            vetoers=CHINA_RUSSIA,
        ),
        item(
            "ngo",
            "Third double veto betrays Syrians again",
            "statement",
            VOTE + timedelta(hours=7),
            "By vetoing the sanctions threat once more, Russia and China told Damascus it can "
            "keep shelling towns, the group said.",
        ),
        item(
            "record",
            "Draft resolution S/2012/538 : vote",
            "veto",
            VOTE + timedelta(days=7),
            "Voting record. Yes: 11 | No: 2 (China, Russian Federation) | Abstentions: 2 "
            "(Pakistan, South Africa).",
            vetoers=CHINA_RUSSIA,
            tally="11-2-2",
        ),
    ]


def test_a_preview_citing_the_secretary_generals_report_is_the_vetoed_drafts_story() -> None:
    # The pre-vote post recalls the report the draft answers; the release names the draft.
    # One vote decides one draft, but the report is no second draft: one story, record too.
    stories = polled(
        *_sanctions_veto(
            "Tomorrow morning (19 July) the Council is scheduled to vote on a draft resolution, "
            "penned by the UK, renewing UNSMIS under Chapter VII and threatening sanctions. The "
            "Secretary-General's report (S/2012/523) set out options for the mission's future."
        )
    )
    assert _one(stories)


def test_a_preview_naming_another_draft_is_still_another_vote() -> None:
    # The post that names its own draft (S/2012/547, the rival text) is that draft's vote.
    wib, *coverage = _sanctions_veto(
        "Tomorrow morning (19 July) the Council is scheduled to vote on the Russian draft "
        "resolution (S/2012/547) renewing UNSMIS for three months without sanctions."
    )
    first, *rest = polled(wib, *coverage[1:3])
    assert first.id not in {story.id for story in rest}


def test_a_preview_citing_a_letter_joins_releases_in_other_languages() -> None:
    # An English wire recalls the League's letter; French, Spanish and Arabic reports name the
    # draft, and share no word as written with the wire.
    day = datetime(2012, 2, 4, 15, tzinfo=UTC)
    stories = polled(
        item(
            "wire-pre",
            "U.N. council to vote Saturday on Arab plan for Syria",
            "vote_scheduled",
            day - timedelta(hours=4),
            "The Security Council will vote on Saturday on a Moroccan draft backing the Arab "
            "League plan set out in its letter (S/2012/71), diplomats said.",
            vote_date=day.date(),
        ),
        item(
            "fr",
            "Syrie : la Russie et la Chine bloquent le projet de résolution S/2012/77",
            "veto",
            day + timedelta(hours=1),
            "Le projet de résolution S/2012/77, soutenant le plan de la Ligue arabe, a recueilli "
            "13 voix pour et 2 contre (Chine, Fédération de Russie).",
            vetoers=CHINA_RUSSIA,
            tally="13-2-0",
        ),
        item(
            "es",
            "Rusia y China vetan el proyecto de resolución S/2012/77 sobre Siria",
            "veto",
            day + timedelta(hours=2),
            "El proyecto S/2012/77 obtuvo 13 votos a favor y 2 en contra.",
            vetoers=CHINA_RUSSIA,
            tally="13-2-0",
        ),
        item(
            "ar",
            "فيتو روسي صيني ضد مشروع القرار S/2012/77 بشأن سوريا",
            "veto",
            day + timedelta(hours=3),
            "استخدمت روسيا والصين حق النقض ضد مشروع القرار S/2012/77 الداعم لخطة الجامعة العربية.",
            vetoers=CHINA_RUSSIA,
            tally="13-2-0",
        ),
    )
    assert _one(stories)


def test_the_next_days_vote_stays_apart_however_its_preview_cites_the_same_report() -> None:
    # Thursday's veto of the sanctions draft, and Friday's rollover of the mission: both
    # previews cite the Secretary-General's report, the rollover's release names its own draft.
    veto = _sanctions_veto(
        "Tomorrow morning (19 July) the Council is scheduled to vote on a draft resolution "
        "threatening sanctions. The Secretary-General's report (S/2012/523) set out options."
    )
    friday = VOTE + timedelta(days=1)
    rollover = [
        item(
            "wib-2",
            "Syria: Vote on Final UNSMIS Extension",
            "vote_scheduled",
            friday - timedelta(hours=4),
            "This morning (20 July) the Council is expected to adopt a draft extending UNSMIS "
            "for a final 30 days, one of the options in the report (S/2012/523).",
            vote_date=friday.date(),
        ),
        item(
            "adopted",
            "Security Council Extends Syria Mission for Final 30 Days, Unanimously Adopting "
            "Resolution 2059 (2012)",
            "resolution_adopted",
            friday + timedelta(hours=2),
            "SC/10720. Acting on the draft resolution (S/2012/559), the Council extended UNSMIS "
            "for a final period of 30 days.",
            tally="15-0-0",
        ),
    ]
    stories = polled(*veto[:5], *rollover)
    assert _one(stories[:5])
    assert _one(stories[5:])
    assert stories[0].id != stories[5].id


def test_a_story_stored_before_it_kept_cited_documents_reads_them_as_drafts() -> None:
    # A story saved before the field existed has none: as before, every document it names
    # counts, and the release naming another draft starts its own story.
    wib, _, release, *_ = _sanctions_veto(
        "Tomorrow morning (19 July) the Council is scheduled to vote on a draft resolution. "
        "The Secretary-General's report (S/2012/523) set out options."
    )
    saved: dict[str, Story] = {}
    story = assign_polled(saved, wib)
    assert story.background == ("S/2012/523",)
    assert story_from_json(story_to_json(story)) == story
    old = replace(story, background=())
    saved = {old.id: old}
    assert assign_polled(saved, release).id != old.id


# PROBE s13 P4: the Commission of Inquiry's report, the Office's access incident the same
# hour, and the High Commissioner's call for a referral to the Court (the tester's own texts).
COI_DAY = datetime(2026, 12, 1, 19, 50, tzinfo=UTC)


def _off_the_votes(
    alert: str, title: str, event: str, minutes: int, text: str, demands: tuple[str, ...]
) -> Candidate:
    cand = _item(alert, title, event, COI_DAY + timedelta(minutes=minutes), text)
    return replace(cand, demands=demands)


def _coi_morning() -> list[Candidate]:
    return [
        _off_the_votes(
            "coi",
            "Commission of Inquiry on Syria finds systematic torture in detention facilites",
            "report",
            0,
            "The Independent International Commission of Inquiry on the Syrian Arab Republic "
            "today published a report documenting systematic torture in government detention "
            "facilities, and called for access for independent monitors.",
            ("monitor-access", "accountability-investigations"),
        ),
        _off_the_votes(
            "sednaya",
            "Syria: UN monitors denied access to Sednaya prison, OHCHR says",
            "other",
            1,
            "UN human rights monitors were denied access to Sednaya prison, the High "
            "Commissioner for Human Rights said, calling for unfettered access for independent "
            "monitors.",
            ("monitor-access",),
        ),
    ]


def test_a_call_on_another_demand_is_not_the_reports_story() -> None:
    hc = _off_the_votes(
        "hc",
        "UN rights chief urges Security Council to refer Syria to ICC",
        "statement",
        2,
        "The High Commissioner for Human Rights today urged the Security Council to refer the "
        "situation in Syria to the International Criminal Court.",
        ("icc-referral",),
    )
    *morning, call = polled(*_coi_morning(), hc)
    assert call.id not in {story.id for story in morning}


def test_a_reaction_to_the_report_on_its_demand_joins_it() -> None:
    ngo = _off_the_votes(
        "ngo",
        "Syria: UN inquiry's torture findings demand accountability",
        "statement",
        90,
        "The commission of inquiry's report on systematic torture in detention facilities must "
        "lead to prosecutions, Amnesty International said, urging states to support "
        "investigations.",
        ("accountability-investigations",),
    )
    report, _, reaction = polled(*_coi_morning(), ngo)
    assert reaction.id == report.id


def test_a_record_finds_its_vote_whose_story_cites_only_a_report() -> None:
    # The release names no draft (only its press code), the pre-vote post cited the
    # Secretary-General's report: the record of S/2012/538 a week on, and the catalogue's
    # record naming no symbol at all eighteen days on, are still that vote's, the one veto
    # by China and Russia with its totals in the weeks a record may take.
    wib, wire, release, _, _, record = _sanctions_veto(
        "Tomorrow morning (19 July) the Council is scheduled to vote on a draft resolution "
        "threatening sanctions. The Secretary-General's report (S/2012/523) set out options."
    )
    bare = _item(
        "release-code-only",
        release.item.title,
        "veto",
        release.item.published,
        "SC/10714. The draft received 11 votes in favour to 2 against (China, Russian "
        "Federation), with 2 abstentions (Pakistan, South Africa).",
        vetoers=CHINA_RUSSIA,
        tally="11-2-2",
    )
    catalogue = _item(
        "catalogue",
        "United Kingdom of Great Britain and Northern Ireland [et al.]: draft resolution [on "
        "the situation in the Syrian Arab Republic] : Security Council vote",
        "veto",
        VOTE + timedelta(days=18),
        "Recorded vote. In favour: 11. Against: 2 (China, Russian Federation). Abstentions: 2.",
        vetoers=CHINA_RUSSIA,
        tally="11-2-2",
    )
    assert _one(polled(wib, wire, bare, record, catalogue))


def test_news_of_the_morning_naming_the_vote_announced_for_today_is_its_preview() -> None:
    # What's in Blue the evening before dates the vote; a wire the next morning (before the
    # Council meets) says the Council "was expected to approve" the resolution, which the
    # events read as other news. It names the vote and counts no ballots: the day's preview,
    # and the adoption's coverage joins the one story.
    saturday = datetime(2012, 4, 14, 14, 45, tzinfo=UTC)
    adoption = (
        "The Security Council unanimously approved the dispatch of an advance team of unarmed "
        "observers to monitor the cessation of violence in Syria."
    )
    stories = polled(
        item(
            "wib",
            "Syria: Vote on Advance Team of Observers",
            "vote_scheduled",
            saturday - timedelta(hours=17),
            "Tomorrow morning the Council is expected to adopt a draft resolution authorising an "
            "advance team of up to 30 unarmed military observers to monitor the cessation of "
            "violence.",
            vote_date=saturday.date(),
        ),
        item(
            "wire-morning",
            "U.N. council expected to approve Syria monitoring mission on Saturday",
            "other",
            saturday - timedelta(hours=3, minutes=40),
            "The Security Council was expected to approve a resolution sending an advance team of "
            "observers to Syria later on Saturday, envoys said.",
        ),
        item(
            "wire",
            "U.N. approves Syria observer team",
            "resolution_adopted",
            saturday + timedelta(minutes=25),
            adoption,
        ),
        item(
            "unnews",
            "Security Council authorizes advance team of UN observers for Syria",
            "resolution_adopted",
            saturday + timedelta(hours=2),
            adoption,
        ),
    )
    assert _one(stories)


def test_amendments_failing_beside_an_adoption_stay_apart() -> None:
    # Read as other news naming the text, counting no ballots: the Russian amendments that
    # failed an hour before the renewal was adopted are not the adoption's coverage.
    day = datetime(2020, 7, 11, 16, 10, tzinfo=UTC)
    wire, amendments, unnews = polled(
        item(
            "wire",
            "U.N. Security Council renews Syria aid through one crossing",
            "resolution_adopted",
            day,
            "The Security Council on Saturday adopted a resolution extending cross-border aid "
            "deliveries into Syria for a year through the Bab al-Hawa crossing.",
            vote_date=day.date(),
        ),
        item(
            "amendments",
            "Russian amendments to Syria aid text rejected",
            "other",
            day + timedelta(minutes=30),
            "Earlier, Russian amendments to the draft that would have cut the aid mandate to six "
            "months failed to gain enough support in the Council.",
        ),
        item(
            "unnews",
            "Security Council extends cross-border aid authorization for Syria",
            "resolution_adopted",
            day + timedelta(hours=2),
            "The Council adopted resolution 2533 (2020), Russia, China and the Dominican Republic "
            "abstaining.",
        ),
    )
    assert wire.id == unnews.id
    assert amendments.id != wire.id


def test_a_veto_told_in_six_languages_is_one_story_with_its_previews() -> None:
    # What's in Blue the evening before, Spanish and German previews the morning of the vote,
    # then the veto reported in English, French, Russian, Arabic and German, and an aid
    # group's reaction: the cross-border aid veto of Friday 20 December 2019.
    friday = datetime(2019, 12, 20, 16, 40, tzinfo=UTC)
    vetoers = CHINA_RUSSIA
    day = friday.date()

    def at(hours: float) -> datetime:
        return friday + timedelta(hours=hours)

    stories = polled(
        item(
            "wib",
            "Syria: Vote on Cross-Border Humanitarian Draft Resolution",
            "vote_scheduled",
            at(-18.5),
            "Tomorrow morning (20 December) the Council is scheduled to vote on a draft "
            "resolution, penned by Belgium, Germany and Kuwait, renewing the cross-border aid "
            "mechanism for twelve months.",
            vote_date=day,
        ),
        item(
            "es-pre",
            "El Consejo de Seguridad vota hoy la renovación de la ayuda transfronteriza a Siria",
            "vote_scheduled",
            at(-7),
            "El Consejo de Seguridad someterá a votación este viernes un proyecto de Bélgica, "
            "Alemania y Kuwait para prorrogar un año la entrega de ayuda a través de la frontera.",
            vote_date=day,
        ),
        item(
            "de-pre",
            "Sicherheitsrat stimmt über Syrien-Hilfe über die Grenze ab",
            "vote_scheduled",
            at(-6.5),
            "Der UN-Sicherheitsrat stimmt am Freitag über einen Entwurf Deutschlands, Belgiens und "
            "Kuwaits ab, der die grenzüberschreitende Hilfe für ein Jahr verlängern soll.",
            vote_date=day,
        ),
        item(
            "wire",
            "Russia, China veto U.N. cross-border aid for Syria",
            "veto",
            at(0),
            "Russia and China on Friday vetoed a Security Council resolution that would have "
            "extended cross-border humanitarian aid deliveries into Syria for a year.",
            vetoers=vetoers,
            vote_date=day,
        ),
        item(
            "fr",
            "Syrie : veto russe et chinois à l'aide transfrontalière de l'ONU",
            "veto",
            at(0.4),
            "La Russie et la Chine ont opposé vendredi leur veto à un projet de résolution "
            "prolongeant d'un an l'acheminement de l'aide humanitaire transfrontalière en Syrie.",
            vetoers=vetoers,
            vote_date=day,
        ),
        item(
            "ru",
            "Россия и Китай заблокировали в СБ ООН резолюцию о трансграничной помощи Сирии",
            "veto",
            at(0.8),
            "Россия и Китай в пятницу наложили вето на проект резолюции о продлении "
            "трансграничного механизма доставки помощи в Сирию.",
            vetoers=vetoers,
            vote_date=day,
        ),
        item(
            "ar",
            "فيتو روسي صيني ضد تمديد إدخال المساعدات إلى سوريا عبر الحدود",
            "veto",
            at(1.3),
            "استخدمت روسيا والصين الجمعة حق النقض ضد مشروع قرار في مجلس الأمن لتمديد آلية إدخال "
            "المساعدات الإنسانية عبر الحدود إلى سوريا لمدة عام.",
            vetoers=vetoers,
        ),
        item(
            "ngo",
            "Veto puts lifeline for millions of Syrians at risk",
            "statement",
            at(2.8),
            "Aid agencies warned that four million people in the northwest depend on deliveries "
            "across the border, after Moscow and Beijing blocked the renewal today.",
        ),
        item(
            "de",
            "Veto gegen UN-Hilfe für Syrien: Russland und China blockieren Verlängerung",
            "veto",
            at(3.5),
            "Russland und China haben am Freitag im Sicherheitsrat ein Veto gegen die Verlängerung "
            "der grenzüberschreitenden Hilfe eingelegt.",
            vetoers=vetoers,
            vote_date=day,
        ),
    )
    assert _one(stories)


def test_thursdays_veto_and_fridays_rollover_stay_two_stories() -> None:
    # Two votes a day apart on the same mission, each with its pre-vote post: the sanctions
    # veto on Thursday 19 July 2012 and the final 30-day extension on Friday.
    friday = VOTE + timedelta(days=1)
    wib, veto, preview, adoption = polled(
        item(
            "wib",
            "Syria: Vote on Draft Resolution on Sanctions",
            "vote_scheduled",
            VOTE - timedelta(hours=17),
            "Tomorrow morning (19 July) the Council is scheduled to vote on a draft resolution "
            "under Chapter VII threatening sanctions if heavy weapons are not withdrawn.",
            vote_date=VOTE.date(),
        ),
        item(
            "veto",
            "Russia, China veto Syria sanctions threat for third time",
            "veto",
            VOTE + timedelta(hours=1),
            "Russia and China on Thursday vetoed a Western resolution that threatened Damascus "
            "with sanctions; 11 members voted in favour.",
            vetoers=CHINA_RUSSIA,
            vote_date=VOTE.date(),
        ),
        item(
            "preview",
            "U.N. council to vote Friday on rollover of Syria monitors",
            "vote_scheduled",
            friday - timedelta(hours=5),
            "The Security Council will vote later on Friday on a short extension of the observer "
            "mission in Syria, whose mandate expires at midnight, diplomats said.",
            vote_date=friday.date(),
        ),
        item(
            "adoption",
            "U.N. extends Syria observer mission for final 30 days",
            "resolution_adopted",
            friday + timedelta(hours=1),
            "The Security Council unanimously voted on Friday to extend the U.N. observer mission "
            "in Syria for a final 30 days.",
            vote_date=friday.date(),
            tally="15-0-0",
        ),
    )
    assert wib.id == veto.id
    assert preview.id == adoption.id
    assert wib.id != preview.id


def test_a_reaction_naming_the_veto_the_next_afternoon_goes_to_the_veto_not_the_rival() -> None:
    # The ICC referral vetoed on Tuesday, Russia's rival text on national courts short of
    # votes minutes later; on Wednesday afternoon victims' groups, in Spanish, deplore the
    # Russian veto and ask European courts to speed up trials. The rival's story shares the
    # courts; the reaction names the veto.
    tuesday = datetime(2026, 6, 9, 15, 40, tzinfo=UTC)
    russia = frozenset({"Russian Federation"})
    wib, veto, rival, reaction = polled(
        item(
            "wib",
            "Syria: Vote on Referral to the International Criminal Court",
            "vote_scheduled",
            tuesday - timedelta(hours=18),
            "Tomorrow morning (9 June) the Council is scheduled to vote on a draft referring the "
            "situation in Syria to the International Criminal Court. Russia has said it will veto "
            "it and has circulated a text of its own on national courts.",
            vote_date=tuesday.date(),
        ),
        item(
            "veto",
            "Russia vetoes U.N. referral of Syria to war crimes court",
            "veto",
            tuesday,
            "Russia on Tuesday vetoed a resolution referring Syria to the International Criminal "
            "Court; thirteen members voted in favour and China abstained.",
            vetoers=russia,
            vote_date=tuesday.date(),
        ),
        item(
            "rival",
            "Russian text backing Syrian courts falls short",
            "other",
            tuesday + timedelta(minutes=25),
            "Minutes later a Russian draft supporting trials in national courts instead of the "
            "ICC won three votes in favour, with seven against and five abstentions.",
            tally="3-7-5",
        ),
        item(
            "reaction",
            "Víctimas sirias lamentan el veto ruso a la remisión a la CPI",
            "statement",
            tuesday + timedelta(hours=23),
            "Una coalición de asociaciones de víctimas afirmó que el veto de Rusia prolonga la "
            "impunidad y pidió a los tribunales europeos acelerar los juicios.",
        ),
    )
    assert wib.id == veto.id
    assert rival.id != veto.id
    assert reaction.id == veto.id
