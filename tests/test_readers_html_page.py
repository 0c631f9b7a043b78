"""The HTML reader: a saved or fetched page's article, decoded by its own charset rules, with
its title, standfirst, date line and publisher."""

from __future__ import annotations

from briefing.errors import ExitCode
from briefing.readers.html_page import decode_page
from tests.conftest import run_briefing
from tests.readers_fixtures import (
    ARTICLE,
    BYLINE_PAGE,
    read_json,
    refused,
)


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
