"""claimcheck: offline fact-claim checking. The core never imports Flask and loads no model at import."""

from __future__ import annotations

from .domain import CheckResult, Claim, ClaimResult, Evidence, Fact, Value
from .errors import CheckerError
from .pipeline import Checker, build_checker
from .settings import Settings

__all__ = ["CheckResult", "Checker", "CheckerError", "Claim", "ClaimResult", "Evidence", "Fact", "Settings",
           "Value", "build_checker"]
