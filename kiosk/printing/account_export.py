# SPDX-License-Identifier: Apache-2.0
"""The readable copy of an account's records export (kiosk.core.assist.AccountExport), for a
public-records request: the same content as the JSON export, on Letter pages.

Pure reportlab, sharing the receipts' fonts and text handling. It says, as the JSON does, that
the password and the security answer are held as one-way hashes and not disclosed.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kiosk.core.assist import AccountExport, export_document
from kiosk.printing.layout import LETTER_PAGE, Furniture, paper_format
from kiosk.printing.receipts import _build, _plain, _Writer

CONTACT_LABELS = (("first_name", "First name"), ("last_name", "Last name"), ("street", "Street"),
                  ("city", "City"), ("state", "State"), ("zip_code", "ZIP code"), ("phone", "Phone"),
                  ("email", "E-mail"))


def render_account_export(export: AccountExport, timezone: str) -> bytes:
    w = _Writer(LETTER_PAGE)
    fmt = paper_format(timezone)
    doc = export_document(export)
    r, view = export.records, export.records.view

    def when(moment: object) -> str:
        return fmt.moment(moment) if moment is not None else ""  # type: ignore[arg-type]

    story: list[Flowable] = [
        w.para(f"Records held about the account {w.t(view.username)}", w.title),
        w.para(f"Prepared {w.t(when(export.generated_at))} by {w.t(export.generated_by)} for a public-records request."),
        w.para("Account", w.heading),
        w.fields([("User name", view.username), ("Account number", str(view.account_id)),
                  ("Created", when(view.created_at)), ("Last changed", when(r.updated_at)),
                  ("Closed", when(view.closed_at) or "no"), ("Security question", r.security_question),
                  ("Temporary password waiting to be changed", "yes" if view.must_change_password else "no"),
                  ("Locked after failed sign-ins until", when(view.locked_until) or "not locked"),
                  ("Failed sign-ins still counting", str(r.failed_sign_ins))]),
        w.para("Contact details", w.heading),
        w.fields([(label, getattr(view.contact, name)) for name, label in CONTACT_LABELS]),
        w.para("Licenses", w.heading),
    ]
    story += ([w.fields([(lic.kind, f"{lic.number} ({lic.state})") for lic in view.licences])] if view.licences
              else [w.para("None.")])
    story.append(w.para("Terms accepted", w.heading))
    story += [w.fields([(f"{a.doc_id} {a.version}", f"{when(a.accepted_at)} at {a.kiosk_id}, text SHA-256 {a.sha256[:16]}…")
                        for a in r.acceptances])] if r.acceptances else [w.para("None.")]
    story.append(w.para(f"Messages sent to the town ({len(r.submissions)})", w.heading))
    if not r.submissions:
        story.append(w.para("None."))
    for item in r.submissions:
        rec, sub = item.record, item.record.submission
        story.append(w.para(f"<b>{w.t(rec.reference)}</b>: {w.t(sub.form_title)}, to {w.t(sub.department_name)}"))
        rows = [("Sent", when(rec.created_at)), ("Status", rec.status)]
        if sub.sender is not None:
            rows.append(("Reply to", ", ".join(x for x in (sub.sender.name, sub.sender.email, sub.sender.phone) if x)))
        rows += [(a.label, a.value) for a in sub.answers]
        rows += [(f"History {h.status}", f"{when(h.at)}{': ' + h.note if h.note else ''}") for h in rec.history]
        rows += [(f"Delivery {d.channel.value}", f"{d.state.value}, {d.attempts} attempt(s)") for d in item.deliveries]
        story.append(w.fields(rows))
    story.append(w.para("Held but not disclosed", w.heading))
    story += w.boxed([w.t(doc["withheld"]["statement"])])
    furniture = Furniture(heading=_plain(export.town_name or "Town Hall Kiosk"),
                          details=(f"Account records: {_plain(view.username)}",),
                          footer=_plain(f"Prepared {when(export.generated_at)} by {export.generated_by}"))
    return _build(story, furniture, LETTER_PAGE, title="Account records",
                  subject=f"Account records {_plain(view.username)}")
