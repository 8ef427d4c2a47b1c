"""The requests-based client and the CLI against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from typing import Iterator

import pytest
from werkzeug.serving import make_server

from app import create_app
from checker.cli import main
from checker.client import ApiError, CheckerClient
from checker.pipeline import Checker


@pytest.fixture(scope="module")
def server(real_checker: Checker) -> Iterator[str]:
    httpd = make_server("127.0.0.1", 0, create_app(checker=real_checker), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_client_check_and_errors(server: str) -> None:
    with CheckerClient(server, timeout=30) as client:
        data = client.check(claims=["The year 2026 marks the 150th anniversary of the birth of Kim Koo"],
                            published="2026-01-04")
        assert data["claims"][0]["verdict"] == "supported"
        assert client.health()["status"] == "ok"
        assert client.fact("kim-koo-birth-1876")["id"] == "kim-koo-birth-1876"
        with pytest.raises(ApiError) as info:
            client.check("   ")
        assert info.value.status == 400 and info.value.code == "empty_text"


def test_cli_uses_the_server(server: str, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The year 2026 marks the 150th anniversary of the birth of Kim Koo.")
    assert main(["check", str(article), "--server", server, "--published", "2026-01-04"]) == 0
    assert "[SUPPORTED] (anniversary" in capsys.readouterr().out
