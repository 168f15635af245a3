"""Arabic statements on a veto whose lede opens on a verb of saying (issue 11, session 49, w3;
ar-events-s49-w3).

Arabic news opens on its verb, the speaker after it: "قالت منظمة العفو الدولية إن الفيتو ..."
("Amnesty International said the veto ..."). Such a lede is the speaker's statement, whatever the
headline tells (README, a reaction to a veto: the headline does not decide); the rules read the
headline's and the lede's veto words as the veto, a false page (`_arabic_speaker_first`, read at
the end of `_adjust_elsewhere`, and the learned model may not make it a veto). Not a source of
facts relaying the vote (diplomats), not the Council's voice, not the vetoing member's own envoy
explaining its veto; not a threat, nor a veto told first with its speaker trailing.
"""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify
from demandwatch.core.models import EventType
from demandwatch.core.prepared import Prepared

# (headline, lede): the tuning set's twelve reactions, each read `veto` before the rule
REACTIONS = [
    (
        "فيتو روسي صيني يُسقط مشروع قرار أوروبي بشأن سوريا",
        "قال وزير الخارجية الفرنسي آلان جوبيه إن روسيا والصين أدارتا ظهريهما "
        "للشعب السوري باستخدامهما حق النقض ضد مشروع القرار الذي يدين القمع.",
    ),
    (
        "الفيتو الروسي الصيني في مجلس الأمن «خيانة» للسوريين",
        "قالت منظمة العفو الدولية إن استخدام روسيا والصين حق النقض للمرة "
        "الثانية ضد مشروع قرار بشأن سوريا يمثل خيانة صادمة للشعب السوري.",
    ),
    (
        "روسيا والصين تستخدمان الفيتو للمرة الثالثة ضد مشروع قرار بشأن سوريا",
        "قال الأمين العام لجامعة الدول العربية نبيل العربي إن الفيتو الروسي "
        "الصيني يشجع النظام السوري على المضي في الحل العسكري.",
    ),
    (
        "حق النقض يحرم ضحايا سوريا من العدالة الدولية",
        "قالت منظمة هيومن رايتس ووتش إن الفيتو الروسي الصيني ضد إحالة الوضع في "
        "سوريا إلى المحكمة الجنائية الدولية يمنح مرتكبي الفظائع ضوءا أخضر.",
    ),
    (
        "فيتو روسي على مشروع القرار الفرنسي بشأن حلب",
        "قال وزير الخارجية الفرنسي جان مارك إيرولت إن روسيا تتحمل مسؤولية ما "
        "يجري في حلب بعد أن عطلت مشروع القرار الداعي إلى وقف القصف.",
    ),
    (
        "فيتو روسي ثامن يُسقط مشروع قرار بشأن هجوم خان شيخون",
        "أكد وزير الخارجية التركي مولود جاويش أوغلو أن استخدام روسيا حق النقض "
        "يحمي المسؤولين عن الهجوم الكيميائي ويقوض مصداقية مجلس الأمن.",
    ),
    (
        "الفيتو الروسي ينهي عمل آلية التحقيق المشتركة",
        "قال الدفاع المدني السوري إن الفيتو الروسي ضد تمديد ولاية آلية التحقيق "
        "المشتركة يترك ضحايا الهجمات الكيميائية بلا إنصاف.",
    ),
    (
        "روسيا تستخدم الفيتو ضد مشروع قرار أمريكي للتحقيق في هجوم دوما",
        "قالت المندوبة الأمريكية لدى الأمم المتحدة نيكي هيلي إن روسيا اختارت "
        "حماية نظام الأسد بدلا من حماية الشعب السوري.",
    ),
    (
        "فيتو روسي صيني على تمديد إدخال المساعدات عبر الحدود إلى سوريا",
        "قال السفير الألماني لدى الأمم المتحدة كريستوف هويسغن إن موسكو وبكين "
        "تتحملان مسؤولية معاناة ملايين السوريين الذين يعتمدون على المساعدات "
        "العابرة للحدود.",
    ),
    (
        "الفيتو الروسي الصيني يهدد آخر معبرين للمساعدات إلى سوريا",
        "قالت منظمة أنقذوا الأطفال إن استخدام روسيا والصين حق النقض أمس سيحرم "
        "مئات الآلاف من الأطفال في شمال غرب سوريا من المساعدات.",
    ),
    (
        "روسيا تعرقل تمديد آلية المساعدات عبر باب الهوى",
        "قالت منظمة أطباء بلا حدود إن الفيتو الروسي يهدد بقطع الغذاء والدواء عن "
        "أكثر من أربعة ملايين شخص في شمال غرب سوريا.",
    ),
    (
        "فيتو روسي على تمديد العمل بمعبر باب الهوى",
        "صرّح المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك بأن الأمين "
        "العام يشعر بخيبة أمل كبيرة لعدم توصل مجلس الأمن إلى اتفاق على تمديد "
        "العمل بالمعبر.",
    ),
]

# (headline, lede, event, who vetoed): the veto itself, by its lede, its sources or its own
# member's envoy, and a threat
NEAR_MISSES = [
    (
        "روسيا والصين تستخدمان حق النقض ضد مشروع قرار يدين القمع في سوريا",
        "استخدمت روسيا والصين حق النقض (الفيتو) ضد مشروع قرار أوروبي في مجلس "
        "الأمن يدين حملة القمع في سوريا، وقالت فرنسا إنها تأسف لذلك.",
        "veto",
        ["China", "Russian Federation"],
    ),
    (
        "فيتو مزدوج في مجلس الأمن ضد مشروع القرار العربي الأوروبي بشأن سوريا",
        "قال دبلوماسيون في نيويورك إن روسيا والصين استخدمتا حق النقض ضد مشروع "
        "القرار الذي يدعم خطة الجامعة العربية رغم تأييد 13 عضوا له.",
        "veto",
        ["China", "Russian Federation"],
    ),
    (
        "روسيا تُسقط مشروع القرار الفرنسي بشأن حلب",
        "قال المندوب الروسي فيتالي تشوركين إن بلاده استخدمت حق النقض لأن "
        "المشروع الفرنسي كان مسيسا ولا يخدم وقف إطلاق النار في حلب.",
        "veto",
        ["Russian Federation"],
    ),
    (
        "الصين وروسيا تستخدمان الفيتو ضد هدنة إدلب",
        "أكد المندوب الصيني تشانغ جون أن الصين صوتت ضد مشروع القرار لأنه لا "
        "يتضمن استثناء لمكافحة الإرهاب.",
        "veto",
        ["China", "Russian Federation"],
    ),
    (
        "فيتو روسي صيني يحمي دمشق من العقوبات",
        "أسقطت روسيا والصين بالفيتو مشروع قرار غربي يفرض عقوبات على مسؤولين "
        "سوريين بسبب استخدام أسلحة كيميائية، بحسب ما قال دبلوماسيون.",
        "veto",
        ["China", "Russian Federation"],
    ),
    (
        "مجلس الأمن يخفق في اعتماد مشروع قرار بشأن خان شيخون",
        "قال رئيس مجلس الأمن لهذا الشهر إن مشروع القرار لم يعتمد بسبب تصويت "
        "روسيا ضده رغم تأييد عشرة أعضاء.",
        "veto",
        ["Russian Federation"],
    ),
    (
        "مجلس الأمن يخفق في تمديد آلية المساعدات عبر الحدود إلى سوريا",
        "أيد 13 عضوا مشروع القرار الذي قدمته أيرلندا والنرويج، فيما صوتت روسيا "
        "ضده وامتنعت الصين عن التصويت.",
        "veto",
        ["Russian Federation"],
    ),
    (
        "روسيا تلوّح بالفيتو ضد مشروع قرار أمريكي بشأن دوما",
        "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده ستستخدم حق النقض ضد أي "
        "مشروع قرار يستبق نتائج التحقيق في هجوم دوما.",
        "draft_resolution",
        None,
    ),
]


@pytest.mark.parametrize(("title", "text"), REACTIONS)
def test_an_arabic_lede_opening_on_its_speaker_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(("title", "text", "event", "who"), NEAR_MISSES)
def test_the_veto_told_by_its_lede_sources_or_own_envoy_stays(
    title: str, text: str, event: str, who: list[str] | None
) -> None:
    found = classify(title, text)
    assert found.type == event
    if who is not None:
        assert sorted(vetoed_by(found)) == who


class _AlwaysVeto:
    """A second opinion sure of a veto whatever it reads (a fake of the learned model)."""

    def event(self, rules: EventType, item: Prepared) -> EventType:
        return "veto"


@pytest.mark.parametrize(("title", "text"), REACTIONS[:3])
def test_the_model_does_not_make_the_speakers_statement_a_veto(title: str, text: str) -> None:
    assert classify(title, text, second_opinion=_AlwaysVeto()).type == "statement"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a speech before the Council
        (
            "فيتو روسي على مشروع القرار بشأن حلب",
            "قال السفير البريطاني أمام مجلس الأمن إن روسيا عطلت مشروع القرار مرة أخرى.",
        ),
        # a source of facts: officials
        (
            "روسيا تستخدم الفيتو ضد تمديد آلية التحقيق المشتركة",
            "قال مسؤولون في الأمم المتحدة إن روسيا استخدمت حق النقض ضد مشروع القرار الأمريكي.",
        ),
        # the vetoing member's minister, no own-member word, the member named after the verb
        (
            "روسيا تستخدم الفيتو ضد مشروع قرار بشأن خان شيخون",
            "قال وزير الخارجية الروسي سيرغي لافروف إن روسيا رفضت مشروع قرار منحازا ضد دمشق.",
        ),
    ],
)
def test_the_council_sources_and_the_vetoing_member_keep_the_veto(title: str, text: str) -> None:
    assert classify(title, text).type == "veto"
