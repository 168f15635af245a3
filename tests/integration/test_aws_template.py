"""template.yaml checked against the code it deploys: the table the store expects, the
environment each handler requires, visibility timeouts, dead-letter queues, alarms and
least-privilege policies. (cfn-lint and ``sam validate --lint`` check the syntax in
``make validate``; these check that template and code agree.)"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from demandwatch.config import CloudSettings
from demandwatch.handlers import _runtime
from demandwatch.store.dynamodb import TABLE_DEFINITION, TTL_ATTRIBUTE

TEMPLATE = Path(__file__).resolve().parents[2] / "template.yaml"


class _CfnLoader(yaml.SafeLoader):
    """YAML with CloudFormation's short-form intrinsics (!Ref, !GetAtt, !Sub)."""


def _intrinsic(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    if suffix == "Ref":
        return {"Ref": value}
    if suffix == "GetAtt" and isinstance(value, str):
        value = value.split(".", 1)
    return {f"Fn::{suffix}": value}


_CfnLoader.add_multi_constructor("!", _intrinsic)


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(TEMPLATE.read_text(encoding="utf-8"), Loader=_CfnLoader)
    return loaded


def resources(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == kind}


def functions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return resources(template, "AWS::Serverless::Function")


def test_the_table_is_the_one_the_store_expects(template: dict[str, Any]) -> None:
    [table] = resources(template, "AWS::DynamoDB::Table").values()
    props = table["Properties"]
    for key in ("AttributeDefinitions", "KeySchema", "GlobalSecondaryIndexes", "BillingMode"):
        assert props[key] == TABLE_DEFINITION[key], key
    assert props["TimeToLiveSpecification"] == {"AttributeName": TTL_ATTRIBUTE, "Enabled": True}
    assert props["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert table["DeletionPolicy"] == "Retain"


def test_every_handler_exists_and_gets_the_environment_it_requires(
    template: dict[str, Any],
) -> None:
    common = set(template["Globals"]["Function"]["Environment"]["Variables"])
    for name, function in functions(template).items():
        module_name, _, attribute = function["Properties"]["Handler"].rpartition(".")
        module = importlib.import_module(module_name)
        assert isinstance(getattr(module, attribute), _runtime.Container), name
        own = set(function["Properties"].get("Environment", {}).get("Variables", {}))
        required = {CloudSettings.ENVIRONMENT[f] for f in getattr(module, "REQUIRE", ())}
        required.add(CloudSettings.ENVIRONMENT["table_name"])
        assert required <= common | own, (name, required - common - own)
        # Besides the code's own: what Powertools and pydantic read.
        libraries = {
            "POWERTOOLS_SERVICE_NAME",
            "POWERTOOLS_METRICS_NAMESPACE",
            "PYDANTIC_DISABLE_PLUGINS",
        }
        assert (common | own) - libraries <= {
            *CloudSettings.ENVIRONMENT.values(),
            "DEMANDWATCH_CONFIG",
            "POWERTOOLS_LOG_LEVEL",
        }, name


def _queue_of(event: dict[str, Any]) -> str:
    return str(event["Properties"]["Queue"]["Fn::GetAtt"][0])


# How long after an invocation died mid-post (killed, or out of time) a channel's later
# alerts may wait: the FIFO alerts queue holds a message's whole group while it is in
# flight, and only its visibility timeout ends that (probe s13 H1: 360 s, a P1 6 min late).
CHANNEL_HELD_AT_MOST = 90


def test_visibility_timeouts_fit_their_consumers_and_bound_how_long_a_channel_is_held(
    template: dict[str, Any],
) -> None:
    queues = resources(template, "AWS::SQS::Queue")
    consumed = 0
    for function in functions(template).values():
        for event in function["Properties"].get("Events", {}).values():
            if event["Type"] != "SQS":
                continue
            queue = queues[_queue_of(event)]["Properties"]
            timeout = function["Properties"]["Timeout"]
            if queue.get("FifoQueue"):
                # Never under the function's timeout (Lambda refuses the mapping, and a
                # running batch would come back under it), and short: see above.
                assert timeout < queue["VisibilityTimeout"] <= CHANNEL_HELD_AT_MOST
            else:
                # AWS's advice for Lambda event sources: 6 x the function's timeout.
                assert queue["VisibilityTimeout"] == 6 * timeout
            assert event["Properties"]["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
            consumed += 1
    assert consumed == 2  # the poll queue and the alerts queue


def test_every_queue_has_a_dead_letter_queue_with_an_alarm(template: dict[str, Any]) -> None:
    queues = resources(template, "AWS::SQS::Queue")
    alarms = resources(template, "AWS::CloudWatch::Alarm").values()
    watched = {
        d["Value"]["Fn::GetAtt"][0]
        for a in alarms
        for d in a["Properties"].get("Dimensions", [])
        if d["Name"] == "QueueName"
    }
    dead_letter = set()
    for name, queue in queues.items():
        redrive = queue["Properties"].get("RedrivePolicy")
        if redrive is None:
            continue
        target = redrive["deadLetterTargetArn"]["Fn::GetAtt"][0]
        dead_letter.add(target)
        # A FIFO queue's dead-letter queue must be FIFO as well.
        fifo = queue["Properties"].get("FifoQueue", False)
        assert queues[target]["Properties"].get("FifoQueue", False) == fifo, name
    assert dead_letter == watched
    assert queues["AlertQueue"]["Properties"]["FifoQueue"] is True
    assert len(dead_letter) == 2


def alarm_metrics(alarm: dict[str, Any]) -> list[dict[str, Any]]:
    """The metrics an alarm reads: its own, or those of its metric math."""
    properties = alarm["Properties"]
    if "Metrics" in properties:
        return [m["MetricStat"]["Metric"] for m in properties["Metrics"] if "MetricStat" in m]
    return [properties]


def test_every_function_has_an_errors_alarm_and_all_alarms_notify_the_topic(
    template: dict[str, Any],
) -> None:
    alarms = resources(template, "AWS::CloudWatch::Alarm").values()
    errors = {
        d["Value"]["Ref"]
        for a in alarms
        for metric in alarm_metrics(a)
        if metric["MetricName"] == "Errors"
        for d in metric["Dimensions"]
    }
    assert errors == set(functions(template))
    for alarm in alarms:
        assert alarm["Properties"]["AlarmActions"] == [{"Ref": "AlarmTopicArn"}]
    [failing] = [a for a in alarms if a["Properties"].get("MetricName") == "AllSourcesFailing"]
    namespace = template["Globals"]["Function"]["Environment"]["Variables"][
        "POWERTOOLS_METRICS_NAMESPACE"
    ]
    assert failing["Properties"]["Namespace"] == namespace
    service = template["Globals"]["Function"]["Environment"]["Variables"]["POWERTOOLS_SERVICE_NAME"]
    assert failing["Properties"]["Dimensions"] == [{"Name": "service", "Value": service}]


def test_policies_name_their_actions_and_resources(template: dict[str, Any]) -> None:
    for name, function in functions(template).items():
        statements = [
            s for policy in function["Properties"]["Policies"] for s in policy["Statement"]
        ]
        assert statements, name
        for statement in statements:
            actions = statement["Action"]
            actions = actions if isinstance(actions, list) else [actions]
            assert all("*" not in a for a in actions), (name, actions)
            targets = statement["Resource"]
            targets = targets if isinstance(targets, list) else [targets]
            assert "*" not in targets, name
        # Only the functions that write to a queue may send to it.
        sends = {
            r["Fn::GetAtt"][0]
            for s in statements
            if s["Action"] == "sqs:SendMessage"
            for r in (s["Resource"] if isinstance(s["Resource"], list) else [s["Resource"]])
        }
        expected = {
            "ScheduleFunction": {"PollQueue", "AlertQueue"},
            "PollFunction": {"AlertQueue"},
            "InteractFunction": {"AlertQueue"},  # button follow-ups, run by notify
            # A follow-up that waited untried behind its channel's alert is sent again as
            # a new copy, its tries its own (review s14 MED-4, 18226c7).
            "NotifyFunction": {"AlertQueue"},
        }.get(name, set())
        assert sends == expected, name


def test_the_interact_url_is_public_and_the_config_location_is_a_parameter(
    template: dict[str, Any],
) -> None:
    interact = functions(template)["InteractFunction"]["Properties"]
    assert interact["FunctionUrlConfig"] == {"AuthType": "NONE"}
    variables = template["Globals"]["Function"]["Environment"]["Variables"]
    assert variables["DEMANDWATCH_CONFIG"] == {"Ref": "ConfigPath"}
    assert template["Parameters"]["ConfigPath"]["Default"] == "demandwatch/shipped_config"
    assert template["Globals"]["Function"]["CodeUri"] == "build/demandwatch-lambda.zip"
    assert template["Globals"]["Function"]["Runtime"] == "python3.13"
    assert template["Globals"]["Function"]["Architectures"] == ["x86_64"]


def test_the_schedule_ticks_within_its_alarm_s_half_hour_and_a_failed_tick_is_not_rerun(
    template: dict[str, Any],
) -> None:
    """Probe s17 C7 and C10: an hourly PollRate was accepted while ScheduleNotRunningAlarm
    wants a tick every 30 minutes; Lambda's own async retries re-ran a failed tick beside
    the next one."""

    pattern = re.compile(template["Parameters"]["PollRate"]["AllowedPattern"])
    alarm = template["Resources"]["ScheduleNotRunningAlarm"]["Properties"]
    assert alarm["Period"] == 1800
    assert pattern.match(template["Parameters"]["PollRate"]["Default"])
    for rate in ("rate(1 minute)", "rate(5 minutes)", "rate(19 minutes)", "rate(25 minutes)"):
        assert pattern.match(rate), rate
    # Review V10: at 29 minutes one tick a minute late left a half hour with none.
    for rate in ("rate(26 minutes)", "rate(29 minutes)", "rate(1 hour)", "rate(2 hours)"):
        assert not pattern.match(rate), rate
    schedule = functions(template)["ScheduleFunction"]["Properties"]
    assert schedule["EventInvokeConfig"] == {
        "MaximumRetryAttempts": 0,
        "MaximumEventAgeInSeconds": 60,
    }
    assert schedule["Events"]["Tick"]["Properties"]["RetryPolicy"]["MaximumRetryAttempts"] == 0


def test_a_cold_press_has_the_cpu_to_answer_within_slack_s_three_seconds(
    template: dict[str, Any],
) -> None:
    """Probe s17 C3: a cold interact container spends about 0.5 s of CPU before it answers;
    at 256 MB (about 256/1769 of a vCPU) that is over Slack's 3 s."""
    memory = functions(template)["InteractFunction"]["Properties"].get(
        "MemorySize", template["Globals"]["Function"]["MemorySize"]
    )
    assert 0.5 * 1769 / memory < 3 / 2  # half a second of CPU, with half of Slack's 3 s spare


def test_the_cold_start_bench_gives_the_handlers_the_template_s_fixed_variables(
    template: dict[str, Any],
) -> None:
    """bench/coldstart.py times each handler in the environment Lambda gives it: every
    variable the template sets to a fixed value (not a reference), with that value."""
    source = (TEMPLATE.parent / "bench" / "coldstart.py").read_text(encoding="utf-8")
    [bench_env] = [
        ast.literal_eval(node.value)
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign)
        and [getattr(t, "id", None) for t in node.targets] == ["LAMBDA_ENV"]
    ]
    variables = template["Globals"]["Function"]["Environment"]["Variables"]
    fixed = {name: value for name, value in variables.items() if isinstance(value, str)}
    assert "PYDANTIC_DISABLE_PLUGINS" in fixed
    assert {name: bench_env.get(name) for name in fixed} == fixed


@pytest.mark.parametrize("metric", ["SlackTokenRefused", "SlackUnavailable", "AlertsUndeliverable"])
def test_a_refused_slack_token_has_its_own_alarm_on_the_metric_notify_emits(
    template: dict[str, Any], metric: str
) -> None:
    """A refused token, or Slack failing, fails no queue message (the alert waits in the
    table), so the dead-letter alarm does not see it: its own alarm watches the metric the
    notify function emits once per outage, and tells the topic once (no OK message after)."""
    alarms = resources(template, "AWS::CloudWatch::Alarm").values()
    [refused] = [a for a in alarms if a["Properties"].get("MetricName") == metric]
    variables = template["Globals"]["Function"]["Environment"]["Variables"]
    props = refused["Properties"]
    assert props["Namespace"] == variables["POWERTOOLS_METRICS_NAMESPACE"]
    assert props["Dimensions"] == [
        {"Name": "service", "Value": variables["POWERTOOLS_SERVICE_NAME"]}
    ]
    assert (props["Statistic"], props["Threshold"]) == ("Sum", 1)
    assert "OKActions" not in props


def test_an_alert_message_is_taken_off_the_queue_before_its_redrive_to_the_dead_letter_queue(
    template: dict[str, Any],
) -> None:
    """The notify function takes an alert's message off the queue at its QUEUE_TRIES-th
    receive at the latest (the table keeps the alert): that must come no later than the
    receive after which SQS would move it to the dead-letter queue."""
    from demandwatch.handlers.notify import QUEUE_TRIES

    queue = resources(template, "AWS::SQS::Queue")["AlertQueue"]["Properties"]
    assert 1 < QUEUE_TRIES <= queue["RedrivePolicy"]["maxReceiveCount"]


def test_a_digest_slack_failed_through_lambdas_retries_is_caught_up_within_the_day(
    template: dict[str, Any],
) -> None:
    """Probe s17 C5: the digest function has a catch-up schedule whose payload is the one
    its handler reads as a catch-up (tests/events/scheduler_digest_catch_up.json), at
    least every half hour and never re-run by the scheduler."""
    import json

    from demandwatch.handlers._schedules import parse_event

    events = functions(template)["DigestFunction"]["Properties"]["Events"]
    catch_up = events["CatchUp"]["Properties"]
    assert events["CatchUp"]["Type"] == "ScheduleV2"
    assert re.fullmatch(r"rate\(([1-9]|[12][0-9]|30) minutes?\)", catch_up["ScheduleExpression"])
    assert catch_up["RetryPolicy"]["MaximumRetryAttempts"] == 0
    payload = json.loads(catch_up["Input"])
    assert parse_event(payload).catch_up
    sample = Path(__file__).resolve().parents[1] / "events" / "scheduler_digest_catch_up.json"
    assert set(payload) == set(json.loads(sample.read_text(encoding="utf-8"))) - {"_comment"}
    assert not parse_event(json.loads(events["Daily"]["Properties"]["Input"])).catch_up


# ---------------------------------------------------------------- alarms fed once a tick

# How many periods CloudWatch looks back for real datapoints before it fills the missing
# ones: more than EvaluationPeriods, by an amount its documentation leaves open (its
# example: 3 evaluation periods, 5 datapoints retrieved). Two more is the generous reading.
EVALUATION_RANGE_EXTRA = 2


def _tick_alarm_fires(
    alarm: dict[str, Any], every_minutes: int, failed: Callable[[int], bool] = lambda tick: True
) -> bool:
    """Whether ``alarm``, fed once a tick by the schedule function, reaches ALARM when tick
    number n fails (or reports every source failing) as ``failed(n)`` says, at
    ``rate(every_minutes)``, as CloudWatch evaluates missing data: the most recent real
    datapoints of the evaluation range when there are enough, else the range with the
    missing ones filled as TreatMissingData says ("ignore" and "missing" keep or leave the
    state: only real datapoints count). A period's datapoint breaches when one of its ticks
    failed (Sum of Errors > 0, Maximum of AllSourcesFailing >= 1)."""
    assert "Metrics" not in alarm, "model the metric math before relying on it"
    assert alarm["Statistic"] in {"Sum", "Maximum"}
    period = alarm["Period"]
    evaluation = alarm["EvaluationPeriods"]
    to_alarm = alarm.get("DatapointsToAlarm", evaluation)
    missing = alarm.get("TreatMissingData", "missing")
    window = 6 * 60 * 60
    ticks = list(enumerate(range(0, window, every_minutes * 60)))
    # Per period: None without a tick, else whether one of its ticks failed.
    buckets: list[bool | None] = []
    for start in range(0, window, period):
        inside = [n for n, t in ticks if start <= t < start + period]
        buckets.append(any(failed(n) for n in inside) if inside else None)
    span = evaluation + EVALUATION_RANGE_EXTRA
    for end in range(span, len(buckets) + 1):
        evaluated = buckets[end - span : end]
        real = [b for b in evaluated if b is not None]
        if len(real) >= evaluation:
            points = real[-evaluation:]
        elif missing == "breaching":
            points = [b is None or b for b in evaluated[-evaluation:]]
        elif missing == "notBreaching":
            points = [bool(b) for b in evaluated[-evaluation:]]
        else:
            points = real  # ignore / missing: only what is there decides
        if points and sum(points) >= to_alarm:
            return True
    return False


def allowed_poll_rates(template: dict[str, Any]) -> list[int]:
    pattern = re.compile(template["Parameters"]["PollRate"]["AllowedPattern"])
    return [
        minutes
        for minutes in range(1, 61)
        if pattern.match(f"rate({minutes} minute{'s' if minutes > 1 else ''})")
    ]


TICK_ALARMS = ("ScheduleErrorsAlarm", "AllSourcesFailingAlarm")


def test_the_alarms_fed_by_each_tick_fire_at_every_poll_rate_the_template_allows(
    template: dict[str, Any],
) -> None:
    """Probe s18 C1: ScheduleErrorsAlarm wanted 2 breaching 5-minute datapoints and
    AllSourcesFailingAlarm 3, with missing data good; PollRate may be up to 25 minutes, and
    at a slow rate most 5-minute periods have no tick, so a schedule failing at every tick
    (its table or secret broken) or every source down raised neither alarm."""
    allowed = allowed_poll_rates(template)
    assert allowed == list(range(1, 26))
    alarms = template["Resources"]
    for name in TICK_ALARMS:
        silent = [m for m in allowed if not _tick_alarm_fires(alarms[name]["Properties"], m)]
        assert silent == [], (name, silent)


def test_the_tick_alarms_see_a_schedule_failing_most_ticks_and_not_one_failed_tick(
    template: dict[str, Any],
) -> None:
    """Review s18 V5: the first fix for C1 (a quarter hour's share of failed ticks at 1, the
    least of its AllSourcesFailing values) never fired for a schedule failing two ticks of
    three (a throttled table, egress dropping out), where two failed periods in a row had."""
    alarms = template["Resources"]
    default = int(re.findall(r"\d+", template["Parameters"]["PollRate"]["Default"])[0])
    errors = alarms["ScheduleErrorsAlarm"]["Properties"]
    failing = alarms["AllSourcesFailingAlarm"]["Properties"]
    for minutes in allowed_poll_rates(template):
        assert _tick_alarm_fires(errors, minutes, lambda n: n % 3 != 2), minutes
        for alarm in (errors, failing):
            # One failed tick in six hours is retried by the next: no page for it.
            assert not _tick_alarm_fires(alarm, minutes, lambda n: n == 5), minutes
    # Every source down at two ticks of three: three of them within the hour at the
    # default rate (at 20 minutes or more an hour holds only two such ticks).
    assert _tick_alarm_fires(failing, default, lambda n: n % 3 != 2)


def _resolved(value: Any, parameters: dict[str, str], conditions: dict[str, Any]) -> Any:
    """``value`` as CloudFormation deploys it with ``parameters``: Ref to a parameter,
    Fn::If, Fn::Not and Fn::Equals evaluated; AWS::NoValue drops the property."""
    if isinstance(value, list):
        return [_resolved(v, parameters, conditions) for v in value]
    if not isinstance(value, dict):
        return value
    if value.keys() == {"Ref"} and value["Ref"] in parameters:
        return parameters[value["Ref"]]
    if value.keys() == {"Fn::If"}:
        name, then, otherwise = value["Fn::If"]
        held = _resolved(conditions[name], parameters, conditions)
        return _resolved(then if held else otherwise, parameters, conditions)
    if value.keys() == {"Fn::Not"}:
        return not _resolved(value["Fn::Not"][0], parameters, conditions)
    if value.keys() == {"Fn::Equals"}:
        left, right = _resolved(value["Fn::Equals"], parameters, conditions)
        return left == right
    resolved = {k: _resolved(v, parameters, conditions) for k, v in value.items()}
    return {k: v for k, v in resolved.items() if v != {"Ref": "AWS::NoValue"}}


def test_the_interact_function_s_concurrency_can_be_capped_and_is_not_by_default(
    template: dict[str, Any],
) -> None:
    """Review C6: nothing bounded the interact function, so a flood of requests to its
    public URL could take the account's whole concurrency from the poll and notify
    functions. Reserving is a parameter, off by default: a new account's limit is 10
    concurrent executions, and reserving any of them then fails the deploy."""
    parameter = template["Parameters"]["InteractReservedConcurrency"]
    pattern = re.compile(parameter["AllowedPattern"])
    for allowed in ("", "1", "20", "1000"):
        assert pattern.match(allowed), allowed
    for refused in ("0", "-1", "ten", "05", "1.5"):
        assert not pattern.match(refused), refused
    interact = functions(template)["InteractFunction"]["Properties"]
    conditions = template["Conditions"]

    def deployed(value: str) -> dict[str, Any]:
        chosen = {"InteractReservedConcurrency": value}
        return dict(_resolved(interact, chosen, conditions))

    assert "ReservedConcurrentExecutions" not in deployed(parameter["Default"])
    assert deployed("20")["ReservedConcurrentExecutions"] == "20"
