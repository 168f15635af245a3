"""The trial use case: which demands a text would alert, why, and the event read on it, the
same for ``demandwatch match`` and Slack's ``/demandwatch test``.

Both ask what a run would do with an item so headed and written: the demands come from
the run's own :meth:`~demandwatch.core.matching.Matcher.alerting` (the queries' matches and
the demands a veto read on the item meets, ``on_veto_by``), so a trial never shows less
than a run alerts (probe s23 Z4/Z5). The item has no source: its vote and date are the
text's alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from demandwatch.core.matching import Matcher
from demandwatch.core.models import Event, Match
from demandwatch.core.prepared import Prepared, prepare

if TYPE_CHECKING:
    from demandwatch.core.learned import EventOpinion


@dataclass(frozen=True)
class Trial:
    matches: list[Match]
    event: Event


def trial(
    matcher: Matcher, title: str, text: str, second_opinion: EventOpinion | None = None
) -> Trial:
    """What a run would alert for an item headed ``title`` over ``text`` (every demand,
    paused ones too: the caller marks them), and the event a run reads on it, with the
    run's ``second_opinion``."""
    # Imported when a trial asks: the event rules are no cold start's cost.
    from demandwatch.core.events import classify_prepared

    def read_event(prepared: Prepared) -> Event:
        return classify_prepared(prepared, second_opinion=second_opinion)

    prepared = prepare(title, text)
    matches, event = matcher.alerting(prepared, read_event, title=title)
    # A text no demand may meet still shows the event it reads.
    return Trial(matches, event if event is not None else read_event(prepared))
