# SPDX-License-Identifier: Apache-2.0
"""Contact the town: what a resident can send, from the town pack's forms (never from code).

A form for "a question for a department" is offered once per department of the pack. Before
anything is typed, the screen says what happens to a message: used to answer and to see trends,
perhaps passed on, perhaps a public record, not legal notice, and cancellable until sent.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.core.forms import CHOOSE_DEPARTMENT, FormSpec
from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, button, label, set_text

# Icons for the forms the shipped packs have; any other form gets the envelope.
FORM_ICONS = {"contact": "message-square", "problem": "triangle-alert", "records": "file-search", "feedback": "star"}
TWO_COLUMNS_EM = 50


class ContactScreen(Screen):
    screen_id = "contact"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = label("", "contactIntro")
        self.promises = label("notice", "contactPromises")
        self.none = label("notice", "contactNone")
        self.departments_caption = label("subtitle", "contactDepartmentsCaption")
        self.forms = [f for f in ctx.pack.forms if f.department != CHOOSE_DEPARTMENT]
        self.question = next((f for f in ctx.pack.forms if f.department == CHOOSE_DEPARTMENT), None)
        self.form_buttons = {f.form_id: button(f"contact_{f.form_id}", "tile") for f in self.forms}
        for form_id, widget in self.form_buttons.items():
            widget.set_title_style(bold_first_line=False)
            widget.set_icon_name(FORM_ICONS.get(form_id, "mail"), 1.8)
        self.department_buttons = {d.dept_id: button(f"contact_department_{d.dept_id}")
                                   for d in (ctx.pack.departments if self.question else ())}
        for form in self.forms:
            self.form_buttons[form.form_id].clicked.connect(
                lambda _=False, f=form.form_id: self.opened.emit("contact_form", (f, None)))
        for dept_id, widget in self.department_buttons.items():
            widget.clicked.connect(lambda _=False, d=dept_id: self.opened.emit(
                "contact_form", (self.question.form_id, d)))  # type: ignore[union-attr]
        self.tiles = QGridLayout()
        self.tiles.setSpacing(16)
        self.departments = QGridLayout()
        self.departments.setSpacing(12)
        self._columns = 0
        layout = self.column()
        layout.addWidget(self.intro)
        layout.addWidget(self.promises)
        layout.addWidget(self.none)
        layout.addLayout(self.tiles)
        layout.addWidget(self.departments_caption)
        layout.addLayout(self.departments)
        layout.addStretch()
        self._place(2)
        self.none.setVisible(not ctx.pack.forms)
        self.departments_caption.setVisible(bool(self.department_buttons))
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contact the town")

    def _place(self, columns: int) -> None:
        """Two columns where each still holds a readable line, else one."""
        if columns == self._columns:
            return
        self._columns = columns
        for grid, widgets in ((self.tiles, [self.form_buttons[f.form_id] for f in self.forms]),
                              (self.departments, list(self.department_buttons.values()))):
            for widget in widgets:
                grid.removeWidget(widget)
            for i, widget in enumerate(widgets):
                grid.addWidget(widget, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place(2 if self.width() >= TWO_COLUMNS_EM * self.fontMetrics().averageCharWidth() * 2 else 1)



    def retranslate(self) -> None:
        language = self.language()
        set_text(self.intro, self.tr("Choose what you need. You can cancel at any time before you send, and then "
                                     "nothing is kept."))
        set_text(self.promises, self.tr(
            "What you send goes to the town department that can answer it. The town uses it only to answer you and "
            "to see trends, and may pass it to another department or agency better placed to answer. It may become "
            "a public record. A message is not legal notice to the town of a claim. If you do not say who you are, "
            "the town cannot reply."))
        set_text(self.none, self.tr("Messages cannot be sent from this kiosk. For help now: {front_desk}").format(
            front_desk=self.ctx.pack.front_desk))
        for form in self.forms:
            set_text(self.form_buttons[form.form_id], form.title_for(language))
        if self.question is not None:
            set_text(self.departments_caption, self.question.title_for(language))
            for dept in self.ctx.pack.departments:
                set_text(self.department_buttons[dept.dept_id], dept.name,
                         self.tr("Ask the {department} a question").format(department=dept.name))


def form_by_id(forms: tuple[FormSpec, ...], form_id: str) -> FormSpec | None:
    return next((f for f in forms if f.form_id == form_id), None)
