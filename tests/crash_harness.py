"""Kill a writer at random moments and see what it had acknowledged (issue 8, items 1 and 2).

A *writer* is a plain function ``writer(args: dict, ack: Callable[[str], None]) -> None`` in some importable
module; it commits something, then calls ``ack(key)``; it may loop forever. The harness starts one *zygote*
process (``python tests/crash_harness.py module:function``) that imports the writer's module once and then
forks a fresh child per round, so a round costs a fork, not an interpreter start with numpy and FAISS. The test
SIGKILLs the child after a random delay and gets back every key the child acknowledged before it died; the
test then checks that each of them survived (facts in the store today; review decisions in SQLite later).

Protocol on the zygote's stdout, one line each: ``PID <n>`` when a child starts, ``ACK <key>`` from the child
after each commit (flushed, and shorter than PIPE_BUF, so lines never interleave), ``DONE <status>`` when the
child is gone. The zygote reads one JSON line of writer args per round from stdin.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Round:
    """What one round saw: the keys acknowledged before death, and whether the kill landed mid-work."""

    acked: list[str] = field(default_factory=list)
    killed: bool = False
    status: int = 0


class CrashHarness:
    """One zygote for ``target`` (``"module:function"``); ``run`` forks a writer and kills it."""

    def __init__(self, target: str, env: dict[str, str] | None = None, seed: int = 8) -> None:
        self.random = random.Random(seed)
        self._child = 0
        self.proc = subprocess.Popen(
            [sys.executable, __file__, target], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)})
        assert self._line().startswith("READY"), "the zygote did not start"

    def run(self, args: dict[str, Any], max_delay: float, min_delay: float = 0.0, *,
            armed_by_ack: bool = False) -> Round:
        """Fork a writer with ``args``, SIGKILL it after a random delay, return what it acknowledged."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(args) + "\n")
        self.proc.stdin.flush()
        result = Round()
        pid = 0
        while not pid:  # the child may acknowledge before the zygote has printed its pid
            line = self._line()
            if line.startswith("ACK "):
                result.acked.append(line[4:])
            else:
                pid = int(line.split()[1])
        self._child = pid
        if armed_by_ack:  # the writer's set-up is not what is under test: start the clock at its first ack
            while not result.acked:
                line = self._line()
                if line.startswith("DONE "):
                    result.status = int(line.split()[1])
                    return result
                result.acked.append(line[4:])
        time.sleep(self.random.uniform(min_delay, max_delay))
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:  # it finished (or failed) before the kill
            pass
        while True:
            line = self._line()
            if line.startswith("ACK "):
                result.acked.append(line[4:])
            elif line.startswith("DONE "):
                result.status = int(line.split()[1])
                result.killed = result.status == -signal.SIGKILL
                return result

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a writer still running after a failed round: end it and the zygote
            if self._child > 0:  # never os.kill(0, ...): that is the whole process group
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self._child, signal.SIGKILL)
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout:
            self.proc.stdout.close()

    def __enter__(self) -> CrashHarness:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the zygote died (exit {self.proc.poll()})")
        return line.rstrip("\n")


def _say(stdout: IO[str], line: str) -> None:
    """One whole line in one write: zygote and child share the pipe, and under PYTHONUNBUFFERED ``print`` writes
    the text and its newline apart, so a child's ACK landed between them ('PID 7560ACK w-3')."""
    stdout.write(line + "\n")
    stdout.flush()


def _serve(target: str, stdin: IO[str], stdout: IO[str]) -> None:
    """Zygote loop: import once, then one forked child per line of args."""
    module_name, func_name = target.split(":")
    writer = getattr(importlib.import_module(module_name), func_name)
    _say(stdout, "READY")
    for line in stdin:
        pid = os.fork()
        if pid == 0:
            def ack(key: str) -> None:
                _say(stdout, f"ACK {key}")

            code = 0
            try:
                writer(json.loads(line), ack)
            except BaseException as exc:  # report and leave; the test decides whether this is a failure
                print(f"writer failed: {exc!r}", file=sys.stderr, flush=True)
                code = 1
            os._exit(code)
        _say(stdout, f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        _say(stdout, f"DONE {code}")


if __name__ == "__main__":
    _serve(sys.argv[1], sys.stdin, sys.stdout)
