"""A feed's entry listed again under another link or guid (probe s21 U3): the key a poll
looks it up under is the key its recording left, and one answer listing it twice counts it
once. Pure: feed text parsed, no store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from demandwatch.core.matching import Matcher
from demandwatch.core.pipeline import Examiner, unseen
from demandwatch.sources.rss import Listed, list_feed
from feeds import Entry, rss

FETCHED = datetime(2026, 12, 30, 13, 0, tzinfo=UTC)
PUBLISHED = datetime(2026, 12, 30, 12, 31, 17, tzinfo=UTC)
FLASH = Entry(
    title="Russia blocks U.N. Council statement on Idlib camp shelling",
    link="https://wire.example/world/middle-east/russia-blocks-council-statement-idlib/",
    description="Russia on Tuesday blocked a U.N. Security Council press statement condemning "
    "the shelling of a camp for displaced people in Idlib, diplomats said.",
    guid="w-idlib-1230",
    published=PUBLISHED,
)
RESLUGGED = replace(
    FLASH,
    link="https://wire.example/article/idUSL1N3X0ABC?utm_source=rss",
    guid="tag:wire.example,2026:newsml_L1N3X0ABC",
)


def listed(*entries: Entry) -> list[Listed]:
    return list(list_feed(rss(list(entries)), {}, source_id="wire", fetched=FETCHED))


def test_a_reslugged_entry_has_a_new_key_and_the_same_relisting_key() -> None:
    first, again = listed(FLASH, RESLUGGED)
    assert first.key != again.key
    assert first.relisting_key is not None
    assert first.relisting_key == again.relisting_key
    # Rewritten, or re-dated: another version, another relisting key.
    (rewritten,) = listed(replace(RESLUGGED, description="The death toll rose to 21, said one."))
    (redated,) = listed(replace(RESLUGGED, published=PUBLISHED + timedelta(minutes=30)))
    assert rewritten.relisting_key not in (None, first.relisting_key)
    assert redated.relisting_key not in (None, first.relisting_key)


def test_what_a_poll_looks_up_is_what_recording_the_entry_left() -> None:
    """The lookup reads the listing; the recording reads the Item decided on (in a worker,
    perhaps): the two must make one key, or a re-listing is never found."""
    examiner = Examiner(Matcher(()), {})
    ahead = replace(FLASH, published=FETCHED + timedelta(hours=2))  # not believed: no key
    for entry, keyed in ((FLASH, True), (ahead, False), (replace(FLASH, description=""), False)):
        (listing,) = listed(entry)
        (recorded,) = examiner.examine(
            unseen([listing], {}),
            baseline=False,
            now=FETCHED,
            max_age=timedelta(days=3),
            source_name="Wire",
        )
        assert (listing.relisting_key is not None) is keyed
        assert recorded.relisting_key == listing.relisting_key


def test_one_answer_listing_a_story_under_two_links_counts_it_once() -> None:
    fresh = unseen(listed(FLASH, RESLUGGED), {})
    assert [listing.key for listing, _ in fresh] == [listed(FLASH)[0].key]
    # Entries with a title alone are told apart by their links, as before.
    bare = [replace(FLASH, description=""), replace(RESLUGGED, description="")]
    assert len(unseen(listed(*bare), {})) == 2
