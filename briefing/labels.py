"""The words the page itself adds (section headings, footer, captions), and those of the
speaker's notes (`notes_...`), per language.

A catalogue of plain strings with `{name}` placeholders, one dict per language; dates and
percentages are formatted for the language with Babel. Adding a language means adding one
dict with every key of `ENGLISH` (a test checks the catalogues are complete).
"""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date
from babel.numbers import format_percent

from briefing.errors import InputError

ENGLISH = {
    "briefing": "Briefing",
    "key_figures": "Key figures",
    "demands": "Demands",
    "in_their_words": "In their words",
    "response_from": "Response from {speaker}",
    "context": "Context",
    "statement_by": "Statement by {issuer}",
    "prepared_by": "Prepared by {organisation}",
    "source": "Source: {source}",
    "source_reporting": "Source: {publisher}, reporting a statement by {issuer}{when}",
    "source_unpublished": "Source: statement by {issuer}{when} (publisher not named in the text)",
    "source_unnamed": "Source: publisher not named in the text",
    "of_date": " of {date}",
    "statement_of": "statement of {date}",
    "own_words": "Quotes are the source’s own words and every figure is a number it states",
    "made_with": "Made with briefing {version}",
    "made_on": "on {date}",
    "speaker_unknown": "Speaker not named in the source",
    "share_of": "{share} of {whole}",
    "contact": "Contact",
    "our_ask": "Our ask",
    "of_whole": "of {whole}",
    "quotes_verified": "{verified} of {total} quotes verified verbatim",
    "unverified": "Unverified",
    "unverified_note": "marks {count} item(s) not found in the source: built with --allow-unverified.",
    "qr_code": "QR code linking to the source",
    "logo": "Logo",
    "logo_of": "Logo of {organisation}",
    "meeting": "For the meeting",
    "meeting_with": "For the meeting with {who}",
    "quote_open": "“",
    "quote_close": "”",
    # the speaker's notes (`build --notes`, briefing/notes.py and templates/_notes.html)
    "notes_title": "Notes: {title}",
    "notes_page": "Notes · page {page} of {pages}",
    "notes_intro": (
        "Speaker’s notes for the one-page briefing{issuer}{date}. Source: {source} (SHA-256 {sha256})."
    ),
    "notes_on_issuer": " on the statement by {issuer}",
    "notes_standard_input": "standard input",
    "notes_talking_points": "Talking points",
    "notes_every_candidate": "{kind}: every candidate, on the page or not",
    "notes_figures": "Figures",
    "notes_demands": "Demands",
    "notes_quotes": "Quotes",
    "notes_figure": "Figure",
    "notes_demand": "Demand",
    "notes_quote": "Quote",
    "notes_on_page_heading": "On page",
    "notes_line": "Line",
    "notes_on_page": "✓ on page",
    "notes_not_used": "– not used",
    "notes_not_verified": "Not verified against the source",
    "notes_verification": "Verification",
    "notes_check": "Check",
    "notes_item": "Item",
    "notes_item_figure": "figure {number}",
    "notes_item_demand": "demand {number}",
    "notes_item_quote": "quote {number}",
    "notes_item_speaker": "{item} speaker",
    "notes_legend": (
        "✓ found in the source word for word (quotes, speakers) or as the same number (figures); "
        "· demands are located for reference only, as they may be trimmed; ✗ not found."
    ),
}

SPANISH = {
    "briefing": "Nota informativa",
    "key_figures": "Cifras clave",
    "demands": "Demandas",
    "in_their_words": "En sus propias palabras",
    "response_from": "Respuesta de {speaker}",
    "context": "Contexto",
    "statement_by": "Declaración de {issuer}",
    "prepared_by": "Elaborado por {organisation}",
    "source": "Fuente: {source}",
    "source_reporting": "Fuente: {publisher}, que informa de una declaración de {issuer}{when}",
    "source_unpublished": "Fuente: declaración de {issuer}{when} (el texto no nombra al editor)",
    "source_unnamed": "Fuente: el texto no nombra al editor",
    "of_date": " del {date}",
    "statement_of": "declaración del {date}",
    "own_words": "Las citas son palabras textuales de la fuente y cada cifra es un número que ella da",
    "made_with": "Hecho con briefing {version}",
    "made_on": "el {date}",
    "speaker_unknown": "Persona no identificada en la fuente",
    "share_of": "{share} de {whole}",
    "contact": "Contacto",
    "our_ask": "Nuestra petición",
    "of_whole": "de {whole}",
    "quotes_verified": "{verified} de {total} citas verificadas textualmente",
    "unverified": "No verificado",
    "unverified_note": (
        "señala {count} elemento(s) que no están en la fuente: generado con --allow-unverified."
    ),
    "qr_code": "Código QR con el enlace a la fuente",
    "logo": "Logotipo",
    "logo_of": "Logotipo de {organisation}",
    "meeting": "Para la reunión",
    "meeting_with": "Para la reunión con {who}",
    "quote_open": "«",
    "quote_close": "»",
    "notes_title": "Notas: {title}",
    "notes_page": "Notas · página {page} de {pages}",
    "notes_intro": (
        "Notas de apoyo para quien presenta la nota informativa de una página{issuer}{date}. "
        "Fuente: {source} (SHA-256 {sha256})."
    ),
    "notes_on_issuer": " sobre la declaración de {issuer}",
    "notes_standard_input": "entrada estándar",
    "notes_talking_points": "Puntos para la reunión",
    "notes_every_candidate": "{kind}: todas las encontradas, en la página o no",
    "notes_figures": "Cifras",
    "notes_demands": "Demandas",
    "notes_quotes": "Citas",
    "notes_figure": "Cifra",
    "notes_demand": "Demanda",
    "notes_quote": "Cita",
    "notes_on_page_heading": "En la página",
    "notes_line": "Línea",
    "notes_on_page": "✓ en la página",
    "notes_not_used": "– fuera de la página",
    "notes_not_verified": "No verificado en la fuente",
    "notes_verification": "Verificación",
    "notes_check": "Comprobación",
    "notes_item": "Elemento",
    "notes_item_figure": "cifra {number}",
    "notes_item_demand": "demanda {number}",
    "notes_item_quote": "cita {number}",
    "notes_item_speaker": "{item}, quién la dijo",
    "notes_legend": (
        "✓ está en la fuente palabra por palabra (citas, quién las dijo) o como el mismo número "
        "(cifras); · las demandas solo se ubican como referencia, pues pueden estar recortadas; "
        "✗ no se encontró."
    ),
}

FRENCH = {
    "briefing": "Note d’information",
    "key_figures": "Chiffres clés",
    "demands": "Revendications",
    "in_their_words": "Dans leurs propres mots",
    "response_from": "Réponse de {speaker}",
    "context": "Contexte",
    "statement_by": "Déclaration de {issuer}",
    "prepared_by": "Préparé par {organisation}",
    "source": "Source\u202f: {source}",
    "source_reporting": "Source\u202f: {publisher}, rapportant une déclaration de {issuer}{when}",
    "source_unpublished": "Source\u202f: déclaration de {issuer}{when} (éditeur non nommé dans le texte)",
    "source_unnamed": "Source\u202f: éditeur non nommé dans le texte",
    "of_date": " du {date}",
    "statement_of": "déclaration du {date}",
    "own_words": (
        "Les citations reprennent mot pour mot la source et chaque chiffre est un nombre qu’elle donne"
    ),
    "made_with": "Réalisé avec briefing {version}",
    "made_on": "le {date}",
    "speaker_unknown": "Personne non nommée dans la source",
    "share_of": "{share} sur {whole}",
    "contact": "Contact",
    "our_ask": "Notre demande",
    "of_whole": "sur {whole}",
    "quotes_verified": "{verified} citations sur {total} vérifiées mot pour mot",
    "unverified": "Non vérifié",
    "unverified_note": "signale {count} élément(s) absent(s) de la source : généré avec --allow-unverified.",
    "qr_code": "Code QR menant à la source",
    "logo": "Logo",
    "logo_of": "Logo de {organisation}",
    "meeting": "Pour la réunion",
    "meeting_with": "Pour la réunion avec {who}",
    "quote_open": "«\u202f",
    "quote_close": "\u202f»",
    "notes_title": "Notes\u202f: {title}",
    "notes_page": "Notes · page {page} sur {pages}",
    "notes_intro": (
        "Notes d’intervention pour la note d’information d’une page{issuer}{date}. "
        "Source\u202f: {source} (SHA-256 {sha256})."
    ),
    "notes_on_issuer": " sur la déclaration de {issuer}",
    "notes_standard_input": "entrée standard",
    "notes_talking_points": "Points à aborder",
    "notes_every_candidate": "{kind}\u202f: tout ce qui a été trouvé, sur la page ou non",
    "notes_figures": "Chiffres",
    "notes_demands": "Revendications",
    "notes_quotes": "Citations",
    "notes_figure": "Chiffre",
    "notes_demand": "Revendication",
    "notes_quote": "Citation",
    "notes_on_page_heading": "Sur la page",
    "notes_line": "Ligne",
    "notes_on_page": "✓ sur la page",
    "notes_not_used": "– pas sur la page",
    "notes_not_verified": "Non vérifié dans la source",
    "notes_verification": "Vérification",
    "notes_check": "Contrôle",
    "notes_item": "Élément",
    "notes_item_figure": "chiffre {number}",
    "notes_item_demand": "revendication {number}",
    "notes_item_quote": "citation {number}",
    "notes_item_speaker": "{item}, qui l’a dite",
    "notes_legend": (
        "✓ se trouve mot pour mot dans la source (citations, qui les a dites) ou comme le même "
        "nombre (chiffres)\u202f; · les revendications ne sont situées qu’à titre indicatif, car "
        "elles peuvent être abrégées\u202f; ✗ introuvable."
    ),
}

CATALOGUES: dict[str, dict[str, str]] = {"en": ENGLISH, "es": SPANISH, "fr": FRENCH}
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French"}

# Babel locale per language: British English writes "12 January 2026", as UN texts do.
_LOCALES = {"en": "en_GB", "es": "es", "fr": "fr"}


def check_language(language: str, where: str = "--lang") -> str:
    """The language code, lower-cased, if the page can be set in it; else a user error."""
    code = language.strip().lower()
    if code not in CATALOGUES:
        known = ", ".join(f"{key} ({name})" for key, name in LANGUAGE_NAMES.items())
        raise InputError(
            f"{where}: there are no page labels for language {language!r}; choose one of {known}."
        )
    return code


_VOWEL = "aeiouyhàâéèêëîïôûAEIOUYHÀÂÉÈÊËÎÏÔÛ"
# A preposition meeting an article at the start of a name filled into a label.
_CONTRACTIONS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "fr": (
        (re.compile(rf"\b([dD])e [dD]es (?=[{_VOWEL}])"), "\\1\u2019"),
        (re.compile(r"\b([dD])e [dD]es "), "\\1e "),
        (re.compile(r"\b([dD])e [lL]es "), "\\1es "),
        (re.compile(r"\b([dD])e [lL]e "), "\\1u "),
    ),
    "es": ((re.compile(r"\b([dD])e [eE]l "), "\\1el "),),
}


class Labels:
    """The page's words in one language: `labels.demands`, `labels.text("source", source=...)`."""

    def __init__(self, language: str) -> None:
        self.language = check_language(language)
        self._catalogue = CATALOGUES[self.language]
        self.locale = _LOCALES[self.language]

    def __getattr__(self, key: str) -> str:
        try:
            return self._catalogue[key]
        except KeyError:
            raise AttributeError(key) from None

    def text(self, key: str, **values: object) -> str:
        """A label with its placeholders filled, with the contractions the language makes where
        a preposition meets a name's article ("Déclaration de des experts" -> "Déclaration
        d’experts", "de Le Comité" -> "du Comité", "de El Colectivo" -> "del Colectivo")."""
        filled = self._catalogue[key].format(**values)
        for pattern, replacement in _CONTRACTIONS.get(self.language, ()):
            filled = pattern.sub(replacement, filled)
        return filled

    def date(self, date: dt.date | None) -> str | None:
        """A date written out for the language: "12 January 2026", "12 de enero de 2026"."""
        if date is None:
            return None
        return format_date(date, format="long", locale=self.locale)

    def percent(self, share: float) -> str:
        """A share as the language writes it: "6%", "6 %"; never "0%" for a share above zero."""
        if 0 < share < 0.01:
            return format_percent(share, format="#,##0.#%", locale=self.locale)
        return format_percent(share, locale=self.locale)
