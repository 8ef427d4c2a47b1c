"""A reviewer in its own process, for the race and kill tests: ``python -m tests.review_worker URL NAME MODE``.

MODE ``drain``: claim the most urgent item and decide it, until the queue is empty; prints how many.
MODE ``hold ITEM``: claim ITEM, print ``claimed``, then wait to be killed.
"""

from __future__ import annotations

import sys
import time

from checker.embedding import FakeEncoder
from checker.review import User, open_review
from checker.settings import Settings


def main(url: str, name: str, mode: str, *rest: str) -> int:
    review = open_review(Settings.defaults(), FakeEncoder(), None, url=url, migrate=False)
    user = User(0, name, "reviewer")
    if mode == "hold":
        review.queue.claim(int(rest[0]), user)
        print("claimed", flush=True)
        time.sleep(600)
        return 0
    done = 0
    while (item := review.queue.claim_next(user)) is not None:
        review.queue.decide(item.id, user, "unverifiable", f"by {name}")
        done += 1
    print(done, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
