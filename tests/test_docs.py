from checker.settings import ROOT, SETTINGS


def test_every_setting_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [var for var, *_ in SETTINGS if var not in readme]
    assert not missing
