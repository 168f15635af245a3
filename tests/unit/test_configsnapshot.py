"""The build's snapshot of the validated configuration: what a cold start reads is what
validating the same files gives, and a snapshot of anything else is never used.

tests/integration/test_package.py checks the snapshot the artifact ships, under 3.13.
"""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from demandwatch import configsnapshot
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.exceptions import ConfigError
from feeds import write_config


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    target = tmp_path / "built" / "shipped_config"
    shutil.copytree(SHIPPED_CONFIG_DIR, target)
    return target


@pytest.fixture
def snapshot(config_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "snapshot.pickle"
    configsnapshot.write(config_dir, target)
    return target


def test_the_snapshot_is_the_validated_configuration(config_dir: Path, snapshot: Path) -> None:
    read = configsnapshot.read(config_dir, snapshot)
    assert read is not None
    assert read == load_config(config_dir)
    assert read.demands
    assert read.sources
    assert read.warnings  # the shipped owners are names, not ids


def test_the_snapshot_serves_the_same_files_anywhere_and_names_them_there(
    config_dir: Path, snapshot: Path, tmp_path: Path
) -> None:
    # The build validates in its staging directory; Lambda reads under /var/task.
    elsewhere = tmp_path / "var" / "task" / "shipped_config"
    shutil.copytree(config_dir, elsewhere)
    read = configsnapshot.read(elsewhere, snapshot)
    assert read is not None
    assert read == load_config(elsewhere)
    assert read.directory == elsewhere
    assert {Path(w.file).parent for w in read.warnings} == {elsewhere}
    assert str(config_dir) not in pickle.dumps(read).decode("latin-1")


def test_a_changed_file_is_validated_again_never_served_from_the_snapshot(
    config_dir: Path, snapshot: Path
) -> None:
    demands = config_dir / "demands.yaml"
    title = load_config(config_dir).demands[0].title
    demands.write_text(
        demands.read_text(encoding="utf-8").replace(title, title + " (edited)", 1),
        encoding="utf-8",
    )
    assert configsnapshot.read(config_dir, snapshot) is None
    assert configsnapshot.load(config_dir, snapshot).demands[0].title == title + " (edited)"

    # An edit that makes the file invalid is a ConfigError, as at any start.
    demands.write_text(demands.read_text(encoding="utf-8") + "\nunknown_key: 1\n")
    with pytest.raises(ConfigError, match="unknown_key"):
        configsnapshot.load(config_dir, snapshot)


def test_another_configuration_directory_is_validated_in_full(
    snapshot: Path, tmp_path: Path
) -> None:
    custom = write_config(tmp_path / "custom", [{"id": "press", "url": "https://example.org/"}])
    assert configsnapshot.read(custom, snapshot) is None
    assert configsnapshot.load(custom, snapshot) == load_config(custom)
    assert [s.id for s in configsnapshot.load(custom, snapshot).sources] == ["press"]


def test_a_missing_file_or_snapshot_falls_back_to_validation(
    config_dir: Path, snapshot: Path, tmp_path: Path
) -> None:
    assert configsnapshot.read(config_dir, tmp_path / "absent.pickle") is None
    assert configsnapshot.load(config_dir, tmp_path / "absent.pickle") == load_config(config_dir)
    (config_dir / "org.yaml").unlink()
    assert configsnapshot.read(config_dir, snapshot) is None
    with pytest.raises(ConfigError, match=r"org\.yaml"):
        configsnapshot.load(config_dir, snapshot)


def test_a_snapshot_taken_by_other_code_is_stale(
    config_dir: Path, snapshot: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another snapshot format...
    monkeypatch.setattr(configsnapshot, "FORMAT", configsnapshot.FORMAT + b"+next")
    assert configsnapshot.read(config_dir, snapshot) is None
    monkeypatch.undo()
    assert configsnapshot.read(config_dir, snapshot) is not None
    # ...or a change to the code that validates (here config.py, in a copy of the package).
    package = tmp_path / "package"
    shutil.copytree(
        Path(configsnapshot.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__")
    )
    with (package / "config.py").open("a", encoding="utf-8") as source:
        source.write("\n# a later release\n")
    monkeypatch.setattr(configsnapshot, "_PACKAGE", package)
    assert configsnapshot.read(config_dir, snapshot) is None


def test_a_stale_snapshot_is_not_even_unpickled(config_dir: Path, tmp_path: Path) -> None:
    class Boom:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (exec, ("raise SystemExit('unpickled')",))

    stale = tmp_path / "stale.pickle"
    stale.write_bytes(b"0" * 64 + b"\n" + pickle.dumps(Boom()))
    assert configsnapshot.read(config_dir, stale) is None


def test_the_key_covers_every_file_it_names() -> None:
    package = Path(configsnapshot.__file__).parent
    assert all((package / name).is_file() for name in configsnapshot.CODE)
    assert configsnapshot.key(SHIPPED_CONFIG_DIR) is not None


def test_reading_the_snapshot_needs_no_pydantic(config_dir: Path, snapshot: Path) -> None:
    """What a cold start reads: the settings from the environment and the snapshot, both
    plain dataclasses; pydantic (about 45 ms of CPU to import) stays out of a poll's or a
    schedule's cold start. The snapshot equals a validated load (see the first test)."""
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from demandwatch import configsnapshot\n"
        "from demandwatch.config import CloudSettings, Settings\n"
        f"config = configsnapshot.read(Path({str(config_dir)!r}), Path({str(snapshot)!r}))\n"
        "settings = Settings.from_env({'SLACK_BOT_TOKEN': 'xoxb-1', 'SLACK_TEAM_ID': 'T0AB'})\n"
        "cloud = CloudSettings.from_env({'DEMANDWATCH_TABLE': 't'})\n"
        "print(json.dumps([config is not None, config.org.calm() is not None,\n"
        "    sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core'))]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path[:0] = {sys.path!r}\n" + code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout) == [True, True, []]
    assert b"pydantic" not in snapshot.read_bytes()
