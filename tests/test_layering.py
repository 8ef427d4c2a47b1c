import subprocess
import sys

import checker


def test_core_imports_neither_flask_nor_torch() -> None:
    code = ("import sys, checker, checker.pipeline, checker.store, checker.cli, checker.client, checker.desk, "
            "checker.review, checker.review.claimreview, checker.review.diff, checker.review.cli; "
            "print('flask' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_app_module_loads_nothing_heavy_at_import() -> None:
    code = "import sys, app; print('torch' in sys.modules, hasattr(app, 'app'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_public_api_is_deliberate() -> None:
    assert sorted(checker.__all__) == ["CheckResult", "Checker", "CheckerError", "Claim", "ClaimResult",
                                       "Evidence", "Fact", "Settings", "Value", "build_checker"]
