"""Fetching web addresses safely, against a local server on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.errors import ExitCode
from briefing.readers import fetch
from tests.conftest import pdf_text, run_briefing
from tests.readers_fixtures import (
    ARTICLE,
    Route,
    local_server,
    make_two_column_pdf,
    read_json,
    refused,
    send,
)


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, Route]]]:
    """A local web server on 127.0.0.1; tests add routes (path -> handler)."""
    with local_server() as served:
        yield served


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_a_web_page_is_fetched_and_read_when_the_private_network_is_allowed(server, tmp_path):
    base, routes = server
    routes["/news"] = send(
        gzip.compress(ARTICLE.encode()), "text/html; charset=utf-8", headers={"Content-Encoding": "gzip"}
    )
    found = read_json(f"{base}/news", "--allow-private-network", cwd=tmp_path)
    assert "harbour authority to stop dredging" in (found["text"] or "")
    assert found["url"] == f"{base}/news"
    assert found["title"] == "Coast Coalition demands an end to dredging"


def test_a_local_address_is_refused_without_the_flag(server, tmp_path):
    base, routes = server
    routes["/news"] = send(ARTICLE.encode(), "text/html")
    refused(
        ["read", f"{base}/news"],
        "on this computer or a private network: briefing only fetches public pages; for an intranet page add --allow-private-network",
        tmp_path,
    )


def test_a_redirect_to_the_metadata_service_is_refused_even_on_a_private_network(server, tmp_path):
    base, routes = server
    routes["/go"] = send(
        b"", "text/html", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    refused(
        ["read", f"{base}/go", "--allow-private-network"],
        "redirects to http://169.254.169.254/latest/meta-data/: 169.254.169.254 is on a link-local address",
        tmp_path,
    )


def test_an_image_is_refused_by_its_content_type(server, tmp_path):
    base, routes = server
    routes["/photo"] = send(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
    refused(["read", f"{base}/photo", "--allow-private-network"], "is image/png, not a statement", tmp_path)


def test_a_server_that_does_not_answer_times_out_with_one_line(server, monkeypatch):
    base, routes = server

    def slow(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(2)
        send(ARTICLE.encode(), "text/html")(handler)

    routes["/slow"] = slow
    monkeypatch.setattr(fetch, "READ_TIMEOUT", 0.3)
    code, _, stderr = invoke("read", f"{base}/slow", "--allow-private-network")
    assert code == ExitCode.BAD_INPUT
    assert stderr.startswith("Error: ")
    assert "did not answer in time" in stderr
    assert len(stderr.splitlines()) == 1


def test_too_many_redirects_are_refused(server, tmp_path):
    base, routes = server
    for number in range(7):
        routes[f"/r{number}"] = send(b"", "text/html", status=302, headers={"Location": f"/r{number + 1}"})
    refused(["read", f"{base}/r0", "--allow-private-network"], "more than 5 redirects", tmp_path)


def test_a_body_larger_than_the_cap_after_decompression_is_refused(server, monkeypatch):
    base, routes = server
    routes["/bomb"] = send(
        gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>"), "text/html", headers={"Content-Encoding": "gzip"}
    )
    monkeypatch.setattr(fetch, "MAX_BODY_BYTES", 1_000_000)
    code, _, stderr = invoke("read", f"{base}/bomb", "--allow-private-network")
    assert code == ExitCode.BAD_INPUT
    assert "is larger than 1 MB" in stderr


def test_only_http_and_https_addresses_are_fetched():
    from briefing.errors import InputError

    with pytest.raises(InputError, match="only http:// and https://"):
        fetch.fetch("http:///nothing")


def test_a_briefing_built_from_a_web_address_carries_it_in_the_footer(server, tmp_path):
    base, routes = server
    routes["/news"] = send(ARTICLE.encode(), "text/html; charset=utf-8")
    result = run_briefing("build", f"{base}/news", "--allow-private-network", "-o", "page.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{base}/news" in pdf_text(tmp_path / "page.pdf").replace("\n", "")


def test_an_environment_proxy_is_used_only_when_asked(server, tmp_path):
    base, routes = server
    routes["/news"] = send(ARTICLE.encode(), "text/html; charset=utf-8")
    seen: list[str] = []

    class Proxy(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)  # a proxy is asked for the whole address
            send(ARTICLE.replace("dredging the bay", "dredging the bay (via proxy)").encode(), "text/html")(
                self
            )

        def log_message(self, *args: object) -> None:
            pass

    proxy = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    environment = {
        "HTTP_PROXY": f"http://127.0.0.1:{proxy.server_address[1]}",
        "NO_PROXY": "",
        "no_proxy": "",
    }
    try:
        direct = run_briefing("read", f"{base}/news", "--allow-private-network", cwd=tmp_path, **environment)
        assert direct.returncode == 0, direct.stderr
        assert "(via proxy)" not in direct.stdout
        assert seen == []
        proxied = run_briefing(
            "read",
            f"{base}/news",
            "--allow-private-network",
            "--proxy-from-environment",
            cwd=tmp_path,
            **environment,
        )
        assert proxied.returncode == 0, proxied.stderr
        assert "(via proxy)" in proxied.stdout
        assert seen == [f"{base}/news"]
    finally:
        proxy.shutdown()
        proxy.server_close()


def test_a_pdf_served_as_a_web_page_is_read_as_the_pdf_it_is(server, tmp_path):
    base, routes = server
    two_column_pdf = make_two_column_pdf(tmp_path)
    routes["/release"] = send(two_column_pdf.read_bytes(), "text/html")
    found = read_json(f"{base}/release", "--allow-private-network", cwd=tmp_path)
    assert found["format"] == "pdf"
    assert "Alpha paragraph" in (found["text"] or "")
