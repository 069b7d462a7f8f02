# SPDX-License-Identifier: Apache-2.0
"""One version of a policy, read as the resident reads it: its Markdown rendered as the residents'
Privacy & terms screen renders it (kiosk.ui.widgets.document_view), and, where there is a version
before it, what changed, marked Added and Removed paragraph by paragraph as the new-terms screen
marks it (kiosk.core.policy_diff)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.policies import PolicyDocument
from kiosk.core.policy_diff import Change, diff_paragraphs
from kiosk.ui.screens.base import button, label, set_text
from kiosk.ui.widgets.document_view import DocumentView


class PolicyText(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.heading = label("subtitle", f"{name}Heading")
        self.whole = button(f"{name}Whole")
        self.changes = button(f"{name}Changes")
        for choose in (self.whole, self.changes):
            choose.setCheckable(True)
            choose.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.whole.clicked.connect(lambda: self._show(marked=False))
        self.changes.clicked.connect(lambda: self._show(marked=True))
        self.view = DocumentView()
        self.view.setObjectName(f"{name}View")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.whole)
        row.addWidget(self.changes)
        row.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addLayout(row)
        column.addWidget(self.view)
        self._doc: PolicyDocument | None = None
        self._before: PolicyDocument | None = None
        self._marked = False
        self.retranslate()

    def show_document(self, doc: PolicyDocument, before: PolicyDocument | None, heading: str) -> None:
        """``doc``, whole; ``before``: the version it follows (None: the first), for what changed."""
        self._doc, self._before = doc, before
        set_text(self.heading, heading)
        self.changes.setVisible(before is not None)
        self._show(marked=False)

    def showing_changes(self) -> bool:
        return self._marked

    def _show(self, marked: bool) -> None:
        doc = self._doc
        if doc is None:
            return
        self._marked = marked and self._before is not None
        self.whole.setChecked(not self._marked)
        self.changes.setChecked(self._marked)
        before = self._before
        self.view.show_markdown(self._marked_markdown(before.body_markdown, doc.body_markdown)
                                if self._marked and before is not None else doc.body_markdown)
        self.retranslate()

    def _marked_markdown(self, old: str, new: str) -> str:
        added, removed = self.tr("Added:"), self.tr("Removed:")
        parts = []
        for paragraph in diff_paragraphs(old, new):
            text = paragraph.text.replace("~", "\\~")
            if paragraph.change is Change.ADDED:
                parts.append(f"**{added}** {text}")
            elif paragraph.change is Change.REMOVED:
                parts.append(f"**{removed}** ~~{text}~~")
            else:
                parts.append(text)
        return "\n\n".join(parts)

    def retranslate(self) -> None:
        set_text(self.whole, self.tr("The whole text"))
        before = self._before
        set_text(self.changes, self.tr("What changed since version {version}").format(
            version=before.version if before is not None else ""))
        doc = self._doc
        self.view.setAccessibleName(self.tr("Text of version {version}").format(version=doc.version if doc else "")
                                    if not self._marked else self.tr("What changed in version {version}").format(
                                        version=doc.version if doc else ""))
