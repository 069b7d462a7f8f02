# SPDX-License-Identifier: Apache-2.0
"""Every reason a field can be refused has plain words of its own, in English and Spanish."""

from __future__ import annotations

from kiosk.core.accounts import FieldError
from kiosk.ui.messages import field_error


def test_every_field_error_has_its_own_message(qapp):
    messages = {error: field_error(error) for error in FieldError}
    assert "Please check this." not in messages.values()
    assert len(set(messages.values())) == len(messages)


def test_field_messages_are_translated(qapp):
    from kiosk.paths import translations_dir
    from kiosk.ui.i18n import TsTranslator

    translator = TsTranslator(translations_dir() / "kiosk_es.ts")
    qapp.installTranslator(translator)
    try:
        assert field_error(FieldError.REQUIRED) == "Complete este campo."
        assert all(field_error(e) != "Revise este campo." for e in FieldError)
    finally:
        qapp.removeTranslator(translator)
