"""SVG pictures checked before the PDF engine sees them: a logo, a picture a template uses, an
SVG inlined in a template.

An SVG can be small and still take the engine hours to draw: `<use>` copies another element,
which may itself hold ten `<use>` of another, and so on ("billion laughs" without entities: a
2 KB file of eleven levels asks for 10^11 copies). Entities are refused outright; references
(`href="#id"`, `xlink:href`, `url(#id)` in any attribute) are followed here, without drawing,
counting how many elements the picture expands to. Past `MAX_SVG_INSTANCES`, past
`MAX_SVG_ELEMENTS` as written, nested deeper than `MAX_SVG_DEPTH`, or referring to itself, the
picture is refused.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

MAX_SVG_ELEMENTS = 20_000  # as written: a detailed logo has a few hundred
MAX_SVG_INSTANCES = 20_000  # as drawn, every <use> and pattern expanded: a few seconds at most
MAX_SVG_DEPTH = 64  # elements inside elements
_REFERENCE = re.compile(r"url\(\s*['\"]?#([^'\")\s]+)")
_HREF_NAMES = ("href", "{http://www.w3.org/1999/xlink}href")
_SVG_ROOTS = ("svg", "{http://www.w3.org/2000/svg}svg")


def svg_problem(data: bytes | str) -> str | None:
    """What makes `data` unsafe or unfit to hand to the PDF engine as an SVG picture, as words
    to follow its name ("declares a DOCTYPE ..."), or None if it is fine."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return "is not an SVG file (not UTF-8 text); export the logo again as SVG or PNG."
    if "<!ENTITY" in data or "<!DOCTYPE" in data:
        return "declares a DOCTYPE or entities, which a logo does not need; remove them, or export it again."
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        return f"is not a valid SVG file ({error}); export the logo again as SVG or PNG."
    if root.tag not in _SVG_ROOTS:
        return "is not an SVG picture (its outer element is not <svg>); export the logo again."
    return expansion_problem(root)


def expansion_problem(root: ElementTree.Element) -> str | None:
    """Whether the picture under `root` is too large, too deep or refers to itself once every
    reference is followed; None if it can be drawn quickly."""
    elements, depth_problem = _elements(root)
    if depth_problem:
        return depth_problem
    by_id = {element.get("id"): element for element in elements if element.get("id")}
    edges = {id(element): [*element, *_targets(element, by_id)] for element in elements}
    total: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[ElementTree.Element, Iterator[ElementTree.Element]]] = [(root, iter(edges[id(root)]))]
    visiting.add(id(root))
    while stack:
        node, following = stack[-1]
        child = next(following, None)
        if child is None:
            stack.pop()
            visiting.discard(id(node))
            total[id(node)] = min(MAX_SVG_INSTANCES + 1, 1 + sum(total[id(c)] for c in edges[id(node)]))
            continue
        if id(child) in visiting:
            return "refers to itself (a <use> or url(#...) that contains itself); export the logo again."
        if id(child) not in total:
            visiting.add(id(child))
            stack.append((child, iter(edges[id(child)])))
    if total[id(root)] > MAX_SVG_INSTANCES:
        return (
            f"expands to more than {MAX_SVG_INSTANCES:,} shapes once its <use> references are followed, "
            "which would take the PDF engine far too long to draw; export a simpler logo."
        )
    return None


def _elements(root: ElementTree.Element) -> tuple[list[ElementTree.Element], str | None]:
    """Every element under `root` (iteratively, however deep), or a problem with its size."""
    found: list[ElementTree.Element] = []
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_SVG_DEPTH:
            return found, f"nests elements more than {MAX_SVG_DEPTH} deep; export a simpler logo."
        found.append(element)
        if len(found) > MAX_SVG_ELEMENTS:
            return found, f"has more than {MAX_SVG_ELEMENTS:,} elements; export a simpler logo."
        stack.extend((child, depth + 1) for child in element)
    return found, None


def _targets(
    element: ElementTree.Element, by_id: dict[str | None, ElementTree.Element]
) -> list[ElementTree.Element]:
    """The elements `element` refers to: `href="#id"` and `url(#id)` in any attribute."""
    names: list[str] = []
    for name in _HREF_NAMES:
        value = element.get(name, "").strip()
        if value.startswith("#"):
            names.append(value[1:])
    for value in element.attrib.values():
        names.extend(_REFERENCE.findall(value))
    return [by_id[name] for name in names if name in by_id]


_INLINE_SVG = re.compile(r"<svg\b.*?</svg\s*>", re.S | re.I)


def inline_svg_problem(html: str) -> str | None:
    """The problem with an `<svg>` written into a page's HTML (by a template), or None. A
    fragment that cannot be read as XML is refused only if it refers to other elements (the
    engine's HTML reader is more lenient, so it could not be checked)."""
    for match in _INLINE_SVG.finditer(html):
        fragment = match.group(0)
        if "xmlns=" not in fragment[: fragment.find(">")]:
            fragment = fragment.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
        fragment = fragment.replace("xlink:href", "href")
        try:
            root = ElementTree.fromstring(fragment)
        except ElementTree.ParseError:
            if re.search(r"<use\b|url\(\s*['\"]?#", fragment, re.I):
                return "an <svg> in the template refers to other elements but is not well-formed XML"
            continue
        problem = expansion_problem(root)
        if problem:
            return f"an <svg> in the template {problem.split(';')[0]}"
    return None
