"""Near misses of the shipped demands: items that share a demand's words but not its subject.

Each class has near misses that must not fire the named demand, and a positive of the same
shape that must still fire it, so a rule cannot pass by muting the demand. The texts are
written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

STOP_VETO = "stop-veto-obstruction"
ARMS = "arms-embargo"
ASSETS = "asset-freeze"
ICC = "icc-referral"
ACCOUNTABILITY = "accountability-investigations"
MONITORS = "monitor-access"


# A freeze or seizure in a commercial, fiscal or fraud case, or accounts released to
# traders, is not a sanctions freeze on Assad's leadership.
ORDINARY_FREEZES = [
    (
        "Aleppo court freezes bank accounts of textile exporter in tax dispute",
        "The judge ordered the funds blocked until the company settles duties it owes the "
        "Syrian state.",
    ),
    (
        "Syrian-owned hotel chain's assets frozen in Cyprus investor fraud probe",
        "Police in Limassol say shareholders lost millions; the accounts stay locked while "
        "auditors go through the books.",
    ),
    (
        "Syrie : la justice gèle les comptes d'un importateur soupçonné d'escroquerie",
        "Le parquet de Damas reproche au commerçant d'avoir encaissé des avances pour des "
        "voitures jamais livrées.",
    ),
    (
        "Un juez congela los bienes de un constructor sirio por estafa",
        "Decenas de familias pagaron por pisos que no existen; sus cuentas quedan bloqueadas.",
    ),
    (
        "Syrische Händler erhalten eingefrorene Guthaben zurück",
        "Die Konten waren unter den alten Devisenregeln in Damaskus gesperrt worden.",
    ),
    (
        "Суд в Дамаске заморозил счета торговца по делу о мошенничестве",
        "Покупатели заплатили за товар, который так и не был доставлен; имущество сирийского "
        "коммерсанта арестовано.",
    ),
    (
        "تجميد حسابات تاجر سوري في قضية احتيال",
        "قررت محكمة في دمشق تجميد أموال التاجر بعد شكاوى من زبائن دفعوا ثمن بضائع لم تصل.",
    ),
]


@pytest.mark.parametrize(("title", "text"), ORDINARY_FREEZES)
def test_a_freeze_in_an_ordinary_case_is_not_the_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


# Another state's people or firms listed, with Syria only as where their goods went before.
FOREIGN_TARGETS = [
    (
        "EU lists Iranian missile manufacturers over supplies to Moscow",
        "Their funds in the bloc are frozen; officials said the same missiles had been fired "
        "in Syria years earlier.",
    ),
    (
        "L'UE gèle les avoirs de fabricants iraniens de missiles",
        "Ces engins avaient déjà été utilisés en Syrie, selon des diplomates.",
    ),
]


@pytest.mark.parametrize(("title", "text"), FOREIGN_TARGETS)
def test_a_freeze_on_another_states_firms_is_not_the_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


SANCTIONS_FREEZES = [
    (
        "EU freezes assets of Syrian generals accused of shelling towns",
        "The bloc added seven officers of Assad's army to its list; their funds are blocked.",
    ),
    (
        "Brussels extends freeze on funds of Syrian ministers, adds tax official",
        "Ministers kept sanctions on Assad's government for another year.",
    ),
    (
        "Евросоюз заморозил счета сирийских генералов",
        "Санкции направлены против руководства Сирии, ответственного за обстрелы.",
    ),
]


# Probe s14 N15: a vote on freezing "the Syrian leadership's" assets, told in German,
# Arabic and Russian, matched no demand (English, French and Spanish alerted).
SANCTIONS_FREEZES += [
    (
        "Sicherheitsrat stimmt über Syrien-Entwurf ab",
        "Der Entwurf S/2026/3706 würde die Vermögen der syrischen Führung einfrieren.",
    ),
    (
        "مجلس الأمن يصوت على مشروع قرار بشأن سوريا",
        "يقضي مشروع القرار S/2026/3707 بتجميد أصول القادة السوريين.",
    ),
    (
        "Совет Безопасности проголосует по проекту резолюции о Сирии",
        "Проект S/2026/3703 предусматривает замораживание активов сирийских руководителей.",
    ),
]


# Syria's own "restrictive measures" (a curfew) in French, beside the participle "eu"
# ("a eu lieu"), which folded to lower case is the bare "EU" the EU's restrictive measures
# ask for (review V17); the EU's own, named so, still fire.
OWN_RESTRICTIONS = [
    (
        "Syrie : Damas prolonge le couvre-feu à Alep",
        "Le gouvernement syrien a prolongé les mesures restrictives à Alep. La réunion des "
        "responsables syriens a eu lieu mardi ; les avoirs des commerçants restent bloqués.",
    ),
    (
        "Syrie : Damas prolonge le couvre-feu à Alep",
        "Le gouvernement syrien a prolongé les mesures restrictives à Alep ; les responsables "
        "syriens ont déjà eu une réunion mardi, les avoirs des commerçants restent bloqués.",
    ),
    (
        "Syrie : Damas prolonge le couvre-feu à Alep",
        "Le gouvernement syrien a prolongé les mesures restrictives à Alep ; nous avons eu des "
        "réunions avec les responsables syriens, les avoirs restent bloqués.",
    ),
]
EU_RESTRICTIONS = (
    "EU widens restrictive measures against Syrian officials",
    "Ministers in Brussels added nine senior officials of the Syrian government to the list.",
)


@pytest.mark.parametrize(("title", "text"), OWN_RESTRICTIONS)
def test_syrias_own_restrictive_measures_beside_the_participle_eu_are_not_the_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)
    assert ASSETS in fired(matcher, *EU_RESTRICTIONS)


@pytest.mark.parametrize(("title", "text"), SANCTIONS_FREEZES)
def test_a_sanctions_freeze_on_syrian_leaders_still_fires(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS in fired(matcher, title, text)


# The court's own business (its elections, its states parties) with Syria outside its reach.
COURT_BUSINESS = [
    (
        "States parties pick new International Criminal Court registrar",
        "The vote took three rounds. Syria, which never ratified the Rome Statute, remains "
        "beyond the court's jurisdiction.",
    ),
    (
        "Élection à la CPI : six nouveaux juges élus à La Haye",
        "La Syrie, qui n'est pas partie au Statut de Rome, reste hors de portée de la Cour.",
    ),
    (
        "Vertragsstaaten des Strafgerichtshofs wählen neue Richter",
        "Syrien gehört dem Römischen Statut nicht an.",
    ),
    (
        "Государства-участники МУС избрали нового прокурора",
        "Сирия не входит в число участников Римского статута.",
    ),
    (
        "جمعية الدول الأطراف في المحكمة الجنائية الدولية تنتخب قضاة جددا",
        "لا تزال سوريا خارج اختصاص المحكمة لأنها لم تنضم إلى نظام روما.",
    ),
]


@pytest.mark.parametrize(("title", "text"), COURT_BUSINESS)
def test_the_courts_own_business_is_not_the_referral(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ICC not in fired(matcher, title, text)


REFERRAL_ITEMS = [
    (
        "ICC judges' election overshadowed by calls to refer Syria",
        "Rights groups told the states parties that only the Security Council can send the "
        "Syrian file to the court.",
    ),
    (
        "Paris pousse le Conseil à saisir la CPI du dossier syrien",
        "Le projet demande au procureur d'enquêter sur les crimes commis en Syrie.",
    ),
]


@pytest.mark.parametrize(("title", "text"), REFERRAL_ITEMS)
def test_a_referral_still_fires(matcher: Matcher, title: str, text: str) -> None:
    assert ICC in fired(matcher, title, text)


# The court's prosecutor investigating "crimes" in an ICC item is the referral's subject,
# not a separate investigation.
def test_the_courts_investigation_is_not_the_accountability_demand(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "La CPI aguarda que el Consejo remita el expediente de Siria",
        "Sin esa decisión, la Corte Penal Internacional no puede abrir una investigación de "
        "los crímenes cometidos en Siria.",
    )
    assert ICC in got
    assert ACCOUNTABILITY not in got
    got = fired(
        matcher,
        "Правозащитники просят Совбез передать дело Сирии в МУС",
        "Только так прокурор сможет начать расследование преступлений в Сирии.",
    )
    assert ICC in got
    assert ACCOUNTABILITY not in got


def test_an_investigation_of_crimes_without_the_court_still_fires(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Siria: la ONU pide una investigación de los crímenes en las cárceles",
        "Los expertos piden que se identifique a los responsables de las muertes.",
    )
    assert ACCOUNTABILITY in fired(
        matcher,
        "ООН требует расследования преступлений в сирийских тюрьмах",
        "Эксперты призвали установить виновных.",
    )


# A headline on another file: a veto there, or another state's sanctions package.
OTHER_FILES = [
    (
        "Russia blocks Council statement on coup in Niger",
        "Diplomats noted that Moscow had used the same tactic on Syria for a decade.",
    ),
    (
        "فيتو أمريكي يسقط مشروعا بشأن فلسطين في مجلس الأمن",
        "ذكّر مندوبون بالفيتو الروسي المتكرر في الملف السوري.",
    ),
    (
        "China and Russia reject Council text on arms race in outer space",
        "Their negative votes were the first since the Syria aid vote.",
    ),
    (
        "Council divided over Taliban travel ban exemptions",
        "Russia blocked the extension; Syria's case was cited as precedent.",
    ),
    (
        "EU adopts new sanctions package on Russia's shadow fleet",
        "Tankers that shipped military cargo to Tartus in Syria are among those listed.",
    ),
]


@pytest.mark.parametrize(("title", "text"), OTHER_FILES)
def test_a_headline_on_another_file_fires_nothing(matcher: Matcher, title: str, text: str) -> None:
    assert fired(matcher, title, text) == set()


def test_a_syria_headline_next_to_those_files_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Russia blocks Syria text as Council also splits on Niger",
        "Moscow vetoed the draft on aid to Idlib.",
    )


# A text rejected in another forum (a constitution, a law, an accord) is not a Council draft.
OTHER_FORUMS = [
    (
        "Opposition rejects government draft at Syria constitution talks",
        "The committee's session in Geneva broke up after Damascus's text on the preamble was "
        "turned down.",
    ),
    (
        "Syrian assembly speaker says president rejected draft law on municipalities",
        "The text goes back to committee in Damascus.",
    ),
    (
        "Druze leaders reject Damascus draft agreement on Sweida security",
        "The accord would have placed local militias under the interior ministry in Syria.",
    ),
]


@pytest.mark.parametrize(("title", "text"), OTHER_FORUMS)
def test_a_text_rejected_elsewhere_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_a_council_draft_rejected_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Moscow rejects Western draft resolution on Syria ceasefire",
        "Russia said it would block the Council text in its current form.",
    )


# Nobody voting against, or a member choosing not to block, is an adoption.
def test_an_abstention_that_let_the_text_pass_is_not_obstruction(matcher: Matcher) -> None:
    assert STOP_VETO not in fired(
        matcher,
        "Syria aid renewal passes as Moscow abstains",
        "Twelve members voted in favour and there was no vote against; Russia said it had "
        "decided not to block the cross-border deliveries this time.",
    )


def test_a_russian_vote_against_in_words_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Голос России против похоронил проект по Сирии",
        "Двенадцать членов Совета Безопасности поддержали текст о прекращении огня в Идлибе.",
    )


# Nuclear arms, the arms trade in general and weapons handed in are not arms for Damascus.
NOT_ARMS_FOR_DAMASCUS = [
    (
        "Syria's nuclear file: IAEA board calls for ban on undeclared weapons work",
        "Diplomats said Damascus must account for the bombed site; the ban on nuclear weapons "
        "tests was also discussed.",
    ),
    (
        "Arms Trade Treaty review hears how rifles sold legally end up in war zones",
        "Researchers gave examples from Libya, Syria and the Sahel of weapons sales diverted "
        "to armed groups.",
    ),
    (
        "Militias in Syria's south surrender tanks to new defence ministry",
        "Commanders in Sweida began handing weapons to the army under a deal with Damascus.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NOT_ARMS_FOR_DAMASCUS)
def test_weapons_that_are_not_arms_for_damascus(matcher: Matcher, title: str, text: str) -> None:
    assert ARMS not in fired(matcher, title, text)


ARMS_FOR_DAMASCUS = [
    (
        "Cargo plane with assault rifles for Assad's troops lands in Latakia",
        "Flight records show the rifles were flown in from a Balkan airport.",
    ),
    (
        "Ship loaded with refurbished gunships heads for Syria",
        "The vessel is carrying attack helicopters for the Syrian air force.",
    ),
    (
        "Report: military exports to Syria continued despite restrictions",
        "Licences for engines and optics were granted to firms supplying Damascus.",
    ),
    (
        "Frachtflugzeuge brachten Munition nach Damaskus",
        "Die Maschinen landeten nachts mit Raketen für Assads Armee.",
    ),
]


@pytest.mark.parametrize(("title", "text"), ARMS_FOR_DAMASCUS)
def test_arms_for_damascus_in_other_words_fire(matcher: Matcher, title: str, text: str) -> None:
    assert ARMS in fired(matcher, title, text)


# Fraud, bribery, staff misconduct and tax cases are ordinary crime, not the conflict's.
ORDINARY_CASES = [
    (
        "Syrian-born trader held in Athens on arrest warrant over fuel fraud",
        "The warrant was issued by a court in Italy over a scheme to sell diesel that never "
        "existed.",
    ),
    (
        "U.N. investigators look into procurement misconduct in Syria programme",
        "Two contracts awarded in Damascus are under review by the oversight office.",
    ),
    (
        "Syria's new anti-corruption body vows officials will be held accountable for bribes",
        "The commission will examine judges and customs officers.",
    ),
    (
        "Court in Damascus orders former minister to pay unpaid taxes",
        "The official's shares in two firms were seized pending the tax case.",
    ),
]


@pytest.mark.parametrize(("title", "text"), ORDINARY_CASES)
def test_ordinary_crime_is_not_the_accountability_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


CONFLICT_CASES = [
    (
        "Warrant issued for Syrian prison chief over torture of detainees",
        "Prosecutors in Paris say the intelligence officer ran a detention centre in Damascus.",
    ),
    (
        "Syria names fact-finding panel on killings in Sweida",
        "The judges will examine executions of civilians and report within a month.",
    ),
]


@pytest.mark.parametrize(("title", "text"), CONFLICT_CASES)
def test_cases_of_the_conflict_still_fire(matcher: Matcher, title: str, text: str) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


# The veto initiative in general is not obstruction on Syria; a debate on a Syria veto is.
def test_the_veto_initiative_in_general_is_not_obstruction(matcher: Matcher) -> None:
    assert STOP_VETO not in fired(
        matcher,
        "Assembly backs reform: any veto will now bring a debate",
        "Under the veto initiative, members will explain themselves within ten days; "
        "supporters said Syria had shown why it was needed.",
    )


def test_an_assembly_debate_on_a_syria_veto_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Assembly questions Russia over its Syria veto under the veto initiative",
        "Speakers deplored the negative vote that ended cross-border aid.",
    )


# A member that held back its veto let the text pass, in every language.
HELD_BACK_VETOES = [
    (
        "Syria aid text adopted after Moscow decided not to veto",
        "Russia abstained, saying it wanted the convoys to keep moving to Idlib.",
    ),
    (
        "Syrie : la Russie a renoncé à son veto sur l'aide transfrontalière",
        "Le texte a été adopté par treize voix et deux abstentions.",
    ),
    (
        "Москва не стала блокировать резолюцию о помощи Сирии",
        "Россия воздержалась при голосовании в Совете Безопасности.",
    ),
    (
        "روسيا لم تستخدم الفيتو ضد قرار المساعدات إلى سوريا",
        "امتنعت موسكو عن التصويت واعتمد المجلس القرار.",
    ),
]


@pytest.mark.parametrize(("title", "text"), HELD_BACK_VETOES)
def test_a_veto_held_back_is_not_obstruction(matcher: Matcher, title: str, text: str) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_a_veto_cast_beside_one_held_back_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "China decided not to veto, but Russia vetoed the Syria text",
        "Moscow cast its veto on the Idlib ceasefire draft alone.",
    )


ARMS_FOR_DAMASCUS_ELSEWHERE = [
    (
        "Des fusils de précision livrés à l'armée syrienne, selon un rapport",
        "Les caisses ont été acheminées par avion jusqu'à Damas.",
    ),
    (
        "Fusiles de asalto para el ejército sirio en un buque retenido",
        "El barco, con destino a Tartus, llevaba armas para Damasco.",
    ),
    (
        "Scharfschützengewehre für Syriens Armee geliefert",
        "Die Waffen wurden über Umwege nach Damaskus gebracht.",
    ),
    (
        "Снайперские винтовки поставлены сирийской армии",
        "Партия была доставлена в Дамаск самолётом.",
    ),
    (
        "تهريب بنادق قنص إلى الجيش السوري عبر مطار دمشق",
        "قال التقرير إن الشحنة وصلت إلى قوات النظام في سوريا.",
    ),
]


@pytest.mark.parametrize(("title", "text"), ARMS_FOR_DAMASCUS_ELSEWHERE)
def test_rifles_for_damascus_fire_in_every_language(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS in fired(matcher, title, text)


# A legislature's budget, bill or constitution turned down is not a Council text.
LEGISLATURE_TEXTS = [
    (
        "Syrie : les députés rejettent le projet de loi sur les loyers",
        "L'Assemblée du peuple a renvoyé le texte au gouvernement de Damas.",
    ),
    (
        "Siria: el Parlamento rechaza el proyecto de presupuesto",
        "Los diputados sirios bloquearon el texto por falta de fondos para la sanidad.",
    ),
    (
        "Syriens Volksversammlung lehnt Haushaltsentwurf ab",
        "Die Abgeordneten in Damaskus verlangen mehr Geld für Strom.",
    ),
    (
        "Депутаты в Дамаске отклонили законопроект о налогах",
        "Народного совета Сирии документ вернули в правительство.",
    ),
]


@pytest.mark.parametrize(("title", "text"), LEGISLATURE_TEXTS)
def test_a_legislature_turning_down_a_text_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_a_council_text_blocked_in_french_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Syrie : Moscou bloque le projet de résolution au Conseil de sécurité",
        "Les députés français ont dénoncé le veto russe.",
    )


def test_a_veto_on_annexation_votes_fires_nothing(matcher: Matcher) -> None:
    assert (
        fired(
            matcher,
            "Russia blocks Council text rejecting annexation of four regions",
            "Moscow's envoy cast the veto; critics recalled its record of shielding Damascus.",
        )
        == set()
    )


# Weapons smuggled out of Syria into a neighbour are not arms for the government.
def test_weapons_smuggled_out_of_syria_are_not_arms_for_damascus(matcher: Matcher) -> None:
    assert ARMS not in fired(
        matcher,
        "Iraqi border guards catch smugglers with rifles from Syria",
        "The smugglers were carrying weapons across the desert from Syria, police said.",
    )


def test_weapons_smuggled_to_damascus_still_fire(matcher: Matcher) -> None:
    assert ARMS in fired(
        matcher,
        "Smugglers ferried rifles to the Syrian army, investigators say",
        "Weapons shipments to Damascus went through a Lebanese port.",
    )


# A drug or smuggling ring's accounts frozen by a neighbour is an ordinary case.
DRUG_RING_FREEZES = [
    (
        "Iraq freezes accounts of captagon traffickers moving pills from Syria",
        "Police in Baghdad said the gang's funds were frozen.",
    ),
    (
        "Irak congela las cuentas de una banda de contrabando de captagón desde Siria",
        "La policía bloqueó los bienes de los traficantes.",
    ),
]


@pytest.mark.parametrize(("title", "text"), DRUG_RING_FREEZES)
def test_a_drug_rings_accounts_are_not_the_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


def test_sanctions_on_assads_relatives_over_drugs_still_fire(matcher: Matcher) -> None:
    assert ASSETS in fired(
        matcher,
        "Londres sanciona a dos primos de Al Asad por el captagón",
        "El Reino Unido congeló los bienes de los familiares del presidente sirio.",
    )


def test_an_anniversary_of_the_court_is_not_the_referral(matcher: Matcher) -> None:
    assert ICC not in fired(
        matcher,
        "International Criminal Court marks 20th anniversary in The Hague",
        "Speakers regretted that Syria is still beyond the court's reach.",
    )


def test_the_hague_court_for_syria_is_the_referral(matcher: Matcher) -> None:
    assert ICC in fired(
        matcher,
        "Lawyers urge Council to let the Hague court try Syria's leaders",
        "They say only a referral can open the way.",
    )


# Experts assessing heritage are not rights monitors; monitors getting in still are.
HERITAGE_EXPERTS = [
    (
        "Heritage experts reach Aleppo's old souk to assess damage",
        "The UNESCO team visited the citadel and the Umayyad mosque.",
    ),
    (
        "خبراء آثار يصلون إلى بصرى لتقييم الأضرار في المسرح الروماني",
        "قالت اليونسكو إن الفريق زار الموقع في سوريا.",
    ),
]


@pytest.mark.parametrize(("title", "text"), HERITAGE_EXPERTS)
def test_heritage_experts_are_not_monitors(matcher: Matcher, title: str, text: str) -> None:
    assert MONITORS not in fired(matcher, title, text)


def test_rights_monitors_getting_in_still_fire(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "U.N. rights investigators finally get into Syria's Sednaya prison",
        "The team looked into conditions for detainees.",
    )


# A legislature's inquiry into national policy is not an investigation of crimes in Syria.
def test_a_parliamentary_inquiry_into_policy_is_not_accountability(matcher: Matcher) -> None:
    assert ACCOUNTABILITY not in fired(
        matcher,
        "MPs launch inquiry into British aid spending in Syria",
        "The parliamentary committee will look at how funds reached camps in the north-west.",
    )


def test_lawmakers_calling_for_an_inquiry_into_crimes_still_fire(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Lawmakers demand independent inquiry into Syrian chemical attacks",
        "Members of parliament said those who used sarin must be identified.",
    )


# Interpol's own network (red notices Damascus may issue) is neither monitors nor an inquiry.
def test_interpol_notices_are_neither_monitors_nor_accountability(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "Exiles fear red notices after Interpol restores Syria's database access",
        "Rights groups say Damascus could use arrest warrants against critics abroad.",
    )
    assert MONITORS not in got
    assert ACCOUNTABILITY not in got


def test_an_interpol_notice_for_a_torture_suspect_still_fires(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Interpol red notice sought for Syrian general accused of torture",
        "French judges issued an arrest warrant over the deaths of detainees in Damascus.",
    )


def test_the_courts_investigation_in_an_english_icc_item_is_the_referral(
    matcher: Matcher,
) -> None:
    got = fired(
        matcher,
        "Syria referral sunk at the Council",
        "Russia and China voted down the text asking the International Criminal Court to "
        "investigate abuses by all sides.",
    )
    assert ICC in got
    assert ACCOUNTABILITY not in got


def test_blocking_syria_from_the_criminal_court_is_obstruction(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Moscú y Pekín impiden el paso de Siria a la Corte Penal Internacional",
        "El texto francés contaba con trece apoyos.",
    )


def test_syrian_places_named_in_arabic_keep_an_item_syrias(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "المراقبون يصلون إلى تدمر بعد منعهم يومين",
        "قال فريق الأمم المتحدة إنه تفقد المدينة.",
    )


# "Accountability" is not a bank account: a blocked accountability text is a veto, not a
# freeze; accounts blocked under sanctions still are.
def test_an_accountability_text_is_not_a_bank_account(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "Moscow and Beijing block Syria accountability resolution",
        "The two permanent members vetoed a draft seeking accountability for chemical attacks.",
    )
    assert STOP_VETO in got
    assert ASSETS not in got


def test_accounts_blocked_under_sanctions_still_fire(matcher: Matcher) -> None:
    assert ASSETS in fired(
        matcher,
        "Swiss banks block accounts held by Syrian officials",
        "Bern adopted the EU sanctions on Assad's inner circle.",
    )


# Syria's own authorities freezing money changers' or traders' funds over currency dealing
# are an ordinary case, in every language; a sanctions freeze on an exchange firm that
# funds the government is still the demand.
CURRENCY_CASES = [
    (
        "Damascus security branch freezes accounts of exchange houses",
        "Officials accuse the owners of selling dollars on the black market.",
    ),
    (
        "Damas gèle les avoirs de changeurs accusés de spéculer sur la livre syrienne",
        "Les bureaux de change fermés vendaient des devises au marché noir.",
    ),
    (
        "Siria congela las cuentas de casas de cambio en plena caída de la libra",
        "Las autoridades de Damasco acusan a los cambistas de vender dólares en el mercado negro.",
    ),
    (
        "Syrische Behörden sperren Konten von Geldwechslern",
        "Sie sollen auf dem Schwarzmarkt in Damaskus Dollar verkauft haben.",
    ),
    (
        "В Дамаске заморозили счета валютчиков",
        "Сирийские власти обвиняют их в продаже долларов на черном рынке.",
    ),
    (
        "السلطات السورية تجمد أموال تجار عملة",
        "تتهمهم دمشق بالمضاربة في السوق السوداء.",
    ),
]


@pytest.mark.parametrize(("title", "text"), CURRENCY_CASES)
def test_a_currency_dealers_freeze_is_not_the_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


def test_a_sanctions_freeze_on_an_exchange_firm_still_fires(matcher: Matcher) -> None:
    assert ASSETS in fired(
        matcher,
        "EU freezes assets of Syrian exchange company that paid Assad's militias",
        "The firm moved dollars for the security services, ministers said in Brussels.",
    )


def test_holdings_put_out_of_reach_are_a_freeze(matcher: Matcher) -> None:
    assert ASSETS in fired(
        matcher,
        "Ottawa puts Syrian interior minister's holdings out of reach",
        "Canada added him to its list of Assad government officials under sanctions law.",
    )


# More files whose headlines make a Syria mention a passing one; French stems of "Crimée"
# must not swallow "crimes".
MORE_OTHER_FILES = [
    (
        "Moscow vetoes Council text condemning Crimea referendum",
        "Envoys said the isolation matched Russia's record of vetoes on Syria.",
    ),
    (
        "Council renews Central African Republic arms embargo",
        "The vote came before a briefing on Syria's chemical weapons file.",
    ),
    (
        "МУС открыл дело по Венесуэле",
        "Ранее Россия и Китай не позволили Совету передать в суд дело Сирии.",
    ),
]


@pytest.mark.parametrize(("title", "text"), MORE_OTHER_FILES)
def test_more_headlines_on_other_files_fire_nothing(
    matcher: Matcher, title: str, text: str
) -> None:
    assert fired(matcher, title, text) == set()


def test_french_crimes_are_not_crimea(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Crimes contre l'humanité : trois hauts responsables syriens condamnés à Paris",
        "Le tribunal a jugé par défaut les chefs des renseignements de Bachar al-Assad.",
    )


# A member state blocking a text of the European Union is not a Council veto; the EU
# reacting to Russia's veto still is obstruction news.
EU_VETOES = [
    (
        "Greece vetoes EU statement on Syrian refugees",
        "Athens blocked the text at the foreign ministers' meeting in Brussels.",
    ),
    (
        "La Hongrie bloque une déclaration de l'UE sur la Syrie",
        "Budapest a opposé son veto au texte des ministres des affaires étrangères.",
    ),
]


@pytest.mark.parametrize(("title", "text"), EU_VETOES)
def test_a_veto_inside_the_eu_is_not_obstruction(matcher: Matcher, title: str, text: str) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_the_eu_deploring_russias_veto_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "EU ministers deplore veto on Syria",
        "The bloc said Moscow's veto left civilians in Idlib without protection.",
    )


def test_a_sanctions_package_is_not_an_aid_package(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Russia vetoes aid package for the north-west",
        "The text would have kept deliveries into Syria from Turkey going for a year.",
    )


def test_sanctions_on_a_russian_arms_exporter_are_arms_for_damascus(matcher: Matcher) -> None:
    assert ARMS in fired(
        matcher,
        "U.S. sanctions Russian arms exporter",
        "The state agency kept the Syrian army supplied with helicopters and munitions.",
    )


def test_a_veto_cast_in_other_words_beside_one_held_back_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Beijing holds back, Moscow does not",
        "China refrained from using its veto, but Russia used its veto and the Syria "
        "ceasefire text fell.",
    )


def test_todays_veto_beside_the_veto_initiative_boilerplate_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Lifeline closes after Tuesday's vote",
        "Russia voted against renewing deliveries into Syria's north-west. As with any veto, "
        "the General Assembly must now meet within ten working days.",
    )


# A legislature calling for an investigation of bombings or attacks on hospitals asks for
# an investigation of crimes, in every language.
LEGISLATURE_CALLS = [
    (
        "Strasbourg lawmakers demand probe of strikes on Syrian clinics",
        "Members of the European Parliament called for an international investigation into "
        "air strikes on clinics in Idlib.",
    ),
    (
        "Les eurodéputés exigent une enquête internationale sur les frappes en Syrie",
        "Le Parlement européen vise les bombardements de cliniques à Idlib.",
    ),
    (
        "Bundestag fordert unabhängige Untersuchung der Luftangriffe in Syrien",
        "Abgeordnete aller Fraktionen verlangten Aufklärung über die Bombardierung von Kliniken.",
    ),
    (
        "البرلمان الأوروبي يدعو إلى تحقيق دولي في قصف عيادات في إدلب",
        "طالب النواب بمحاسبة المسؤولين عن الغارات على المستشفيات في سوريا.",
    ),
]


@pytest.mark.parametrize(("title", "text"), LEGISLATURE_CALLS)
def test_a_legislature_calling_for_an_investigation_of_attacks_fires(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


# Inquiries into a fire, an accident, a charity's spending, an exam leak or a disease
# outbreak are not investigations of crimes in Syria; one into an air strike is. The first
# two items never named a word the demand fires on ("investigation" and "investigates" do
# not fire alone), so they held on any vocabulary; each item after them says "inquiry",
# which fires on its own, and the same sentence about a crime fires (see
# test_the_same_inquiry_into_a_crime_fires).
ADMINISTRATIVE_INQUIRIES = [
    (
        "Syrian ministry opens investigation into warehouse blaze at Tartus port",
        "Engineers will report on the cause of the fire within weeks.",
    ),
    (
        "Watchdog investigates charity over aid money for Syrian camps",
        "The regulator wants to know how donations sent to Idlib were accounted for.",
    ),
    (
        "Syrian ministry opens inquiry into warehouse blaze at Tartus port",
        "Engineers will report on the cause of the fire within weeks.",
    ),
    (
        "Charity regulator opens inquiry into aid money for Syrian camps",
        "It wants to know how donations sent to Idlib were accounted for.",
    ),
    (
        "Syrian ministry orders inquiry after exam questions leak in Aleppo",
        "The chemistry test will be sat again next week, officials in Damascus said.",
    ),
    (
        "Health ministry inquiry into cholera outbreak in Raqqa camps",
        "Teams are testing wells after dozens of cases were found.",
    ),
    (
        "Aid review stresses accountability to affected people in Syria",
        "Few families in Idlib camps used the complaint lines, the evaluators found.",
    ),
]

# The same inquiries, about a crime: the trigger word is live in each shape.
INQUIRIES_INTO_CRIMES = [
    (
        "Syrian ministry opens inquiry into shelling of Tartus port",
        "Engineers will report on who fired within weeks.",
    ),
    (
        "UN opens inquiry into torture of detainees in Aleppo",
        "Investigators will hear former prisoners next week, officials said.",
    ),
    (
        "Inquiry into killings of protesters in Raqqa camps",
        "Teams are documenting the shootings after dozens of deaths were reported.",
    ),
]


@pytest.mark.parametrize(("title", "text"), INQUIRIES_INTO_CRIMES)
def test_the_same_inquiry_into_a_crime_fires(matcher: Matcher, title: str, text: str) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(("title", "text"), ADMINISTRATIVE_INQUIRIES)
def test_an_administrative_inquiry_is_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


def test_an_inquiry_into_an_air_strike_that_set_a_warehouse_ablaze_fires(
    matcher: Matcher,
) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Independent investigation ordered into Aleppo aid warehouse blaze",
        "U.N. officials said an air strike set the building on fire, killing four workers.",
    )


# Arms for Damascus in German and Spanish supply words.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Russland liefert Panzer an die syrische Armee", "Die Fahrzeuge kamen per Schiff."),
        ("Moscú abastece de misiles al ejército sirio", "Los envíos llegaron a Tartus."),
    ],
)
def test_arms_supplied_in_german_and_spanish_fire(matcher: Matcher, title: str, text: str) -> None:
    assert ARMS in fired(matcher, title, text)


# A trial word inside an ICC item is the referral's subject in every language, as in
# English; a national trial still fires.
def test_a_trial_word_in_a_french_icc_item_is_the_referral(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "Paris veut que la CPI juge les crimes commis en Syrie",
        "Le projet de renvoi vise à voir les coupables de crimes de toutes les parties condamnés.",
    )
    assert ICC in got
    assert ACCOUNTABILITY not in got


def test_a_national_trial_in_the_hague_still_fires(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Un tribunal de La Haya condena a un exmiliciano sirio por crímenes de guerra",
        "Los jueces neerlandeses le impusieron doce años de prisión.",
    )


# Investigators waiting to get in are access, not an investigation, in other languages too.
def test_investigators_waiting_to_enter_are_access_and_the_investigation_in_spanish(
    matcher: Matcher,
) -> None:
    # Session 43's rule (tests/eval/README.md): an investigating team's access carries
    # accountability as well; until then this read as access alone.
    got = fired(
        matcher,
        "Los investigadores de la OPAQ esperan en Damasco para entrar en Duma",
        "Rusia alega problemas de seguridad.",
    )
    assert MONITORS in got
    assert ACCOUNTABILITY in got


# The court's own business excludes it only when the headline is not Syria's story.
def test_a_syrian_headline_keeps_the_court_in_a_years_on_story(matcher: Matcher) -> None:
    assert ICC in fired(
        matcher,
        "Ghouta survivors, years on, still wait for the International Criminal Court",
        "Syria is not among the court's member states.",
    )


def test_investigators_at_a_heritage_site_are_monitors(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "U.N. investigators allowed into Palmyra citadel used as a prison",
        "The ruins had been closed to outsiders for years.",
    )


# A veto with no Council, UN, draft, vote or permanent member in the item is another body's
# (a regulator's, an association's); a Russian veto named by its adjective is still the
# Council's, headline alone included.
OTHER_BODIES_VETOES = [
    (
        "Syria's competition authority vetoes merger of two Damascus banks",
        "The regulator said the combined lender would control too much of the market.",
    ),
    (
        "El Banco Central de Siria veta la fusión de dos aseguradoras",
        "El organismo considera que la operación perjudica a los asegurados.",
    ),
    (
        "Syrischer Ärzteverband legt Veto gegen neue Klinikordnung ein",
        "Der Verband hält die Regeln für Privatkliniken in Damaskus für unfair.",
    ),
]


@pytest.mark.parametrize(("title", "text"), OTHER_BODIES_VETOES)
def test_another_bodys_veto_is_not_obstruction(matcher: Matcher, title: str, text: str) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Families in Idlib fear the winter after Russian veto", "Aid may stop reaching Syria."),
        ("Veto ruso a la ayuda transfronteriza a Siria", ""),
        ("Kremlin vows to torpedo Western text on Syria sanctions", "A vote is due Friday."),
    ],
)
def test_the_councils_veto_in_other_words_still_fires(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# Syria named only as beyond the court's reach, in an item on another case, is not the
# referral; the reach blocked by vetoes is.
def test_syria_beyond_the_courts_reach_in_another_case_is_not_the_referral(
    matcher: Matcher,
) -> None:
    assert ICC not in fired(
        matcher,
        "International Criminal Court opens trial of militia leader in absentia",
        "Prosecutors noted that Syria remains beyond the court's jurisdiction.",
    )


def test_syria_kept_beyond_the_courts_reach_by_vetoes_is_the_referral(matcher: Matcher) -> None:
    assert ICC in fired(
        matcher,
        "Prosecutor: crimes in Syria remain beyond the court's reach",
        "The International Criminal Court cannot act after Russia and China blocked the "
        "Council referral.",
    )


# Charges against Syrian officers in other languages are a trial of the conflict's crimes;
# a government condemning bombings is not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "La Fiscalía francesa procesa a un general sirio",
            "Le atribuye la desaparición de dos ciudadanos franco-sirios en Damasco.",
        ),
        (
            "Bundesanwaltschaft klagt syrischen Brigadegeneral an",
            "Er soll Angriffe auf Demonstranten in Daraa befohlen haben.",
        ),
        (
            "Un général syrien mis en examen à Paris",
            "Il est soupçonné de complicité de crimes contre des détenus à Damas.",
        ),
        (
            "المدعي العام في باريس يطلب محاكمة لواء سوري",
            "يتهمه بالمسؤولية عن اختفاء معتقلين في دمشق.",
        ),
    ],
)
def test_charges_against_syrian_officers_fire_in_other_languages(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


def test_a_government_condemning_bombings_is_not_a_trial(matcher: Matcher) -> None:
    assert ACCOUNTABILITY not in fired(
        matcher,
        "Siria condena los bombardeos cerca de Damasco",
        "El Gobierno pidió al Consejo de Seguridad que actúe.",
    )


def test_the_leagues_own_monitors_in_arabic_fire(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "الجامعة العربية تعيد مراقبيها إلى حمص",
        "قال الأمين العام إن البعثة ستستأنف عملها في سوريا.",
    )


# Observers of talks, a conference or shipping are onlookers, not monitors; the UN's
# observers at truce talks still are.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Observers of the Astana talks expect little from the new round on Syria",
            "Analysts said Turkey, Iran and Russia remained far apart.",
        ),
        (
            "Beobachter der Syrien-Konferenz in Brüssel erwarten wenig",
            "Die Geberländer wollen weniger Geld zusagen.",
        ),
    ],
)
def test_observers_of_talks_are_not_monitors(matcher: Matcher, title: str, text: str) -> None:
    assert MONITORS not in fired(matcher, title, text)


def test_un_observers_at_truce_talks_still_fire(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "U.N. observers at the Homs ceasefire talks report shelling",
        "The mission said the truce in Syria was not holding.",
    )


def test_a_broadcasters_inquiry_is_not_accountability(matcher: Matcher) -> None:
    assert ACCOUNTABILITY not in fired(
        matcher,
        "Broadcaster's inquiry clears Aleppo documentary of staging claims",
        "An independent panel reviewed how the Syria footage was edited.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrian judge freezes assets of ex-governor of Homs over embezzlement",
            "Public funds were diverted, prosecutors say.",
        ),
        (
            "Détournement de fonds : la justice syrienne gèle les biens d'un ancien gouverneur",
            "Il est accusé d'avoir détourné l'argent des routes à Homs.",
        ),
    ],
)
def test_an_embezzlement_freeze_is_not_the_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


# Arms sales to another state over its Syria operation, or scrap from old tanks, are not
# arms for Damascus; exports to Damascus still are.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Berlin halts arms exports to Turkey after incursion into Syria",
            "The government said no new licences would be issued.",
        ),
        (
            "Damascus auctions scrap from decommissioned tanks",
            "Buyers from Lebanon bid for the hulls.",
        ),
    ],
)
def test_arms_for_another_state_or_scrap_are_not_arms_for_damascus(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


def test_arms_exports_to_damascus_still_fire(matcher: Matcher) -> None:
    assert ARMS in fired(
        matcher,
        "Moscow keeps arms exports to Damascus flowing",
        "Russia says its contracts with the Syrian government stand.",
    )


def test_the_chamber_of_commerces_court_is_not_the_referral(matcher: Matcher) -> None:
    assert ICC not in fired(
        matcher,
        "ICC arbitration court orders Syrian oil firm to pay Canadian partner",
        "The award ends a dispute over a field near Deir ez-Zor.",
    )


def test_a_lebanon_headline_fires_nothing(matcher: Matcher) -> None:
    assert (
        fired(
            matcher,
            "China and Russia block Council statement on Lebanon ceasefire",
            "Envoys also discussed shelling in Syria.",
        )
        == set()
    )


def test_khan_cheikhoun_in_french_is_syria(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Khan Cheikhoun : Moscou bloque le projet de résolution",
        "Le texte occidental visait l'attaque au sarin.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Judges in Coblenz hear survivor testify against former intelligence colonel",
            "He described beatings in a Damascus branch.",
        ),
        ("قضاة في باريس يستمعون إلى شاهد ضد ضابط سوري", "روى الشاهد ما تعرض له في فرع أمني."),
    ],
)
def test_judges_hearing_a_witness_against_an_officer_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


def test_investigators_let_into_a_prison_are_monitors(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "Damascus lets U.N. investigators into Tadmur prison",
        "The team inspected the cells.",
    )


# In a Syria item a bare veto is the Council's: a reaction naming Assad, Aleppo or the
# Syrian opposition needs no Council word. Another body's veto (a regulator, a union)
# stays a near miss even beside Syria's name.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrian rebels say veto leaves them alone against the air force",
            "A rebel spokesman said the veto told Assad he could carry on unpunished.",
        ),
        (
            "Paris furious at veto, says Aleppo will pay the price",
            "The foreign minister said the veto would mean more barrel bombs on the city.",
        ),
    ],
)
def test_a_reaction_to_the_veto_in_a_syria_item_fires(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


def test_a_union_veto_in_a_syria_item_is_still_not_obstruction(matcher: Matcher) -> None:
    assert STOP_VETO not in fired(
        matcher,
        "Syrian teachers' union vetoes new school calendar",
        "The union said the plan ignored teachers in Aleppo.",
    )


# The EU reacting to a Council veto of a Syria text is obstruction news; a veto inside
# the EU (a member state blocking the bloc's own decision) is not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "EU voices dismay at veto of Syria aid text",
            "Brussels said the veto of the resolution renewing cross-border deliveries "
            "would leave Idlib without food.",
        ),
        (
            "EU foreign ministers regret blocked Syria aid vote",
            "Ministers regretted the veto that stopped aid reaching Syria and urged the "
            "Council to try again.",
        ),
    ],
)
def test_the_eu_reacting_to_a_council_veto_fires(matcher: Matcher, title: str, text: str) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# Lebanon is routine in Syria coverage (the border, Hezbollah, Beirut's reactions): a
# Lebanon headline is its own file only when Syria is named in passing, not when the item
# is set in Syria or is about a Syria text.
@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        (
            "UN monitors shot at near Lebanese frontier",
            "The observers were fired on outside Homs, the mission said.",
            MONITORS,
        ),
        (
            "Chemical inspectors enter from Lebanon",
            "The team drove on to Ghouta to begin its work.",
            MONITORS,
        ),
        (
            "Hezbollah in Lebanon welcomes Moscow's veto",
            "The movement praised Russia for vetoing the Council draft on Syria.",
            STOP_VETO,
        ),
        (
            "Le Liban demande une enquête internationale",
            "Beyrouth réclame une enquête sur l'attaque au gaz contre la Ghouta, en Syrie.",
            ACCOUNTABILITY,
        ),
        (
            "لبنان: إطلاق نار على فريق مراقبين دوليين",
            "أطلق مسلحون النار على المراقبين الدوليين في حمص.",
            MONITORS,
        ),
    ],
)
def test_a_lebanon_headline_on_a_syria_item_fires(
    matcher: Matcher, title: str, text: str, demand: str
) -> None:
    assert demand in fired(matcher, title, text)


def test_a_lebanon_headline_naming_syria_in_passing_fires_nothing(matcher: Matcher) -> None:
    assert (
        fired(
            matcher,
            "Lebanon's parliament fails again to elect a president",
            "Deputies blamed rivals backed from abroad; some cited the war in Syria.",
        )
        == set()
    )


# An amount in dollars is how a sanctions freeze is reported; only currency dealing
# (money changers, the black market) makes a freeze an ordinary case.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ottawa freezes holdings of Syrian generals",
            "Canada froze the assets of nine Syrian generals, worth some $15 million dollars.",
        ),
        (
            "Suiza bloquea fondos de ministros sirios",
            "Berna congeló 30 millones de dólares de ministros del gobierno de Asad.",
        ),
        (
            "Швейцария заморозила активы сирийских чиновников",
            "Заморожено 30 млн долларов сирийских чиновников, связанных с Асадом.",
        ),
        (
            "سويسرا تجمد أموال مسؤولين سوريين",
            "جمدت سويسرا 30 مليون دولار لمسؤولين في حكومة الأسد.",
        ),
    ],
)
def test_a_sanctions_freeze_stating_an_amount_fires(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS in fired(matcher, title, text)


# Money "out of reach" or people "cut off from" funds is a freeze only beside a sanctions
# word; for aid agencies and refugees it is hardship news.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: relief agencies say donor funds out of reach as fuel runs short",
            "Aid workers in Idlib said money pledged for the winter had not arrived.",
        ),
        (
            "Syrian families cut off from their money as banks shut branches",
            "Displaced people in Aleppo said they could no longer reach their money.",
        ),
    ],
)
def test_funds_out_of_reach_for_aid_or_refugees_is_not_a_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


def test_holdings_out_of_reach_under_sanctions_fire(matcher: Matcher) -> None:
    assert ASSETS in fired(
        matcher,
        "UK sanctions Syrian officials, their funds now out of reach",
        "London listed five officials of the Syrian government on Monday.",
    )


# Russia torpedoing talks or a truce is not a Council veto; torpedoing a Council text is.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moscow torpedoes Astana round on Syria, rebels say",
            "Rebel negotiators said the Russians torpedoed the meeting.",
        ),
        (
            "Russia torpedoes Syria ceasefire, monitors say",
            "Russian jets torpedoed the fragile ceasefire around Hama.",
        ),
    ],
)
def test_russia_torpedoing_talks_or_a_truce_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_russia_torpedoing_a_council_text_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Russia torpedoes Council text on Syria chemical attack",
        "Moscow torpedoed the draft resolution on Thursday.",
    )


# A Council text killed in other words: "'no' votes", "say no", "sunk", "spike"; German
# present tense ("stimmen gegen"), Arabic "bring down" (تسقط). "No vote is planned" and
# "no votes against" are not a block.
BLOCKED_IN_OTHER_WORDS = [
    (
        "Aleppo evacuation text falls to Russian and Chinese 'no' votes",
        "Thirteen members voted in favour of the French draft.",
    ),
    (
        "Moscow and Beijing say no to Council's Syria truce plan",
        "Eleven members backed the proposal by Egypt and Spain.",
    ),
    ("Syria truce text sunk by Moscow at the Council", "Twelve members had backed it."),
    (
        "Russian envoy vows to spike Western draft on Idlib",
        "He said the text on Syria would never be adopted in its current form.",
    ),
    (
        "Moskau und Peking stimmen gegen Idlib-Text",
        "Zwölf Staaten unterstützten den Vorschlag Kuwaits.",
    ),
    ("روسيا والصين تسقطان مشروع قرار بشأن إدلب", "وحصل النص على اثني عشر صوتا."),
]


@pytest.mark.parametrize(("title", "text"), BLOCKED_IN_OTHER_WORDS)
def test_a_text_blocked_in_other_words_fires(matcher: Matcher, title: str, text: str) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Diplomats say no vote on Syria aid is planned this week, Russia's envoy said",
            "The Council will meet on Thursday.",
        ),
        (
            "Draft on Syria adopted with no votes against as Russia abstains",
            "The Council backed the aid text by 13 votes with two abstentions.",
        ),
        ("المجلس يرفض مشروع قرار روسيا بشأن إدلب", "صوتت تسع دول ضده وأيدته دولتان."),
    ],
)
def test_no_vote_planned_or_a_russian_text_rejected_is_no_block(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# A headline that frames the item as history ("Forty years ago", "Looking back") is a
# history piece unless the headline names Syria.
def test_a_history_piece_on_an_old_veto_is_not_obstruction(matcher: Matcher) -> None:
    assert STOP_VETO not in fired(
        matcher,
        "Forty years ago: the veto on the Golan",
        "Washington blocked a Council text in 1982 after Israel extended its law to the "
        "heights, a vote still cited in Syria.",
    )


def test_a_history_headline_naming_syria_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Ten years ago: Russia's first Syria veto",
        "Moscow and Beijing blocked a Council text on the crackdown in October 2011.",
    )


# A Lebanese headline that names Syria is Syria's news (a Lebanon headline naming Syria
# only in passing, in the text, stays Lebanon's).
def test_a_lebanese_headline_naming_syria_stays_syrias(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Lebanese premier deplores Council failure on Syria truce",
        "Beirut said the Russian veto of the ceasefire for Syria would push more people across "
        "the border.",
    )


# "Observers" who expect or believe something are commentators; health teams allowed in
# to test for a disease are not rights monitors. UN observers who expect to arrive are.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Beobachter rechnen mit neuen Preiserhöhungen in Syrien",
            "Händler in Aleppo verlangen mehr für Brot und Benzin.",
        ),
        ("ويرى مراقبون أن الليرة السورية ستواصل التراجع", "وارتفعت أسعار الذهب في دمشق."),
        (
            "Observers expect Syrian pound to slide further",
            "Money changers in Damascus asked 4,000 pounds for a dollar and analysts said there "
            "would be no access to credit.",
        ),
        (
            "WHO team investigates measles cases in Idlib camps",
            "Epidemiologists were allowed into three camps to take samples.",
        ),
    ],
)
def test_commentators_and_health_teams_are_not_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN observers expect to reach Homs by Friday",
            "The mission said its unarmed monitors would be deployed across the city.",
        ),
        (
            "Damascus still bars UN rights staff from detention sites",
            "The human rights office has asked for access for three years.",
        ),
        ("Syria inquiry commissioners refused visas again", "The panel has never been allowed in."),
        (
            "Damascus lets rights researchers in for the first time",
            "The group said its team could visit prisons without minders.",
        ),
    ],
)
def test_rights_staff_commissioners_and_researchers_are_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


# Funds released (a state bank's reserves) are sanctions relief, not a freeze on Assad's
# leadership, unless the item says the freezes on him and his circle are kept.
def test_released_central_bank_funds_are_not_a_freeze(matcher: Matcher) -> None:
    assert ASSETS not in fired(
        matcher,
        "EU releases frozen reserves of Syria's central bank",
        "The funds will pay for wheat imports and power-station repairs.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "EU releases Syrian central bank reserves but keeps Assad family's assets frozen",
            "Sanctions on the former president and his relatives remain in place.",
        ),
        (
            "Swiss lock any bank balances held for Maher al-Assad",
            "Banks were told to report funds they manage for him.",
        ),
        (
            "Bruselas bloquea los fondos de tres ministros sirios",
            "Los bienes quedan inmovilizados en la UE.",
        ),
    ],
)
def test_freezes_kept_and_balances_locked_fire(matcher: Matcher, title: str, text: str) -> None:
    assert ASSETS in fired(matcher, title, text)


# "Release" in its other senses is no relief: a government releasing a list or the names of
# the officials it freezes, a freeze told in a press release, a freeze kept until the
# government releases prisoners. Each of these was dropped as "funds released".
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UK releases list of Syrian officials whose assets it is freezing",
            "The Foreign Office named twelve ministers and security chiefs.",
        ),
        (
            "Canada released a list of 12 Syrian officials whose assets it is freezing",
            "The measures take effect immediately, Ottawa said.",
        ),
        (
            "Australia releases names of Syrian ministers whose funds will be frozen",
            "The list adds the defence minister and two air force generals.",
        ),
        (
            "Treasury freezes assets of four Syrian officials, release says",
            "In a news release, the department said the generals' property under US "
            "jurisdiction is blocked.",
        ),
        (
            "US freezes assets of Syrian intelligence chiefs, demands release of prisoners",
            "The Treasury designated four officers.",
        ),
    ],
)
def test_a_list_released_or_a_freeze_told_in_a_release_is_a_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS in fired(matcher, title, text)


# The relief reading stays where the money itself is released, even in a press release or
# beside a statement "released" the same day.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Press release: EU releases frozen funds of Syria's central bank",
            "The reserves will pay for wheat imports.",
        ),
        (
            "Brussels to release $2 billion of Syrian central bank reserves",
            "In a statement released on Monday, ministers said reconstruction payments can flow.",
        ),
    ],
)
def test_money_released_stays_relief_beside_a_release_of_words(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


def test_another_states_hackers_frozen_are_not_assads_leadership(matcher: Matcher) -> None:
    assert ASSETS not in fired(
        matcher,
        "EU freezes assets of Chinese hackers under cyber rules",
        "A separate case concerning a Syrian group is still under review.",
    )


# Handing Syria to "Hague prosecutors" or "international criminal judges" is the
# referral; prosecutors in The Hague charging a man with fraud are a national court.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Jurists ask Council to hand Syria's crimes to Hague prosecutors",
            "Only a Council decision can give the court jurisdiction.",
        ),
        (
            "France seeks to put Syria before international criminal judges",
            "Its draft would send the situation in Syria to the court's prosecutor.",
        ),
    ],
)
def test_the_hague_court_in_other_words_is_the_referral(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ICC in fired(matcher, title, text)


def test_hague_prosecutors_charging_fraud_are_not_the_icc(matcher: Matcher) -> None:
    assert ICC not in fired(
        matcher,
        "Hague prosecutors charge Syrian man with fraud",
        "Dutch police said he sold fake visas.",
    )


# Justice words in a call to stop arms supplies are colour, as in a sanctions item; the
# same call about crimes fires. A warrant over killings of protesters is this demand even
# when Interpol is asked to circulate it; one over fraud is not.
def test_justice_words_in_an_arms_supply_item_are_colour(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "Arms shipments to Damascus must stop, group says",
        "Those supplying weapons to Syrian forces risk complicity in war crimes, it said.",
    )
    assert ARMS in got
    assert ACCOUNTABILITY not in got


def test_a_warrant_over_killings_circulated_by_interpol_fires(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Syrian judge issues arrest warrant for ousted president over killings of protesters",
        "The justice ministry will ask Interpol to circulate it.",
    )
    assert ACCOUNTABILITY not in fired(
        matcher,
        "Syrian judge issues arrest warrant for businessman over fraud",
        "The justice ministry will ask Interpol to circulate it.",
    )


# Another body's or state's veto (NATO, the Arab League and its Council, Turkey, Iran,
# Qatar) is not the Security Council's, unless the Council, the UN or a permanent member
# is named; a Council member blocking the League's plan at the UN still is.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ankara threatens veto on NATO partner over Syrian Kurdish militia",
            "Turkish officials said the alliance could not admit states that shelter the YPG.",
        ),
        (
            "Qatar blocks Arab League Council resolution on Syria's seat",
            "Doha refused consensus on the text at the ministers' meeting in Cairo.",
        ),
        ("Türkei blockiert NATO-Erklärung zu Nordsyrien", "Ankara lehnte den Text ab."),
    ],
)
def test_another_body_or_states_veto_is_not_the_councils(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_blocking_the_leagues_plan_at_the_council_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Envoy: Council members who blocked the Syria text bear the blame",
        "Those who blocked the Arab League plan will answer for the killing in Syria, she said.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Rusia tumba el proyecto sobre Siria en el Consejo",
            "El texto obtuvo once votos a favor.",
        ),
        (
            "La Russie fait tomber le texte sur la Syrie au Conseil",
            "Onze membres l'avaient soutenu.",
        ),
    ],
)
def test_a_text_knocked_down_in_spanish_and_french_fires(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# Observer status in a bloc, an observer of a political scene, "observers note", and a
# political body called a commission (the opposition's negotiators) are not monitors.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Damascus asks for observer status at regional economic bloc",
            "Syria's trade minister said the country wants to follow the bloc's meetings.",
        ),
        (
            "Veteran observer of Syrian politics publishes his memoirs",
            "The former envoy looks back on thirty years of dealings with Damascus.",
        ),
        ("Наблюдатели отмечают подорожание топлива в Сирии", "Бензин в Дамаске подорожал вдвое."),
        (
            "Syrian opposition's negotiations commission arrives in Riyadh",
            "Its members were allowed to bring advisers to the meeting.",
        ),
    ],
)
def test_status_commentators_and_negotiators_are_not_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


def test_the_inquiry_commission_arriving_is_still_a_monitor(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "Syria inquiry commission allowed into Damascus for first time",
        "The commission's members arrived on Monday.",
    )


# Vaccine freezers paid for by donors and online accounts blocked under export rules are
# not a freeze on Assad's leadership; property that "cannot be touched" and German
# "sperrt" are freezes.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Donor funds buy solar freezers for Syrian clinics",
            "The freezers will keep vaccines cold in Idlib and Aleppo.",
        ),
        (
            "Syrian coders' accounts blocked by online platform under export rules",
            "Developers in Damascus lost access to their earnings overnight.",
        ),
        (
            "Fondos de donantes pagan congeladores para vacunas en Siria",
            "Los congeladores llegarán a clínicas de Alepo.",
        ),
    ],
)
def test_freezers_and_platform_accounts_are_not_a_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ottawa lists Syrian president's brothers",
            "Any property they hold in Canada cannot be touched under the new sanctions.",
        ),
        (
            "EU sperrt Konten von syrischen Ministern",
            "Die Union setzte sieben Minister auf ihre Liste.",
        ),
    ],
)
def test_property_that_cannot_be_touched_is_frozen(matcher: Matcher, title: str, text: str) -> None:
    assert ASSETS in fired(matcher, title, text)


# An arbitration court in The Hague is not the ICC; ordinary murder or a robbery in
# Damascus is ordinary crime; another country's tribunal (the Hariri killing) is its
# own; an Arabic conviction "on a charge of" torture is a trial.
def test_an_arbitration_court_in_the_hague_is_not_the_icc(matcher: Matcher) -> None:
    assert ICC not in fired(
        matcher,
        "Tribunal de arbitraje de La Haya falla a favor de una empresa siria",
        "El laudo obliga a un socio del Golfo a pagar una indemnización.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Inquiry opened into murder of Syrian singer in Damascus",
            "Police said the robbery suspects had been arrested.",
        ),
        (
            "Hariri tribunal convicts second suspect",
            "Judges said Syrian intelligence had been suspected at first.",
        ),
    ],
)
def test_ordinary_crime_and_another_countrys_tribunal_are_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


def test_an_arabic_conviction_on_a_torture_charge_fires(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher, "محكمة فرنسية تدين ضابطا سوريا بتهمة التعذيب", "وقضت بسجنه عشرين عاما."
    )


# A report on arms spending in the region names Syria in passing.
def test_a_regional_arms_spending_report_is_not_the_embargo(matcher: Matcher) -> None:
    assert ARMS not in fired(
        matcher,
        "Middle East arms spending hits record, researchers say",
        "Gulf states bought more jets and missiles than ever, citing wars in Syria and Yemen.",
    )


# Each match of the freeze and the monitors demands also needs a word of the demand's
# subject: a freeze with no sanction, list, sanctioning body or target, and inspectors or
# observers with no rights body, mission, truce, detention or crime, are someone else's.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Relief agency freezes food rations in Syria as funds run out",
            "Only a quarter of the money it asked donors for has arrived.",
        ),
        (
            "Court in Homs freezes accounts of a bakery owner",
            "The judge blocked the funds until the case is heard.",
        ),
    ],
)
def test_a_freeze_with_no_sanction_or_target_is_not_the_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


def test_a_freeze_on_officials_still_fires(matcher: Matcher) -> None:
    assert ASSETS in fired(
        matcher, "Bern freezes funds of Syrian officials", "Banks must report any accounts."
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Weather observers in Homs record the first snow in years",
            "Stations in the hills were reached by road only on Tuesday.",
        ),
        (
            "Structural inspectors reach quake-hit district of Aleppo",
            "They were allowed into 300 buildings and ordered 40 evacuated.",
        ),
    ],
)
def test_inspectors_and_observers_with_no_rights_subject_are_not_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


def test_chemical_weapons_inspectors_reaching_a_site_fire(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "Inspectors reach Douma after days of delay",
        "The chemical weapons team took samples at the site.",
    )


# Round G (tests/eval/en-demands-6.jsonl, multi-demands-17.jsonl): the classes its first
# reading found, each in other words than the set's items.


# A veto on another file whose headline names it in an inflected form (German stems
# "Annexion" and "Annexionen" apart) is that file's news, however Syria is compared.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moskau stoppt mit Veto die Verurteilung der Annexionen",
            "Wie in den Syrien-Debatten blieb Russland im Sicherheitsrat isoliert.",
        ),
        (
            "Rusia veta la condena de las anexiones en el Consejo de Seguridad",
            "Como en los debates sobre Siria, Moscú quedó sola.",
        ),
    ],
)
def test_a_veto_on_annexations_compared_with_syria_is_not_syrias(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Another state's veto outside the Council stays another's when a permanent member is
# named for something other than vetoing or voting; it is the Council's when the member
# is the one blocking.
def test_another_states_veto_with_russia_named_aside_is_not_the_councils(
    matcher: Matcher,
) -> None:
    assert STOP_VETO not in fired(
        matcher,
        "Iran vetoes Syrian opposition figure as envoy to Astana talks",
        "Tehran objected to the nominee; Russia had hosted him in Moscow last year.",
    )


def test_russia_blocking_beside_another_states_veto_still_fires(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Turkey vetoes Kurdish delegates as Russia blocks Syria draft in New York",
        "Moscow's envoy said the text would not pass.",
    )


# An EU member blocking an EU decision, with the EU named in the headline and the block in
# the body, is the EU's own business.
def test_a_member_blocking_an_eu_decision_is_not_a_council_veto(matcher: Matcher) -> None:
    assert STOP_VETO not in fired(
        matcher,
        "EU oil sanctions on Syria stall as ministers disagree over timing",
        "Greece and Cyprus blocked the extension of the ban to shipping at the meeting.",
    )


# A permanent member voting no still counts when the item also tells of a rival Russian
# text that failed; a member "would not permit" a text threatens to block it.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Aleppo truce text dies as Russia votes no",
            "A Russian text on the same day was rejected by the other members.",
        ),
        (
            "Moscow would not permit a sanctions resolution on Syria, envoy says",
            "The Council is due to take up the Western text next week.",
        ),
    ],
)
def test_a_no_beside_a_rival_text_and_would_not_permit_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# Arms told as deliveries and supplies in general words, or as vehicles ferried, are
# supplies to the government.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Satellite images show stepped-up military supplies to Damascus",
            "Analysts counted cargo ships docking at Syria's coast every few days.",
        ),
        (
            "Navy transports ferried armoured personnel carriers to Latakia",
            "The vehicles were unloaded for the Syrian army, monitors of Bosphorus traffic said.",
        ),
    ],
)
def test_deliveries_in_general_words_fire_arms(matcher: Matcher, title: str, text: str) -> None:
    assert ARMS in fired(matcher, title, text)


# Arms for another state or group, with Syria only where the weapons were tested or the
# route once ran, are not supplies to the Syrian government.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Egypt signs for Russian fighter jets",
            "The exporter said the aircraft had flown hundreds of sorties in Syria.",
        ),
        (
            "Coast guard seizes rifles bound for Libyan militia",
            "Investigators said the smugglers had earlier moved arms through Syria.",
        ),
    ],
)
def test_arms_for_another_recipient_with_syria_as_theatre_are_not_syrias(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


def test_the_rights_chief_visiting_is_monitor_access(matcher: Matcher) -> None:
    assert MONITORS in fired(
        matcher,
        "UN human rights chief to visit Syrian prisons next month",
        "Damascus agreed to the trip after years of refusals.",
    )


# Heavy weapons withdrawn or handed over under an agreement (a buffer zone, a settlement)
# are no arms supplies: "agreement" is not a sale word.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Turkey and Russia agree buffer zone in Syria's Idlib",
            "Under the agreement, heavy weapons must be withdrawn from the zone by October 10.",
        ),
        (
            "Rebels in Syria's Daraa hand over heavy weapons under Russian-brokered deal",
            "The agreement lets fighters who refuse to settle leave for the north.",
        ),
    ],
)
def test_heavy_weapons_withdrawn_under_an_agreement_are_not_arms_supplies(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


def test_another_armys_supplies_to_its_own_troops_are_not_arms_for_damascus(
    matcher: Matcher,
) -> None:
    assert ARMS not in fired(
        matcher,
        "Turkey sends military supplies to its observation posts in Syria's Idlib",
        "A convoy of 50 vehicles crossed the border with reinforcements for Turkish troops.",
    )


def test_would_not_permit_an_offensive_is_no_veto_threat(matcher: Matcher) -> None:
    assert STOP_VETO not in fired(
        matcher,
        "Russia would not permit a new Turkish offensive in northern Syria, Lavrov says",
        "Moscow and Ankara are in talks over the Kurdish-held towns.",
    )


# A rights official (the High Commissioner, "rights chief", a rapporteur) appealing for
# aid to get in is the speaker, not a monitor seeking access: aid access is not monitors'.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN rights chief urges Syria to allow aid into besieged towns",
            "Convoys of food and medicine have waited for weeks at the edge of eastern Ghouta.",
        ),
        (
            "High Commissioner for Human Rights calls on Damascus to let humanitarian convoys "
            "reach Madaya",
            "Children are starving there, the statement from Geneva said.",
        ),
        (
            "U.N. human rights chief demands unimpeded humanitarian access to eastern Aleppo",
            "Relief agencies say the last hospital in the enclave has run out of fuel.",
        ),
        (
            "UN rapporteur says Syria must allow cross-border aid deliveries to continue",
            "The rights expert spoke as the crossing's mandate neared its end.",
        ),
        (
            "UN-Menschenrechtskommissar fordert Zugang für Hilfslieferungen nach Ost-Ghuta",
            "Die Regierung in Damaskus müsse die Konvois passieren lassen, hieß es in Genf.",
        ),
        (
            "Rights chief: Damascus is denying access to food and medicine in Deir ez-Zor",
            "The UN official said the siege amounted to collective punishment.",
        ),
    ],
)
def test_a_rights_officials_appeal_for_aid_access_is_not_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN rights chief urges Syria to let investigators in and to allow aid into Ghouta",
            "The commission of inquiry has never been allowed into the country.",
        ),
        (
            "UN rights chief visits Damascus, calls for aid access to besieged areas",
            "It is the first trip by a High Commissioner to Syria in a decade.",
        ),
        (
            "UN human rights chief urges Syria to allow monitors into its prisons and let aid "
            "reach Idlib",
            "Thousands are held without charge, her office said.",
        ),
        (
            "UN chemical experts' convoy reaches Ghouta despite sniper fire",
            "Aid workers said the team took samples from victims in two field hospitals.",
        ),
    ],
)
def test_monitors_getting_in_still_count_beside_an_aid_appeal(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


# "Will not allow", "cannot accept", "unacceptable" from Moscow or Beijing threaten a veto
# only about something the Council does (a text, a vote, sanctions, a referral): refusing
# the West's toppling of Assad or strikes on its bases is no Council obstruction.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia will not allow the West to topple Assad, Lavrov says",
            "Moscow says the Syrian people alone must decide their leaders.",
        ),
        (
            "Moscow would not accept a Libya-style regime change in Syria, Putin says",
            "He spoke at a news conference in Sochi after talks with Erdogan.",
        ),
        (
            "Kremlin says attacks on Russian bases in Syria are unacceptable",
            "Drones were shot down near Hmeimim overnight, the defence ministry said.",
        ),
        (
            "China will not let foreign forces decide Syria's future, envoy says",
            "Beijing's special envoy spoke after meeting Assad in Damascus.",
        ),
        (
            "Россия не допустит свержения Асада, заявил Лавров",
            "Министр выступил на пресс-конференции в Москве.",
        ),
        (
            "Russia won't let Israel strike Damascus at will, ambassador warns",
            "The envoy said new air defences would soon be delivered to Syria.",
        ),
    ],
)
def test_a_refusal_with_no_council_act_is_no_veto_threat(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia will not allow a Council resolution that opens the way to force in Syria",
            "Lavrov said any text under Chapter VII would be blocked.",
        ),
        (
            "Moscow says it cannot accept the Western draft on Syria",
            "Diplomats expect a vote on Thursday.",
        ),
        (
            "Россия не допустит принятия резолюции Совбеза по Сирии",
            "Небензя заявил журналистам в Нью-Йорке.",
        ),
        (
            "Russia says sanctions text on Syria is unacceptable",
            "The British-drafted resolution threatens measures over chemical weapons.",
        ),
    ],
)
def test_a_refusal_of_a_council_text_is_still_a_veto_threat(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# Arms flown to Damascus (an airlift, an air bridge, planes landing with munitions) are
# supplies like arms shipped by sea.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Iranian military planes keep landing in Damascus with munitions",
            "Flight-tracking data show a surge of Il-76 transport flights since the offensive "
            "began.",
        ),
        (
            "Iran airlifts rockets and ammunition to Assad's forces",
            "Transport planes have landed at Hmeimim and Damascus every night this week.",
        ),
        (
            "Iraq lets Iranian planes fly arms over its territory to Syria",
            "Baghdad says it inspects the flights, but Washington doubts it.",
        ),
        (
            "Iran using civilian airliners to fly weapons to Assad, report says",
            "Passenger jets of two Iranian airlines carried crates of ammunition in their holds.",
        ),
        (
            "Иранские самолёты доставляют оружие в Дамаск",
            "Транспортные рейсы из Тегерана идут через воздушное пространство Ирака.",
        ),
    ],
)
def test_arms_flown_to_damascus_are_arms_supplies(matcher: Matcher, title: str, text: str) -> None:
    assert ARMS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Israeli jets fly over Damascus for the third night",
            "Residents heard explosions near the airport.",
        ),
        (
            "Syrian helicopters fly over Idlib dropping barrel bombs",
            "Rescuers said six people were killed in Maarat al-Numan.",
        ),
        (
            "Iranian cargo flights to Damascus resume after airport repairs",
            "The planes carry food and medicine, the airline said.",
        ),
        (
            "Pilots fly with arms folded: Syria's airline struggles under sanctions",
            "Syrian Air's ageing fleet has few spare parts.",
        ),
    ],
)
def test_flights_without_arms_cargo_are_not_arms_supplies(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


# "In Syria" marks a theatre only beside another recipient (India's air defence, the
# Houthis' missile parts); hardware "for the regime in Syria" or "for the army in Syria" is
# a supply to Damascus even when the headline names no Syrian place (FINDINGS-B H3).
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Insurer pulls cover from Russian freighter carrying attack helicopters",
            "The vessel was carrying overhauled Mi-35 gunships back to the regime in Syria "
            "when it was stopped off the Hebrides, officials said.",
        ),
        (
            "Satellite photos show new tanks unloaded at naval base",
            "Tanks and artillery for the government in Syria were unloaded from two Russian "
            "landing ships, analysts said.",
        ),
        (
            "Minsk exporter confirms contract for sniper rifles",
            "The contract covers sniper rifles for the army in Syria, to be shipped in the "
            "spring, the exporter said.",
        ),
    ],
)
def test_hardware_for_the_government_in_syria_is_an_arms_supply(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Indian Air Force receives new air defence squadron",
            "Moscow says the missiles, supplied under a 2018 contract, were combat-tested in Syria.",
        ),
        (
            "Navy seizes rifles and rocket parts bound for Yemen",
            "The parts came by a smuggling route that once ran through Syria, officers said.",
        ),
    ],
)
def test_arms_for_another_recipient_with_syria_as_theatre_are_not_supplies(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


# A ferry that picks up refugees beside coastguard helicopters carries no cargo; ships that
# "ferry" tanks do (FINDINGS-B M2).
def test_a_rescue_ferry_beside_helicopters_is_not_an_arms_cargo(matcher: Matcher) -> None:
    assert ARMS not in fired(
        matcher,
        "Coastguard helicopters and a ferry pick up Syrians off Kos",
        "Sixty people were taken aboard after their boat began to sink.",
    )


def test_ships_that_ferry_tanks_to_tartus_are_an_arms_cargo(matcher: Matcher) -> None:
    assert ARMS in fired(
        matcher,
        "Russian vessels ferry tanks and artillery to Tartus",
        "Two landing ships passed the Bosphorus on Thursday.",
    )


# Money released a few words from "funds" ("releases Syrian central bank reserves"), or
# "freed"/"unblocked", is relief even beside a statement "released" (FINDINGS-B M3); the
# noun "the release said" beside frozen funds is no release of money.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "EU releases Syrian central bank reserves, statement says",
            "A statement released on Tuesday said the frozen money will now buy wheat.",
        ),
        (
            "Brussels eases Syria sanctions, statement says",
            "A statement released by ministers said the frozen funds of Syria's commercial bank "
            "would be freed to buy medicine.",
        ),
    ],
)
def test_funds_released_or_freed_beside_a_released_statement_are_relief(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Britain freezes assets of three Syrian generals, press release says",
            "The release said the funds stay blocked until detainees held by their units are freed.",
        ),
        (
            "Britain freezes assets of three Syrian generals, press release says",
            "The release said the frozen funds are held by banks in London.",
        ),
    ],
)
def test_a_freeze_told_by_a_release_with_detainees_freed_is_a_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS in fired(matcher, title, text)


# A vote put off, a draft held back or watered down, while a permanent member demands
# changes, objects or refuses the text, is obstruction (tests/eval/README.md, "A vote put
# off under pressure is obstruction"), in every language; a vote moved for translation,
# once members agree, at the envoy's request, or talks (not a vote) put off are not, nor is
# another file's vote put off under the same pressure.
VOTES_PUT_OFF_UNDER_PRESSURE = [
    (
        "Idlib truce text watered down as Moscow holds out; vote rescheduled for Monday",
        "The penholders cut the call for an immediate halt to air strikes after Russia objected "
        "to it, and the Council moved the vote on the Syria draft to Monday.",
    ),
    (
        "Security Council: Syria vote moved to Monday",
        "The vote on the humanitarian draft, planned for this afternoon after two weeks of "
        "talks, has been moved to Monday while Russia presses for changes to the paragraphs on "
        "monitoring.",
    ),
    (
        "Council keeps Syria chemical weapons text on hold",
        "Sponsors have kept the draft on hold for a week, diplomats said, as China and Russia "
        "refuse to accept any reference to the inquiry's findings on Syria.",
    ),
    (
        "Aid groups: Syria's people pay for every day the vote is pushed back",
        "Each day the Council's vote on aid to Idlib is delayed at Moscow's insistence, more "
        "families go without food, the groups said.",
    ),
    (
        "Vote sur la Syrie repoussé : Moscou réclame des amendements",
        "Le vote du Conseil de sécurité sur l'aide à Idleb, prévu mercredi, a été repoussé à "
        "lundi, la Russie réclamant des amendements au texte.",
    ),
    (
        "Siria: se aplaza la votación sobre la ayuda a Idlib",
        "La votación del Consejo de Seguridad sobre el proyecto de ayuda a Siria se aplazó al "
        "lunes porque Rusia reclama cambios en el texto.",
    ),
    (
        "Syrien-Abstimmung im Sicherheitsrat auf Montag verlegt",
        "Die Abstimmung über die Hilfe für Idlib wurde verschoben, weil Russland Änderungen am "
        "Text fordert.",
    ),
    (
        "Голосование по Идлибу в СБ ООН отложено",
        "Голосование по проекту о помощи Сирии перенесено на понедельник: Москва требует "
        "изменений в тексте.",
    ),
    (
        "مجلس الأمن يؤجل التصويت على المساعدات إلى سوريا",
        "أرجأ المجلس التصويت على مشروع القرار إلى الاثنين بعد أن طالبت روسيا بتعديلات على النص.",
    ),
    # Other ways to say it: called off, scrapped, not going ahead, on ice, no vote yet, kicked
    # to a later day, stalled, postponed over concerns; the member's words a sentence later.
    (
        "Council calls off Syria truce vote as Russia seeks amendments",
        "The Security Council called off Thursday's planned vote on a 30-day ceasefire in Syria "
        "while Russia sought amendments to the text.",
    ),
    (
        "Syria ceasefire vote scrapped for now over Russian objections",
        "Diplomats said the vote was scrapped for the day amid Russian objections to the draft.",
    ),
    (
        "U.N. vote on Ghouta truce does not go ahead; Russia wants changes",
        "The vote did not go ahead as planned, with Russia saying it wanted changes to the "
        "Kuwaiti-Swedish draft.",
    ),
    (
        "Syria vote put on ice as Moscow digs in",
        "Sponsors put the vote on their Aleppo draft on ice after Moscow dug in against it.",
    ),
    (
        "No vote yet on Syria truce as Russia proposes amendments",
        "There was no vote on Thursday on the Syria truce draft; Russia proposed amendments and "
        "diplomats said talks would continue.",
    ),
    (
        "Syria truce vote kicked to Saturday amid Russian demands",
        "Council diplomats kicked the vote on the Syria ceasefire draft to Saturday amid Russian "
        "demands for guarantees from rebels.",
    ),
    (
        "Russia stalls U.N. vote on Syria ceasefire",
        "Russia stalled a Security Council vote on a 30-day ceasefire in Syria on Thursday.",
    ),
    (
        "Syria vote delayed again",
        "The Security Council vote on a Syria ceasefire was delayed again on Friday. Russian "
        "Ambassador Vassily Nebenzia said there was still no agreement and that his country "
        "wanted guarantees.",
    ),
    (
        "Syria: vote postponed indefinitely over Chinese and Russian concerns",
        "The penholders postponed the vote indefinitely after China and Russia raised concerns "
        "about the text.",
    ),
    (
        "Syrie : pas de vote jeudi, la Russie dépose des amendements",
        "Le Conseil de sécurité n'a pas voté jeudi sur le projet de trêve en Syrie ; Moscou a "
        "déposé des amendements.",
    ),
    (
        "Alep : le vote retardé par les objections russes",
        "Le vote sur le projet français a été retardé en raison des objections de la Russie.",
    ),
    (
        "Siria: la ONU posterga la votación de la tregua por las objeciones rusas",
        "El Consejo de Seguridad postergó hasta el sábado la votación sobre el alto el fuego en "
        "Siria ante las objeciones de Rusia.",
    ),
    (
        "Siria: no hubo votación; Moscú pide enmiendas",
        "El Consejo de Seguridad no votó el jueves la tregua en Siria porque Moscú pide enmiendas.",
    ),
    (
        "Syrien-Resolution: Abstimmung aufgeschoben",
        "Die Abstimmung über den Entwurf zu Syrien wurde aufgeschoben; Russland hat Einwände "
        "gegen den Text.",
    ),
    # A draft softened or diluted to bring the member on board; the member's request, its
    # rival text; an adoption only hoped for is still ahead.
    (
        "Sponsors soften Syria truce draft to bring Russia on board",
        "Kuwait and Sweden softened their draft on a 30-day ceasefire in Syria to bring Russia "
        "on board before a vote, diplomats said.",
    ),
    (
        "Syria draft diluted to satisfy Russia",
        "Western sponsors diluted their Syria draft to satisfy Russia, dropping the threat of "
        "sanctions, before Thursday's vote.",
    ),
    (
        "Vote on Syria ceasefire delayed as Russia seeks more time",
        "The Security Council delayed a vote on a Syria ceasefire after Russia asked for more "
        "time to study the text.",
    ),
    (
        "Russian request delays Syria vote",
        "A Russian request for consultations in capitals delayed the Security Council's vote on "
        "the Syria ceasefire draft to Friday.",
    ),
    (
        "Syria vote put off; Moscow tables rival text",
        "The vote on the Western draft on Aleppo was put off as Moscow tabled a rival text of "
        "its own.",
    ),
    (
        "Council to vote Saturday on Syria truce after two delays",
        "Sponsors hope the text will be adopted unanimously; the vote was put off twice as "
        "Russia sought changes.",
    ),
    (
        "Syrien: Abstimmung vertagt",
        "Der Entwurf soll am Samstag verabschiedet werden; die Abstimmung wurde vertagt, weil "
        "Russland Änderungen verlangt.",
    ),
    # Ghouta in German and Spanish spellings; the French "scrutin" and a conditional "s'y
    # opposerait"; differences with the member left unbridged.
    (
        "Sicherheitsrat verschiebt Votum zu Ost-Ghuta",
        "Die Abstimmung wurde auf Montag verschoben, weil Moskau weitere Änderungswünsche hat.",
    ),
    (
        "Guta Oriental: la ONU aplaza otra vez la votación",
        "La votación quedó para el lunes porque persisten las diferencias con Rusia sobre el texto.",
    ),
    (
        "Syrie : les Occidentaux diffèrent le scrutin sur Alep",
        "Le scrutin sur le projet est différé à lundi ; Moscou a prévenu qu'il s'y opposerait.",
    ),
    (
        "Syria vote slips as differences with Moscow persist",
        "The vote on the Syria truce text slipped to Monday; differences with Moscow over the "
        "scope of the ceasefire remain, diplomats said.",
    ),
]

VOTES_PUT_OFF_FOR_OTHER_REASONS = [
    (
        "Syria aid vote moved to Friday for translation",
        "The vote on the cross-border text has been moved to Friday so that the compromise "
        "agreed by Russia and the United States can be translated.",
    ),
    (
        "Syria truce vote held over a day as members settle final wording",
        "The vote was put back to Saturday while members agreed the last paragraphs; Russia and "
        "China said they would vote in favour.",
    ),
    (
        "Syria vote put back a day at the envoy's request",
        "The vote on renewing the observer mission was delayed to Thursday after the joint "
        "envoy asked for more time to consult; Moscow and Beijing welcomed the delay.",
    ),
    (
        "Geneva round on Syria postponed as Moscow objects to opposition line-up",
        "The UN envoy said the talks would open later in the month; Russia had objected to the "
        "make-up of the opposition delegation.",
    ),
    (
        "Vote on Tripoli ceasefire text put off as Moscow demands changes",
        "The British draft on Libya will not be put to a vote this week after Russia objected "
        "to language on Haftar's forces. Moscow has vetoed texts on Syria many times.",
    ),
    (
        "Syrie : le vote reporté pour la traduction du texte",
        "Le vote sur l'aide transfrontalière a été reporté à vendredi pour traduire le "
        "compromis conclu entre la Russie et les États-Unis.",
    ),
    (
        "Сирия: голосование перенесли из-за перевода",
        "Голосование по трансграничной помощи перенесено на пятницу, чтобы перевести "
        "согласованный Россией и США текст.",
    ),
    (
        "Syria vote postponed because of a snowstorm",
        "The Security Council postponed Monday's vote on renewing Syria aid after a storm closed "
        "UN headquarters; Russia, which holds the presidency, set a new date.",
    ),
    (
        "Syria: Russia demands changes to the constitutional committee's rules; session postponed",
        "The committee's session in Geneva was postponed as Russia and Damascus demanded changes "
        "to the draft rules of procedure.",
    ),
    (
        "Syria truce vote delayed as members finalise text",
        "A vote on the Syria ceasefire text was delayed by a few hours while members finalised "
        "the wording; Russia's envoy said he expected a unanimous vote.",
    ),
    # The adoption itself is the news; the delays before it are background (the adoption of
    # resolution 2401 is labelled with no demand).
    (
        "Security Council demands 30-day ceasefire in Syria",
        "The Council unanimously adopted the resolution on Saturday after the vote was delayed "
        "twice. Russia's ambassador said a ceasefire would only hold with guarantees from the "
        "armed groups.",
    ),
    (
        "UN Council unanimously backs Syria truce after delays",
        "The vote, delayed for two days as Russia sought changes, passed 15-0 on Saturday.",
    ),
    (
        "Security Council adopts Syria ceasefire text",
        "The resolution, softened to win Russia's support, demands a truce 'without delay' "
        "across Syria.",
    ),
    (
        "Syrie : le Conseil adopte à l'unanimité une trêve de 30 jours",
        "Le vote, reporté deux fois en raison des amendements exigés par la Russie, a finalement "
        "eu lieu samedi.",
    ),
    (
        "Siria: el Consejo aprueba por unanimidad la tregua",
        "La votación, aplazada dos veces por las enmiendas que exigía Rusia, se celebró el sábado.",
    ),
    (
        "Syrien: Sicherheitsrat stimmt einstimmig für Waffenruhe",
        "Die zweimal vertagte Abstimmung fand am Samstag statt, nachdem Russland Änderungen "
        "verlangt hatte.",
    ),
]


@pytest.mark.parametrize(("title", "text"), VOTES_PUT_OFF_UNDER_PRESSURE)
def test_a_vote_put_off_under_a_permanent_members_pressure_is_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(("title", "text"), VOTES_PUT_OFF_FOR_OTHER_REASONS)
def test_a_vote_put_off_for_another_reason_or_on_another_file_is_not(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# A headline naming another file's capital or city (Tripoli, Hodeidah, Bamako, Kyiv) is that
# file's news, like one naming the country, when Syria is named only in the text.
def test_a_headline_on_another_files_capital_fires_nothing(matcher: Matcher) -> None:
    assert not fired(
        matcher,
        "Vote on Hodeidah monitors delayed as Washington seeks changes",
        "The Council put off its vote on UN monitors for the Yemeni port after the United States "
        "asked for changes; members had met on Syria's detainees the day before.",
    )


# Classes read in en-demands-7 after its first reading (tuned on afterwards, in other words
# here): a draft rewritten while Russia objects; a member "in no hurry" and wanting changes;
# a Council response or statement watered down while Russia and China object; a Council
# "held hostage" by a permanent member; a text dismissed, its adoption ruled out.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Sponsors rewrite Syria text to court Moscow",
            "The draft was rewritten overnight, the call for an arms embargo dropped after Russia "
            "objected, and a vote could come on Friday.",
        ),
        (
            "Moscow holding up Syria vote, diplomats say",
            "Russia is in no hurry to see the Syria draft voted on and wants further changes.",
        ),
        (
            "Council's response to Hama shelling watered down",
            "Western members wanted a firm press statement condemning the shelling of Hama and "
            "calling for access for investigators; after hours of talks in which the Russian and "
            "Chinese delegations objected to every paragraph, the members only expressed concern.",
        ),
        # (A text never put to a vote "with the envoys walking out" left this list after
        # review: walking out or leaving is no pressure word, FINDINGS-B H1.)
        (
            "Aid agencies: Council held hostage over Idlib",
            "The Security Council is being held hostage by a permanent member while Idlib burns, "
            "the agencies said.",
        ),
        (
            "Russia dismisses Western Syria text before Council vote",
            "Moscow's envoy dismissed the draft as a stunt and all but ruled out its adoption.",
        ),
    ],
)
def test_obstruction_told_in_the_blind_sets_words_fires(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A headline dated by the failed vote ("two days after failed U.N. vote") is about
        # the other news, as one dated by the veto is.
        (
            "France recalls envoy from Damascus days after failed U.N. vote",
            "Paris withdrew its ambassador from Syria on Tuesday, three days after Russia and "
            "China vetoed a Council resolution on the crackdown.",
        ),
        # A resolution that "rules out" force is not a member ruling out a text.
        (
            "Moscow says new Syria resolution rules out any use of force",
            "The Russian foreign minister said the text adopted on Friday gave no automatic "
            "right to strike and that any breach would come back to the Council.",
        ),
    ],
)
def test_a_failed_vote_dating_the_headline_or_a_text_ruling_out_force_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Planes suspected to carry weapons to Damascus are arms flights; jets that carried out
# strikes are not.
def test_planes_carrying_weapons_to_damascus_are_arms_flights(matcher: Matcher) -> None:
    assert ARMS in fired(
        matcher,
        "Washington asks Baghdad to search Iranian flights bound for Syria",
        "Officials say the cargo planes crossing Iraqi airspace to Damascus carry weapons for "
        "Assad's forces.",
    )
    assert ARMS not in fired(
        matcher,
        "Russian jets pound Idlib",
        "Aircraft from Hmeimim carried out dozens of strikes on Idlib overnight, monitors said.",
    )


# A court abroad sentencing a Syrian soldier for executions is a trial of a perpetrator.
def test_a_soldier_sentenced_abroad_for_executions_is_accountability(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Dutch court convicts Syrian ex-soldier over prisoner executions",
        "Judges in The Hague district court gave the former government soldier twelve years for "
        "his part in the execution of a captured man in Deir ez-Zor.",
    )


# Aid, evacuations or a convoy held up "despite the resolution" while Russia insists on its
# own pauses is the resolution not carried out, not a vote put off; nor is a vote set once
# Russia drops its objections.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia drops objections, Syria vote set for Friday",
            "Russia dropped its objections to the revised text and the vote was set for Friday, "
            "diplomats said.",
        ),
        (
            "Aid to Ghouta held up despite Council resolution",
            "UN convoys were held up again on Monday despite the Council's resolution, as Russia "
            "insisted the truce applied only during its five-hour daily pauses.",
        ),
        (
            "Ghouta aid convoy delayed despite U.N. ceasefire resolution",
            "The convoy was delayed for a third day; Russia's defence ministry insisted rebels "
            "were shelling the corridor.",
        ),
        (
            "Evacuations from Ghouta postponed despite resolution 2401",
            "Medical evacuations were postponed as Russia objected to the lists of patients, the "
            "UN said.",
        ),
    ],
)
def test_aid_held_up_despite_a_resolution_is_no_vote_put_off(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# People held hostage by ISIL or by rebels, named beside the Council, are not the Council
# "held hostage" by a permanent member.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Council condemns killing of aid worker held hostage in Raqqa",
            "The Security Council condemned ISIL for holding hostage and killing a British aid "
            "worker in Syria.",
        ),
        (
            "Russian pilots held hostage, Moscow says",
            "Moscow said two Russian pilots were held hostage by rebels near Idlib and asked the "
            "Council to act.",
        ),
    ],
)
def test_people_held_hostage_are_not_a_council_held_hostage(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Review round (FINDINGS-B H1, H2, M2-M6, L1). Every sentence here is new. A routine delay
# does not alert: a member "leaving" the room, a draft "held up" for cameras, "no date yet"
# or "in no hurry" with the text agreed are no pressure, and pressure denied or agreed ("no
# objections", "has not threatened a veto", "changes agreed with Moscow", "will not table a
# rival draft") is not pressure. Another body's vote put off (the Human Rights Council, the
# OPCW's Executive Council, the General Assembly) is not the Security Council's. Each fired
# on 16a0fcc.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria cross-border vote slips to Monday for translation",
            "The vote on renewing the Bab al-Hawa crossing was moved to Monday while the text is "
            "translated; Russia's deputy envoy, leaving the consultations, said Moscow would "
            "support it.",
        ),
        (
            "Russian envoy holds up Syria draft for cameras",
            "Russia's ambassador held up the draft resolution on Aleppo for photographers before "
            "the meeting and said Moscow would vote for it on Thursday.",
        ),
        (
            "Syria humanitarian text finalised, no date set for vote",
            "Members finalised the Syria humanitarian draft on Tuesday; there is no date yet for "
            "the vote, and Russia and China have signalled they will back it, leaving the way "
            "clear.",
        ),
        (
            "Council waits for de Mistura before Syria vote",
            "Members agreed to hold off the Syria vote until the UN envoy briefs on Thursday, at "
            "his request; China said it was in no hurry either and backs the draft.",
        ),
        (
            "Syria vote put back a day after overnight deal",
            "The vote on the Idlib truce text was put back to Saturday to let capitals review "
            "changes agreed with Moscow overnight; all fifteen are expected to vote yes.",
        ),
        (
            "Syria aid vote delayed; Russia raises no objections",
            "The Council delayed the cross-border vote to Thursday at the penholders' request. "
            "Russia's envoy said Moscow had no objections to the text.",
        ),
        (
            "Syria truce vote pushed to Monday",
            "The vote was pushed to Monday to give delegations time to read the final text; "
            "Moscow has not threatened a veto this time, diplomats said.",
        ),
        (
            "Syria chemical weapons vote delayed a day",
            "The vote on the Syria chemical weapons text was delayed a day. Russia said it would "
            "not table a rival draft and would abstain.",
        ),
        (
            "Council demands Idlib ceasefire after three days of delay",
            "The Security Council on Friday demanded a ceasefire across Idlib after Russia won "
            "changes to the text during days of delays.",
        ),
        (
            "UN Council unites on Aleppo truce after delays",
            "After Russia held out for changes over two days of postponed votes, the 15 members "
            "endorsed a truce for eastern Aleppo.",
        ),
        (
            "Rights Council vote on Syria text pushed back as Russia objects",
            "In Geneva, the Human Rights Council put off its vote on the Syria resolution after "
            "Russia objected to language on Aleppo.",
        ),
        (
            "OPCW Executive Council defers Syria decision after Russian objections",
            "The Executive Council in The Hague deferred its vote on the Syria decision as "
            "Russia demanded changes to the text.",
        ),
        (
            "Assembly vote on Syria text delayed as Russia presses for changes",
            "The General Assembly postponed its vote on the Syria resolution after Russia "
            "demanded changes to the text.",
        ),
    ],
)
def test_a_routine_delay_or_denied_pressure_or_another_bodys_vote_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# An adoption told in the past is the item's own only when "was adopted" is its resolution
# (not "a similar text was adopted in 2014"); a headline "backs" a call to put the vote off
# or a deadline "passes" is no adoption; "Tripoli" is Libya's only beside Libya or Haftar
# (Lebanon's Tripoli rallies on Syria). Each gave nothing on 16a0fcc.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Beijing backs Moscow's bid to delay Syria vote",
            "China on Wednesday backed Russia's demand that the Security Council vote on the "
            "Aleppo truce be put off until Moscow's amendments are considered.",
        ),
        (
            "Weekend passes with no Syria vote as Russia holds out",
            "The Council's vote on the Ghouta truce was postponed again as Russia insisted on "
            "changes to the text.",
        ),
        (
            "Aleppo truce vote delayed as Moscow demands changes",
            "The Security Council vote on the Aleppo truce was delayed again after Russia "
            "demanded changes. A similar text was adopted in 2014 but never carried out.",
        ),
        (
            "Tripoli crowds rally against Moscow over blocked UN vote",
            "Thousands marched in the Lebanese city of Tripoli on Friday against Russia's veto "
            "of the Security Council resolution on Syria, chanting for Idlib.",
        ),
    ],
)
def test_a_vote_put_off_told_beside_an_old_adoption_or_in_lebanons_tripoli_fires(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# The same pressure still counts beside translation when the member is its subject, a
# member "in no hurry" wanting changes is still pressure, and the Security Council's own
# vote named beside the Assembly is still the Council's; Libya's Tripoli stays Libya's.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Syria vote delayed to translate Russia's amendments",
            "The vote was delayed to Friday to translate the amendments Russia demanded to the "
            "Ghouta text.",
            True,
        ),
        (
            "Moscow in no hurry on Syria vote as it seeks changes",
            "Russia is in no hurry to see the Idlib draft put to a vote and wants the language "
            "on accountability removed, diplomats said.",
            True,
        ),
        (
            "Security Council vote on Syria delayed as Russia objects; Assembly waits",
            "The Security Council put off its vote on the Syria draft after Russia objected; the "
            "General Assembly will meet if it fails.",
            True,
        ),
        (
            "Tripoli militia clashes stall UN vote as Russia objects",
            "Fighting around the Libyan capital held up the Council vote on Haftar's offensive "
            "after Russia objected to the text; Moscow has long shielded Damascus at the Council "
            "on Syria.",
            False,
        ),
    ],
)
def test_the_pressure_guards_leave_the_real_class_alone(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (STOP_VETO in fired(matcher, title, text)) is fires


# The constitutional committee's session put off while Moscow insists on changes to its
# draft rules is no Council vote: this fires when that exclusion is removed (FINDINGS-B M6).
def test_a_constitutional_session_put_off_under_pressure_is_not_a_council_vote(
    matcher: Matcher,
) -> None:
    title, text = [
        "Geneva round of Syria constitutional talks delayed as Moscow demands changes",
        "The session of the body drafting Syria's constitution was delayed after Russia insisted "
        "on changes to the draft of its rules.",
    ]
    assert STOP_VETO not in fired(matcher, title, text)


# Kept from the en-demands-7 round after review (L1), each on sentences of other registers:
# a Council "held hostage" (an op-ed, a minister to parliament; both need the rule) and a
# headline dated by the failed vote (a wire, an EU release; both alert without the rule).
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Opinion: Syria's children cannot wait for a Council held hostage",
            "For six years the Security Council has been held hostage by one permanent member "
            "while the children of Idlib paid for it.",
        ),
        (
            "Minister tells MPs Council is hostage to Moscow on Syria",
            "The minister told the House that the Security Council was being held hostage by "
            "Moscow on Syria and that Britain would take the matter to the General Assembly.",
        ),
    ],
)
def test_a_council_held_hostage_in_an_op_ed_or_to_parliament_is_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Gulf states recall envoys from Damascus days after failed UN vote",
            "Six Gulf states recalled their ambassadors from Syria, three days after Russia and "
            "China vetoed a Council resolution on the crackdown.",
        ),
        (
            "EU lists 12 more Syrian officials a week after failed UN vote",
            "The Council of the European Union today added twelve officials to its Syria "
            "sanctions list. The decision follows the veto by Russia and China of a Security "
            "Council draft on 4 February.",
        ),
    ],
)
def test_news_dated_days_after_a_failed_vote_is_the_other_news(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# A voting record never says "veto": the tally does, when China or the Russian Federation
# opens the list of No votes (or follows Bolivia in it). Catalogue records, a wire's tally
# and a press release's tally, with and without "not adopted"; the Council catalogues Syria
# drafts under "the situation in the Middle East", which names no Syria word.
TALLIES_WITH_A_PERMANENT_NO = [
    (
        "Draft resolution S/2018/321 [Syrian Arab Republic] : voting record",
        "Yes: 12. No: 2 (Bolivia (Plurinational State of), Russian Federation). Abstentions: 1 "
        "(China).",
    ),
    (
        "Council tally on the Idlib text",
        "UNITED NATIONS - The count on the Syria draft was 13 in favour, against 2 (China, "
        "Russian Federation), with no abstentions.",
    ),
    (
        "Vote on draft resolution S/2013/999 : the situation in the Middle East",
        "Recorded vote. Yes 11; No 3 (China, Russian Federation, Venezuela); abstaining 1.",
    ),
    (
        "Security Council draft on Syria chemical attacks : vote",
        "Voting against: Russian Federation. In favour: 12. Abstentions: 2. Not adopted.",
    ),
]


@pytest.mark.parametrize(("title", "text"), TALLIES_WITH_A_PERMANENT_NO)
def test_a_tally_with_a_permanent_no_is_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# Tallies where no permanent member says no: an adopted draft with Russia and China among
# the abstentions, a Russian text short of votes (the two among the Yes), the Assembly's
# and the Human Rights Council's votes on Syria with them against, a procedural vote that
# carried, and a US veto on the Palestinian question catalogued under the Middle East.
TALLIES_WITHOUT_A_COUNCIL_VETO = [
    (
        "Resolution 2585 (2021) : the situation in the Middle East (Syria) : vote",
        "Yes: 13. No: 0. Abstentions: 2 (China, Russian Federation). Adopted.",
    ),
    (
        "Vote on draft resolution S/2019/757 (Syria)",
        "Yes: 5 (China, Equatorial Guinea, Kuwait, Russian Federation, South Africa); No: 6 "
        "(Belgium, France, Germany, Poland, United Kingdom, United States); Abstentions: 4.",
    ),
    (
        "Situation of human rights in the Syrian Arab Republic : resolution / adopted by the "
        "General Assembly",
        "Recorded vote: in favour 101; against 3 (China, Russian Federation, Syria); abstaining "
        "60.",
    ),
    (
        "Human Rights Council extends Syria inquiry",
        "The Council in Geneva voted 26 in favour to 4 against (China, Russian Federation, ...), "
        "with 17 abstentions, to keep the commission working on Syria.",
    ),
    (
        "Syria briefing goes ahead after procedural vote",
        "The provisional agenda was adopted by 10 votes in favour to 3 against (Bolivia, China, "
        "Russian Federation), with 2 abstentions, and the Council heard the rights chief on Syria.",
    ),
    (
        "Draft resolution S/2023/970 : the situation in the Middle East, including the "
        "Palestinian question : vote",
        "Yes: 13. No: 1 (United States). Abstentions: 1 (United Kingdom). Not adopted.",
    ),
]


# Probe s14 N3: the same, told in the other languages' own ways of saying "none against"
# (an adoption with China and Russia abstaining read as obstruction in French, and being a
# high-priority demand it would have paged its owner).
TALLIES_WITHOUT_A_COUNCIL_VETO += [
    (
        "Le Conseil de sécurité adopte la résolution 2823 (2026) sur la Syrie",
        "Le Conseil a adopté le texte par 13 voix pour, zéro contre et 2 abstentions (Chine, "
        "Fédération de Russie).",
    ),
    (
        "El Consejo de Seguridad aprueba la resolución 2821 (2026) sobre Siria",
        "El texto obtuvo 13 votos a favor, ninguno en contra y 2 abstenciones (China, "
        "Federación de Rusia).",
    ),
    (
        "Sicherheitsrat verlängert Syrien-Mandat",
        "Die Resolution wurde mit 13 Stimmen bei keiner Gegenstimme und Enthaltungen Russlands "
        "und Chinas angenommen.",
    ),
    (
        "СБ ООН продлил механизм по Сирии",
        "За резолюцию проголосовали 13 членов Совета, ни одного голоса против, Россия и Китай "
        "воздержались.",
    ),
]


@pytest.mark.parametrize(("title", "text"), TALLIES_WITHOUT_A_COUNCIL_VETO)
def test_a_tally_without_a_permanent_no_in_the_council_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Blocking told without the word veto: a permanent member that strikes, votes or knocks a
# Council measure down, a measure "killed" in the vote, a lone "no" (a wire, a headline, an
# NGO's release, a minister's statement).
BLOCKED_IN_OTHER_WORDS = [
    (
        "Moscow strikes down Syria truce bid at U.N.",
        "Russia struck down a French-drafted proposal for a week-long pause in Aleppo on "
        "Saturday; eleven Council members had backed it.",
    ),
    (
        "Beijing and Moscow vote down aid renewal for Syria",
        "UNITED NATIONS - China and Russia voted the twelve-month extension of cross-border aid "
        "to Syria down in the Council on Friday.",
    ),
    (
        "Syria gas inquiry ends after U.N. vote",
        "The Council's vote on Thursday, with Moscow the only permanent member against, killed "
        "the mechanism that named who used chemical weapons in Syria.",
    ),
    (
        "Lone Russian 'no' leaves Idlib without a Council truce",
        "Fourteen members voted for the Syria text.",
    ),
    (
        "Minister: Moscow halted the Council's bid to protect Aleppo hospitals",
        "The foreign minister told parliament that Russia had halted the Security Council's bid "
        "to protect hospitals in Aleppo, Syria.",
    ),
]


@pytest.mark.parametrize(("title", "text"), BLOCKED_IN_OTHER_WORDS)
def test_blocking_told_without_the_word_veto_is_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# The same verbs when the member blocks nothing at the Council: its jets or checkpoints, a
# Russian text that others voted down, another body's vote, a government blocking aid.
BLOCKED_ELSEWHERE = [
    (
        "Russian strikes killed 14 near Idlib despite truce, UN says",
        "Russian air strikes killed 14 people in Idlib province, Syria, despite the ceasefire, "
        "the United Nations said.",
    ),
    (
        "Western members vote down Moscow's Syria plan",
        "UNITED NATIONS - Nine members voted against Russia's text on Syria on Monday, which "
        "drew only four votes in favour.",
    ),
    (
        "Russia blocks Western bid at OPCW on Syria",
        "Russia and China voted against the decision at the OPCW Executive Council on Syria, "
        "which passed with 28 votes.",
    ),
    (
        "Russian military police stop UN aid convoy near Aleppo",
        "Russian troops blocked the convoy for six hours at a checkpoint outside Aleppo, Syria, "
        "a UN official said.",
    ),
]


@pytest.mark.parametrize(("title", "text"), BLOCKED_ELSEWHERE)
def test_the_same_verbs_without_a_council_block_are_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Reactions to the blocking that name no veto: the Secretary-General's regret that the
# Council "could not agree", a government accusing the members of protecting Damascus, an
# NGO on the Council's inability to act.
REACTIONS_TO_THE_BLOCKING = [
    (
        "Statement attributable to the Spokesperson on Syria's north-west",
        "The Secretary-General is dismayed that the Security Council could not agree today on "
        "keeping the crossing into north-west Syria open.",
    ),
    (
        "Paris accuses Moscow of protecting Damascus at the UN",
        "France said Russia had once again protected the Assad government from the Council's "
        "judgment in Tuesday's vote.",
    ),
    (
        "Syria: rights group decries Council's inability to act on Ghouta",
        "Amnesty International said the Council's inability to act on eastern Ghouta, Syria, "
        "had left civilians without protection.",
    ),
]


@pytest.mark.parametrize(("title", "text"), REACTIONS_TO_THE_BLOCKING)
def test_reactions_to_the_blocking_without_the_word_veto_are_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# Disagreements that are not the Council blocking: members not agreeing on a press
# statement, the constitutional committee unable to agree, Russia protecting Assad on the
# battlefield with no Council in sight.
NOT_REACTIONS_TO_A_BLOCK = [
    (
        "Syria constitutional talks end without agenda",
        "The co-chairs of the Syrian committee could not agree on an agenda, the envoy told the "
        "Council.",
    ),
    (
        "Russia protected Assad with air power, study says",
        "A think tank report on Syria says Russian jets protected the Damascus government's "
        "hold on the coast from 2015 on.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NOT_REACTIONS_TO_A_BLOCK)
def test_disagreements_that_are_not_a_council_block_are_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# A veto named in a relative clause is the member's record, not the item's news: an
# abstention expected, a member backing a renewal (review B M5). With a veto of its own the
# item still fires.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Russia, which has vetoed 16 Syria drafts, is expected to abstain",
            "Diplomats expect Moscow to abstain when the Council votes on the Syria aid renewal, "
            "which 13 members support.",
            False,
        ),
        (
            "China, which has blocked eight texts on Syria, will back aid renewal",
            "Beijing's envoy said China would vote for the six-month extension of the crossing.",
            False,
        ),
        (
            "Russia, which has vetoed 16 Syria drafts, vetoes a seventeenth",
            "Moscow on Thursday vetoed the Council's renewal of the crossing into Syria.",
            True,
        ),
        (
            "Moscow, which has used its veto on Syria before, threatens to veto again",
            "Russia said it would veto the Western text on Idlib, Syria.",
            True,
        ),
    ],
)
def test_a_veto_in_a_relative_clause_is_background(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (STOP_VETO in fired(matcher, title, text)) is fires


# A rights group's published research naming violations is an investigation of crimes:
# a report, a field investigation, an analysis of footage; not a group reacting to a veto,
# and not aid agencies or researchers reporting needs.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Syria: rights group's field research finds markets were struck unlawfully",
            "Human Rights Watch interviewed 35 survivors and concluded that the strikes on two "
            "markets in Maarat, Syria, violated the laws of war.",
            True,
        ),
        (
            "Report traces deaths in Syrian custody",
            "The Syrian Network for Human Rights documented 112 deaths under torture in "
            "government prisons last year, its annual report says.",
            True,
        ),
        (
            "Amnesty analysis of footage points to deliberate attacks on Idlib clinics",
            "Amnesty International's analysis of videos and satellite images shows clinics in "
            "Idlib, Syria, were hit deliberately, the group said.",
            True,
        ),
        (
            "Rights group calls veto a licence for war crimes in Syria",
            "Human Rights Watch said the Russian veto of the Idlib text would be read in "
            "Damascus as permission for more violations.",
            False,
        ),
        (
            "NGO report: Idlib camps short of fuel and blankets",
            "A report by aid groups working in Idlib, Syria, says families in the camps cannot "
            "heat their tents this winter.",
            False,
        ),
    ],
)
def test_a_rights_groups_research_on_violations_is_an_investigation(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (ACCOUNTABILITY in fired(matcher, title, text)) is fires


# A draft to determine who was responsible for attacks carries the accountability demand
# beside the veto that killed it.
def test_a_vetoed_draft_to_determine_responsibility_is_accountability(matcher: Matcher) -> None:
    assert {STOP_VETO, ACCOUNTABILITY} <= fired(
        matcher,
        "Moscow vetoes UN text on Douma",
        "Russia vetoed a draft that would have set up a panel to establish responsibility for "
        "the chlorine attack in Douma, Syria.",
    )


# Monitors told in other words: unarmed blue berets to watch a truce, OPCW teams given a
# free run, a UN team let into prisons, the inquiry's team turned away at the border; not
# aid teams, peacekeepers on the Golan, or the war monitor.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Council agrees to send unarmed blue berets to watch Syria truce",
            "Up to 300 unarmed officers will oversee the ceasefire in Syria for three months.",
            True,
        ),
        (
            "OPCW teams to have free run of Syrian sites under deal",
            "Damascus must let the teams go anywhere they choose, diplomats said of the Syria "
            "text.",
            True,
        ),
        (
            "Damascus lets UN delegation into two prisons",
            "A UN delegation toured detention centres in Adra, Syria, the rights office said.",
            True,
        ),
        (
            "Inquiry's team turned away at Syrian border",
            "Syrian officials turned away the commission of inquiry's staff at the Lebanese "
            "crossing on Monday.",
            True,
        ),
        (
            "UN team delivers flour to Madaya",
            "A UN humanitarian team reached Madaya, Syria, with flour and medicine for 40,000 "
            "people.",
            False,
        ),
        (
            "Blue helmets rotate on the Golan",
            "Fresh UNDOF troops took over positions in the Golan; the force monitors the "
            "ceasefire line with Syria.",
            False,
        ),
    ],
)
def test_monitors_told_in_other_words(matcher: Matcher, title: str, text: str, fires: bool) -> None:
    assert (MONITORS in fired(matcher, title, text)) is fires


# The cross-border aid mechanism and the Joint Investigative Mechanism are Syria's: items on
# them often name no Syria word (a wire on the renewal, a French or Russian lede on the JIM).
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moscow blocks year-long renewal of cross-border aid",
            "Russia vetoed the twelve-month extension of the UN's cross-border aid mechanism on "
            "Friday; thirteen members voted in favour.",
        ),
        (
            "Le Conseil ne parvient pas à renouveler le Mécanisme d'enquête conjoint",
            "Le projet américain a échoué en raison du vote négatif de la Russie, membre "
            "permanent.",
        ),
        (
            "Россия заблокировала продление трансграничного механизма помощи",
            "Против проголосовали Россия и Китай, тринадцать членов Совета поддержали проект.",
        ),
    ],
)
def test_the_syrian_mechanisms_named_without_syria_still_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# Other cross-border matters are not Syria's: trade across a border, shelling across it,
# aid into another country named in the headline.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Cross-border trade between Turkey and Iraq doubles",
            "Customs figures show cross-border trade rose sharply; Russia and China were not "
            "involved.",
        ),
        (
            "Sudan: cross-border aid from Chad resumes at Adre",
            "UN trucks crossed into Darfur after the Security Council members' talks; Russia had "
            "raised objections.",
        ),
    ],
)
def test_other_cross_border_matters_fire_nothing(matcher: Matcher, title: str, text: str) -> None:
    assert fired(matcher, title, text) == set()


# A Russian text that failed is not a permanent member blocking, however the catalogue or the
# release names it ("submitted by the Russian Federation", "the Russian Federation's draft").
def test_a_text_submitted_by_russia_that_failed_is_not_obstruction(matcher: Matcher) -> None:
    assert STOP_VETO not in fired(
        matcher,
        "Council does not adopt text on Syria crossings",
        "The draft submitted by the Russian Federation was not adopted, with 5 votes in "
        "favour, 6 against and 4 abstentions; it would have kept one crossing open into Syria.",
    )


# The Council that "could not agree", its incapacity, a member protecting Damascus, or a
# text a member "closes the way to", in the other languages; a constitutional committee's
# failure to agree and a declaration not agreed are not.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Syrie : Guterres déplore l'incapacité du Conseil à agir sur Idlib",
            "Le Secrétaire général regrette que le Conseil de sécurité ne soit pas parvenu à un "
            "accord sur Idlib, en Syrie.",
            True,
        ),
        (
            "Londres reproche à Moscou de protéger le régime syrien",
            "Le Royaume-Uni accuse la Russie de protéger le régime de Damas au Conseil de "
            "sécurité.",
            True,
        ),
        (
            "Rusia y China cierran el paso al texto sobre Idlib",
            "Trece miembros del Consejo de Seguridad votaron a favor del proyecto sobre Siria.",
            True,
        ),
        (
            "Генсек ООН: Совбез не смог договориться о помощи Сирии",
            "Гутерриш выразил сожаление, что Совет Безопасности не смог продлить помощь Сирии.",
            True,
        ),
        (
            "غوتيريش يأسف لعجز مجلس الأمن عن التوافق بشأن سوريا",
            "دعا الأمين العام أعضاء المجلس إلى مواصلة العمل من أجل المدنيين في سوريا.",
            True,
        ),
        (
            "Syrie : la commission constitutionnelle dans l'impasse",
            "Les coprésidents n'ont pas pu s'entendre sur l'ordre du jour, a dit l'envoyé au "
            "Conseil.",
            False,
        ),
        (
            "Siria: el Consejo no logra una declaración sobre el atentado",
            "Los miembros del Consejo no lograron acordar una declaración sobre el atentado en "
            "Damasco.",
            False,
        ),
    ],
)
def test_the_council_that_could_not_agree_in_other_languages(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (STOP_VETO in fired(matcher, title, text)) is fires


# A preview saying a permanent member's opposition leaves the text little chance is the
# blocking announced; a Russian text short of votes, or one expected to pass, is not.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Syria: Vote on the Idlib Draft",
            "Members vote this afternoon on the Idlib draft on Syria, which diplomats say is "
            "unlikely to be adopted given Moscow's stance on its reporting clause.",
            True,
        ),
        (
            "Aleppo text heads for a vote",
            "The French draft on Aleppo, Syria, is expected to fail on Saturday, diplomats said, "
            "pointing to Russia.",
            True,
        ),
        (
            "Russian Syria draft unlikely to pass",
            "The Russian text on Syria is unlikely to pass, lacking nine votes, Western "
            "diplomats said.",
            False,
        ),
    ],
)
def test_a_preview_giving_the_text_no_chance_over_a_permanent_member_is_obstruction(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (STOP_VETO in fired(matcher, title, text)) is fires


# An adoption tells earlier blocking as background (a release, a wire); a permanent member's
# record counted out in other news is background too. The adoption whose headline names the
# member's pressure, the Assembly's text deploring the Council's paralysis, and an explainer
# on the veto record itself still fire.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Council unanimously adopts first Syria text on starvation sieges",
            "All fifteen members backed the resolution on Tuesday, after Russia and China had "
            "blocked four drafts on Syria since 2011.",
            False,
        ),
        (
            "UN Council renews Syria aid for another six months",
            "The resolution was adopted 13-0, with Russia and China abstaining, a year after "
            "Moscow vetoed a twelve-month extension.",
            False,
        ),
        (
            "Damascus hosts Russian delegation",
            "The visitors were thanked for Moscow's help, including at the Council, where Russia "
            "has vetoed 17 Syria drafts.",
            False,
        ),
        (
            "Syria crossings renewed, two of them cut at Moscow's demand",
            "The Council adopted the renewal 12-0 with three abstentions after Russia insisted "
            "on closing two crossings into Syria or vetoing the text.",
            True,
        ),
        (
            "General Assembly adopts text deploring Council paralysis on Syria",
            "The Assembly adopted the resolution by 133 votes to 12, deploring the Security "
            "Council's failure to act after Russia and China blocked its drafts.",
            True,
        ),
        (
            "Seventeen vetoes: a decade of Council deadlock on Syria",
            "Russia has vetoed 17 drafts on Syria since 2011, often with China, killing "
            "referrals and inquiries.",
            True,
        ),
    ],
)
def test_an_adoption_or_other_news_tells_earlier_blocking_as_background(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (STOP_VETO in fired(matcher, title, text)) is fires


# A permanent member refusing a Council statement or its stronger wording, or keeping the
# Council silent, blocks Council action too; Damascus rejecting a statement does not.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Council press statement on Homs shelling dropped",
            "A draft press statement on the shelling of Homs, Syria, was abandoned after China "
            "refused to accept it without a reference to armed groups, Council diplomats said.",
            True,
        ),
        (
            "Beijing keeps Council silent on Aleppo hospitals",
            "No text was agreed on the strikes on hospitals in Aleppo, Syria.",
            True,
        ),
        (
            "Damascus rejects Council statement on Idlib",
            "Syria's foreign ministry rejected the Security Council's press statement on Idlib "
            "as biased.",
            False,
        ),
        (
            "Moscow rejects Syrian government statement on Kurdish talks",
            "Russia rejected a statement by the Syrian government on the Kurdish talks; the "
            "Council was not involved.",
            False,
        ),
    ],
)
def test_a_permanent_member_refusing_a_council_statement_is_obstruction(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (STOP_VETO in fired(matcher, title, text)) is fires


# Opposition before a vote in other words (a president calling the text "out of place", an
# envoy who "would not agree" to a renewal, a hand raised against it); abstaining "rather
# than vote against" lets the text pass.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Lavrov: new Syria text counterproductive",
            "Russia's foreign minister said the Western draft on Idlib, Syria, due for a Council "
            "vote on Thursday, was counterproductive and out of place.",
            True,
        ),
        (
            "Moscow will not agree to renew Syria inquiry as it stands",
            "Russia's envoy said Moscow would not agree to extend the investigators' mandate in "
            "Syria without changes to the Council text.",
            True,
        ),
        (
            "Twice in a month Moscow raised its hand against Syria texts",
            "Russia's ambassador raised his hand against the Aleppo draft on Saturday.",
            True,
        ),
        (
            "Syria: Vote on Humanitarian Renewal",
            "Russia, which has questioned the renewal, is expected to abstain rather than vote "
            "against, and the Syria text should be adopted.",
            False,
        ),
        (
            "Moscow calls strikes on Syrian airfield inappropriate",
            "Russia said the missile strikes on the Syrian airfield were inappropriate and asked "
            "for an emergency Security Council meeting.",
            False,
        ),
        (
            "Putin: Western sanctions on Syria counterproductive",
            "President Putin said the European Union's sanctions on Syria were counterproductive.",
            False,
        ),
    ],
)
def test_opposition_before_the_vote_in_other_words(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (STOP_VETO in fired(matcher, title, text)) is fires


# A Council split dated from the first vetoes is background to other news; a veto item
# counting the member's vetoes "since 2011" is still the veto.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Half of Syria's doctors have left, survey finds",
            "Medical staff have fled in their thousands, while the Security Council has been "
            "divided since Russia first used its veto on Syria.",
            False,
        ),
        (
            "Idlib truce text shot down at the UN",
            "Russia and China shot down the Idlib truce on Thursday, Moscow's twelfth veto on "
            "Syria since 2011.",
            True,
        ),
    ],
)
def test_a_split_dated_from_the_first_vetoes_is_background(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (STOP_VETO in fired(matcher, title, text)) is fires


def test_a_resolution_condemning_killings_is_not_a_draft_killed(matcher: Matcher) -> None:
    assert STOP_VETO not in fired(
        matcher,
        "Rights body condemns Tremseh massacre",
        "The Human Rights Council adopted a resolution condemning the killings in Tremseh and "
        "asking its inquiry to look into them.",
    )


# Deaths in custody documented by a rights group are findings of violations.
def test_deaths_in_custody_documented_by_a_rights_group_are_accountability(
    matcher: Matcher,
) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Rights group matches names to Syrian prison photographs",
        "Human Rights Watch traced 19 of the men in the photographs to the branches where they "
        "died in custody, its report says, calling the images evidence.",
    )


# Sanctions monitors (a panel of experts on another state) are not rights monitors.
def test_sanctions_monitors_are_not_rights_monitors(matcher: Matcher) -> None:
    assert MONITORS not in fired(
        matcher,
        "Panel says banned parts reached Syria",
        "The UN sanctions monitors on North Korea reported that valves reached a Syrian "
        "research centre; the panel of experts was denied access to the ports.",
    )


# Jets handed to the Syrian air force are arms supplies; a battery moved out of Syria is not.
@pytest.mark.parametrize(
    ("title", "text", "fires"),
    [
        (
            "Moscow hands Sukhoi bombers to Syrian air force",
            "Russia handed six Sukhoi bombers to the Syrian air force at Hmeimim, Damascus said.",
            True,
        ),
        (
            "Russia pulls S-300 battery out of Syria",
            "Imagery shows the S-300 battery near Masyaf was dismantled and shipped home to "
            "Russia.",
            False,
        ),
    ],
)
def test_jets_handed_to_damascus_and_a_battery_moved_out(
    matcher: Matcher, title: str, text: str, fires: bool
) -> None:
    assert (ARMS in fired(matcher, title, text)) is fires


# Review B H3: a body that "could not agree" is the Security Council's blocking only when the
# Security Council (or "the Council" beside the UN) is named; an opposition, regional, Gulf,
# local or OPCW council failing to agree is not.
OTHER_BODIES_THAT_COULD_NOT_AGREE = [
    (
        "Syrian opposition fails to unite",
        "Syrian National Council members could not agree on a new leader at their meeting in "
        "Istanbul, delegates said.",
    ),
    (
        "EU split on Syria oil embargo",
        "European Union members could not agree on new sanctions against Damascus at Monday's "
        "meeting, diplomats said.",
    ),
    (
        "Arab League stalls on Syria return",
        "Arab League members could not agree on readmitting Syria at the Cairo meeting.",
    ),
    (
        "OPCW council deadlocks on Syria",
        "The OPCW Executive Council could not agree on a decision on Syria's declaration, "
        "delegates said.",
    ),
    (
        "Raqqa council deadlocked over bread price",
        "Members of the Raqqa Civil Council could not agree on the new bread price on Sunday, "
        "residents in Syria told reporters.",
    ),
    (
        "Gulf states divided over envoy to Damascus",
        "Gulf Cooperation Council members could not agree on whether to send ambassadors back "
        "to Syria, a Kuwaiti official said.",
    ),
]


@pytest.mark.parametrize(("title", "text"), OTHER_BODIES_THAT_COULD_NOT_AGREE)
def test_another_body_that_could_not_agree_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Review B H4: blocking told without "veto" needs the Security Council or a UN text, and a
# permanent member as the one blocking: a national legislature killing a measure, a lone "no"
# at another body, Russian police protecting polling stations, or strikes killing a commander
# during a UN-brokered truce are not a Council block.
BLOCKING_WORDS_OUTSIDE_THE_COUNCIL = [
    (
        "House kills Syria strike measure",
        "House Republicans killed the measure authorising strikes on Syria in a 230-190 vote "
        "on Thursday.",
    ),
    (
        "Russian police guard Syrian polling stations",
        "Russian military police protected Damascus polling stations as Syrians voted in "
        "parliamentary elections.",
    ),
    (
        "Moscow stops Idlib truce",
        "Russian strikes killed a rebel commander in Idlib on Sunday, days into a truce "
        "brokered at the UN.",
    ),
    (
        "Syria only no at IAEA",
        "Syria was the sole no vote as the IAEA board found it in non-compliance over the "
        "Deir ez-Zor reactor.",
    ),
    (
        "Iran alone against OPCW decision on Syria",
        "Tehran cast the lone no vote as states at the OPCW conference suspended Syria's "
        "voting rights.",
    ),
    (
        "Drone strike kills commander as Idlib truce frays",
        "A Russian drone strike killed the commander of a rebel brigade near Idlib, Syria, two "
        "days after a ceasefire brokered at the UN took effect.",
    ),
]


@pytest.mark.parametrize(("title", "text"), BLOCKING_WORDS_OUTSIDE_THE_COUNCIL)
def test_blocking_words_outside_the_council_are_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Review B M3: members who "could not agree" on a date or a time are scheduling, and a vote put
# off for translation, by agreement or at a penholder's request stays a postponement even
# beside a member's veto record in a relative clause.
POSTPONEMENTS_THAT_ARE_NOT_OBSTRUCTION = [
    (
        "Syria vote put off as texts translated",
        "A vote on Syria was postponed by agreement; Council members could not agree on a date "
        "earlier in the week because of the holiday.",
    ),
    (
        "Syria aid vote slips to Friday for translation",
        "The Council put off the vote on the cross-border text to Friday to allow translation; "
        "Russia, which has vetoed 16 Syria drafts since 2011, said it was still studying the "
        "text.",
    ),
    (
        "Syria cross-border: vote moved to Monday",
        "Council members could not agree on a time for the vote before the holiday and have "
        "scheduled it for Monday at the request of the penholders.",
    ),
    (
        "Idlib vote delayed at penholders' request",
        "The vote on the Idlib text was delayed to Monday at the request of the co-penholders; "
        "China, which has vetoed ten Syria drafts, has not said how it will vote.",
    ),
]


@pytest.mark.parametrize(("title", "text"), POSTPONEMENTS_THAT_ARE_NOT_OBSTRUCTION)
def test_a_postponement_by_agreement_or_for_translation_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Review B M4: touring, or asking permission, is monitor access only at a prison, a detention
# centre or in Syria, and "human rights" beside a delegation is no rights team; UN rights
# staff visiting refugees outside Syria are not access to Syria.
NOT_MONITOR_ACCESS = [
    (
        "Tourism minister tours Syria",
        "Syria's tourism minister toured Palmyra with a Russian delegation and human rights "
        "were not mentioned.",
    ),
    (
        "Rights staff tour Syria refugee camps in Jordan",
        "UN human rights staff toured Zaatari camp in Jordan, hearing from Syrian refugees.",
    ),
    (
        "Hotel group seeks permission to reopen in Damascus",
        "The chain asked Syrian officials for permission to reopen, and a human rights "
        "delegation from its home country raised concerns.",
    ),
    (
        "UN rights office staff tour camp in Lebanon",
        "Staff of the UN human rights office toured a Syrian refugee settlement in the Bekaa "
        "valley, Lebanon.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NOT_MONITOR_ACCESS)
def test_touring_and_permission_outside_detention_are_not_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


# The narrowed rules above keep what they were written for: a permanent member voting a text
# down with no Council named, a member accused before "the Council" of protecting Damascus,
# members who could not agree on the text itself before a date, the Security Council's
# failure named by an aid agency, monitors touring a prison's cells.
@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        (
            "Berlin: Moscow and Beijing sank the Aleppo pause",
            "Germany's foreign minister said Russia and China, by voting down the Spanish text "
            "on a pause in Aleppo, Syria, had left its hospitals to the bombers.",
            STOP_VETO,
        ),
        (
            "London: Moscow shielded the chemical attackers",
            "The British ambassador told the Council after the vote that Russia had once again "
            "protected the Assad government from scrutiny over the Douma attack in Syria.",
            STOP_VETO,
        ),
        (
            "Cross-border mandate lapses in Syria",
            "Council members could not agree on the text of the renewal by the date the "
            "mandate ran out, leaving Bab al-Hawa closed, the UN said.",
            STOP_VETO,
        ),
        (
            "Aid agencies: the Security Council failed Syria's north-west",
            "A group of 30 aid agencies said the Security Council's inability to act had cost "
            "lives in Idlib, Syria.",
            STOP_VETO,
        ),
        (
            "UN investigators visit Adra prison",
            "The inquiry's team toured the cells and interrogation rooms of Adra prison near "
            "Damascus, Syria.",
            MONITORS,
        ),
    ],
)
def test_the_narrowed_blocking_and_access_rules_still_fire_on_their_cases(
    matcher: Matcher, title: str, text: str, demand: str
) -> None:
    assert demand in fired(matcher, title, text)


# A permanent member's opposition (its objections, resistance, reservations) counts as a
# threatened block only beside a text going to a vote or pushed ahead despite it; the Syrian
# opposition, opposition lifted or absent, objections to another body's text and objections
# while members still negotiate are not a block (session 13).
OPPOSITION_THAT_IS_NOT_A_BLOCK = [
    (
        "Syrian opposition delegation in Moscow welcomes vote on aid renewal",
        "Members of the opposition coalition met Russia's deputy foreign minister and said "
        "they hoped the Council's vote on the cross-border text in Syria would pass.",
    ),
    (
        "Council to vote Monday on Syria aid text, this time without Russian objections",
        "Diplomats expect the renewal of the crossings into Syria to pass after the "
        "penholders met Moscow's concerns over the length of the mandate.",
    ),
    (
        "Russia drops its objections; Council unanimously renews Syria crossing",
        "The vote on the draft was unanimous after Russian objections to the duration were "
        "met, and aid will keep flowing into north-west Syria.",
    ),
    (
        "Syria talks: Russian objections hold up vote on constitutional committee rules",
        "The committee's co-chairs could not agree, and Moscow's reservations over the "
        "draft rules of procedure pushed the vote to the next session in Geneva.",
    ),
    (
        "Council passes Aleppo observers text 15-0",
        "The vote came after Moscow's objections to the French draft on Syria were met in "
        "talks overnight.",
    ),
    (
        "Syria aid renewal: members still negotiating the text",
        "Russia has raised objections to the twelve-month term of the draft renewal, and "
        "penholders are weighing changes before putting it in blue.",
    ),
]


@pytest.mark.parametrize(("title", "text"), OPPOSITION_THAT_IS_NOT_A_BLOCK)
def test_opposition_without_a_text_pushed_to_a_vote_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# UN rights staff or investigators visiting a camp or a city outside Syria (Jordan, Lebanon,
# Turkey) have not been given or denied access to Syria (PREV_CLOSING leftover, session 13).
VISITS_OUTSIDE_SYRIA = [
    (
        "UN rights chief visits Syrian refugee camp in Jordan",
        "The High Commissioner toured Zaatari camp and met Syrian families who fled the war.",
    ),
    (
        "UN investigators tour camps in Lebanon's Bekaa valley",
        "The commission's investigators visited camps in the Bekaa and heard from Syrians "
        "about the shelling of their towns.",
    ),
    (
        "La Haute-Commissaire visite un camp de réfugiés syriens en Turquie",
        "La responsable des droits de l'homme de l'ONU a rencontré des familles syriennes à "
        "Gaziantep.",
    ),
]


@pytest.mark.parametrize(("title", "text"), VISITS_OUTSIDE_SYRIA)
def test_a_visit_outside_syria_is_not_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


# A vetoed or blocked text whose subject is an investigation (or holding attackers to
# account) carries accountability, as the README's "a vote carries its subject's demand";
# a referral or sanctions text keeps its own demand (session 13).
VETOED_TEXTS_ON_OTHER_SUBJECTS = [
    (
        "Russia and China veto French text referring Syria to The Hague",
        "The referral text would have let those responsible for war crimes in Syria be tried "
        "at the International Criminal Court.",
    ),
    (
        "Moscow and Beijing veto Syria sanctions text",
        "The draft would have frozen the assets of those responsible for the siege of Homs, "
        "Syria, Council diplomats said.",
    ),
]


@pytest.mark.parametrize(("title", "text"), VETOED_TEXTS_ON_OTHER_SUBJECTS)
def test_a_referral_or_sanctions_veto_does_not_fire_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        (
            "Western powers table Syria draft despite Russian opposition",
            "Britain and France circulated a draft resolution on the Douma attack in Syria, "
            "pressing ahead with a vote although Moscow has made clear it will not budge.",
            STOP_VETO,
        ),
        (
            "Sicherheitsrat soll über Aleppo-Entwurf abstimmen",
            "Frankreich will den Text trotz russischer Bedenken zur Abstimmung stellen; es geht "
            "um ein Ende der Luftangriffe auf Aleppo in Syrien.",
            STOP_VETO,
        ),
        (
            "UN investigators denied entry to Syria at the Jordanian border",
            "The commission's team was turned away at the crossing from Jordan into Syria.",
            MONITORS,
        ),
        (
            "UN rights envoy visits camps in north-east Syria",
            "The special rapporteur toured the camps near the Iraqi border in Syria where "
            "thousands of families of suspected fighters are held.",
            MONITORS,
        ),
        (
            "UN human rights team visits Adra prison near Damascus",
            "The team toured the cells of the prison in Syria for the first time.",
            MONITORS,
        ),
        (
            "Russia vetoes UN move to hold Syria's attackers to account",
            "Moscow blocked the Council text that would have found out who was behind the "
            "barrel bombs dropped on Aleppo, Syria.",
            ACCOUNTABILITY,
        ),
        (
            "Security Council stalemate over Syria enters its third year",
            "Russia and China have opposed every measure that could lead to pressure on Damascus.",
            STOP_VETO,
        ),
        (
            "Rights groups accuse Moscow of paralysing the UN on Syria",
            "Twenty groups said Russia had kept the Security Council from acting on the "
            "bloodshed in Syria.",
            STOP_VETO,
        ),
    ],
)
def test_the_session_13_rules_fire_on_their_cases(
    matcher: Matcher, title: str, text: str, demand: str
) -> None:
    assert demand in fired(matcher, title, text)


# Round 2 of session 13: each new term with near misses of its own.
ROUND_2_NEAR_MISSES = [
    # A UN Digital Library record titled "Middle East situation" is Syria's only with a
    # Chinese or Russian "no" and no other file named.
    (
        "Middle East situation : draft resolution / Algeria",
        "Security Council vote, 20 February 2024. Yes 13, No 1, Abstain 1. Not adopted owing "
        "to the negative vote of a permanent member. No: United States. Gaza ceasefire.",
        STOP_VETO,
    ),
    (
        "Middle East situation : draft resolution / United States",
        "Security Council vote, 18 October 2023. Yes 12, No 2, Abstain 0. No: China, Russian "
        "Federation. Hostages held in Israel.",
        STOP_VETO,
    ),
    # "Fails to" lifts the relative-clause record only as a Council failing to act.
    (
        "China fails to win seat on UN rights body",
        "Beijing, which has cast several vetoes on Syria in the Security Council, finished "
        "fourth in the Asia-Pacific group of the Human Rights Council ballot.",
        STOP_VETO,
    ),
    # "Unrealistic" or "one-sided" threatens only a draft or a vote.
    (
        "Moscow calls Western sanctions on Damascus unbalanced",
        "Russia's foreign ministry said the new EU measures on Syria were one-sided.",
        STOP_VETO,
    ),
    # The noes counted out at the Assembly are not a Council veto.
    (
        "Assembly adopts Syria human rights text; the 12 against were Russia, China and Iran",
        "The General Assembly adopted the resolution by 107 votes in favour.",
        STOP_VETO,
    ),
    # Justice for crimes is not a justice ministry's crime figures.
    (
        "Syria's justice ministry says crimes fell in Damascus",
        "The justice minister said thefts and other crimes fell by a fifth last year across Syria.",
        ACCOUNTABILITY,
    ),
    # Looking into a chemical arsenal's declaration is disarmament, not an investigation.
    (
        "OPCW to look into Syria's chemical arms declaration",
        "Inspectors will look into gaps in Syria's chemical weapons declaration, the OPCW said.",
        ACCOUNTABILITY,
    ),
    # Hangings are violations found only in a prison or of detainees.
    (
        "Amnesty report: Iran's hangings soared last year",
        "Amnesty International said in its report that Iran carried out mass hangings of drug "
        "convicts; Syria and Iraq were among the other states it named.",
        ACCOUNTABILITY,
    ),
    # A soldier's trial is the conflict's only with the war, the dead or detainees named.
    (
        "Court jails former soldier in Hama for drink-driving",
        "A court in Hama, Syria, sentenced a former soldier to a month in jail for crashing a car.",
        ACCOUNTABILITY,
    ),
    # A first trip to a neighbouring country is no access to Syria.
    (
        "UN rights chief makes first trip to Jordan",
        "The High Commissioner met Syrian refugees in Amman.",
        MONITORS,
    ),
]


@pytest.mark.parametrize(("title", "text", "demand"), ROUND_2_NEAR_MISSES)
def test_round_2_near_misses_do_not_fire(
    matcher: Matcher, title: str, text: str, demand: str
) -> None:
    assert demand not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        (
            "Middle East situation : draft resolution / Belgium, Germany and Kuwait",
            "Security Council vote, 20 December 2019. Yes 13, No 2, Abstain 0. Not adopted "
            "owing to the negative votes of permanent members. No: China, Russian Federation.",
            STOP_VETO,
        ),
        (
            "Council text on Syria falls",
            "The two against were Russia and China; nine members voted in favour of the Syria "
            "draft.",
            STOP_VETO,
        ),
        (
            "Russia calls Syria ceasefire draft unrealistic ahead of vote",
            "Moscow's envoy said the text on Syria was unbalanced and that a vote would be "
            "premature.",
            STOP_VETO,
        ),
        (
            "Syria: the missing deserve truth and justice",
            "Relatives of the disappeared want justice for the crimes of Saydnaya, Syria, a "
            "rights group said.",
            ACCOUNTABILITY,
        ),
        (
            "Court jails former Syrian army soldier over photos with corpses",
            "A court in Stockholm sentenced the former soldier for a war-time offence against "
            "the dead in Syria.",
            ACCOUNTABILITY,
        ),
        (
            "UN inquiry makes first trip to Syria",
            "The commission of inquiry's members arrived in Damascus for their first trip to "
            "Syria since 2011.",
            MONITORS,
        ),
        (
            "Rights group: detainees hanged in Syrian prison",
            "Amnesty International's report documents mass hangings of detainees at a military "
            "prison near Damascus, Syria.",
            ACCOUNTABILITY,
        ),
    ],
)
def test_round_2_rules_fire_on_their_cases(
    matcher: Matcher, title: str, text: str, demand: str
) -> None:
    assert demand in fired(matcher, title, text)


# Round 3 of session 13: a member that will "accept only" a shorter renewal holds out only on
# a Council text, crossing or mandate; "dead on arrival" threatens only a draft or a vote.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia to accept only roubles for grain sent to Syria",
            "Moscow will accept only payment in roubles for the next six months of wheat "
            "deliveries to Syria, and an extension of the deal is under discussion.",
        ),
        (
            "Kremlin calls US-Turkish safe zone plan for Syria dead on arrival",
            "Russia's spokesman said the plan for north-east Syria ignored Damascus.",
        ),
        (
            "Russia will accept only a one-year extension of its Tartus lease talks",
            "Moscow's negotiators said they would accept only a longer extension of the naval "
            "lease in Syria, running many months beyond the current term.",
        ),
    ],
)
def test_accepting_only_or_dead_on_arrival_away_from_a_council_text_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia will only agree to a six-month renewal of Syria aid crossing",
            "Moscow's envoy told the Council it would only agree to a six-month renewal.",
        ),
        (
            "Council to vote on Syria chemical draft; Moscow says it is dead on arrival",
            "Russia's deputy ambassador said the US text on Syria was dead on arrival.",
        ),
        (
            "Syria aid lifeline in doubt",
            "Moscow says it will accept no more than six months for the Bab al-Hawa crossing, "
            "against the year the penholders propose in the Council.",
        ),
    ],
)
def test_accepting_only_a_shorter_renewal_is_holding_out(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# Session 14, round 1. A draft short of nine votes that says no permanent member voted against
# it, or that no veto was cast, was not blocked (probe P3), in every language; a member named
# as voting against is still blocking.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Draft on Syria referral fails to win nine votes",
            "The text that would have sent the situation in Syria to the International Criminal "
            "Court received 6 votes in favour, 3 against and 6 abstentions. No permanent member "
            "voted against it.",
        ),
        (
            "Syria truce text falls short in Council",
            "The draft got eight votes in favour and two against, with five abstentions; none of "
            "the permanent members voted against, so no veto was cast.",
        ),
        (
            "Syrie : le projet n'obtient pas les neuf voix requises",
            "Le texte a recueilli sept voix pour et deux contre ; aucun membre permanent n'a voté "
            "contre.",
        ),
        (
            "Siria: el borrador no logra los nueve votos",
            "El texto obtuvo siete votos a favor y dos en contra; ningún miembro permanente votó "
            "en contra.",
        ),
    ],
)
def test_no_permanent_member_voting_against_is_no_block(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_a_referral_short_of_nine_votes_keeps_its_own_demand(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "Draft on Syria referral fails to win nine votes",
        "The text that would have sent the situation in Syria to the International Criminal "
        "Court received 6 votes in favour, 3 against and 6 abstentions. No permanent member "
        "voted against it.",
    )
    assert got == {ICC}


def test_a_member_named_voting_against_still_blocks_beside_no_other(matcher: Matcher) -> None:
    assert STOP_VETO in fired(
        matcher,
        "Russia votes against Syria text; no other permanent member opposed it",
        "Russia voted against the draft on the Idlib truce, which won 13 votes; no permanent "
        "member other than Russia voted against it.",
    )


# A vote set or expected while a permanent member demands changes to the text, or after the
# sponsors failed to win it over, is a vote under pressure; the same demands on a text still
# only negotiated, met before a unanimous vote, or about talks elsewhere are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Vote on Syria text set despite failure to win over Moscow",
            "Sponsors said they would put the draft to a vote on Thursday after two days of talks "
            "failed to secure Russia's support.",
        ),
        (
            "Syrie : les Occidentaux n'ont pas réussi à convaincre Moscou avant le vote",
            "La Russie exige des changements au projet de résolution sur la trêve.",
        ),
        (
            "Siria: Rusia exige cambios al borrador antes de la votación",
            "Moscú quiere que el texto excluya a los grupos terroristas.",
        ),
        (
            "Голосование по сирийскому проекту назначено на пятницу",
            "Россия требует внести поправки в текст.",
        ),
        ("Syrien: Abstimmung am Freitag", "Moskau verlangt Änderungen am Entwurf zur Waffenruhe."),
        ("التصويت على مشروع القرار حول سوريا الجمعة", "روسيا تطالب بتعديلات على النص."),
    ],
)
def test_a_vote_set_while_a_permanent_member_demands_changes_is_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia welcomes changes to Syria draft ahead of unanimous vote",
            "Moscow's concerns were addressed and the resolution is expected to pass on Friday.",
        ),
        (
            "Syria talks: Russia wants Kurds at Geneva table",
            "Moscow insists the Kurdish groups join the next round of talks on the constitution.",
        ),
        (
            "Germany circulates Syria aid draft; Russia wants a shorter renewal",
            "Council members began negotiating the twelve-month text on Monday.",
        ),
        (
            "Syria aid renewal adopted after Russia's demands on crossings were met",
            "The Council voted on Friday to extend the mechanism for six months; the vote was "
            "unanimous.",
        ),
    ],
)
def test_demands_on_a_text_with_no_vote_ahead_or_met_are_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Knocking a Council text down in the press's own verbs; burying the dead or a court's ruling
# is not a text.
@pytest.mark.parametrize(
    "title",
    [
        "Moskau kippt UN-Resolution zu Syrien",
        "Syrie : Moscou et Pékin enterrent le projet de l'ONU",
        "Rusia y China dinamitan la resolución de la ONU sobre Siria",
        "Россия похоронила проект резолюции по Сирии",
        "Syrie : la Russie fait échouer la prolongation de l'aide transfrontalière",
    ],
)
def test_a_text_knocked_down_in_other_verbs_is_blocked(matcher: Matcher, title: str) -> None:
    assert STOP_VETO in fired(matcher, title, "")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrie : des milliers de personnes enterrent les victimes du bombardement d'Alep",
            "Les funérailles ont eu lieu sous les tirs.",
        ),
        ("Syrien: Gericht kippt Abschiebestopp für Straftäter nicht", ""),
    ],
)
def test_burying_the_dead_or_a_court_ruling_is_no_text_knocked_down(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Session 14, round 2. The Security Council named in any language is what observers sent to
# Syria are about (the Golan force, commentators and election observers stay apart).
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Le Conseil de sécurité autorise l'envoi d'observateurs en Syrie",
            "La résolution prévoit le déploiement de 300 observateurs militaires non armés.",
        ),
        (
            "El Consejo de Seguridad autoriza el envío de observadores a Siria",
            "La resolución prevé hasta 300 observadores militares desarmados.",
        ),
        (
            "Sicherheitsrat stimmt für Beobachter in Syrien",
            "Bis zu 300 unbewaffnete Soldaten sollen nach Syrien entsandt werden.",
        ),
        ("Совбез ООН одобрил отправку наблюдателей в Сирию", ""),
        ("مجلس الأمن يصوت لصالح إرسال مراقبين عسكريين إلى سوريا", ""),
    ],
)
def test_observers_sent_by_the_council_in_any_language_are_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "El Consejo de Seguridad renueva la fuerza de observadores en el Golán",
            "La FNUOS seguirá patrullando la zona de separación entre Israel y Siria.",
        ),
        (
            "Siria: observadores prevén más violencia tras la reunión del Consejo de Seguridad",
            "Los analistas creen que la crisis se agravará.",
        ),
        (
            "Le Conseil de sécurité entend les observateurs électoraux",
            "Des élections législatives ont eu lieu en Syrie.",
        ),
    ],
)
def test_the_golan_force_commentators_or_election_observers_beside_the_council_are_not_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


# A body that names who carried out chemical attacks is an investigation, vetoed or not, in
# every language; naming a commander or a car bomber is not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moscow blocks UN attribution panel after Douma",
            "Washington's draft proposed a new team of experts to say who carried out chemical "
            "attacks in Syria; Russia vetoed it.",
        ),
        (
            "Russia's veto ends the only UN mechanism able to name Syria's chemical attackers",
            "The panel's mandate expires on Friday.",
        ),
        (
            "Expertos de la OPAQ señalan a la fuerza aérea siria por ataques con cloro",
            "El equipo de investigación e identificación publicó su primer informe.",
        ),
        ("Experten benennen Syriens Luftwaffe als Urheber der Giftgasangriffe", ""),
        (
            "UN experts say who dropped sarin on Syrian town",
            "The investigators named a government air base as the origin of the flight.",
        ),
    ],
)
def test_naming_who_carried_out_chemical_attacks_is_an_investigation(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria names new air force commander",
            "Damascus appointed a general who led operations in Aleppo.",
        ),
        (
            "Who carried out the Damascus car bomb? Police name suspect",
            "The suspect was arrested after the bombing in the Syrian capital.",
        ),
    ],
)
def test_naming_a_commander_or_a_bomber_is_not_an_investigation(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# A "chemical arms deal" removes a stockpile: disarmament, not the arms trade; a deal to sell
# arms to Damascus still is.
def test_a_chemical_arms_deal_is_not_an_arms_deal(matcher: Matcher) -> None:
    assert ARMS not in fired(
        matcher,
        "US and Russia agree Syria chemical arms deal in Geneva",
        "Kerry and Lavrov set a timetable for destroying Syria's stockpile by mid-2014.",
    )
    assert fired(
        matcher,
        "UN Council unanimously backs Syria chemical arms deal",
        "The resolution demands that Damascus give OPCW inspectors unfettered access to all sites.",
    ) == {MONITORS}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia signs new arms deal with Syria",
            "Moscow will sell Damascus 36 Yak-130 combat trainers.",
        ),
        (
            "Arms deal with Damascus: Russian jets to be delivered",
            "The sale of fighter aircraft to Syria goes ahead, Moscow said.",
        ),
    ],
)
def test_an_arms_deal_with_damascus_is_still_supplies(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS in fired(matcher, title, text)


# Session 14, round 3. A Council text that would have made Damascus cooperate with an
# investigation, or hand over its flight logs, carries the investigation as its subject; a
# body charged with identifying the authors of attacks is one (every language). Police asking
# for help with a bombing, the ICC's own investigation and a crash probe are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia vetoes UN text demanding Syria cooperate fully with the probe",
            "The draft on the Khan Sheikhoun attack won ten votes in favour.",
        ),
        (
            "Rusia veta el borrador sobre Siria",
            "El texto pedía a Damasco cooperar con la investigación del ataque de Jan Sheijun.",
        ),
        (
            "Veto russe au Conseil de sécurité sur la Syrie",
            "Le texte exigeait que Damas coopère avec l'enquête sur l'attaque de Khan Cheikhoun.",
        ),
        (
            "Россия наложила вето на проект резолюции по Сирии",
            "Проект требовал от Дамаска сотрудничать с расследованием атаки.",
        ),
        (
            "فيتو روسي على مشروع قرار بشأن سوريا",
            "كان المشروع يطالب دمشق بالتعاون مع التحقيق في الهجوم.",
        ),
        (
            "Russia blocks Syria gas text",
            "The draft would have required Damascus to hand over flight logs from the day of the "
            "attack.",
        ),
    ],
)
def test_a_vetoed_text_making_damascus_cooperate_with_an_investigation_carries_it(
    matcher: Matcher, title: str, text: str
) -> None:
    assert fired(matcher, title, text) == {STOP_VETO, ACCOUNTABILITY}


@pytest.mark.parametrize(
    "title",
    [
        "Syrie : l'ONU crée un mécanisme chargé d'identifier les auteurs des attaques chimiques",
        "Siria: la OPAQ podrá identificar a los responsables de los ataques con cloro",
        "Россия против попыток установить виновных в химатаке в Сирии",
    ],
)
def test_a_body_identifying_the_authors_of_attacks_is_an_investigation(
    matcher: Matcher, title: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, "")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Police ask public to cooperate with investigation into Damascus car bomb",
            "Dozens were hurt in the bombing.",
        ),
        (
            "Syria's new authorities pledge cooperation with ICC investigation",
            "The International Criminal Court prosecutor met officials in Damascus.",
        ),
        (
            "Airline told to hand over flight logs in Damascus crash probe",
            "The plane crashed on landing at Damascus airport.",
        ),
    ],
)
def test_cooperation_with_a_police_court_or_crash_probe_is_not_this_investigation(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# Session 14, round 4. Monitors coming back, arriving, starting work, ambushed on the way or
# packing up are access news in every language; an aid convoy coming back, soldiers
# ambushed, commentators and returning refugees are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN chemical inspectors return to Syria",
            "The team is back in the country to check new allegations, the OPCW said.",
        ),
        (
            "OPCW team ambushed on its way to chlorine attack site in Syria",
            "The fact-finding mission's members are safe.",
        ),
        ("Los inspectores de la OPAQ llegaron a Duma", "El equipo tomará muestras en el lugar."),
        ("UN-Beobachter in Syrien angekommen", "Die Mission soll die Waffenruhe überwachen."),
        ("Инспекторы ОЗХО приступили к работе в Сирии", ""),
        (
            "UN observers pack up in Damascus as mission ends",
            "The unarmed monitors pulled out of Homs and Hama on Sunday.",
        ),
        (
            "Menschenrechtler an der syrischen Grenze abgewiesen",
            "Das Team der UNO wollte Haftanstalten besuchen.",
        ),
    ],
)
def test_monitors_returning_arriving_starting_or_leaving_are_access_news(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("UN aid convoy returns to Aleppo", "Trucks carrying food and medicine reached the city."),
        (
            "Rebels ambush army convoy near Hama in Syria",
            "Twelve soldiers were killed, the state news agency said.",
        ),
        (
            "Observers expect Aleppo factories to begin work again",
            "Economists say electricity shortages remain the main obstacle in Syria.",
        ),
        (
            "Syrian refugees return from Lebanon",
            "The UN refugee agency counted 2,000 returns in a week.",
        ),
    ],
)
def test_aid_soldiers_commentators_or_refugees_coming_back_are_not_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


# Session 14, round 5. What English already reads as an investigation, in Arabic and Spanish:
# a court's judgment on officials (in absentia too), the IIIM by its short name, a government
# held responsible for a chlorine attack, a rights group documenting executions or hangings.
# A court on visas or fraud, a smuggler's trial, a report on refugees' health care and a
# report still awaited are not.
@pytest.mark.parametrize(
    "title",
    [
        "محكمة فرنسية تصدر حكما غيابيا بحق ثلاثة مسؤولين سوريين",
        "الآلية الدولية المحايدة تجمع أدلة على جرائم في سوريا",
        "تقرير: الحكومة السورية مسؤولة عن هجوم اللطامنة بالكلور",
        "هيومن رايتس ووتش توثق إعدامات ميدانية في سوريا",
        "Un tribunal de París condena en ausencia a tres altos cargos sirios",
        "Amnistía documenta ahorcamientos masivos en la prisión siria de Saydnaya",
        "Juicio en Coblenza contra un exoficial de inteligencia sirio",
    ],
)
def test_investigations_told_in_arabic_and_spanish_carry_the_demand(
    matcher: Matcher, title: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, "")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Sentencia del Supremo sobre el régimen de visados para los sirios",
            "El tribunal avala las nuevas condiciones de entrada.",
        ),
        (
            "Un tribunal de Madrid juzga a un sirio por estafa",
            "La fiscalía le acusa de vender coches inexistentes.",
        ),
        ("محاكمة مهرب سوري في اليونان بتهمة تهريب المهاجرين", ""),
        (
            "Amnistía documenta la situación de los refugiados sirios en Líbano",
            "El informe describe la falta de acceso a la sanidad.",
        ),
        ("واشنطن: تقرير المفتشين عن السارين في سوريا يصدر الأسبوع المقبل", ""),
    ],
)
def test_courts_on_other_matters_or_reports_still_awaited_are_not_investigations(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# Session 14, round 6. A permanent member's no told in other ways: German "stimmt dagegen" and
# "mit Nein", "voting against", the votes "cast against", Spanish "votaron contra", Russian
# "РФ"/"КНР" and "не утвердил", a veto "earlier on Friday" (the same day, not history), and
# the Arabic "العابرة للحدود" for cross-border aid. Russia's own text voted down, an Assembly
# vote and vetoes of earlier years told as background are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrien-Resolution scheitert: Russland stimmt als einziges Mitglied dagegen",
            "Im Sicherheitsrat waren 13 Staaten für den Text zur Waffenruhe.",
        ),
        (
            "Syrien: Entwurf scheitert im Sicherheitsrat",
            "Russland stimmte mit Nein, China enthielt sich.",
        ),
        (
            "Syria text falls with Russia and China voting against it",
            "The draft demanding a truce in Aleppo won eleven votes in the Council.",
        ),
        (
            "Syria draft dies in Council",
            "The only votes cast against it were Russia's and China's.",
        ),
        (
            "Rusia y China votaron contra la resolución sobre Siria",
            "El texto obtuvo once votos en el Consejo de Seguridad.",
        ),
        ("Совбез ООН не утвердил резолюцию по Сирии", "РФ и КНР проголосовали против проекта."),
        (
            "Syria aid crossings in doubt",
            "Diplomats said Russia had vetoed the renewal earlier on Friday.",
        ),
        ("روسيا تستخدم الفيتو ضد تمديد آلية المساعدات العابرة للحدود", ""),
    ],
)
def test_a_permanent_members_no_told_in_other_words_is_blocking(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Auch russischer Entwurf zu Syrien abgelehnt",
            "Für den Text aus Moskau stimmten drei Mitglieder, zehn dagegen.",
        ),
        (
            "Assembly calls for Syria ceasefire; Russia among those voting against",
            "The resolution passed with 120 votes in favour.",
        ),
        (
            "Aid trucks cross into Idlib in Syria",
            "The convoy used Bab al-Hawa, the last crossing left after Russia blocked earlier "
            "renewals.",
        ),
    ],
)
def test_russias_own_text_an_assembly_vote_or_old_blocking_is_not_a_block_today(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Session 14, round 7. Spanish and Arabic threats and blocks English already reads: a text
# "inaceptable" or "غير مقبول" to a permanent member, "vetará", Moscow rejecting a draft
# ("borrador"), a vote put off over Russia's "exigencias", the Council's "parálisis". The
# Council rejecting Russia's text, a militia rejecting a government draft, the opposition's
# national council and a law called unacceptable by the opposition are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("موسكو: مشروع القرار الغربي حول سوريا غير مقبول", ""),
        (
            "Rusia anuncia que vetará el proyecto sobre Siria",
            "El embajador ruso calificó el texto de inaceptable.",
        ),
        ("Moscú rechaza el borrador occidental sobre Alepo antes de la votación", ""),
        ("Aplazada la votación sobre Guta por las exigencias de Rusia", ""),
        ("Guterres lamenta la parálisis del Consejo de Seguridad sobre Siria", ""),
    ],
)
def test_spanish_and_arabic_threats_and_blocks_are_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    "title",
    [
        "El Consejo de Seguridad rechaza la propuesta rusa sobre Siria",
        "Las FDS rechazan el borrador de Damasco para integrar sus tropas en Siria",
        "La parálisis del Consejo Nacional Sirio frustra a la oposición",
        "Damasco: el texto de la nueva ley es inaceptable, dice la oposición siria",
    ],
)
def test_rejections_and_paralysis_elsewhere_are_not_obstruction(
    matcher: Matcher, title: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, "")


# Session 14, round 8. Warplanes, fighters and tanks handed to the Syrian army are supplies
# in Spanish, French, Russian and Arabic as in English ("entregó" too); planes bombing, tanks
# entering a city, aid flights and a question "put" in Russian are not.
@pytest.mark.parametrize(
    "title",
    [
        "Moscú entregó helicópteros al ejército sirio",
        "Rusia entrega cazas MiG al Gobierno sirio",
        "روسيا تسلم الجيش السوري طائرات ميغ",
        "Moscou a livré des avions de combat à l'armée syrienne",
        "Россия передаст сирийской армии истребители МиГ-29",
    ],
)
def test_combat_aircraft_handed_to_damascus_are_arms_supplies(matcher: Matcher, title: str) -> None:
    assert ARMS in fired(matcher, title, "")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Siria: aviones rusos bombardean Idlib", "Los cazas atacaron un mercado."),
        ("Los tanques sirios entran en Homs", ""),
        ("Des avions d'aide humanitaire livrent de la nourriture à Damas", ""),
        ("الطائرات الروسية تقصف ريف إدلب في سوريا", ""),
        ("Москва поставила под сомнение данные о ракетном ударе по Сирии", ""),
        ("Россия поставила вопрос о танках в Сирии на обсуждение", ""),
    ],
)
def test_planes_bombing_tanks_moving_or_aid_flights_are_not_arms_supplies(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


# Session 15, round 1. A headline in which the text falls, is defeated or collapses tells a
# failure, so a "Western-backed" or "U.S.-backed" draft in it is no adoption, even with an
# abstention in the body; an adoption headline keeps its reading.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Western-backed Syria draft falls at U.N.", "Russia used its veto; China abstained."),
        (
            "U.S.-backed Syria truce text goes down at Security Council",
            "Russia voted no and China abstained, with 13 members in favour.",
        ),
        (
            "Arab-backed Syria resolution defeated in Council",
            "Russia and China voted against it; the other 13 members voted in favour and none "
            "abstained.",
        ),
        (
            "Europe-backed Aleppo text collapses at the U.N.",
            "Russia cast a veto, Venezuela joined it, and China and Angola abstained.",
        ),
        (
            "French-backed Syria ceasefire draft fell on Saturday",
            "Moscow vetoed it; Beijing abstained.",
        ),
    ],
)
def test_a_backed_draft_that_falls_is_blocked_not_adopted(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Western-backed Syria resolution passes unanimously",
            "The Council voted 15-0 after Russia dropped its objections.",
        ),
        (
            "U.S.-backed Syria aid text adopted as Russia abstains",
            "The resolution was adopted with 13 votes in favour; Russia and China abstained.",
        ),
        (
            "Council backs Syria truce; Russia abstains",
            "The text was adopted with 14 votes in favour and Russia abstaining.",
        ),
    ],
)
def test_a_backed_draft_adopted_is_still_an_adoption(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Monitors kept from, blocked or prevented from a place, waiting in a city to go in, or
# pulling out are access news; such an item is access, not an investigation ("witnesses said"
# is the wire's source, not a trial's witness). An investigating team so kept out (the OPCW's
# fact-finders, UN rights investigators, chemical inspectors) is access and the investigation
# by session 43's rule (tests/eval/README.md): below.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Arab League monitors prevented from visiting Homs prison",
            "Security officers stopped the delegation at the gate, witnesses said.",
        ),
        (
            "Syrian army keeps U.N. observers away from Tremseh",
            "The unarmed monitors were held at a checkpoint for three hours.",
        ),
    ],
)
def test_monitors_kept_from_a_place_waiting_or_pulling_out_are_access(
    matcher: Matcher, title: str, text: str
) -> None:
    got = fired(matcher, title, text)
    assert MONITORS in got
    assert ACCOUNTABILITY not in got


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "OPCW team still kept from Douma, Western envoys say",
            "The watchdog's fact-finders have waited in Damascus for five days while Russian and "
            "Syrian officials cite security.",
        ),
        # (a strict xfail until session 44: the English clause now reads the team's convoy,
        # its being forced or turned back and its pulling out as words of getting in)
        (
            "OPCW fact-finders pull out of Syrian town after convoy is hit",
            "The team was forced back to Damascus after a roadside bomb struck one of its cars.",
        ),
        (
            "U.N. rights investigators blocked from entering Syria for a tenth year",
            "Damascus has ignored every request of the commission since 2011.",
        ),
        (
            "Chemical inspectors wait in Damascus hotel as Douma stays off-limits",
            "The OPCW experts have not been allowed to go to the town for six days.",
        ),
    ],
)
def test_an_investigating_team_kept_out_is_access_and_the_investigation(
    matcher: Matcher, title: str, text: str
) -> None:
    got = fired(matcher, title, text)
    assert MONITORS in got
    assert ACCOUNTABILITY in got


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrian Observatory says 40 killed as U.N. food kept from Madaya",
            "The war monitor said trucks of the World Food Programme waited at the checkpoint.",
        ),
        (
            "Investors pull out of Syria reconstruction fund",
            "Gulf backers withdrew after U.S. warnings over sanctions.",
        ),
        (
            "Russian military police pull out of Syrian border town",
            "The patrols left Manbij under a deal with Turkey.",
        ),
        (
            "Protesters kept from Damascus square as envoy meets Assad",
            "Security forces fired tear gas at crowds.",
        ),
        (
            "Aid agencies waiting in Turkey to enter Syria after quake",
            "Convoys of the U.N. and the Red Crescent were held at the border.",
        ),
    ],
)
def test_aid_crowds_investors_or_patrols_kept_out_are_not_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


# A permanent member's obstruction, or a member standing alone against a text, told at the
# UN: blocking. A state alone against another body's plan, or a government obstructing aid,
# is not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moscow stands alone against Syria aid renewal",
            "The Russian envoy's no ended the last crossing's mandate; 13 members voted yes and "
            "China abstained.",
        ),
        (
            "Russia stood alone against the Syria ceasefire text on Monday",
            "Thirteen members backed it and China abstained.",
        ),
        (
            "Rights groups decry Russian obstruction at U.N. over Syria",
            "Human Rights Watch said Moscow had again put its ally above civilians.",
        ),
        (
            "France denounces Moscow's obstructionism at the United Nations on Syria",
            "The French envoy said the Council had been silenced for too long.",
        ),
    ],
)
def test_a_permanent_members_obstruction_or_lone_no_is_blocking(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria stands alone against Arab League plan",
            "Damascus rejected the league's proposal for a unity government.",
        ),
        (
            "Kurdish council rejects Damascus draft on integration",
            "The SDF-linked body said the plan ignored local autonomy.",
        ),
        (
            "U.N. decries government obstruction of aid convoys in Syria",
            "OCHA said Syrian forces had held trucks at checkpoints for weeks.",
        ),
    ],
)
def test_a_state_alone_another_councils_rejection_or_aid_obstruction_is_not_a_veto(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Charges, suspects held "on suspicion of" torture, officials sent "to trial", a Syrian
# general prosecuted, and those responsible for disappearances brought to trial: the
# trials of universal jurisdiction. Ordinary crime, a general killed at the front and an
# inquiry into a fire are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: Families of the disappeared demand answers",
            "Amnesty International urged the new authorities to open the files of the security "
            "branches and bring those responsible for enforced disappearances to trial.",
        ),
        (
            "Swedish prosecutors charge Syrian general over 2012 shelling",
            "It is the first case against a senior Syrian army officer in Sweden.",
        ),
        (
            "Austria arrests ex-Syrian brigadier suspected of torture",
            "Police acted on a complaint from a legal group representing survivors.",
        ),
        (
            "Paris judges send three Syrian officials to trial over disappearances",
            "The case concerns a French-Syrian father and son who vanished in custody.",
        ),
    ],
)
def test_charges_suspects_and_trials_for_the_disappeared_are_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrian police arrest man suspected of killing his neighbour in Homs",
            "The suspect fled after the argument.",
        ),
        (
            "Syrian refugee in Germany on trial for fraud",
            "Prosecutors say he claimed benefits in three towns.",
        ),
        (
            "Syrian general in charge of Homs front killed by shell",
            "State media said the officer died in fighting.",
        ),
        (
            "Fire at Syrian refinery in Homs; ministry opens inquiry",
            "Firefighters put out the blaze after six hours.",
        ),
        (
            "Syria opens inquiry into fire at Latakia port",
            "The ministry said an electrical fault was the likely cause.",
        ),
    ],
)
def test_ordinary_crime_a_general_killed_or_a_fire_inquiry_is_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# Weapons (or "military materiel") halted or stopped on their way to Damascus or its
# forces are the arms demand; arms for the rebels halted, or weapons stopped at a border
# with smugglers, are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "China, Russia block U.N. text halting weapons to Damascus",
            "The draft would have stopped all transfers of military materiel to Syria.",
        ),
        (
            "Rights groups urge Russia to stop arms to Syria",
            "Human Rights Watch said Moscow's supplies were fuelling attacks on civilians.",
        ),
        (
            "Western draft would cut off weapons to the Syrian army",
            "Moscow has promised to oppose it.",
        ),
        ("Britain wants the EU to halt arms for Damascus", "London says the bloc must act alone."),
    ],
)
def test_weapons_halted_on_their_way_to_damascus_are_the_arms_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "U.S. halts arms for Syrian rebels after weapons fall into militant hands",
            "The programme to train and equip opposition fighters is being wound down.",
        ),
        (
            "Police stop weapons for smugglers at Syria-Jordan border",
            "Jordanian guards seized rifles hidden in a truck heading south from Syria.",
        ),
    ],
)
def test_rebels_arms_halted_or_smugglers_stopped_are_not_the_arms_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


# French "mondial(e)" and Spanish "mundial" are also "world": the World Bank, the WHO, a
# world first. Only the World Cup ("le Mondial", "el Mundial") is football. Russian "газ" is
# gas (a chemical attack), not Gaza ("сектор Газа").
@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        (
            "Cadena perpetua para un excoronel sirio en el primer juicio mundial por torturas",
            "Un tribunal de Coblenza condenó al acusado por crímenes contra la humanidad cometidos "
            "en un centro de detención de Damasco.",
            ACCOUNTABILITY,
        ),
        (
            "Syrie : une première mondiale, la perpétuité pour un ancien colonel syrien",
            "La cour de Coblence l'a condamné pour crimes contre l'humanité.",
            ACCOUNTABILITY,
        ),
        (
            "L'Organisation mondiale de la santé demande l'accès des enquêteurs de l'ONU en Syrie",
            "Les inspecteurs attendent à Damas depuis une semaine.",
            MONITORS,
        ),
        (
            "Газ в Хан-Шейхуне: ОЗХО назвала виновных в химической атаке",
            "Доклад механизма о Сирии опубликован в Нью-Йорке.",
            ACCOUNTABILITY,
        ),
    ],
)
def test_world_bodies_and_gas_are_not_football_or_gaza(
    matcher: Matcher, title: str, text: str, demand: str
) -> None:
    assert demand in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "La Syrie rêve du Mondial après sa victoire sur l'Iran",
            "La fédération avait opposé son veto au déplacement du match hors de Damas.",
        ),
        (
            "Siria, a un paso del Mundial",
            "La federación había vetado el traslado del partido fuera de Damasco.",
        ),
        (
            "Израиль нанес удары по Газе; Россия заблокировала резолюцию",
            "Сирия осудила удары и поддержала вето.",
        ),
    ],
)
def test_the_world_cup_and_gaza_are_still_other_news(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Session 15, round 2. The chemical weapons inquiry at the Council, the OPCW's attribution
# team, Pinheiro's commission, aid crossings voted on at the Council, and the attacked towns
# in other spellings are Syria's even with no Syria word, in every language.
@pytest.mark.parametrize(
    ("title", "text", "demands"),
    [
        (
            "Moscow's rival chemical weapons inquiry draft wins only five votes",
            "Western members voted against the Russian text on a new investigative body.",
            {ACCOUNTABILITY},
        ),
        (
            "Russia vetoes renewal of chemical weapons investigators' mandate",
            "The joint inquiry will end next week after the Council vote.",
            {STOP_VETO, ACCOUNTABILITY},
        ),
        (
            "Moskau blockiert im Sicherheitsrat die Chemiewaffen-Ermittler",
            "Russland legte sein Veto gegen die Verlängerung des Mandats ein.",
            {STOP_VETO, ACCOUNTABILITY},
        ),
        (
            "Rusia veta la renovación de los investigadores de armas químicas",
            "El Consejo de Seguridad no logró prorrogar el mecanismo.",
            {STOP_VETO, ACCOUNTABILITY},
        ),
        (
            "Россия заблокировала в СБ ООН продление механизма по расследованию химатак",
            "За проект проголосовали 11 стран.",
            {STOP_VETO, ACCOUNTABILITY},
        ),
        (
            "Armes chimiques : Moscou bloque au Conseil de sécurité la prolongation du mécanisme "
            "d'enquête",
            "Le texte américain a recueilli onze voix.",
            {STOP_VETO, ACCOUNTABILITY},
        ),
        (
            "OPCW's attribution team blames air force for chlorine attack on Saraqeb",
            "The Investigation and Identification Team said a helicopter dropped the cylinder.",
            {ACCOUNTABILITY},
        ),
        (
            "ОЗХО: Группа по расследованию и идентификации назвала виновных в атаке на Эль-Латамне",
            "Доклад опубликован в Гааге.",
            {ACCOUNTABILITY},
        ),
        (
            "UN observers shot at near Haffe",
            "Monitors trying to reach the town were turned back, the mission said.",
            {MONITORS},
        ),
        (
            "Chemical weapons inspectors reach Latamneh",
            "The OPCW team took samples at the site of the March attacks.",
            {MONITORS},
        ),
        (
            "Russia vetoes U.N. aid crossings renewal",
            "The Council vote leaves millions without food deliveries from Turkey.",
            {STOP_VETO},
        ),
        (
            "Moskau will im Sicherheitsrat nur noch einen Grenzübergang für UN-Hilfe",
            "Russland drohte mit einem Veto gegen den Text.",
            {STOP_VETO},
        ),
        (
            "Rusia veta en el Consejo de Seguridad la ayuda por los pasos fronterizos con Turquía",
            "El texto de Noruega e Irlanda obtuvo trece votos.",
            {STOP_VETO},
        ),
        (
            "Pinheiro: commission of inquiry still barred from the country after 12 years",
            "The chair told the Human Rights Council his team had documented torture in detention.",
            {ACCOUNTABILITY, MONITORS},
        ),
    ],
)
def test_the_chemical_inquiry_crossings_and_towns_are_syrias_without_its_name(
    matcher: Matcher, title: str, text: str, demands: set[str]
) -> None:
    assert demands <= fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Britain asks Security Council to discuss Skripal nerve agent inquiry",
            "Russia's envoy rejected the OPCW findings on Salisbury.",
        ),
        (
            "Germany demands chemical weapons inquiry into Navalny poisoning",
            "Berlin raised the case at the OPCW Executive Council.",
        ),
        (
            "Russia vetoes Council text on Gaza aid crossings",
            "Washington and Moscow clashed over Rafah and Kerem Shalom.",
        ),
        (
            "Council renews Sudan aid crossing at Adre; Russia abstains",
            "The border point from Chad stays open for three months.",
        ),
        (
            "Pinheiro named to Brazil's national truth commission",
            "He will study abuses under the dictatorship.",
        ),
        (
            "Texas regulators open investigation into chemical plant explosion",
            "A text message warned workers an hour before the blast.",
        ),
        (
            "Security Council hears Ukraine's call for chemical weapons inquiry",
            "The OPCW was asked to investigate; Russia's envoy called it a provocation.",
        ),
    ],
)
def test_other_chemical_cases_and_other_crossings_are_not_syrias(
    matcher: Matcher, title: str, text: str
) -> None:
    assert fired(matcher, title, text) == set()


# Session 15, round 3. Sanctions over chemical weapons use, attacks or gas on Syria are the
# asset-freeze demand (a sanctions draft carries it, README "a vote carries its subject's
# demand"), in every language; the OPCW's States Parties suspending Syria's voting rights,
# sanctions slowing chlorine for water, and sanctions over another state's attack are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Western powers push Council sanctions over chemical weapons use in Syria",
            "A vote is expected on Tuesday despite Russia's threat to veto the text.",
        ),
        (
            "Moskau verhindert Chemiewaffen-Sanktionen gegen Syrien",
            "Russland und China stimmten im Sicherheitsrat dagegen.",
        ),
        (
            "Rusia y China bloquean las sanciones por armas químicas contra Siria",
            "Nueve países votaron a favor en el Consejo de Seguridad.",
        ),
        (
            "Россия и Китай не допустили санкций против Сирии за применение химоружия",
            "За проект в Совбезе проголосовали девять стран.",
        ),
        (
            "Sanctions pour armes chimiques : Moscou et Pékin opposent leur veto",
            "Le texte visait la Syrie et a recueilli neuf voix.",
        ),
        (
            "روسيا والصين تعرقلان فرض عقوبات على سوريا بسبب الأسلحة الكيميائية",
            "صوتت تسع دول لصالح المشروع في مجلس الأمن.",
        ),
    ],
)
def test_sanctions_over_chemical_weapons_are_the_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert {ASSETS, STOP_VETO} <= fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "OPCW states parties suspend Syria's voting rights over chemical attacks",
            "It is the first time the organisation has sanctioned a member in this way.",
        ),
        (
            "UNICEF: sanctions slow chlorine deliveries for Syria's water plants",
            "Aid agencies say pumping stations in Aleppo are short of supplies.",
        ),
        (
            "Britain sanctions Russian spies over Salisbury chemical attack",
            "The measures freeze the assets of three intelligence officers.",
        ),
    ],
)
def test_voting_rights_chlorine_for_water_or_another_attack_are_not_the_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


# The chemical weapons inquiry named as a probe, inspectors or an investigation of chlorine,
# sarin or gas attacks is Syria's at the Council even with no Syria word, and a veto of it
# is blocking; another case (Navalny, Halabja, Ukraine) or a plant's accident is not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia vetoes U.N. move on chemical attack probe",
            "Moscow vetoed a U.S.-drafted text that would have renewed the mandate of "
            "inspectors looking into who was behind gas attacks.",
        ),
        (
            "Russia blocks renewal of U.N. gas attack inquiry for second time in 24 hours",
            "A Japanese compromise text also failed after Russia voted against it on Friday.",
        ),
        (
            "Russia kills international probe of chemical weapons attacks",
            "Russia cast its veto at the Security Council on Thursday against a resolution to "
            "renew the panel that blamed government forces for a sarin attack.",
        ),
        (
            "Moscow vetoes U.S. text on chemical weapons inspectors",
            "Russia blocked a resolution on Tuesday that would have set up a new body to "
            "determine responsibility for poison gas attacks.",
        ),
        (
            "U.N. council fails to agree on chemical weapons inspectors as Russia vetoes",
            "Washington's draft would have required the government to give inspectors access "
            "to air bases; Moscow voted against.",
        ),
        (
            "Russia, China veto U.N. bid to investigate chlorine attacks",
            "Russia and China voted against the draft, which would have created a team to "
            "investigate the use of chlorine barrel bombs.",
        ),
    ],
)
def test_a_veto_of_the_chemical_probe_or_its_inspectors_is_blocking_on_syria(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia blocks OPCW probe into Navalny poisoning",
            "Moscow rejected a request by 45 states to explain the use of a nerve agent against "
            "the opposition leader.",
        ),
        (
            "Iraq asks U.N. inspectors to probe chemical attack on Kurds",
            "The government in Baghdad said a Security Council visit would help establish what "
            "happened in Halabja.",
        ),
        (
            "Ukraine accuses Russia of chemical attacks, asks OPCW inspectors to investigate",
            "Kyiv says Russian troops used riot-control agents; Moscow says it will veto any "
            "Council statement.",
        ),
        (
            "Texas chemical plant blast: inspectors probe cause",
            "Federal inspectors began a probe on Monday into the explosion at the plant; the "
            "council said it would vote on new rules.",
        ),
    ],
)
def test_another_chemical_case_or_a_plant_blast_probe_is_not_syrias_veto(
    matcher: Matcher, title: str, text: str
) -> None:
    assert fired(matcher, title, text) == set()


# Bringing perpetrators to justice or holding them to account is the demand's own call (its
# second ask), in every language; a murderer, a smuggler or a drug trafficker brought to
# justice is ordinary crime, and a veto reaction keeps the words as colour.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: Ten years on, no justice for Ghouta victims",
            "On the anniversary of the sarin attack, Human Rights Watch said no one has been "
            "held to account and urged states to support prosecutions.",
        ),
        (
            "Those who gassed Douma must be brought to justice, Britain says",
            "The foreign secretary said the perpetrators of the attack would one day face justice.",
        ),
        (
            "Syrie : les ONG exigent que les tortionnaires soient traduits en justice",
            "Plusieurs organisations demandent que les responsables des disparitions forcées "
            "rendent des comptes.",
        ),
        (
            "Siria: las víctimas de Saydnaya piden llevar a los responsables ante la justicia",
            "Las familias reclaman justicia para las víctimas de las torturas en la cárcel.",
        ),
        (
            "Syrien: Opfer fordern, Assads Folterer zur Rechenschaft zu ziehen",
            "Menschenrechtsgruppen verlangen Gerechtigkeit für die Opfer der Giftgasangriffe.",
        ),
        (
            "Правозащитники требуют привлечь к ответственности виновных в пытках в Сирии",
            "Организации заявили, что семьи пропавших без вести ждут справедливости для жертв.",
        ),
        (
            "منظمات حقوقية تطالب بتقديم المسؤولين عن التعذيب في سوريا إلى العدالة",
            "قالت المنظمات إن عائلات المختفين تنتظر محاسبة الجناة.",
        ),
    ],
)
def test_bringing_perpetrators_to_justice_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Damascus police vow to bring jeweller's murderers to justice",
            "Two men robbed and killed the shop owner in the old city on Tuesday night.",
        ),
        (
            "Syrian customs to hold smugglers to account, minister says",
            "Fuel smuggling across the Lebanese border has cost the treasury millions.",
        ),
        (
            "Syria's football federation says referees will be held to account",
            "The federation promised an inquiry into the penalty decisions in the Damascus derby.",
        ),
        (
            "Russia's veto means Assad will never face justice, campaigners say",
            "Russia vetoed the Security Council resolution on Tuesday.",
        ),
        (
            "Syrie : un trafiquant de drogue traduit en justice à Lattaquié",
            "Le tribunal a jugé un homme arrêté avec des milliers de comprimés de captagon ; il "
            "devra rendre des comptes.",
        ),
        (
            "Siria: detenido un estafador que engañó a cientos de jubilados",
            "La policía de Damasco dice que llevará al estafador ante la justicia.",
        ),
        (
            "العفو الدولية تطالب مجلس الأمن بإحالة الوضع في سوريا إلى الجنائية الدولية",
            "قالت المنظمة إن الضحايا ينتظرون العدالة منذ سنوات.",
        ),
    ],
)
def test_ordinary_crime_or_a_veto_brought_to_justice_is_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# A headline on the observers themselves (their mission in doubt after a veto, suspending
# patrols, leaving) makes them the item's subject, veto or no veto; the war monitor, the
# Golan force and observers as commentators are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria observers in limbo after Russia, China veto Council draft",
            "The mission's mandate runs out on Friday and Western powers are considering a "
            "shorter technical rollover.",
        ),
        (
            "UN observers in Syria suspend patrols after veto",
            "The head of the mission said escalating violence made patrols too dangerous.",
        ),
        (
            "Arab League monitors: Syria mission in doubt after Russian veto",
            "The league's observers may be withdrawn, officials said.",
        ),
        (
            "Les observateurs de l'ONU quittent la Syrie après le veto",
            "La mission de supervision n'a pas été renouvelée.",
        ),
    ],
)
def test_observers_in_the_headline_of_a_veto_item_are_its_subject(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria war monitor says 30 killed as Russia vetoes truce",
            "The Syrian Observatory for Human Rights said air strikes hit Idlib as the Council "
            "voted.",
        ),
        (
            "Golan observers report calm as Council splits on Syria",
            "UNDOF said the area of separation was quiet while Russia vetoed the draft in New "
            "York.",
        ),
        (
            "Observers fear Russia will veto Syria text again",
            "Diplomats expect Moscow to block the Western draft on Aleppo on Saturday.",
        ),
        (
            "Election observers from Russia praise Syrian vote",
            "The delegation said the parliamentary elections were held in a calm atmosphere.",
        ),
    ],
)
def test_the_war_monitor_the_golan_force_or_commentators_in_a_headline_are_not_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


# The referral called for in a long item (a report's or a minister's closing line, further
# than forty words from the headline's Syria) is the demand when the headline is Syria's and
# names no other situation; the 2014 referral veto told as history in an item on something
# else (a new mechanism, a national trial, an exile) is a passing mention.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: statement by the Foreign Minister",
            "France condemns in the strongest terms the bombing of hospitals and markets over "
            "the past week, which have killed dozens of civilians including children, and calls "
            "on all parties to respect international humanitarian law. France reiterates that "
            "these crimes cannot go unpunished and that it remains committed to all efforts to "
            "fight impunity, including a referral to the International Criminal Court.",
        ),
        (
            "Syria report: starvation used as weapon of war in besieged towns",
            "Amnesty International's research in Madaya, Moadamiyeh and eastern Ghouta found "
            "that people were dying of hunger while checkpoints blocked food. The organisation "
            "interviewed doctors and residents and analysed satellite images of the siege "
            "lines. It said those responsible for the sieges should be investigated, and "
            "repeated that the Security Council should give the ICC jurisdiction.",
        ),
        (
            "Siria: el Consejo de Seguridad debe actuar, dice la ONG",
            "La organización documentó ataques contra escuelas y hospitales en Idlib durante "
            "todo el invierno, habló con médicos y maestros, y analizó vídeos verificados de "
            "las explosiones. Pidió que el Consejo remita la situación a la Corte Penal "
            "Internacional.",
        ),
        (
            "Syria's victims still have no court, years after the ICC veto",
            "Because Russia and China vetoed the referral in 2014, the International Criminal "
            "Court cannot act, lawyers said.",
        ),
    ],
)
def test_a_referral_called_for_in_a_long_syria_item_is_the_icc_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ICC in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN General Assembly sets up body to gather evidence of Syria war crimes",
            "The assembly voted 105-15 to create a mechanism to prepare cases. Russia and China "
            "vetoed a referral of Syria to the International Criminal Court in 2014.",
        ),
        (
            "Koblenz court jails Syrian colonel for life",
            "Germany used universal jurisdiction because a Security Council referral to the ICC "
            "was blocked by Russia and China in 2014.",
        ),
        (
            "Assad granted asylum in Moscow after fleeing Damascus",
            "Russia, which vetoed a 2014 attempt to refer Syria to the International Criminal "
            "Court, confirmed he had arrived with his family.",
        ),
        (
            "Syrie : l'Assemblée générale crée un mécanisme sur les crimes",
            "La Russie et la Chine avaient bloqué en 2014 le renvoi de la Syrie devant la CPI ; "
            "le nouveau mécanisme rassemblera des preuves.",
        ),
        (
            "Syria: cricket board hosts Afghan team in Damascus",
            "The International Cricket Council said the referral of the match fixing case to "
            "its anti-corruption unit was routine; the players trained in the capital before a "
            "series.",
        ),
    ],
)
def test_the_2014_referral_veto_as_history_or_cricket_is_not_the_icc_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ICC not in fired(matcher, title, text)


# Investigating crimes, torture, killings or disappearances is the demand's subject
# whoever investigates; abuses count when armed forces, guards, detainees or the government
# are named (price-fixing abuses are not), and police investigating a killing are ordinary
# crime.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: New transitional justice body must be independent",
            "Human Rights Watch said the commission created by decree should have the power to "
            "investigate abuses by all parties, including the former government.",
        ),
        (
            "Turkey says it will investigate abuses by allied fighters in Afrin",
            "Ankara's statement followed reports by the UN commission of looting and detentions.",
        ),
        (
            "UN rights office calls for inquiry into killings on Syrian coast",
            "The office said entire families had been executed in Latakia and Tartus and urged "
            "the interim authorities to ensure accountability.",
        ),
        (
            "Kurdish-led authorities open probe into torture at Hasakah prison in northeast Syria",
            "Investigators will look into abuses by guards against detainees accused of "
            "belonging to Islamic State.",
        ),
    ],
)
def test_investigating_crimes_torture_or_abuses_by_forces_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Aleppo police investigate killings of two shopkeepers",
            "Detectives said the men were shot during a dispute over rent.",
        ),
        (
            "Syrian ministry to investigate price-fixing abuses by bakeries",
            "Officials in Damascus said inspectors found bread sold above the official rate.",
        ),
        (
            "Syrian football federation opens inquiry into abuses of referees",
            "Fans in Hama threw bottles at officials after the derby; the federation will "
            "review the footage.",
        ),
        (
            "Syria: exam board investigates cheating abuses in Homs",
            "The education ministry said answer sheets had been leaked on social media.",
        ),
    ],
)
def test_police_price_fixing_or_sports_abuses_investigated_are_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# A headline whose veto has another file as its object (Mali sanctions, a Gaza text, a
# Myanmar draft) or another author (Iraq's Kurdish region) is that file's news even when it
# names Syria further on; a headline whose veto is Syria's own stays Syria's.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Iraq's Kurdish region vetoes oil deal with Damascus",
            "Erbil said the agreement on trucking crude through Syria would harm its revenues.",
        ),
        (
            "U.S. veto kills U.N. Gaza ceasefire text; Syria's envoy condemns it",
            "Washington cast the only vote against; Syria's ambassador called the veto shameful.",
        ),
        (
            "Russia vetoes Mali sanctions renewal, first veto since Syria aid",
            "Moscow blocked the extension of the sanctions regime and its panel of experts.",
        ),
        (
            "China vetoes Myanmar text as Syria aid talks continue",
            "Beijing said the draft on the Rohingya crisis interfered in internal affairs.",
        ),
        (
            "Russia casts veto on Ukraine referendum text; Syria votes with Moscow at Assembly",
            "Syria was among five states backing Russia in the General Assembly vote that "
            "followed.",
        ),
    ],
)
def test_a_headline_veto_of_another_file_naming_syria_further_on_is_not_syrias(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia vetoes Syria aid renewal, then blocks Mali sanctions a week later",
            "Moscow has cast two vetoes in eight days, first on the cross-border mechanism for "
            "Syria.",
        ),
        (
            "After Mali veto, Russia again blocks Syria aid",
            "Russia vetoed the extension of aid deliveries to northwest Syria on Tuesday.",
        ),
        (
            "Russia blocks Syria text as Israel strikes near Damascus",
            "Moscow voted against the Western draft on Idlib hours after the air raid.",
        ),
        (
            "Rusia veta la resolución sobre Siria; Ucrania protesta",
            "Moscú votó en contra del proyecto sobre la ayuda transfronteriza.",
        ),
    ],
)
def test_a_headline_veto_of_syria_beside_another_file_stays_syrias(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# A draft, veto or mechanism on monitoring detention is about monitors' access (a vote
# carries its subject's demand); a rights group that monitors detention in its tallies and
# a text on detainees' release are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia vetoes Syria detention monitoring text",
            "The draft would have set up independent monitoring of government prisons and "
            "detention centres.",
        ),
        (
            "General Assembly debates veto of Syria prison monitors draft",
            "Speakers regretted that independent monitors would not be sent to detention "
            "facilities in Syria.",
        ),
        (
            "Syria: Council text on detention monitors fails",
            "Russia voted against the resolution, which called for monitoring of detention sites "
            "by the UN human rights office.",
        ),
        (
            "Syrie : veto russe sur la surveillance des lieux de détention",
            "Le texte prévoyait un mécanisme d'observation des prisons syriennes par des "
            "observateurs indépendants.",
        ),
    ],
)
def test_a_vote_on_detention_monitoring_is_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: detention monitoring group says 120 arrested in May",
            "The Syrian Network for Human Rights, which monitors detention, published its "
            "monthly tally of arbitrary arrests.",
        ),
        (
            "Russia vetoes Syria text on detainees",
            "The draft demanded the release of detainees and information on the missing.",
        ),
    ],
)
def test_a_groups_detention_tally_or_a_detainee_text_is_not_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


# Air-defence systems, named models and drones arriving in or delivered to Damascus are
# supplies to the government; drones or missiles reaching positions in an attack, crews
# coming home, systems for another state and civilian parts are not.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Assad says Russian air-defence systems have started arriving",
            "The Syrian president told a Russian broadcaster that contracts signed before the "
            "war were being fulfilled.",
        ),
        (
            "Iranian drones and spare parts reach Damascus by air, officials say",
            "Western intelligence officials said Tehran had stepped up deliveries to government "
            "forces over the summer.",
        ),
        (
            "Russian S-400 and Pantsir systems delivered to Syrian air force, Moscow says",
            "The defence ministry said the batteries would be operated by Syrian crews.",
        ),
        (
            "Satellite images show Russian tanks unloaded at Tartus",
            "At least 30 T-90 tanks were photographed on the quay, apparently destined for "
            "Syrian army units near Hama.",
        ),
    ],
)
def test_air_defences_or_drones_arriving_in_damascus_are_the_arms_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Turkish drones reach Syrian army positions near Saraqeb",
            "The drones struck tanks and artillery, killing at least 20 soldiers.",
        ),
        (
            "Air defence intercepts missiles as they reach Damascus outskirts",
            "State media said Syrian air defences shot down most of the Israeli missiles.",
        ),
        (
            "Russian air defence crews arrive home from Syria",
            "The soldiers returned to their base in southern Russia after a six-month rotation.",
        ),
        (
            "Spare parts for Syria's power plants arrive from Iran",
            "The electricity ministry said the turbines would restore supply to Homs and Hama.",
        ),
        (
            "Russia begins delivering Pantsir systems to India",
            "The first batteries left by sea; Moscow also operates the system at its base in "
            "Syria.",
        ),
    ],
)
def test_drones_in_an_attack_crews_home_or_another_buyer_are_not_the_arms_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Des systèmes antiaériens russes sont arrivés à Damas, selon Assad",
            "Le président syrien affirme que les contrats signés avec Moscou sont honorés.",
        ),
        (
            "Llegan a Damasco drones iraníes para el ejército sirio",
            "Funcionarios occidentales dicen que Teherán ha acelerado los envíos a las fuerzas "
            "del gobierno.",
        ),
    ],
)
def test_air_defences_or_drones_arriving_in_damascus_in_french_or_spanish(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Des drones turcs frappent des positions syriennes près de Saraqeb",
            "Les drones sont arrivés au-dessus des lignes et ont attaqué des chars.",
        ),
        (
            "Llegan a Damasco aviones con ayuda para los damnificados",
            "Los vuelos de Emiratos trajeron tiendas y medicinas para los sirios.",
        ),
    ],
)
def test_attacking_drones_or_aid_planes_arriving_are_not_the_arms_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


# A permanent member that refuses to accept a text, will not vote for it or calls it a red
# line threatens it like "cannot accept" (every language); another state's red line or
# Russia refusing a watchdog's findings is no Council text threatened.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia draws a red line on Syria resolution",
            "A senior Russian diplomat said any text opening the door to military intervention "
            "in Syria crossed a red line for Moscow.",
        ),
        (
            "Russia digs in on Syria aid crossings ahead of Council vote",
            "Moscow refused to accept more than one crossing into northwest Syria, diplomats "
            "said, with a vote set for Friday.",
        ),
        (
            "Syria: Russia refuses to endorse Western draft as vote nears",
            "Moscow's deputy envoy told reporters that Russia could not vote for a draft that "
            "blamed only the Syrian government.",
        ),
        (
            "La Russie refuse d'accepter le projet occidental sur la Syrie",
            "Moscou a fait savoir qu'elle ne voterait pas pour le texte, qui sera mis aux voix "
            "vendredi.",
        ),
        (
            "Rusia se niega a aceptar el borrador occidental sobre Siria",
            "Moscú advirtió que no votará a favor del texto, que se someterá a votación el "
            "viernes.",
        ),
        (
            "Moskau: Syrien-Resolution überschreitet rote Linie",
            "Russland werde dem westlichen Entwurf im Sicherheitsrat nicht zustimmen, sagte der "
            "Vizeaußenminister.",
        ),
    ],
)
def test_a_permanent_member_refusing_a_text_or_calling_it_a_red_line_threatens_it(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia refuses to accept OPCW findings on Syrian chemical attack",
            "Moscow said the watchdog's report was flawed; Western envoys will raise it at the "
            "Council next week.",
        ),
        (
            "Turkey draws red line on Kurdish fighters in Syria",
            "Ankara said it would not accept a Kurdish corridor along its border, whatever the UN "
            "decides.",
        ),
        (
            "Syria: Vote on Humanitarian Resolution",
            "Council members are expected to adopt the draft unanimously; Russia said on Monday "
            "it could support the compromise.",
        ),
    ],
)
def test_findings_refused_another_states_red_line_or_support_are_no_threat(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# Monitors kept out, waiting, fired on, touring or visiting, told in each language's own
# words (issue 11: the blind part's monitor-access misses were French, German, Spanish,
# Russian and Arabic wire and news on the ground, with no "access" word).
MONITORS_IN_THEIR_OWN_WORDS = [
    (
        "Syrie : les inspecteurs n'ont pas pu pénétrer dans l'usine près d'Alep",
        "L'OIAC attend toujours des garanties de sécurité de la part des autorités.",
    ),
    (
        "Syrien: Heckenschützen feuern auf Fahrzeug der UN-Ermittler bei Hama",
        "Das Chemiewaffenteam setzte seine Arbeit nach einer Stunde fort.",
    ),
    (
        "Francotiradores disparan contra el convoy de observadores de la ONU en Idlib",
        "Nadie resultó herido, según un portavoz de la misión en Damasco.",
    ),
    (
        "Дамаск не пустил экспертов ОЗХО в Хан-Шейхун",
        "Группа по химическому оружию ждёт разрешения сирийских властей уже неделю.",
    ),
    (
        "المحققون الدوليون لم يتمكنوا من دخول حلب",
        "قالت لجنة التحقيق إن السلطات السورية لم ترد على طلباتها.",
    ),
    (
        "Syrie : les patrouilles de l'ONU reprennent autour de Homs",
        "Les militaires non armés avaient cessé de sortir de leurs bases il y a dix jours.",
    ),
    (
        "Vorausteam der UN-Mission trifft in Syrien ein",
        "Die Offiziere sollen überwachen, ob die Waffenruhe hält.",
    ),
    (
        "La alta comisionada de la ONU para los derechos humanos visita Damasco",
        "Pidió a las autoridades sirias que su oficina pueda trabajar sin restricciones.",
    ),
]


@pytest.mark.parametrize(("title", "text"), MONITORS_IN_THEIR_OWN_WORDS)
def test_monitors_kept_out_fired_on_or_visiting_in_every_language(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


# What those words also say without monitors getting anywhere: an inquiry finding blame
# "for the first time", the ICC "a la espera" of the Council, the ministry (وزارة, which
# stems like "visited"), a deadline given "à Damas", a says-headline about Damascus, and a
# party's observation posts (Turkey's around Idlib) in every language.
MONITOR_WORDS_WITHOUT_ACCESS = [
    (
        "L'OIAC accuse pour la première fois Damas d'une attaque au chlore à Saraqeb",
        "Ses enquêteurs concluent que l'aviation syrienne a largué un baril en février 2018.",
    ),
    (
        "OPCW benennt erstmals die syrische Luftwaffe als Täter",
        "Laut den Ermittlern warf ein Hubschrauber im Jahr 2018 Chlor über Saraqib ab.",
    ),
    (
        "La CPI, a la espera de un mandato del Consejo sobre Siria",
        "La fiscal insiste en que sin la remisión no puede investigar los crímenes.",
    ),
    (
        "وزارة الخارجية السورية ترفض تقرير المحققين الدوليين",
        "قالت الوزارة إن لجنة التحقيق اعتمدت على شهادات من خارج البلاد.",
    ),
    (
        "Les inspecteurs de l'OIAC donnent trente jours à Damas pour déclarer ses stocks",
        "Le Conseil exécutif a adopté la décision à La Haye jeudi.",
    ),
    (
        "Crimes were ordered from the top in Damascus, UN investigators say",
        "The commission of inquiry named no one in its report to the Human Rights Council.",
    ),
    (
        "Ankara renforce ses postes d'observation dans la province syrienne d'Idleb",
        "Des convois militaires turcs ont franchi la frontière pour ravitailler les observateurs.",
    ),
    (
        "Turquía instala nuevos puestos de observación en Idlib",
        "Los observadores turcos vigilarán la zona de distensión pactada con Rusia en Siria.",
    ),
    (
        "Турция укрепляет наблюдательные пункты в Идлибе",
        "Турецкие наблюдатели следят за соблюдением договорённостей с Россией в Сирии.",
    ),
    (
        "الجيش التركي ينشئ نقطة مراقبة جديدة في ريف إدلب",
        "قال مصدر إن المراقبين الأتراك سيراقبون خطوط التماس مع قوات النظام السوري.",
    ),
]


@pytest.mark.parametrize(("title", "text"), MONITOR_WORDS_WITHOUT_ACCESS)
def test_monitor_words_without_monitors_getting_in_are_not_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


# Blocking told the way the UN Digital Library, the Secretary-General and What's in Blue tell
# it (issue 11: the blind part's stop-veto misses on voting records naming no file, on
# statements of a Council that "could not find common ground" or was "unable to unite", and
# on previews calling another sponsor's draft unacceptable beside a rival Russian text).
BLOCKING_IN_UN_HOUSE_STYLE = [
    (
        "Draft resolution S/2019/961 : vote",
        "Yes: 13 | No: 2 (Russian Federation, China) | Abstentions: 0. Not adopted, permanent "
        "members having voted against.",
    ),
    (
        "Statement by the Spokesperson on the Council's vote on north-west Syria",
        "The Secretary-General regrets that Council members could not find common ground on "
        "keeping the crossings open.",
    ),
    (
        "Secretary-General saddened Council could not renew Syria aid mechanism",
        "He urged members to keep supporting the people of the north-west.",
    ),
    (
        "Ban: Council unable to unite on Syria",
        "The Secretary-General said the Council had again been unable to unite behind a text "
        "on the violence in Homs.",
    ),
    (
        "Syria: Votes Expected on Idlib Texts",
        "Council members will vote this afternoon on a Kuwaiti draft and on a Russian text; "
        "Moscow has called the Kuwaiti draft unacceptable.",
    ),
]


@pytest.mark.parametrize(("title", "text"), BLOCKING_IN_UN_HOUSE_STYLE)
def test_blocking_told_in_un_house_style_is_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


# The same shapes on another file, another body, or with nobody blocking.
UN_HOUSE_STYLE_WITHOUT_BLOCKING_ON_SYRIA = [
    (
        "Draft resolution S/2022/431 : vote",
        "Democratic People's Republic of Korea -- non-proliferation. Yes: 13 | No: 2 (China, "
        "Russian Federation). Not adopted.",
    ),
    (
        "Envoy regrets constitutional body could not reach consensus",
        "Members of the committee drafting Syria's constitution could not find common ground "
        "in Geneva, the Secretary-General's envoy said.",
    ),
    (
        "Council members could not reach consensus on a press statement on Syria",
        "Diplomats said the text on the Idlib shelling was set aside after a disagreement over "
        "wording.",
    ),
]


@pytest.mark.parametrize(("title", "text"), UN_HOUSE_STYLE_WITHOUT_BLOCKING_ON_SYRIA)
def test_un_house_style_without_blocking_on_syria_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_jets_bought_by_damascus_are_an_arms_supply(matcher: Matcher) -> None:
    assert ARMS in fired(
        matcher,
        "Syria buys 24 Yak-130 trainer jets from Russia",
        "The aircraft will join the air force next year, a Moscow daily reported.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Western backers send more missiles to Syrian rebels",
            "Opposition commanders near Hama said new supplies had reached their fighters.",
        ),
        (
            "Syrian rebels buy rockets on the black market, commanders say",
            "The fighters said the supplies came from smugglers across the border.",
        ),
    ],
)
def test_missiles_for_the_rebels_are_no_supply_to_the_government(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


# A second round of issue 11's classes: a vote on the OPCW-UN mechanism held back (the
# Council's vote, not the OPCW's), a Western text "blocked", Syria's crimes "going to The
# Hague", German weapons "sent" to Assad, the JIM as "СМР" and the inspectors' report in
# Russian, the Spanish "mecanismo" gathering evidence of crimes.
SECOND_ROUND_POSITIVES = [
    (
        STOP_VETO,
        "Syria: Vote on Chemical Attacks Mechanism Expected",
        "A vote is planned on a US draft renewing the OPCW-UN mechanism; Russia insists the "
        "vote wait until members have seen its findings on Khan Shaykhun.",
    ),
    (
        STOP_VETO,
        "Moscow blocks call for Damascus to open air bases to inspectors",
        "The Western text would have demanded flight logs after the sarin attack.",
    ),
    (
        ICC,
        "Syria's atrocities will not be going to The Hague, after Russia and China say no",
        "Both voted against giving the court jurisdiction over war crimes by all sides.",
    ),
    (
        ARMS,
        "Teheran schickt weiter Waffen an das Assad-Regime",
        "Der Nachschub läuft über den Irak, sagen westliche Diplomaten.",
    ),
    (
        ACCOUNTABILITY,
        "Захарова: выводы СМР по Хан-Шейхуну политизированы",
        "В МИД России заявили, что Дамаск не причастен к атаке.",
    ),
    (
        ACCOUNTABILITY,
        "Лавров раскритиковал доклад инспекторов ООН по Гуте",
        "Министр считает, что документ не доказывает вину Дамаска.",
    ),
    (
        ACCOUNTABILITY,
        "Nace en Ginebra el mecanismo que reunirá pruebas para juzgar a los responsables sirios",
        "La oficina preparará expedientes para tribunales de cualquier país.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), SECOND_ROUND_POSITIVES)
def test_second_round_of_issue_11_wordings_fire_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("demand", "title", "text"),
    [
        (
            MONITORS,
            "Syria: 58 states urge the court's prosecutor to act without further delay",
            "Their letter asks the Security Council to give the ICC jurisdiction over Syria.",
        ),
        (
            ARMS,
            "Rebellen schicken Waffen nach Idlib, während Assads Truppen vorrücken",
            "Die Opposition verlegt ihre Kämpfer aus dem Süden der Provinz.",
        ),
        (
            ACCOUNTABILITY,
            "Siria y Rusia acuerdan un mecanismo para el retorno de refugiados",
            "Los dos gobiernos abrirán centros de acogida cerca de Damasco.",
        ),
    ],
)
def test_second_round_near_misses_stay_off_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand not in fired(matcher, title, text)


# Waiting, putting off, going and leaving are no access words of their own, nor blue helmets
# and patrols in Lebanon or between Israel and Syria (review s18 V4: beside experts or a
# prosecutor they fired on a tax reform put off, price forecasts and a trial adjourned).
NO_MONITORS_WAITING_OR_IN_LEBANON = [
    (
        "Siria aplaza la reforma fiscal por la crisis económica",
        "El Gobierno de Damasco mantendrá los subsidios al pan durante un año más.",
    ),
    (
        "Syrie : dans l'attente d'un accord, les experts prédisent une hausse des prix",
        "Le gouvernement syrien a relevé le prix du carburant.",
    ),
    (
        "Syrische Flüchtlinge warten an der Grenze",
        "UN-Experten warnen vor einer Krise in Syrien.",
    ),
    (
        "Un fiscal alemán acusa a un médico sirio de torturas",
        "El juicio se aplaza hasta enero.",
    ),
    (
        "La FINUL renforce ses patrouilles de l'ONU près de la frontière syrienne",
        "Les casques bleus veillent au cessez-le-feu au Sud-Liban.",
    ),
    (
        "Casques bleus : l'ONU prolonge la mission qui surveille le cessez-le-feu entre Israël "
        "et la Syrie",
        "Le mandat est renouvelé pour six mois.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NO_MONITORS_WAITING_OR_IN_LEBANON)
def test_waiting_putting_off_and_lebanon_patrols_are_no_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


# Third round of issue 11's blind classes (part 17): the Secretary-General regretting a
# Council that "has not been able to come together", its "lack of consensus" or a mandate
# "not renewed" (the OPCW-UN mechanism is the Council's, not the OPCW's own council); a
# Western "push" blocked with no Council word; a text knocked down "en la ONU"; hardware a
# vetoed draft would have prohibited or barred, or kept flowing; Arabic inspectors entering;
# an evidence mechanism in Arabic; a monitoring body's office in Damascus; Moadamiyah in
# German spelling.
THIRD_ROUND_POSITIVES = [
    (
        STOP_VETO,
        "Ban saddened by Council on Syria",
        "The Secretary-General said it was a matter of deep regret that the Security Council "
        "had not been able to come together on a text to halt the violence in Homs.",
    ),
    (
        STOP_VETO,
        "Spokesperson's statement on the Council and Syria",
        "The Secretary-General laments the lack of consensus in the Security Council over "
        "humanitarian pauses in Idlib.",
    ),
    (
        STOP_VETO,
        "Secretary-General on the end of the Syria chemical attacks mechanism",
        "He deeply regrets that the OPCW-UN mechanism's mandate was not renewed last night and "
        "asks Council members to agree on a successor.",
    ),
    (
        STOP_VETO,
        "Moscow and Beijing block Western push on Assad",
        "The measure would have opened the way to penalties if the shelling of towns went on.",
    ),
    (
        STOP_VETO,
        "Rusia y China tumban en la ONU la condena a Damasco",
        "Los dos países ya habían frenado otras iniciativas occidentales.",
    ),
    (
        ARMS,
        "Veto keeps helicopters flowing to Assad",
        "Russia and China blocked the British-French text on Tuesday.",
    ),
    (
        ARMS,
        "Syria sanctions text vetoed",
        "It would have stopped Damascus acquiring more helicopters for its barrel bombing.",
    ),
    (
        ARMS,
        "Syrie : veto russe aux sanctions",
        "Le texte aurait interdit de vendre des hélicoptères au régime de Damas.",
    ),
    (
        ARMS,
        "Вето России на санкции против Сирии",
        "Проект должен был запретить продавать вертолеты Дамаску.",
    ),
    (
        ARMS,
        "Rusia veta en la ONU las sanciones a Siria",
        "El proyecto habría prohibido vender misiles y helicópteros a las fuerzas de Asad.",
    ),
    (
        MONITORS,
        "خبراء الأمم المتحدة يدخلون الغوطة بعد توقف إطلاق النار",
        "قال المفتشون إنهم سيزورون مستشفيات في المنطقة.",
    ),
    (
        MONITORS,
        "UN human rights office to open an office in Damascus",
        "Türk said his team would be able to work in the country.",
    ),
    (
        MONITORS,
        "UN-Ermittler erreichen Moadamija",
        "Das Team sprach mit Ärzten über den Angriff vom Mittwoch.",
    ),
    (
        ACCOUNTABILITY,
        "الأمم المتحدة تنشئ آلية لجمع الأدلة في سوريا",
        "قال دبلوماسيون إن دمشق رفضت التعاون.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), THIRD_ROUND_POSITIVES)
def test_third_round_of_issue_11_wordings_fire_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("demand", "title", "text"),
    [
        (
            STOP_VETO,
            "Syria votes against Assembly text on Crimea",
            "Damascus joined Moscow in opposing the resolution, Сирия проголосовала против "
            "резолюции Генассамблеи, as Russian agencies put it.",
        ),
        (
            STOP_VETO,
            "Secretary-General regrets lack of agreement between Syrian parties in Geneva",
            "He urged the government and opposition delegations to return to the talks.",
        ),
        (
            ACCOUNTABILITY,
            "Aleppo governor orders inquiry into bread prices",
            "Inspectors will investigate bakeries suspected of hoarding flour in Syria's second "
            "city.",
        ),
        (
            ARMS,
            "OPCW: Syrische Luftwaffe für Giftgasangriff verantwortlich",
            "Die Organisation für das Verbot chemischer Waffen nennt Hubschrauber als Quelle.",
        ),
        (
            MONITORS,
            "Syrian airline opens office in Damascus airport's new terminal",
            "The carrier expects to resume flights to the Gulf.",
        ),
    ],
)
def test_third_round_near_misses_stay_off_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand not in fired(matcher, title, text)


# Session 24 (tests/eval/multi-demands-24.jsonl): in the other languages an arrest warrant of
# the ICC is that court's news (another file's, or the referral's), as a trial word in an ICC
# item already was; French police "enquêteurs" on a jihadist or criminal case are no
# investigators of the conflict's crimes (as "investigators" in English); a headline naming
# South Sudan, Libya or Ukraine in the item's own language is that file's news.
SESSION_24_NEAR_MISSES = [
    (
        ACCOUNTABILITY,
        "La CPI délivre un mandat d'arrêt contre un chef de guerre congolais",
        "Damas, qui n'a pas ratifié le Statut de Rome, n'a pas commenté la décision de la Cour "
        "pénale internationale.",
    ),
    (
        ACCOUNTABILITY,
        "Haftbefehl des IStGH gegen Netanjahu: Syrien begrüßt die Entscheidung",
        "Der Internationale Strafgerichtshof wirft dem israelischen Regierungschef "
        "Kriegsverbrechen in Gaza vor.",
    ),
    (
        ACCOUNTABILITY,
        "Procès d'une filière djihadiste : les enquêteurs détaillent les allers-retours vers la "
        "Syrie",
        "Les accusés sont jugés à Paris pour association de malfaiteurs terroriste.",
    ),
    (
        ARMS,
        "Le Conseil de sécurité reconduit l'embargo sur les armes à destination du Soudan du Sud",
        "Le vote est intervenu avant les consultations sur la Syrie.",
    ),
    (
        STOP_VETO,
        "روسيا تعطل قرارا بشأن المناطق الأوكرانية في مجلس الأمن",
        "استخدمت موسكو حق النقض كما فعلت مرارا بشأن سوريا.",
    ),
    # Arabic "المحاسبة" alone is also bookkeeping (review s24 R4): accountability is
    # "بالمحاسبة" (calling for it) or "المحاسبة على/عن" (for a crime, of someone).
    (
        ACCOUNTABILITY,
        "سوريا تعتمد معايير المحاسبة الدولية في المصارف العامة",
        "قالت وزارة المالية في دمشق إن المصارف ستطبق معايير المحاسبة الدولية العام المقبل.",
    ),
    (
        ACCOUNTABILITY,
        "دمشق: دورة تدريبية في المحاسبة لموظفي البلديات",
        "تستمر الدورة في المحاسبة الحكومية أسبوعين في سوريا.",
    ),
]

SESSION_24_POSITIVES = [
    (
        ACCOUNTABILITY,
        "Justice française : mandat d'arrêt contre l'ancien chef des renseignements syriens",
        "Il est visé pour complicité de crimes contre l'humanité dans les prisons de Damas.",
    ),
    (
        ACCOUNTABILITY,
        "Syrie : les enquêteurs de l'ONU documentent des tortures dans les centres de détention",
        "Leur rapport sera présenté au Conseil des droits de l'homme.",
    ),
    (
        ACCOUNTABILITY,
        "Комиссия ООН по расследованию обвинила сирийские власти в казнях",
        "Доклад основан на показаниях бывших заключённых.",
    ),
    (
        ACCOUNTABILITY,
        "МБНМ передал материалы по Сирии прокурорам трёх стран",
        "Механизм собирает доказательства с 2017 года.",
    ),
    (
        ACCOUNTABILITY,
        "ناشطون سوريون يطالبون بالمحاسبة على جرائم التعذيب في السجون",
        "قالوا إن آلاف المعتقلين قضوا تحت التعذيب.",
    ),
    (
        ACCOUNTABILITY,
        "Zweiter Prozess um Staatsfolter in Syrien beginnt",
        "Angeklagt ist ein früherer Wärter eines Gefängnisses in Damaskus.",
    ),
    (
        STOP_VETO,
        "Syrie : Moscou empêche la saisine de la Cour pénale internationale",
        "Le projet français a recueilli treize voix au Conseil de sécurité.",
    ),
    (
        STOP_VETO,
        "London: Russland hält im Sicherheitsrat schützende Hand über Damaskus",
        "Der britische Botschafter nannte Moskaus Haltung zu Syrien beschämend.",
    ),
    (
        ACCOUNTABILITY,
        "منظمات سورية: لا سلام من دون المحاسبة على جرائم الحرب",
        "طالبت المنظمات بمحاكمة المسؤولين عن التعذيب في سجون النظام السوري.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), SESSION_24_NEAR_MISSES)
def test_session_24_near_misses_stay_off_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand not in fired(matcher, title, text)


@pytest.mark.parametrize(("demand", "title", "text"), SESSION_24_POSITIVES)
def test_session_24_positives_fire_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand in fired(matcher, title, text)


# Fifth round of issue 11's English demand classes (session 24, en-demands-16): wordings the
# blind parts' pooled misses pointed to, each with near misses that share its words and must
# stay off: trials of guards and doctors told by what they did to prisoners, the Assembly's
# institution on Syria's missing (a near miss since session 40: humanitarian, it investigates
# no perpetrator), and the ICC told as "an international court" or a "referral text". The
# texts are written for this test, in other words than tests/eval/.
FIFTH_ROUND_POSITIVES = [
    # A trial or a charge told by the abuse of prisoners, not by "torture" or a rank.
    (
        ACCOUNTABILITY,
        "German prosecutors charge Syrian doctor",
        "The man is accused of torturing prisoners at a military hospital in Homs.",
    ),
    (
        ACCOUNTABILITY,
        "Syrian ex-guard goes on trial in Germany",
        "Prosecutors say he beat prisoners at a detention centre in Damascus.",
    ),
    # The ICC as "an international court" a referral sends Syria to, or a "referral text".
    (
        ICC,
        "Russia and China veto referral of Syria to international court",
        "The draft would have sent the situation to the prosecutor.",
    ),
    (
        ICC,
        "Amnesty: voting down the Syria referral text betrays victims",
        "Russia and China were wrong, the group said.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), FIFTH_ROUND_POSITIVES)
def test_fifth_round_wordings_fire_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand in fired(matcher, title, text)


FIFTH_ROUND_NEAR_MISSES = [
    # Prisoners released under an amnesty by courts: no trial of abuses.
    (
        ACCOUNTABILITY,
        "Syria's courts release prisoners under presidential amnesty",
        "The justice ministry said judges had ordered the release of detainees held for minor "
        "offences in Damascus.",
    ),
    # The Assembly's independent institution on missing persons in Syria (2023) told alone:
    # session 40 (the lead's decision) reads it as humanitarian, not an investigation of
    # perpetrators (it was a positive here until then).
    (
        ACCOUNTABILITY,
        "UN body on Syria's missing names its first head",
        "The independent institution created by the General Assembly will search for the "
        "missing and support their families.",
    ),
    # A body recovered after the earthquake is no institution on the missing.
    (
        ACCOUNTABILITY,
        "Rescuers recover body listed among missing persons after Syria quake",
        "Civil defence teams in Jableh found the body under rubble.",
    ),
    # Syria's own criminal court, and the World Court, are not the ICC.
    (
        ICC,
        "Syrian ex-minister referred to criminal court in corruption case",
        "Damascus prosecutors sent the file to the court.",
    ),
    (
        ICC,
        "Canada and the Netherlands refer Syria torture case to international court",
        "The International Court of Justice will hear the case in The Hague.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), FIFTH_ROUND_NEAR_MISSES)
def test_fifth_round_near_misses_stay_off_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand not in fired(matcher, title, text)


# Session 25 (issue 11, multilingual validation parts 11-23): in the other languages as in
# English, investigating a massacre, torture, executions or abuses is an investigation of the
# conflict's crimes whoever investigates, and those responsible made to answer for them are the
# demand's own ask ("répondent de leurs actes", "rendir cuentas", "exigir responsabilidades",
# "zur Verantwortung ziehen", "наказать виновных"). The ICC's investigation stays the
# referral's subject, the police's an ordinary crime, and the justice words stay colour in a
# veto or sanctions item.
SESSION_25_POSITIVES = [
    (
        "La ONU pide una investigación sobre la masacre de Hula en Siria",
        "El secretario general reclamó que se esclarezca lo ocurrido.",
    ),
    (
        "UN fordert Aufklärung der Hinrichtungen in syrischen Gefängnissen",
        "Menschenrechtler berichten von Hunderten Toten.",
    ),
    (
        "ООН призвала расследовать резню в сирийской Хуле",
        "Погибли более ста мирных жителей.",
    ),
    (
        "الأمم المتحدة تطالب بالتحقيق في مجزرة الحولة في سوريا",
        "قتل أكثر من مئة مدني.",
    ),
    (
        "Paris exige que les responsables des bombardements d'Alep répondent de leurs actes",
        "Le ministre a évoqué les frappes contre les hôpitaux de la ville syrienne.",
    ),
    (
        "España pide exigir responsabilidades por las torturas en Siria",
        "El Gobierno reclama que los autores rindan cuentas.",
    ),
    (
        "Berlin will Verantwortliche für Folter in Syrien zur Verantwortung ziehen",
        "Die Außenministerin sprach von systematischen Verbrechen.",
    ),
    (
        "Правозащитники призвали наказать виновных в пытках в сирийских тюрьмах",
        "Доклад основан на показаниях бывших заключённых.",
    ),
]

SESSION_25_NEAR_MISSES = [
    (
        "La CPI abre una investigación sobre las torturas en Venezuela; Siria no es parte",
        "La Corte Penal Internacional no tiene jurisdicción sobre Damasco.",
    ),
    (
        "Polizei: Ermittlungen nach Folter-Vorwürfen gegen Wachleute in Flüchtlingsheim",
        "Die Bewohner stammen überwiegend aus Syrien.",
    ),
    (
        "Veto ruso: Siria seguirá sin rendir cuentas, lamentan las ONG",
        "Rusia y China vetaron el texto que remitía el caso a la Corte Penal Internacional.",
    ),
    (
        "EU verlängert Sanktionen gegen Syrien und will Assad zur Verantwortung ziehen",
        "Die Vermögenswerte von 300 Personen bleiben eingefroren.",
    ),
]


@pytest.mark.parametrize(("title", "text"), SESSION_25_POSITIVES)
def test_session_25_investigations_and_answering_in_other_languages_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(("title", "text"), SESSION_25_NEAR_MISSES)
def test_session_25_icc_police_veto_and_sanctions_items_stay_off_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# Sixth round of issue 11's English demand classes (session 25, en-demands-17): readings the
# blind parts' pooled misses confirmed (each kept only for what it lifted on validation parts
# 11-23): the institution on the missing told by whom it looks for (a near miss since session
# 40), and the watchdog's "findings" on a chemical attack. Near misses share the words: a plane
# that vanished, findings on a declaration or a destruction with no attack named. Texts
# written for this test.
SIXTH_ROUND_POSITIVES = [
    (
        ACCOUNTABILITY,
        "OPCW findings point to Syrian air force over Saraqib chlorine attack",
        "The watchdog's team said a helicopter dropped a cylinder on the town in 2018.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), SIXTH_ROUND_POSITIVES)
def test_sixth_round_wordings_fire_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand in fired(matcher, title, text)


SIXTH_ROUND_NEAR_MISSES = [
    # The body on the missing told by whom it looks for, asked for or at work, with no
    # perpetrator investigated: positives until session 40, whose decision (the institution
    # is humanitarian, tests/eval/README.md) makes them near misses.
    (
        ACCOUNTABILITY,
        "Relatives of Syrians who vanished in government prisons ask for international body "
        "to trace them",
        "The families say no one has told them whether their sons are alive.",
    ),
    (
        ACCOUNTABILITY,
        "Syria's disappeared: UN mechanism begins collecting families' testimonies",
        "The institution will search for tens of thousands of people.",
    ),
    (
        ACCOUNTABILITY,
        "Cargo plane vanished over Syrian desert; international body to investigate crash",
        "The aircraft lost contact shortly after leaving Latakia.",
    ),
    (
        ACCOUNTABILITY,
        "OPCW findings on Syria's chemical declaration leave gaps, inspectors say",
        "The watchdog said it could not verify what happened to some precursors Damascus listed.",
    ),
    (
        ACCOUNTABILITY,
        "Watchdog findings confirm destruction of Syria's last declared chemical weapons",
        "The OPCW said the removal of the stockpile was complete.",
    ),
    (
        ACCOUNTABILITY,
        "OPCW chief's finding on budget for Syria mission approved by states",
        "The chemical weapons watchdog's members backed the spending.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), SIXTH_ROUND_NEAR_MISSES)
def test_sixth_round_near_misses_stay_off_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand not in fired(matcher, title, text)


# Session 25 (en-demands-17), second part: the ICC's referral told without the court's name,
# the embargo told as an "arms ban"; near misses share the words: referrals of patients or
# refugees, the OPCW referring Syria's breaches to the Council, the Hariri tribunal in The
# Hague, the chemical weapons ban, the aid trucks' monitors and an ISIL delisting.
SIXTH_ROUND_SECOND_POSITIVES = [
    (
        ICC,
        "Pillay renews call for Syria referral",
        "The High Commissioner said the Council should act.",
    ),
    (
        ICC,
        "Council urged to refer Syria",
        "Rights groups said the situation should go to the prosecutor.",
    ),
    (
        ARMS,
        "EU lets Syria weapons ban lapse after Britain and France hold out",
        "Members may now decide on their own whether to supply the opposition.",
    ),
    (
        MONITORS,
        "UN monitors visit Homs detention centre",
        "The observers spoke to detainees without guards present.",
    ),
    (
        ASSETS,
        "EU freezes assets of Syrian businessmen who sold oil to Islamic State for the Assad "
        "government",
        "The bloc listed three men and two firms.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), SIXTH_ROUND_SECOND_POSITIVES)
def test_sixth_round_second_wordings_fire_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand in fired(matcher, title, text)


SIXTH_ROUND_SECOND_NEAR_MISSES = [
    (
        ICC,
        "UNHCR referrals of Syrian refugees for resettlement rise",
        "Most cases come from Lebanon and Jordan.",
    ),
    (
        ICC,
        "Syrian patients' referral to Damascus hospitals delayed",
        "Doctors in Idlib say ambulances wait for hours.",
    ),
    (
        ICC,
        "OPCW refers Syria's chemical weapons breaches to the Security Council",
        "The Executive Council said Damascus had not met its obligations.",
    ),
    (
        ICC,
        "Hague tribunal convicts Hezbollah member over Hariri killing",
        "The judges found no evidence that Syria's leadership was directly involved in the "
        "2005 bombing.",
    ),
    (
        ARMS,
        "Syria joins chemical weapons ban",
        "Damascus submitted its accession to the convention.",
    ),
    (
        MONITORS,
        "Council authorizes aid across four border points, with a mechanism to check the trucks",
        "UN monitors in Turkey and Jordan will inspect the loading of consignments and notify "
        "the Syrian authorities.",
    ),
    (
        ASSETS,
        "UN committee removes Syrian minister from terrorism sanctions list",
        "The delisting under the ISIL and al-Qaida regime ends a travel ban and asset freeze "
        "imposed years ago.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), SIXTH_ROUND_SECOND_NEAR_MISSES)
def test_sixth_round_second_near_misses_stay_off_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand not in fired(matcher, title, text)


# Session 26 (issue 11, multi-demands-26): the League's observers named by who sent them
# alone ("Arab observers" in each language) are monitors; the Koblenz trial of Syria's
# intelligence officers is Syria's with no Syria word; Koblenz's other trials are not.
SESSION_26_POSITIVES = [
    (
        MONITORS,
        "Les observateurs arabes visitent un quartier d'Idleb",
        "Une dizaine d'observateurs sont entrés samedi dans la ville escortés par la police.",
    ),
    (
        MONITORS,
        "Arabische Beobachter besuchen Vorort von Damaskus",
        "Die Gruppe fuhr am Morgen in das Viertel und sprach mit Anwohnern.",
    ),
    (
        MONITORS,
        "Los observadores árabes llegan a Deir ez-Zor",
        "Cinco enviados recorrieron el mercado bajo la vigilancia de soldados.",
    ),
    (
        ACCOUNTABILITY,
        "Koblenz: Urteil gegen früheren Geheimdienstmitarbeiter erwartet",
        "Das Oberlandesgericht will am Donnerstag über die Vorwürfe der Folter an Häftlingen "
        "entscheiden.",
    ),
    (
        ACCOUNTABILITY,
        "Procès de Coblence : un témoin décrit les tortures subies",
        "L'ancien détenu a raconté aux juges les interrogatoires menés par le colonel.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), SESSION_26_POSITIVES)
def test_session_26_wordings_fire_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand in fired(matcher, title, text)


SESSION_26_NEAR_MISSES = [
    (
        ACCOUNTABILITY,
        "Koblenz: Landgericht verurteilt Betrüger zu vier Jahren Haft",
        "Der Mann soll Rentner um ihre Ersparnisse gebracht haben.",
    ),
    (
        ACCOUNTABILITY,
        "Coblence : procès d'un réseau de contrebande de cigarettes",
        "Six prévenus comparaissent devant le tribunal régional.",
    ),
    (
        MONITORS,
        "Les observateurs arabes du Golfe prévoient une hausse du pétrole",
        "Les analystes attendent une reprise de la demande en Asie.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), SESSION_26_NEAR_MISSES)
def test_session_26_near_misses_stay_off_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand not in fired(matcher, title, text)


# Issue 11, session 31 (en-demands-31): a headline in which Russia or China blocks sanctions
# names no Syria word; the context read "sanctions" beside Russia as sanctions on Russia,
# another file. The blocker is the member; sanctions on Russia, Iran or by the EU stay out.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Beijing and Moscow vote against sanctions at the Council",
            "The failed text would have punished Syrian generals over barrel bombs; nine "
            "members backed it.",
        ),
        (
            "Russia vows to block sanctions threat in new draft",
            "Russia's envoy said any text threatening Damascus with measures would not pass.",
        ),
    ],
)
def test_a_member_blocking_sanctions_in_a_headline_is_syrias_news(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia blocks talk of easing sanctions on Russian banks",
            "Officials said the measures had outlasted those on Syria's leadership.",
        ),
        (
            "China and Russia vote against sanctions on Iran at nuclear agency",
            "Tehran's support for Damascus was also raised by Western envoys in Syria debates.",
        ),
    ],
)
def test_sanctions_on_russia_or_iran_in_a_headline_stay_another_file(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


# The EU's ban on arms for Syria, lifted or let lapse so that the rebels can be armed, is the
# embargo told without the word; arming the rebels with no ban named is not this demand.
def test_the_eus_arms_ban_lifted_for_the_rebels_is_the_embargo(matcher: Matcher) -> None:
    assert ARMS in fired(
        matcher,
        "Paris wants the bloc's weapons ban dropped to help Syrian rebels",
        "France would then supply arms to opposition fighters, ministers were told.",
    )
    assert ARMS in fired(
        matcher,
        "Ministers let ban lapse, freeing states to arm Syria's opposition",
        "London and Paris had pressed to send weapons to the rebels.",
    )


def test_arming_rebels_with_no_ban_named_is_not_the_embargo(matcher: Matcher) -> None:
    assert ARMS not in fired(
        matcher,
        "Gulf states send more weapons to Syrian rebels in the south",
        "Commanders said anti-tank missiles had reached their fighters near Daraa.",
    )


# Combat or training aircraft sold, ordered or received by Damascus are supplies; aircraft
# carrying aid, an airline's airliners and Russia's own jets are not.
def test_combat_aircraft_sold_to_damascus_are_an_arms_supply(matcher: Matcher) -> None:
    assert ARMS in fired(
        matcher,
        "Damascus has received light attack aircraft from Moscow, source says",
        "The Syrian air force took the planes at a base near Hama.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Aid aircraft supply drops to besieged Syrian town",
            "The UN said parachutes carried food to residents cut off for months.",
        ),
        (
            "Russian combat aircraft land at Syrian base",
            "Moscow's own squadron arrived to support its forces, officials said.",
        ),
    ],
)
def test_aid_aircraft_and_russias_own_jets_are_no_arms_supply(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)


# The ICC prosecutor refusing or declining a Syria case is no access refused to monitors;
# investigators refused entry still are.
def test_a_prosecutor_refusing_a_case_is_no_access_refused(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "ICC prosecutor refuses to examine crimes by Syrian forces",
        "She said the court had no jurisdiction over Syria unless the Council referred it.",
    )
    assert MONITORS not in got
    assert ICC in got
    assert MONITORS in fired(
        matcher,
        "Syria refuses entry to UN human rights investigators",
        "The team waited in Beirut for visas that never came.",
    )


# Issue 11, session 32 (en-demands-32): the Koblenz trial told with no Syria word, by a trial
# word beside Koblenz or the defendants; Koblenz's other cases stay out.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Koblenz judges hear former guard on second day of trial",
            "The defendant worked at a detention branch for two years, the court was told.",
        ),
        (
            "Witnesses describe crowded cells as Koblenz hearing resumes",
            "Prosecutors say the accused ran interrogations at the branch until he fled.",
        ),
    ],
)
def test_the_koblenz_trial_with_no_syria_word_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Koblenz court convicts far-right group over planned attacks",
            "The judges gave the cell's leader six years for forming a terrorist organisation.",
        ),
        (
            "Koblenz judges jail cocaine ring that supplied nightclubs",
            "The court sentenced three men over shipments routed through Rotterdam.",
        ),
        (
            "Koblenz prosecutors close inquiry into flood warnings",
            "Officials at the district office could not have foreseen the water's height, "
            "the prosecutors found.",
        ),
    ],
)
def test_koblenzs_other_cases_are_no_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# The fate, whereabouts or death notices of Syria's disappeared or detainees, or the truth about
# them, are the demand's call; the missing of a quake, the sea or a swap are not, nor families
# searching a prison (other sets label that no demand).
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Envoy presses Damascus on the fate of Syria's disappeared",
            "Tens of thousands of people taken by the security services are unaccounted for.",
        ),
        (
            "Syrian mothers still waiting for answers about detainees",
            "They said the registry had sent death notices but no word of where sons were buried.",
        ),
    ],
)
def test_the_fate_of_the_disappeared_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Hama families await word on the fate of the missing under rubble",
            "Rescuers said the earthquake had brought down six blocks in the Syrian city.",
        ),
        (
            "Relatives seek the whereabouts of Syrians missing off Crete",
            "The coast guard said the migrants' boat capsized in a storm.",
        ),
        (
            "Detainees' families wait for news as Syria and rebels swap prisoners",
            "The fate of dozens more held on both sides is to be settled in a later exchange.",
        ),
    ],
)
def test_the_missing_of_quakes_seas_and_swaps_are_no_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# General justice words beside Russia or China blocking, shielding or opposing Council action
# are colour, as in a veto item; Russia's conduct in Syria investigated is still the demand.
def test_justice_words_beside_russia_blocking_are_colour(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "Moscow's blocking at the Council entrenches impunity in Syria, groups say",
        "They said Russia had stopped the Council from acting while hospitals were bombed.",
    )
    assert ACCOUNTABILITY not in got
    assert STOP_VETO in got
    assert ACCOUNTABILITY in fired(
        matcher,
        "UN inquiry finds Russian jets struck Syrian hospital",
        "The commission said the strike may amount to a war crime.",
    )


# Issue 11, session 33 (en-demands-33): the Syria file's news told with no Syria word, which the
# campaign's context now reads as Syria's: Russia or China beside the chemical weapons inquiry,
# the OPCW named bare, the universal-jurisdiction defendants by name, the Arab League's monitors
# and the observer mission's chief. Other files' probes and the OPCW's other files stay out.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moscow says it will not let the investigators' mandate be extended",
            "The Russian envoy called the mechanism's last report unprofessional.",
        ),
        (
            "China abstains as Council renews inquiry into use of banned weapons",
            "Beijing's envoy said the investigators should keep strictly to the facts.",
        ),
        (
            "OPCW fact-finders say a toxic chemical was likely used in April raid",
            "The mission's report said samples taken at two sites tested positive.",
        ),
        (
            "Ali Mamlouk tried in absentia by Paris judges",
            "The intelligence chief is accused of complicity in deaths in custody.",
        ),
    ],
)
def test_the_syria_files_inquiry_named_without_syria_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Arab League observers visit flashpoint district as shelling pauses",
            "Residents showed the monitors homes hit by tank fire the day before.",
        ),
        (
            "Robert Mood says his observers cannot move while the shelling goes on",
            "The general said the mission's patrols were suspended until further notice.",
        ),
    ],
)
def test_the_leagues_monitors_and_the_observers_chief_named_alone_are_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Kremlin dismisses Dutch-led inquiry into downed airliner",
            "The investigators said the missile launcher had come from a Russian brigade.",
        ),
        (
            "Russia's Investigative Committee opens probe into Moscow gas blast",
            "Investigators detained the building's manager after the explosion killed four.",
        ),
        (
            "China rejects calls for an international probe into virus origins",
            "Beijing said the World Health Assembly was the place for any review.",
        ),
        (
            "OPCW confirms nerve agent in samples from Salisbury",
            "The watchdog's experts backed Britain's identification of the toxic chemical.",
        ),
        (
            "Japanese team and inspectors dig up chemical weapons abandoned in China",
            "The shells left by the Imperial Army in 1945 were found near a building site.",
        ),
        (
            "Arab League observers to watch over Tunisia's vote",
            "The League sent forty monitors for the constituent assembly election.",
        ),
    ],
)
def test_other_files_probes_and_monitors_stay_out(matcher: Matcher, title: str, text: str) -> None:
    assert not fired(matcher, title, text)
