"""Per-app services kept in ``app.extensions["checker"]``: the Checker (built once per worker on first use),
the review database (migrated at start), and the Desk that checks and queues in one call."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from ..desk import Desk
from ..pipeline import Checker
from ..review import Review, ReviewQueue, open_review
from ..review.webhooks import build_notifier
from ..ratelimit import RateLimiter, parse_rate
from ..settings import Settings


class Services:
    """Holds the Checker; the model loads lazily so gunicorn workers load it after fork."""

    def __init__(self, settings: Settings, factory: Callable[[Settings], Checker] | None = None,
                 checker: Checker | None = None, review: Review | None = None) -> None:
        self.settings = settings
        self._factory = factory
        self._checker = checker
        self._lock = threading.Lock()
        # the engine and migrations are cheap: done at start; the queue needs the model, so it comes later
        self.review = review or open_review(settings, None, None)
        self._queue: ReviewQueue | None = None
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
    def queue(self) -> ReviewQueue:
        """The review queue on the checker's encoder and store (so decisions feed what checks read)."""
        if self._queue is None:
            checker = self.checker
            with self._lock:
                if self._queue is None:
                    queue = ReviewQueue(self.review.engine, checker.encoder, checker.stores,  # type: ignore[arg-type]
                                        self.settings, self.review.queue.clock)
                    queue.notifier = build_notifier(self.settings.webhook_urls, self.settings.webhook_secret)
                    self._queue = queue
        return self._queue

    @property
    def desk(self) -> Desk:
        return Desk(self.checker, self.queue)

    @property
    def ready(self) -> bool:
        return self._checker is not None
