"""Scoring arithmetic: per-demand tp/fp/fn, precision, recall, F1, macro-F1."""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import DemandScore, LabelledItem, score


def item(item_id: str, *demands: str) -> LabelledItem:
    return LabelledItem(id=item_id, title=item_id, summary="", expected_demands=frozenset(demands))


def got(*demands: str) -> frozenset[str]:
    return frozenset(demands)


def test_counts_per_demand() -> None:
    labelled = [item("1", "veto"), item("2", "veto", "icc"), item("3"), item("4", "icc")]
    predicted = [got("veto"), got("veto"), got("veto"), got("icc", "embargo")]
    report = score(["veto", "icc", "embargo"], labelled, predicted)
    assert report.n == 4
    veto, icc, embargo = (report.demands[d] for d in ("veto", "icc", "embargo"))
    assert (veto.tp, veto.fp, veto.fn) == (2, 1, 0)
    assert (icc.tp, icc.fp, icc.fn) == (1, 0, 1)
    assert (embargo.tp, embargo.fp, embargo.fn) == (0, 1, 0)


def test_precision_recall_f1() -> None:
    s = DemandScore(tp=3, fp=1, fn=2)
    assert s.precision == pytest.approx(3 / 4)
    assert s.recall == pytest.approx(3 / 5)
    assert s.f1 == pytest.approx(2 * (3 / 4) * (3 / 5) / (3 / 4 + 3 / 5))
    assert DemandScore(tp=5).f1 == 1.0


def test_edge_cases_without_predictions_or_labels() -> None:
    # Nothing expected and nothing predicted: the items say nothing about it (n/a), which
    # is not a perfect score.
    quiet = DemandScore()
    assert not quiet.judged
    assert quiet.f1 is None
    # Expected but never predicted: no precision to speak of, and a zero F1.
    missed = DemandScore(fn=3)
    assert (missed.precision, missed.recall, missed.f1) == (0.0, 0.0, 0.0)
    # Predicted but never expected: every prediction is wrong.
    noisy = DemandScore(fp=2)
    assert (noisy.precision, noisy.recall, noisy.f1) == (0.0, 1.0, 0.0)


def test_macro_f1_is_the_unweighted_mean() -> None:
    labelled = [item("1", "a"), item("2", "a"), item("3", "b")]
    predicted = [got("a"), got(), got("b")]
    report = score(["a", "b", "c"], labelled, predicted)
    # a: P=1, R=1/2, F1=2/3; b: F1=1; c: never expected nor predicted: n/a, left out.
    assert report.demands["a"].f1 == pytest.approx(2 / 3)
    assert report.demands["c"].f1 is None
    assert report.macro_f1 == pytest.approx((2 / 3 + 1) / 2)


def test_macro_f1_of_no_demands_is_none() -> None:
    assert score([], [item("1")], [got()]).macro_f1 is None
    assert score(["a"], [item("1")], [got()]).macro_f1 is None


def test_a_demand_nobody_labelled_that_fires_scores_zero() -> None:
    report = score(["a", "b"], [item("1", "a"), item("2")], [got("a"), got("b")])
    assert report.demands["b"].f1 == 0.0
    assert (report.negatives, report.negatives_alerted) == (1, 1)


def test_predictions_for_unknown_demands_are_ignored() -> None:
    report = score(["a"], [item("1", "a")], [got("a", "not-configured")])
    assert set(report.demands) == {"a"}
    assert report.demands["a"].tp == 1


def test_errors_list_every_item_whose_sets_differ() -> None:
    labelled = [item("ok", "a"), item("missed", "a"), item("extra")]
    predicted = [got("a"), got(), got("a")]
    report = score(["a"], labelled, predicted)
    assert report.errors == [
        ("missed", frozenset({"a"}), frozenset()),
        ("extra", frozenset(), frozenset({"a"})),
    ]


def test_labels_and_predictions_must_pair_up() -> None:
    with pytest.raises(ValueError):
        score(["a"], [item("1"), item("2")], [got()])


def test_to_json_shape_and_rounding() -> None:
    labelled = [item("1", "a"), item("2", "a"), item("3", "a"), item("4")]
    predicted = [got("a"), got("a"), got(), got("a")]
    report = score(["a", "b"], labelled, predicted)
    assert report.to_json() == {
        "n": 4,
        "macro_f1": 0.6667,
        "negatives": 1,
        "negatives_alerted": 1,
        "demands": {
            "a": {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667, "tp": 2, "fp": 1, "fn": 1},
            "b": {"precision": None, "recall": None, "f1": None, "tp": 0, "fp": 0, "fn": 0},
        },
    }


def test_clustering_names_the_stories_joined_and_split_and_the_stories_alone() -> None:
    from datetime import UTC, datetime

    from demandwatch.core.evaluation import cluster_labelled

    def story_item(item_id: str, title: str, hour: int, story: str, event: str) -> LabelledItem:
        return LabelledItem(
            id=item_id,
            title=title,
            summary="",
            expected_demands=frozenset({"veto"}),
            expected_event=event,
            story=story,
            published=datetime(2026, 10, 13, hour, tzinfo=UTC),
        )

    items = [
        story_item("a", "Russia vetoes Syria monitors text", 19, "veto", "veto"),
        # Labelled one development with the veto, but the words say nothing of it.
        story_item("b", "Geneva talks adjourned without a date", 20, "veto", "statement"),
        # Labelled apart, and worded as the veto: the clusterer joins them.
        story_item("c", "Russia vetoes Syria monitors text again", 21, "other-vote", "veto"),
    ]
    result = cluster_labelled(items)
    assert result is not None
    assert (result.n, result.precision, result.recall) == (3, 0.0, 0.0)
    assert result.joined == [[["a"], ["c"]]]
    assert result.split == [[["a"], ["b"]]]
    # The labelled events stand in only where every item has one.
    assert cluster_labelled(items, labelled_events=True) is not None
    when = datetime(2026, 10, 13, 22, tzinfo=UTC)
    unlabelled = [
        *items,
        LabelledItem("d", "x", "", frozenset({"veto"}), story="s", published=when),
    ]
    assert cluster_labelled(unlabelled, labelled_events=True) is None


def test_story_candidate_reads_what_a_run_reads_for_the_event_clustered() -> None:
    """The evaluation builds its candidates with the run's own builder: an item read
    ``other`` names no failure in a run (``FAILURE_READ``), so none in the evaluation; read
    as a statement, it does, in both."""
    from datetime import UTC, datetime

    from demandwatch.core.evaluation import story_candidate
    from demandwatch.core.models import Event
    from demandwatch.core.stories import StoryItem, candidate_of, read_text

    when = datetime(2026, 10, 13, 20, tzinfo=UTC)
    title = "Joint mechanism shuts down after Security Council fails to agree on renewal"
    item = LabelledItem("a", title, "", frozenset({"veto"}), story="s", published=when)
    for kind, named in (("other", False), ("statement", True)):
        event = Event(type=kind)
        ours = story_candidate(item, event, kind)
        run = candidate_of(
            StoryItem("a", "eval", title, "", when, kind),
            read_text(title, "", when, kind),
            event,
            symbols=(),
            demands=("veto",),
            priority="P2",
        )
        assert ours.failure_named is named
        assert ours == run
