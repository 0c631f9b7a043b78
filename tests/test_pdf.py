"""The renderer reads nothing but the package's assets and data: URLs, and never the network."""

from __future__ import annotations

import pytest

from briefing.pdf import ConfinedURLFetcher


@pytest.fixture
def assets(tmp_path):
    root = tmp_path / "assets"
    root.mkdir()
    (root / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (tmp_path / "secret.txt").write_text("not for the page")
    return root


def test_files_under_the_allowed_folders_are_read(assets):
    response = ConfinedURLFetcher((assets,)).fetch((assets / "logo.svg").as_uri())
    assert response.read().startswith(b"<svg")


def test_data_urls_are_read(assets):
    assert ConfinedURLFetcher((assets,)).fetch("data:text/plain,hello").read() == b"hello"


@pytest.mark.parametrize(
    "make_url",
    [
        lambda root: (root.parent / "secret.txt").as_uri(),
        lambda root: root.as_uri() + "/../secret.txt",
        lambda root: root.as_uri() + "/%2e%2e/secret.txt",
        lambda root: "file:///etc/passwd",
        lambda root: "http://127.0.0.1:9/logo.svg",
        lambda root: "https://example.org/logo.svg",
    ],
    ids=["outside", "dot-dot", "encoded dot-dot", "system file", "http", "https"],
)
def test_anything_else_is_refused(assets, make_url):
    with pytest.raises(ValueError, match="briefing"):
        ConfinedURLFetcher((assets,)).fetch(make_url(assets))


def test_a_symlink_out_of_the_allowed_folders_is_refused(assets):
    (assets / "link.txt").symlink_to(assets.parent / "secret.txt")
    with pytest.raises(ValueError, match="only reads its own assets"):
        ConfinedURLFetcher((assets,)).fetch((assets / "link.txt").as_uri())


def test_measure_page_finds_the_droppable_items_in_their_columns(tmp_path):
    from briefing.fit import _base_url
    from briefing.pdf import measure_page, render_document
    from briefing.render import render_html
    from briefing.settings import BuildOptions, resolve_settings
    from tests.layout_fixtures import PROVENANCE, make_content

    page = resolve_settings(BuildOptions(folder=tmp_path)).page
    html = render_html(make_content(3, 2), PROVENANCE, page)
    measured = measure_page(render_document(html, base_url=_base_url(), allowed_roots=page.resource_roots()))
    assert [item.kind for item in measured.items].count("demands") == 3
    assert [item.kind for item in measured.items].count("quotes") == 2
    assert all(item.height > 0 for item in measured.items)
    assert set(measured.flow_bottoms) == {item.flow for item in measured.items}
    assert 0 < measured.height < measured.available
