"""Fixtures the readers' tests share: small pages and PDFs written here, and helpers that run
`briefing read` and check a refusal."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from briefing.errors import ExitCode
from tests.conftest import run_briefing

ARTICLE = """\
<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Coast Coalition demands an end to dredging | News | Coast Coalition</title>
<meta property="og:title" content="Coast Coalition demands an end to dredging | News | Coast Coalition">
<meta property="og:site_name" content="Coast Coalition">
<meta property="article:published_time" content="2025-03-12T09:00:00+00:00">
<link rel="canonical" href="https://coast.example.org/news/dredging">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/donate">Donate now</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div></header>
<main><article>
<h1>Coast Coalition demands an end to dredging</h1>
<p class="date">12 March 2025</p>
<p>The Coast Coalition today called on the harbour authority to stop dredging the bay, where
seabird colonies have fallen by a third since the works began in 2023.</p>
<ul><li>Stop the dredging at once</li><li>Publish the environmental survey</li>
<li>Compensate the fishing families</li></ul>
<p>“The bay is dying in front of us, and the authority knows it,” said Mara Okafor, the
coalition’s director. “Every week of delay costs another colony.”</p>
<h2>Background</h2>
<p>The harbour authority approved the dredging in 2022 without a public consultation, and
local fishing families say their catch has halved since the works started in the bay.</p>
</article></main>
<aside><h3>Related stories</h3><ul><li><a href="/a">Wind farm approved on the coast</a></li></ul></aside>
<footer><p>© 2025 Coast Coalition · Privacy policy · Terms of use</p></footer>
</body></html>
"""


BYLINE_PAGE = """\
<html><head><meta charset="utf-8"><title>River towns demand flood defences – Riverland Rights Watch</title>
<meta property="og:description" content="Three towns have flooded twice in a year, and the money promised has not come.">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>River towns demand flood defences</h1>
<p class="standfirst">Three towns have flooded twice in a year, and the money promised has not come.</p>
<div class="meta"><span>By Riverland Rights Watch</span> <span>•</span> <time datetime="2025-04-02">2 April 2025</time></div>
<p>Riverland Rights Watch today called on the regional government to release the flood defence fund
that parliament approved in 2023, after the towns of the lower valley flooded for the second time.</p>
<p>Residents say the water reached the first floor of more than 400 homes, and that nobody from the
ministry has visited since the first flood in the autumn of last year.</p>
</article><footer>Contact us · Privacy</footer></body></html>
"""


TWO_COLUMNS = """
<html><head><style>
@page { size: A4; margin: 2cm; @bottom-center { content: "Coast Coalition · press office"; }
        @top-right { content: counter(page); } }
body { font: 11pt serif; } .cols { column-count: 2; column-gap: 1cm; } p { margin: 0 0 0.8em; }
h1 { font-size: 20pt; }
</style></head><body>
<h1>Coast Coalition demands an end to dredging</h1>
<p>GENEVA, 12 March 2025 – PRESS RELEASE</p>
<div class="cols">
<p>Alpha paragraph: the coalition called on the harbour authority to stop dredging the bay, where seabird colonies have fallen sharply since the works began.</p>
<p>Beta paragraph: fishing families say that their catch has halved, and that nobody asked them before the environmental permit was granted.</p>
<p>Gamma paragraph: the coalition also asked for the full environmental survey, which the authority has kept from the public for two years.</p>
<p>Delta paragraph: “The bay is dying in front of us,” said Mara Okafor, the coalition’s director, at a press conference.</p>
</div>
<div style="break-before: page"></div>
<p>Epsilon paragraph: the second page continues with the coalition’s demands to the regional government.</p>
</body></html>
"""


def read_json(path: Path | str, *extra: str, cwd: Path) -> dict[str, str | None]:
    result = run_briefing("read", str(path), "--format", "json", *extra, cwd=cwd)
    assert result.returncode == 0, result.stderr
    found: dict[str, str | None] = json.loads(result.stdout)
    return found


def refused(args: list[str], message: str, cwd: Path) -> None:
    """The command fails with exit code 3 and one `Error:` line containing `message`."""
    result = run_briefing(*args, cwd=cwd)
    assert result.returncode == ExitCode.BAD_INPUT, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("Error: "), result.stderr
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def make_pdf_with(html: str, path: Path) -> Path:
    import weasyprint

    weasyprint.HTML(string=html).write_pdf(path)
    return path


Route = Callable[[BaseHTTPRequestHandler], None]


def send(
    body: bytes, content_type: str, *, status: int = 200, headers: dict[str, str] | None = None
) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


def make_two_column_pdf(folder: Path) -> Path:
    """`release.pdf` in `folder`: TWO_COLUMNS rendered by WeasyPrint (two columns, a running
    footer, page numbers, a second page)."""
    path = folder / "release.pdf"
    make_pdf_with(TWO_COLUMNS, path)
    return path


@contextmanager
def local_server() -> Iterator[tuple[str, dict[str, Route]]]:
    """A web server on 127.0.0.1 (the only network tests use), its base address and its routes
    (path -> handler), which a test fills in; an unknown path answers 404."""
    routes: dict[str, Route] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            route(self)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", routes
    finally:
        httpd.shutdown()
        httpd.server_close()
