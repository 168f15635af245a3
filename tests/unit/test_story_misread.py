"""Coverage of a vote that the events read as other news or as a meeting still joins the vote
of its day when the day and the words say so (README of tests/eval: one development is one
story across registers), but not the news of another development that day or the next."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from demandwatch.core.stories import (
    Candidate,
    Story,
    StoryClusterer,
    names_rival_draft,
)
from story_support import candidate, polled

# A Thursday: the vote at 11:00 in New York.
VOTE = datetime(2026, 5, 21, 15, tzinfo=UTC)
BOTH = frozenset({"China", "Russian Federation"})


# An alert of this file's demand (see ``candidate``).
item = partial(candidate, demand="icc-referral")


def preview() -> Candidate:
    return item(
        "wib",
        "Syria: Vote on Draft Referring the Situation to the Criminal Court",
        "vote_scheduled",
        VOTE - timedelta(hours=18),
        text="The Council is expected to vote tomorrow morning on the French draft referring "
        "the situation in Syria to the International Criminal Court. Russia and China have "
        "said they will vote against it.",
        vote_date=VOTE.date(),
    )


def vetoed(at: datetime = VOTE + timedelta(minutes=40)) -> Candidate:
    return item(
        "unnews",
        "Russia and China block Council referral of Syria to the International Criminal Court",
        "veto",
        at,
        text="The French draft referring Syria to the criminal court was not adopted after two "
        "permanent members voted against it.",
        vetoers=BOTH,
        vote_date=VOTE.date(),
    )


def test_a_veto_report_read_as_other_news_joins_the_veto_of_its_day() -> None:
    # Its headline names the vetoing members and the text; it counts no votes.
    misread = item(
        "wire",
        "Moscow and Beijing sink French court text on Syria",
        "other",
        VOTE + timedelta(hours=2),
        text="The French draft sending Syria to the International Criminal Court fell when "
        "Russia and China raised their hands against it.",
    )
    first, _, story = polled(preview(), vetoed(), misread)
    assert story.id == first.id
    # The next morning too (the vote's day in New York).
    late = item(
        "news",
        "West rounds on Moscow and Beijing after court referral text fails",
        "other",
        VOTE + timedelta(hours=16),
        text="Western envoys said the vote against the referral to the criminal court left "
        "Syria's victims without justice.",
    )
    first, _, story = polled(preview(), vetoed(), late)
    assert story.id == first.id


def test_news_of_the_vote_read_as_other_before_the_outcome_joins_the_announced_vote() -> None:
    # An hour into the meeting, before any report of the veto: the vote announced for today.
    early = item(
        "wire",
        "Syria war crimes referral text dies in Security Council",
        "other",
        VOTE + timedelta(minutes=10),
        text="The attempt to refer Syria to the International Criminal Court died in the "
        "Council when two permanent members voted no.",
    )
    dsg = item(
        "dsg",
        "Deputy Secretary-General's remarks to the Security Council on the referral of Syria "
        "to the International Criminal Court",
        "meeting",
        VOTE - timedelta(minutes=30),
        text="Speaking before the vote, the Deputy Secretary-General said the Syrian people "
        "had a right to justice.",
    )
    first, opened, story, after = polled(preview(), dsg, early, vetoed())
    assert opened.id == story.id == after.id == first.id


def test_other_news_of_the_day_is_not_the_vote() -> None:
    # A rival text short of votes (it counts them, or says it is a rival), another organ's
    # debate, a consequence the next day naming no member, news of another day, and news
    # that names no vote: each stays apart from the veto.
    others = [
        item(
            "rival",
            "Russian text on Syria justice falls short at the Council",
            "other",
            VOTE + timedelta(hours=1),
            text="Moscow's draft on the criminal court won only four votes, with nine against.",
        ),
        item(
            "rival2",
            "Russia and China push own text on Syria court referral",
            "other",
            VOTE + timedelta(hours=1),
            text="Their rival draft on the criminal court was not put to a vote.",
        ),
        item(
            "assembly",
            "General Assembly to debate Russian and Chinese veto of court text",
            "meeting",
            VOTE + timedelta(hours=3),
            text="The Assembly will meet under its veto initiative on the referral text.",
        ),
        item(
            "winds-down",
            "Court referral campaign winds down after vote",
            "other",
            VOTE + timedelta(hours=20),
            text="Groups backing the referral to the criminal court said the text's defeat ended "
            "their campaign at the Council.",
        ),
        item(
            "attack",
            "Russia and China condemn shelling near Syria court witnesses",
            "other",
            VOTE + timedelta(hours=2),
            text="Russia and China condemned shelling of a town where witnesses to crimes "
            "referred to the criminal court live.",
        ),
    ]
    for other in others:
        first, _, story = polled(preview(), vetoed(), other)
        assert story.id != first.id, other.item.alert_id
    # The next afternoon is the next day's news, however close to the evening's reactions.
    reaction = item(
        "ngo",
        "Russia and China shield Syria's war criminals from the court",
        "statement",
        VOTE + timedelta(hours=10),
        text="Rights groups condemned the vote against the referral text.",
    )
    next_day = item(
        "next-day",
        "Moscow and Beijing defend vote against court text",
        "other",
        VOTE + timedelta(hours=23, minutes=30),
        text="Russia and China said the referral text to the criminal court would have "
        "harmed peace talks.",
    )
    first, _, joined, story = polled(preview(), vetoed(), reaction, next_day)
    assert joined.id == first.id
    assert story.id != first.id
    # The day decides, not which stories the index offers: so with every story offered.
    every = EveryStory()
    first, _ = every.assign(preview())
    for cand in (vetoed(), reaction):
        every.assign(cand)
    assert every.assign(next_day)[0].id != first.id


class EveryStory(StoryClusterer):
    """Every story a candidate, as the index-free clusterer of test_story_index."""

    def _candidates(self, cand: Candidate, reacted: str | None) -> list[Story]:
        return list(self.stories.values())


def test_a_record_dated_in_its_headline_and_naming_no_draft_joins_its_vote() -> None:
    # The Digital Library's "... : Security Council voting data, 21 May 2026", naming no
    # symbol, joins the vote whose story named the draft by its symbol.
    named = item(
        "release",
        "Security Council fails to refer Syria to International Criminal Court, as China, "
        "Russian Federation vote against draft S/2026/348",
        "veto",
        VOTE + timedelta(hours=2),
        text="The draft received 13 votes in favour and 2 against.",
        vetoers=BOTH,
        vote_date=VOTE.date(),
        tally="13-2-0",
    )
    named = Candidate(**{**named.__dict__, "symbols": ("S/2026/348",)})
    record = item(
        "undl",
        "The situation in the Middle East : draft resolution / France [et al.] : Security "
        "Council voting data, 21 May 2026",
        "veto",
        VOTE + timedelta(days=13),
        text="Yes: 13. No: 2 (China, Russian Federation). Abstentions: 0. Draft resolution not "
        "adopted owing to the negative vote of permanent members of the Council.",
    )
    assert record.record is not None
    # A misread NGO call days before, read as a veto naming nobody, is another story the
    # record could be of by its words alone: the stated keys choose.
    call = item(
        "ngo",
        "Council must back the referral of Syria to the criminal court, groups say",
        "veto",
        VOTE - timedelta(days=6),
        text="Rights groups urged members to back the French draft and not to veto it.",
    )
    first, vote, late = polled(call, named, record)
    assert first.id != vote.id
    assert late.id == vote.id


def test_a_rival_draft_is_named_in_every_language() -> None:
    for title in (
        "Russlands Gegenentwurf zu Duma findet keine Mehrheit",
        "El contraproyecto ruso sobre Duma no obtiene los votos necesarios",
        "Rusia presenta un proyecto alternativo sobre Duma",
        "Альтернативный проект России по Думе не набрал голосов",
    ):
        assert names_rival_draft(title, ""), title
    assert not names_rival_draft("Moskau droht mit Veto gegen den Entwurf", "")


def test_a_veto_report_read_as_other_news_first_is_the_veto_s_story() -> None:
    # The first report of the vote of the day is read as other news, counting no votes (a
    # consequence-first lede): the veto's reports join it (its story is the veto's), as they
    # would the other way round; before, the veto could not join a story of other news.
    misread = item(
        "ruwire",
        "Syrian referral to the criminal court ends with Moscow and Beijing's no",
        "other",
        VOTE + timedelta(minutes=20),
        text="The French resolution sending Syria to the International Criminal Court will not "
        "go ahead after Moscow and Beijing opposed it in the Council.",
    )
    first, veto, later = polled(misread, vetoed(), vetoed(VOTE + timedelta(hours=3)))
    assert veto.id == first.id
    assert later.id == first.id
    assert [i.event for i in later.items] == ["veto", "veto", "veto"]


def test_news_counting_a_rival_text_s_votes_first_is_not_the_veto_s_story() -> None:
    # The rival text short of votes at the same meeting counts its ballots: its own story.
    rival = item(
        "rival",
        "Russian text on Syria court falls short in the Council",
        "other",
        VOTE + timedelta(minutes=20),
        text="Russia's own draft on the International Criminal Court won 4 votes in favour, "
        "with 7 against and 4 abstentions.",
    )
    counted, veto = polled(rival, vetoed())
    assert veto.id != counted.id
    # Other news of the day naming no vote: its own story too.
    verdict = item(
        "court",
        "Koblenz court convicts Syrian officer of crimes against humanity",
        "other",
        VOTE + timedelta(minutes=20),
        text="The court sentenced the former officer to life in prison.",
    )
    news, veto = polled(verdict, vetoed())
    assert veto.id != news.id


# An adoption of the same Thursday (see ``VOTE``): the Council renewing an attribution team.
adoption_item = partial(candidate, demand="accountability-investigations")


def adopted(at: datetime = VOTE + timedelta(minutes=45)) -> Candidate:
    return adoption_item(
        "unnews-adopted",
        "Security Council extends Syria chemical attacks attribution team by one year",
        "resolution_adopted",
        at,
        text="The Security Council unanimously adopted a resolution extending the mandate of the "
        "team that identifies those responsible for chemical attacks in Syria.",
    )


def test_an_adoption_report_read_as_other_news_first_is_the_adoption_s_story() -> None:
    # The first report of the adoption is read as other news naming the resolution and no
    # vote (a consequence-first lede): the adoption's reports join it, as misread news joins
    # an adoption the other way round (``_adoption_of_the_day``).
    misread = adoption_item(
        "frwire",
        "Syrie : l'équipe d'attribution des attaques chimiques poursuivra ses enquêtes",
        "other",
        VOTE + timedelta(minutes=20),
        text="L'équipe chargée d'identifier les auteurs des attaques chimiques en Syrie pourra "
        "poursuivre ses enquêtes un an de plus, en vertu d'une résolution du Conseil de sécurité.",
    )
    first, adoption, later = polled(misread, adopted(), adopted(VOTE + timedelta(hours=3)))
    assert adoption.id == first.id
    assert later.id == first.id
    assert [i.event for i in later.items] == ["resolution_adopted"] * 3


def test_another_body_s_decision_the_day_of_an_adoption_is_not_the_adoption_s_story() -> None:
    # The OPCW's Executive Council adopting its draft decision that afternoon names a text and
    # shares the demand and the day: another organ's development (stories-en-2).
    watchdog = adoption_item(
        "opcw",
        "Le Conseil exécutif de l'OIAC adopte le projet de décision sur les attaques en Syrie",
        "other",
        VOTE + timedelta(minutes=20),
        text="Réuni à La Haye, le Conseil exécutif a adopté le projet de décision demandant au "
        "Secrétariat technique d'enquêter sur les attaques chimiques en Syrie.",
    )
    decision, adoption = polled(watchdog, adopted())
    assert adoption.id != decision.id
    # News of the day naming the resolution but sharing no demand with the report: its own.
    unrelated = candidate(
        "aid",
        "Syrie : les convois humanitaires reprennent après la résolution du Conseil",
        "other",
        VOTE + timedelta(minutes=20),
        text="Les convois humanitaires ont repris jeudi vers le nord-ouest de la Syrie.",
        demand="monitor-access",
    )
    aid, adoption = polled(unrelated, adopted())
    assert adoption.id != aid.id


def test_an_adoption_report_read_as_a_report_first_is_the_adoption_s_story() -> None:
    # The lede on what the renewal lets the team do reads like the team's own report: the
    # adoption's reports join it all the same, on the same terms.
    misread = adoption_item(
        "frwire",
        "Syrie : l'équipe d'attribution poursuivra ses enquêtes, selon une résolution",
        "report",
        VOTE + timedelta(minutes=20),
        text="L'équipe chargée d'identifier les auteurs des attaques chimiques en Syrie pourra "
        "poursuivre ses enquêtes un an de plus, en vertu d'une résolution du Conseil de sécurité.",
    )
    first, adoption = polled(misread, adopted())
    assert adoption.id == first.id
    # The team's own report that day, naming no text voted on: its own development.
    own = adoption_item(
        "team",
        "Attribution team reports on two more chemical attacks in Syria",
        "report",
        VOTE + timedelta(minutes=20),
        text="The team identified the units responsible for two attacks in 2017.",
    )
    report, adoption = polled(own, adopted())
    assert adoption.id != report.id


def test_a_veto_report_read_as_other_news_counting_the_ballots_first_is_the_veto_s_story() -> None:
    # The first report counts the ballots and names the veto in its headline ("13 votes in
    # favour and Russia's veto"): the veto's reports join it, as such news joins a veto the
    # other way round (``_misread_veto_news``); a rival text short of votes names no veto.
    misread = item(
        "ruwire",
        "Syria court referral gets 13 votes and a veto from Moscow and Beijing",
        "other",
        VOTE + timedelta(minutes=20),
        text="The French text sending Syria to the International Criminal Court won 13 votes "
        "in favour but fell to the veto of two permanent members.",
    )
    first, veto = polled(misread, vetoed())
    assert veto.id == first.id
    assert [i.event for i in veto.items] == ["veto", "veto"]
