# SPDX-License-Identifier: Apache-2.0
"""pg_freeze_message_s for `kiosk-admin bench`: a PostgreSQL server frozen under a resident.

The benchmark starts a throwaway server (kiosk.bench.postgres) and, in a child process, a kiosk
on it, built as `kiosk` builds it. Then, for each action, the server is frozen (SIGSTOP to the
postmaster and all its children: the kernel still accepts what is sent, nothing answers, so only
the kiosk's own limits end the wait), the resident acts, and the time runs from the tap to the
screen's plain message painted:

* sign-in: Sign in tapped, to kiosk.ui.messages.unreachable() ("The kiosk cannot reach the
  town's records just now...") under the form;
* send: Send tapped on a filled-in "Report a problem", to "your message could not be sent";
* search: an address typed into the search box, to "searching is not possible just now".

After each action the server is thawed (SIGCONT) and the same action is done again: it must
succeed by itself (the kiosk recovers without a restart). The figure is the slowest action; the
settings database_connect_seconds and database_statement_seconds set the limits it is made of.
With no PostgreSQL to start here the figure is not measured, and the table says so.

    python -m kiosk.bench.pg_freeze --data-dir DIR --database-url URL --pid-file POSTMASTER_PID
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.bench.context import RESULT_PREFIX, BenchError
from kiosk.bench.postgres import NoPostgres, ThrowawayPostgres, freeze, thaw

if TYPE_CHECKING:
    from kiosk.bench.context import BenchContext
    from kiosk.bench.inprocess import Bench

KEY = "pg_freeze_message_s"
MESSAGE_TIMEOUT_S = 30.0        # six times the target: past it, the figure says so (and fails)
CHILD_TIMEOUT_S = 600.0
PASSWORD = "Maple-Harbor-72"


def measure_pg_freeze(ctx: BenchContext) -> dict[str, object]:
    server = ThrowawayPostgres()
    try:
        try:
            server.start()
        except NoPostgres as exc:
            ctx.not_measured[KEY] = "no PostgreSQL"
            ctx.details["pg_freeze"] = f"not measured: no PostgreSQL ({exc})"
            return {KEY: None}
        assert server.data is not None
        folder = ctx.workdir / "pg-freeze"
        folder.mkdir()
        argv = [sys.executable, "-m", "kiosk.bench.pg_freeze", "--data-dir", str(folder), "--database-url",
                server.url, "--pid-file", str(server.data / "postmaster.pid"), "--repeats", "1" if ctx.quick else "3"]
        try:
            proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, env=ctx.env, cwd=folder,
                                  timeout=CHILD_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise BenchError(f"the frozen-PostgreSQL benchmark took more than {CHILD_TIMEOUT_S:.0f} s") from None
    finally:
        server.stop()               # thawed first, whatever the child left
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith(RESULT_PREFIX):
            figures: dict[str, object] = json.loads(line[len(RESULT_PREFIX):])
            ctx.details["pg_freeze"] = figures.pop("details")
            return figures
    tail = "\n".join(proc.stderr.decode("utf-8", "replace").splitlines()[-20:])
    raise BenchError(f"the frozen-PostgreSQL benchmark failed (exit code {proc.returncode}):\n{tail}")


# -- the child ---------------------------------------------------------------------------------

def wait_until(bench: Bench, condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the kiosk's event loop until condition() holds (True) or timeout_s passes (False)."""
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            return False
        bench.qt(bench.app.processEvents)
        bench.kiosk.tasks.wait_for_done(10)
    return True


class Frozen:
    """Times one action with the server frozen, then thaws it and checks the kiosk recovers."""

    def __init__(self, bench: Bench, pid_file: Path) -> None:
        self.bench, self.pid_file = bench, pid_file
        self.samples: dict[str, list[float]] = {}
        self.recovered: dict[str, bool] = {}

    def time(self, name: str, act: Callable[[], None], message_shown: Callable[[], bool]) -> None:
        pids = freeze(self.pid_file)
        try:
            start = time.perf_counter()
            act()
            shown = wait_until(self.bench, message_shown, MESSAGE_TIMEOUT_S)
            self.bench.qt(self.bench.kiosk.window.repaint)
            elapsed = time.perf_counter() - start
        finally:
            thaw(pids)
        if not shown:
            print(f"pg_freeze: {name}: no message within {MESSAGE_TIMEOUT_S:.0f} s", file=sys.stderr)
        self.samples.setdefault(name, []).append(elapsed)

    def recovers(self, name: str, act: Callable[[], None], succeeded: Callable[[], bool]) -> None:
        act()
        ok = wait_until(self.bench, succeeded, MESSAGE_TIMEOUT_S)
        self.recovered[name] = self.recovered.get(name, True) and ok


def error_shown(label: object, text: str | None = None) -> Callable[[], bool]:
    from PySide6.QtWidgets import QLabel

    assert isinstance(label, QLabel)
    return lambda: (label.isVisible() and label.property("role") == "error"
                    and (text is None or label.text() == text))


def sign_in(bench: Bench, frozen: Frozen, username: str) -> None:
    from kiosk.core.session import EndReason
    from kiosk.ui.messages import unreachable
    from kiosk.ui.screens.signin import SignInScreen

    bench.begin()
    screen = bench.kiosk.navigator.go("signin")
    assert isinstance(screen, SignInScreen)
    bench.settle()

    def tap_sign_in() -> None:
        bench.qt(screen.username.input.setText, username)
        bench.qt(screen.password.input.setText, PASSWORD)
        bench.click(screen.submit)

    frozen.time("sign_in", tap_sign_in, error_shown(screen.message, unreachable()))
    wait_until(bench, screen.submit.isEnabled, MESSAGE_TIMEOUT_S)
    session = bench.visits.sessions

    frozen.recovers("sign_in", tap_sign_in, lambda: session.current is not None and session.current.signed_in)
    bench.visits.end(EndReason.FINISH)
    bench.settle()


def send(bench: Bench, frozen: Frozen) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from kiosk.core.session import EndReason
    from kiosk.ui.screens.contact_form import ContactFormScreen
    from kiosk.ui.widgets.choice import ChoicePicker

    bench.begin()
    screen = bench.kiosk.navigator.go("contact_form", item=("problem", None))
    if not isinstance(screen, ContactFormScreen) or screen.form is None:
        raise RuntimeError("the pack has no 'problem' form to send")
    answers = {"location": "12 Main Street", "name": "Ada Rivers", "email": "ada@example.com"}
    for widget in screen.inputs:
        if widget.spec.field_id == "problem" and isinstance(widget.input, ChoicePicker):
            widget.input.setCurrentIndex(0)
        elif isinstance(widget.input, QPlainTextEdit):
            widget.input.setPlainText("Deep pothole in the right lane, a foot across.")
        elif widget.spec.field_id in answers:
            widget.set_value(answers[widget.spec.field_id])
    bench.click(screen.to_review)
    bench.settle()
    frozen.time("send", lambda: bench.click(screen.send), error_shown(screen.status))
    wait_until(bench, screen.send.isEnabled, MESSAGE_TIMEOUT_S)
    frozen.recovers("send", lambda: bench.click(screen.send), lambda: screen.stored is not None)
    bench.visits.end(EndReason.FINISH)
    bench.settle()


def search(bench: Bench, frozen: Frozen, typed: str) -> None:
    from kiosk.core.session import EndReason
    from kiosk.ui.screens.search import SearchScreen

    bench.begin()
    screen = bench.kiosk.navigator.go("search")
    assert isinstance(screen, SearchScreen)
    bench.settle()
    shown: list[str] = []
    screen.results_shown.connect(shown.append)
    frozen.time("search", lambda: bench.qt(screen.query.setText, typed), error_shown(screen.summary))
    frozen.recovers("search", lambda: bench.qt(screen.query.setText, typed + " "),
                    lambda: bool(shown) and shown[-1] == typed + " ")
    bench.visits.end(EndReason.FINISH)
    bench.settle()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.pg_freeze")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--pid-file", required=True, type=Path, help="the server's postmaster.pid")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    from kiosk.bench.inprocess import Bench
    from kiosk.core.accounts import Contact, Registration

    bench = Bench(args.data_dir, 0, 0, database_url=args.database_url)
    frozen = Frozen(bench, args.pid_file)
    try:
        kiosk = bench.kiosk
        pack = kiosk.prepared.pack
        kiosk.accounts.register(Registration("frozen.resident", PASSWORD, PASSWORD, pack.security_questions[0],
                                             "blue heron", Contact(first_name="Ada", last_name="Rivers",
                                                                   phone="2035550123", email="ada@example.com")),
                                pack.policy("terms", kiosk.now().date()))
        for _ in range(max(args.repeats, 1)):
            sign_in(bench, frozen, "frozen.resident")
            send(bench, frozen)
            search(bench, frozen, "12 main street")
        settings = kiosk.prepared.settings
        limits = {"database_connect_seconds": settings.database_connect_seconds,
                  "database_statement_seconds": settings.database_statement_seconds}
    finally:
        bench.kiosk.shutdown()
        bench.settle()
    slowest = max(max(samples) for samples in frozen.samples.values())
    print(RESULT_PREFIX + json.dumps({KEY: slowest, "details": {
        "seconds": frozen.samples, "recovered_after_thaw": frozen.recovered, **limits}}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
