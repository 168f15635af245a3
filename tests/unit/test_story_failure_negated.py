"""The Council's failure told with a negation ("could not agree", "did not adopt", "has not
been able to", and their forms in the other five languages) is a failure named (see
``names_failure``), as "unable" and "failed" are: the Secretary-General's regret that the
Council "could not agree" is a reaction to the veto of its day, and joins it by the reaction
key, not as a reaction to an adoption nobody reported. A failure that is not the Council's
(ministers elsewhere who "could not agree"), and a welcome of an adoption, are not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

import pytest

from demandwatch.core.stories import Candidate, names_failure
from story_support import candidate, polled

VOTE = datetime(2026, 11, 3, 15, 30, tzinfo=UTC)
RUSSIA = frozenset({"Russian Federation"})

item = partial(candidate, demand="accountability-investigations")


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary-General is deeply disappointed that the Security Council could not "
        "agree on the renewal of the inquiry.",
        "The Secretary-General regrets that the Council did not adopt the draft resolution today.",
        "He regrets that the Security Council has not been able to reach consensus.",
        "The Council couldn't agree on a text.",
        "Le Secrétaire général regrette que le Conseil de sécurité n'ait pas pu s'entendre sur "
        "la prolongation de l'enquête.",
        "El Secretario General lamenta que el Consejo de Seguridad no haya podido aprobar la "
        "resolución.",
        "Der Generalsekretär bedauert, dass sich der Sicherheitsrat nicht auf eine Verlängerung "
        "einigen konnte.",
        "Генеральный секретарь сожалеет, что Совету Безопасности не удалось договориться о "
        "продлении мандата.",
        "يأسف الأمين العام لعدم تمكن مجلس الأمن من الاتفاق على تمديد ولاية التحقيق.",
    ],
)
def test_a_negated_agreement_of_the_council_is_a_failure_named(text: str) -> None:
    assert names_failure("Statement attributable to the Spokesperson", text)


@pytest.mark.parametrize(
    "text",
    [
        # Not the Council's failure: ministers elsewhere.
        "Ministers meeting in Astana could not agree on a ceasefire map.",
        # The Council's adoption, welcomed.
        "The Secretary-General welcomes the Council's unanimous adoption of resolution 2811, "
        "which extends the mandate.",
        # A negation in another clause than the Council's.
        "The Council met today. The parties did not agree on a ceasefire.",
    ],
)
def test_no_failure_of_the_council_is_named(text: str) -> None:
    assert not names_failure("Statement attributable to the Spokesperson", text)


def vetoed() -> Candidate:
    return item(
        "wire",
        "Russia vetoes UN bid to keep Syria detention inquiry running",
        "veto",
        VOTE + timedelta(minutes=20),
        text="Russia on Tuesday vetoed a Security Council resolution that would have extended "
        "the inquiry into people who disappeared in Syrian detention.",
        vetoers=RUSSIA,
        vote_date=VOTE.date(),
    )


def test_the_secretary_general_s_regret_that_the_council_could_not_agree_joins_the_veto() -> None:
    # Few words in common with the wire: the reaction key decides.
    regret = item(
        "sg",
        "Statement attributable to the Spokesperson for the Secretary-General on Syria",
        "statement",
        VOTE + timedelta(hours=4),
        text="The Secretary-General is deeply disappointed that the Security Council could not "
        "agree today. The families of the missing have waited too long for answers.",
    )
    veto, story = polled(vetoed(), regret)
    assert story.id == veto.id
