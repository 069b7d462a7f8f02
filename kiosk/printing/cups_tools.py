# SPDX-License-Identifier: Apache-2.0
"""The CUPS command-line tools (lp, lpstat, cancel) as the cups and qt backends both need them.

Commands run without a shell, with a timeout, and in the C locale so their messages can be parsed.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
from collections.abc import Iterable

TIMEOUT = 20.0  # seconds; a spooler that takes longer is as good as down
_log = logging.getLogger(__name__)
_REQUEST_ID = re.compile(r"request id is (\S+)")


def run(tool: str, args: list[str], server: str | None = None, stdin: bytes | None = None,
        timeout: float = TIMEOUT) -> subprocess.CompletedProcess[bytes]:
    """Run ``tool`` (raises OSError when absent, subprocess.TimeoutExpired when stuck)."""
    argv = [tool, *(["-h", server] if server else []), *args]
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(argv, input=stdin if stdin is not None else b"", capture_output=True,
                          timeout=timeout, env=env, check=False)


def request_id(stdout: str) -> str | None:
    """The job id from lp's "request id is NAME-123 (1 file(s))"."""
    match = _REQUEST_ID.search(stdout)
    return match.group(1) if match else None


def job_number(job_id: str) -> int:
    """123 for "NAME-123" (printer names may contain dashes themselves); -1 when there is none."""
    tail = job_id.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else -1


def jobs(printer: str, which: str = "not-completed", server: str | None = None) -> set[str] | None:
    """Ids of ``printer``'s jobs (``which``: not-completed, completed or all); None when unknown."""
    try:
        done = run("lpstat", ["-W", which, "-o", printer], server)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    prefix = printer.lower() + "-"
    ids = (line.split(None, 1)[0] for line in done.stdout.decode(errors="replace").splitlines() if line.strip())
    return {i for i in ids if i.lower().startswith(prefix) and job_number(i) >= 0}


def accepting(printer: str, server: str | None = None) -> bool | None:
    """Whether ``printer`` takes new jobs (a disabled printer still does: it queues them); None when unknown."""
    try:
        done = run("lpstat", ["-a", printer], server)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return "not accepting" not in done.stdout.decode(errors="replace")


def cancel_unprinted(job_ids: Iterable[str], server: str | None = None) -> None:
    """Cancel those of ``job_ids`` ("QUEUE-123") that their queue has not completed; never raises.

    When lpstat cannot tell, every id is cancelled: cancelling a finished job is harmless.
    """
    try:
        by_queue: dict[str, list[str]] = {}
        for job_id in job_ids:
            if job_id and job_number(job_id) >= 0:
                by_queue.setdefault(job_id.rsplit("-", 1)[0], []).append(job_id)
        for queue, wanted in by_queue.items():
            pending = jobs(queue, "not-completed", server)
            pending_lower = {p.lower() for p in pending} if pending is not None else None
            for job_id in wanted:
                if pending_lower is None or job_id.lower() in pending_lower:
                    _cancel(job_id, server)
    except Exception:  # noqa: BLE001 - the contract says never raise: a failed cancel must not break the UI
        _log.exception("cancelling print jobs failed")


def _cancel(job_id: str, server: str | None) -> None:
    try:
        done = run("cancel", [job_id], server)
    except (OSError, subprocess.SubprocessError) as exc:
        _log.warning("cancel %s could not run: %s", job_id, exc)
        return
    if done.returncode != 0:
        _log.info("cancel %s: %s", job_id, done.stderr.decode(errors="replace").strip())
