"""Fetching a statement from a web address, safely (standard library only).

http and https only. The host name is resolved once, every address it resolves to is checked
to be public, and the connection goes to that checked address (so a second lookup cannot
swap in another). At most 5 redirects, each checked the same way. Connect and read timeouts
plus an overall deadline; the body is capped after decompression; only the content types of
a statement are accepted. No proxy is taken from the environment. Loopback and private
addresses (an intranet) are refused unless asked for (`--allow-private-network`); link-local
addresses (a cloud's metadata service, 169.254.169.254) and other special ranges always are.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from briefing.errors import InputError
from briefing.readers import Format

MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0  # seconds to open the connection
READ_TIMEOUT = 15.0  # seconds the server may stay silent
DEADLINE = 45.0  # seconds for the whole fetch, redirects included
MAX_BODY_BYTES = 25_000_000  # after decompression
USER_AGENT = "briefing (+https://pypi.org/project/briefing/; reads one public statement)"

#: The content types a statement may come as, and the reader each goes to.
CONTENT_TYPES: dict[str, Format] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "message/rfc822": "eml",
}


@dataclass(frozen=True)
class Page:
    """What a web address returned: its bytes, final address, declared charset and format."""

    data: bytes
    url: str
    charset: str | None
    kind: Format


def fetch(url: str, *, allow_private_network: bool = False, proxy_from_environment: bool = False) -> Page:
    """Fetch `url`, following up to 5 checked redirects, or raise a one-line `InputError`.
    With `proxy_from_environment`, through the proxy `HTTP_PROXY`/`HTTPS_PROXY` name (not for
    hosts in `NO_PROXY`); the address is checked all the same."""
    deadline = time.monotonic() + DEADLINE
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        try:
            response, connection = _request(current, allow_private_network, deadline, proxy_from_environment)
        except InputError as error:
            if current == url:
                raise
            raise InputError(f"{url} redirects to {error}") from None
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise InputError(f"{url}: the server redirected without saying where: check the address.")
                current = urljoin(current, location.strip())
                continue
            if response.status != 200:
                raise InputError(
                    f"{url}: the server answered {response.status} {response.reason}: check the address "
                    "in a browser, or save the page and build the saved file."
                )
            kind, charset = _content_type(url, response.getheader("Content-Type", ""))
            data = _body(url, response, deadline)
            return Page(data=data, url=current, charset=charset, kind=kind)
        finally:
            connection.close()
    raise InputError(
        f"{url}: more than {MAX_REDIRECTS} redirects: open it in a browser and give the final address."
    )


def check_address(url: str, host: str, address: str, allow_private_network: bool) -> None:
    """Refuse an address that is not on the public internet (loopback and private ones only
    refused unless allowed; link-local, multicast and reserved ones always)."""
    ip = _plain_ip(address)
    if ip.is_global and not ip.is_multicast:
        return
    if allow_private_network and _is_plain_private(ip):
        return
    named = f"{host} is" if host.strip("[]") == address else f"{host} is {address},"
    raise InputError(f"{url}: {named} on {_network_name(ip)}: briefing only fetches public pages{_hint(ip)}.")


def _plain_ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The address itself: no zone ('%eth0'), and an IPv4 address mapped into IPv6 as IPv4."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return ip.ipv4_mapped
    return ip


def _is_plain_private(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Loopback or a private network, and nothing special besides (never link-local: a
    cloud's metadata service lives there)."""
    special = ip.is_link_local or ip.is_multicast or ip.is_unspecified or ip.is_reserved
    return (ip.is_loopback or ip.is_private) and not special


def _network_name(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    if ip.is_link_local:
        return "a link-local address (such as a cloud's metadata service)"
    return "this computer or a private network" if ip.is_loopback or ip.is_private else "a special network"


def _hint(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    if (ip.is_loopback or ip.is_private) and not ip.is_link_local:
        return "; for an intranet page add --allow-private-network"
    return ""


def _request(
    url: str, allow_private_network: bool, deadline: float, proxy_from_environment: bool = False
) -> tuple[http.client.HTTPResponse, http.client.HTTPConnection]:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: only http:// and https:// addresses can be fetched: check the address.")
    host = parts.hostname
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise InputError(f"{url}: the port in this address is not a number: check the address.") from None
    address = _resolve(url, host, port)
    check_address(url, host, address, allow_private_network)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    headers = {
        "Host": parts.netloc.rsplit("@", 1)[-1],
        "User-Agent": USER_AGENT,
        "Accept": ", ".join(CONTENT_TYPES) + ";q=0.9, */*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
        "Connection": "close",
    }
    proxy = _environment_proxy(parts.scheme.lower(), host) if proxy_from_environment else None
    if proxy is not None:
        connection, path = _through_proxy(proxy, parts.scheme.lower(), host, port, path, headers, deadline)
    else:
        connection = _connection(parts.scheme.lower(), host, address, port, deadline)
    try:
        connection.request("GET", path, headers=headers)
        return connection.getresponse(), connection
    except TimeoutError:
        connection.close()
        raise InputError(
            f"{url}: the server did not answer in time: try again later, or save the page."
        ) from None
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        reason = getattr(error, "strerror", None) or type(error).__name__
        raise InputError(
            f"{url}: the page could not be fetched ({reason}): check the address and your connection."
        ) from None


def _resolve(url: str, host: str, port: int) -> str:
    """The one address the connection will go to (the first the name resolves to)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise InputError(f"{url}: {host} cannot be found: check the address and your connection.") from None
    if not infos:
        raise InputError(f"{url}: {host} cannot be found: check the address and your connection.")
    return str(infos[0][4][0])


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an address checked beforehand, whatever the host name says."""

    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), timeout=CONNECT_TIMEOUT)
        self.sock.settimeout(self.timeout)


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    """The same over TLS, the certificate checked against the host name."""

    def connect(self) -> None:
        super().connect()
        context = ssl.create_default_context()
        self.sock = context.wrap_socket(self.sock, server_hostname=self.host)


def _connection(
    scheme: str, host: str, address: str, port: int, deadline: float
) -> http.client.HTTPConnection:
    timeout = max(0.1, min(READ_TIMEOUT, deadline - time.monotonic()))
    kind = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    return kind(host, address, port, timeout)


def _environment_proxy(scheme: str, host: str) -> str | None:
    """The proxy the environment names for `scheme` (`HTTPS_PROXY`, `HTTP_PROXY`), unless
    `NO_PROXY` exempts `host`."""
    import urllib.request

    proxy = urllib.request.getproxies_environment().get(scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def _through_proxy(
    proxy: str, scheme: str, host: str, port: int, path: str, headers: dict[str, str], deadline: float
) -> tuple[http.client.HTTPConnection, str]:
    """A connection to the proxy, and the path to ask it for: the whole address for http,
    a tunnel (CONNECT) for https, the certificate still checked against the host."""
    import base64
    from urllib.parse import unquote

    parts = urlsplit(proxy)
    timeout = max(0.1, min(READ_TIMEOUT, deadline - time.monotonic()))
    auth: dict[str, str] = {}
    if parts.username:
        token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        auth["Proxy-Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
    proxy_host, proxy_port = parts.hostname or "", parts.port or 8080
    if scheme == "https":
        tunnel = http.client.HTTPSConnection(
            proxy_host, proxy_port, timeout=timeout, context=ssl.create_default_context()
        )
        tunnel.set_tunnel(host, port, headers=auth)
        return tunnel, path
    headers.update(auth)
    return http.client.HTTPConnection(
        proxy_host, proxy_port, timeout=timeout
    ), f"http://{headers['Host']}{path}"


def _content_type(url: str, header: str) -> tuple[Format, str | None]:
    """The reader for the server's content type, and the charset it declares."""
    media, _, params = header.partition(";")
    media = media.strip().lower() or "text/html"
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    if media not in CONTENT_TYPES:
        raise InputError(
            f"{url} is {media}, not a statement (a web page, PDF, Word file or text): give the "
            "address of the statement's page or document."
        )
    return CONTENT_TYPES[media], charset


def _body(url: str, response: http.client.HTTPResponse, deadline: float) -> bytes:
    """The body, decompressed, within the size cap and the deadline."""
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
        raise InputError(
            f"{url}: the server sent the page encoded as {encoding}, which briefing cannot read."
        )
    decoder = (
        zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
        if encoding != "identity"
        else None
    )
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(
                f"{url}: the page took more than {DEADLINE:.0f} seconds to arrive: try again later, "
                "or save the page."
            )
        try:
            chunk = response.read1(65_536)
        except TimeoutError:
            raise InputError(
                f"{url}: the server stopped sending the page: try again later, or save the page."
            ) from None
        except (OSError, http.client.HTTPException, zlib.error):
            raise InputError(f"{url}: the page arrived damaged: try again later, or save the page.") from None
        if not chunk:
            break
        if decoder is not None:
            try:
                chunk = decoder.decompress(chunk, MAX_BODY_BYTES + 1 - size)
            except zlib.error:
                raise InputError(
                    f"{url}: the page arrived damaged (bad compression): try again later."
                ) from None
        size += len(chunk)
        if size > MAX_BODY_BYTES or (decoder is not None and decoder.unconsumed_tail):
            raise InputError(
                f"{url} is larger than {MAX_BODY_BYTES // 1_000_000} MB, far more than a statement: "
                "give the address of the statement itself."
            )
        chunks.append(chunk)
    return b"".join(chunks)
