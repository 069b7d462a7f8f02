# SPDX-License-Identifier: Apache-2.0
"""Editing a licensed professional's licences: one row each (type, number, issuing state)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.accounts import FieldError, Licence
from kiosk.ui.messages import field_error
from kiosk.ui.screens.base import button, set_text
from kiosk.ui.widgets.form import FormField

MAX_LICENCES = 5


class LicenceRow(QWidget):
    removed = Signal(object)

    def __init__(self, index: int, types: tuple[str, ...], state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"licence{index}")
        self.kind = FormField(f"licence{index}_kind", "choice", choices=types)
        self.number = FormField(f"licence{index}_number", max_length=30)
        self.state = FormField(f"licence{index}_state", max_length=2)
        self.state.set_value(state)
        self.remove = button(f"licence{index}_remove")
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind, 3)
        row.addWidget(self.number, 3)
        row.addWidget(self.state, 1)
        row.addWidget(self.remove)

    def retranslate(self, n: int) -> None:
        self.kind.set_caption(self.tr("License type"), "")
        self.number.set_caption(self.tr("License number"), "")
        self.state.set_caption(self.tr("Issuing state"), "")
        set_text(self.remove, self.tr("Remove"), self.tr("Remove license {n}").format(n=n))

    def licence(self) -> Licence:
        return Licence(self.kind.value(), self.number.value(), self.state.value())

    def show_errors(self, errors: dict[str, FieldError]) -> None:
        for part, field in (("kind", self.kind), ("number", self.number), ("state", self.state)):
            if part in errors:
                field.show_error(field_error(errors[part]))


class LicenceEditor(QWidget):
    """Zero or more licences; starts empty (the step is optional)."""

    def __init__(self, types: tuple[str, ...], town_state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licenceEditor")
        self.types, self.town_state = types, town_state
        self.rows: list[LicenceRow] = []
        self._count = 0
        self.add = button("licenceAdd")
        self.add.clicked.connect(lambda: self.add_row())
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.add)
        self.retranslate()

    def add_row(self, licence: Licence | None = None) -> LicenceRow:
        self._count += 1
        row = LicenceRow(self._count, self.types, licence.state if licence else self.town_state)
        if licence is not None:
            row.kind.set_value(licence.kind)
            row.number.set_value(licence.number)
        row.removed.connect(self._remove)
        self.rows.append(row)
        self.column.insertWidget(len(self.rows) - 1, row)
        self.retranslate()
        return row

    def set_licences(self, licences: tuple[Licence, ...]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for licence in licences:
            self.add_row(licence)

    def licences(self) -> tuple[Licence, ...]:
        return tuple(row.licence() for row in self.rows)

    def show_errors(self, errors: dict[str, FieldError]) -> None:
        """Errors keyed 'licences.<i>.<part>' (i from 0) go to their row."""
        for i, row in enumerate(self.rows):
            prefix = f"licences.{i}."
            row.show_errors({k[len(prefix):]: v for k, v in errors.items() if k.startswith(prefix)})

    def retranslate(self) -> None:
        set_text(self.add, self.tr("Add a license") if not self.rows else self.tr("Add another license"))
        self.add.setVisible(len(self.rows) < MAX_LICENCES)
        for n, row in enumerate(self.rows, 1):
            row.retranslate(n)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _remove(self, row: LicenceRow) -> None:
        self.rows.remove(row)
        self.column.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.retranslate()
