"""The shipped demand queries, scored on the labelled set in tests/eval/ (issue targets)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from demandwatch import bootstrap
from demandwatch.cli import main
from demandwatch.config import AppConfig, Settings
from demandwatch.core.matching import Matcher

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


@pytest.fixture(autouse=True, scope="module")
def one_configuration_and_matcher() -> Iterator[None]:
    """Every `demandwatch eval` here reads the shipped configuration once and scores with one
    matcher (as tools/figs.py scores every part), not a fresh pair per file: the commands
    run as they are, only bootstrap's load and build_matcher hand back the pair already
    built for the same configuration directory and demand model. A matcher keeps no state
    that changes a reading (conftest's session ``matcher`` serves every demand test)."""
    configs: dict[Path | None, AppConfig] = {}
    matchers: dict[tuple[int, str], tuple[AppConfig, Matcher]] = {}
    load, build_matcher = bootstrap.load, bootstrap.build_matcher

    def load_once(settings: Settings, config_dir: Path | None = None) -> AppConfig:
        key = config_dir or settings.config_dir
        if key not in configs:
            configs[key] = load(settings, config_dir)
        return configs[key]

    def build_once(config: AppConfig, demand_model: str = "on") -> Matcher:
        key = (id(config), demand_model)
        if key not in matchers:
            matchers[key] = (config, build_matcher(config, demand_model))
        return matchers[key][1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bootstrap, "load", load_once)
        patch.setattr(bootstrap, "build_matcher", build_once)
        yield


# Each file's `demandwatch eval --json` output, once a module: ten files are read by two tests
# that assert different things on the same reading (a tuned file's floor and its class test,
# or two class tests); the second gets the same printed reading, parsed afresh.
_READINGS: dict[str, str] = {}


def run_eval(capsys: pytest.CaptureFixture[str], name: str) -> dict[str, object]:
    if name not in _READINGS:
        assert main(["eval", "--json", str(EVAL_DIR / name)]) == 0
        _READINGS[name] = capsys.readouterr().out
    return dict(json.loads(_READINGS[name]))


# Tuning files that later sessions tuned on and no test below read: their readings when the
# floors were set (session 30, main 702ea88), so that a rule change breaking one shows here
# rather than only in a validation count. Floors are those readings rounded down to two
# places; the held-out files (en-negatives-6/7, multi-demands-8/9, stories-busy-4) stay
# without floors, as their README rows say why.
TUNED_FILE_FLOORS = {
    # name: (macro-F1, event accuracy, who vetoed or None, negatives alerted at most)
    "multi-demands-22.jsonl": (0.97, 0.91, 1.00, 3),
    # (session 42, w2: 0.79 -> 0.76 when the sampling labels changed, back to 0.79 with the
    # samples rule written for them, ml-samples-s42: read 0.791)
    "multi-demands-23.jsonl": (0.79, 0.90, 0.50, 0),
    # (session 42, w2: 1.00 -> 0.98 when the sampling labels changed, back to 1.00 with the
    # samples rule written for them)
    "multi-demands-28.jsonl": (1.00, 0.88, None, 0),
    "multi-demands-29.jsonl": (0.95, 0.87, 1.00, 0),
    "multi-demands-29b.jsonl": (1.00, 1.00, None, 0),
    # (ml-demands-s27: 0.97 -> 0.96 in session 40, no rule weakened: its ten items on the
    # missing-persons institution alone were relabelled `[]` by the lead's decision
    # (tests/eval/README.md), so its accountability reads 18/3/0 where it read 28/3/0, and
    # the same three false alerts weigh more: macro-F1 0.9706 -> 0.9641)
    "ml-demands-s27.jsonl": (0.96, 0.94, 1.00, 1),
    "ml-events-about-veto.jsonl": (0.99, 0.92, 1.00, 0),
    "multi-events-assembly-venue.jsonl": (1.00, 0.73, None, 0),
    "multi-events-veto-counts.jsonl": (1.00, 1.00, 1.00, 0),
    "en-events-veto-counts.jsonl": (0.94, 1.00, None, 0),
    "en-events-veto-counts-2.jsonl": (0.95, 1.00, 1.00, 0),
    "en-events-veto-counts-3.jsonl": (1.00, 1.00, 1.00, 0),
    "en-events-veto-counts-4.jsonl": (1.00, 1.00, 1.00, 0),
    # (events 0.91 -> 0.90 since session 36's refit of the learned model, one item: an NGO
    # letter asking the Assembly's President to schedule the veto debate, a call, read as
    # the meeting asked for; the refit reads 127 more tuning items and 23 more held-out
    # validation items right, tests/eval/LEARNED.md)
    "en-demands-10.jsonl": (0.94, 0.90, 1.00, 2),
    "en-demands-15.jsonl": (0.95, 0.91, 0.78, 1),
    # (session 30's English event set, at its reading after the rules written for it)
    "en-events-s30.jsonl": (0.99, 0.93, 1.00, 1),
    # (session 31's, at its reading after the rules written for it)
    "en-events-s31.jsonl": (0.70, 0.82, 0.88, 2),
    # (session 32's, at its reading after the rules written for it)
    "en-events-s32.jsonl": (0.82, 0.89, 1.00, 0),
    # (session 33's, at its reading after the rules written for it)
    "en-events-s33.jsonl": (0.86, 0.93, 1.00, 2),
    # (session 34's, at its reading after the rules written for it)
    "en-events-s34.jsonl": (0.85, 0.91, 1.00, 1),
    # (session 34's second part, at its reading after the rules written for it)
    "en-events-s34b.jsonl": (0.50, 0.95, 1.00, 0),
    # (session 35's, at its reading after the rules written for it)
    "en-events-s35.jsonl": (0.83, 0.93, 1.00, 0),
    # (session 35's second part, at its reading after the rules written for it)
    "en-events-s35b.jsonl": (1.00, 0.93, 1.00, 0),
    # (session 36's, at its reading after the rules written for it)
    "en-events-s36.jsonl": (0.74, 0.90, 0.93, 2),
    # (session 36's second and third parts, at their readings after the rules written for them)
    "en-events-s36b.jsonl": (0.76, 0.85, None, 0),
    "en-events-s36c.jsonl": (0.33, 0.81, None, 0),
    # (session 37's, at its reading after the rules written for it)
    "en-events-s37.jsonl": (0.52, 0.94, 0.90, 0),
    # (session 38's, at its reading after the rules written for it)
    "en-events-s38.jsonl": (0.84, 0.94, 0.96, 2),
    # (session 39's, at its reading after the rules written for it)
    "en-events-s39.jsonl": (0.88, 0.86, 1.00, 2),
    "en-events-s39b.jsonl": (1.00, 0.75, 1.00, 0),
    # (session 40's, at its reading after the rule written for it: who vetoed 0.556 -> 0.667;
    # its vetoes read `other` keep their vetoers unread)
    "en-events-s40.jsonl": (0.94, 0.63, 0.66, 2),
    "en-events-s40b.jsonl": (0.80, 0.83, 0.75, 1),
    # (session 41's, at its reading after the rules written for it: events 0.476 -> 0.905;
    # its demands, not what it was written for, read as they did: macro-F1 0.667)
    "en-events-41.jsonl": (0.66, 0.90, None, 0),
    # (its second part, at its reading after the rules written for it: events 0.462 -> 0.923;
    # macro-F1 0.000, its one demand label, Russia's text short of votes, missed as before)
    "en-events-41b.jsonl": (0.00, 0.92, None, 1),
    # (session 42's, at its reading after the rule written for it: events 0.591 -> 0.909; the
    # UN mission's renewal its text says the government welcomed read `statement`, as before,
    # and UNSMIS's, its text recalling the Arab League's mission, read `other`: _REGIONAL_BODY)
    "en-events-42.jsonl": (0.99, 0.90, None, 0),
    # (session 43's set, at its reading after the rule written for it, _BLOCKED_BY_MEMBER:
    # events 0.714 -> 0.952, who vetoed 0.667 -> 1.000; the Council statement on Ghouta blocked
    # read `statement` as before, and Russia's text short of votes alerting stop-veto, 1 of 8)
    "en-events-43.jsonl": (0.79, 0.95, 1.00, 1),
    # (its second part, at its reading after the rule written for it, _VOTE_DAY_AHEAD: events
    # 0.375 -> 0.938; the renewal "put to members before Friday vote", no UN organ, draft or
    # permanent member named, read `other` by an older guard)
    "en-events-43b.jsonl": (1.00, 0.93, 1.00, 0),
    # (session 44's set on a speaker judging a veto after "said" or "told", at its reading after
    # the rule written for it, _speaker_judges_veto: events 0.389 -> 1.000; macro-F1 0.889 as at
    # its first reading, the two items read with accountability it is not labelled with)
    "en-events-s44.jsonl": (0.88, 1.00, 1.00, 0),
    # (session 45's set on a headline alone with a speaker, a colon and their claim, and on a
    # lede whose subject documented its findings, at its reading after the rules written for
    # it, _SPEAKER_COLON_CLAIM and _OWN_DOCUMENTED: events 0.769 -> 0.962, the one left
    # Zakharova's, the model's `other` over the rules' statement; macro-F1 0.750 as at its
    # first reading, accountability missed on four NGO counts)
    "en-events-s45.jsonl": (0.75, 0.96, None, 0),
    # (its second part, committed with no rule at its first reading, events 0.750; session 46's
    # rule for a speaker judging in a headline alone, _headline_judges, read Assad's praise:
    # 0.833, the League's sanctions and the UN's appeal read `statement` by the rules)
    "en-events-s45b.jsonl": (0.75, 0.83, None, 0),
    # (session 46, w1: the near misses s45b lacked, at its reading after _headline_judges:
    # events 0.500 -> 0.900, Washington's and Britain's decisions left to the rules' statement)
    "en-events-s46-w1.jsonl": (1.00, 0.90, None, 0),
    # (session 46's w2 set on deaths in custody, at its reading after the clause written for
    # it: accountability 0/0/9 -> 9/0/0, macro-F1 0.333 -> 0.667, monitor-access's false
    # alert on the rights office's call to tell families as at its first reading; 0 of 10
    # negatives alerted)
    "en-demands-s46-w2.jsonl": (0.66, 0.90, None, 0),
    # (session 47's w2 set on the commission of inquiry told as an inquiry in the headline with
    # no Syria word, at its reading after the context clause written for it: accountability
    # 1/0/9 -> 10/0/0, macro-F1 0.182 -> 1.000; events 0.818 as at its first reading; 0 of 12
    # negatives alerted)
    "en-demands-s47-w2.jsonl": (1.00, 0.81, None, 0),
    # (its second part, on an investigation told bare, at its reading after the clause written
    # for it: accountability 1/0/5 -> 6/0/0, macro-F1 0.762 -> 1.000; events 0.923 as at its
    # first reading, Russia's refusal read `statement`; 0 of 6 negatives alerted)
    "en-demands-s47-w2b.jsonl": (1.00, 0.92, None, 0),
    # (session 47's w1 set on the JIM's Japanese stopgap, at its reading after the context clause
    # written for it: stop-veto 3/1/4 -> 5/1/2, accountability 3/0/5 -> 6/0/2, macro-F1 0.545 ->
    # 0.813; the evidence mechanism's veto in passing alerted as at its first reading; 0 of 10
    # negatives alerted)
    "en-demands-s47-w1.jsonl": (0.81, 0.83, 1.00, 0),
    # (session 42's who-vetoed set, at its reading after the rule written for it: who vetoed
    # 0.667 -> 1.000; its demands as before, the Russian JIM text short of votes read stop-veto)
    "en-who-42.jsonl": (0.94, 1.00, 1.00, 0),
    # (its second part, at its first reading: the rule written for it was dropped, see its
    # README row)
    "en-who-42b.jsonl": (1.00, 1.00, 0.33, 0),
    # (session 43's who-vetoed set, at its reading after the rule written for it: who vetoed
    # 0.471 -> 1.000; the US Jerusalem veto, Russia's Syria veto recalled, read stop-veto)
    "en-who-43.jsonl": (0.98, 1.00, 1.00, 1),
    # (session 34's multilingual demand set, at its reading after the rules written for it)
    "multi-demands-s34.jsonl": (0.60, 0.70, 1.00, 3),
    # (session 35's multilingual demand set, at its reading after the rules written for it)
    "multi-demands-s35.jsonl": (0.54, 0.92, 1.00, 0),
    "multi-demands-s35b.jsonl": (0.97, 0.55, None, 0),
    # (session 36's Russian demand set, at its reading after the rules written for it)
    "multi-demands-s36.jsonl": (0.97, 0.58, None, 1),
    # (session 37's French-first demand set, at its reading after the rules written for it)
    "multi-demands-s37.jsonl": (0.99, 0.73, None, 0),
    # lowered in session 43 (w2), was 1.00: the relabel of investigating teams' access
    # (README, session 43) adds accountability the rules do not read yet (reading 0.500;
    # session 43's rule is English: the six sniper items are French, Spanish, German,
    # Russian and Arabic; session 44's clause for those languages, ml-invaccess-s44, was
    # measured and not landed: it lowered validation, whose multilingual writers mostly
    # label such items access alone)
    "multi-demands-s37b.jsonl": (0.50, 1.00, None, 0),
    # (session 38's German-first demand set, at its reading after the rule written for it)
    # lowered in session 43 (w2), was 0.95: the relabel of investigating teams' access
    # (README, session 43) adds accountability the rules do not read yet (reading 0.9425,
    # the same after session 43's English rule: the German item is left; session 44's
    # five-language clause lowered validation and was not landed). Lowered again in
    # session 44 (w1), 0.94 -> 0.92 (reading 0.9297): no query reads the German wire on
    # financial sanctions over Syrian oil as an asset freeze; the session 37 demand model
    # added it at 0.82, session 44's refit reads it 0.76, under its 0.8 (asset-freeze
    # 7/0/0 -> 6/0/1). The refit reads more on the held-out parts 35-42 in every group with
    # no new negative (tests/eval/LEARNED.md, "Session 44"); a German query for it is left.
    "multi-demands-s38.jsonl": (0.92, 0.92, None, 1),
    # (session 39's multilingual veto set, at its reading after the rule written for it as
    # the lead reworked it: two vetoes told with nobody named on Syria are Russia's and
    # China's by that pattern, not by a table of the vetoes' days, so its single vetoes told
    # with nobody stay unread: who vetoed 0.939 with the table, 0.758 without)
    "ml-events-s39.jsonl": (0.95, 0.94, 0.75, 1),
    # (session 40's multilingual event set, at its reading after the rules written for it)
    "ml-events-s40.jsonl": (0.94, 0.85, 0.77, 0),
    # (session 41's sets, at their readings after the rules written for them: the headline's
    # sanctions beside Russia blocked at the Council, and the OPCW's experts' security in Russian)
    # Events 0.70 -> 0.64 (lead, session 41): the set was read at 0.706 (12 of 17) with the
    # session 36 event model; the event model refitted the same hour (65faa88, fitted on the
    # labelled files before this set landed, so never shown it) reads one of its negatives,
    # Moscow's own freeze of Western firms' assets, as a statement (gold: other, a national
    # decision). The rules' reading of the set is unchanged; the next refit takes the set in.
    "ml-sanctions-s41.jsonl": (0.98, 0.64, 0.90, 0),
    "ru-douma-s41.jsonl": (0.89, 0.95, 1.00, 0),
    # Session 42 (w6). ml-adopted-s42: no item has a demand, so macro-F1 is the one false
    # stop-veto alert (the Assembly's 2012 text naming Russia and China among its noes), held
    # at one; events 0.464 at its first reading, 0.964 after the lifting and delisting cues
    # (27 of 28: an Arabic "قرار دولي" names no UN organ). ml-freezes-s42: events 0.417 at its
    # first reading, 1.000 after assets blocked were no veto.
    "ml-adopted-s42.jsonl": (0.0, 0.96, None, 1),
    "ml-freezes-s42.jsonl": (0.96, 1.00, 1.00, 0),
    # (session 42's set on experts sampling at a chemical-attack site, at its reading after the
    # samples rule written for it: 0.879; the one negative alerted, the OPCW's samples on the
    # Ukrainian front, is read by rules older than the set)
    "ml-samples-s42.jsonl": (0.87, 0.94, None, 1),
    # Session 43 (w6): a permanent member's no told in words ("disent non", "votent contre",
    # "не пропустили"), at its reading after the cues written for it: events 0.643 -> 0.929,
    # who vetoed 0.643 -> 1.000, macro-F1 0.760 -> 0.794; the one negative alerted, the
    # Assembly's 2012 text, by rules older than the set (as in ml-adopted-s42).
    "ml-vetoes-said-no-s43.jsonl": (0.79, 0.92, 1.00, 1),
    # (session 43's set on a vote set for a day with the veto only expected, at its reading
    # after the rule written for it: events 0.938; first reading 0.438)
    "ml-vetoexpected-s43.jsonl": (0.96, 0.93, 1.00, 0),
    # Session 45 (w7): missiles, air defence and jets delivered to the Syrian government told
    # without an arms word, beside strikes and other buyers' missiles, at its first reading
    # (no rule written for it yet): arms 9/1/3, macro-F1 0.818, events 0.909; the negative
    # alerted is the Caspian flotilla's missile strike in Russian.
    "multi-arms-s45.jsonl": (0.81, 0.90, None, 1),
    # Session 45 (w7): the UN observer mission's renewal vetoed (July 2012) in five languages,
    # beside Georgia's and the OSCE's observer missions, vetoes on other Syria drafts and
    # election observers, at its first reading (no rule written for it yet): monitor-access
    # 7/0/8, stop-veto 13/0/5, macro-F1 0.738, events 1.000, no near miss alerted; after the
    # context's clause for the observer mission vetoed with no Syria word: monitor-access
    # 12/0/3, stop-veto 18/0/0, macro-F1 0.944.
    "multi-obsveto-s45.jsonl": (0.94, 1.00, None, 0),
    # Session 45 (w6): who vetoed where a non-English veto headline opens on its vetoing
    # members, and double vetoes told without the word Syria, at its reading after the rules
    # written for it: who vetoed 0.417 -> 1.000 (macro-F1 0.7396); the one negative alerted
    # (a renewal "a year after double veto", stop-veto) and the Arabic reaction read `veto`
    # are older readings.
    "ml-vetoers-s45.jsonl": (0.73, 0.96, 1.00, 1),
    # (session 45's multilingual set on vetoes cast outside the Council, at its reading after
    # the rule written for it, w4: events 0.650 -> 0.950; the French Aleppo veto beside the
    # EU's reaction, read `statement` by older rules, is left)
    "ml-vetoes-elsewhere-s45.jsonl": (1.00, 0.95, 0.85, 0),
    # (session 45's second set, w6: the other member joined to a member's veto by "with" after a
    # comma, "esta vez con China", at its reading after the rule written for it: who vetoed
    # 0.429 -> 1.000)
    "ml-vetoers-s45b.jsonl": (0.96, 1.00, 1.00, 0),
    # (session 46's multilingual set on adoptions told by a headline's unanimity, at its reading
    # after the rule written for it, w4: events 0.500 -> 0.962; the German press statement
    # "verurteilt ... einstimmig", read `resolution_adopted` by older rules, is left)
    # (macro-F1 1.00 -> 0.75 with session 50's demand model, refitted through part 40: it adds
    # arms-embargo to the Arabic item on the observers' unanimous vote of April 2012,
    # s46w4-ar-2012-04-21-muraqibin-ijma: the file labels no arms item, so that one false
    # reading makes its arms F1 0; events unchanged)
    "multi-events-s46-w4.jsonl": (0.75, 0.96, None, 0),
    # (session 47's set on the monitoring body named in the headline, w4, at its reading after
    # the clause written for it: macro-F1 0.526 -> 0.963; the French police investigators,
    # alerted before it by "enquête", are left)
    "multi-demands-s47-w4.jsonl": (0.96, 1.00, None, 1),
    # (session 46's set on a veto told in other words, w3: the members' "no", a text failing on
    # their votes, a new body blocked, at its reading after the rule written for it,
    # _veto_in_other_words: events 0.667 -> 0.857, who vetoed 0.583 -> 1.000; left: the no
    # expected before a vote and the Geneva resolution read `other`, the OPCW's Navalny bid
    # `veto` by an older cue; the talks and the Geneva resolution alert stop-veto, as at the
    # first reading)
    "en-events-s46-w3.jsonl": (0.96, 0.85, 1.00, 2),
    # (its second part, an adoption told by its votes or abstainers, at its reading after the rule
    # written for it, _ADOPTED_WITH_VOTES, _PASSES_AS_ABSTAIN and the organ cues for "adopts"
    # and "backs": events 0.438 -> 0.812; left: the Assembly's 2012 text and the
    # Secretary-General's backing read `other`, the adoption ahead `other`; macro-F1 0.333 as at
    # its first reading, the League's sanctions missed and two negatives alerted)
    "en-events-s46-w3b.jsonl": (0.33, 0.81, None, 2),
    # (session 47, w5b: an adoption told by its numbered resolution where the rules read nothing
    # else, _numbered_resolution_told: events 0.556 -> 0.833; left: the JIM's and the 2585
    # texts "drafted by" read `draft_resolution`, and "five years after resolution 2254" as at
    # its first reading; macro-F1 0.583 as at its first reading, no negative alerted)
    "en-events-s47-w5b.jsonl": (0.58, 0.83, None, 0),
    # (its second part, an agency's update named by the headline where the rules read nothing,
    # _UPDATE_TITLE, session 47 w5b's rule landed in session 48 by w2: events 0.462 -> 0.923;
    # the regional update of October 2015, taken back to `other` by the model, kept `report` by
    # session 49's merged rule, _periodic_product: 0.923 -> 1.000)
    "en-events-s47-w5b-2.jsonl": (1.00, 1.00, None, 0),
    # (session 48 w5's set on a humanitarian agency's periodic product named in a headline, at its
    # reading after session 49's merged rule, _periodic_product: events 0.786 -> 1.000 on main
    # 1093c81; macro-F1 1.000 and no negative alerted, as at its first reading)
    "multi-events-s48-w5.jsonl": (1.00, 1.00, None, 0),
    # (session 49, w5: the General Assembly acting in a non-English headline; the speech under
    # an "Assemblée générale :" kicker is left `other`)
    "multi-events-s49-w5.jsonl": (1.00, 0.95, None, 0),
    # (session 48, w2: a member's "Nein" as a German headline's noun, an Arabic headline's member
    # bringing down what the text does: events 0.529 -> 0.824, who vetoed 0.500 -> 1.000; left:
    # the buried officer read `veto` by the French "enterr" cue and the threat to bury read
    # `other`, Lavrov's no read `other`; the officer and the Russian draft alert stop-veto)
    "multi-who-s48-w2.jsonl": (0.97, 0.82, 1.00, 2),
    # (session 47's multilingual set on a veto's headline naming another member after it as the
    # next clause's subject, abstaining in the present tense or reacting, w5, at its reading after
    # the rule written for it: who vetoed 0.476 -> 0.952; left: "Paris dénonce" read `statement`,
    # accountability missed on 3 of 8)
    "multi-who-s47-w5.jsonl": (0.88, 0.95, 0.95, 0),
    # (session 48, w6: Russia and China named as a pair beside a veto in French, Spanish,
    # German, Russian or Arabic with no Syria word are Syria's, in the context and among
    # stop-veto's Syria words: stop-veto 0/0/10 -> 10/0/0, macro-F1 0.000 -> 1.000; the six
    # other files' double vetoes stay unalerted)
    "multi-stopveto-s48-w6.jsonl": (1.00, 1.00, 1.00, 0),
    # (session 48's story set on a Council development's first report in another language, w3,
    # written for the stories: its demands and events as read at its first reading, the Spanish
    # Caesar and French Ghouta headlines read `other`, the Russian IIT and the Spanish
    # commission headlines `statement`; its story floors in test_lone_story_set_s48_w3)
    "stories-lone-s48-w3.jsonl": (0.88, 0.75, None, 0),
    # (session 48's English story set on quiet reactions to a veto, w4, written for stories, not
    # demands: the reactions carry stop-veto in words of their own, which the queries do not
    # read; its story floors are in test_story_set_quiet_s48_w4)
    "stories-quiet-s48-w4.jsonl": (0.66, 0.89, 1.00, 0),
    # (session 49, w4: English adoptions the model reads at 0.6 to 0.9, learned.ENGLISH_ADOPTION_AT,
    # at its reading after the bar was lowered for them: events 0.722 -> 0.833; left: the
    # Assembly on the Arab plan read `statement`, the toll `other`, the vote announced `meeting`)
    "en-events-s49-w4.jsonl": (1.00, 0.83, None, 0),
    # (session 50, w4: Council drafts' voting records with unnamed votes against, and "Adopted:
    # No", read as adoptions, _unnamed_no_on_a_draft: events 0.471 -> 1.000, who vetoed 0.500 ->
    # 1.000; stop-veto missed on the records told by symbol and tally alone, no Syria word)
    "en-events-s50-w4.jsonl": (0.83, 1.00, 1.00, 0),
    # (its second part: the Assembly as the headline's subject is no veto, _ASSEMBLY_HEADLINE,
    # beside w5b's _ASSEMBLY_NAMED: events 0.727 -> 0.909; left: the Aleppo text's headline
    # `other`)
    "en-events-s50-w4b.jsonl": (1.00, 0.90, None, 0),
    # (session 50, the lead: a member's veto told before the Assembly it goes to stays the veto,
    # _assembly_ahead_of_veto: events 0.700 -> 0.900, who vetoed 0.667 -> 1.000; left: the U.S.
    # pressing Russia in the Assembly read `meeting`, not its statement)
    "en-events-s50-lead.jsonl": (1.00, 0.90, 1.00, 0),
    # (session 49's Arabic set on a lede opening on a verb of saying and its speaker, w3, at its
    # reading after the rule written for it, _arabic_speaker_first: events 0.400 -> 1.000;
    # accountability read on Cavusoglu's "those responsible for the chemical attack")
    "ar-events-s49-w3.jsonl": (0.96, 1.00, 1.00, 0),
    # (session 49's French set on a permanent member "burying" something, w5b: a veto only where
    # a text is buried, _BURIED: events 0.467 -> 1.000, who vetoed 0.857 -> 1.000, macro-F1 0.875
    # -> 1.000, negatives alerted 3 -> 0)
    "fr-enterr-s49-w5b.jsonl": (1.00, 1.00, 1.00, 0),
    # (session 50's Russian set on the two Councils named short in Russian headlines, w2, written
    # for the stories, stories._COUNCILS: stories 0.400/0.444 -> 1.000/0.667; demands and events
    # as at its first reading: "принятая Совбезом" read `other`, "Совет безопасности России
    # обсудил" read `meeting`, accountability missed on the СПЧ headline)
    "ru-sovbez-s50-w2.jsonl": (0.90, 0.81, None, 0),
    # (session 50's Russian set on Russia and China voting against the Human Rights Council's
    # text, told in the genitive or the prepositional, w2: vetoed._RIGHTS_COUNCIL in any case,
    # macro-F1 0.872 -> 1.000, negatives alerted 4 -> 0; then events._RIGHTS_COUNCIL_ELSEWHERE,
    # the votes against read as the adoption: events 0.400 -> 0.900, "осудил" left `statement`)
    "ru-rights-s50-w2.jsonl": (1.00, 0.90, 1.00, 0),
    # (session 50's set on headlines naming the General Assembly, w5b, at its reading after the
    # rule written for it, _ASSEMBLY_NAMED: events 0.400 -> 0.950, who vetoed 0.500 -> 1.000; the
    # two items on resolution 66/253 still alerted stop-veto, the veto named only to date them)
    "events-falseveto-s50-w5b.jsonl": (0.90, 0.95, 1.00, 2),
    # (session 50's Russian set on the Human Rights Council named as СПЧ or with "ООН" beside a
    # vote against, w2: the stop-veto query's other fora in those forms, macro-F1 0.286 -> 0.333,
    # negatives alerted 3 -> 2; then in the opposition branch, "выступили/выступила против":
    # 0.500, 0 of 4; left: asset-freeze missed on the sanctions veto)
    "ru-spch-s50-w2.jsonl": (0.50, 0.66, 1.00, 0),
    # (session 50's English headlines alone on chemical weapons, w1, at its reading with the
    # demand model refitted through part 40 and learned.headline_alone_stands: as at its first
    # reading, accountability 8/0/2, the commission on the convoy and the doctor's arrest missed)
    "en-demands-s50-w1.jsonl": (0.88, 0.90, None, 0),
    # (session 50's busy-week story set on `other` news told within two hours in another
    # language, w3, written for the stories: the Arabic, German and French headlines match no
    # demand; its story floors in test_busy_week_story_set_s50_w3)
    "stories-busy-s50-w3.jsonl": (0.74, 1.00, None, 0),
    # (session 50's second false-veto set, w5b: Russia's own draft failing in a Russian headline,
    # at its reading after _own_russian_draft_failed: events 0.333 -> 1.000, who vetoed 0.917 ->
    # 1.000; the strikes draft of April 2018 still alerted stop-veto)
    "events-falseveto-s50-w5b-2.jsonl": (0.90, 1.00, 1.00, 1),
    # (session 51's English set, w4: the model's scheduled vote where the rules read a draft at 0.5,
    # learned.ENGLISH_VOTE_AHEAD_AT, and records headed "U.N. "/"No. " read by their own headline,
    # _unnamed_no_on_a_draft: events 0.647 -> 0.882; left: the chemical text "to be acted on" Friday
    # (the model at 0.47) and the monitors' mandate expiring; S/2016/846's record alerts stop-veto)
    "en-events-s51-w4a.jsonl": (0.82, 0.88, 1.00, 1),
    # (session 51's story set on an outcome told in the Council's hours a day after another,
    # w3: demands, events and who vetoed read right at the first reading; its story floors in
    # test_precision_story_set_s51_w3)
    "stories-precision-s51-w3.jsonl": (1.00, 1.00, 1.00, 0),
    # (session 51's set on a veto whose headline names the text's author in the five other
    # languages, w2, at its reading after _author_elsewhere: who vetoed 0.619 -> 1.000; the
    # accountability read on the Arabic sanctions text and missed on the English Douma probe)
    "who-vetoed-s51-w2.jsonl": (0.93, 1.00, 1.00, 0),
    # (session 51's English set, w4, second part: meetings the model reads at 0.6 where the rules
    # read other news, a draft or a report, learned.ENGLISH_MEETING_AT: events 0.765 as at its
    # first reading; the set's four misses sit under the bar or are not the model's meeting; the
    # rule's fixes are in older tuning files)
    "en-events-s51-w4.jsonl": (1.00, 0.76, 1.00, 0),
    # (session 51, w5: a French numbered resolution told alone as the news is its adoption,
    # _numbered_resolution_told_fr: events 0.571 -> 0.929; left: 2254's road map read
    # `draft_resolution` by its negotiations)
    "fr-events-s51-w5.jsonl": (1.00, 0.92, 1.00, 0),
}


@pytest.mark.parametrize("name", sorted(TUNED_FILE_FLOORS))
def test_tuned_files_hold_their_readings(capsys: pytest.CaptureFixture[str], name: str) -> None:
    macro_f1, events, who, alerted = TUNED_FILE_FLOORS[name]
    report = run_eval(capsys, name)
    assert float(report["macro_f1"]) >= macro_f1  # type: ignore[arg-type]
    assert float(report["event_accuracy"]) >= events  # type: ignore[arg-type]
    if who is not None:
        assert float(report["actor_accuracy"]) >= who  # type: ignore[arg-type]
    assert int(report["negatives_alerted"]) <= alerted  # type: ignore[call-overload]


def test_labelled_set_is_big_enough_and_covers_every_demand() -> None:
    lines = (EVAL_DIR / "items.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    assert len(items) >= 120
    demands = {d for item in items for d in item["expect"]["demands"]}
    assert len(demands) == 6
    assert sum(1 for item in items if not item["expect"]["demands"]) >= 30  # hard negatives
    events = {item["expect"]["event"] for item in items}
    assert len(events) == 8  # every event type is represented


def test_matching_events_and_stories_reach_their_targets(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = run_eval(capsys, "items.jsonl")
    assert report["n"] == 219
    assert report["n_events"] == 219
    assert float(report["macro_f1"]) >= 0.93  # type: ignore[arg-type]
    assert report["negatives_alerted"] == 0  # issue 11: no hard negative alerts
    assert float(report["event_accuracy"]) >= 0.90  # type: ignore[arg-type]
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert languages["en"]["macro_f1"] >= 0.93
    assert languages["en"]["event_accuracy"] >= 0.90
    clustering = report["clustering"]
    assert isinstance(clustering, dict)
    assert clustering["pairwise_precision"] >= 0.95
    assert clustering["pairwise_recall"] >= 0.80


def test_held_out_set_written_blind_to_the_queries(capsys: pytest.CaptureFixture[str]) -> None:
    """holdout.jsonl was written after the queries were tuned, by someone who never saw
    them; it measures how the shipped configuration generalises (see tests/eval/README.md)."""
    report = run_eval(capsys, "holdout.jsonl")
    assert report["n"] == 80
    # 0.8998 when written; the 0.90 target is asserted on items.jsonl above. This floor
    # catches a change that helps the tuning set at the expense of unseen coverage.
    assert float(report["macro_f1"]) >= 0.88  # type: ignore[arg-type]
    assert float(report["event_accuracy"]) >= 0.80  # type: ignore[arg-type]
    clustering = report["clustering"]
    assert isinstance(clustering, dict)
    assert clustering["pairwise_precision"] >= 0.90
    assert clustering["pairwise_recall"] >= 0.80


LANGUAGE_SETS = ("fr", "de", "es", "ru", "ar")


@pytest.mark.parametrize("language", LANGUAGE_SETS)
def test_each_language_set_matches_its_demands(
    capsys: pytest.CaptureFixture[str], language: str
) -> None:
    """Issue 11: every added language reaches macro-F1 0.85, alerts no hard negative and
    classifies events at 0.80 or better."""
    report = run_eval(capsys, f"{language}.jsonl")
    assert report["n"] >= 45
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {language}
    assert float(report["macro_f1"]) >= 0.85  # type: ignore[arg-type]
    assert report["negatives"] >= 10
    assert report["negatives_alerted"] == 0
    assert float(report["event_accuracy"]) >= 0.80  # type: ignore[arg-type]


# Fresh event sets in each added language, each measured before any rule was changed for it
# (first figures: ar 0.476, es 0.550, de 0.700, fr 0.500, ru 0.550); every one reached 1.000
# after the rules for their classes and is held to within one item of that.


@pytest.mark.parametrize("language", LANGUAGE_SETS)
def test_each_language_event_set(capsys: pytest.CaptureFixture[str], language: str) -> None:
    """Vetoes in each language's own verbs (stems), adoptions, votes put off, drafts tabled,
    speakers before the Council, reactions, findings, drafts short of votes; hard negatives
    (other vetoes, other embargoes, other warrants, football)."""
    report = run_eval(capsys, f"{language}-events.jsonl")
    assert report["n"] >= 20
    assert report["negatives"] >= 5
    assert float(report["event_accuracy"]) >= 0.95  # type: ignore[arg-type]
    # Who vetoed, on the 5-6 veto items and drafts short of votes labelled with it: 1.000.
    assert float(report["actor_accuracy"]) >= 0.80  # type: ignore[arg-type]
    # A second fresh set, written after the first round of rules and measured before the
    # second (events ar 0.786, es 0.643, de 0.714, fr 0.500, ru 0.429; who vetoed 0.40,
    # 0.60, 0.40, 0.25, 0.60); after it 1.000 everywhere but one French item (a draft
    # tabled "to be put to the vote Thursday", read as the vote ahead).
    report = run_eval(capsys, f"{language}-events-2.jsonl")
    assert report["n"] >= 14
    assert float(report["event_accuracy"]) >= 0.92  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.75  # type: ignore[arg-type]
    # A third, written after the second round and measured before the third, as the
    # estimate for unseen wording: events ar 0.80, es 0.60, de 0.70, fr 0.80, ru 0.90
    # (0.76 over 50); who vetoed 1.00, 0.67, 0.33, 0.33, 0.33 (0.60 over 15). After the third
    # round: 1.000 everywhere but one Spanish item (a draft tabled with its vote day).
    report = run_eval(capsys, f"{language}-events-3.jsonl")
    assert report["n"] >= 10
    assert float(report["event_accuracy"]) >= 0.90  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.66  # type: ignore[arg-type]
    # A fourth (16-17 items each, hard cases on the event boundaries), written after the
    # third round and measured before the fourth: events ar 0.688, es 0.750, de 0.647,
    # fr 0.588, ru 0.625 (0.659 over 82); who vetoed 0.50, 0.67, 0.67, 0.50, 0.33 (0.533
    # over 30). After the fourth round: 1.000 everywhere, held to within one item.
    report = run_eval(capsys, f"{language}-events-4.jsonl")
    assert report["n"] >= 16
    assert float(report["event_accuracy"]) >= 0.93  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.83  # type: ignore[arg-type]
    # A fifth (8 each), written after the fourth round and measured before the last: events
    # ar 0.875, es 0.375, de 0.500, fr 0.875, ru 0.625 (0.650 over 40); who vetoed 0.33,
    # 0.33, 0.50, 0.50, 0.67 (0.467 over 15). After the last round: 1.000 everywhere.
    report = run_eval(capsys, f"{language}-events-5.jsonl")
    assert report["n"] >= 8
    assert float(report["event_accuracy"]) >= 0.87  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.66  # type: ignore[arg-type]
    # A sixth (15-16 each, 7 with who vetoed), written after the fifth round and measured
    # before the sixth: events ar 0.938, es 0.750, de 0.867, fr 0.938, ru 0.867 (0.872 over
    # 78); who vetoed 0.71, 0.86, 0.86, 0.71, 0.86 (0.800 over 35). After the sixth round
    # (votes counted under nine, names in their cases and UN forms, members joining a
    # veto, ledes led by the veto, laws vetoed at home, speakers before the Council, the
    # Human Rights Council): 1.000 everywhere, held to within one item.
    report = run_eval(capsys, f"{language}-events-6.jsonl")
    assert report["n"] >= 15
    assert float(report["event_accuracy"]) >= 0.93  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.85  # type: ignore[arg-type]
    # A seventh (8 each), written after the sixth round and measured before the seventh:
    # events ar 0.875, es 1.000, de 0.750, fr 1.000, ru 0.875 (0.900 over 40); who vetoed
    # 0.75, 0.50, 0.75, 0.75, 0.60 (0.667 over 21). After the seventh round (participles
    # agreeing with the draft, plural negative votes, counts fronted or in the dual,
    # permanent members "not allowing", speaker ledes under quoted headlines): 1.000.
    report = run_eval(capsys, f"{language}-events-7.jsonl")
    assert report["n"] >= 8
    assert float(report["event_accuracy"]) >= 0.87  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.75  # type: ignore[arg-type]
    # An eighth (15 each, 6-7 with who vetoed), written after the seventh round and measured
    # before the eighth: events ar 0.933, es 0.867, de 0.800, fr 0.733, ru 0.800 (0.827 over
    # 75); who vetoed 0.83, 0.83, 0.86, 0.83, 0.67 (0.806 over 31). After the eighth round
    # (vetoers in apposition after "a permanent member", Spanish participles and German
    # passives, Russian short names, vetoes to come, a rival's count beside an adoption,
    # quoted headline verbs, vetoes dating other news, procedural votes): events 1.000 but
    # es and ru 0.933 (a speaker's threat, labelled a statement, reads as the draft), who
    # vetoed 1.000. Floors one item under the lowest language.
    report = run_eval(capsys, f"{language}-events-8.jsonl")
    assert report["n"] >= 15
    assert float(report["event_accuracy"]) >= 0.86  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.83  # type: ignore[arg-type]
    # A tenth (15 each, 5-6 with who vetoed), written after the ninth round and measured
    # before the tenth: events ar 0.867, de 0.867, es 0.667, fr 1.000, ru 0.867 (0.853 over
    # 75); who vetoed 0.80 in each language but es 0.67 (0.769 over 26). After the tenth
    # round (vetoes named only in a time or cause phrase, national parliaments, named yes
    # votes of a rival, rights groups as lede speakers, compound adjectives of two members,
    # the genitive apposition, the Arabic dual, abstainers): 1.000 and 1.000. Floors one
    # item under that.
    report = run_eval(capsys, f"{language}-events-10.jsonl")
    assert report["n"] >= 15
    assert float(report["event_accuracy"]) >= 0.93  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.80  # type: ignore[arg-type]


def test_english_vocabulary_classes(capsys: pytest.CaptureFixture[str]) -> None:
    """Observer deployment, OPCW findings, the arms trade, designations, and traps."""
    report = run_eval(capsys, "en-classes.jsonl")
    assert float(report["macro_f1"]) >= 0.93  # type: ignore[arg-type]
    assert report["negatives_alerted"] == 0
    assert float(report["event_accuracy"]) >= 0.90  # type: ignore[arg-type]


def test_english_event_classes(capsys: pytest.CaptureFixture[str]) -> None:
    """Vetoes in many phrasings, drafts short of nine votes, other bodies' vetoes, reactions,
    meetings, adoptions by recorded vote, votes put off, announcements outside the UN."""
    for name in ("en-events.jsonl", "en-events-2.jsonl", "en-events-3.jsonl", "en-events-4.jsonl"):
        # Each file was measured before the rules were changed for it: 0.684, 0.711, 0.875,
        # 0.767 (the classes left are listed in the closing note).
        report = run_eval(capsys, name)
        assert float(report["event_accuracy"]) >= 0.90, name  # type: ignore[arg-type]
    # A fifth file, measured before any rule was changed for it: 0.854 (35 of 41); 1.000
    # (41 of 41) after the rules for its classes, held to within one item of that.
    report = run_eval(capsys, "en-events-5.jsonl")
    assert float(report["event_accuracy"]) >= 0.97  # type: ignore[arg-type]
    # A sixth, measured before any rule was changed for it: 0.803 (53 of 66), and who vetoed
    # 0.565 (13 of 23); 1.000 and 1.000 after the rules for its classes, held to within one
    # item. The classes' own items (en-event-classes) were written before those rules.
    report = run_eval(capsys, "en-events-6.jsonl")
    assert float(report["event_accuracy"]) >= 0.98  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.95  # type: ignore[arg-type]
    # A seventh, written after those rules and measured before any rule was changed for it:
    # 0.934 (57 of 61), who vetoed 0.923 (12 of 13); 1.000 and 1.000 after the rules for its
    # three classes.
    report = run_eval(capsys, "en-events-7.jsonl")
    assert float(report["event_accuracy"]) >= 0.98  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.92  # type: ignore[arg-type]
    # An eighth, written after those rules and measured before any rule was changed for it:
    # 0.846 (22 of 26), who vetoed 0.667 (6 of 9); 0.962 and 0.778 after the rules for two
    # of its classes (remarks after the vote, a vetoed sanctions draft), held to within one item.
    report = run_eval(capsys, "en-events-8.jsonl")
    assert float(report["event_accuracy"]) >= 0.96  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.88  # type: ignore[arg-type]
    # A ninth, written after those rules and measured before any rule was changed for it:
    # 0.821 (55 of 67), who vetoed 0.625 (15 of 24); the rules for its classes (voting
    # records' totals, members naming what was vetoed, other words for vetoing, the noun
    # "vetoes", a pluperfect veto, numbered resolutions; a member explaining its own negative
    # vote; threats told to members; courts of appeal; long speakers after a dateline)
    # brought 1.000 and 1.000, held to within one item.
    report = run_eval(capsys, "en-events-9.jsonl")
    assert float(report["event_accuracy"]) >= 0.98  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.95  # type: ignore[arg-type]
    # A tenth, written after those rules and measured before any rule was changed for it:
    # 0.744 (32 of 43), who vetoed 0.583 (7 of 12), the same as on the session's starting
    # code; 1.000 and 1.000 after the rules for its classes (records in "In favour/Against"
    # form, vetoes a draft fell on, members that stopped a plan, adoption and vote-ahead
    # wordings, findings determined, members that cannot back a text, officials updating
    # the Council), held to within one item.
    report = run_eval(capsys, "en-events-10.jsonl")
    assert float(report["event_accuracy"]) >= 0.97  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.91  # type: ignore[arg-type]
    # An eleventh, measured before any rule was changed for it: 0.746 (50 of 67), who vetoed
    # 0.536 (15 of 28); 0.940 and 1.000 after general rules (the Council's procedure told in
    # words, a lede whose subject is the vetoing member, who vetoed as the member acting, a
    # veto in the future tense, statements negated, records with names after colons), held
    # to within one item.
    report = run_eval(capsys, "en-events-11.jsonl")
    assert float(report["event_accuracy"]) >= 0.92  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.96  # type: ignore[arg-type]
    # A twelfth, written before the last of those rules and never tuned on: its first
    # reading on them, 0.767 (23 of 30) and who vetoed 0.714 (10 of 14), held to within one
    # item. It measures unseen wording; its errors are left as they are.
    report = run_eval(capsys, "en-events-12.jsonl")
    assert float(report["event_accuracy"]) >= 0.73  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.64  # type: ignore[arg-type]
    # A thirteenth, measured before any rule was changed for it: 0.816 (62 of 76), who vetoed
    # 0.800 (20 of 25); 1.000 and 1.000 after general rules (a veto or a vote named only as
    # background, seven or more members against, headline noes, envoys explaining their own
    # no, statements read out, numbered reports), held to within one item.
    report = run_eval(capsys, "en-events-13.jsonl")
    assert float(report["event_accuracy"]) >= 0.98  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.96  # type: ignore[arg-type]
    # A fourteenth, written before the last round of those rules and never tuned on (held
    # out): 0.781 (25 of 32) and 0.900 (9 of 10) on the code before the rules, 0.844 (27 of
    # 32) and 0.900 after them. The rules for the fifteenth set's classes (below), and for
    # its own two left (a member that would not support a sanctions text, an office-holder
    # heading their words), brought 1.000 (32 of 32) and 1.000 (10 of 10); held to within
    # one item.
    report = run_eval(capsys, "en-events-14.jsonl")
    assert float(report["event_accuracy"]) >= 0.96  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.90  # type: ignore[arg-type]
    # A fifteenth, measured before any rule was changed for it: 0.816 (62 of 76), who vetoed
    # 0.880 (22 of 25); 1.000 and 1.000 after general rules (a lede's subject after an
    # opening phrase, texts blocked in the passive, legislatures voting, trailing
    # attributions, members against a draft short of votes, envoys whose country rejected
    # the text, a government's own court step), held to within one item.
    report = run_eval(capsys, "en-events-15.jsonl")
    assert float(report["event_accuracy"]) >= 0.98  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.96  # type: ignore[arg-type]
    # A sixteenth, measured before any rule was changed for it: 0.850 (68 of 80), who vetoed
    # 0.577 (15 of 26); 0.975 and 1.000 after general rules (vetoers named after the first
    # sentence, a date between "voted" and "against", a relative clause before the veto,
    # records listing names after their totals, a double veto's members named elsewhere,
    # speakers after a named day's vote, reports released, blocking and findings as
    # history), held to within one item.
    report = run_eval(capsys, "en-events-16.jsonl")
    assert float(report["event_accuracy"]) >= 0.96  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.96  # type: ignore[arg-type]
    # A seventeenth, measured before any rule was changed for it: 0.822 (60 of 73), who
    # vetoed 0.870 (20 of 23); 0.986 and 1.000 after general rules (a UN organ's lede act
    # adopting, a tally with none against, a numbered resolution as the Council's, drafts
    # handed to the members, plural statements, humanitarian organisations as speakers,
    # plural vetoes, a text voted down, a reported pluperfect of the day's veto, a body
    # rejecting an appeal), held to within one item.
    report = run_eval(capsys, "en-events-17.jsonl")
    assert float(report["event_accuracy"]) >= 0.972  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.956  # type: ignore[arg-type]
    # An eighteenth, written blind by another engineer and measured before any rule was
    # changed for it: 0.900 (81 of 90), who vetoed 0.850 (17 of 20); 1.000 and 1.000 after
    # general rules (a briefing lede with a threat voiced later, an organ renewing or
    # extending, a relative clause on a body's record, a text blocked by its aim ("a Western
    # bid to"), members "that voted against" and "the only vote against came from", "plan"
    # not "plane", a UN treaty as no organ, speakers rejecting findings after a dateline, a
    # lede dated years earlier), held to within one item.
    report = run_eval(capsys, "en-events-18.jsonl")
    assert float(report["event_accuracy"]) >= 0.988  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.95  # type: ignore[arg-type]
    report = run_eval(capsys, "en-event-classes.jsonl")
    assert float(report["event_accuracy"]) >= 0.96  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.90  # type: ignore[arg-type]


def test_who_vetoed_on_the_english_veto_items(capsys: pytest.CaptureFixture[str]) -> None:
    """Every veto item of the English event sets names its vetoing members, and drafts short
    of votes name none: read exactly (first read 31 of 43 before the actor rules)."""
    right = total = 0
    for name in (
        "en-events.jsonl",
        "en-events-2.jsonl",
        "en-events-3.jsonl",
        "en-events-4.jsonl",
        "en-events-5.jsonl",
        "en-classes.jsonl",
        "en-context.jsonl",
    ):
        report = run_eval(capsys, name)
        n = int(report["n_actors"])  # type: ignore[call-overload]
        total += n
        right += round(float(report["actor_accuracy"]) * n)  # type: ignore[arg-type]
    assert total >= 40
    assert right / total >= 0.95


def test_demand_context_classes(capsys: pytest.CaptureFixture[str]) -> None:
    """Chemical weapons are not the arms trade, a legislature's veto is not the Council's,
    justice words inside a veto or sanctions item are colour, observers deployed, OPCW
    findings and sanctions wording; traps: the war monitor, ISIL designations, aid access."""
    report = run_eval(capsys, "en-context.jsonl")
    assert report["negatives"] >= 15
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.93  # type: ignore[arg-type]


def test_a_busy_week_of_near_miss_developments(capsys: pytest.CaptureFixture[str]) -> None:
    """April 2018: a meeting, a draft, a veto and two failed Russian drafts, inspectors kept
    out then let in, a day apart; November 2017: two vetoes a day apart and a rival draft;
    a synthetic week with two meetings' press releases a day apart. Each development is its
    own story."""
    report = run_eval(capsys, "busy-week.jsonl")
    assert report["n"] >= 40
    # The stories alone, given each item's labelled event: the issue's targets.
    alone = report["clustering_labelled_events"]
    assert isinstance(alone, dict)
    assert alone["pairwise_precision"] >= 0.95
    assert alone["pairwise_recall"] >= 0.90
    # End to end, with the classified events. Recall is bound by three reactions the event
    # rules read as `other` ("Russia's veto shields ..., rights group says"; "Britain says
    # Moscow has betrayed ..."), which cannot join their veto (a failed draft is `other`);
    # `eval --errors` lists them.
    clustering = report["clustering"]
    assert isinstance(clustering, dict)
    assert clustering["pairwise_precision"] >= 0.90
    assert clustering["pairwise_recall"] >= 0.80


def test_story_sets_written_before_the_story_changes(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-week.jsonl (April 2017: an attack, a draft negotiated, two meetings, a vote,
    talks and findings a day apart) and stories-multi.jsonl (one development in up to six
    languages). First measured, end to end / labelled events: week P 0.512 R 0.708 /
    P 0.641 R 0.742; multi P 1.000 R 0.737. Reached: week 0.961/0.820 and 0.965/0.933;
    multi 1.000/0.970 and 1.000/1.000. End-to-end recall on the week is bound by event
    misreads (a next-morning reaction read as a veto of that morning). Those figures came
    from one clusterer fed the whole set; clustered as production runs it (each poll rebuilds
    its clusterer from the stories of the week before), the labelled-event precision is
    0.769: the week-old stories drop out of the word weights, and the talks in Moscow on the
    day of the vote pass the reaction bar of the vote's preview (0.066 against 0.060).
    Then (session 21) a statement naming no vote is not a Council text's story before its
    outcome, nor after it when it reports talks or an interview of its own: 0.966 / 0.955
    with the labelled events, as end to end with the event model on or off."""
    week = run_eval(capsys, "stories-week.jsonl")
    alone = week["clustering_labelled_events"]
    assert isinstance(alone, dict)
    assert alone["pairwise_precision"] >= 0.95
    assert alone["pairwise_recall"] >= 0.90
    clustering = week["clustering"]
    assert isinstance(clustering, dict)
    assert clustering["pairwise_precision"] >= 0.95
    assert clustering["pairwise_recall"] >= 0.80
    multi = run_eval(capsys, "stories-multi.jsonl")
    for key in ("clustering", "clustering_labelled_events"):
        figures = multi[key]
        assert isinstance(figures, dict)
        assert figures["pairwise_precision"] >= 0.95, key
        assert figures["pairwise_recall"] >= 0.95, key


def test_late_story_set(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-late.jsonl, written after the story changes and first clustered as committed:
    P 1.000 / R 0.846 end to end (a government's reaction read as a meeting), 1.000 / 1.000
    with the labelled events; held there."""
    report = run_eval(capsys, "stories-late.jsonl")
    clustering = report["clustering"]
    assert isinstance(clustering, dict)
    assert clustering["pairwise_precision"] >= 0.95
    assert clustering["pairwise_recall"] >= 0.80
    alone = report["clustering_labelled_events"]
    assert isinstance(alone, dict)
    assert alone["pairwise_precision"] >= 0.95
    assert alone["pairwise_recall"] >= 0.95


def test_previews_read_as_a_veto_join_their_vote(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-previews-s35.jsonl (session 35): previews the events read as a veto, posted the
    day before the vote and naming it by its weekday, were dated the weekday gone and stood
    apart from their veto's reports (P 1.000 / R 0.709 on its first reading); dated the vote
    they announce, 1.000 / 0.987 (the rival text's preview apart from its rejection)."""
    report = run_eval(capsys, "stories-previews-s35.jsonl")
    clustering = report["clustering"]
    assert isinstance(clustering, dict)
    assert clustering["pairwise_precision"] >= 0.95
    assert clustering["pairwise_recall"] >= 0.95


def test_the_april_2018_week_holds_end_to_end(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The busy week's first part, April 2018, end to end with the classified events: its
    floors from before the week grew (recall 0.95) stay, and it now meets the issue's
    targets, so a change to events or stories that splits or chains it again fails here."""
    lines = (EVAL_DIR / "busy-week.jsonl").read_text(encoding="utf-8").splitlines()
    april = [line for line in lines if json.loads(line)["published"].startswith("2018-04")]
    assert len(april) == 18
    subset = tmp_path / "busy-week-april-2018.jsonl"
    subset.write_text("\n".join(april) + "\n", encoding="utf-8")
    assert main(["eval", "--json", str(subset)]) == 0
    clustering = json.loads(capsys.readouterr().out)["clustering"]
    assert clustering["pairwise_precision"] >= 0.95
    assert clustering["pairwise_recall"] >= 0.95


# ---------------------------------------------------------------- the set-aside part
# tests/eval/setaside/ was written before any tuning and never tuned on. The floors are the
# figures first measured on it (tests/eval/README.md), a little below: a change that helps
# the tuned sets at its expense fails here.


def test_set_aside_languages(capsys: pytest.CaptureFixture[str]) -> None:
    # First measured: macro-F1 0.967 (ar 0.898, others 1.0), events 0.916, 0 of 21 negatives.
    report = run_eval(capsys, "setaside/multilingual.jsonl")
    assert float(report["macro_f1"]) >= 0.95  # type: ignore[arg-type]
    assert float(report["event_accuracy"]) >= 0.90  # type: ignore[arg-type]
    assert report["negatives_alerted"] == 0
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == set(LANGUAGE_SETS)
    for language, figures in languages.items():
        assert figures["macro_f1"] >= 0.85, language
        assert figures["event_accuracy"] >= 0.80, language


def test_set_aside_english_classes(capsys: pytest.CaptureFixture[str]) -> None:
    # First measured: macro-F1 0.934, events 0.786, 1 of 6 hard negatives alerted.
    report = run_eval(capsys, "setaside/english.jsonl")
    assert float(report["macro_f1"]) >= 0.92  # type: ignore[arg-type]
    assert float(report["event_accuracy"]) >= 0.75  # type: ignore[arg-type]
    assert report["negatives_alerted"] <= 1


def test_set_aside_busy_week(capsys: pytest.CaptureFixture[str]) -> None:
    # First measured: stories P 0.933 / R 0.778, events 0.778.
    report = run_eval(capsys, "setaside/busy-week.jsonl")
    clustering = report["clustering"]
    assert isinstance(clustering, dict)
    assert clustering["pairwise_precision"] >= 0.90
    assert clustering["pairwise_recall"] >= 0.75
    assert float(report["event_accuracy"]) >= 0.75  # type: ignore[arg-type]


def test_demands_on_fresh_wording(capsys: pytest.CaptureFixture[str]) -> None:
    """Fresh English demand items: vetoes in new verbs and votes put off under a veto
    threat, the JIM's renewal (accountability too), the ICC as the war crimes court or The
    Hague, monitors shot at or turned back without monitor words; traps: a veto or deadlock
    named in passing, the Golan observer force, aid access, vetoes and sanctions elsewhere."""
    report = run_eval(capsys, "en-demands.jsonl")
    assert report["negatives"] >= 25
    # Measured before any vocabulary change for it: 0.819 and 4 of 27 negatives alerted.
    assert float(report["macro_f1"]) >= 0.95  # type: ignore[arg-type]
    # One trap still alerts (sanctions on a network shipping Iranian oil to Damascus fire
    # asset-freeze); the closing note lists it.
    assert report["negatives_alerted"] <= 1


def test_demands_on_fresh_wording_in_five_languages(capsys: pytest.CaptureFixture[str]) -> None:
    """The same classes in fr/es/de/ru/ar: "contourner le blocage", "заблокировали",
    "تلوح بالفيتو", a vote "vertagt" or "aplazada", the ICC as "saisine de la CPI",
    "Den Haag", "Гаага", "La Haya", "محكمة لاهاي", monitors shot at or deployed."""
    report = run_eval(capsys, "multi-demands.jsonl")
    assert report["negatives"] >= 15
    assert report["negatives_alerted"] == 0
    # Measured before any vocabulary change for it: 0.825 (ar .73, de .74, es .83, fr .87, ru .63).
    assert float(report["macro_f1"]) >= 0.95  # type: ignore[arg-type]
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}
    for language, entry in languages.items():
        assert entry["macro_f1"] >= 0.90, language


def test_demands_on_a_second_fresh_set(capsys: pytest.CaptureFixture[str]) -> None:
    """The second fresh demand set, written after the first round and measured before any
    change for it (English 0.867, other languages 0.901, no negative alerted): a failed vote
    blamed on Moscow, an ammunition ship, experts let in, warrants for officials, Russian and
    Arabic threats, a German account freeze; traps: an aid convoy struck, the cross-border
    monitoring mechanism, a presidential veto over Syria troops, vetoes and freezes elsewhere."""
    english = run_eval(capsys, "en-demands-2.jsonl")
    assert english["negatives"] >= 10
    assert english["negatives_alerted"] == 0
    assert float(english["macro_f1"]) >= 0.95  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-2.jsonl")
    assert others["negatives"] >= 10
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.95  # type: ignore[arg-type]
    languages = others["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}
    for language, entry in languages.items():
        assert entry["macro_f1"] >= 0.80, language


def test_near_misses_of_every_demand(capsys: pytest.CaptureFixture[str]) -> None:
    """A set heavy in near misses, written and measured before any change for it (0.967, 0 of
    30 negatives alerted): vetoes, sanctions, ICC cases, arms and monitors elsewhere, history
    and passing mentions; then ministers as the body deciding sanctions, members voting down
    a Russian text, an adoption with no votes against while Russia and China abstain."""
    report = run_eval(capsys, "en-negatives.jsonl")
    assert report["negatives"] >= 30
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.95  # type: ignore[arg-type]


def test_demands_on_a_third_fresh_round(capsys: pytest.CaptureFixture[str]) -> None:
    """Three sets written and measured before any change for them. Near misses first read
    12 of 42 alerted: a House vote on troops, a veto elsewhere compared with Syria's, arms for
    rebels, IAEA inspectors, police investigators, Wagner and an Iranian tanker sanctioned,
    a headline dated by a veto, Assad blaming sanctions. Positives first read 0.844 (English)
    and 0.834 (ar .78, de .80, es .94, fr .64, ru .73; 3 of 19 negatives alerted): threats to
    "not let a text through", "заветировали", "تفشلان", embargoes on military equipment,
    accounts locked, a first lady's family under the Caesar Act, sent to The Hague, warrants
    for security chiefs, a "querella", "تحقيقا"."""
    near_misses = run_eval(capsys, "en-negatives-2.jsonl")
    assert near_misses["negatives"] >= 40
    # Left: a US strike plan "without waiting for the Council, where Russia has blocked
    # action" (blocking named in passing, no veto word to date it).
    assert near_misses["negatives_alerted"] <= 1
    english = run_eval(capsys, "en-demands-3.jsonl")
    assert float(english["macro_f1"]) >= 0.95  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-3.jsonl")
    assert others["negatives"] >= 15
    # Left: a Russian item on the Mali veto comparing it with Syria ("Мали" shares its
    # stem with "мало", so the headline rule cannot name it).
    assert others["negatives_alerted"] <= 1
    assert float(others["macro_f1"]) >= 0.95  # type: ignore[arg-type]
    languages = others["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}
    for language, entry in languages.items():
        assert entry["macro_f1"] >= 0.90, language


def test_demands_on_a_fourth_fresh_round(capsys: pytest.CaptureFixture[str]) -> None:
    """A small round written after the third and measured before any change for it:
    English 0.884 with 1 of 10 near misses alerted (a climate veto compared with Syria's
    record), other languages 0.829 with 2 of 10 (the Golan force in French, Russian military
    police "observers"; de .56, fr .75, ru .56). Then: armoured vehicles on landing ships, the
    Caesar photographs, "Untersuchungsmechanismus", "Menschenrechtsbüro", "замораживание"."""
    english = run_eval(capsys, "en-demands-4.jsonl")
    assert english["negatives"] >= 10
    assert english["negatives_alerted"] == 0
    assert float(english["macro_f1"]) >= 0.95  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-4.jsonl")
    assert others["negatives"] >= 10
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.95  # type: ignore[arg-type]


def test_demands_on_a_fifth_fresh_round(capsys: pytest.CaptureFixture[str]) -> None:
    """A fifth round measured before any change for it: English near misses 16 of 38
    alerted; other languages 0.745 with 14 of 20 alerted. Then: other files' veto headlines
    (Burma, Georgia, North Korea, Mali in every language), election observers, the leader
    blaming sanctions in Russian and Arabic, accountability words on ordinary crime and terror
    attacks, blocking told as history, the commission kept out of the country. Four English
    near misses were left; a later round's rules (a tycoon's assets seized at home, the ICC
    prosecutor's election, another state's sanctions package) took three of them."""
    english = run_eval(capsys, "en-negatives-3.jsonl")
    assert english["negatives"] >= 38
    assert english["negatives_alerted"] <= 1
    others = run_eval(capsys, "multi-demands-5.jsonl")
    assert others["negatives"] >= 20
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.95  # type: ignore[arg-type]


def test_demands_on_a_sixth_fresh_round(capsys: pytest.CaptureFixture[str]) -> None:
    """A sixth round measured before any change for it: English 19 of 41 near misses alerted
    (macro-F1 0.561 over its 20 positives); other languages 0.740 with 13 of 20 alerted.
    Then: freezes in ordinary cases and on other states' firms, the court's own business,
    other files' headlines (Niger, Palestine, space, the Taliban, a sanctions package), texts
    rejected in other forums, abstentions, nuclear arms and the arms trade in general,
    fraud and misconduct. One English near miss is left (a retrospective on Britain's veto)."""
    english = run_eval(capsys, "en-negatives-4.jsonl")
    assert english["negatives"] >= 41
    assert english["negatives_alerted"] <= 1
    assert float(english["macro_f1"]) >= 0.90  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-6.jsonl")
    assert others["negatives"] >= 20
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.95  # type: ignore[arg-type]


def test_demands_on_a_held_out_round(capsys: pytest.CaptureFixture[str]) -> None:
    """Held out for the sixth round and read after its last rules: English 6 of 13 near
    misses alerted, other languages 7 of 10 (0.674). Then tuned on: heritage experts,
    drug-ring freezes, the court's anniversary, arms smuggled out of Syria, a legislature's
    budget and inquiry, annexation vetoes. Its sanctions-draft vetoes carry asset-freeze
    and accountability, which most other sets do not label, so its F1 stays below 1."""
    english = run_eval(capsys, "en-negatives-5.jsonl")
    assert english["negatives"] >= 13
    assert english["negatives_alerted"] == 0
    others = run_eval(capsys, "multi-demands-7.jsonl")
    assert others["negatives"] >= 10
    assert others["negatives_alerted"] == 0


def test_demands_on_a_seventh_fresh_round(capsys: pytest.CaptureFixture[str]) -> None:
    """A seventh round measured before any change for it: English 6 of 12 near misses
    alerted (macro-F1 0.816); other languages 0.655 with 5 of 10 alerted. Then: another
    file's headline (Crimea, the Central African Republic, Venezuela in Russian), a veto
    inside the EU, Syria's own freeze on money changers, inquiries into a fire or a charity,
    a legislature's call for an investigation of bombings, arms supplied in German and
    Spanish words, trial words in an ICC item, investigators waiting to get in. One English
    near miss was left: the central bank's funds released as sanctions eased. It no longer
    alerts: released state funds are relief unless the freezes on Assad's circle are said
    to be kept, which is how the other sets label a lifting (tests/eval/README.md)."""
    english = run_eval(capsys, "en-negatives-8.jsonl")
    assert english["negatives"] >= 12
    assert english["negatives_alerted"] == 0
    assert float(english["macro_f1"]) >= 0.98  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-10.jsonl")
    assert others["negatives"] >= 10
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.97  # type: ignore[arg-type]


def test_demands_on_the_seventh_rounds_held_out_set(capsys: pytest.CaptureFixture[str]) -> None:
    """Held out for the seventh round and read once on its rules: English 2 of 6 near misses
    alerted (0.778), other languages 0.747 with 2 of 8. Then tuned on: another body's veto,
    the Kremlin and "torpedo", Syria beyond the court's reach in another case, charges
    against generals in other languages, the League's monitors in Arabic."""
    english = run_eval(capsys, "en-negatives-9.jsonl")
    assert english["negatives"] >= 6
    assert english["negatives_alerted"] == 0
    # 1.0 since the eleventh round ("hand ... to Hague prosecutors" is the referral).
    assert float(english["macro_f1"]) >= 0.99  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-11.jsonl")
    assert others["negatives"] >= 8
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.97  # type: ignore[arg-type]


def test_demands_on_the_eighth_rounds_held_out_set(capsys: pytest.CaptureFixture[str]) -> None:
    """Held out for the eighth round and read once on its rules: English 7 of 7 near misses
    alerted (0.444), other languages 0.400 with 3 of 5. Then tuned on: Lebanon's headlines,
    embezzlement, the Chamber of Commerce's court, observers of talks, a broadcaster's
    inquiry, tank scrap, arms sales to Turkey, Khan Cheikhoun in French, judges hearing a
    witness, investigators let in."""
    english = run_eval(capsys, "en-negatives-10.jsonl")
    assert english["negatives"] >= 7
    assert english["negatives_alerted"] == 0
    assert float(english["macro_f1"]) >= 0.72  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-12.jsonl")
    assert others["negatives"] >= 5
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.95  # type: ignore[arg-type]


def test_demands_on_a_round_held_out_from_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    """Written after the last rule change of its session and never tuned on: English 3 of 6
    near misses alerted (0.444), other languages 0.800 with 2 of 5 (weather observers, an
    FAO commission's visit, customs freezing an importer's funds). Not tuned on since
    either, but its classes were named in that session's notes: the eleventh round's rules
    and the subject words the freeze and monitor demands now need read it at 1 of 6
    (0.556) and 0.800 with 0 of 5."""
    english = run_eval(capsys, "en-negatives-11.jsonl")
    assert english["negatives"] >= 6
    assert english["negatives_alerted"] <= 1
    assert float(english["macro_f1"]) >= 0.55  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-13.jsonl")
    assert others["negatives"] >= 5
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.80  # type: ignore[arg-type]


def test_demands_on_an_eleventh_fresh_round(capsys: pytest.CaptureFixture[str]) -> None:
    """Round D, read before any rule for it: English near misses 6 of 44 alerted, positives
    macro-F1 0.811; other languages 0.733 with 3 of 25 alerted. Then: history headlines,
    exam-leak and outbreak inquiries, aid "accountability to affected people", observers as
    commentators, health teams, another state's hackers, released state funds; texts killed
    in other words ("'no' votes", "say no", "spike", "stimmen gegen", تسقط), a Lebanese
    headline naming Syria, rights staff, commissioners and researchers kept out, balances
    locked, "international criminal judges", justice words as colour in an arms call, a
    warrant over killings sent to Interpol. One near miss is left: a truce item saying no
    monitors will be deployed (arguably the demand's news)."""
    english = run_eval(capsys, "en-negatives-12.jsonl")
    assert english["negatives"] >= 44
    assert english["negatives_alerted"] <= 1
    positives = run_eval(capsys, "en-demands-5.jsonl")
    assert positives["n"] >= 36
    assert float(positives["macro_f1"]) >= 0.99  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-14.jsonl")
    assert others["negatives"] >= 25
    assert others["negatives_alerted"] == 0
    # lowered in session 43 (w2), was 0.99: the relabel of investigating teams' access
    # (README, session 43) adds accountability the rules do not read yet (reading 0.900;
    # 0.960 after session 43's English rule and the access exclusion dropped)
    assert float(others["macro_f1"]) >= 0.96  # type: ignore[arg-type]


def test_demands_on_a_set_read_once_after_the_eleventh_round_then_tuned_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Written after the eleventh round's rules and read once on them (held out only for
    that reading): English 10 of 20 near misses alerted (macro-F1 0.618), other languages
    0.133 with 8 of 10. Then tuned on, so no longer held out:
    another body's or state's veto (NATO, the Arab League's Council, Turkey, Qatar),
    observer status and commentators, a negotiations commission, freezers and platform
    accounts, "cannot be touched", ordinary murder, the Hariri tribunal, an arbitration
    court in The Hague, arms spending reports, Spanish "tumba", German "sperrt", Arabic
    "on a charge of". The last near miss, Iran's informal "veto" over appointments beside
    Russia's say, went with round G's rule (a permanent member lifts another body's veto
    only as the one vetoing, blocking or voting)."""
    english = run_eval(capsys, "en-negatives-13.jsonl")
    assert english["negatives"] >= 20
    assert english["negatives_alerted"] == 0
    assert float(english["macro_f1"]) >= 0.99  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-15.jsonl")
    assert others["negatives"] >= 10
    assert others["negatives_alerted"] == 0
    # lowered in session 43 (w2), was 0.99: the relabel of investigating teams' access
    # (README, session 43) adds accountability the rules do not read yet (reading 0.9167,
    # the same after session 43's English rule: the Russian item is left; session 44's
    # five-language clause lowered validation and was not landed)
    assert float(others["macro_f1"]) >= 0.91  # type: ignore[arg-type]


def test_demands_on_a_second_held_out_round(capsys: pytest.CaptureFixture[str]) -> None:
    """Committed before the rules taken from the round above and read once on them: English
    9 of 16 near misses alerted (0.428), other languages 0.567 with 4 of 5, the same as
    on the session's start vocabulary: the honest figure for unseen kinds of near miss.
    Not tuned on item by item; the freeze and monitor demands then began to require a word
    of their own subject (from the demand texts), which also reads it at 5 of 16 (0.428)
    and 0.667 with 2 of 5. Held at that."""
    english = run_eval(capsys, "en-negatives-14.jsonl")
    assert english["negatives"] >= 16
    assert english["negatives_alerted"] <= 5
    assert float(english["macro_f1"]) >= 0.42  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-16.jsonl")
    assert others["negatives"] >= 5
    assert others["negatives_alerted"] <= 2
    # (session 42, w2: 0.66 -> 0.63 when the sampling labels changed, back to 0.66 with the
    # samples rule written for them: read 0.733)
    assert float(others["macro_f1"]) >= 0.66  # type: ignore[arg-type]


def test_demands_on_round_g(capsys: pytest.CaptureFixture[str]) -> None:
    """Round G, written and committed before it was matched: veto obstruction and arms
    supplies in new phrasings (power used, negative votes cast, shielding, paralysis, the
    Assembly's veto debates; S-300s, the state arms exporter, Iranian flights, a munitions
    ship) and hard negatives sharing their words. First reading: English 0.948 with 3 of 25
    negatives alerted (stop-veto 0.906, arms 0.895, monitor-access 0.889); other languages
    0.988 with 1 of 9 (de 0.900). Then tuned on by class: another body's veto with a
    permanent member named aside, an EU member blocking an EU decision, a "no" beside a
    rival Russian text, "would not permit" a text, German and Spanish annexation
    inflections; deliveries to Damascus in general words, vehicles ferried; arms for another
    recipient with Syria only as the theatre; the "rights chief": English 0.990 with none
    alerted, other languages 1.000. Left: a UN Digital Library record naming no Syria word,
    Assad's weapons "agreements" carried out ("agreement" as a sale word made buffer-zone
    items alert), and an ICC draft with "diplomats expect Moscow to oppose it" (labelled
    icc-referral only; an officer on vetoes may want it)."""
    english = run_eval(capsys, "en-demands-6.jsonl")
    assert english["negatives"] >= 25
    assert english["negatives_alerted"] == 0
    assert float(english["macro_f1"]) >= 0.99  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-17.jsonl")
    assert others["negatives"] >= 9
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.99  # type: ignore[arg-type]
    languages = others["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}


def test_asset_freezes_in_the_eus_and_each_languages_own_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """multi-demands-18, written and committed before the queries were changed for it (issue
    11: blind asset-freeze misses on national and EU decisions and wire statements in
    English, Spanish, Arabic and Russian). Eleven freezes told as the EU's "restrictive
    measures" in each language, Spanish "sanciona"/"sancionar", Russian "заблокировал(а)",
    Arabic officers listed and hamza-less "ارصدة", and nine items that share those words and
    must stay off asset-freeze (other states' restrictive measures, FIFA fining Syrian
    federation officials, a Russian veto "заблокировали", Assad blaming sanctions in
    Spanish). First reading 0.722, asset-freeze 1 of 11, 0 of 7 negatives alerted; 0.984,
    10 of 11, with none alerted after the class. Left: EU measures on "مسؤولي النظام" (officials
    in the construct state stem like "responsibility", which Assad blaming sanctions uses)."""
    report = run_eval(capsys, "multi-demands-18.jsonl")
    assert report["negatives"] >= 7
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.98  # type: ignore[arg-type]
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["asset-freeze"]["tp"] >= 10
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}


def test_the_eus_restrictive_measures_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """en-demands-11, written and committed before the queries were changed for it: the EU's
    listings told only as "restrictive measures" on Syrian officials, generals or Assad's
    circle, beside the EU's measures on Russia and Myanmar naming Syria in passing and Syria's
    own restrictive measures (a curfew) beside officials. First reading 0.500, asset-freeze
    0 of 3, none alerted; the first form of the class alerted on the curfew, so the term
    counts as a sanction only where the EU is named: 0.900, 2 of 3, none alerted. Left: a
    listing whose generals sit more than eight words from the measures."""
    report = run_eval(capsys, "en-demands-11.jsonl")
    assert report["negatives"] >= 3
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["asset-freeze"]["tp"] >= 2


def test_demands_on_round_gs_held_out_set(capsys: pytest.CaptureFixture[str]) -> None:
    """Written after round G's rules and committed before it was read; read once and not
    tuned on: 0.970 with 1 of 12 negatives alerted, the same on the vocabulary before
    round G (its class fixes neither help nor hurt these items). Its errors were left: a
    US arms sale to Saudi Arabia that names the Syrian war to deny it, a condemnation of
    "protecting Assad" after "Saturday's failed vote", Iranian cargo flights allowed on
    to Damascus. The last is found since en-demands-7's class of planes that "carry
    weapons" (session 11, not tuned on this file): 0.981, still 1 of 12."""
    report = run_eval(capsys, "en-demands-6-heldout.jsonl")
    assert report["negatives"] >= 12
    assert report["negatives_alerted"] <= 1
    assert float(report["macro_f1"]) >= 0.96  # type: ignore[arg-type]


def test_demands_on_the_blind_tuning_set_7(capsys: pytest.CaptureFixture[str]) -> None:
    """en-demands-7, written blind by an engineer who never ran the matcher or read the
    rules, and read at once when it landed, before any of its items was looked at: 0.839
    with 2 of 25 negatives alerted (stop-veto 0.818, 18 of 25, 1 false) on the rules of the
    round on votes put off under pressure (0.835, stop-veto 17 of 25, at the session's
    start): the held-out reading of that round. Then tuned on by class, so no longer blind: a
    draft rewritten to court Moscow, a member in no hurry or holding up the vote, a Council
    response watered down, a text never to be put to a vote, a Council held hostage, a text
    dismissed, a headline dated by the failed vote, planes that carry weapons, a soldier
    sentenced for executions: 0.945 with 1 of 25. After review (FINDINGS-B H1, L1) the
    envoys "leaving" and the outer 40-word window went back (routine delays alerted) and the
    court-Moscow and publicity-stunt words went: 0.9375, stop-veto 22 of 25, 1 of 25 (the
    watered-down response and the P5 huddle items are missed again; honest floor). Left:
    the High Commissioner naming the Council's failure (a dating phrase elsewhere), a vote
    put off on a text demanding an investigation of an attack (accountability), the EU's
    2025 relief keeping measures on the former government (labelled with no demand; other
    sets fire a freeze kept on Assad's circle)."""
    report = run_eval(capsys, "en-demands-7.jsonl")
    assert report["n"] == 60
    assert report["negatives"] >= 25
    assert report["negatives_alerted"] <= 1
    assert float(report["macro_f1"]) >= 0.93  # type: ignore[arg-type]


def test_demands_on_votes_put_off_under_pressure(capsys: pytest.CaptureFixture[str]) -> None:
    """en-demands-8-postponed, written and committed before any rule change for it (issue 11:
    the blind busy week's pre-vote items, a vote put off while a permanent member demands
    changes): 22 obstruction positives in five registers and 21 hard negatives (votes moved
    for translation, on agreement or at the envoy's request, talks put off, other files'
    votes put off under the same pressure, another body's decision). First reading 0.913,
    stop-veto 0.850 (17 of 22, 1 false), 2 of 21 negatives alerted. Then tuned on by class
    (a postponement word near a vote or text, and near it a permanent member demanding
    changes, objecting or refusing; another file's capital in the headline): 0.992 with none
    alerted. Left: a UN press meeting item where Russia proposes amendments and speakers ask
    for the vote "without further delay"."""
    report = run_eval(capsys, "en-demands-8-postponed.jsonl")
    assert report["n"] == 45
    assert report["negatives"] >= 21
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.99  # type: ignore[arg-type]
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 21


def test_demands_on_the_blind_tuning_set_9(capsys: pytest.CaptureFixture[str]) -> None:
    """en-demands-9, written blind by an engineer who never ran the matcher or read the
    rules, and read at once when it landed, before any of its items was looked at: 0.811
    with 3 of 26 negatives alerted (stop-veto 0.588, 5 of 10, 2 false) on the rules of the
    round on the blind sets' error classes (UNDL tallies, blocking without the word veto,
    reactions naming the Council's failure, NGO research, monitors in other words), against
    0.796 (stop-veto 4 of 10) at the session's start: the held-out reading of that round.
    Then tuned on by class, so no longer blind: a member refusing a Council statement or its
    stronger language, opposition in other words ("out of place", "would not agree", a hand
    raised against), an abstention "rather than vote against", a split dated from the first
    vetoes, deaths in custody in an NGO report, sanctions monitors, jets handed over, a
    battery moved out of Syria: 0.939 with none alerted. Left: the JIM's access demand in a
    watered-down response (monitor-access), the ICC as one option after a veto, a North
    Korean shipment of dual-use items, a veto count on chemical attacks (accountability)."""
    report = run_eval(capsys, "en-demands-9.jsonl")
    assert report["n"] == 60
    assert report["negatives"] >= 26
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.93  # type: ignore[arg-type]
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 10


def test_busy_week_story_set_written_blind(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-8.jsonl (14-28 September 2013: the Geneva framework, the Sellstrom report,
    the negotiation of resolution 2118, its vote and adoption, the OPCW decision), written
    blind to the rules and committed before any story rule was measured on it. First reading
    (main 9ebcd1c, production path) P 0.625 / R 0.333, with the labelled events 0.600 / 0.400.
    Then one rule from its classes (a draft's negotiation is one story for up to a week):
    0.647 / 0.367 and 0.619 / 0.433. Then its largest class, the Human Rights Council's
    commission and the Security Council's briefing on the report the same day joined (the
    Council each headline names; "Human Rights Watch" is no "human rights" word): 0.857 / 0.400
    and 0.778 / 0.467. Then the inquiry and its investigators as one key (session 13): 0.867 /
    0.433 and 0.789 / 0.500, held here as production gets them. Left: event misreads (the
    Secretary-General presenting findings read as a report, "vote could come Friday" read as a
    draft and dated Thursday, a reaction read as a report), Ryabkov's statements on the report
    drawn into the negotiation's story, the report's library record five weeks later.
    Then (session 21) Ryabkov's statements, naming no vote, kept out of the negotiation's
    story: 1.000 / 0.533 end to end (1.000 / 0.633 with the event model on), 1.000 / 0.633
    with the labelled events. Then (session 38) Ryabkov's two statements disputing the report
    relabelled into the report's story by the README's story rule (a rejection of findings is in
    the story of the report it answers): 1.000 / 0.475 both ways on main 9f2f51c. Then (session
    38) a statement reaching a report's story for a week (``StoryClusterer._reported``) and
    a development's for two days (``StoryClusterer._off_the_table``): they join it, 1.000 /
    0.625 both ways, held here."""
    report = run_eval(capsys, "stories-busy-8.jsonl")
    floors = {"clustering": (0.99, 0.62), "clustering_labelled_events": (0.99, 0.62)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 24, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_nine_written_blind(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-9.jsonl (the ICC referral veto weeks of May 2014: the French draft's
    circulation, its pre-vote posts, the veto in every register with the Deputy
    Secretary-General's remarks before it and two voting records, the fact-finding convoy
    attack, the EU's sanctions renewal), written blind to the rules and committed before any
    story rule was measured on it. First reading (main 828f551, production path) P 1.000 /
    R 0.416, labelled events 1.000 / 0.503; 1.000 / 0.490 and 1.000 / 0.658 with the voting
    record and preview-window rules landed just before it was read (a3eed1b, b7fb274). Then
    its general classes: coverage of the vote read as other news or a meeting joins the vote
    of its day (the veto whose members its headline names, or the vote announced for that
    day), and a library record dated in its headline and naming no draft joins its vote:
    1.000 / 0.745 and 1.000 / 0.953, held here. Left: event misreads (Damascus thanking the
    vetoers read as a draft dated the next day, the draft's negotiation read as a veto and as
    other news), the convoy's and the sanctions' follow-ups past the 36-hour window."""
    report = run_eval(capsys, "stories-busy-9.jsonl")
    floors = {"clustering": (0.99, 0.74), "clustering_labelled_events": (0.99, 0.95)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 31, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_ten_written_blind(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-10.jsonl (8-14 December 2024, the week of the government's fall: the
    fall itself, Saydnaya, the Golan, the Council's consultations, the commission's and Human
    Rights Watch's calls to preserve evidence, the IIIM asking to be let in, analyses), written
    blind to the rules, hard for precision; ten of its items alert and are clustered. First
    reading (main 0d8a63a, before any rule change for it) P 0.000 / R 0.000, labelled events
    0.000 / 0.000: the commission's call and Human Rights Watch's release the same morning
    joined; the release and its ReliefWeb repost two days on, and the IIIM's word and the wire
    on it, split. Then general classes: a release reposted under its own headline joins it
    past the event window, the inquiry and its investigators are one key, the reactions on the
    day a pre-vote post named take the same-day bar: 0.333 / 0.500 and 0.250 / 0.500, held
    here. Left: the two calls of the same morning on the same theme (0.092 against the 0.08
    bar), the IIIM's word and the wire (0.059 against 0.06)."""
    report = run_eval(capsys, "stories-busy-10.jsonl")
    floors = {"clustering": (0.33, 0.50), "clustering_labelled_events": (0.25, 0.50)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 10, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_eleven(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-11.jsonl (synthetic, 2-12 November 2026: a veto with its previews,
    reactions and record; a rival text the same meeting, a second veto the next day, an
    adoption three days on, the Assembly's debate), written by the story owner and committed
    before the change it measures. First reading (main 0dd52ee + the set) P 0.948 / R 0.887,
    labelled events 0.949 / 0.895: an NGO's veto release the next morning, "said on
    Wednesday", joined the rollover vote announced for Wednesday. Then an outcome is not
    reported before the Council meets (session 16): 1.000 / 0.992 and 1.000 / 1.000, held
    here a little below. Left: the Assembly debate's French report read as a veto."""
    report = run_eval(capsys, "stories-busy-11.jsonl")
    floors = {"clustering": (0.99, 0.98), "clustering_labelled_events": (0.99, 0.99)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 33, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_twelve(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-12.jsonl (synthetic, 14-22 September 2026, six languages: a veto with its
    previews, reactions, record and a dated report a week on; a rival text the same meeting,
    a second veto the next day with veto threats before it), written by the story owner and
    committed before the change it measures. First reading (main 336a54e + the set) P 0.916 /
    R 0.719, labelled events 1.000 / 0.930. Then a report naming the veto's day and member
    joins it for the week a poll reads back, and a draft setting its vote for later that day
    or the next is the vote's preview (session 17): 0.920 / 0.855 and 1.000 / 1.000, held
    here a little below. Left, end to end: veto threats read as vetoes (one joins the day
    before's veto, one stands alone) and a French report of the veto read as other news."""
    report = run_eval(capsys, "stories-busy-12.jsonl")
    floors = {"clustering": (0.91, 0.85), "clustering_labelled_events": (0.99, 0.99)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 42, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_thirteen(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-13.jsonl (the first double veto, October 2011, with its previews, two
    registers with and without the symbol and reactions naming "Tuesday's veto"; a synthetic
    March 2027 week of two vetoes a day apart, a rival text, reactions naming "Monday's veto"
    or "Tuesday's veto"), written by the story owner and committed before the change it
    measures. First reading (main c48c6ff + the set) P 0.873 / R 0.646, labelled events
    0.892 / 0.779: reactions naming Monday's veto joined Tuesday's. Then a reaction naming
    its veto by the weekday joins that day's veto and no other, and a veto report naming the
    weekday states the vote's day (session 18): 0.978 / 0.740 and 0.983 / 0.950, held here a
    little below. Left, end to end: Churkin's and Nebenzia's explanations read as a draft or
    naming no failure, a consequence-first lede read as a report, the rival text's report
    joining Nebenzia."""
    report = run_eval(capsys, "stories-busy-13.jsonl")
    floors = {"clustering": (0.97, 0.73), "clustering_labelled_events": (0.98, 0.94)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 46, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_fourteen(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-14.jsonl (a synthetic May 2027 week in six languages: a vote put in blue,
    postponed a day and held, UPDATE and CORRECTED wires, a rival text at the same meeting, a
    second veto the next day, a factbox of earlier vetoes, the Assembly's debate; near misses:
    EU listings, an inquiry's detention report, a verdict, an arms seizure), written by the
    story owner and committed before the change it measures. First reading (main 8c4027e +
    the set) P 0.945 / R 0.743, labelled events 1.000 / 0.843. Then (session 24) news words
    and neighbours' adjectives meet across languages (the Arabic report of the seizure joins
    the English): 0.946 / 0.748 and 1.000 / 0.848, held here a little below. Left: the preview
    of the vote as first set (the 10th) apart from the vote held on the 11th, with the voting
    record; a consequence-first lede read as other news joining the factbox; Damascus's
    rejection of the report apart from it; UN News on the Assembly's debate read as a veto.
    Then (session 25) the wire's "council delays vote by a day" joins the preview of the vote
    as first set, and with it the vote (see ``_put_off``): 0.954 / 0.890 and 1.000 / 1.000.
    Then (session 38) a statement reaches a development's story for two days
    (``StoryClusterer._off_the_table``): Damascus's rejection of the commission's report the
    next morning joins the report, 4 true pairs more, but end to end the report's story is
    the one the Council-deadlock item opened (read as other news) with its factbox, 2 false
    pairs more: 0.946 / 0.910 and 1.000 / 1.000, held here."""
    report = run_eval(capsys, "stories-busy-14.jsonl")
    floors = {"clustering": (0.94, 0.90), "clustering_labelled_events": (0.99, 0.99)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 46, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_sixteen(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-16.jsonl (a synthetic October 2027 fortnight in six languages: a veto told
    with its ballots counted in five languages, UPDATE 2, a consequence-first lede and the
    next day's reactions, a rival text short of votes at the same meeting, a factbox of
    earlier vetoes that evening, the next day's unanimous adoption on a near topic, the
    Assembly's debate; near misses: a verdict, an OPCW finding, EU listings), written by the
    story owner and committed before the change it measures. First reading (main ac625cc +
    the set) P 0.908 / R 0.843, labelled events 0.911 / 0.919: the factbox, read as other
    news naming the vetoes and Russia, joined the veto's story as a misread report of it.
    After (session 26: a background kicker recounts, see ``stories._recounts``): 0.989 /
    0.843 and 0.990 / 0.919, held here a little below. Left: the consequence-first lede
    (read as other, naming no member in its headline) apart from the veto; the Russian
    Foreign Ministry's defence of the vote joining the rival text's story."""
    report = run_eval(capsys, "stories-busy-16.jsonl")
    floors = {"clustering": (0.98, 0.84), "clustering_labelled_events": (0.98, 0.91)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 41, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_s29(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-s29.jsonl (a synthetic veto with its same-evening reactions and the next
    day's, beside next-day statements naming no vote that share its words: a minister's visit
    to the families of the disappeared, the commission of inquiry on a mass grave, the
    envoy's talks), written by the story owner and committed before the change it measures.
    First reading (main 5d5af4e + the set): P 1.000 / R 1.000 end to end (the visit and the
    French inquiry read as other news, apart from the veto), labelled events 0.759 / 0.957:
    the visit and the inquiry joined the veto's story. After (session 29: a statement naming
    no vote more than 16 hours after the outcome's first report is no reaction, see
    ``stories._REACTION_SPAN``): 1.000 / 1.000 both ways."""
    report = run_eval(capsys, "stories-busy-s29.jsonl")
    for key in ("clustering", "clustering_labelled_events"):
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 12, key
        assert figures["pairwise_precision"] >= 0.99, key
        assert figures["pairwise_recall"] >= 0.95, key


def test_busy_week_story_set_s36(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-s36.jsonl (a synthetic week without a Council vote: one subject, a claim,
    a call, a denial, a letter, an attack, a warning, consultations and an assessment, each told
    by statements of several speakers in several languages), written by the story owner and
    committed before the change it measures. First reading (main 6d2cf56 + the set): P 0.333 /
    R 0.867, labelled events 0.303 / 1.000: the claim, the Secretary-General's call, the next
    morning's denial and the letter one story. After (session 36: a story a statement opened,
    holding no Council text, takes nothing more than 20 hours after it, ``stories._CALL_SPAN``;
    a statement sharing with a story in its own language little beyond the subject's words is
    another speaker, ``stories._SUBJECT``): 0.765 / 0.867 and 0.711 / 0.900. Left: the denial
    16 hours after the call joins the call. Then (session 39, a story's first reports within
    two hours held to half the bar, ``StoryClusterer._first_reports``): end to end unchanged;
    with the labelled events 0.667 / 0.933, held here: the Russian headline on the team still
    waiting in Cyprus, 65 minutes after the English one, joins it (+1 pair rightly joined), and
    that story already holds the evening's consultations (a misjoin before the change), so +3
    pairs wrongly joined: a trade of precision for recall from an older misjoin, written here,
    not a reading weakened to pass."""
    report = run_eval(capsys, "stories-busy-s36.jsonl")
    floors = {"clustering": (0.76, 0.86), "clustering_labelled_events": (0.66, 0.93)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 28, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_story_recall_set_s37(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-recall-s37.jsonl (a synthetic verdict and a veto a day apart, each with three
    same-day reactions sharing little with its coverage, and five near misses the same days),
    written by the story owner and committed before the change it measures. First reading
    (main 28687a3 + the set): P 0.867 / R 0.520, the same with the labelled events: the three
    reactions to the verdict apart from it under the 0.06 reaction bar. After (session 37: the
    reaction's bar five eighths of the same-day bar, 0.05, ``stories._REACTION_SHARE``):
    0.806 / 1.000, held here. Left: Canada's Human Rights Council text on detainees (0.071 of
    the verdict's story once the High Commissioner's reaction is in it, above both bars) joins
    it, as it joined the High Commissioner's reaction before. Session 40: the missing-persons
    institution's request for archives was relabelled `[]` (the lead's decision on the
    institution alone, tests/eval/README.md), and an item relevant to no demand is not
    clustered, so 15 items are scored where 16 were; it was a story of its own, and the
    figures are unchanged."""
    report = run_eval(capsys, "stories-recall-s37.jsonl")
    for key in ("clustering", "clustering_labelled_events"):
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 15, key
        assert figures["pairwise_precision"] >= 0.80, key
        assert figures["pairwise_recall"] >= 0.99, key


def test_busy_week_story_set_s38(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-s38.jsonl (a synthetic report and a week of reactions to it in six
    languages, an agreement with reactions two days on, and near misses: the Council's
    consultations on the report, another report two days later, a new attack), written by the
    story owner and committed before the change it measures. First reading (main 9f2f51c + the
    set): P 0.839 / R 0.313, the same with the labelled events: the reactions after Tuesday
    each apart from the report. After (session 38: a statement reaches a report's story for a
    week, ``StoryClusterer._reported``, and a development's that news opened for two days,
    ``StoryClusterer._off_the_table``): 0.761 / 0.843 and 0.818 / 0.976, held here. Left: the
    delegations' stakeout after the consultations joins the report's story, and What's in
    Blue's preview (read as a report) takes the commission's report."""
    report = run_eval(capsys, "stories-busy-s38.jsonl")
    floors = {"clustering": (0.76, 0.84), "clustering_labelled_events": (0.81, 0.97)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 26, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_s39(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-s39.jsonl (a synthetic agreement's first reports within two hours: a second
    English report worded its own way, the first French, Arabic and German headlines; near
    misses the same morning: charges in Germany, the OPCW chief's report, a call and another
    speaker on the court, the team's arrival the next day), written by the story owner and
    committed before the change it measures. First reading (main 16c70f0 + the set): P 0.500 /
    R 0.615, the same with the labelled events: the second English report opens a story of its
    own, the German headline on the charges stands alone. After (session 39: an item within two
    hours of a story's first item, of the kind of all its items or in a language none of its
    headlines is in, sharing a word beyond the states both name, is held to half the bar,
    ``StoryClusterer._first_reports``): 0.529 / 0.692 and 0.448 / 1.000, held here. End to end
    the agreement's wire is read as a statement, so the second English report (news) is not of
    its kind and still opens a story; with the labelled events it joins, and the OPCW chief's
    report and the next day's arrival, which join the second report before the change, now
    join the whole agreement (precision falls with the labelled events: pairs wrongly joined
    before, now with more items). Left: those two, and Canada joining the rights group's call.
    Session 41: the event model refitted through part 34 reads the wire as labelled (events
    0.944), so end to end the set clusters as with the labelled events, 0.448 / 1.000 (0.529 /
    0.692 before): the end-to-end floor is lowered to the labelled events' for that reason,
    the clusterer's own join (the OPCW chief's report and the arrival) being what is left."""
    report = run_eval(capsys, "stories-busy-s39.jsonl")
    # (clustering's floor was 0.52 / 0.69 until session 41's event model: see above)
    floors = {"clustering": (0.44, 0.99), "clustering_labelled_events": (0.44, 0.99)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 18, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_s40(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-s40.jsonl (what a development off the votes is about, in six languages:
    the Assembly creating the IIIM, the JIM's two vetoes and its mandate running out, the
    Koblenz and Paris trials, the observers' understanding and the League's protocol, with
    their near misses), written by the story owner and committed before the change it
    measures. First reading (main 6044c1b + the set): P 1.000 / R 0.750, labelled events
    1.000 / 0.818: the IIIM's six items made three stories. After (session 40: the mechanism,
    an agreement and a trial in each language's word, ``_CONCEPTS``): 1.000 / 0.886 and
    1.000 / 1.000, held here. Left: the German headline on the IIIM, read as another kind
    than the adoption, stands alone end to end."""
    report = run_eval(capsys, "stories-busy-s40.jsonl")
    floors = {"clustering": (0.99, 0.88), "clustering_labelled_events": (0.99, 0.99)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 35, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_story_set_misread_s41(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-misread-s41.jsonl (outcome reports misread as other news in another language,
    naming no vote, draft or text: the Douma veto of 10 April 2018 in five languages, the
    sanctions double veto of 28 February 2017 in four, resolution 2165 in four; near misses
    naming Russia and Douma that evening and the next day, Putin the next morning, the Council
    hearing Amos on Yarmouk the next day), written by the story owner and committed before the
    change it measures. First reading (main 869f640 + the set): P 0.650 / R 0.591, labelled
    events 0.880 / 1.000: the Arabic Douma headline, read as other news, joins Russia's rival
    text and the OPCW news instead of the veto; the French and Spanish headlines on 2165 stand
    apart from the adoption, the Spanish one joining the Yarmouk hearing. After (session 41:
    misread news outside English naming the vetoing members joins its veto with no vote word,
    misread news naming the Security Council joins the adoption of its day, and an outcome
    joins a story of such news that came first, ``_misread_veto_news``, ``_misread_adoption``,
    ``_names_outcome_keys``): 0.880 / 1.000 both ways, held here. Left: Russia's rival text,
    the escort and the next day's access, all other news naming Russia and Douma, join each
    other (with the labelled events too)."""
    report = run_eval(capsys, "stories-misread-s41.jsonl")
    floors = {"clustering": (0.87, 0.99), "clustering_labelled_events": (0.87, 0.99)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 18, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_story_set_vetoday_s42(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-vetoday-s42.jsonl (vetoes' reports read as other news after the veto, naming the
    vetoing members in the body only or not at all: the ICC referral of 22 May 2014, the Idlib
    truce text of 19 September 2019, the Bab al-Hawa extension of 11 July 2023; near misses the
    same day and the next: Syria's candidate list naming Moscow and Beijing, rival drafts short
    of votes, France taking the referral to the Assembly, UN trucks halting the next morning
    after the veto), written by the story owner and committed before the change it measures.
    First reading (main 8a30ccb + the set): P 0.600 / R 0.300, labelled events 1.000 / 1.000.
    After (session 42: misread news naming the vetoing members in its text, a vote, draft or
    text and not the veto, and sharing a demand, is news of the veto of its day,
    ``StoryClusterer._vote_of_the_day``): 1.000 / 1.000 both ways, held here."""
    report = run_eval(capsys, "stories-vetoday-s42.jsonl")
    floors = {"clustering": (0.99, 0.99), "clustering_labelled_events": (0.99, 0.99)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 11, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_story_set_compounds_s43(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-compounds-s43.jsonl (German headlines beside other languages' reports of one
    development hours apart: the strikes of 14 April 2018 and the OPCW team arriving in
    Damascus the same day, the team entering Douma, UNSMIS suspending its patrols, the Khan
    Shaykhun attack, the EU's arms embargo lapsing and Moscow's S-300 deliveries the next day),
    written by the story owner and committed before the change it measures. First reading
    (main 2652a51 + the set): P 0.600 / R 0.706, labelled events the same. After (session 43:
    a German compound's last and first parts are read as the concepts they name,
    ``core.stories._compound_parts``): P 0.593 / R 0.941 both ways, held here (precision
    is the strikes' story joining the team's arrival, as before the change, now with the
    German headline on the strikes in it)."""
    report = run_eval(capsys, "stories-compounds-s43.jsonl")
    floors = {"clustering": (0.59, 0.94), "clustering_labelled_events": (0.59, 0.94)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 19, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_s46_w5(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-s46-w5.jsonl (the week after the Ghouta attack: Damascus agreeing to the
    inspectors' visit and the Secretary-General's call for access, each told in four languages
    and reported as news the next morning, 22 hours after; near misses: Lavrov's statement the
    next morning, the convoy shot at, MSF's count the morning after Britain's call, a call told
    once, Iran's claim), written by w5 (session 46) and committed before the change it
    measures. First reading (main 7921865 + the set): P 0.650 / R 0.542, labelled events
    0.533 / 0.667. After (session 46: news of a call told by three items or more joins it up to
    26 hours after its first item, ``stories._COVERED_CALL_SPAN``): 0.708 / 0.708 and
    0.625 / 0.833, held here. Left: MSF's count joins Britain's call with the labelled events
    (it joined Iran's claim before), the convoy joins the agreement's headlines, the
    agreement's statements are read as news end to end."""
    report = run_eval(capsys, "stories-busy-s46-w5.jsonl")
    floors = {"clustering": (0.70, 0.70), "clustering_labelled_events": (0.62, 0.83)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 19, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_s47_w3(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-s47-w3.jsonl (a development's first reports in other languages worded with
    no key that crosses: the Caesar report, the JIM's third report; near misses: the two JIM
    vetoes a day apart in two languages, the Bab al-Hawa veto and the Assembly's debate on it,
    a pre-vote post and a Spanish call the same morning, three speakers on Douma the same
    afternoon), written by w3 (session 47) and committed before the change it measures, which
    did not land (branch w3-keep-lone-language). First reading (main b66875b + the set): P
    0.600 / R 0.500 both ways, held here: the Caesar report split three ways, the JIM vetoes a
    day apart joined, Merkel joined the Secretary-General's call."""
    report = run_eval(capsys, "stories-busy-s47-w3.jsonl")
    floors = {"clustering": (0.60, 0.50), "clustering_labelled_events": (0.60, 0.50)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 15, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_lone_story_set_s48_w3(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-lone-s48-w3.jsonl (a Council meeting or a published finding told first in
    another language within hours, sharing little that crosses: the Arria meeting on the Caesar
    photographs, the IIT's first report, the Ghouta consultations; near misses: two courts'
    rulings, a release and an indictment, two bodies' reports, the two Councils' renewals, each
    its own story), written by w3 (session 48) and committed before the change it measures.
    First reading (main ade4092 + the set): P 0.750 / R 0.429 end to end, 0.800 / 0.571 with
    the labelled events. After (a Council development's first report in a language its story
    lacks joins the one story opened within six hours of it, ``stories._LONE_KINDS``): 0.750 /
    0.429 end to end (the Spanish Caesar and French Ghouta headlines read `other`), 0.875 /
    1.000 with the labelled events; left: the two Councils' renewals joined (before the change
    too). Session 50 (w2, the Russian Совбез, СБ ООН and СПЧ read by ``stories._COUNCILS``): the
    Russian renewal's "Совбез ООН" parts it from the Human Rights Council's, 1.000 / 0.429 end to
    end, 1.000 / 1.000 with the labelled events, held here."""
    report = run_eval(capsys, "stories-lone-s48-w3.jsonl")
    floors = {"clustering": (1.00, 0.42), "clustering_labelled_events": (1.00, 1.00)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 16, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_sovbez_story_set_s50_w2(capsys: pytest.CaptureFixture[str]) -> None:
    """ru-sovbez-s50-w2.jsonl (the Human Rights Council's Syria resolution and resolution 2118
    the same day, 27 September 2013, told in English and in Russian as СПЧ, "Совет ООН по правам
    человека", Совбез ООН, СБ ООН; near misses: Russia's own Security Council, the Federation
    Council, СБ ООН on Liberia), written by w2 (session 50) and committed before the change it
    measures. First reading (main 24f00f0): P 0.400 / R 0.444 end to end, 0.455 / 0.556 with the
    labelled events (the Russian Совбез ООН and СБ ООН adoptions joined the Human Rights
    Council's story). After (``stories._COUNCILS`` reads the Russian short names): 1.000 / 0.667
    end to end (the English 2118 and "принятая Совбезом", read `other`, apart), 1.000 / 1.000
    with the labelled events, held here."""
    report = run_eval(capsys, "ru-sovbez-s50-w2.jsonl")
    floors = {"clustering": (1.00, 0.66), "clustering_labelled_events": (1.00, 1.00)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 7, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_busy_week_story_set_s50_w3(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-busy-s50-w3.jsonl (`other` news told first in English and within two hours in
    another language, wording little that crosses: the EU's listings, a freighter stopped, UN
    inspectors turned back, an arrest; near misses: another demand within the hour, access
    granted elsewhere hours on, a minister's call, another development in a language the story
    holds, the next morning's appeal, two courts the same afternoon), written by w3 (session
    50) and committed before the change it measures, which did not land (branch
    w3-keep-lone-other). First reading (main 24f00f0 + the set): P 0.500 / R 0.400 both ways,
    held here: three first reports split from their stories, the appeal and the call joined."""
    report = run_eval(capsys, "stories-busy-s50-w3.jsonl")
    floors = {"clustering": (0.50, 0.40), "clustering_labelled_events": (0.50, 0.40)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 18, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_precision_story_set_s51_w3(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-precision-s51-w3.jsonl (Russia's veto of Japan's stopgap for the chemical inquiry
    on the evening of 17 November 2017, a day after its veto of the U.S. renewal; near misses:
    the first veto's news the next morning, the next afternoon naming its day, and naming its
    draft; the July 2020 vetoes three days apart; the Council's and the Assembly's adoptions two
    days apart), written by w3 (session 51) and committed before the change it measures, which
    landed and was reverted after the review (branch w3-keep-next-day-vote). First reading (main
    f531ff2 + the set): P 0.786 / R 0.846 both ways, held here: the English wire on the Japanese
    veto joins the first veto's story."""
    report = run_eval(capsys, "stories-precision-s51-w3.jsonl")
    floors = {"clustering": (0.78, 0.84), "clustering_labelled_events": (0.78, 0.84)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 16, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_story_set_quiet_s48_w4(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-quiet-s48-w4.jsonl (English reactions to six Syria vetoes the evening of the vote
    or the next morning, in words of their own, naming neither the veto nor the Council's
    failure; near misses: Nebenzia's warning before the Douma vote, the OPCW's word on its
    samples and on its Douma team the evening of each veto), written by w4 (session 48) and
    committed before the change it measures. First reading (main 4a50d6a + the set): P 0.750 /
    R 0.214, labelled events 0.600 / 0.214. After (session 48: the day's one veto passes the bar
    for a quiet reaction carrying its demands where no other story does,
    ``StoryClusterer._quiet_reaction``): 0.929 / 0.929 and 0.867 / 0.929, held here. Left:
    Haley's Douma reaction stays with Nebenzia's warning before the vote (a story passing its
    bar is not left for the veto), and with the labelled events the OPCW's Douma word joins the
    Douma veto by its words (as before)."""
    report = run_eval(capsys, "stories-quiet-s48-w4.jsonl")
    floors = {"clustering": (0.92, 0.92), "clustering_labelled_events": (0.86, 0.92)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 19, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_story_set_multi_fourteen(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-multi-14.jsonl (one development told in three to eleven items across six
    languages: two asset freezes, resolution 2235, the veto of S/2017/315 with its previews
    and reactions a day apart; near misses a day apart: the G7's sanctions, the Moscow talks,
    Assad's interview, the Human Rights Council), written by the story owner and committed
    before the change it measures. First reading (main 2c2853e + the set) P 0.852 / R 0.878,
    labelled events 0.615 / 0.916: Berlin's next-morning regret "am Donnerstag bedauert" read
    as Thursday's veto and split from Wednesday's. After (session 19): 0.857 / 0.962 and
    0.618 / 1.000, held here a little below. Left: the Moscow talks and Assad's interview,
    naming no vote, joining the veto (a rule keeping such statements out of a vote's story
    also kept out a same-evening reaction naming no vote: not landed), the G7 joining the
    Moscow talks, the Arabic report of the interview read as a draft, the Spanish Human
    Rights Council report read as a veto. Then (session 21) the Moscow talks before the veto
    and the interview reported after it, naming no vote, kept out of the vote's story:
    0.934 / 0.970 end to end (0.935 / 0.985 with the event model on), 0.936 / 1.000 with the
    labelled events; left: Assad's interview joining the Moscow talks' story."""
    report = run_eval(capsys, "stories-multi-14.jsonl")
    floors = {"clustering": (0.93, 0.96), "clustering_labelled_events": (0.93, 0.99)}
    for key, (precision, recall) in floors.items():
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["n"] == 43, key
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_us_story_set(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-us.jsonl (a veto of a US draft in six languages and, a day later, the veto of
    another sponsor's stop-gap draft; US sanctions), first measured before the United States'
    names were one key: P 1.000 / R 1.000 end to end and with the labelled events; held."""
    report = run_eval(capsys, "stories-us.jsonl")
    for key in ("clustering", "clustering_labelled_events"):
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["pairwise_precision"] >= 0.95, key
        assert figures["pairwise_recall"] >= 0.95, key


def test_cross_language_and_english_register_story_sets(capsys: pytest.CaptureFixture[str]) -> None:
    """stories-cross.jsonl (one development in two to five languages, with near misses hours
    apart: the veto and the next day's adoption, the watchdog's decision and the Council's
    resolution that night) first read P 1.000 / R 0.813 end to end, 1.000 / 0.880 with the
    labelled events; stories-en-2.jsonl (one development in wire, UN, NGO and government
    wording) first read 0.920 / 0.489 and 0.895 / 0.723. Held at the story targets where the
    stories decide; end-to-end recall on stories-en-2 is bound by event misreads."""
    cross = run_eval(capsys, "stories-cross.jsonl")
    english = run_eval(capsys, "stories-en-2.jsonl")
    # stories-late-2.jsonl, written after those changes and measured before the last one
    # (P 1.000 / R 0.800 end to end, 1.000 / 0.833 with the labelled events): the estimate.
    late = run_eval(capsys, "stories-late-2.jsonl")
    # stories-busy-2.jsonl (two drafts voted on at each of three meetings, voting records
    # catalogued weeks later) first read 0.721 / 0.554 end to end, 0.917 / 0.589 with the
    # labelled events. End to end it is bound by event misreads (a rival draft short of votes
    # read as a veto joins the veto); with the labelled events, by one reaction naming neither.
    busy = run_eval(capsys, "stories-busy-2.jsonl")
    # stories-busy-3.jsonl (two vetoes three days apart, rival drafts, a revised draft and an
    # adoption in six languages, near misses the same days) first read 0.970 / 0.705 end to
    # end, 1.000 / 0.921 with the labelled events. End to end it is bound by event misreads
    # (a revised draft read as a veto, reactions read as other news or a draft); 1.000 / 1.000
    # with the labelled events after this session's story rules; 0.991 / 0.770 end to end
    # once a veto report read as other news joins the veto whose members its headline names.
    busy3 = run_eval(capsys, "stories-busy-3.jsonl")
    # stories-busy-5.jsonl (the Douma week: a veto and three drafts short of votes on three
    # days, strikes and the draft condemning them the same day, the inspectors kept out)
    # first read 0.808 / 0.808 end to end, 0.611 / 0.846 with the labelled events: drafts
    # short of votes, read as other news, joined each other and other news of their day.
    # 1.000 / 0.808 and 1.000 / 0.923 once news of one document is parted by the documents
    # it names and a vote held is parted from news counting none; end-to-end recall is
    # bound by event misreads (the attack's first report read as a report).
    busy5 = run_eval(capsys, "stories-busy-5.jsonl")
    # stories-busy-6.jsonl (the JIM renewal veto week of October 2017: the draft in
    # negotiation, the pre-vote post, the veto in six languages with reactions over two days
    # and the voting record a week later, the mechanism's report two days after the veto,
    # Russia's own text a week later), written and committed before those two rules: first
    # reading 1.000 / 0.946 end to end, 1.000 / 0.958 with the labelled events (the report's
    # transmittal letter catalogued a week later, headline only, stays apart).
    busy6 = run_eval(capsys, "stories-busy-6.jsonl")
    # stories-busy-7.jsonl (the ICC referral vetoed beside a rival text, the Assembly's debate,
    # a verdict, in six languages): 0.981 / 0.696 end to end, 0.970 / 0.737 with the labelled
    # events, until a reaction naming the veto ranked a veto's story first (session 14): 0.988 /
    # 0.774 and 0.989 / 0.816; until the notice convening the Assembly's debate joined the
    # veto (session 15): 0.989 / 0.857 and 0.990 / 0.899. Held with room for the events'
    # changes.
    busy7 = run_eval(capsys, "stories-busy-7.jsonl")
    for report, key, precision, recall in (
        (busy7, "clustering", 0.95, 0.83),
        (busy7, "clustering_labelled_events", 0.95, 0.87),
        (busy5, "clustering", 0.95, 0.80),
        (busy5, "clustering_labelled_events", 0.95, 0.90),
        (busy6, "clustering", 0.95, 0.90),
        (busy6, "clustering_labelled_events", 0.95, 0.95),
        (cross, "clustering", 0.95, 0.90),
        (cross, "clustering_labelled_events", 0.95, 0.95),
        (english, "clustering", 0.95, 0.85),
        (english, "clustering_labelled_events", 0.95, 0.90),
        (late, "clustering", 0.95, 0.85),
        (late, "clustering_labelled_events", 0.95, 0.95),
        (busy, "clustering", 0.75, 0.85),
        (busy, "clustering_labelled_events", 0.90, 0.85),
        (busy3, "clustering", 0.95, 0.76),
        (busy3, "clustering_labelled_events", 0.95, 0.95),
    ):
        figures = report[key]
        assert isinstance(figures, dict)
        assert figures["pairwise_precision"] >= precision, key
        assert figures["pairwise_recall"] >= recall, key


def test_events_on_the_nineteenth_fresh_english_set(capsys: pytest.CaptureFixture[str]) -> None:
    """en-events-19, written blind by another engineer (tuning set). First reading, taken
    before any rule was changed for it (main 20e1d51): events 0.856 (77 of 90), who vetoed
    0.778 (14 of 18); on the session's start code 0.844 and 0.778. 0.889 (80 of 90) and
    0.944 (17 of 18) after one general class (a veto told by its count and its noes: "the two
    votes against came from ..."), held to within one item."""
    report = run_eval(capsys, "en-events-19.jsonl")
    assert float(report["event_accuracy"]) >= 0.877  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.888  # type: ignore[arg-type]


def test_events_on_the_twentieth_fresh_english_set(capsys: pytest.CaptureFixture[str]) -> None:
    """en-events-20, written blind by another engineer (tuning set). First reading, taken
    before any rule was changed for it: on the session's start code (be11420) events 0.878
    (79 of 90), who vetoed 0.588 (10 of 17); on this round's rules written before it (w11
    fbb0501) 0.900 and 0.647. 0.922 (83 of 90) and 1.000 (17 of 17) after the general
    who-vetoed classes it showed, held to within one item."""
    report = run_eval(capsys, "en-events-20.jsonl")
    assert float(report["event_accuracy"]) >= 0.911  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.941  # type: ignore[arg-type]


def test_events_on_the_blind_part_15_classes(capsys: pytest.CaptureFixture[str]) -> None:
    """en-events-21 and multi-events-s17, written by the events engineer (session 17) from the
    classes of blind part 15's aggregated event and who-vetoed errors, and committed before
    any rule changed for them (tuning sets). First reading (336a54e): en-events-21 events
    0.833 (40 of 48), who vetoed 0.583 (7 of 12); multi-events-s17 events 0.881 (37 of 42),
    who vetoed 0.857 (6 of 7). 1.000 on all four after the general classes they showed (a
    roll call's 'N CHINA', a permanent member backing or following the veto, a veto expected
    on a dated vote, a larger body's majority, a tally before what it gave, the agencies'
    periodic reports, a report under an accusing headline), held to within one item."""
    english = run_eval(capsys, "en-events-21.jsonl")
    assert float(english["event_accuracy"]) >= 0.979  # type: ignore[arg-type]
    assert float(english["actor_accuracy"]) >= 0.916  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-events-s17.jsonl")
    assert float(others["event_accuracy"]) >= 0.976  # type: ignore[arg-type]
    assert float(others["actor_accuracy"]) >= 0.857  # type: ignore[arg-type]
    languages = others["languages"]
    assert isinstance(languages, dict)
    for language in ("fr", "de", "es", "ru", "ar"):
        assert languages[language]["event_accuracy"] >= 0.875, language


def test_monitors_access_in_five_languages_own_words(capsys: pytest.CaptureFixture[str]) -> None:
    """multi-demands-19, written and committed before the queries were changed for it (issue
    11: the blind part's monitor-access misses and false alerts in French, German, Spanish,
    Russian and Arabic wire and news). 33 monitors getting in, kept out, waiting, fired on,
    patrolling or visiting with no "access" word, and 19 near misses (election observers,
    observation posts, reconciliation centres, aid convoys, financial monitoring). First
    reading: monitor-access 20 of 33 with 1 of 19 near misses alerted (Turkish observation
    posts in Arabic); 33 of 33 with none alerted after the class. Left: investigators fired on
    or taking samples also fire accountability-investigations (labelled access only)."""
    report = run_eval(capsys, "multi-demands-19.jsonl")
    assert report["negatives"] >= 19
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["monitor-access"]["tp"] >= 33
    assert demands["monitor-access"]["fp"] == 0
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}


def test_blocking_arms_and_freezes_in_un_and_plain_news_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-12, written and committed before the queries were changed for it (issue 11:
    the blind part's English stop-veto misses on voting records, the Secretary-General's
    statements and What's in Blue previews; arms in plain news; national asset freezes), with
    15 hard negatives. First reading 0.897: stop-veto 12 of 17, arms 6 of 7 with missiles for
    the rebels alerted. After the class (a record naming no file whose No list is China with
    the Russian Federation; a Council "unable to unite", without "common ground"; a threat at
    another sponsor's draft beside a rival Russian text; jets bought; rebels' missiles):
    stop-veto 17 of 17, arms 7 of 7, none alerted. Left: Haley's "protected Damascus from
    scrutiny" after the Khan Sheikhoun veto, labelled accountability too."""
    report = run_eval(capsys, "en-demands-12.jsonl")
    assert report["negatives"] >= 15
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 17
    assert demands["stop-veto-obstruction"]["fp"] == 0
    assert demands["arms-embargo"]["tp"] >= 7
    assert demands["arms-embargo"]["fp"] == 0


def test_events_on_the_blind_part_16_classes(capsys: pytest.CaptureFixture[str]) -> None:
    """en-events-22, written by the events engineer (session 18) from the classes of blind part
    16's aggregated English event and who-vetoed errors, and committed before any rule changed
    for it (a tuning set). First reading (c48c6ff): events 0.855 (53 of 62), who vetoed 0.870
    (20 of 23). 0.968 and 1.000 after the classes it showed (a text dying on permanent
    members' votes, a member alone among the fifteen voting against after a consequence-first
    clause, a record's noes parted by semicolons, adoptions as "all 15 ... voted on Monday
    for" and "signed off on", reported speech to the press, a briefing while members
    negotiate, a medium "reporting"), held to within one item."""
    report = run_eval(capsys, "en-events-22.jsonl")
    assert float(report["event_accuracy"]) >= 0.951  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.956  # type: ignore[arg-type]


def test_events_on_the_validation_classes_of_session_24(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-events-s24, written and committed before any rule changed for it (issue 11: the
    validation parts' English adoptions, statements and vetoes read `other`, and `other` read
    `statement`, `veto` or `report`). First reading (8c4027e, model on): events 0.943 (100 of
    106), who vetoed 0.938. 0.981 after the classes it showed (a library record of an Assembly
    resolution, activists and state media that "report", vetoes counted as a record), held to
    within one item."""
    report = run_eval(capsys, "en-events-s24.jsonl")
    assert float(report["event_accuracy"]) >= 0.971  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.937  # type: ignore[arg-type]


def test_events_on_the_validation_classes_of_session_25(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-events-s25, written and committed before any rule changed for it (issue 11: the
    validation parts' English adoptions, statements and vetoes read `other`, and `other` read
    `statement`, `veto` or `report`). First reading (session 24's rules with c2b01eb's defect
    fixed, model on): events 0.870 (67 of 77), 0.844 with the rules alone; who vetoed 1.000.
    0.974 and 0.948 after the classes it showed (the Council "okayed" a text or took a name
    off its sanctions list; the EU's and the Secretary-General's statement documents; a UN
    agency head's statement; an office-holder's own act told with its source; a mayor's veto;
    a veto recalled "since" or in an earlier month; a body reporting a state to the Council),
    held to within one item."""
    report = run_eval(capsys, "en-events-s25.jsonl")
    assert float(report["event_accuracy"]) >= 0.961  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.99  # type: ignore[arg-type]


def test_events_on_the_validation_classes_of_session_26(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-events-s26, written and committed before any rule changed for it (issue 11: the
    validation parts' English vetoes read `other` or with no member, adoptions and statements
    read `other`). First reading (main 4830a5a's rules, model on): events 0.881 (59 of 67),
    0.866 with the rules alone; who vetoed 0.773 (17 of 22). 0.955 and 0.940, who vetoed
    0.909, after the first classes it showed (a permanent member vetoing "the measure"; a
    text's votes "received"; the vetoes cast beside a count; a draft "defeated by a veto"
    beside a rival short of votes; a veto cast a count of times; a speaker's middle initial);
    who vetoed 0.955 after a second member that "joined it", held to within one item."""
    report = run_eval(capsys, "en-events-s26.jsonl")
    assert float(report["event_accuracy"]) >= 0.94  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.90  # type: ignore[arg-type]


def test_events_on_the_validation_classes_of_session_27(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-events-s27, written and committed before any rule changed for it (issue 11: the
    validation parts' English vetoes read with one member or none, vetoes and adoptions read
    as other events, veto threats read as vetoes). First reading (312159b's rules, model on):
    events 0.870 (60 of 69), who vetoed 0.600 (15 of 25). 1.000 and 0.920 after its classes
    (a pair parted by an aside, envoys voting by their members' possessives, delegations
    named by adjectives; an envoy's first-person veto, "with its veto", "axed", a hand
    raised to veto; a veto signalled or that "would be vetoed"; the Council giving an
    extension, a UN headline's demand after an opening phrase)."""
    report = run_eval(capsys, "en-events-s27.jsonl")
    assert float(report["event_accuracy"]) >= 0.98  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.88  # type: ignore[arg-type]


def test_events_on_the_second_part_of_session_27(capsys: pytest.CaptureFixture[str]) -> None:
    """en-events-s27b, committed before the rule change for it: a second vetoing member told
    after the first, envoys vetoing as a pair, a Council briefing trailing the speaker's
    words, hearsay reports denied. First reading (the first part's rules, model on): events 0.706,
    who vetoed 0.286 (2 of 7); 0.824 and 1.000 after (left: two denials read `other`, a
    press conference read `other`). en-events-s27's who vetoed 0.920 -> 0.960 with it."""
    report = run_eval(capsys, "en-events-s27b.jsonl")
    assert float(report["event_accuracy"]) >= 0.8  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.98  # type: ignore[arg-type]


def test_events_on_the_validation_classes_of_session_28(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-events-s28, committed before the rules were run on it (issue 11: UN organs'
    adoptions read `other`, the organ and its act parted by an adverbial or told with an act
    the cues lacked; veto threats "with its veto" read as vetoes). First reading (07771b9's
    rules, model on): events 0.622 (28 of 45), who vetoed 0.750 (3 of 4); 0.911 and 0.750
    after (left: the opposition's assembly "approves" read as an adoption, a vote expected
    read as a draft, "in rare show of unity adopts", and "end ... with their vetoes" beside a
    rival text short of votes read `other`)."""
    report = run_eval(capsys, "en-events-s28.jsonl")
    assert float(report["event_accuracy"]) >= 0.88  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.74  # type: ignore[arg-type]


def test_events_on_the_validation_classes_of_session_29(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-events-s29, committed before the rules were run on it (issue 11: vetoes in the
    headline lost with a rival text short of votes in the lede, named speakers' judgements in
    "X says ..." headlines read `other` or `veto`, adoptions told in the vote or text that made
    them read `other`). First reading (5d5af4e's rules, model on): events 0.551 (27 of 49), who
    vetoed 0.000 (0 of 6); 0.898 and 1.000 after (left: two speakers' kickers, "his plan is not
    dead", a "rights body" voting to condemn, a minister telling a delivery of arms)."""
    report = run_eval(capsys, "en-events-s29.jsonl")
    assert float(report["event_accuracy"]) >= 0.88  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.99  # type: ignore[arg-type]


def test_second_round_of_issue_11_demand_classes(capsys: pytest.CaptureFixture[str]) -> None:
    """en-demands-13 and multi-demands-20, written after the first two classes of session 18
    and committed before any query change for them: the JIM's renewal vote held back, a
    Western text blocked, crimes "going to The Hague", German weapons "sent" to Assad, the
    JIM as "СМР", the inspectors' report in Russian, the Spanish "mecanismo" gathering
    evidence. First readings 0.604 and 0.767 with none of the 6 near misses alerted; 1.000
    and 1.000 after the class, none alerted. Left: the who-vetoed reading of "Moscow kills
    the UN's gas-attack inquiry with its tenth Syria veto"."""
    english = run_eval(capsys, "en-demands-13.jsonl")
    assert english["negatives"] >= 3
    assert english["negatives_alerted"] == 0
    assert float(english["macro_f1"]) >= 0.99  # type: ignore[arg-type]
    others = run_eval(capsys, "multi-demands-20.jsonl")
    assert others["negatives"] >= 3
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.99  # type: ignore[arg-type]


def test_third_round_of_issue_11_demand_classes(capsys: pytest.CaptureFixture[str]) -> None:
    """en-demands-14 and multi-demands-21, written from blind part 17's aggregated classes and
    committed before any query change for them: the Secretary-General after blocked votes
    naming no veto, voting records, NGO releases after a veto, the 2017 sanctions veto told
    with its helicopter ban and freezes, accountability and access in wire 'other' items, the
    commission, JIM, IIIM and UNSMIS created, in five languages, with 24 near misses. First
    readings 0.925 (1 of 14 negatives alerted) and 0.872 (1 of 10); 0.979 and 0.993 after
    the class, none alerted. Left: the 2012 Chapter VII text's threatened penalties read as
    asset-freeze, and investigators' findings named as a veto's background (and French
    inquirers kept out of Douma) read as accountability."""
    english = run_eval(capsys, "en-demands-14.jsonl")
    assert english["negatives"] >= 14
    assert english["negatives_alerted"] == 0
    assert float(english["macro_f1"]) >= 0.97  # type: ignore[arg-type]
    demands = english["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["fn"] == 0
    assert demands["arms-embargo"]["fn"] == 0
    others = run_eval(capsys, "multi-demands-21.jsonl")
    assert others["negatives"] >= 10
    assert others["negatives_alerted"] == 0
    assert float(others["macro_f1"]) >= 0.98  # type: ignore[arg-type]
    languages = others["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}


def test_events_on_the_blind_part_16_classes_in_six_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """multi-events-23, written by the events engineer (session 19) from the classes of blind
    part 16's aggregated event and who-vetoed errors, and committed before any rule changed for
    it (a tuning set). First reading (45f5e3d): events 0.936 (73 of 78), who vetoed 1.000 (18
    of 18). 1.000 and 1.000 after the classes it showed (a quotation first, then its named
    speaker; a fronted "Speaking to reporters after the vote, X said"; papers' verbs of judging,
    "blasted", "slammed", "rounded on"; Arabic adoptions "صادق مجلس الأمن على", "بإجماع
    أعضائه"), held to within one item."""
    report = run_eval(capsys, "multi-events-23.jsonl")
    assert report["negatives"] >= 10
    assert float(report["event_accuracy"]) >= 0.987  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.944  # type: ignore[arg-type]


def test_last_sessions_event_findings_in_six_languages(capsys: pytest.CaptureFixture[str]) -> None:
    """ml-events-findings-s24, written by w7 (session 24) from last session's open event
    findings (a vote set with a call about it, Z6; a veto's report with its defence, Y6;
    reactions led by their speaker, Y7; a ministry on how Russia will vote, Y2), committed
    before any rule changed for it (a tuning set). First reading (6de5f24): events 0.857
    (36 of 42), who vetoed 1.000 (11 of 11). 0.881 (37 of 42) once a call after a vote set
    for a day is about that vote (Z6); left: statements of how Russia will vote read as a
    draft or a vote ahead outside English (Y2)."""
    report = run_eval(capsys, "ml-events-findings-s24.jsonl")
    assert report["n"] == 42
    assert report["negatives"] >= 15
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"en", "fr", "es", "de", "ru", "ar"}
    assert float(report["event_accuracy"]) >= 0.881  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 1.0  # type: ignore[arg-type]


def test_issue_11_unseen_text_in_five_languages_set_is_labelled(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """multi-demands-24 (session 24), written and committed before any query change for it:
    accountability, monitors' access and blocks told with no veto word in each press's own
    wording, beside hard negatives sharing the words (humanitarian access, other files' vetoes
    and embargoes, the ICC's other warrants, terror and fire inquiries, election observers).
    First reading (main 8c4027e): macro-F1 0.751, 6 of 46 negatives alerted (two embargoes on
    South Sudan, the Ukraine veto in Arabic, the ICC's warrants, a jihadist trial); 0.989 and
    none alerted after its class. Left: the Khan Shaykhun vote put off "faute d'accord avec
    Moscou" (neither demand), a Koblenz verdict naming no Syria word."""
    report = run_eval(capsys, "multi-demands-24.jsonl")
    assert report["n"] >= 110
    assert report["negatives"] >= 40
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.98  # type: ignore[arg-type]
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}


def test_issue_11_unseen_text_third_round_set_is_labelled(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """multi-demands-25 (session 25), written, labelled and committed before any rule or query
    change for it: accountability, monitors' access, adoptions, statements and how a member
    will vote in each press's own wording, beside hard negatives sharing the words (other
    files' vetoes and embargoes, humanitarian access, a legislature's inquiries, terror and
    fire inquiries, a journalists' enquête, election observers, the ICC's Putin warrant).
    First reading (main 378fccd): macro-F1 0.632, 5 of 39 negatives alerted (the Ukraine and
    Mali vetoes with Syria in their headline, the South Sudan embargo in Arabic, a journalists'
    "Enquête"), events 0.911 (how Russia or China will vote read as a draft or a vote ahead,
    Y2). Left open: the session's vocabulary for the set's misses (the missing-persons
    institution, the commission in the ordinary-crime exception) did not move validation."""
    report = run_eval(capsys, "multi-demands-25.jsonl")
    assert report["n"] >= 110
    assert report["negatives"] >= 35
    assert report["negatives_alerted"] <= 5
    assert float(report["event_accuracy"]) >= 0.91  # type: ignore[arg-type]
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}


def test_issue_11_unseen_text_fourth_round_set_is_labelled(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """multi-demands-26 (session 26), written, labelled and committed before any rule or query
    change for it, from the causes of validation 11-24's multilingual monitor and
    accountability misses (counts only): the League's observers named only as "Arab
    observers", the Koblenz trial with no Syria word, beside Koblenz's other trials, election
    observers, humanitarian access, UNDOF and the IAEA. First reading (main 03ad932): macro-F1
    0.778, 1 of 36 negatives alerted (a journalists' "Enquête", the French stem), events
    0.971; 0.917 with the Arab observers and the Koblenz trial read (session 26)."""
    report = run_eval(capsys, "multi-demands-26.jsonl")
    assert report["n"] == 102
    assert report["negatives"] >= 36
    assert report["negatives_alerted"] <= 1
    assert float(report["macro_f1"]) >= 0.91  # type: ignore[arg-type]
    languages = report["languages"]
    assert isinstance(languages, dict)
    assert set(languages) == {"fr", "es", "de", "ru", "ar"}


def test_fifth_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-16 (session 24), written from validation parts 11-22's pooled English counts
    and committed before any query change for it: findings, trials, the missing-persons
    institution, blocking told without "veto", arms deliveries, the ICC as jurisdiction or the
    Hague court, access granted and denied, with 35 hard negatives sharing their words. First
    reading (b2c4d4e): macro-F1 0.911, 3 of 35 negatives alerted; 0.915 once Haley's "stood in
    the way" took the label other sets give it."""
    report = run_eval(capsys, "en-demands-16.jsonl")
    assert report["n"] == 96
    assert report["negatives"] >= 32
    assert report["negatives_alerted"] <= 3
    assert float(report["macro_f1"]) >= 0.91  # type: ignore[arg-type]


def test_who_vetoed_on_the_session_25_vetoers_set(capsys: pytest.CaptureFixture[str]) -> None:
    """en-vetoers-s25, written by the vetoers engineer (session 25, w1) from the classes of
    validation parts 11-23's who-vetoed misses with the event read right (counts only), and
    committed (577b35b) before the rules were run on it: 62 items (en 44, fr, es, de 4 each,
    ru, ar 3), vetoed_by on all 53 vetoes and [] on the 2 drafts short of nine votes. First
    reading on the session's start code: events 0.903 (56 of 62), who vetoed 0.891 (49 of 55):
    five of its six who-vetoed misses are vetoes read as another event (the events rules'),
    the sixth an envoy named without his country. Held to within one item."""
    report = run_eval(capsys, "en-vetoers-s25.jsonl")
    assert len((EVAL_DIR / "en-vetoers-s25.jsonl").read_text(encoding="utf-8").splitlines()) == 62
    assert float(report["event_accuracy"]) >= 0.887  # type: ignore[arg-type]
    assert float(report["actor_accuracy"]) >= 0.872  # type: ignore[arg-type]


def test_sixth_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-17 (session 25), written from validation parts 11-23's pooled English counts
    and committed before any rule was run on it: each demand told without its words (a veto as
    a "double no", arms as munitions and missile contracts, monitors as an advance team or a
    mandate lapsing, the ICC as "The Hague", findings, the missing and trials), with 29 near
    misses sharing the words. First reading (f299b96): macro-F1 0.828, 3 of 29 negatives
    alerted (the aid trucks' monitoring mechanism, the Hariri tribunal, an ISIL delisting)."""
    report = run_eval(capsys, "en-demands-17.jsonl")
    assert report["n"] == 96
    assert report["negatives"] >= 29
    assert report["negatives_alerted"] <= 3
    assert float(report["macro_f1"]) >= 0.83  # type: ignore[arg-type]


def test_seventh_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-18 (session 26), written from a count of why validation parts 11-24's English
    stop-veto and accountability misses fail (context, terms or an exclusion; counts only) and
    committed before any rule was run on it: a veto or obstruction told as objecting, opposing,
    shielding, standing in the way or a bid that founders; findings told as holding a unit
    responsible, complaints, exhumations and trials named only by their court; with 23 near
    misses sharing the words. First reading (4830a5a): macro-F1 0.837, 1 of 23 negatives
    alerted (a Turkish operation opposed)."""
    report = run_eval(capsys, "en-demands-18.jsonl")
    assert report["n"] == 84
    assert report["negatives"] >= 23
    assert report["negatives_alerted"] <= 1
    assert float(report["macro_f1"]) >= 0.83  # type: ignore[arg-type]


def test_eighth_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-28 (session 28), written from a count of why validation parts 11-26's English
    stop-veto and monitor misses fail (counts only) and committed before any rule was run on
    it: voting records of vetoed Syria drafts named by symbol, stances before a vote, shielding
    and siding at the Council, investigators let into the country, a Council unable to extend,
    with 23 near misses sharing the words. First reading (07771b9): macro-F1 0.880, 3 of 23
    negatives alerted (other files' voting records that name no file, read as Syria's before
    and after the change)."""
    report = run_eval(capsys, "en-demands-28.jsonl")
    assert report["n"] == 60
    assert report["negatives"] >= 23
    assert report["negatives_alerted"] <= 3
    assert float(report["macro_f1"]) >= 0.92  # type: ignore[arg-type]


def test_investigators_talks_in_damascus(capsys: pytest.CaptureFixture[str]) -> None:
    """en-demands-28b (session 28), committed before any rule was run on it: the ICC
    prosecutor's and the chemical watchdog chief's talks in Damascus are access for an
    investigator; an envoy's and ministers' are not. First reading (07771b9): macro-F1 0.500
    (monitor-access 0 of 4), 0 of 4 negatives alerted."""
    report = run_eval(capsys, "en-demands-28b.jsonl")
    assert report["n"] == 8
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.95  # type: ignore[arg-type]


def test_ninth_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-29 (session 29), written from a count of why validation parts 11-27's English
    misses fail (counts only) and committed before any rule was run on it: a permanent member
    dismissing a Council text as a stunt, disappointment at a vote's outcome and the Council's
    failure on Syria, the OPCW's fact-finding mission, the Syria file's chemical news with no
    Syria word, with 21 near misses sharing the words. First reading (4ba5ffa): macro-F1 0.521,
    0 of 21 negatives alerted."""
    report = run_eval(capsys, "en-demands-29.jsonl")
    assert report["n"] == 56
    assert report["negatives"] >= 21
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.93  # type: ignore[arg-type]


def test_tenth_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-30 (session 30), written from a count of why validation parts 11-28's English
    accountability misses and false alerts fail (counts only) and committed before any rule was
    run on it: who used chemical weapons told with no investigation word, evidence of crimes
    told as the case for an ICC referral, with 16 near misses sharing the words. First reading
    (70d217d): macro-F1 0.672, 1 of 16 negatives alerted (the production equipment destroyed,
    read as accountability before and after the change)."""
    report = run_eval(capsys, "en-demands-30.jsonl")
    assert report["n"] == 59
    assert report["negatives"] >= 16
    assert report["negatives_alerted"] <= 1
    assert float(report["macro_f1"]) >= 0.77  # type: ignore[arg-type]


def test_eleventh_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-31 (session 31), written from a count of why validation parts 11-29's English
    misses fail (counts only) and committed before any rule was run on it: blocked sanctions in
    a headline with no Syria word, the EU's arms ban lifted to arm the rebels, aircraft sold to
    Damascus, the ICC prosecutor refusing a case, with 19 near misses sharing the words. First
    reading (384ffed): macro-F1 0.620, 1 of 19 negatives alerted (a North Korea veto told with
    no file in its headline, before and after the change)."""
    report = run_eval(capsys, "en-demands-31.jsonl")
    assert report["n"] == 60
    assert report["negatives"] >= 19
    assert report["negatives_alerted"] <= 1
    assert float(report["macro_f1"]) >= 0.81  # type: ignore[arg-type]


def test_twelfth_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-32 (session 32), written from a count of why validation parts 11-30's English
    accountability misses and false alerts fail (counts only) and committed before any rule was
    run on it: the Koblenz trial told with no Syria word, the fate of the disappeared, sentences
    handed down abroad, general justice words beside Russia or China blocking, with 20 near
    misses sharing the words. First reading (ce0846d): macro-F1 0.808, 1 of 20 negatives
    alerted (a forensic team identifying migrants lost at sea); after the change 0.910, none."""
    report = run_eval(capsys, "en-demands-32.jsonl")
    assert report["n"] == 60
    assert report["negatives"] >= 20
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.90  # type: ignore[arg-type]


def test_thirteenth_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-33 (session 33), written from a count of why validation parts 11-31's English
    misses fail the Syria context (counts only) and committed before any rule was run on it:
    Russia or China beside the chemical weapons inquiry, the OPCW bare, the defendants, the
    government's envoys and the Arab League's monitors named with no Syria word, with 24 near
    misses sharing the words. First reading (rules of c3129e7): macro-F1 0.169, 1 of 24 negatives
    alerted (Japan's abandoned munitions in China); after the change 0.860, none."""
    report = run_eval(capsys, "en-demands-33.jsonl")
    assert report["n"] == 62
    assert report["negatives"] >= 24
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.85  # type: ignore[arg-type]


def test_fourteenth_round_of_issue_11_english_demand_classes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-34 (session 34), written from a count of validation parts 11-32's English
    misses (counts only) and committed before any rule was run on it: Moscow and Beijing named
    as a pair beside a blocking word, chemical sanctions told with a bare agent, records of the
    crimes preserved, with 17 near misses sharing the words. First reading (rules of ef20e79):
    macro-F1 0.460, 2 of 17 negatives alerted; after the change 0.599, the same 2 (a BRICS
    summit's blocked wording and a new aid text told after the blocking, read as stop-veto by
    rules older than the set)."""
    report = run_eval(capsys, "en-demands-34.jsonl")
    assert report["n"] == 53
    assert report["negatives"] >= 17
    assert report["negatives_alerted"] <= 2  # type: ignore[operator]
    assert float(report["macro_f1"]) >= 0.59  # type: ignore[arg-type]


def test_fourteenth_round_of_issue_11_english_monitor_access(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-34b (session 34), written from a count of validation parts 11-32's English
    monitor-access misses (counts only) and committed before any rule was run on it: a team or
    mission reaching, entering, visiting, let in or refused, with 8 near misses (aid, rescue,
    atomic agency, UNESCO, WHO, negotiators, an EU mission, a Russian military team). First
    reading (rules of main 1020459): monitors 6/0/2, none of the 8 alerted; after the change
    monitors 8/0/0, none."""
    report = run_eval(capsys, "en-demands-34b.jsonl")
    assert report["n"] == 16
    assert report["negatives"] >= 8
    assert report["negatives_alerted"] == 0
    assert float(report["macro_f1"]) >= 0.46  # type: ignore[arg-type]


def test_fifteenth_round_of_issue_11_english_icc_referral(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-35 (session 35), written from a count of validation parts 11-33's English
    ICC misses (counts only) and committed before any rule was run on it: the Council's
    referral of 2014 blocked with Syria named, and told with no Syria word, with 19 near misses
    (other files' referrals, medical, refugee, police, appeal-court, sports and Senate
    referrals). First reading (rules of main a20e47b): ICC 12/0/19, none of the 19 alerted;
    after the change ICC 27/0/4, none."""
    report = run_eval(capsys, "en-demands-35.jsonl")
    assert report["n"] == 50
    assert report["negatives"] >= 19
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["icc-referral"]["tp"] >= 27
    assert demands["icc-referral"]["fp"] == 0
    assert float(report["macro_f1"]) >= 0.40  # type: ignore[arg-type]


def test_sixteenth_round_of_issue_11_english_obstruction_and_accountability(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-36 (session 36), written from a count of validation parts 11-34's English
    stop-veto and accountability misses (counts only) and committed before any rule was run on
    it: a permanent member ending a Council text by a verb the rules lacked, the Council's
    disunity by another word, Syria's envoys with no Syria word, responsibility found, criminal
    complaints and trials, with 22 near misses. First reading (rules of main 6d2cf56): macro-F1
    0.620, stop-veto 6/0/12, accountability 10/1/6, none of the 22 alerted; after the change
    macro-F1 0.969, stop-veto 18/0/0, accountability 15/1/1, none."""
    report = run_eval(capsys, "en-demands-36.jsonl")
    assert report["n"] == 54
    assert report["negatives"] >= 22
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 18
    assert demands["stop-veto-obstruction"]["fp"] == 0
    assert demands["accountability-investigations"]["tp"] >= 15
    assert demands["accountability-investigations"]["fp"] <= 1
    assert float(report["macro_f1"]) >= 0.96  # type: ignore[arg-type]


def test_sixteenth_round_second_step_arms_supply_verbs_and_other_referrals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-36b (session 36), committed before any rule was run on it: other files' ICC
    referrals naming Syria in passing, Syria's referral text and vote, arms supplies told by
    sold, resupplied, rearmed, overhauled or en route, with near misses. First reading (rules
    of main 15ab275): ICC 2/3/0, arms 1/0/5, 3 of 8 alerted; after the change ICC 2/0/0, arms
    5/0/1, 1 of 8 (Myanmar's draft, stop-veto)."""
    report = run_eval(capsys, "en-demands-36b.jsonl")
    assert report["n"] == 16
    assert report["negatives"] >= 8
    assert report["negatives_alerted"] <= 1
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["icc-referral"]["fp"] == 0
    assert demands["icc-referral"]["tp"] >= 2
    # 5 -> 4 with session 50's demand model (refitted through part 40): Belarus's sale,
    # q36b-news-2013-12-02-belarus-sold, read by the session 44 file only, is not read now
    assert demands["arms-embargo"]["tp"] >= 4
    assert demands["arms-embargo"]["fp"] == 0


def test_seventeenth_round_of_issue_11_english_findings_and_the_jim(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-37 (session 37), written from a count of validation's English accountability
    misses (counts only) and committed before any rule was run on it: an investigating body's
    findings told by a team, panel, probe, experts, mission, board or the UN, the Joint
    Investigative Mechanism by its short name, with 21 near misses (humanitarian, health,
    damage, heritage, sport, quake, audit and mine-clearance findings, the OPCW's verified
    destruction, other files' probes, "Jim" as a name). First reading (rules of main 28687a3):
    macro-F1 0.438, accountability 5/2/20, 1 of 21 alerted; after the change macro-F1 0.646,
    accountability 23/1/2, none."""
    report = run_eval(capsys, "en-demands-37.jsonl")
    assert report["n"] == 47
    assert report["negatives"] >= 21
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["accountability-investigations"]["tp"] >= 23
    assert demands["accountability-investigations"]["fp"] <= 1
    assert float(report["macro_f1"]) >= 0.64  # type: ignore[arg-type]


def test_eighteenth_round_of_issue_11_english_stop_veto_without_a_veto_or_syria_word(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-38 (session 38), written from a count of validation's English stop-veto
    misses (counts only) and committed before any rule was run on it: the ICC referral's
    obstruction told with Russia or China and no veto word, aid vetoes told with no Syria word,
    the brief's wordings (felled, Moscow's "no", the right to block given up, the ACT code),
    with 19 near misses (Russia's own text short of votes, Libya's and Myanmar's referrals,
    Armenia joining the court, a Senate override, a parliament's, NATO's and the EU's block,
    the U.S. Gaza veto, North Korea's double veto). First reading (rules of main 9f2f51c):
    macro-F1 0.744, stop-veto 12/2/11, 3 of 19 alerted; after the change macro-F1 0.792,
    stop-veto 22/2/1, 3 of 19 (Armenia's ratification, Russia leaving the statute, Kyiv's
    declaration: the ICC demand's, as before)."""
    report = run_eval(capsys, "en-demands-38.jsonl")
    assert report["n"] == 44
    assert report["negatives"] >= 19
    assert report["negatives_alerted"] <= 3
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 22
    assert demands["stop-veto-obstruction"]["fp"] <= 2
    assert float(report["macro_f1"]) >= 0.79  # type: ignore[arg-type]


def test_eighteenth_round_second_step_double_vetoes_with_no_syria_word(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-38b (session 38), committed before any rule was run on it: Russia and China
    named as a pair vetoing or blocking with no Syria word, the referral told as "sending" the
    war to the court, and 6 near misses (other files' double vetoes told by their capitals,
    leaders or subjects only; Libya's referral recalled). First reading (rules of main
    b8f921a): macro-F1 0.000, stop-veto 0/0/6; after the change macro-F1 0.267, stop-veto
    4/0/2 (left: the two "sending" items, whose referral the context does not read), none of
    6 alerted."""
    report = run_eval(capsys, "en-demands-38b.jsonl")
    assert report["n"] == 12
    assert report["negatives"] >= 6
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 4
    assert demands["stop-veto-obstruction"]["fp"] == 0


def test_issue_11_english_accountability_findings_told_bare(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-accountability-s39 (session 39), written from a count of validation's English
    accountability misses (counts only) and committed before any rule was run on it: an
    investigation's findings told with no body named near them, the demand's word families
    in new wording, and 23 near misses (other countries' universal-jurisdiction trials, other
    commissions, tribunals and mechanisms, findings of polls, surveys, audits, digs, a Senate
    panel, the World Bank). First reading (rules of main 16c70f0): macro-F1 0.870,
    accountability 17/4/8, 4 of 23 alerted; after the change macro-F1 0.940, accountability
    22/3/3, 3 of 23 (the Gambian and Rwandan trials and the Eritrea commission, each beside a
    Syria word in passing)."""
    report = run_eval(capsys, "en-accountability-s39.jsonl")
    assert report["n"] == 48
    assert report["negatives"] >= 23
    assert report["negatives_alerted"] <= 3
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["accountability-investigations"]["tp"] >= 22
    assert demands["accountability-investigations"]["fp"] <= 3
    assert float(report["macro_f1"]) >= 0.94  # type: ignore[arg-type]


def test_issue_11_english_investigation_told_by_its_object(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-investigations-s43 (session 43), written from a count of validation's English
    accountability misses (counts only) and committed before any rule was run on it: an
    investigation named by what it looks into (an attack, a strike, a bombing, shelling,
    allegations, reports, abuses, the circumstances), and 13 near misses sharing the words
    (police, a car bomb, a Gaza strike, misconduct, diverted aid, the Beirut port, Kayseri,
    smugglers, arson, the ICC, an accident, a fire, drones on an air base, doping). First
    reading (rules of main 2652a51): macro-F1 0.750, accountability 5/2/8, 1 of 12 alerted;
    after the change macro-F1 0.944, accountability 12/2/1, 1 of 12 (Kayseri, alerted before
    it by another clause; the ICC item's accountability is another clause's too)."""
    report = run_eval(capsys, "en-investigations-s43.jsonl")
    assert report["n"] == 26
    assert report["negatives"] >= 12
    assert report["negatives_alerted"] <= 1
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["accountability-investigations"]["tp"] >= 12
    assert demands["accountability-investigations"]["fp"] <= 2
    assert float(report["macro_f1"]) >= 0.94  # type: ignore[arg-type]


def test_issue_11_english_warrant_told_by_its_court(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-warrants-s43 (session 43), written from a count of validation's English
    accountability misses (counts only) and committed before any rule was run on it: warrants
    told by who issued or upheld them or by whom they name, and 7 near misses sharing the word
    (the ICC's, a warrant officer, search, tax, murder, captagon and embezzlement warrants).
    First reading (main 298ef65): accountability 3/1/5, 2 of 7 alerted (the warrant officer;
    Netanyahu's warrants read as icc-referral), macro-F1 0.250; after the change
    accountability 8/0/0, 1 of 7 (the icc-referral one, another demand's), macro-F1 0.500."""
    report = run_eval(capsys, "en-warrants-s43.jsonl")
    assert report["n"] == 15
    assert report["negatives"] >= 7
    assert report["negatives_alerted"] <= 1
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["accountability-investigations"]["tp"] >= 8
    assert demands["accountability-investigations"]["fp"] == 0
    assert float(report["macro_f1"]) >= 0.5  # type: ignore[arg-type]


def test_issue_11_english_investigating_team_access(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-invaccess-s43 (session 43), written from the lead's counts of validation (counts
    only) and labelled by session 43's rule on an investigating team's access, committed
    before any rule was run on it: 9 investigating teams getting in (both demands) and 11
    near misses (disarmament inspectors, UNSMIS, the Red Cross, journalists, aid, Gaza,
    Ukraine, Navalny, the IAEA). First reading (main 8a45d2a + the relabel): macro-F1 0.821,
    accountability 5/0/4, 1 of 6 alerted (the IAEA at al-Kibar, as monitor-access); after
    the change 0.909, accountability 8/1/1, 2 of 6 (the same, and journalists on a Douma
    tour whose summary has inspectors waiting in Damascus, read as accountability)."""
    report = run_eval(capsys, "en-invaccess-s43.jsonl")
    assert report["n"] == 20
    assert report["negatives"] >= 6
    assert report["negatives_alerted"] <= 2
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["accountability-investigations"]["tp"] >= 8
    assert demands["accountability-investigations"]["fp"] <= 1
    assert float(report["macro_f1"]) >= 0.90  # type: ignore[arg-type]


def test_issue_11_multilingual_investigating_team_access(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """ml-invaccess-s44 (session 44), written from counts of validation (counts only) and
    labelled by session 43's rule on an investigating team's access, committed before any
    rule was run on it: 21 teams getting in (both demands) in French, Spanish, German,
    Russian and Arabic, 18 near misses (disarmament inspectors, the Red Cross, UNSMIS,
    journalists, aid, Gaza, Ukraine, Navalny, the IAEA, price inspectors). At its first
    reading (main 55b750f): macro-F1 0.744, accountability 9/0/12, 0 of 9 alerted. A clause
    for the five languages read it at 0.932 (accountability 20/0/1) but lowered validation
    (pool 11-42 16 fixed against 28 new false alerts on items labelled access alone, held-out
    35-42 1 against 4) and was not landed, so the floors hold the first reading."""
    report = run_eval(capsys, "ml-invaccess-s44.jsonl")
    assert report["n"] == 39
    assert report["negatives"] >= 9
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["accountability-investigations"]["tp"] >= 9
    assert demands["accountability-investigations"]["fp"] == 0
    assert float(report["macro_f1"]) >= 0.74  # type: ignore[arg-type]


def test_issue_11_english_accountability_without_a_syria_word(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-context-acc-s45 (session 45), written from counts of validation (counts only) and
    committed before any rule was run on it: the file's accountability news told with no
    Syria word (a defector's smuggled photographs of dead detainees, the commission told by
    its findings, the board of inquiry on deconflicted hospitals), 12 positives, and 12 near
    misses sharing the words (other files' photographs, commissions and hospital coordinates,
    the European Commission, a truth commission). First reading (main 54828cc): accountability
    0/0/12 (every positive failed the context), 0 of 12 alerted, macro-F1 0.000; after the
    context's three clauses 0.857, accountability 9/0/3 (left: the commission on
    extermination, Human Rights Watch's verification and the members' demarche pass the
    context but no clause of the demand reads them), 0 of 12 alerted."""
    report = run_eval(capsys, "en-context-acc-s45.jsonl")
    assert report["n"] == 24
    assert report["negatives"] >= 12
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["accountability-investigations"]["tp"] >= 9
    assert demands["accountability-investigations"]["fp"] == 0
    assert float(report["macro_f1"]) >= 0.85  # type: ignore[arg-type]


def test_issue_11_english_monitor_access_and_accountability_by_concept(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-41 (session 41), written from a count of validation's English monitor-access
    and accountability misses on parts 11-34 only (counts only) and committed before any rule
    was run on it: a monitoring body and its access a clause apart, a team or staff let in, the
    fact-finding mission named with no word of access, universal jurisdiction; 10 near misses
    sharing the words. First reading (main 48a790f): monitor-access 7/2/2, accountability
    4/3/2, 3 of 10 alerted; after the change monitor-access 9/2/0, accountability 5/3/1, 3 of
    10 (the war monitor's network and the Turkish police read as monitors, the Rwandan trial
    beside a Syria word in passing). On main bbb13ec (the demand model refitted through part
    34) the model also reads the IAEA inspectors as monitors, with or without this rule:
    monitor-access 9/3/0, 4 of 10 alerted, the floors set there. Its macro-F1 (0.393) counts
    the survivors' statement's stop-veto and icc-referral false alerts at 0, so the demands are
    floored instead. That refit was withdrawn at the session's end (8198f67: the session 37
    demand file ships again); the floors hold with it (test_eval_set run after the withdrawal)."""
    report = run_eval(capsys, "en-demands-41.jsonl")
    assert report["n"] == 24
    assert report["negatives"] >= 10
    assert report["negatives_alerted"] <= 4
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["monitor-access"]["tp"] >= 9
    assert demands["monitor-access"]["fp"] <= 3
    assert demands["accountability-investigations"]["tp"] >= 5
    assert demands["accountability-investigations"]["fp"] <= 3


def test_nineteenth_round_of_issue_11_a_member_s_stance_before_a_vote_and_the_observers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-39 (session 39), written from a count of validation's English stop-veto and
    monitor-access misses (counts only) and committed before any rule was run on it: the UN
    observer mission of 2012 told with no Syria word, a permanent member's stated position
    before a vote on a Syria text ("wants", "signalled", "indicated", "made clear", "argues",
    "objects"), the Council's failure told with no veto word, the ICC prosecutor received by the
    new authorities, with 19 near misses (other files' observers, support signalled, objections
    in negotiation or to Russia's own text, other forums). First reading (rules of main
    16c70f0): macro-F1 0.698, stop-veto 10/1/8, monitor 0/1/11, 2 of 19 alerted; after the
    first change macro-F1 0.914, stop-veto 16/1/2, monitor 9/1/2, 2 of 19 (China indicating a
    vote in favour, by the learned model; the Human Rights Council's rapporteur, monitor); after
    the second (the Council's failure told with no veto word, the prosecutor received by the new
    authorities) macro-F1 0.946, stop-veto 18/1/0, monitor 11/1/0, 2 of 19."""
    report = run_eval(capsys, "en-demands-39.jsonl")
    assert report["n"] == 47
    assert report["negatives"] >= 19
    assert report["negatives_alerted"] <= 2
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 18
    assert demands["stop-veto-obstruction"]["fp"] <= 1
    assert demands["monitor-access"]["tp"] >= 11
    assert demands["monitor-access"]["fp"] <= 1
    assert float(report["macro_f1"]) >= 0.94  # type: ignore[arg-type]


def test_twentieth_round_of_issue_11_pakistan_voting_a_choice_to_shield_and_the_body_let_in(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-40 (session 40), written from a count of validation's English stop-veto and
    monitor-access misses (counts only) and committed before any rule was run on it: the
    observer mission's Council votes of 2012 told with no Syria word and Pakistan named as a
    voting member (the context read Pakistan as Kashmir's file), a permanent member that "chose
    to" protect, shield, side with or stand by, and access told as letting the body "into the
    country" or "them" in with the commission, investigators or rapporteurs named farther than
    the access words reach; 11 near misses (Kashmir's, Mali's and Pakistan's poll observers,
    other choices and other forums, the wounded, fighters, convoys and rescue workers let in).
    First reading (main 6044c1b): macro-F1 0.747, stop-veto 3/1/3, monitor 3/0/6, 1 of 11
    alerted (the aid text Moscow chose to support, by the learned model); after the rules
    written for it macro-F1 0.938, stop-veto 6/1/0, monitor 8/0/1 (left: the commission said
    to be kept out 35 words after it is named), 1 of 11."""
    report = run_eval(capsys, "en-demands-40.jsonl")
    assert report["n"] == 25
    assert report["negatives"] >= 11
    assert report["negatives_alerted"] <= 1
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 6
    assert demands["stop-veto-obstruction"]["fp"] <= 1
    assert demands["monitor-access"]["tp"] >= 8
    assert demands["monitor-access"]["fp"] <= 0
    assert float(report["macro_f1"]) >= 0.93  # type: ignore[arg-type]


def test_twentieth_round_second_step_the_arab_league_s_plan_and_japan_s_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-demands-40b (session 40), written from a count of validation's English stop-veto
    misses failing the Syria context (counts only) and committed before any rule was run on it:
    the Council's text backing the Arab League's plan in 2012 and Japan's stopgap text on the
    joint mechanism in 2017, told with no Syria word, with 7 near misses (the League's texts on
    Libya, the settlements and Lebanon, Japan's abandoned munitions, the DPRK and Mali panels).
    First reading (after en-demands-40's change): macro-F1 0.125, stop-veto 1/0/6,
    accountability 0/0/3, 0 of 7 alerted; after the rules written for it macro-F1 1.000,
    stop-veto 7/0/0, accountability 3/0/0, 0 of 7."""
    report = run_eval(capsys, "en-demands-40b.jsonl")
    assert report["n"] == 14
    assert report["negatives"] >= 7
    assert report["negatives_alerted"] == 0
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 7
    assert demands["stop-veto-obstruction"]["fp"] == 0
    assert demands["accountability-investigations"]["tp"] >= 3
    assert float(report["macro_f1"]) >= 0.99  # type: ignore[arg-type]


def test_session_44_the_crossing_s_mandate_with_no_syria_word(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en-stopveto-s44 (session 44, w4), written from a count of validation's English stop-veto
    misses (counts only) and committed before any rule was changed for it: a member criticised
    after a Council vote with no veto word (11), the cross-border mandate blocked, vetoed,
    killed or its vote put off with no Syria or aid word beside the crossing and the inquiry's
    renewal vetoed (5), beside 15 near misses (a member criticised for bombing, war crimes or
    silence at an adoption, the Assembly's annexation vote, other files' crossings, roads
    blocked). First reading: macro-F1 0.462, stop-veto 9/0/7, 1 of 15 alerted (Johnson's war
    crimes, accountability); after the crossing's rule macro-F1 0.508, stop-veto 12/0/4 (left:
    four criticised members, the criticism clause having been dropped for reading no
    validation miss), 1 of 15."""
    report = run_eval(capsys, "en-stopveto-s44.jsonl")
    assert report["n"] == 31
    assert report["negatives"] >= 15
    assert report["negatives_alerted"] <= 1
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 12
    assert demands["stop-veto-obstruction"]["fp"] == 0
    assert float(report["event_accuracy"]) >= 0.90  # type: ignore[arg-type]
    assert float(report["macro_f1"]) >= 0.50  # type: ignore[arg-type]


def test_session_45_the_model_s_veto_demand_on_statements_naming_no_council_decision(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """multi-stopveto-s45 (session 45, w7), committed before any rule for it: 16 statements and
    news on Syria in six languages carrying the demand model's heaviest veto words (Russia,
    Moscow, China, Aleppo, Idlib, chemical, Douma, truce, extension, failure, ambassador) and
    naming no Council decision, beside 12 reactions that name one. First reading (the session
    44 demand file): stop-veto 12/0/0, the near misses read 0.81 at most (under the 0.9 bar),
    1 of 16 alerted (the Kremlin's Douma denial, accountability by its query), macro-F1 0.500,
    events 0.786. A guard keeping the model's veto demand to items naming a Council decision
    was measured and not landed (tests/eval/LEARNED.md, "Session 45"): this file holds the
    class for the next refit."""
    report = run_eval(capsys, "multi-stopveto-s45.jsonl")
    assert report["n"] == 28
    assert report["negatives"] >= 16
    assert report["negatives_alerted"] <= 1
    demands = report["demands"]
    assert isinstance(demands, dict)
    assert demands["stop-veto-obstruction"]["tp"] >= 12
    assert demands["stop-veto-obstruction"]["fp"] == 0
    assert float(report["event_accuracy"]) >= 0.78  # type: ignore[arg-type]
    assert float(report["macro_f1"]) >= 0.50  # type: ignore[arg-type]
