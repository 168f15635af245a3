"""`pip install .` (not editable) into a fresh virtualenv runs: the installed console
script finds the shipped configuration and templates as package data, from any
directory, with no checkout in sight.

How it stays quick and offline: the wheel is built from a copy of the sources with the
development environment's setuptools (no build isolation, nothing downloaded), and
installed with --no-deps into a new virtualenv whose only link to the development
environment is a .pth line that makes its third-party libraries importable. That
line adds the directory to sys.path without running its .pth files, so the
development environment's editable install of demandwatch is NOT seen: every import
of demandwatch below comes from the wheel (a test checks where it was imported from).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the demandwatch wheel installed; returns its bin/."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    source.mkdir()
    shutil.copy(ROOT / "pyproject.toml", source)
    shutil.copy(ROOT / "README.md", source)
    shutil.copytree(
        ROOT / "functions" / "demandwatch",
        source / "functions" / "demandwatch",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    wheels = work / "wheels"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"),
            *("--no-build-isolation", "--wheel-dir", str(wheels), str(source)),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("demandwatch-*.whl")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"),
            *("--no-deps", "--no-index", str(wheel)),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "dev-libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env_dir / "bin"


def run(
    bin_dir: Path, *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(cwd), **(env or {})}
    return subprocess.run(
        list(args), cwd=cwd, env=environment, capture_output=True, text=True, timeout=120
    )


def test_the_installed_package_is_the_wheel_not_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    done = run(
        installed, "python", "-c", "import demandwatch; print(demandwatch.__file__)", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    where = Path(done.stdout.strip())
    assert str(installed.parent) in str(where)
    assert str(ROOT) not in str(where)


def test_version_and_help_from_the_console_script(installed: Path, tmp_path: Path) -> None:
    version = run(installed, "demandwatch", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip().startswith("demandwatch 0.")
    module = run(installed, "python", "-m", "demandwatch", "--version", cwd=tmp_path)
    assert module.stdout == version.stdout
    helped = run(installed, "demandwatch", "--help", cwd=tmp_path)
    assert helped.returncode == 0
    for command in ("run", "stories", "status", "digest", "config", "init", "draft"):
        assert f"\n    {command} " in helped.stdout, command


def test_config_check_uses_the_packaged_configuration(installed: Path, tmp_path: Path) -> None:
    done = run(installed, "demandwatch", "config", "check", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr + done.stdout
    report = json.loads(done.stdout)
    assert report["ok"] is True
    assert report["demands"] > 0
    assert str(installed.parent) in report["directory"]
    rendered = [c for c in report["checks"] if c["check"] == "template"]
    assert len(rendered) == 8
    assert all(c["status"] == "ok" for c in rendered)


def test_init_copies_the_campaign_and_the_copy_is_used(installed: Path, tmp_path: Path) -> None:
    done = run(installed, "demandwatch", "init", "my-campaign", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    copy = tmp_path / "my-campaign"
    assert {p.name for p in copy.iterdir()} == {
        "sources.yaml",
        "demands.yaml",
        "org.yaml",
        "templates",
    }
    assert (copy / "templates" / "veto.txt.j2").is_file()
    # An edit to the copy is what runs (DEMANDWATCH_CONFIG points at it).
    org = copy / "org.yaml"
    org.write_text(org.read_text(encoding="utf-8").replace("America/New_York", "Mars/Olympus"))
    checked = run(
        installed,
        "demandwatch",
        "config",
        "check",
        cwd=tmp_path,
        env={"DEMANDWATCH_CONFIG": str(copy)},
    )
    assert checked.returncode == 3
    assert "Mars/Olympus" in checked.stderr
    again = run(installed, "demandwatch", "init", "my-campaign", cwd=tmp_path)
    assert again.returncode == 1
    assert "not an empty directory" in again.stderr


def test_a_read_only_command_without_state_names_the_path(installed: Path, tmp_path: Path) -> None:
    done = run(installed, "demandwatch", "stories", cwd=tmp_path)
    assert done.returncode == 1
    assert str(tmp_path / ".demandwatch" / "state.sqlite3") in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / ".demandwatch").exists()


def test_match_runs_from_the_installed_package(installed: Path, tmp_path: Path) -> None:
    done = run(
        installed,
        "demandwatch",
        "match",
        "--json",
        "Russia vetoes Security Council draft resolution on Syria",
        cwd=tmp_path,
        env={
            "LANG": "C.UTF-8",
            **({"TMPDIR": os.environ["TMPDIR"]} if "TMPDIR" in os.environ else {}),
        },
    )
    assert done.returncode == 0, done.stderr
    assert "stop-veto-obstruction" in [m["demand"] for m in json.loads(done.stdout)["matches"]]
