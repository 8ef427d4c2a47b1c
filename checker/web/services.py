"""Per-app services kept in ``app.extensions["checker"]``: the Checker, built once per worker on first use."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from ..pipeline import Checker
from ..ratelimit import RateLimiter, parse_rate
from ..settings import Settings


class Services:
    """Holds the Checker; the model loads lazily so gunicorn workers load it after fork."""

    def __init__(self, settings: Settings, factory: Callable[[Settings], Checker] | None = None,
                 checker: Checker | None = None) -> None:
        self.settings = settings
        self._factory = factory
        self._checker = checker
        self._lock = threading.Lock()
        rate = parse_rate(settings.rate_limit)  # a bad setting fails at start, not on the first request
        self.limiter = None if rate is None else RateLimiter(Path(settings.data_dir) / "ratelimit.sqlite3", *rate)

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            with self._lock:
                if self._checker is None:
                    if self._factory is None:
                        from ..pipeline import build_checker

                        self._factory = build_checker
                    checker = self._factory(self.settings)
                    checker.warm_up()
                    self._checker = checker
        return self._checker

    def count_check(self, client: str | None) -> None:
        """Count one check against the client's rate limit (API and form alike); raises RateLimited."""
        if self.limiter is not None:
            self.limiter.hit(client or "unknown")

    @property
    def ready(self) -> bool:
        return self._checker is not None
