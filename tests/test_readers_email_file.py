"""The e-mail reader: the body, the subject as the title, the Date header and the sender."""

from __future__ import annotations

import email.message
import email.utils
import json

from tests.conftest import pdf_text, run_briefing
from tests.readers_fixtures import make_two_column_pdf, read_json, refused


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


# ── Attachments: a cover note's statement is the file it carries ─────────────────────────────

COVER_NOTE = (
    "Dear editors,\n\nPlease find attached our statement on the dredging of the bay.\n\nBest regards,\nAna\n"
)
# A body of its own: a statement pasted in, well over a cover note's 150 words.
PASTED_STATEMENT = (
    "The Riverland Network today called on the regional government to release the flood defence fund "
    "that parliament approved two years ago, after the towns of the lower valley flooded again.\n\n"
) * 6
UNTITLED_STATEMENT = (
    "The harbour authority approved the dredging of the bay without any public consultation of the "
    "families who fish there.\n\nThe families say their catch has halved since the works began, and "
    "they want the survey published.\n"
)


def mail_with(body: str, *attachments: tuple[str, bytes, str]) -> bytes:
    """An e-mail from the Coast Coalition's press office: `body`, then each (name, bytes,
    content type) attached."""
    message = email.message.EmailMessage()
    message["From"] = "Coast Coalition Press Office <press@coast.example.org>"
    message["To"] = "newsdesk@example.net"
    message["Subject"] = "Fwd: Statement on the bay"
    message["Date"] = "Mon, 14 Apr 2025 08:30:00 +0000"
    message.set_content(body)
    for name, data, content_type in attachments:
        main, sub = content_type.split("/")
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(message)


def docx_bytes(*paragraphs: str) -> bytes:
    import io

    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_cover_note_s_attached_pdf_is_read_and_the_part_named(tmp_path):
    release = make_two_column_pdf(tmp_path).read_bytes()
    photo = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    (tmp_path / "mail.eml").write_bytes(
        mail_with(COVER_NOTE, ("photo.png", photo, "image/png"), ("release.pdf", release, "application/pdf"))
    )
    result = run_briefing("read", "mail.eml", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert "Alpha paragraph: the coalition called on the harbour authority" in found["text"]
    assert "Please find attached" not in found["text"]
    assert found["part"] == "attachment release.pdf"
    assert found["format"] == "eml"
    # the attachment's own headline, date and publisher (its text shows it demanding) come
    # before the e-mail's Subject, Date and sender
    assert found["title"] == "Coast Coalition demands an end to dredging"
    assert found["date"] == "2025-03-12"
    assert found["publisher"] == "Coast Coalition"
    assert result.stderr == (
        "Read: mail.eml: read the attachment release.pdf (the e-mail's body is a cover note)\n"
    )


def test_an_attachment_that_says_nothing_of_itself_takes_the_e_mail_s_subject_date_and_sender(tmp_path):
    (tmp_path / "mail.eml").write_bytes(
        mail_with(COVER_NOTE, ("statement.docx", docx_bytes(*UNTITLED_STATEMENT.split("\n\n")), DOCX))
    )
    found = read_json(tmp_path / "mail.eml", cwd=tmp_path)
    assert found["text"].startswith("The harbour authority approved the dredging")
    assert found["part"] == "attachment statement.docx"
    assert found["title"] == "Statement on the bay"
    assert found["date"] == "2025-04-14"
    assert found["publisher"] == "Coast Coalition Press Office"


def test_a_statement_pasted_in_the_body_is_read_and_its_attachment_left(tmp_path):
    (tmp_path / "mail.eml").write_bytes(
        mail_with(PASTED_STATEMENT, ("copy.docx", docx_bytes(UNTITLED_STATEMENT), DOCX))
    )
    result = run_briefing("read", "mail.eml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "The Riverland Network today called on" in result.stdout
    assert "harbour authority approved" not in result.stdout
    assert result.stderr == "Read: mail.eml: read the e-mail's body\n"


def test_a_long_body_that_points_to_its_attachment_is_a_cover_note():
    from briefing.readers.email_file import is_cover_note

    disclaimer = "This message is confidential and meant only for the people it is addressed to. " * 20
    assert is_cover_note(f"Dear editors, please find attached our statement.\n\n-- \nAna\n{disclaimer}")
    assert is_cover_note(f"Dear editors, our statement is attached.\n\n{disclaimer}")
    assert is_cover_note(f"Estimados colegas: adjunto el comunicado de la red.\n\n{disclaimer}")
    assert is_cover_note(f"Chers collègues, veuillez trouver ci-joint notre communiqué.\n\n{disclaimer}")
    assert not is_cover_note(PASTED_STATEMENT)
    # a pointer far down a pasted statement does not make it a cover note
    assert not is_cover_note(PASTED_STATEMENT + "The full report is attached.")


def test_a_zip_bomb_attached_to_an_e_mail_is_refused_like_one_given_alone(tmp_path):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(120):
                member.write(b"\0" * 1_000_000)
    (tmp_path / "mail.eml").write_bytes(mail_with(COVER_NOTE, ("bomb.docx", buffer.getvalue(), DOCX)))
    refused(
        ["read", "mail.eml"],
        "mail.eml (attachment bomb.docx): this Word file would expand to 120 MB",
        tmp_path,
    )


def test_an_attachment_that_cannot_be_read_gives_way_to_the_next_with_a_warning(tmp_path):
    (tmp_path / "mail.eml").write_bytes(
        mail_with(
            COVER_NOTE,
            ("scan.pdf", b"%PDF-1.7 damaged", "application/pdf"),
            ("statement.docx", docx_bytes(UNTITLED_STATEMENT), DOCX),
        )
    )
    found = read_json(tmp_path / "mail.eml", cwd=tmp_path)
    assert found["part"] == "attachment statement.docx"
    result = run_briefing("build", "mail.eml", "--allow-unverified", "-o", "mail.pdf", cwd=tmp_path)
    assert (
        "Warning: mail.eml: the attachment scan.pdf could not be read (mail.eml (attachment scan.pdf): "
        in (result.stderr)
    )
    assert "read the attachment statement.docx instead." in result.stderr


def test_a_pdf_a_of_an_e_mail_attaches_the_e_mail_itself_and_the_text_read_from_its_attachment(tmp_path):
    import pikepdf

    release = make_two_column_pdf(tmp_path).read_bytes()
    mail = mail_with(COVER_NOTE, ("release.pdf", release, "application/pdf"))
    (tmp_path / "mail.eml").write_bytes(mail)
    result = run_briefing(
        "build", "mail.eml", "--pdf-a", "-v", "-o", "out.pdf", cwd=tmp_path, SOURCE_DATE_EPOCH="0"
    )
    assert result.returncode == 0, result.stderr
    assert (
        "Read: mail.eml: read the attachment release.pdf (the e-mail's body is a cover note)" in result.stderr
    )
    with pikepdf.open(tmp_path / "out.pdf") as pdf:
        attached = {name: spec.get_file().read_bytes() for name, spec in pdf.attachments.items()}
    assert attached["mail.eml"] == mail
    assert "Alpha paragraph" in attached["mail.read.txt"].decode("utf-8")
    assert "Mara Okafor" in pdf_text(tmp_path / "out.pdf")


def test_an_e_mail_forwarded_as_an_attachment_is_read_through_to_its_statement(tmp_path):
    release = make_two_column_pdf(tmp_path).read_bytes()
    original = email.message_from_bytes(mail_with(COVER_NOTE, ("release.pdf", release, "application/pdf")))
    forward = email.message.EmailMessage()
    forward["From"] = "desk@example.net"
    forward["Subject"] = "Fwd: Statement on the bay"
    forward.set_content("FYI, see below.\n")
    forward.add_attachment(original, filename="original.eml")
    (tmp_path / "forward.eml").write_bytes(bytes(forward))
    result = run_briefing("read", "forward.eml", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert "Alpha paragraph" in found["text"]
    assert found["part"] == "attachment original.eml › attachment release.pdf"


def test_an_e_mail_nested_thousands_deep_is_refused_with_one_line(tmp_path):
    inner = "Content-Type: text/plain\r\n\r\nThe coalition calls for an end to dredging.\r\n"
    for number in range(5000):
        inner = f"Content-Type: message/rfc822\r\n\r\nSubject: part {number}\r\n{inner}"
    headers = "From: press@coast.example.org\r\nSubject: Statement\r\nMessage-ID: <1@coast.example.org>\r\n"
    (tmp_path / "deep.eml").write_text(headers + inner, encoding="utf-8")
    refused(
        ["read", "deep.eml"], "deep.eml: this e-mail's parts are nested too deeply to be a message", tmp_path
    )


def test_a_batch_with_v_says_which_part_of_each_e_mail_was_read(tmp_path):
    release = make_two_column_pdf(tmp_path).read_bytes()
    (tmp_path / "cover.eml").write_bytes(mail_with(COVER_NOTE, ("release.pdf", release, "application/pdf")))
    (tmp_path / "pasted.eml").write_bytes(mail_with(PASTED_STATEMENT))
    result = run_briefing("build", "cover.eml", "pasted.eml", "-o", "out", "-v", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        "Read: cover.eml: read the attachment release.pdf (the e-mail's body is a cover note)"
        in result.stderr
    )
    assert "Read: pasted.eml: read the e-mail's body" in result.stderr
    quiet = run_briefing("build", "cover.eml", "pasted.eml", "-o", "out2", "--jobs", "1", cwd=tmp_path)
    assert "Read:" not in quiet.stderr


def test_a_cover_note_whose_attachment_briefing_cannot_read_says_what_to_do(tmp_path):
    photo = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    (tmp_path / "mail.eml").write_bytes(
        mail_with(
            COVER_NOTE,
            ("statement.doc", b"\xd0\xcf\x11\xe0 old Word", "application/msword"),
            ("photo.png", photo, "image/png"),
        )
    )
    result = run_briefing("build", "mail.eml", "-o", "mail.pdf", "--allow-unverified", cwd=tmp_path)
    assert (
        "Warning: mail.eml: its body is a short note, and it carries attachments briefing cannot read "
        "(statement.doc): if the statement is one of them, save it as a PDF or Word (.docx) file and give that."
    ) in result.stderr


def test_a_text_attachment_is_decoded_with_the_charset_the_e_mail_gives_it(tmp_path):
    # "€" is byte A4 in ISO-8859-15, where Windows-1252 (the fallback for text that is not
    # UTF-8) reads "¤"
    statement = "La Red Ribereña exige que el Gobierno libere los 5 millones de € del fondo.\n"
    message = email.message.EmailMessage()
    message["From"] = "prensa@red.example.org"
    message["Subject"] = "Comunicado"
    message.set_content("Adjunto el comunicado.\n")
    message.add_attachment(statement.encode("iso-8859-15"), "text", "plain", filename="comunicado.txt")
    message.get_payload()[1].set_param("charset", "iso-8859-15")
    (tmp_path / "mail.eml").write_bytes(bytes(message))
    result = run_briefing("read", "mail.eml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == statement


def test_a_short_note_above_a_long_signature_is_a_cover_note(tmp_path):
    # no word saying something is attached: only the signature delimiter ("-- ") tells the
    # note (a dozen words) from the long signature and disclaimer under it
    signature = "Ana Ruiz, press officer\nCoast Coalition\n" + "This message is confidential. " * 40
    (tmp_path / "mail.eml").write_bytes(
        mail_with(
            f"Dear editors,\n\nOur statement on the bay, for today.\n\nBest,\nAna\n-- \n{signature}",
            ("statement.docx", docx_bytes(UNTITLED_STATEMENT), DOCX),
        )
    )
    found = read_json(tmp_path / "mail.eml", cwd=tmp_path)
    assert found["part"] == "attachment statement.docx"
