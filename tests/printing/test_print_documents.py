# SPDX-License-Identifier: Apache-2.0
"""Policy notices read back with pypdf, as a resident's printout would read."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from kiosk.printing.documents import SAMPLE_BANNER, render_policy_notice
from kiosk.printing.layout import ROLL_80MM, Furniture, body_styles, build_pdf

LONG_BODY = "# Privacy Policy\n\n" + "\n\n".join(
    f"## Section {i}\n\nThe town keeps what you give it only as long as the law asks. " * 3 for i in range(40))


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_header_footer_and_metadata(notice_pdf):
    pdf = notice_pdf("# Notice\n\nThe town respects your privacy.\n")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "Privacy Policy"
    assert pdf.startswith(b"%PDF-")
    assert [round(float(v)) for v in reader.pages[0].mediabox.upper_right] == [612, 792]  # US Letter
    text = flat(reader.pages[0].extract_text())
    for expected in ("Westport, CT", "Privacy Policy", "Version 2.1", "Effective January 31, 2024",
                     "Page 1 of 1", "Printed May 1, 2024, 10:03 AM at kiosk lobby-1", "The town respects your privacy."):
        assert expected in text


def test_markdown_structure_prints_as_text(notice_pdf):
    body = """# Your data

Some **bold words** and *slanted words* and `code`, see [the law](https://law.example/x).

- first bullet
- second bullet
  1. inner one
  2. inner two

3. third step
4. fourth step

> quoted

| Record | Kept |
|---|---:|
| Form | 90 days |

---

    indented code
"""
    text = flat(pages(notice_pdf(body))[0])
    for expected in ("Your data", "bold words", "slanted words", "code", "the law (https://law.example/x)",
                     "first bullet", "second bullet", "inner one", "inner two", "3.", "third step", "4.",
                     "quoted", "Record", "90 days", "indented code"):
        assert expected in text, expected
    assert "**" not in text and "| Record" not in text


def test_markup_characters_survive_as_text(notice_pdf):
    # (A Markdown entity such as &amp; is Markdown's to decode, so it is not tested here.)
    text = flat(pages(notice_pdf("Beware <script>& of <b>tags</b> & <br/> <font x='1'>.\n\n## A <h> & B\n"))[0])
    assert "Beware <script>& of <b>tags</b> & <br/> <font x='1'>." in text
    assert "A <h> & B" in text


def test_long_document_numbers_every_page(notice_pdf):
    texts = pages(notice_pdf(LONG_BODY))
    total = len(texts)
    assert total >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
        assert "Westport, CT" in text and "Version 2.1" in text
    joined = flat(" ".join(texts))
    assert "Section 0" in joined and "Section 39" in joined


def test_sample_banner_only_for_sample_text(notice_pdf):
    assert SAMPLE_BANNER == "SAMPLE TEXT \u2013 not adopted by the town"
    sample = pages(notice_pdf(LONG_BODY, sample=True))
    assert all("SAMPLE TEXT" in t and "not adopted by the town" in t for t in sample)
    assert not any("SAMPLE TEXT" in t for t in pages(notice_pdf(LONG_BODY, sample=False)))


def test_same_notice_gives_same_bytes(notice_pdf):
    assert notice_pdf(LONG_BODY) == notice_pdf(LONG_BODY)


@pytest.mark.parametrize("when", [dt.datetime(2024, 5, 1, 18, 3, tzinfo=dt.UTC),
                                  dt.datetime(2024, 5, 1, 18, 3)], ids=["aware", "naive-utc"])
def test_footer_gives_the_town_time(notice, when):
    text = flat(pages(render_policy_notice(notice(printed_at=when)))[0])
    assert "Printed May 1, 2024, 2:03 PM at kiosk lobby-1" in text
    assert "Effective January 31, 2024" in text


def test_layout_serves_a_receipt_roll():
    styles = body_styles(ROLL_80MM)
    story = [Paragraph(f"Line {i} of a receipt & more", styles["body"]) for i in range(60)]
    furniture = Furniture(heading="Town of Westport, CT", details=("Receipt 42",),
                          footer="Printed 2024-05-01 14:03 at kiosk lobby-with-a-long-name-1")
    reader = PdfReader(io.BytesIO(build_pdf(story, furniture, title="Receipt", page=ROLL_80MM)))
    assert round(float(reader.pages[0].mediabox.width)) == round(80 * mm)
    total = len(reader.pages)
    assert total >= 2
    assert all(f"Page {n} of {total}" in p.extract_text() for n, p in enumerate(reader.pages, start=1))
    assert reader.metadata.title == "Receipt"


def test_oversized_table_cell_splits_across_pages(notice_pdf):
    body = "| Record | Rule |\n|---|---|\n| Forms | " + "kept ninety days " * 700 + "|\n| Last | row |\n"
    texts = pages(notice_pdf(body))
    assert len(texts) >= 2 and "row" in texts[-1]


_MARKDOWN_BITS = st.sampled_from(["# ", "## ", "- ", "1. ", "> ", "**", "*", "`", "```\n", "| a | b |\n|---|---|\n",
                                  "[x](y)", "<b>", "&", "&amp;", "\n", "\n\n", "    ", "\\", "---\n", "\u00e9\u2014\u201c"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(_MARKDOWN_BITS, st.text(max_size=30)), max_size=40))
def test_any_markdown_prints(notice, parts):
    reader = PdfReader(io.BytesIO(render_policy_notice(notice("".join(parts)))))
    assert "Page 1 of" in reader.pages[0].extract_text()
