# SPDX-License-Identifier: Apache-2.0
"""Markdown (CommonMark plus tables) turned into reportlab flowables.

Raw HTML is off, so ``<script>`` in a policy prints as the text it is; every text run is
escaped before it reaches reportlab's Paragraph markup.
"""

from __future__ import annotations

from typing import Any, Literal

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Indenter, ListFlowable, ListItem, Paragraph, Preformatted, Table, TableStyle

from kiosk.printing.layout import BOLD, FONT, MONO, text

_PARSER = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
_INLINE_TAGS = {"strong": "b", "em": "i", "s": "strike"}
_ALIGN: dict[str, Literal[0, 1, 2]] = {"text-align:center": TA_CENTER, "text-align:right": TA_RIGHT}


def markdown_flowables(source: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Flowables for ``source``; ``styles`` as made by :func:`kiosk.printing.layout.body_styles`."""
    return _Renderer(styles).blocks(SyntaxTreeNode(_PARSER.parse(source)).children, depth=0)


def inline_markup(node: SyntaxTreeNode) -> str:
    """reportlab Paragraph markup for one inline node and its children."""
    if node.type == "text":
        return text(node.content)
    if node.type == "softbreak":
        return " "
    if node.type == "hardbreak":
        return "<br/>"
    if node.type == "code_inline":
        return f'<font face="{MONO}">{text(node.content)}</font>'
    if node.type == "image":
        return text(f"[image: {node.content or node.attrs.get('src', '')}]")
    inner = "".join(inline_markup(child) for child in node.children)
    if node.type in _INLINE_TAGS:
        tag = _INLINE_TAGS[node.type]
        return f"<{tag}>{inner}</{tag}>"
    if node.type == "link":
        href = str(node.attrs.get("href", ""))
        plain = "".join(c.content for c in node.walk() if c.type == "text")
        shown = href.removeprefix("mailto:")
        return inner if not href or shown == plain else f"{inner} ({text(shown)})"
    if node.type == "html_inline":
        return text(node.content)
    return inner


class _Renderer:
    def __init__(self, styles: dict[str, ParagraphStyle]) -> None:
        self.styles = styles
        body = styles["body"]
        self.item_style = ParagraphStyle("item", body, spaceAfter=body.fontSize * 0.25)
        self.indent = body.fontSize * 1.6

    def blocks(self, nodes: list[SyntaxTreeNode], depth: int, style: ParagraphStyle | None = None) -> list[Flowable]:
        out: list[Flowable] = []
        for node in nodes:
            out.extend(self.block(node, depth, style or self.styles["body"]))
        return out

    def block(self, node: SyntaxTreeNode, depth: int, style: ParagraphStyle) -> list[Flowable]:
        kind = node.type
        if kind == "heading":
            return [Paragraph(self.inline(node), self.styles[node.tag])]
        if kind == "paragraph":
            return [Paragraph(self.inline(node), style)]
        if kind in ("bullet_list", "ordered_list"):
            return [self.list_block(node, depth)]
        if kind == "blockquote":
            return [Indenter(left=self.indent), *self.blocks(node.children, depth, style),
                    Indenter(left=-self.indent)]
        if kind in ("code_block", "fence"):
            return [Preformatted(node.content.rstrip("\n"), self.styles["mono"])]
        if kind == "hr":
            return [HRFlowable(width="100%", thickness=0.6, color=colors.grey,
                               spaceBefore=style.fontSize * 0.4, spaceAfter=style.fontSize * 0.8)]
        if kind == "table":
            return [self.table(node)]
        if kind == "html_block":
            return [Paragraph(text(node.content), style)]
        return self.blocks(node.children, depth, style)

    def inline(self, node: SyntaxTreeNode) -> str:
        return "".join(inline_markup(child) for child in node.children)

    def list_block(self, node: SyntaxTreeNode, depth: int) -> ListFlowable:
        body = self.styles["body"]
        items = [ListItem(self.blocks(item.children, depth + 1, self.item_style) or [Paragraph("", body)])
                 for item in node.children]
        common: dict[str, Any] = {"leftIndent": self.indent, "bulletFontName": body.fontName, "bulletFontSize": body.fontSize,
                                  "spaceAfter": body.spaceAfter if depth == 0 else 0}
        # The stubs' ListFlowable takes flowables only; reportlab's takes ListItems too (hence the ignores).
        if node.type == "ordered_list":
            start = int(node.attrs.get("start", 1))
            return ListFlowable(items, bulletType="1", start=start, bulletFormat="%s.", **common)  # type: ignore[arg-type]
        return ListFlowable(items, bulletType="bullet",  # type: ignore[arg-type]
                            start="\u2022" if depth == 0 else "\u2013", **common)

    def table(self, node: SyntaxTreeNode) -> Table:
        rows: list[list[Paragraph | str]] = []
        header_rows = 0
        for section in node.children:
            for row in section.children:
                cells: list[Paragraph | str] = []
                for cell in row.children:
                    style = ParagraphStyle(
                        "cell", self.styles["body"], spaceAfter=0, fontName=BOLD if cell.type == "th" else FONT,
                        alignment=_ALIGN.get(str(cell.attrs.get("style", "")), TA_LEFT))
                    cells.append(Paragraph(self.inline(cell), style))
                rows.append(cells)
                header_rows += section.type == "thead"
        columns = max(len(r) for r in rows)
        rows = [r + [""] * (columns - len(r)) for r in rows]
        table = Table(rows, colWidths=[f"{100 / columns:.4f}%"] * columns, repeatRows=header_rows, hAlign="LEFT",
                      splitInRow=1)
        commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header_rows:
            commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")))
        table.setStyle(TableStyle(commands))
        table.spaceAfter = self.styles["body"].spaceAfter
        return table
