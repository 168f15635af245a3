"""Which event cues an English item reads: every cue written for English, none of those
marked as French, Spanish or German (session 26). The French, Spanish and German cues were
once named by their places in each list, and an English cue put at the head of a list
shifted those places: an English cue went unread on English items and a foreign one was
read, with no test to say so. The mark now travels with the cue."""

from __future__ import annotations

from demandwatch.core import events


def _kept(language: str) -> dict[str, set[int]]:
    chosen = events._cues_for(language, ascii_only=True)
    return {
        t: {i for i, cue in enumerate(compiled) if any(cue is c for c in chosen[t])}
        for t, compiled in events._COMPILED.items()
    }


def test_an_english_item_reads_every_english_cue_and_no_romance_or_german_one() -> None:
    kept = _kept("en")
    for t, cues in events._CUES.items():
        for i, source in enumerate(cues):
            if not source.isascii():
                continue
            marked = isinstance(source, events._RomanceGerman)
            assert (i in kept[t]) is not marked, (t, i, source[:60])


def test_a_french_item_reads_the_romance_and_german_cues() -> None:
    kept = _kept("fr")
    marked = [
        (t, i)
        for t, cues in events._CUES.items()
        for i, source in enumerate(cues)
        if isinstance(source, events._RomanceGerman)
    ]
    assert marked, "no cue is marked as French, Spanish or German"
    assert all(source_index in kept[t] for t, source_index in marked)


def test_the_languages_are_marked_on_the_cues_not_counted_by_place() -> None:
    # The adoption cues start with English ones and then the other languages': what the
    # set holds is read from the marks, so it names the same cues wherever they stand.
    adopted = events._CUES["resolution_adopted"]
    indices = events._ROMANCE_GERMAN["resolution_adopted"]
    assert indices
    assert all(isinstance(adopted[i], events._RomanceGerman) for i in indices)
    assert not isinstance(adopted[0], events._RomanceGerman)
    assert "unanimously" in adopted[0] or "unanimous" in adopted[0]
