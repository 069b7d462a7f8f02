# SPDX-License-Identifier: Apache-2.0
"""Small counts in published statistics: shown as "fewer than k", and never worked out from the rest."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk.config import ConfigError, Settings, validate
from kiosk.core.suppression import (
    DEFAULT_MIN_COUNT,
    LOWEST_MIN_COUNT,
    Figure,
    PublishedTable,
    Reason,
    Suppressed,
    english,
    publish_mean,
    publish_median,
    publish_series,
    publish_table,
)
from tests.core.suppression_check import assert_protected, assert_series_protected

SMALL = Suppressed(5, Reason.SMALL)
HIDDEN = Suppressed(5, Reason.COMPLEMENT)


def table(counts: list[list[int]], k: int = 5) -> PublishedTable:
    return publish_table([f"r{i}" for i in range(len(counts))], [f"c{j}" for j in range(len(counts[0]))], counts, k)


def shown(figures: Iterable[Figure]) -> list[str]:
    return [english(f) for f in figures]


# --- what a clerk sees ---------------------------------------------------------------------------------------------

def test_the_issues_example_hides_the_next_smallest_day_beside_a_shown_total() -> None:
    series = publish_series(["Mon", "Tue", "Wed", "Thu"], [21, 20, 17, 2])
    assert shown(series.values) == ["21", "20", "not shown", "fewer than 5"]
    assert series.total == 60                       # 60 = 21 + 20 + ? + ?: X is not revealed
    assert_series_protected([21, 20, 17, 2], series)


def test_a_table_hides_a_rectangle_so_neither_row_nor_column_gives_the_small_count_away() -> None:
    published = table([[21, 20, 17, 3], [30, 25, 22, 40]])
    assert published.cells == ((21, 20, HIDDEN, SMALL), (30, 25, HIDDEN, HIDDEN))
    assert published.row_totals == (61, 117)
    assert published.column_totals == (51, 45, 39, 43)
    assert published.total == 178


def test_zero_is_shown_a_zero_identifies_nobody() -> None:
    published = table([[0, 12, 0], [7, 0, 9]])
    assert published.cells == ((0, 12, 0), (7, 0, 9))
    assert published.total == 28


def test_a_row_total_under_k_is_itself_fewer_than_k() -> None:
    published = table([[1, 2, 0], [10, 12, 9]])
    assert published.row_totals[0] == SMALL
    assert published.cells[0][:2] == (SMALL, SMALL)
    assert_protected([[1, 2, 0], [10, 12, 9]], published)


def test_two_small_counts_that_add_up_to_their_most_are_not_left_alone() -> None:
    # 4 + 4 = 38 - 30, and each is "fewer than 5": a reader knows both are 4 unless more is hidden.
    series = publish_series(["a", "b", "c"], [4, 4, 30])
    assert series.values[2] == HIDDEN or series.total == HIDDEN
    assert_series_protected([4, 4, 30], series)
    # Zeros are shown, so a hidden count is at least 1: 1 + 1 beside a shown 2 would give both away.
    series = publish_series(["a", "b", "c"], [1, 1, 30])
    assert_series_protected([1, 1, 30], series)


def test_a_lone_small_day_among_zeros_hides_the_total_it_would_equal() -> None:
    series = publish_series(["a", "b", "c", "d", "e"], [0, 0, 3, 0, 20])
    assert shown(series.values) == ["0", "0", "fewer than 5", "0", "not shown"]
    assert series.total == 23


def test_when_fewer_than_k_everywhere_would_give_the_counts_away_the_grand_total_says_not_shown() -> None:
    # Four cells of "fewer than 5" (so at least 1 each) under a grand total of "fewer than 5" can only be 1s.
    published = table([[1, 1], [1, 1]])
    assert published.total == Suppressed(5, Reason.WITHHELD)
    assert english(published.total) == "not shown"
    assert published.cells == ((SMALL, SMALL), (SMALL, SMALL))
    assert_protected([[1, 1], [1, 1]], published)


def test_k_comes_from_the_caller_and_the_label_follows_it() -> None:
    published = table([[7, 30]], k=10)
    assert english(published.cells[0][0]) == "fewer than 10"
    assert english(published.total) == "37"


def test_k_under_three_is_refused_as_its_label_would_give_the_count_away() -> None:
    with pytest.raises(ValueError, match="at least 3"):
        table([[1]], k=2)


def test_a_median_or_average_of_fewer_than_k_is_not_published() -> None:
    assert publish_median([3.0, 9.0, 1.0], k=5) == SMALL
    assert publish_median([3.0, 9.0, 1.0, 4.0, 8.0], k=5) == 4.0
    assert publish_mean([2.0, 4.0, 6.0, 8.0, 10.0]) == 6.0
    assert publish_mean([2.0]) == SMALL
    assert publish_median([]) is None and english(None) == "none"


# --- the rule, on generated tables ---------------------------------------------------------------------------------

# Mostly small counts (where suppression works hardest), zeros, and some large ones.
counts_ = st.one_of(st.integers(0, 6), st.just(0), st.integers(5, 40))
tables = st.integers(1, 3).flatmap(lambda rows: st.integers(1, 3).flatmap(
    lambda cols: st.lists(st.lists(counts_, min_size=cols, max_size=cols), min_size=rows, max_size=rows)))
ks = st.sampled_from([3, 5, 10])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables, ks)
@example([[21, 20, 17, 3]], 5)
@example([[4, 4], [4, 4]], 5)
@example([[1, 1], [1, 1]], 5)
@example([[4, 1], [0, 6]], 5)
def test_no_small_count_can_be_worked_out_from_a_published_table(counts: list[list[int]], k: int) -> None:
    published = table(counts, k)
    rows, cols = len(counts), len(counts[0])
    grid = [[*published.cells[i], published.row_totals[i]] for i in range(rows)]
    grid.append([*published.column_totals, published.total])
    truth = [[*line, sum(line)] for line in counts]
    truth.append([sum(line[j] for line in counts) for j in range(cols)] + [sum(map(sum, counts))])

    for figure, value in zip((f for line in grid for f in line), (n for line in truth for n in line), strict=True):
        if isinstance(figure, Suppressed):
            assert (figure.reason is Reason.COMPLEMENT) == (value >= k)
            assert value > 0                         # zeros are never hidden
        else:
            assert figure == value                   # what is shown, totals included, is the truth
            assert figure == 0 or figure >= k
    # No line (row or column with its total) has exactly one hidden figure: subtraction would reveal it.
    for line in [*grid, *zip(*grid, strict=True)]:
        assert sum(isinstance(f, Suppressed) for f in line) != 1
    # Stronger: every reading of all the published equations leaves each small count uncertain.
    assert_protected(counts, published)
    # The same counts always publish the same way (the dashboard, the CSV and the PDF agree).
    assert table(counts, k) == published


@settings(max_examples=300, deadline=None)
@given(st.lists(counts_, min_size=1, max_size=8), ks)
def test_no_small_day_can_be_worked_out_from_a_published_series(counts: list[int], k: int) -> None:
    series = publish_series([f"d{j}" for j in range(len(counts))], counts, k)
    figures = [*series.values, series.total]
    assert sum(isinstance(f, Suppressed) for f in figures) != 1
    for figure, value in zip(figures, [*counts, sum(counts)], strict=True):
        assert isinstance(figure, Suppressed) or (figure == value and (value == 0 or value >= k))
        assert not isinstance(figure, Suppressed) or (figure.reason is Reason.COMPLEMENT) == (value >= k)
    assert_series_protected(counts, series)
    assert publish_series([f"d{j}" for j in range(len(counts))], counts, k) == series


def test_k_is_a_setting_of_five_and_a_town_cannot_set_it_under_three() -> None:
    assert Settings().statistics_min_count == DEFAULT_MIN_COUNT == 5
    assert validate({"statistics_min_count": 10}, "kiosk.toml").statistics_min_count == 10
    with pytest.raises(ConfigError, match="statistics_min_count"):
        validate({"statistics_min_count": LOWEST_MIN_COUNT - 1}, "kiosk.toml")
