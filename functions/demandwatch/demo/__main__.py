"""``python -m demandwatch.demo``: replay a day at the Security Council, offline.

Console output by default; set SLACK_BOT_TOKEN and SLACK_CHANNEL (as for ``demandwatch
run``) to see the same day arrive in Slack. The state is a fresh SQLite file each time
(``--state`` keeps it somewhere to look at afterwards).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from demandwatch.config import Settings
from demandwatch.demo.replay import replay
from demandwatch.exceptions import DemandwatchError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demandwatch.demo", description=__doc__)
    parser.add_argument("--state", type=Path, help="SQLite state file (default: a fresh one)")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    try:
        if args.state is not None:
            if args.state.exists():
                parser.error(f"{args.state} exists: the replay starts from an empty state")
            asyncio.run(replay(settings, sys.stdout, state_path=args.state))
        else:
            with tempfile.TemporaryDirectory(prefix="demandwatch-demo-") as tmp:
                asyncio.run(replay(settings, sys.stdout, state_path=Path(tmp) / "state.sqlite3"))
    except DemandwatchError as exc:
        print(f"demandwatch demo: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
