"""Items about a veto that report no veto of the day (probe s22 V3, V5 and V2's neighbours):
the General Assembly's resolution about a veto and a government's welcome of it, a letter
about a veto, the EU's councils adopting conclusions, and a veto recalled days or more
after it, in the six languages; beside today's vetoes, which stay vetoes."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

# (title, lede, the event the item reports)
ABOUT_A_VETO = [
    # probe s22 V3: France welcoming the Assembly's resolution on the veto
    (
        "Syrie – Adoption par l'Assemblée générale d'une résolution sur le veto",
        "La France salue l'adoption aujourd'hui par l'Assemblée générale d'une résolution "
        "déplorant le veto russe sur le renvoi de la situation en Syrie à la CPI.",
        None,
    ),
    (
        "U.N. Assembly condemns Russia's veto of Syria court referral",
        "The U.N. General Assembly on Tuesday adopted a resolution condemning Russia's veto of "
        "a Security Council referral of Syria to the International Criminal Court, a largely "
        "symbolic step since Assembly resolutions are not binding.",
        "resolution_adopted",
    ),
    (
        "L'Assemblée générale adopte une résolution déplorant le veto russe sur la saisine de "
        "la CPI",
        "L'Assemblée générale a adopté mardi, par 102 voix pour, 13 voix contre et 44 "
        "abstentions, une résolution qui déplore le veto opposé par la Fédération de Russie au "
        "projet renvoyant la situation en Syrie devant la Cour pénale internationale.",
        "resolution_adopted",
    ),
    (
        "UN-Vollversammlung verurteilt russisches Veto zu Syrien",
        "Die UN-Vollversammlung hat am Dienstag mit 102 zu 13 Stimmen bei 44 Enthaltungen eine "
        "Resolution verabschiedet, die das russische Veto gegen die Überweisung Syriens an den "
        "Internationalen Strafgerichtshof bedauert.",
        None,
    ),
    (
        "Генассамблея ООН приняла резолюцию с осуждением российского вето по Сирии",
        "Генеральная Ассамблея ООН во вторник приняла резолюцию, в которой выражается "
        "сожаление в связи с вето России на передачу ситуации в Сирии в Международный "
        "уголовный суд.",
        "resolution_adopted",
    ),
    (
        "الجمعية العامة تعتمد قرارا يأسف لاستخدام روسيا حق النقض بشأن سوريا",
        "اعتمدت الجمعية العامة للأمم المتحدة الثلاثاء قرارا يعرب عن الأسف لاستخدام روسيا حق "
        "النقض ضد إحالة الوضع في سوريا إلى المحكمة الجنائية الدولية.",
        "resolution_adopted",
    ),
    (
        "España celebra la resolución de la Asamblea General sobre el veto ruso",
        "El Gobierno de España celebra la adopción hoy por la Asamblea General de una "
        "resolución que deplora el veto ruso a la remisión de la situación en Siria a la Corte "
        "Penal Internacional.",
        "statement",
    ),
]

EU_CONCLUSIONS = [
    # probe s22 V5: the Council of the EU's conclusions
    (
        "Syria: Council adopts conclusions calling for accountability and an arms embargo",
        "The Council today adopted conclusions on Syria, calling on the UN Security Council to "
        "impose an arms embargo and to refer the situation to the International Criminal Court.",
    ),
    (
        "EU foreign ministers back Syria court referral in conclusions",
        "BRUSSELS (Reuters) - European Union foreign ministers meeting in the Foreign Affairs "
        "Council on Monday adopted conclusions urging the U.N. Security Council to refer Syria "
        "to the International Criminal Court.",
    ),
    (
        "Syrie : le Conseil adopte des conclusions appelant à un embargo sur les armes",
        "Le Conseil a adopté aujourd'hui des conclusions sur la Syrie, dans lesquelles il "
        "appelle le Conseil de sécurité des Nations unies à imposer un embargo sur les armes.",
    ),
    (
        "El Consejo adopta conclusiones sobre Siria y pide un embargo de armas",
        "El Consejo de la UE ha adoptado hoy conclusiones sobre Siria en las que pide al "
        "Consejo de Seguridad de las Naciones Unidas que imponga un embargo de armas.",
    ),
    (
        "Syrien: Rat nimmt Schlussfolgerungen an und fordert ein Waffenembargo",
        "Der Rat hat heute Schlussfolgerungen zu Syrien angenommen und den UN-Sicherheitsrat "
        "aufgefordert, ein Waffenembargo zu verhängen.",
    ),
    (
        "مجلس الاتحاد الأوروبي يعتمد استنتاجات بشأن سوريا",
        "اعتمد مجلس الاتحاد الأوروبي اليوم استنتاجات بشأن سوريا دعا فيها مجلس الأمن الدولي إلى "
        "فرض حظر على توريد الأسلحة.",
    ),
]

UN_ADOPTIONS = [
    # the Human Rights Council and the Security Council open the same way
    (
        "Human Rights Council extends Syria inquiry, condemns Houla killings",
        "The Council today adopted a resolution extending the mandate of the commission of "
        "inquiry on Syria and condemning the killings at El-Houla, by a vote of 41 in favour, "
        "3 against and 3 abstentions.",
    ),
    (
        "Security Council Unanimously Adopts Resolution 2118 (2013) Requiring Elimination of "
        "Syria's Chemical Weapons",
        "The Council today adopted resolution 2118 (2013), endorsing the expeditious "
        "destruction of the Syrian chemical weapons programme.",
    ),
    (
        "General Assembly Adopts Resolution Deploring Russian Federation's Veto of Syria "
        "Referral Draft",
        "The General Assembly today adopted a resolution deploring the veto cast by the Russian "
        "Federation on a draft that would have referred the situation in Syria to the "
        "International Criminal Court, by a recorded vote of 102 in favour to 13 against, with "
        "44 abstentions.",
    ),
]

OLD_VETO = [
    # probe s22 V2's neighbours
    (
        "Syria: Justice cannot wait for the Security Council",
        "Russia and China vetoed the Security Council's referral of Syria to the International "
        "Criminal Court last week. Amnesty International calls on the General Assembly to act.",
    ),
    (
        "Russia's veto still blocks aid to north-west Syria",
        "Two weeks since Moscow's veto of the cross-border aid resolution, aid agencies say "
        "their convoys through Bab al-Hawa have stopped and stocks are running low.",
    ),
    (
        "Aleppo: a week since Russia's veto, the bombs keep falling",
        "A week since Russia vetoed the French-Spanish draft demanding an end to air strikes on "
        "Aleppo, Amnesty International says at least 150 more civilians have been killed.",
    ),
    (
        "Ten years on from the first Syria veto",
        "Ten years ago today, Russia and China vetoed a Security Council draft backing the Arab "
        "League's plan for Syria. The Council has stayed divided on the war ever since.",
    ),
    (
        "Syrie : un an après le veto, la justice toujours bloquée",
        "Un an après le double veto russe et chinois au renvoi de la Syrie devant la CPI, la "
        "FIDH appelle l'Assemblée générale à agir.",
    ),
    (
        "Syrie : l'aide bloquée, les ONG pressent le Conseil de sécurité",
        "La Russie a opposé son veto la semaine dernière à la prolongation du mécanisme d'aide "
        "transfrontalière ; les ONG appellent le Conseil à reprendre les négociations.",
    ),
    (
        "El veto ruso sigue frenando la ayuda al noroeste de Siria",
        "Dos semanas después del veto de Moscú a la resolución sobre la ayuda transfronteriza, "
        "las agencias humanitarias dicen que sus convoyes siguen detenidos en Bab al Hawa.",
    ),
]

TODAYS_VETO = [
    (
        "Syria: Russia and China block referral to the International Criminal Court",
        "Russia and China today vetoed the Security Council's referral of Syria to the "
        "International Criminal Court, Amnesty International said, calling on the General "
        "Assembly to act.",
    ),
    (
        "Russia, China veto extension of cross-border aid into Syria",
        "Russia and China on Friday vetoed a Security Council resolution that would have "
        "extended cross-border aid deliveries into Syria for a year, a week after Moscow "
        "signalled its objections.",
    ),
    (
        "A week after Khan Sheikhoun, Russia vetoes Council text",
        "A week after the sarin attack on Khan Sheikhoun, Russia on Wednesday vetoed a Western "
        "draft resolution condemning the attack and demanding that Syria cooperate with "
        "investigators.",
    ),
    (
        "La Russie oppose son veto à la prolongation de l'aide transfrontalière en Syrie",
        "La Russie a opposé mardi son veto à un projet de résolution prolongeant de neuf mois "
        "l'acheminement de l'aide transfrontalière vers le nord-ouest de la Syrie, au lendemain "
        "de l'expiration du mécanisme.",
    ),
    (
        "Russland legt Veto gegen Syrien-Hilfe ein",
        "Russland hat am Dienstag im UN-Sicherheitsrat sein Veto gegen eine Verlängerung der "
        "grenzüberschreitenden Hilfslieferungen nach Syrien eingelegt.",
    ),
    (
        "روسيا تستخدم الفيتو ضد تمديد آلية المساعدات عبر الحدود إلى سوريا",
        "استخدمت روسيا الثلاثاء حق النقض في مجلس الأمن ضد مشروع قرار لتمديد آلية إيصال "
        "المساعدات عبر الحدود إلى سوريا تسعة أشهر.",
    ),
]


@pytest.mark.parametrize(("title", "lede", "event"), ABOUT_A_VETO)
def test_a_resolution_about_a_veto_or_its_welcome_is_no_veto(
    title: str, lede: str, event: str | None
) -> None:
    read = classify(title, lede)
    assert read.type != "veto"
    assert not any(a.role == "vetoed" for a in read.actors)
    if event is not None:
        assert read.type == event


@pytest.mark.parametrize(("title", "lede"), EU_CONCLUSIONS)
def test_eu_council_conclusions_are_the_eus_decision_not_a_un_adoption(
    title: str, lede: str
) -> None:
    # (the EU's decision, `other`; or, where the conclusions' call on the Security Council
    # is read as the news, the EU's statement: never the UN's adoption or meeting)
    assert classify(title, lede).type in ("other", "statement")


@pytest.mark.parametrize(("title", "lede"), UN_ADOPTIONS)
def test_the_un_councils_and_assembly_adopting_stay_adoptions(title: str, lede: str) -> None:
    assert classify(title, lede).type == "resolution_adopted"


@pytest.mark.parametrize(("title", "lede"), OLD_VETO)
def test_a_veto_recalled_days_or_more_later_is_not_the_items_veto(title: str, lede: str) -> None:
    read = classify(title, lede)
    assert read.type != "veto"
    assert read.actors == ()


@pytest.mark.parametrize(("title", "lede"), TODAYS_VETO)
def test_todays_veto_beside_an_older_act_stays_a_veto(title: str, lede: str) -> None:
    read = classify(title, lede)
    assert read.type == "veto"
    assert any(a.role == "vetoed" for a in read.actors)
