"""Statements as people receive them (issue 14): web pages, PDFs, Word files, e-mail and web
addresses, read by `briefing read` and built by `briefing build`. Every fixture is made here,
at test time; web addresses are served by a local server on 127.0.0.1 only."""

from __future__ import annotations

import email.message
import email.utils
import gzip
import io
import json
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.errors import ExitCode
from briefing.readers import detect_format, fetch
from briefing.readers.blocks import join_blocks
from briefing.readers.headline import date_near_top, find_date, headline, publisher_in_text
from briefing.readers.html_page import decode_page
from briefing.readers.pdf_file import clean_line, continues, join_lines
from tests.conftest import pdf_text, run_briefing

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


# --- web pages ------------------------------------------------------------------------------


def test_a_saved_page_is_read_as_its_article_without_menu_cookies_or_footer(tmp_path):
    page = tmp_path / "dredging.html"
    page.write_text(ARTICLE, encoding="utf-8")
    found = read_json(page, cwd=tmp_path)
    text = found["text"] or ""
    assert "harbour authority to stop dredging" in text
    assert "local fishing families say their catch has halved" in text
    for furniture in ("Donate now", "We use cookies", "Privacy policy", "Wind farm approved"):
        assert furniture not in text
    # list items one per line with their marker, quotation marks as in the source
    assert "- Stop the dredging at once\n- Publish the environmental survey\n" in text
    assert "“The bay is dying in front of us, and the authority knows it,” said Mara Okafor" in text
    assert text.startswith("Coast Coalition demands an end to dredging\n\n")
    assert found["title"] == "Coast Coalition demands an end to dredging"  # no " | News | Site"
    assert found["publisher"] == "Coast Coalition"
    assert found["date"] == "2025-03-12"
    assert found["url"] == "https://coast.example.org/news/dredging"
    assert (found["lang"], found["format"]) == ("en", "html")


def test_a_page_declaring_its_charset_late_in_the_head_is_decoded_by_it():
    # the <meta charset> comes after 1 KB of other head elements; the bytes are Windows-1252
    head = "<meta name='keywords' content='" + "x" * 1500 + "'>"
    page = f"<html><head>{head}<meta charset='windows-1252'></head><body><p>Café “quoted”</p></body></html>"
    text, warnings = decode_page(page.encode("cp1252"))
    assert "Café “quoted”" in text
    assert warnings == []


def test_a_page_with_a_byte_order_mark_or_a_server_charset_is_decoded_by_it():
    assert "Año" in decode_page(b"\xef\xbb\xbf<p>A\xc3\xb1o</p>")[0]
    assert "Año" in decode_page("<p>Año</p>".encode("latin-1"), "iso-8859-1")[0]


def test_an_undeclared_page_that_is_not_utf8_is_read_as_windows_1252_with_a_warning():
    text, warnings = decode_page("<p>“Déjà”</p>".encode("cp1252"))
    assert "“Déjà”" in text
    assert "Windows-1252" in warnings[0]


def test_a_page_with_no_article_is_refused(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav>"
        "<script>var x = 1;</script></body></html>",
        encoding="utf-8",
    )
    refused(["read", str(page)], "menu.html has no article text that briefing can find", tmp_path)


def test_html_nested_100000_deep_is_refused_or_read_without_crashing(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000 + "</body></html>")
    result = run_briefing("read", str(page), cwd=tmp_path)
    assert result.returncode == ExitCode.BAD_INPUT, result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("Error: ")
    assert "deep.html" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_30_mb_page_is_refused_before_it_is_parsed(tmp_path):
    page = tmp_path / "huge.html"
    page.write_bytes(b"<!doctype html><html><body>" + b"<p>word word word</p>" * 1_500_000)
    refused(["read", str(page)], "huge.html is larger than", tmp_path)


# --- PDFs -----------------------------------------------------------------------------------

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


@pytest.fixture(scope="module")
def two_column_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import weasyprint

    path = tmp_path_factory.mktemp("pdf") / "release.pdf"
    weasyprint.HTML(string=TWO_COLUMNS).write_pdf(path)
    return path


def test_a_two_column_pdf_is_read_in_column_order_as_paragraphs(two_column_pdf, tmp_path):
    found = read_json(two_column_pdf, cwd=tmp_path)
    text = found["text"] or ""
    order = [text.find(f"{name} paragraph") for name in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")]
    assert -1 not in order, text
    assert order == sorted(order), text
    # each paragraph is one line, whatever the column's line breaks
    lines = text.split("\n")
    assert any(
        line.startswith("Alpha paragraph") and line.endswith("since the works began.") for line in lines
    )
    assert "“The bay is dying in front of us,” said Mara Okafor" in text
    # the running footer and the page numbers are dropped
    assert "press office" not in text
    assert "\n1\n" not in text
    assert "\n2\n" not in text
    assert found["title"] == "Coast Coalition demands an end to dredging"
    assert found["date"] == "2025-03-12"
    assert found["format"] == "pdf"
    assert found["lang"] == "en"  # the PDF does not say: the text tells


def test_a_pdf_s_list_markers_printed_apart_are_put_back_before_their_items(tmp_path):
    make_pdf_with(
        "<p>The coalition calls on the authority to:</p><ul><li>Stop the dredging of the bay at once, "
        "before the nesting season begins and the colonies are lost for another year</li>"
        "<li>Publish the survey</li></ul><ol><li>Compensate the families</li><li>Meet the fishermen</li></ol>"
        "<p>Closing paragraph of the statement.</p>",
        tmp_path / "list.pdf",
    )
    text = read_json(tmp_path / "list.pdf", cwd=tmp_path)["text"] or ""
    assert (
        "• Stop the dredging of the bay at once, before the nesting season begins and the colonies are "
        "lost for another year\n• Publish the survey\n1. Compensate the families\n2. Meet the fishermen"
    ) in text


def test_pdf_lines_are_cleaned_as_typed():
    assert clean_line("ﬁnal ﬂow") == "final flow"  # ligatures decomposed
    assert clean_line("\uf0b7 Free them") == "• Free them"  # Word's private-use bullet
    assert (
        clean_line("18h30\u00a0\u00ad\u00a019h30") == "18h30 - 19h30"
    )  # a soft hyphen standing for a hyphen
    assert clean_line("\u00ad" * 12 + " NOTES " + "\u00ad" * 12) == "NOTES"  # a decorative rule
    assert join_lines(["the inter-", "national community"]) == "the international community"
    assert join_lines(["the Franco-", "German border"]) == "the Franco- German border"


def test_a_paragraph_broken_by_a_page_carries_on_when_it_stopped_mid_sentence():
    assert continues("The council will meet the families and a", "delegation of fishermen next week.")
    assert not continues("The council will meet the families.", "delegation of fishermen next week.")
    assert not continues("Our demands are", "• Stop the dredging")
    assert not continues("The council will meet the families and a", "Delegation of fishermen")


def make_pdf_with(html: str, path: Path) -> Path:
    import weasyprint

    weasyprint.HTML(string=html).write_pdf(path)
    return path


def test_a_scan_like_pdf_with_no_text_is_refused_saying_run_ocr(tmp_path):
    make_pdf_with("<div style='width:10cm;height:10cm;background:#888'></div>", tmp_path / "scan.pdf")
    refused(
        ["read", "scan.pdf"],
        "scan.pdf: no text in this PDF: it is a scan (pictures of pages) or its text is drawn as shapes; run OCR first",
        tmp_path,
    )


def test_an_encrypted_pdf_is_refused_saying_what_to_do(two_column_pdf, tmp_path):
    import pikepdf

    with pikepdf.open(two_column_pdf) as pdf:
        pdf.save(tmp_path / "locked.pdf", encryption=pikepdf.Encryption(user="secret", owner="owner"))
    refused(["read", "locked.pdf"], "locked.pdf: this PDF is encrypted and needs a password", tmp_path)


def test_a_truncated_pdf_is_refused_or_read_in_part_never_a_traceback(two_column_pdf, tmp_path):
    data = two_column_pdf.read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 3])
    result = run_briefing("read", "cut.pdf", cwd=tmp_path)
    assert "Traceback" not in result.stderr
    if result.returncode:
        assert result.returncode == ExitCode.BAD_INPUT
        assert result.stderr.startswith("Error: cut.pdf: ")
        assert len(result.stderr.splitlines()) == 1


# --- Word -----------------------------------------------------------------------------------


def test_a_word_file_is_read_in_document_order_with_list_numbers_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("PRESS RELEASE")
    document.add_heading("Coast Coalition demands an end to dredging", level=1)
    document.add_paragraph(
        "GENEVA, 12 March 2025 – The Coast Coalition calls on the harbour authority to act."
    )
    for item in ("Stop the dredging", "Publish the survey"):
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("Seabird colonies:", style="Normal")
    table = document.add_table(rows=2, cols=2)
    for row, (year, count) in enumerate((("2023", "900 pairs"), ("2025", "600 pairs"))):
        table.cell(row, 0).text, table.cell(row, 1).text = year, count
    document.add_paragraph("Free the bay", style="List Bullet")
    document.add_paragraph("“The bay is dying,” said Mara Okafor.")
    document.save(tmp_path / "release.docx")
    found = read_json(tmp_path / "release.docx", cwd=tmp_path)
    text = found["text"] or ""
    assert "1. Stop the dredging\n2. Publish the survey" in text
    assert "2023 | 900 pairs\n\n2025 | 600 pairs" in text
    assert "• Free the bay" in text
    assert text.index("Seabird colonies:") < text.index("2023 | 900") < text.index("• Free the bay")
    assert found["title"] == "Coast Coalition demands an end to dredging"
    assert found["date"] == "2025-03-12"
    assert found["publisher"] == "Coast Coalition"
    assert found["format"] == "docx"


def test_a_docx_zip_bomb_is_refused_before_it_is_opened(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = b"\0" * 1_000_000
            for _ in range(120):
                member.write(chunk)
    (tmp_path / "bomb.docx").write_bytes(buffer.getvalue())
    assert len(buffer.getvalue()) < 1_000_000
    refused(["read", "bomb.docx"], "bomb.docx: this Word file would expand to 120 MB", tmp_path)


# --- e-mail ---------------------------------------------------------------------------------


def test_a_saved_email_is_read_with_subject_date_and_sender(tmp_path):
    message = email.message.EmailMessage()
    message["From"] = "Coast Coalition <press@coast.example.org>"
    message["To"] = "newsdesk@example.net"
    message["Subject"] = "Fwd: Coast Coalition demands an end to dredging"
    message["Date"] = email.utils.format_datetime(
        email.utils.parsedate_to_datetime("Wed, 12 Mar 2025 09:00:00 +0000")
    )
    message.set_content(
        "The Coast Coalition today called on the harbour authority\nto stop dredging the bay.\n\n"
        "“The bay is dying,” said Mara Okafor.\n"
    )
    message.add_alternative(
        "<p>The Coast Coalition today called on the harbour authority</p>", subtype="html"
    )
    (tmp_path / "mail.eml").write_bytes(bytes(message))
    found = read_json(tmp_path / "mail.eml", cwd=tmp_path)
    assert found["title"] == "Coast Coalition demands an end to dredging"
    assert found["date"] == "2025-03-12"
    assert found["publisher"] == "Coast Coalition"
    assert found["text"] == (
        "Coast Coalition demands an end to dredging\n\n"
        "The Coast Coalition today called on the harbour authority to stop dredging the bay.\n\n"
        "“The bay is dying,” said Mara Okafor.\n"
    )
    assert "From:" not in (found["text"] or "")


# --- what the text says about itself ---------------------------------------------------------


def test_format_is_chosen_by_content_first_then_by_name():
    assert detect_format(b"%PDF-1.4 ...", "statement.txt") == "pdf"
    assert detect_format(b"<!DOCTYPE html><html>", "statement.txt") == "html"
    assert detect_format(b"From: a@b.org\nSubject: Hi\n\nBody", "x.eml") == "eml"
    assert detect_format(b"MIME-Version: 1.0\nFrom: a@b.org\nSubject: Hi\n\nBody", "x.txt") == "eml"
    # a memo's header lines do not make a text file an e-mail
    assert detect_format(b"To: All staff\nFrom: The director\n\nThe office is closed.", "memo.txt") == "text"
    assert detect_format(b"Just a statement.", "notes.md") == "text"
    assert detect_format(b"Just a statement.", "page.htm") == "html"


def test_a_headline_comes_after_a_release_label_or_from_a_title_label():
    assert headline("FOR IMMEDIATE RELEASE\n\nRiver towns demand flood defences now.\n\nBody.") == (
        "River towns demand flood defences now."
    )
    assert headline("URGENT ACTION\nURGENT ACTION TITLE: Riverland: Journalists detained\n") == (
        "Riverland: Journalists detained"
    )
    assert headline(
        "Agenda of the day\n\nCOMMUNIQUÉ DE PRESSE\n\nLes villes du fleuve exigent des digues\n"
    ) == ("Les villes du fleuve exigent des digues")


def test_a_statement_date_is_read_in_its_own_language_from_the_top():
    assert find_date("Madrid, 7 de diciembre de 2017 —") is not None
    assert str(find_date("Strasbourg - 20 Mai 2014")) == "2014-05-20"
    assert str(find_date("MUNICH, 20th December 2020 —")) == "2020-12-20"
    assert str(find_date("Posted 17-12-2024 - 13:17")) == "2024-12-17"
    # a cover sheet's date above the release label is not the release's date
    assert (
        str(date_near_top("Date | 10.11.2020\n\nPress Release\n\nGENEVA, 2 May 2021 – Text.")) == "2021-05-02"
    )


def test_a_publisher_is_the_organisation_the_text_shows_asking_or_announcing():
    assert publisher_in_text("In 2019 the Coast Coalition called on the council to act.") == "Coast Coalition"
    assert (
        publisher_in_text("The #SaveTheBay campaign calls on the public to sign.") == "#SaveTheBay campaign"
    )
    assert (
        publisher_in_text("Riverland Rights Watch annonce la tenue d'un forum.") == "Riverland Rights Watch"
    )
    assert publisher_in_text("Mara said the council was wrong.") is None


def test_blocks_are_separated_by_blank_lines_and_list_items_stay_together():
    assert (
        join_blocks(["Title", "- one", "- two", "Body\u00a0text "]) == "Title\n\n- one\n- two\n\nBody text\n"
    )


# --- building from any input ------------------------------------------------------------------


def test_building_a_pdf_statement_verifies_against_its_text_and_attaches_the_original(
    two_column_pdf, tmp_path
):
    import pikepdf

    result = run_briefing(
        "build", str(two_column_pdf), "--pdf-a", "-o", "out.pdf", cwd=tmp_path, SOURCE_DATE_EPOCH="0"
    )
    assert result.returncode == 0, result.stderr
    with pikepdf.open(tmp_path / "out.pdf") as pdf:
        attached = {name: spec.get_file().read_bytes() for name, spec in pdf.attachments.items()}
    assert attached["release.pdf"] == two_column_pdf.read_bytes()
    assert "Alpha paragraph" in attached["release.read.txt"].decode("utf-8")
    page = pdf_text(tmp_path / "out.pdf")
    assert "Mara Okafor" in page
    import hashlib

    assert hashlib.sha256(two_column_pdf.read_bytes()).hexdigest()[:12] in page.replace("\n", " ")


# --- web addresses (a local server on 127.0.0.1 only) ------------------------------------------

Route = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, Route]]]:
    """A local web server on 127.0.0.1; tests add routes (path -> handler)."""
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


def test_a_web_address_in_a_batch_is_refused_before_any_work(tmp_path):
    (tmp_path / "a.txt").write_text("GENEVA (1 May 2025) – A statement about the bay.\n", encoding="utf-8")
    refused(
        ["build", "a.txt", "https://coast.example.org/news"],
        "a web address can only be built on its own",
        tmp_path,
    )
    assert not (tmp_path / "out").exists()


def test_a_briefing_built_from_a_web_address_carries_it_in_the_footer(server, tmp_path):
    base, routes = server
    routes["/news"] = send(ARTICLE.encode(), "text/html; charset=utf-8")
    result = run_briefing("build", f"{base}/news", "--allow-private-network", "-o", "page.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{base}/news" in pdf_text(tmp_path / "page.pdf").replace("\n", "")


# --- a .txt statement stays as fast as before --------------------------------------------------


def test_reading_a_text_statement_imports_no_reader_of_another_format(tmp_path):
    import subprocess
    import sys

    (tmp_path / "s.txt").write_text("GENEVA (1 May 2025) – A statement.\n", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from briefing.statement import load_statement; "
        "load_statement(Path('s.txt')); "
        "print(sorted(m for m in ('trafilatura', 'lxml', 'pdfminer', 'docx', 'briefing.readers.html_page', "
        "'briefing.readers.pdf_file', 'briefing.readers.fetch', 'babel.dates') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_content_file_made_from_a_page_is_checked_against_the_text_read_from_it(tmp_path):
    (tmp_path / "dredging.html").write_text(ARTICLE, encoding="utf-8")
    made = run_briefing("extract", "dredging.html", "-o", "dredging.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    content = (tmp_path / "dredging.yaml").read_text(encoding="utf-8")
    assert "file: dredging.html" in content
    assert "url: https://coast.example.org/news/dredging" in content
    checked = run_briefing("check", "dredging.yaml", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    read = run_briefing("read", "dredging.html", cwd=tmp_path).stdout.split("\n")
    quote_line = next(n for n, line in enumerate(read, 1) if "The bay is dying" in line)
    row = next(line for line in checked.stdout.splitlines() if "The bay is dying" in line)
    assert f" {quote_line} " in row  # check's line numbers are lines of the text `read` prints
    import hashlib

    digest = hashlib.sha256((tmp_path / "dredging.html").read_bytes()).hexdigest()[:12]
    assert f"SHA-256 {digest}" in checked.stdout


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


def test_a_page_keeps_its_standfirst_and_date_line_under_the_headline(tmp_path):
    (tmp_path / "floods.html").write_text(BYLINE_PAGE, encoding="utf-8")
    found = read_json(tmp_path / "floods.html", cwd=tmp_path)
    assert (found["text"] or "").startswith(
        "River towns demand flood defences\n\n"
        "Three towns have flooded twice in a year, and the money promised has not come.\n\n"
        "By Riverland Rights Watch • 2 April 2025\n\n"
        "Riverland Rights Watch today called on the regional government"
    )
    assert found["publisher"] == "Riverland Rights Watch"  # the site named after the title's dash
    assert found["date"] == "2025-04-02"
    assert "Privacy" not in (found["text"] or "")


def test_a_word_file_s_title_is_the_paragraph_styled_as_its_title(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Internal draft, not for circulation before Monday")
    document.add_paragraph("River towns demand flood defences", style="Title")
    document.add_paragraph("Riverland Rights Watch today called on the regional government to act.")
    document.save(tmp_path / "draft.docx")
    assert read_json(tmp_path / "draft.docx", cwd=tmp_path)["title"] == "River towns demand flood defences"


def test_a_markdown_headline_is_read_without_its_hashes(tmp_path):
    (tmp_path / "s.md").write_text(
        "# River towns demand flood defences\n\n*2 April 2025*\n\nRiverland Rights Watch calls on the government.\n",
        encoding="utf-8",
    )
    found = read_json(tmp_path / "s.md", cwd=tmp_path)
    assert (found["title"], found["date"], found["format"]) == (
        "River towns demand flood defences",
        "2025-04-02",
        "text",
    )
    assert found["publisher"] == "Riverland Rights Watch"


def test_a_short_html_only_email_is_read_whole(tmp_path):
    message = email.message.EmailMessage()
    message["From"] = "press@riverland.example.org"
    message["Subject"] = "Floods: statement"
    message.set_content("<p>We call for the fund to be released.</p>", subtype="html")
    (tmp_path / "short.eml").write_bytes(bytes(message))
    found = read_json(tmp_path / "short.eml", cwd=tmp_path)
    assert found["text"] == "Floods: statement\n\nWe call for the fund to be released.\n"
    assert found["publisher"] == "riverland.example.org"
    assert found["date"] is None


def test_a_date_line_must_show_the_page_s_own_date(tmp_path):
    # a ticker's time element above the article shows another day: it is not the date line
    page = BYLINE_PAGE.replace(
        "<article>",
        '<div class="ticker"><time datetime="2025-03-30">30 March 2025</time> Storm warning</div><article>',
    ).replace("<title>", '<meta property="article:published_time" content="2025-04-02"><title>')
    (tmp_path / "floods.html").write_text(page, encoding="utf-8")
    text = read_json(tmp_path / "floods.html", cwd=tmp_path)["text"] or ""
    assert "By Riverland Rights Watch • 2 April 2025" in text
    assert "30 March 2025" not in text


def test_a_briefing_of_a_saved_page_carries_its_canonical_address_and_publisher(tmp_path):
    (tmp_path / "dredging.html").write_text(ARTICLE, encoding="utf-8")
    result = run_briefing("build", "dredging.html", "-o", "dredging.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = pdf_text(tmp_path / "dredging.pdf").replace("\n", " ")
    assert "https://coast.example.org/news/dredging" in page.replace(" ", "")
    assert "Source: Coast Coalition" in page


def test_a_page_s_publisher_is_the_site_its_title_and_address_name_over_a_section_name():
    from briefing.readers.html_page import publisher

    # og:site_name holds a section; the title's "| Wire" and the address agree on the site
    assert publisher("World", "Wire", "https://www.wire.example/article/x") == "Wire"
    assert publisher("Coast Coalition", "News", "https://coast.example.org/n") == "Coast Coalition"
    assert publisher(None, "European Assembly", None) == "European Assembly"


def test_a_title_repeated_under_a_category_label_is_not_read_twice():
    from briefing.readers.html_page import headed

    assert headed(["News", "Floods hit the valley", "Body."], "Floods hit the valley", None, None) == [
        "Floods hit the valley",
        "News",
        "Body.",
    ]


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


def test_a_pdf_served_as_a_web_page_is_read_as_the_pdf_it_is(server, two_column_pdf, tmp_path):
    base, routes = server
    routes["/release"] = send(two_column_pdf.read_bytes(), "text/html")
    found = read_json(f"{base}/release", "--allow-private-network", cwd=tmp_path)
    assert found["format"] == "pdf"
    assert "Alpha paragraph" in (found["text"] or "")


def test_a_fetched_original_is_attached_under_a_name_made_from_its_address():
    from briefing.statement import Statement

    def name(url: str | None, fmt: str) -> str:
        return Statement("text", None, format=fmt, fetched_from=url).file_name

    assert name("https://coast.example.org/news/floods?id=3", "html") == "floods.html"
    assert name("https://coast.example.org/files/release.pdf", "pdf") == "release.pdf"
    assert name("https://coast.example.org/", "html") == "statement.html"
    assert name(None, "docx") == "statement.docx"  # standard input
