"""The shipped campaign's queries against texts written for this test.

Positives: each demand fires on the kinds of items the bot really reads (UN press releases,
wire copy, NGO releases, French and Arabic coverage). Traps: the known false friends of
DESIGN.md — the International Cricket Council, arms embargoes and asset freezes on other
countries, vetoes on other files, Syrian football — fire no demand at all.

These texts are written independently of the labelled set under tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, AppConfig, load_config
from demandwatch.core.matching import Matcher
from shipped_demands import fired

DEMAND_IDS = (
    "stop-veto-obstruction",
    "arms-embargo",
    "asset-freeze",
    "icc-referral",
    "monitor-access",
    "accountability-investigations",
)


@pytest.fixture(scope="module")
def shipped() -> AppConfig:
    return load_config(SHIPPED_CONFIG_DIR)


def test_the_six_demands_of_the_seed_release_are_shipped(shipped: AppConfig) -> None:
    assert tuple(d.id for d in shipped.demands) == DEMAND_IDS
    assert all(d.status == "active" for d in shipped.demands)


# ------------------------------------------------------------------------ positives

POSITIVES: list[tuple[str, str, str]] = [
    # stop-veto-obstruction
    (
        "stop-veto-obstruction",
        "Security Council Fails to Adopt Draft Resolution on Syria, Owing to Negative Votes "
        "by China, Russian Federation",
        "The Security Council today failed to adopt a draft resolution that would have "
        "demanded an end to all violence in the Syrian Arab Republic. The vote was 13 in "
        "favour to 2 against (China, Russian Federation), with no abstentions.",
    ),
    (
        "stop-veto-obstruction",
        "Russia signals it will veto new Western draft on Syria",
        "Moscow's ambassador told reporters the text was unacceptable and that Russia would "
        "block any resolution that opened the way to intervention in Syria.",
    ),
    (
        "stop-veto-obstruction",
        "Russia and China again shield Damascus at the UN",
        "For the second time in four months, Russia and China vetoed a Security Council "
        "resolution on Syria, leaving the Council paralysed as shelling of Homs went on.",
    ),
    (
        "stop-veto-obstruction",
        "Cross-border aid to Syria lapses after Russian veto",
        "Russia vetoed a nine-month extension of the UN mechanism that sends aid through Bab "
        "al-Hawa, the last crossing from Turkey into north-west Syria.",
    ),
    (
        "stop-veto-obstruction",
        "General Assembly debates Russia's veto on Syria",
        "Under resolution 76/262, the Assembly met within ten working days of the veto cast "
        "on the Syria draft.",
    ),
    (
        "stop-veto-obstruction",
        "La Russie oppose son veto à une résolution sur la Syrie",
        "Moscou et Pékin ont bloqué mardi au Conseil de sécurité un projet de texte "
        "condamnant la répression en Syrie.",
    ),
    (
        "stop-veto-obstruction",
        "روسيا والصين تستخدمان حق النقض ضد مشروع قرار بشأن سوريا",
        "استخدمت روسيا والصين الفيتو في مجلس الأمن لمنع صدور قرار يدين الحكومة السورية.",
    ),
    # arms-embargo
    (
        "arms-embargo",
        "Amnesty urges Security Council to impose arms embargo on Syria",
        "The organization called for a comprehensive arms embargo and for all states to "
        "suspend arms transfers to the government of Bashar al-Assad.",
    ),
    (
        "arms-embargo",
        "Russia says arms sales to Syria will go on",
        "Russia's deputy foreign minister said weapons deliveries to Damascus would continue "
        "under existing contracts, whatever the West decides.",
    ),
    (
        "arms-embargo",
        "Cargo ship suspected of carrying weapons to Syria turns back",
        "The vessel, believed to hold an arms shipment bound for the Syrian port of Tartus, "
        "changed course after its insurer withdrew cover.",
    ),
    (
        "arms-embargo",
        "Embargo sur les armes : Paris plaide pour la Syrie au Conseil",
        "La France demande un embargo sur les armes à destination de la Syrie et l'arrêt "
        "des livraisons d'armes au régime.",
    ),
    (
        "arms-embargo",
        "دعوات لفرض حظر الأسلحة على سوريا",
        "طالبت منظمات حقوقية مجلس الأمن بفرض حظر الأسلحة على سوريا فورا.",
    ),
    # asset-freeze
    (
        "asset-freeze",
        "EU freezes assets of Syrian President Bashar al-Assad",
        "The European Union froze the assets of President Bashar al-Assad and imposed a "
        "travel ban on him and nine senior officials.",
    ),
    (
        "asset-freeze",
        "US Treasury targets Syrian central bank",
        "Washington imposed sanctions on officials of the Central Bank of Syria and froze "
        "any of their assets under US jurisdiction.",
    ),
    (
        "asset-freeze",
        "Swiss freeze funds of Assad's cousin Rami Makhlouf",
        "Swiss authorities said they had frozen 70 million francs belonging to relatives of "
        "the Syrian president.",
    ),
    (
        "asset-freeze",
        "Amnesty: freeze the assets of Assad and senior leaders",
        "The Security Council must freeze the foreign assets of President Bashar al-Assad "
        "and other senior Syrian leaders.",
    ),
    # icc-referral
    (
        "icc-referral",
        "Amnesty urges Security Council to refer Syria to the International Criminal Court",
        "The situation in Syria should be referred to the Prosecutor of the International "
        "Criminal Court without delay, the organization said.",
    ),
    (
        "icc-referral",
        "57 countries ask UN Council to send Syria to ICC",
        "Switzerland delivered a letter signed by 57 states asking the Council to refer the "
        "situation in Syria to the ICC.",
    ),
    (
        "icc-referral",
        "Russia and China veto Syria ICC referral",
        "A French draft that would have referred the situation in Syria to the International "
        "Criminal Court was vetoed on Thursday.",
    ),
    (
        "icc-referral",
        "La France veut saisir la Cour pénale internationale sur la Syrie",
        "Paris souhaite que la situation en Syrie soit déférée à la Cour pénale internationale.",
    ),
    (
        "icc-referral",
        "دعوة لإحالة ملف سوريا إلى المحكمة الجنائية الدولية",
        "طالبت منظمة العفو الدولية بإحالة الوضع في سوريا إلى المحكمة الجنائية الدولية.",
    ),
    # monitor-access
    (
        "monitor-access",
        "Syria refuses entry to UN human rights investigators",
        "The Commission of Inquiry said Damascus had ignored its repeated requests to enter "
        "the country.",
    ),
    (
        "monitor-access",
        "Arab League observer mission reaches Syria",
        "The first monitors arrived in Damascus on Monday to check whether troops had left "
        "the cities.",
    ),
    (
        "monitor-access",
        "UN chief demands unfettered access for monitors in Syria",
        "The Secretary-General called on the Syrian government to let human rights monitors "
        "visit detention centres without restriction.",
    ),
    (
        "monitor-access",
        "Syria bars journalists and rights groups from Homs",
        "Foreign journalists have been denied visas and human rights organizations refused "
        "access to the besieged Syrian city.",
    ),
    # accountability-investigations
    (
        "accountability-investigations",
        "Commission of Inquiry: Syrian forces committed crimes against humanity",
        "The independent international commission said government forces had carried out "
        "killings and torture in Homs and Idlib.",
    ),
    (
        "accountability-investigations",
        "German court convicts Syrian colonel of crimes against humanity",
        "The court in Koblenz sentenced the former intelligence officer to life for torture "
        "at a Damascus prison, in a universal jurisdiction trial.",
    ),
    (
        "accountability-investigations",
        "Rights groups call for independent investigation into Ghouta attack",
        "Human Rights Watch urged an independent investigation into the chemical attack near "
        "Damascus.",
    ),
    (
        "accountability-investigations",
        "فرنسا تصدر مذكرة توقيف بحق الأسد بتهمة جرائم حرب",
        "أصدر قضاة فرنسيون مذكرة توقيف بحق بشار الأسد بتهمة التواطؤ في جرائم حرب.",
    ),
]


@pytest.mark.parametrize(
    ("demand", "title", "text"),
    POSITIVES,
    ids=[f"{d}:{t[:40]}" for d, t, _ in POSITIVES],
)
def test_positive(matcher: Matcher, demand: str, title: str, text: str) -> None:
    assert demand in fired(matcher, title, text)


def test_every_demand_has_positives() -> None:
    assert {d for d, _, _ in POSITIVES} == set(DEMAND_IDS)


def test_why_names_the_demand_terms_and_the_context(matcher: Matcher) -> None:
    [match] = matcher.match(
        "Security Council Fails to Adopt Draft Resolution on Syria",
        "The vote was 13 in favour to 2 against.",
    )
    assert match.demand_id == "stop-veto-obstruction"
    # The why names what fired in the demand's query (failing to adopt) and the country.
    assert any("adopt" in term for term in match.terms), match.terms
    assert "Syria*" in match.terms


# ------------------------------------------------------------------------ traps

TRAPS: list[tuple[str, str, str]] = [
    # International Cricket Council
    (
        "cricket",
        "ICC confirms Champions Trophy schedule",
        "The International Cricket Council confirmed the fixtures for next year's Champions "
        "Trophy, with India's matches to be played in Dubai.",
    ),
    (
        "cricket",
        "ICC fines Pakistan for slow over-rate",
        "The ICC docked Pakistan's World Test Championship points after the side was found "
        "to be two overs short in Rawalpindi.",
    ),
    (
        "cricket",
        "Refugee cricket team from Syria plays first match",
        "The International Cricket Council backed a team of young Syrian refugees in Germany "
        "who played their first T20 fixture on Sunday.",
    ),
    (
        "cricket",
        "Damascus hosts first cricket clinic, ICC development officer says",
        "An ICC development officer told reporters in Damascus that cricket could help "
        "children in Syria. Bats and wickets were donated by a club in Dubai.",
    ),
    (
        "cricket",
        "ICC reviews eligibility of Syrian-born players",
        "The ICC cricket committee will look at eligibility rules after a Syrian-born batting "
        "prospect was picked by Germany.",
    ),
    # Arms embargoes on other countries
    (
        "embargo",
        "Security Council extends South Sudan arms embargo for one year",
        "The Security Council this morning renewed the arms embargo on South Sudan, adopting "
        "resolution 2731 (2024) by 9 votes in favour to none against, with 6 abstentions.",
    ),
    (
        "embargo",
        "UN panel: Libya arms embargo remains totally ineffective",
        "The Panel of Experts found that arms shipments to rival factions in Libya went on in "
        "breach of the embargo, through air bridges from several states.",
    ),
    (
        "embargo",
        "Council renews Darfur arms embargo as Sudan war rages",
        "The Security Council extended the arms embargo on Darfur and the mandate of the "
        "panel monitoring it.",
    ),
    (
        "embargo",
        "Council renews South Sudan arms embargo",
        "The Security Council renewed the arms embargo on South Sudan until 31 May, adopting "
        "the text by 9 votes to none with 6 abstentions. Explaining their abstentions, the "
        "representatives of China and the Russian Federation said sanctions did not help the "
        "peace process and should be lifted as soon as possible. In the afternoon the Council "
        "heard a briefing by the Special Envoy on the political process in Syria.",
    ),
    # Asset freezes on other countries
    (
        "freeze",
        "EU freezes assets of Russian oligarchs over Ukraine invasion",
        "The European Union froze the assets of a dozen Russian oligarchs and imposed travel "
        "bans on senior officials close to President Putin.",
    ),
    (
        "freeze",
        "Washington freezes Gaddafi family assets",
        "The United States froze 30 billion dollars of assets belonging to Muammar Gaddafi, "
        "his relatives and senior officials of the Libyan government.",
    ),
    (
        "freeze",
        "UK freezes assets of Russian Central Bank",
        "Britain froze the assets of the Russian Central Bank and sanctioned oligarchs with "
        "ties to the Kremlin, some of whom made fortunes in Syria.",
    ),
    (
        "freeze",
        "Treasury freezes assets of Russian businessmen",
        "The US Treasury froze the assets of two Russian oligarchs who it said had helped "
        "supply the Syrian government with fuel.",
    ),
    # Vetoes on other files
    (
        "veto",
        "Russia vetoes UN resolution condemning annexation of Ukrainian regions",
        "Russia vetoed a Security Council draft resolution that would have condemned its "
        "annexation of four regions of Ukraine. Ten members voted in favour, and China, "
        "Brazil, Gabon and India abstained.",
    ),
    (
        "veto",
        "US vetoes Gaza ceasefire resolution at Security Council",
        "The United States vetoed a draft resolution demanding an immediate humanitarian "
        "ceasefire in Gaza. Thirteen members voted in favour and the United Kingdom "
        "abstained.",
    ),
    (
        "veto",
        "US vetoes Gaza ceasefire resolution at Security Council",
        "The United States on Friday vetoed a draft resolution demanding an immediate "
        "humanitarian ceasefire in Gaza, drawing condemnation from Arab states. Thirteen of "
        "the Council's 15 members voted in favour and the United Kingdom abstained. The "
        "deputy ambassador said the text was divorced from reality on the ground and would "
        "not have moved things forward. Separately, the Council was briefed in the afternoon "
        "on the humanitarian situation in Syria.",
    ),
    (
        "veto",
        "Security Council Fails to Adopt Resolution on Myanmar",
        "The Security Council failed to adopt a draft resolution on Myanmar owing to the "
        "negative votes of China and the Russian Federation.",
    ),
    # Syrian football
    (
        "football",
        "Syria beat Iran in World Cup qualifier",
        "Omar Al Somah scored the winner as Syria kept their World Cup hopes alive; the "
        "federation had vetoed a move of the match away from Damascus.",
    ),
    (
        "football",
        "Syria names new coach before Asian Cup",
        "The Syrian Football Association appointed a new coach of the national team and "
        "promised an independent investigation into the last defeat.",
    ),
    (
        "football",
        "FIFA lifts ban on Syrian stadiums",
        "FIFA said Syria could host international matches again in Damascus, ending a ban "
        "imposed over security; the decision followed an inspection visit.",
    ),
    (
        "football",
        "سوريا تفوز على الهند في كأس آسيا لكرة القدم",
        "فاز المنتخب السوري على نظيره الهندي في بطولة كأس آسيا.",
    ),
]


@pytest.mark.parametrize(
    ("kind", "title", "text"),
    TRAPS,
    ids=[f"{k}:{t[:40]}" for k, t, _ in TRAPS],
)
def test_trap_fires_no_demand(matcher: Matcher, kind: str, title: str, text: str) -> None:
    assert fired(matcher, title, text) == set(), kind


def test_traps_cover_every_known_false_friend() -> None:
    assert {k for k, _, _ in TRAPS} == {"cricket", "embargo", "freeze", "veto", "football"}
