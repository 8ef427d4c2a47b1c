"""The shared result cache: each missing key computed once per batch, least recently used evicted first."""

from __future__ import annotations

from checker.lru import LruCache


def test_get_many_computes_each_missing_key_once_in_order() -> None:
    calls: list[list[str]] = []
    cache: LruCache[str, int] = LruCache(3)

    def compute(keys: list[str]) -> list[int]:
        calls.append(keys)
        return [len(k) for k in keys]

    assert cache.get_many(["a", "bb", "a"], compute) == [1, 2, 1]
    assert cache.get_many(["bb", "ccc"], compute) == [2, 3]
    assert calls == [["a", "bb"], ["ccc"]]
    cache.get_many(["a"], compute)  # "a" used last: "bb" is now the oldest
    cache.get_many(["dddd"], compute)
    assert cache.get_many(["a", "bb"], compute) == [1, 2] and calls[-1] == ["bb"]
