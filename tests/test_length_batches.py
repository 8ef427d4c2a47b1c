"""Batches of similar length on a grid of shapes (encoder_backends.length_batches / pad): fast, no model."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from checker.encoder_backends import CALL_COST_TOKENS, grid_rows, grid_width, length_batches, pad

# the token lengths of the example article's claims, as the encoder saw them in one request
CLAIMS = [8, 13, 14, 17, 17, 18, 19, 21, 21, 25, 26, 27, 27, 29, 31, 33, 33, 42, 43, 44, 56]


@dataclass
class Enc:
    ids: list[int]
    type_ids: list[int]


def _enc(n: int) -> Enc:
    return Enc([101] + [2000 + i for i in range(n - 2)] + [102], [0] * n)


def _cost(lengths: list[int], batches: list[list[int]]) -> int:
    return sum(grid_rows(len(b)) * grid_width(max(lengths[i] for i in b)) + CALL_COST_TOKENS for b in batches)


@pytest.mark.parametrize("lengths,max_rows", [(CLAIMS, 64), (CLAIMS[::-1], 4), ([5] * 70, 64), ([7], 32)])
def test_every_position_is_in_one_batch_of_at_most_max_rows(lengths: list[int], max_rows: int) -> None:
    batches = length_batches(lengths, max_rows)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    assert all(0 < len(b) <= max_rows for b in batches)


def test_mixed_lengths_are_cut_where_padding_costs_more_than_a_call() -> None:
    batches = length_batches(CLAIMS, 64)
    assert 1 < len(batches) < len(CLAIMS)
    assert _cost(CLAIMS, batches) < _cost(CLAIMS, [list(range(len(CLAIMS)))])
    widths = [max(CLAIMS[i] for i in b) for b in batches]
    assert widths == sorted(widths)  # the 8-token claim is not padded to 56


def test_texts_of_one_length_stay_in_one_batch() -> None:
    assert length_batches([30] * 16, 64) == [list(range(16))]


def test_the_cut_is_the_cheapest_of_all_cuts() -> None:
    """Against every way of cutting six sorted rows (2^5 ways)."""
    lengths = [9, 10, 31, 33, 60, 64]
    cheapest = min(_cost(lengths, [list(range(a, b)) for a, b in zip([0, *cuts], [*cuts, 6])])
                   for mask in range(32) for cuts in [[k + 1 for k in range(5) if mask >> k & 1]])
    assert _cost(lengths, length_batches(lengths, 64)) == cheapest


def test_the_grid() -> None:
    assert [grid_rows(n) for n in (1, 3, 5, 9, 33, 64, 65)] == [1, 3, 6, 12, 48, 64, 96]
    assert [grid_width(n) for n in (7, 8, 9, 64, 65, 129, 256)] == [8, 8, 16, 64, 80, 160, 256]


def test_grid_padding_keeps_the_rows_and_adds_fillers_of_one_token() -> None:
    encodings = [_enc(5), _enc(11), _enc(9), _enc(3), _enc(7)]
    exact, grid = pad(encodings), pad(encodings, grid=True)
    assert exact["input_ids"].shape == (5, 11) and grid["input_ids"].shape == (6, 16)
    for key in exact:
        assert np.array_equal(grid[key][:5, :11], exact[key]) and not grid[key][:5, 11:].any()
    assert grid["attention_mask"][5].tolist() == [1] + [0] * 15 and grid["input_ids"][5, 0] == 101
