"""Each Lambda function calls only the AWS actions template.yaml's policies grant it.

moto answers every call whatever IAM would say, so the end-to-end scenarios cannot see a
missing permission: the notify function deleted from DynamoDB on normal paths
(``forget_notice``, ``parent_refreshed``, ``drop_thread_claim``) without
``dynamodb:DeleteItem``, and in the cloud every delivered alert's message would have
failed after its post (review finding H2).

So the scenarios of tests/integration/test_aws_e2e.py (and one of this module's) run here
again, with botocore hooks (``before-call``) on the AWS clients the handlers are given
and on the session the composition root makes its own clients from. Each call is put
down to the function whose handler is running (the invocation's container, by its work's
module: template.yaml's ``Handler``), mapped to the IAM action and resource it needs
(DynamoDB's transactions to their items' actions, SQS's batches to their single action,
an index to ``table/index/...``), and checked against the statements of that function's
``Policies`` (SAM policy templates expanded). The calls the test harness makes itself,
as Lambda's SQS event source mapping would with the service role SAM adds, belong to no
function and are not counted. Once every scenario has run, each grant must have been
used by its function: nothing is granted that no call needs.

A static scan of the package is the second check: every action the code can call is
granted to some function, and every action granted is one the code can call.
"""

from __future__ import annotations

import base64
import copy
import fnmatch
import importlib
import inspect
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlencode

import pytest
from cfnlint.decode import decode_str

from demandwatch.adapters import aws as aws_adapter
from demandwatch.handlers import _runtime, interact, notify, schedule
from demandwatch.slack.interact import sign
from feeds import VETO_ENTRY, rss

from . import test_aws_e2e as e2e
from .slack_server import SlackServer

pytestmark = pytest.mark.integration

# The e2e module's fixtures, found by name by the scenarios run below.
cloud, feed, moto_endpoint, slack = e2e.cloud, e2e.feed, e2e.moto_endpoint, e2e.slack

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
PACKAGE = ROOT / "functions" / "demandwatch"

# The SAM policy templates this test can expand: each one's actions and which of its
# parameters names the resource, as samtranslator/policy_templates_data/policy_templates.json
# (the SAM documentation's "Policy template list") defines them. A template not listed here
# fails the test until its actions are written down.
SAM_POLICY_TEMPLATES: dict[str, tuple[tuple[str, ...], str | None, tuple[str, ...]]] = {
    # name: (actions, the parameter naming the resource, resource suffixes)
    "DynamoDBCrudPolicy": (
        (
            "dynamodb:GetItem",
            "dynamodb:DeleteItem",
            "dynamodb:PutItem",
            "dynamodb:Scan",
            "dynamodb:Query",
            "dynamodb:UpdateItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:BatchGetItem",
            "dynamodb:DescribeTable",
            "dynamodb:ConditionCheckItem",
        ),
        "TableName",
        ("", "/index/*"),
    ),
    "DynamoDBReadPolicy": (
        (
            "dynamodb:GetItem",
            "dynamodb:Scan",
            "dynamodb:Query",
            "dynamodb:BatchGetItem",
            "dynamodb:DescribeTable",
        ),
        "TableName",
        ("", "/index/*"),
    ),
    "DynamoDBWritePolicy": (
        ("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"),
        "TableName",
        ("", "/index/*"),
    ),
    "SQSSendMessagePolicy": (("sqs:SendMessage*",), "QueueName", ("",)),
    "SQSPollerPolicy": (
        (
            "sqs:ChangeMessageVisibility",
            "sqs:ChangeMessageVisibilityBatch",
            "sqs:DeleteMessage",
            "sqs:DeleteMessageBatch",
            "sqs:GetQueueAttributes",
            "sqs:ReceiveMessage",
        ),
        "QueueName",
        ("",),
    ),
    "AWSSecretsManagerGetSecretValuePolicy": (
        ("secretsmanager:GetSecretValue",),
        "SecretArn",
        ("",),
    ),
    "CloudWatchPutMetricPolicy": (("cloudwatch:PutMetricData",), None, ("",)),
}

# Resource types whose Ref is their ARN (for the others Ref is a name or a URL, which an
# IAM statement cannot use).
REF_IS_ARN = {"AWS::SecretsManager::Secret", "AWS::SNS::Topic"}


# ---------------------------------------------------------------------- the template


@dataclass(frozen=True)
class Resource:
    """An IAM resource, as the template names it: a logical resource and what follows its
    ARN ("" for the resource itself, "/index/*" for a table's indexes); "*" for any."""

    logical: str
    suffix: str = ""

    def covers(self, other: Resource) -> bool:
        if self.logical == "*":
            return True
        return self.logical == other.logical and fnmatch.fnmatchcase(other.suffix, self.suffix)

    def __str__(self) -> str:
        return self.logical + self.suffix


@dataclass(frozen=True)
class Grant:
    action: str  # may hold IAM wildcards ("sqs:SendMessage*")
    resource: Resource

    def allows(self, action: str, resource: Resource) -> bool:
        # IAM compares action names without regard to case.
        return fnmatch.fnmatch(action.lower(), self.action.lower()) and self.resource.covers(
            resource
        )


def load_template() -> dict[str, Any]:
    template, problems = decode_str(TEMPLATE.read_text(encoding="utf-8"))
    assert not problems, problems
    assert template is not None
    return dict(template)


def functions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        name: resource["Properties"]
        for name, resource in template["Resources"].items()
        if resource["Type"] == "AWS::Serverless::Function"
    }


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def resource_of(template: dict[str, Any], expression: Any) -> Resource:
    """The logical resource an IAM ``Resource`` entry (or a SAM template's parameter) names."""
    if expression == "*":
        return Resource("*")
    if isinstance(expression, dict) and len(expression) == 1:
        [(function, argument)] = expression.items()
        if function == "Fn::GetAtt" and argument[1] in ("Arn", "QueueName"):
            return Resource(str(argument[0]))
        if function == "Ref":
            kind = template["Resources"].get(argument, {}).get("Type")
            if kind in REF_IS_ARN:
                return Resource(str(argument))
            # A table's Ref is its name: what DynamoDBCrudPolicy's TableName expects.
            if kind == "AWS::DynamoDB::Table":
                return Resource(str(argument))
        if function == "Fn::Sub" and isinstance(argument, str):
            matched = re.fullmatch(r"\$\{(\w+)\.Arn\}(/[\w/*-]*)?", argument)
            if matched:
                return Resource(matched[1], matched[2] or "")
    raise AssertionError(f"a policy resource this test does not understand: {expression!r}")


def grants(template: dict[str, Any], function: str) -> list[Grant]:
    """What ``function``'s Policies allow: its inline statements, SAM policy templates
    expanded. A managed policy (a bare name or ARN) or a Deny is not understood here and
    fails, rather than being read as granting nothing or everything."""
    found: list[Grant] = []
    for policy in functions(template)[function].get("Policies", []):
        assert isinstance(policy, dict), (function, policy, "managed policies are not checked")
        if "Statement" in policy:
            for statement in _as_list(policy["Statement"]):
                assert statement["Effect"] == "Allow", (function, statement)
                for target in _as_list(statement["Resource"]):
                    resource = resource_of(template, target)
                    for action in _as_list(statement["Action"]):
                        found.append(Grant(str(action), resource))
            continue
        [(name, parameters)] = policy.items()
        assert name in SAM_POLICY_TEMPLATES, (
            f"{function} uses the SAM policy template {name}: write its actions into "
            "SAM_POLICY_TEMPLATES from the SAM documentation"
        )
        actions, parameter, suffixes = SAM_POLICY_TEMPLATES[name]
        base = Resource("*") if parameter is None else resource_of(template, parameters[parameter])
        for action in actions:
            for suffix in suffixes:
                found.append(Grant(action, Resource(base.logical, base.suffix + suffix)))
    return found


def handler_modules(template: dict[str, Any]) -> dict[str, str]:
    """Each function by its handler's module (the one the container's work comes from)."""
    modules = {}
    for name, properties in functions(template).items():
        module_name, _, attribute = properties["Handler"].rpartition(".")
        handler = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(handler, _runtime.Container), name
        modules[module_name] = name
    return modules


def physical_names(template: dict[str, Any], env: dict[str, str]) -> dict[str, str]:
    """Logical resource by the name the code is given for it: the template hands every
    table, queue and secret to the code as an environment variable (``!Ref``), and the
    test environment gives each of those variables its moto resource."""
    variables = dict(template["Globals"]["Function"]["Environment"]["Variables"])
    for properties in functions(template).values():
        variables.update(properties.get("Environment", {}).get("Variables", {}))
    names = {}
    for variable, value in variables.items():
        if (
            isinstance(value, dict)
            and set(value) == {"Ref"}
            and value["Ref"] in template["Resources"]
            and env.get(variable)
        ):
            names[env[variable]] = str(value["Ref"])
    return names


# ---------------------------------------------------------------------- operations -> IAM

# Operations whose IAM action is not their own name.
_BATCH_ACTIONS = {
    ("sqs", "SendMessageBatch"): "sqs:SendMessage",
    ("sqs", "DeleteMessageBatch"): "sqs:DeleteMessage",
    ("sqs", "ChangeMessageVisibilityBatch"): "sqs:ChangeMessageVisibility",
}
# A DynamoDB transaction needs the action of each of its items (the DynamoDB developer
# guide, "Using IAM with DynamoDB transactions"); there is no TransactWriteItems action.
_TRANSACT_ITEM_ACTIONS = {
    "Put": "dynamodb:PutItem",
    "Update": "dynamodb:UpdateItem",
    "Delete": "dynamodb:DeleteItem",
    "ConditionCheck": "dynamodb:ConditionCheckItem",
    "Get": "dynamodb:GetItem",
}


def action_of(service: str, operation: str) -> str:
    """The IAM action of an operation that is not a transaction (see needed)."""
    return _BATCH_ACTIONS.get((service, operation), f"{service}:{operation}")


def needed(
    service: str, operation: str, params: dict[str, Any], names: dict[str, str]
) -> list[tuple[str, Resource]]:
    """The IAM actions and resources one API call needs."""

    def named(physical: str | None) -> Resource:
        # An ARN given where a name would do (a secret) is matched whole, as is a name.
        return Resource(names.get(physical or "", f"<unknown {service} resource {physical!r}>"))

    if service == "dynamodb":
        if operation in ("TransactWriteItems", "TransactGetItems"):
            return [
                (_TRANSACT_ITEM_ACTIONS[kind], named(body.get("TableName")))
                for item in params.get("TransactItems", [])
                for kind, body in item.items()
            ]
        action = action_of(service, operation)
        if operation in ("BatchGetItem", "BatchWriteItem"):
            return [(action, named(t)) for t in params.get("RequestItems", {})]
        table = named(params.get("TableName"))
        if params.get("IndexName"):
            table = Resource(table.logical, f"/index/{params['IndexName']}")
        return [(action, table)]
    if service == "sqs":
        return [(action_of(service, operation), named(params.get("QueueUrl")))]
    if service == "secretsmanager":
        return [(action_of(service, operation), named(params.get("SecretId")))]
    return [(action_of(service, operation), Resource("*"))]


# ---------------------------------------------------------------------- recording


@dataclass(frozen=True)
class Call:
    function: str
    service: str
    operation: str
    params: dict[str, Any] = field(hash=False, compare=False)


_INVOKE = _runtime.Container.__call__.__code__


@dataclass
class Recorder:
    """botocore hooks noting each API call and the function whose code made it."""

    modules: dict[str, str]
    test_thread: int = field(default_factory=threading.get_ident)
    calls: list[Call] = field(default_factory=list)
    unattributed: list[str] = field(default_factory=list)

    def _function(self, frame: FrameType | None) -> str | None:
        """The function of the invocation on the stack: every handler, however a test
        makes it, runs in a Container (its set-up included), whose work is the handler
        module's ``run``."""
        while frame is not None:
            if frame.f_code is _INVOKE:
                work = frame.f_locals["self"]._work
                return self.modules.get(work.__module__, f"<no function for {work.__module__}>")
            frame = frame.f_back
        return None

    def params(self, params: dict[str, Any], context: dict[str, Any], **_: Any) -> None:
        # before-parameter-build: the call's parameters as the code wrote them (before-call
        # sees them serialised); kept in the call's context for the hook below.
        context["iam_check_params"] = dict(params)

    def before_call(self, model: Any, context: dict[str, Any], **_: Any) -> None:
        service = model.service_model.signing_name
        function = self._function(inspect.currentframe())
        if function is None:
            # The harness's own calls (setting up moto, the event source mapping) run on the
            # test's thread; a call elsewhere with no handler on its stack could be a
            # function's, made in a worker thread, and is not let through unseen.
            if threading.get_ident() != self.test_thread:
                self.unattributed.append(f"{service}:{model.name}")
            return
        self.calls.append(Call(function, service, model.name, context.get("iam_check_params", {})))

    def attach(self, register: Callable[..., None]) -> None:
        register("before-parameter-build", self.params, unique_id="iam-check-params")
        register("before-call", self.before_call, unique_id="iam-check-call")


def ungranted(
    template: dict[str, Any], calls: list[Call], names: dict[str, str]
) -> dict[str, set[str]]:
    """Per function, each action and resource a call needed that its policies lack."""
    allowed = {name: grants(template, name) for name in functions(template)}
    missing: dict[str, set[str]] = {}
    for call in calls:
        for action, resource in needed(call.service, call.operation, call.params, names):
            if not any(g.allows(action, resource) for g in allowed.get(call.function, [])):
                missing.setdefault(call.function, set()).add(f"{action} on {resource}")
    return missing


# ---------------------------------------------------------------------- the scenarios


def scenario_slash_command_status(
    cloud: e2e.Cloud, feed: e2e.FeedServer, slack: SlackServer
) -> None:
    """``/demandwatch status`` through the interact function, which the e2e module does not
    ask: it reads every source's state and the alerts of the last day (the timeline index)."""
    e2e.baseline(cloud, feed)
    feed.body = rss([e2e.entry(cloud.clock, 1), VETO_ENTRY])
    cloud.tick()
    cloud.mapping("alert", notify).drain()
    fields = {
        "command": "/demandwatch",
        "text": "status",
        "user_id": "U0RESPONDER",
        "team_id": slack.team_id,
        "channel_id": "C0SYRIAUN",
    }
    body = urlencode(fields).encode()
    event = e2e.load_event("function_url_slack_action.json")
    timestamp = str(int(cloud.clock.now.timestamp()))
    event["headers"]["x-slack-request-timestamp"] = timestamp
    event["headers"]["x-slack-signature"] = sign(e2e.SIGNING_SECRET, timestamp, body)
    event["body"] = base64.b64encode(body).decode()
    reply = cloud.handler(interact)(event, e2e.LambdaContext())
    assert reply["statusCode"] == 200
    assert "Alerts: 1 posted" in reply["body"], reply["body"]


SCENARIOS: list[Callable[..., None]] = [
    *(getattr(e2e, n) for n in dir(e2e) if n.startswith("test_") and callable(getattr(e2e, n))),
    scenario_slash_command_status,
]
# What each function's calls needed, over the scenarios run to their end in this session.
RECORDED: dict[str, set[tuple[str, Resource]]] = {}
SCENARIOS_RUN: set[str] = set()
_HOOKS = (("before-parameter-build", "iam-check-params"), ("before-call", "iam-check-call"))


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template()


@pytest.fixture
def recorder(template: dict[str, Any]) -> Iterator[Recorder]:
    recorder = Recorder(handler_modules(template))
    # The clients a handler makes itself (a deployed handler, given none): the hooks go on
    # the composition root's botocore session, which every client it makes copies.
    session = aws_adapter._session()
    recorder.attach(session.register)
    yield recorder
    for event, unique_id in _HOOKS:
        session.unregister(event, unique_id=unique_id)


@pytest.mark.parametrize(
    "scenario", SCENARIOS, ids=[s.__name__.split("_", 1)[1] for s in SCENARIOS]
)
def test_each_function_calls_only_what_its_policies_grant(
    scenario: Callable[..., None],
    template: dict[str, Any],
    recorder: Recorder,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    arguments = {n: request.getfixturevalue(n) for n in inspect.signature(scenario).parameters}
    the_cloud: e2e.Cloud = request.getfixturevalue("cloud")
    # The clients the test gives the handlers: the hooks go on each (a client copies its
    # session's hooks when it is made, and these were made before).
    clients = (the_cloud.clients.dynamodb, the_cloud.clients.sqs, the_cloud.clients.secretsmanager)
    for client in clients:
        recorder.attach(client.meta.events.register)
    # The deployed schedule handler keeps the app (and clients) of its first invocation,
    # which may be the e2e module's, on another moto server: this run builds its own.
    monkeypatch.setattr(schedule.handler, "_app", None)
    try:
        scenario(**arguments)
    finally:
        for client in clients:
            for event, unique_id in _HOOKS:
                client.meta.events.unregister(event, unique_id=unique_id)

    # Each container's resources by its own environment: a scenario may run a second
    # deployment's function (its own table, granted by its own stack of this template).
    names = physical_names(template, the_cloud.env)
    for override in the_cloud.overrides:
        names.update(physical_names(template, {**the_cloud.env, **override}))
    assert recorder.calls, "no function made any AWS call: the recording is broken"
    assert not recorder.unattributed, recorder.unattributed
    for call in recorder.calls:
        RECORDED.setdefault(call.function, set()).update(
            needed(call.service, call.operation, call.params, names)
        )
    SCENARIOS_RUN.add(scenario.__name__)
    missing = ungranted(template, recorder.calls, names)
    assert not missing, f"calls template.yaml's policies do not grant: {missing}"


def test_every_action_granted_is_one_some_scenario_calls(template: dict[str, Any]) -> None:
    """Least privilege, the other way: each function's grants are all used by its code in
    the scenarios above (a grant none needs is one too many, or a scenario is missing)."""
    not_run = {s.__name__ for s in SCENARIOS} - SCENARIOS_RUN
    if not_run:
        pytest.skip(f"needs every scenario above to have run to its end; not: {sorted(not_run)}")
    unused: dict[str, set[str]] = {}
    for function in functions(template):
        used = RECORDED.get(function, set())
        for grant in grants(template, function):
            if not any(grant.allows(action, resource) for action, resource in used):
                unused.setdefault(function, set()).add(f"{grant.action} on {grant.resource}")
    called = {f: sorted(f"{a} on {r}" for a, r in used) for f, used in RECORDED.items()}
    assert not unused, f"granted, never called: {unused}; called: {called}"


# ---------------------------------------------------------------------- the static scan

# What the code can call only to set up a table of its own (a local or test table, through
# store.dynamodb.create_table): in the cloud, CloudFormation creates the table.
SETUP_ONLY = {"dynamodb:CreateTable", "dynamodb:UpdateTimeToLive"}


def code_actions() -> dict[str, set[str]]:
    """Every IAM action the package's AWS clients are asked for, by the file asking: any
    ``<...client...>.<operation>`` named in the code, whether called there or handed on."""
    import ast

    import botocore.session

    session = botocore.session.get_session()
    operations: dict[str, tuple[str, str]] = {}
    for service in ("dynamodb", "sqs", "secretsmanager", "cloudwatch"):
        made = session.create_client(
            service, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
        )
        for method, operation in made.meta.method_to_api_mapping.items():
            operations[method] = (service, operation)
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = {id(node.func): node for node in ast.walk(tree) if isinstance(node, ast.Call)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and node.attr in operations):
                continue
            if "client" not in ast.unparse(node.value).lower():
                continue
            service, operation = operations[node.attr]
            if operation in ("TransactWriteItems", "TransactGetItems"):
                call = calls.get(id(node))
                assert call is not None, (path, operation, "handed on: its items are unknown")
                kinds = {
                    key.value
                    for inner in ast.walk(call)
                    if isinstance(inner, ast.Dict)
                    for key in inner.keys
                    if isinstance(key, ast.Constant) and key.value in _TRANSACT_ITEM_ACTIONS
                }
                actions = {_TRANSACT_ITEM_ACTIONS[k] for k in kinds}
            else:
                actions = {action_of(service, operation)}
            for action in actions:
                found.setdefault(action, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_action_the_code_calls_is_granted_and_every_grant_is_called(
    template: dict[str, Any],
) -> None:
    in_code = code_actions()
    # The scan finds what it should (a scan finding nothing would pass everything).
    assert {"dynamodb:DeleteItem", "dynamodb:PutItem", "sqs:SendMessage"} <= set(in_code)
    granted = {g.action for name in functions(template) for g in grants(template, name)}
    never_granted = {
        action: files
        for action, files in in_code.items()
        if action not in SETUP_ONLY and not any(fnmatch.fnmatch(action, g) for g in granted)
    }
    assert not never_granted, f"no function may call these, yet the code does: {never_granted}"
    never_called = {g for g in granted if not any(fnmatch.fnmatch(a, g) for a in in_code)}
    assert not never_called, f"granted, yet no code calls them: {never_called}"


# ---------------------------------------------------------------------- the check itself


def test_the_check_finds_what_finding_h2_found_and_reads_sam_policy_templates(
    template: dict[str, Any],
) -> None:
    names = {"demandwatch-table": "Table"}
    forget = Call("NotifyFunction", "dynamodb", "DeleteItem", {"TableName": "demandwatch-table"})
    by_index = Call(
        "DigestFunction",
        "dynamodb",
        "Query",
        {"TableName": "demandwatch-table", "IndexName": "timeline"},
    )
    assert ungranted(template, [forget, by_index], names) == {}

    # The template before the fix: the notify function could not delete.
    before = copy.deepcopy(template)
    for policy in before["Resources"]["NotifyFunction"]["Properties"]["Policies"]:
        for statement in policy["Statement"]:
            actions = _as_list(statement["Action"])
            statement["Action"] = [a for a in actions if a != "dynamodb:DeleteItem"]
    assert ungranted(before, [forget], names) == {
        "NotifyFunction": {"dynamodb:DeleteItem on Table"}
    }
    # A grant on the indexes is not one on the table, nor the other way round.
    write = Call("InteractFunction", "dynamodb", "DeleteItem", {"TableName": "demandwatch-table"})
    on_table = Call("ScheduleFunction", "dynamodb", "Query", {"TableName": "demandwatch-table"})
    assert ungranted(template, [write, on_table], names) == {
        "InteractFunction": {"dynamodb:DeleteItem on Table"},
        "ScheduleFunction": {"dynamodb:Query on Table"},
    }
    # A transaction needs its items' actions; a message batch, SendMessage on its queue.
    transaction = Call(
        "PollFunction",
        "dynamodb",
        "TransactWriteItems",
        {"TransactItems": [{"Put": {"TableName": "demandwatch-table"}}]},
    )
    batch = Call("PollFunction", "sqs", "SendMessageBatch", {"QueueUrl": "https://q/poll"})
    assert ungranted(template, [transaction, batch], {**names, "https://q/poll": "PollQueue"}) == {
        "PollFunction": {"sqs:SendMessage on PollQueue"}
    }

    # SAM policy templates are expanded: CRUD deletes, on the table and its indexes.
    crud = copy.deepcopy(template)
    crud["Resources"]["InteractFunction"]["Properties"]["Policies"] = [
        {"DynamoDBCrudPolicy": {"TableName": {"Ref": "Table"}}}
    ]
    delete = Call("InteractFunction", "dynamodb", "DeleteItem", {"TableName": "demandwatch-table"})
    by_index = Call(
        "InteractFunction",
        "dynamodb",
        "Query",
        {"TableName": "demandwatch-table", "IndexName": "timeline"},
    )
    assert ungranted(crud, [delete, by_index], names) == {}
    assert ungranted(template, [delete], names) == {
        "InteractFunction": {"dynamodb:DeleteItem on Table"}
    }
