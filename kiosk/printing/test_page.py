# SPDX-License-Identifier: Apache-2.0
"""The test page staff print from the console ("Run the kiosk"): which kiosk, when, and shapes
that show whether the printer's edges, lines and greys come out. No personal data."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas


def render_test_page(town: str, kiosk_id: str, when: str) -> bytes:
    """A letter page; ``when`` is already written in the town's time."""
    out = io.BytesIO()
    width, height = letter
    pdf = Canvas(out, pagesize=letter, pageCompression=1)
    pdf.setTitle("Test page")
    pdf.setAuthor(town)
    pdf.setFont("Helvetica-Bold", 24)
    pdf.drawString(72, height - 96, "Printer test page")
    pdf.setFont("Helvetica", 13)
    for i, line in enumerate((town, f"Kiosk: {kiosk_id}", f"Printed: {when}",
                              "If you can read this, the kiosk's printer works.")):
        pdf.drawString(72, height - 130 - 20 * i, line)
    pdf.setLineWidth(2)
    pdf.rect(36, 36, width - 72, height - 72)              # the half-inch margin every printer reaches
    for i, grey in enumerate((0.0, 0.25, 0.5, 0.75)):
        pdf.setFillGray(grey)
        pdf.rect(72 + 110 * i, height - 320, 90, 90, stroke=0, fill=1)
    pdf.setFillGray(0)
    for i in range(1, 6):
        pdf.setLineWidth(i * 0.5)
        pdf.line(72, height - 360 - 18 * i, width - 72, height - 360 - 18 * i)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
