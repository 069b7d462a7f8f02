# SPDX-License-Identifier: Apache-2.0
"""Whether a policy's Markdown shows the same on the kiosk's screen and on its printout.

Two renderers read a policy: the screen's QTextBrowser (Qt's Markdown, GitHub dialect, which
renders raw HTML and would try to load pictures) and the printout (kiosk.printing.markdown_pdf:
CommonMark with tables and strikethrough, raw HTML printed as the text it is, a picture as
"[image: ...]"). What both render alike is allowed; raw HTML and pictures are refused, since a
resident would read one thing on the screen and take home another. Parsed with markdown-it, the
printout's own parser, so what passes here is what gets printed.
"""

from __future__ import annotations

import enum

from markdown_it import MarkdownIt

MAX_CHARACTERS = 200_000          # the longest pack policy is under 20,000
_PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
_TEXT_BLOCKS = {"paragraph_open", "heading_open", "bullet_list_open", "ordered_list_open", "table_open"}


class MarkdownProblem(enum.Enum):
    EMPTY = "empty"                        # no text to read
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control"         # NUL, escape codes...: not text a person typed
    FRONT_MATTER = "front_matter"          # a pack file's +++ block: give version, date, summary apart
    RAW_HTML = "raw_html"
    IMAGE = "image"


def normalised(text: str) -> str:
    """Line ends made plain, no trailing spaces at the end, one final newline (as the pack's files)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip() + "\n"


def markdown_problem(text: str) -> tuple[MarkdownProblem, str] | None:
    """The first reason ``text`` cannot be published, with where (a line number or a snippet); None: fine."""
    body = normalised(text)
    if not body.strip():
        return MarkdownProblem.EMPTY, ""
    if len(body) > MAX_CHARACTERS:
        return MarkdownProblem.TOO_LONG, f"{len(body)} characters, at most {MAX_CHARACTERS}"
    for number, line in enumerate(body.splitlines(), start=1):
        if any(not ch.isprintable() and ch != "\t" for ch in line):
            return MarkdownProblem.CONTROL_CHARACTERS, f"line {number}"
    if body.startswith("+++"):
        return MarkdownProblem.FRONT_MATTER, "line 1"
    tokens = _PARSER.parse(body)
    for token in tokens:
        line = f"line {token.map[0] + 1}" if token.map else ""
        if token.type == "html_block":
            return MarkdownProblem.RAW_HTML, line
        for child in token.children or ():
            if child.type == "html_inline":
                return MarkdownProblem.RAW_HTML, f"{line}: {child.content}".strip(": ")
            if child.type == "image":
                return MarkdownProblem.IMAGE, line
    if not any(t.type in _TEXT_BLOCKS for t in tokens):
        return MarkdownProblem.EMPTY, ""
    return None
