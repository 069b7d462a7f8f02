# SPDX-License-Identifier: Apache-2.0
"""Small-cell suppression for every published statistic: the dashboard, the CSV export and the monthly PDF.

The rule (issue 12, after the CMS cell size suppression policy and state health departments' small-numbers
guidelines): a count of 1 to k-1 visits or messages is published as "fewer than k" (primary suppression),
and further figures are hidden (complementary suppression) until no hidden small count can be worked out
from what is shown, e.g. 60 = 21 + 20 + 17 + X must not reveal X.

Zero is published. A zero identifies nobody, and CMS says so in as many words ("a value of zero does not
violate the minimum cell size policy"); Washington's DOH guidelines likewise suppress "all non-zero counts
which are less than ten". Zeros are not used as complements either: many zeros are structural (the kiosk is
closed at 3 a.m.) and known to every reader, so hiding one protects nothing.

How "cannot be worked out" is checked. A table with its row totals, column totals and grand total is one
(R+1) x (C+1) grid of entries, each line of which sums to its last entry. A reader knows every shown entry,
every line's equation, and what the labels and the rule say about a hidden one: a "fewer than k" entry is
1..k-1 (zeros are shown), and a complement is at least k (every non-zero entry under k is itself small).
A hidden small entry is safe when some other table, consistent with all of that, differs from the true one
in that entry. Such a table exists exactly when a unit step around a cycle of hidden entries (+1, -1, ...,
through rows and columns alternately) keeps every entry within what the reader knows: two tables that differ
decompose into such cycles. So the check is a path search, exact and fast enough for 8 x 25 grids
(weekday x hour: about 30 ms at worst here).

The labels say something too, so they are part of what is protected. Two "fewer than 5" days beside a
shown 8 are both 4; since zeros are shown, two hidden days beside a shown 2 are both 1. The cycle check
catches these like any subtraction. Where no hiding helps (a 2 x 2 table of 1s with a grand total of
"fewer than 5": each cell can only be 1), the largest small count is shown as "not shown" instead of
"fewer than k", which drops the bound that gave the rest away.

What this module cannot see: two tables published side by side over the same visits (visits per day and
visits per weekday) are linked, and a count hidden in one may follow from the other. Callers publish one
breakdown per population and period, or pass the linked figures in one table.
"""

from __future__ import annotations

import enum
import heapq
import statistics
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

DEFAULT_MIN_COUNT = 5
# With k = 2, "fewer than 2" with zeros shown means exactly 1: the label itself would give the count away.
LOWEST_MIN_COUNT = 3


class Reason(enum.Enum):
    SMALL = "small"            # the count itself is 1..k-1: "fewer than k"
    COMPLEMENT = "complement"  # a count of k or more, hidden so that a small one cannot be worked out
    WITHHELD = "withheld"      # a count of 1..k-1 whose "fewer than k" would itself give counts away


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A published figure that is not shown. Callers render it; `english()` is the default wording."""

    k: int
    reason: Reason = Reason.SMALL

    def english(self) -> str:
        # A complement is not "fewer than k" (it may be 21): saying so would mislead the clerk reading totals.
        # A withheld count reads the same as a complement, so a reader cannot tell which is small.
        return f"fewer than {self.k}" if self.reason is Reason.SMALL else "not shown"


Figure = int | Suppressed


def english(figure: Figure | None) -> str:
    """The English text of one published figure (the UI translates from `Reason` and `k` instead)."""
    if figure is None:
        return "none"
    return figure.english() if isinstance(figure, Suppressed) else str(figure)


@dataclass(frozen=True, slots=True)
class PublishedTable:
    """Counts by two things (weekday x hour, department x state), as every screen and export shows them."""

    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[Figure, ...], ...]
    row_totals: tuple[Figure, ...]
    column_totals: tuple[Figure, ...]
    total: Figure
    k: int


@dataclass(frozen=True, slots=True)
class PublishedSeries:
    """Counts by one thing (visits per day), with their total."""

    labels: tuple[str, ...]
    values: tuple[Figure, ...]
    total: Figure
    k: int


def publish_table(row_labels: Sequence[str], column_labels: Sequence[str], counts: Sequence[Sequence[int]],
                  k: int = DEFAULT_MIN_COUNT, *, public_total: bool = False,
                  public_row_totals: Collection[int] = ()) -> PublishedTable:
    """The table with its row, column and grand totals, small counts and their complements hidden.

    ``public_total`` / ``public_row_totals``: totals (of k or more) the reader already has from another
    published figure over the same population (the number of visits, a weekday's visits), so hiding them
    here would protect nothing: they are never chosen as complements. A small one is hidden all the same."""
    _check(k, counts, len(row_labels), len(column_labels))
    rows, cols = len(row_labels), len(column_labels)
    grid = [[*line, sum(line)] for line in counts]
    grid.append([sum(line[j] for line in counts) for j in range(cols)] + [sum(sum(line) for line in counts)])
    public = {(i, cols) for i in public_row_totals} | ({(rows, cols)} if public_total else set())
    hidden = _protect(grid, k, omitted=set(), public=public)
    shown = [[hidden[(i, j)] if (i, j) in hidden else grid[i][j] for j in range(cols + 1)] for i in range(rows + 1)]
    return PublishedTable(
        row_labels=tuple(row_labels), column_labels=tuple(column_labels),
        cells=tuple(tuple(line[:cols]) for line in shown[:rows]),
        row_totals=tuple(line[cols] for line in shown[:rows]),
        column_totals=tuple(shown[rows][:cols]), total=shown[rows][cols], k=k,
    )


def publish_series(labels: Sequence[str], counts: Sequence[int], k: int = DEFAULT_MIN_COUNT, *,
                   public_total: bool = False) -> PublishedSeries:
    """The series and its total, with the same rule: one hidden day beside a shown total is worked out by
    subtraction just as a cell in a table is. ``public_total``: as for `publish_table`."""
    _check(k, [counts], 1, len(labels))
    # A one-row table whose column totals are not published: they would only repeat the cells, and an
    # omitted entry tells the reader nothing (any value, never chosen as a complement, never protected).
    cols = len(labels)
    grid = [[*counts, sum(counts)], [*counts, sum(counts)]]
    hidden = _protect(grid, k, omitted={(1, j) for j in range(cols + 1)},
                      public={(0, cols)} if public_total else set())
    shown = [hidden.get((0, j), grid[0][j]) for j in range(cols + 1)]
    return PublishedSeries(labels=tuple(labels), values=tuple(shown[:cols]), total=shown[cols], k=k)


def publish_median(values: Sequence[float], k: int = DEFAULT_MIN_COUNT) -> float | Suppressed | None:
    """The median (e.g. hours to resolve a department's messages), refused for a group of fewer than k:
    the median of three messages is one resident's own case. None when there is nothing to summarise."""
    return _summary(statistics.median, values, k)


def publish_mean(values: Sequence[float], k: int = DEFAULT_MIN_COUNT) -> float | Suppressed | None:
    """The average (e.g. visit length), refused for a group of fewer than k, as `publish_median`."""
    return _summary(statistics.fmean, values, k)


def publish_computed(value: float | None, count: int, k: int = DEFAULT_MIN_COUNT) -> float | Suppressed | None:
    """A median or average the database worked out over ``count`` values (statistics are computed in the
    database, never by reading the rows back): the same rule as `publish_median` and `publish_mean`."""
    _check(k, [], 0, 0)
    if count <= 0 or value is None:
        return None
    return Suppressed(k) if count < k else float(value)


def _summary(how: Callable[[Sequence[float]], float], values: Sequence[float], k: int) -> float | Suppressed | None:
    _check(k, [], 0, 0)
    if not values:
        return None
    return Suppressed(k) if len(values) < k else float(how(values))


def _check(k: int, counts: Sequence[Sequence[int]], rows: int, cols: int) -> None:
    if k < LOWEST_MIN_COUNT:
        raise ValueError(f"the minimum count must be at least {LOWEST_MIN_COUNT}, not {k}")
    if len(counts) != rows or any(len(line) != cols for line in counts):
        raise ValueError("counts must have one row per row label and one value per column label")
    if any(n < 0 for line in counts for n in line):
        raise ValueError("counts cannot be negative")


Entry = tuple[int, int]
Node = tuple[str, int]   # ("row", i) or ("col", j) of the grid


def _protect(grid: list[list[int]], k: int, omitted: set[Entry],
             public: Collection[Entry] = frozenset()) -> dict[Entry, Suppressed]:
    """Which entries of the grid (cells, totals in the last column and row) are hidden, and why.
    ``public`` entries are known to the reader anyway: never complements (a small one is still hidden)."""
    hidden = {(i, j): Suppressed(k, Reason.SMALL)
              for i, line in enumerate(grid) for j, n in enumerate(line) if 0 < n < k and (i, j) not in omitted}
    public = set(public)
    while (stuck := _hide_complements(grid, hidden, omitted, k, public)) is not None:
        # No hiding helps: the "fewer than k" labels themselves give it away (four hidden 1s in a 2 x 2 table
        # whose grand total is "fewer than 5" can only be 1 each). Drop the bound from the largest small
        # count, which is the one that binds (here the grand total), by showing it as plain "not shown".
        small = [e for e, why in hidden.items() if why.reason is Reason.SMALL]
        if not small:   # cannot happen: without upper bounds every hidden count can rise with its totals
            raise AssertionError(f"entry {stuck} cannot be protected")
        largest = max(small, key=lambda e: (grid[e[0]][e[1]], _is_total(e, grid), e))
        hidden[largest] = Suppressed(k, Reason.WITHHELD)
    return hidden


def _hide_complements(grid: list[list[int]], hidden: dict[Entry, Suppressed], omitted: set[Entry],
                      k: int, public: set[Entry]) -> Entry | None:
    """Hide complements until every small count is uncertain; the first one no hiding can help, if any."""
    for entry in sorted(e for e, why in hidden.items() if why.reason is not Reason.COMPLEMENT):
        while not (reader := _Reader(grid, hidden, omitted, k, public)).undetermined(entry):
            extra = reader.cheapest_complements(entry)
            if not extra:
                return entry
            hidden.update((e, Suppressed(k, Reason.COMPLEMENT)) for e in extra)
    return None


def _is_total(e: Entry, grid: list[list[int]]) -> bool:
    return e[0] == len(grid) - 1 or e[1] == len(grid[0]) - 1


class _Reader:
    """What a reader of the published grid knows, and what other grids they cannot rule out."""

    def __init__(self, grid: list[list[int]], hidden: dict[Entry, Suppressed], omitted: set[Entry], k: int,
                 public: set[Entry]) -> None:
        self._grid, self._hidden, self._omitted, self._k, self._public = grid, hidden, omitted, k, public
        self._last_row, self._last_col = len(grid) - 1, len(grid[0]) - 1

    def undetermined(self, entry: Entry) -> bool:
        """True when another grid, consistent with all the reader knows, differs from the true one here."""
        # A cycle that costs nothing runs through hidden entries only.
        return any(self._fits(entry, step) and self._cheapest_path(entry, step, hidden_only=True) is not None
                   for step in (1, -1))

    def cheapest_complements(self, entry: Entry) -> list[Entry]:
        """The shown counts to hide so that `entry` is undetermined, as few and as small as can be found:
        the cheapest cycle through `entry` (Dijkstra over the grid's lines), where a hidden entry costs
        nothing and a shown one its count. The classic network view of cell suppression (Cox 1980);
        the usual "hide the next-smallest cell in that line" is its one-line case. Empty: no hiding helps."""
        best: tuple[tuple[int, int], list[Entry]] | None = None
        for step in (1, -1):
            if self._fits(entry, step):
                found = self._cheapest_path(entry, step)
                if found is not None and (best is None or found[0] < best[0]):
                    best = found
        return best[1] if best else []

    def _cheapest_path(self, entry: Entry, step: int,
                       hidden_only: bool = False) -> tuple[tuple[int, int], list[Entry]] | None:
        start: Node = ("col", entry[1])
        goal: Node = ("row", entry[0])
        cost: dict[Node, tuple[int, int]] = {start: (0, 0)}
        came: dict[Node, tuple[Node, Entry]] = {}
        heap: list[tuple[tuple[int, int], Node]] = [((0, 0), start)]
        while heap:
            so_far, node = heapq.heappop(heap)
            if node == goal:
                path: list[Entry] = []
                while node != start:
                    node, e = came[node]
                    path.append(e)
                return so_far, [e for e in path if e not in self._hidden and e not in self._omitted]
            if so_far > cost[node]:
                continue
            kind, index = node
            line = range(len(self._grid[0])) if kind == "row" else range(len(self._grid))
            for other in line:
                e = (index, other) if kind == "row" else (other, index)
                if e == entry:
                    continue
                unit = step if kind == "row" else -step
                if e in self._hidden or e in self._omitted:
                    if not self._fits(e, unit):
                        continue
                    extra = (0, 0)
                elif hidden_only:
                    continue
                else:
                    n = self._grid[e[0]][e[1]]
                    # Zeros stay shown; a shown count is at least k, so once hidden it is a complement.
                    if n == 0 or e in self._public or not self._fits_as_complement(e, unit):
                        continue
                    extra = (n, 1)
                nxt: Node = ("col", e[1]) if kind == "row" else ("row", e[0])
                total = (so_far[0] + extra[0], so_far[1] + extra[1])
                if nxt not in cost or total < cost[nxt]:
                    cost[nxt] = total
                    came[nxt] = (node, e)
                    heapq.heappush(heap, (total, nxt))
        return None

    def _signed(self, i: int, j: int) -> int:
        # In each line the cells count + and the line's total -, so every row and column of the signed grid
        # sums to zero (the grand total, a total of totals, counts +). A step of +1 on the signed grid
        # raises a cell and lowers a total.
        return 1 if (i == self._last_row) == (j == self._last_col) else -1

    def _fits(self, e: Entry, step: int) -> bool:
        """Whether the reader cannot rule out the entry being one step (on the signed grid) away."""
        value = self._grid[e[0]][e[1]] + self._signed(*e) * step
        if e in self._omitted:
            return value >= 0
        reason = self._hidden[e].reason
        if reason is Reason.SMALL:        # "fewer than k", and zeros are shown
            return 1 <= value <= self._k - 1
        if reason is Reason.WITHHELD:
            return value >= 1
        return value >= self._k           # every other non-zero count under k is small or withheld

    def _fits_as_complement(self, e: Entry, step: int) -> bool:
        return self._grid[e[0]][e[1]] + self._signed(*e) * step >= self._k
