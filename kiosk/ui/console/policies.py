# SPDX-License-Identifier: Apache-2.0
""""Policies": the terms and the privacy policy, version by version. Every staff member reads any
version (the one in force today marked) and sees how many accounts accepted each; a supervisor
also publishes a new version (kiosk.ui.console.policy_editor) and sees who accepted which, and
when (kiosk.ui.console.policy_acceptances).

What a supervisor may do is PolicyService's to decide (it refuses an assistant whatever the screen
shows); the page only leaves out what would be refused. A published version reaches every kiosk
of the database by itself: from its effective date the residents' home screen announces it and
the terms are asked for again (kiosk.core.policy_library).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QVBoxLayout, QWidget

from kiosk.core.policy_library import PolicySource
from kiosk.core.policy_service import PolicyService, PolicyVersion, VersionAcceptances, VersionStatus
from kiosk.core.staff import StaffMember, StaffRole
from kiosk.core.town_format import town_time
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.console.policy_acceptances import AcceptancesView
from kiosk.ui.console.policy_editor import PolicyEditor
from kiosk.ui.console.policy_text import PolicyText
from kiosk.ui.screens.base import label, set_text, show_status
from kiosk.ui.widgets.flow import button_row
from kiosk.ui.widgets.touch_button import TouchRadio

DOCUMENTS = ("terms", "privacy")        # the terms first: the one residents are asked to accept again
VIEWS = ("versions", "publish", "acceptances")


@dataclass(frozen=True, slots=True)
class Loaded:
    """One document as the database holds it now."""

    doc_id: str
    versions: list[PolicyVersion]        # oldest first
    next_version: str
    counts: list[VersionAcceptances]


class PoliciesPage(ConsolePage):
    page_id = "policies"

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, parent)
        self.supervisor = member.role is StaffRole.SUPERVISOR
        self.loaded: Loaded | None = None
        self.doc_id = DOCUMENTS[0]
        self.heading = label("title", "policiesHeading")
        self.status = label("status", "policiesStatus")
        self.documents = {doc_id: _radio(f"policiesDocument_{doc_id}") for doc_id in DOCUMENTS}
        self.views = {view: _radio(f"policiesView_{view}") for view in VIEWS}
        _group(self, self.documents.values())
        _group(self, self.views.values())
        for doc_id, choose in self.documents.items():
            choose.clicked.connect(lambda _=False, d=doc_id: self.choose_document(d))
        for view, choose in self.views.items():
            choose.clicked.connect(lambda _=False, v=view: self.show_view(v))
        # -- versions
        self.versions_box = QWidget()
        self.versions_box.setObjectName("policiesVersions")
        self.versions_heading = label("subtitle", "policiesVersionsHeading")
        self.version_rows = QVBoxLayout()
        self.version_rows.setSpacing(8)
        self._version_group = QButtonGroup(self)
        self.version_buttons: dict[str, TouchRadio] = {}
        self.reading = PolicyText("policiesReading")
        self.reading.hide()
        column = QVBoxLayout(self.versions_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.versions_heading)
        column.addLayout(self.version_rows)
        column.addWidget(self.reading)
        # -- publishing (supervisors) and acceptances
        self.editor = PolicyEditor(ctx, self.actor)
        self.editor.published.connect(self._on_published)
        self.acceptances = AcceptancesView(ctx, self.actor, may_see_names=self.supervisor)

        layout = self.column()
        layout.addWidget(self.heading)
        layout.addWidget(button_row(*self.documents.values()))
        layout.addWidget(button_row(*self.views.values()))
        layout.addWidget(self.status)
        layout.addWidget(self.versions_box)
        layout.addWidget(self.editor)
        layout.addWidget(self.acceptances)
        layout.addStretch()
        self.views["publish"].setVisible(self.supervisor)     # the service refuses an assistant anyway
        self.status.hide()
        self.documents[self.doc_id].setChecked(True)
        self.show_view("versions")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Policies")

    @property
    def service(self) -> PolicyService:
        assert self.ctx.policies is not None        # the page is listed only where there is one
        return self.ctx.policies

    def enter(self) -> None:
        if self.ctx.policies is None:       # a console built without the policies (no database of them)
            show_status(self.status, self.tr("The policies cannot be read here."), error=True)
            return
        self.load()

    # -- loading ---------------------------------------------------------------------------------

    def load(self, then_read: str | None = None, then_say: str = "") -> None:
        """The chosen document's versions, next number and counts, read afresh (another kiosk may
        have published); ``then_read``: the version to open once they are in, ``then_say`` what
        to say then."""
        service, doc_id = self.service, self.doc_id

        def work() -> Loaded:
            versions = service.versions(doc_id)
            return Loaded(doc_id, versions, service.next_version(doc_id), service.acceptance_counts(doc_id))

        def done(loaded: Loaded) -> None:
            self._show_loaded(loaded, then_read)
            show_status(self.status, then_say)

        self.in_background(work, done, self.status,
                           busy=tuple(self.documents.values()), waiting=self.tr("Reading the policies…"))

    def _show_loaded(self, loaded: Loaded, then_read: str | None) -> None:
        if loaded.doc_id != self.doc_id:
            return                      # another document was chosen meanwhile: its answer follows
        self.loaded = loaded
        for choose in self.version_buttons.values():
            self._version_group.removeButton(choose)
            choose.deleteLater()
        self.version_buttons = {}
        for ver in reversed(loaded.versions):         # the newest first
            number = ver.document.version
            choose = _radio(f"policiesVersion_{number}")
            choose.set_title_style()
            choose.clicked.connect(lambda _=False, n=number: self.read(n))
            self._version_group.addButton(choose)
            self.version_rows.addWidget(choose)
            self.version_buttons[number] = choose
        self.editor.show_document(loaded, self.today())
        self.acceptances.show_document(loaded)
        self.retranslate()
        in_force = next((v.document.version for v in loaded.versions if v.status is VersionStatus.IN_FORCE), None)
        chosen = then_read if then_read is not None and then_read in self.version_buttons else in_force
        if chosen is not None:
            self.read(chosen)

    # -- choosing --------------------------------------------------------------------------------

    def choose_document(self, doc_id: str) -> None:
        if doc_id == self.doc_id and self.loaded is not None:
            return
        self.doc_id = doc_id
        self.documents[doc_id].setChecked(True)
        self.reading.hide()
        self.load()

    def show_view(self, view: str) -> None:
        if view == "publish" and not self.supervisor:
            return
        self.views[view].setChecked(True)
        self.versions_box.setVisible(view == "versions")
        self.editor.setVisible(view == "publish")
        self.acceptances.setVisible(view == "acceptances")

    def read(self, number: str) -> None:
        """Open version ``number`` of the chosen document below the list."""
        loaded = self.loaded
        if loaded is None:
            return
        index = next(i for i, v in enumerate(loaded.versions) if v.document.version == number)
        ver = loaded.versions[index]
        before = loaded.versions[index - 1].document if index > 0 else None
        self.version_buttons[number].setChecked(True)
        doc = ver.document
        self.reading.show_document(doc, before, self.tr("{title}, version {version}").format(
            title=doc.title, version=doc.version))
        self.reading.show()
        self.acceptances.choose_version(number)

    def _on_published(self, ver: PolicyVersion) -> None:
        self.show_view("versions")
        self.load(then_read=ver.document.version, then_say=self.tr(
            "Version {version} is published. It takes effect on {date}; every kiosk shows it from then.").format(
                version=ver.document.version, date=self.day(ver.document.effective)))

    # -- words -----------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return town_time(self.ctx.now(), self.ctx.pack.timezone).date()

    def day(self, day: dt.date) -> str:
        return self.ctx.town_format().day(day)

    def _version_text(self, ver: PolicyVersion) -> tuple[str, str]:
        """A version's row: what a sighted reader sees (a bold first line) and what is spoken."""
        doc = ver.document
        status = {
            VersionStatus.IN_FORCE: self.tr("in force today"),
            VersionStatus.UPCOMING: self.tr("takes effect later"),
            VersionStatus.SUPERSEDED: self.tr("no longer in force"),
        }[ver.status]
        first = self.tr("Version {version}: {status}").format(version=doc.version, status=status)
        date = self.day(doc.effective)
        lines = [self.tr("Takes effect on {date}").format(date=date) if ver.status is VersionStatus.UPCOMING
                 else self.tr("In force since {date}").format(date=date) if ver.status is VersionStatus.IN_FORCE
                 else self.tr("Took effect on {date}").format(date=date)]
        if doc.changes:
            lines.append(self.tr("What changed: {changes}").format(changes=doc.changes))
        if ver.source is PolicySource.PUBLISHED and ver.published_at is not None:
            lines.append(self.tr("Published by {who} on {date} at {time}").format(
                who=ver.published_by, date=self.day(town_time(ver.published_at, self.ctx.pack.timezone).date()),
                time=self.ctx.town_clock(ver.published_at)))
        else:
            lines.append(self.tr("From the town pack"))
        return "\n".join([first, *lines]), ". ".join([first, *lines])

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        set_text(self.documents["terms"], self.tr("Terms & conditions"))
        set_text(self.documents["privacy"], self.tr("Privacy policy"))
        set_text(self.views["versions"], self.tr("Versions"))
        set_text(self.views["publish"], self.tr("Publish a new version"))
        set_text(self.views["acceptances"], self.tr("Acceptances"))
        set_text(self.versions_heading, self.tr("Every version, the newest first. Tap one to read it."))
        loaded = self.loaded
        if loaded is not None:
            for ver in loaded.versions:
                shown, spoken = self._version_text(ver)
                set_text(self.version_buttons[ver.document.version], shown, spoken)


def _radio(name: str) -> TouchRadio:
    choose = TouchRadio()
    choose.setObjectName(name)
    return choose


def _group(owner: QWidget, buttons: Iterable[QAbstractButton]) -> QButtonGroup:
    group = QButtonGroup(owner)
    for choose in buttons:
        group.addButton(choose)
    return group
