# SPDX-License-Identifier: Apache-2.0
"""Whether read-aloud would work here: `python -m kiosk.ui.speech_probe [ENGINE]` prints one JSON line.

Run by `kiosk-admin doctor` in a process of its own: a speech plug-in may hang on D-Bus or crash,
and kiosk-admin stays Qt-free. Constructing the engine is the test, not being listed: Qt lists the
speechd plug-in even when libspeechd2 is missing, and only the engine's state() then says Error.
"""

from __future__ import annotations

import json
import sys

READY_WAIT_MS = 3000      # an engine may finish its start-up in the event loop


def probe(engine: str) -> dict[str, object]:
    try:
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:       # QtTextToSpeech links Qt Multimedia, which needs libpulse
        return {"engines": [], "engine": engine, "state": "Error", "error": f"QtTextToSpeech cannot be loaded: {exc}"}
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    engines = list(QTextToSpeech.availableEngines())
    speech = QTextToSpeech(engine) if engine else QTextToSpeech()
    deadline = QDeadlineTimer(READY_WAIT_MS)
    while speech.state() not in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and not deadline.hasExpired():
        app.processEvents()
    state = speech.state()
    return {"engines": engines, "engine": speech.engine() or engine, "state": state.name,
            "error": speech.errorString() if state is QTextToSpeech.State.Error else ""}


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1] if len(sys.argv) > 1 else "")))
