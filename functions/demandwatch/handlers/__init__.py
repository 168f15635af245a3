"""Thin AWS Lambda entry points: schedule, poll, notify, interact, digest.

Each module exposes ``handler(event, context)``; the wiring is in ``bootstrap.CloudApp``,
the stage logic in ``queue.fanout``, the rest in the core.

In a Lambda execution environment the cyclic garbage collector is paused from here (the
first module of a handler Lambda imports) until the container is set up on its first
event (``_runtime.Container.start``). The set-up creates everything the container keeps
(modules, classes, models, clients: about 200,000 objects, none of them garbage), and
the collector would scan them again and again while they pile up, for nothing: about a
tenth of the set-up's CPU. Once it is set up, that lot is frozen out of later
collections (``gc.freeze``), so no invocation scans it either, and the collector runs
as usual.

Before anything else, a handler importing this package in the Lambda artifact takes the
code the build compiled for what a cold start would otherwise compile from text (every
dataclass's methods, typing's forward references, namedtuples, regular expressions: see
demandwatch.handlers._precompiled); elsewhere there is none and nothing changes.
"""

import gc
import os

# Lambda sets AWS_LAMBDA_FUNCTION_NAME; a test or a local process importing a handler
# keeps its collector as it is.
GC_PAUSED = bool(os.environ.get("AWS_LAMBDA_FUNCTION_NAME")) and gc.isenabled()
if GC_PAUSED:
    gc.disable()

# Imported after the pause: what it loads lives as long as the container.
from demandwatch.handlers import _precompiled  # noqa: E402

PRECOMPILED = _precompiled.install()


def resume_collector() -> None:
    """End of the container's set-up: what it built lives as long as the container, so it
    leaves the collector's sight for good (gc.freeze), and the collector runs again. Only
    where it was paused above, and only once."""
    global GC_PAUSED
    if GC_PAUSED:
        GC_PAUSED = False
        gc.freeze()
        gc.enable()
