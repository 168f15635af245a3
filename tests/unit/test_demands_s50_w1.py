"""Session 50 (w1): the learned model's accountability demand on an English headline read alone
(core.learned.headline_alone_stands). The demand model refitted through part 40 reads
accountability at 0.96 and more on a chemical-weapons headline with no text that names nothing
of Syria nor of an inquiry, a court or evidence (Salisbury, Navalny, a gas attack in Iraq); such a
headline must name one of those words for the model's reading to stand. The positives and near
misses are en-demands-s50-w1.jsonl's headlines."""

from __future__ import annotations

import pytest

from demandwatch.core.learned import (
    DemandModel,
    DemandReading,
    headline_alone_stands,
)
from demandwatch.core.prepared import prepare

ACC = "accountability-investigations"

KEPT = [
    "Joint inquiry blames government for April sarin attack, Islamic State for mustard gas",
    "OPCW team blames Syrian air force for 2017 Ltamenah sarin and chlorine attacks",
    "Investigators link government helicopter to Saraqeb chlorine attack",
    "Chemical watchdog names Assad's forces over Douma chlorine attack",
    "Government helicopter dropped the Douma gas cylinders, watchdog finds",
    "UN commission finds Syrian air force struck Aleppo aid convoy",
    "Koblenz court jails former Syrian colonel for life",
    "France issues arrest warrant for Bashar al-Assad over 2013 chemical attacks",
    "World court orders Damascus to prevent torture",
    "Germany arrests Syrian doctor accused of abusing detainees in Homs",
]

NEAR_MISSES = [
    "Britain blames Kremlin for Salisbury nerve agent attack, expels 23 diplomats",
    "Novichok victim Dawn Sturgess dies in hospital",
    "Salisbury poisoning: Britain names third Russian suspect",
    "Navalny was poisoned with Novichok nerve agent, Berlin says",
    "Kim Jong-nam killed with VX nerve agent, Malaysian police say",
    "Halabja marks 35 years since Saddam's gas attack",
    "Islamic State fires mustard gas shells at Iraqi town of Taza, residents say",
    "U.S. accuses Russia of using chloropicrin against Ukrainian troops",
    "Japan hangs Aum cult leader behind Tokyo subway sarin attack",
    "Last of U.S. chemical weapons stockpile destroyed in Kentucky",
]


@pytest.mark.parametrize("title", KEPT)
def test_a_headline_naming_syria_or_the_investigation_keeps_the_model_s_accountability(
    title: str,
) -> None:
    assert headline_alone_stands(ACC, prepare(title, "")) is True


@pytest.mark.parametrize("title", NEAR_MISSES)
def test_a_chemical_headline_alone_naming_neither_does_not(title: str) -> None:
    assert headline_alone_stands(ACC, prepare(title, "")) is False


@pytest.mark.parametrize(
    ("demand", "title", "text"),
    [
        # with text the model weighs its words too: the reading stands
        (
            ACC,
            NEAR_MISSES[0],
            "Prime Minister Theresa May told parliament the attack was unlawful.",
        ),
        # another demand: no words are asked of a headline alone
        ("stop-veto-obstruction", NEAR_MISSES[0], ""),
        ("arms-embargo", NEAR_MISSES[6], ""),
        # another language: the words are English ones
        (ACC, "Novitchok : Londres accuse le Kremlin après l'attaque de Salisbury", ""),
    ],
)
def test_other_items_languages_and_demands_stand(demand: str, title: str, text: str) -> None:
    assert headline_alone_stands(demand, prepare(title, text)) is True


def _sure_of_accountability() -> DemandModel:
    # sure of both demands whatever the item (log-odds 5 from the intercepts alone)
    return DemandModel(demands=(ACC, "arms-embargo"), intercepts=(5.0, 5.0), weights={})


def test_the_reading_adds_the_demand_only_where_the_headline_alone_stands() -> None:
    reading = DemandReading(_sure_of_accountability(), 0.8)
    near = reading.read(prepare(NEAR_MISSES[3], ""), [ACC, "arms-embargo"], [])
    assert [a.demand_id for a in near.added] == ["arms-embargo"]
    kept = reading.read(prepare(KEPT[0], ""), [ACC, "arms-embargo"], [])
    assert [a.demand_id for a in kept.added] == [ACC, "arms-embargo"]
    told = reading.read(
        prepare(NEAR_MISSES[3], "The opposition leader fell ill on a flight from Tomsk."),
        [ACC],
        [],
    )
    assert [a.demand_id for a in told.added] == [ACC]
