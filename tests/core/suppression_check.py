# SPDX-License-Identifier: Apache-2.0
"""An independent check that a published table gives no small count away, for every test of a published
figure (the dashboard, the CSV export, the PDF): it plays the reader and enumerates tables.

The reader knows every shown figure, that each line adds up to its total, that "fewer than k" means 1..k-1
(zeros are shown), that a withheld one is at least 1, and that a complement is at least k (a stronger reader
than a real one, who sees "not shown" for both). A hidden small count is safe when two
tables the reader cannot tell apart differ in it. Alternatives are looked for within one of the true value
for every hidden cell: if any alternative exists, one that close does too (the difference of two tables
splits into cycles of +1/-1 steps), and the small box keeps the enumeration quick.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from kiosk.core.suppression import Figure, PublishedSeries, PublishedTable, Reason, Suppressed


def assert_protected(counts: Sequence[Sequence[int]], published: PublishedTable) -> None:
    """Fail naming the first small count a reader can work out exactly."""
    k = published.k
    rows, cols = len(counts), len(counts[0])
    figures = {(i, j): published.cells[i][j] for i in range(rows) for j in range(cols)}
    figures |= {(i, cols): published.row_totals[i] for i in range(rows)}
    figures |= {(rows, j): published.column_totals[j] for j in range(cols)}
    figures[(rows, cols)] = published.total
    unknown = [(i, j) for i in range(rows) for j in range(cols) if isinstance(figures[(i, j)], Suppressed)]
    seen = _values_seen(counts, figures, unknown, k)
    small = sorted(e for e, f in figures.items() if isinstance(f, Suppressed) and f.reason is not Reason.COMPLEMENT)
    for e in small:
        assert len(seen[e]) >= 2, f"{e} (true value {_true(counts, e)}) can be worked out from the published table"


def assert_series_protected(counts: Sequence[int], published: PublishedSeries) -> None:
    k, cols = published.k, len(counts)
    figures: dict[tuple[int, int], Figure] = {(0, j): published.values[j] for j in range(cols)}
    figures[(0, cols)] = published.total
    unknown = [(0, j) for j in range(cols) if isinstance(figures[(0, j)], Suppressed)]
    seen = _values_seen([counts], figures, unknown, k, columns_published=False)
    for e, f in figures.items():
        if isinstance(f, Suppressed) and f.reason is not Reason.COMPLEMENT:
            assert len(seen[e]) >= 2, f"day {e[1]} (true value {_true([counts], e)}) can be worked out"


def _values_seen(counts: Sequence[Sequence[int]], figures: dict[tuple[int, int], Figure],
                 unknown: list[tuple[int, int]], k: int, columns_published: bool = True) -> dict[tuple[int, int], set[int]]:
    """Every value each entry takes over the tables the reader cannot rule out (within one of the truth)."""
    rows, cols = len(counts), len(counts[0])
    seen: dict[tuple[int, int], set[int]] = {e: set() for e in figures}
    choices = [range(max(0, counts[i][j] - 1), counts[i][j] + 2) for i, j in unknown]
    for guess in itertools.product(*choices):
        table = [list(line) for line in counts]
        for (i, j), value in zip(unknown, guess, strict=True):
            table[i][j] = value
        entries = {(i, j): table[i][j] for i in range(rows) for j in range(cols)}
        entries |= {(i, cols): sum(table[i]) for i in range(rows)}
        if columns_published:
            entries |= {(rows, j): sum(line[j] for line in table) for j in range(cols)}
            entries[(rows, cols)] = sum(map(sum, table))
        if all(_consistent(figures[e], n, k) for e, n in entries.items()):
            for e, n in entries.items():
                seen[e].add(n)
    return seen


def _consistent(figure: Figure, value: int, k: int) -> bool:
    if not isinstance(figure, Suppressed):
        return figure == value
    if figure.reason is Reason.SMALL:
        return 1 <= value < k
    return value >= (1 if figure.reason is Reason.WITHHELD else k)


def _true(counts: Sequence[Sequence[int]], e: tuple[int, int]) -> int:
    i, j = e
    if i < len(counts) and j < len(counts[0]):
        return counts[i][j]
    if i < len(counts):
        return sum(counts[i])
    return sum(line[j] for line in counts) if j < len(counts[0]) else sum(map(sum, counts))
