# SPDX-License-Identifier: Apache-2.0
"""What every measurement of `kiosk-admin bench` is given (BenchContext), and how it runs the
kiosk in child processes: their environment, their ``KIOSK_MARK`` lines, and stopping them."""

from __future__ import annotations

import collections
import os
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import kiosk

MARK = "KIOSK_MARK "
RESULT_PREFIX = "BENCH_RESULT "     # the one line a measuring child prints on stdout, then JSON
CHILD_TIMEOUT_S = 60.0


class BenchError(Exception):
    """The benchmark could not measure something (a child failed); the message says what."""


@dataclass
class BenchContext:
    runs: int
    visits: int            # visits whose memory growth is measured (after `warmup` visits)
    warmup: int
    workdir: Path          # every file a child writes goes under here; deleted at the end
    quick: bool = False    # smaller data sets and fewer repetitions: rougher figures, the same keys
    env: dict[str, str] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)      # JSON, for the report
    not_measured: dict[str, str] = field(default_factory=dict)  # figure -> why it could not be measured here
    failures: dict[str, str] = field(default_factory=dict)      # figure -> what went wrong: the row fails


def child_env(workdir: Path) -> dict[str, str]:
    """The environment for every child: offscreen, marks on, this checkout's kiosk, temp files
    under workdir, and no machine-wide kiosk configuration.

    Bytecode is cached (in a throwaway PYTHONPYCACHEPREFIX under workdir, filled by the warm-up
    run) even where the calling shell sets PYTHONDONTWRITEBYTECODE: an installed kiosk has its
    .pyc files, and compiling every module at each start would add tens of milliseconds."""
    env = dict(os.environ)
    for name in ("KIOSK_CONFIG", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    package_root = str(Path(kiosk.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    tmp = workdir / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_BENCH_MARKS="1", QT_LOGGING_RULES="qt.qpa.*=false",
               TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp), PYTHONPYCACHEPREFIX=str(workdir / "pycache"))
    return env


def stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM (the kiosk shuts down cleanly on it), then kill if it does not go."""
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()


def time_marks(argv: Sequence[str], env: dict[str, str], marks: Sequence[str], cwd: Path) -> dict[str, float]:
    """Start a process and return the seconds from just before Popen to each ``KIOSK_MARK <mark>``
    line it writes on stderr; the process is stopped once every mark is seen."""
    proc, seen, tail = start_until_marks(argv, env, marks, cwd)
    stop(proc)
    missing = [m for m in marks if m not in seen]
    if missing:
        raise BenchError(f"{' '.join(argv[1:3])} exited ({proc.returncode}) before {', '.join(missing)}:\n"
                         + "\n".join(tail))
    return seen


def start_until_marks(argv: Sequence[str], env: dict[str, str], marks: Sequence[str],
                      cwd: Path) -> tuple[subprocess.Popen[bytes], dict[str, float], list[str]]:
    """Start a process and read its stderr until every ``KIOSK_MARK <mark>`` is seen (or it ends,
    or CHILD_TIMEOUT_S passes: then it is killed). Returns the process, still running if all were
    seen (read the rest of its stderr, e.g. with communicate(), so that it never blocks on a full
    pipe), the seconds from just before Popen to each mark, and the last lines that were not marks."""
    tail: collections.deque[str] = collections.deque(maxlen=15)
    seen: dict[str, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, cwd=cwd)
    watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
    watchdog.start()
    try:
        assert proc.stderr is not None
        for raw in proc.stderr:
            now = time.perf_counter()
            line = raw.decode("utf-8", "replace").rstrip()
            if line.startswith(MARK):
                stage = line[len(MARK):].split()[0]
                if stage in marks and stage not in seen:
                    seen[stage] = now - start
                if all(m in seen for m in marks):
                    break
            else:
                tail.append(line)
    finally:
        watchdog.cancel()
    return proc, seen, list(tail)
