"""The e-mail reader: the body, the subject as the title, the Date header and the sender."""

from __future__ import annotations

import email.message
import email.utils

from tests.readers_fixtures import (
    read_json,
)


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


def test_an_email_subject_loses_its_reply_and_forward_prefixes():
    from briefing.readers.email_file import _without_prefixes

    assert _without_prefixes("Fwd: RE: TR: Floods in the valley") == "Floods in the valley"
    assert _without_prefixes("Report: floods") == "Report: floods"
