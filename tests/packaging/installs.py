"""Helpers for the packaging tests: build the wheel with .ci's own code, run an installed
quizapp (a venv's or the bundle's) the way a learner would, and read what it reports."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.helpers import ROOT

# The environment as pytest found it, before any test points HOME elsewhere: pip keeps its
# cache of downloaded wheels there, which lets a second install skip the downloads.
PIP_ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIP_REQUIRE_VIRTUALENV")}
PROBE = "quizapp-startup "


def ci_module(name: str) -> ModuleType:
    """``.ci/<name>.py`` as a module (the build scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(f"ci_{name}", ROOT / ".ci" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def outside_env(**extra: str) -> dict[str, str]:
    """The environment of a learner's shell: nothing points into the checkout."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "QUIZAPP_DATA_DIR", "QUIZAPP_CONFIG_DIR",
                        "QUIZAPP_STARTUP_PROBE", "QUIZAPP_NO_PREFETCH")}
    return {**env, **extra}


def run(cmd: list[str], cwd: Path, timeout: float = 120, **env: str
        ) -> subprocess.CompletedProcess[str]:
    """Run an installed quizapp command from ``cwd`` (outside the checkout)."""
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          env=outside_env(**env))


def launch(quizapp: list[str], data: Path, cwd: Path) -> dict[str, Any]:
    """Start the app offscreen on ``data`` until home shows its numbers; its probe line."""
    res = run([*quizapp, "--data-dir", str(data)], cwd, QT_QPA_PLATFORM="offscreen",
              QUIZAPP_STARTUP_PROBE="1")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    lines = [ln for ln in res.stdout.splitlines() if ln.startswith(PROBE)]
    assert len(lines) == 1, res.stdout
    probe: dict[str, Any] = json.loads(lines[0].removeprefix(PROBE))
    return probe


def totals(quizapp: list[str], data: Path, cwd: Path, **env: str) -> dict[str, Any]:
    """``quizapp --data-dir DATA stats --json``'s totals."""
    res = run([*quizapp, "--data-dir", str(data), "stats", "--json"], cwd, **env)
    assert res.returncode == 0, res.stderr
    found: dict[str, Any] = json.loads(res.stdout)["totals"]
    return found


def checkout_totals(tmp: Path) -> dict[str, Any]:
    """The same totals from the checkout itself: what every install must show too."""
    return totals([sys.executable, "-m", "quizapp"], tmp / "checkout-data", ROOT,
                  PYTHONPATH=str(ROOT))


def one_error_line(res: subprocess.CompletedProcess[str]) -> str:
    """The single ``quizapp: error: …`` line a failed command printed (and nothing else)."""
    assert res.returncode == 2, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("quizapp: error: "), res.stderr
    return lines[0]
