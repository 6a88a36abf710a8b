#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pyld, offline, reads the Web Annotations as JSON-LD: expanded with the
W3C context (tests/data/w3c-anno-context.jsonld, served by a document
loader that fetches nothing), every term we write is one of the model's
or ours (none dropped), and compacting back gives the same annotations."""

import json
import os
import sys

from exportcheck import Fixture, check, finish, need

need("pyld")
from pyld import jsonld  # noqa: E402

CONTEXT_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data",
                            "w3c-anno-context.jsonld")
with open(CONTEXT_FILE, encoding="utf-8") as fp:
    CONTEXT = json.load(fp)
fetched = []


def loader(url, options=None):
    fetched.append(url)
    if url.rstrip("/") in ("http://www.w3.org/ns/anno.jsonld", "http://www.w3.org/ns/anno"):
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise RuntimeError(f"offline: refusing to fetch {url}")


jsonld.set_document_loader(loader)
OA = "http://www.w3.org/ns/oa#"
DIPTYCH = "https://github.com/diptych/diptych/ns#"

f = Fixture()
out, _ = f.export("w3c", "--annotator", "Zoë", "--language", "en")
with open(os.path.join(out, f.stem + ".jsonld"), encoding="utf-8") as fp:
    doc = json.load(fp)

expanded = jsonld.expand(doc)
check(all(u.startswith("http://www.w3.org/ns/anno") for u in fetched), f"fetched {fetched}")


def keys(node, found):
    if isinstance(node, list):
        for n in node:
            keys(n, found)
    elif isinstance(node, dict):
        for k, v in node.items():
            found.add(k)
            keys(v, found)
    return found


def count_terms(node, found):
    """The JSON keys of the compact form, except JSON-LD's own."""
    if isinstance(node, list):
        for n in node:
            count_terms(n, found)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k == "@context":
                continue
            if not k.startswith("@"):
                found.add(k)
            count_terms(v, found)
    return found


# A term the context does not define is dropped by expansion, silently.
written = count_terms(doc, set())
kept = keys(expanded, set())
context = CONTEXT["@context"]
for term in written:
    iri = context.get(term, {}) if not term.startswith("diptych:") else DIPTYCH + term[8:]
    if isinstance(iri, dict):
        iri = iri.get("@id", term)
    if term in ("id", "type"):
        continue
    if isinstance(iri, str) and ":" in iri and not iri.startswith("http"):
        prefix, _, rest = iri.partition(":")
        iri = context.get(prefix, prefix + ":") + rest
    check(iri in kept, f"term {term!r} ({iri}) is lost in expansion")

annotations = []


def walk(node):
    if isinstance(node, list):
        for n in node:
            walk(n)
    elif isinstance(node, dict):
        if OA + "Annotation" in node.get("@type", []):
            annotations.append(node)
        for v in node.values():
            walk(v)


walk(expanded)
check(len(annotations) == len(f.annotations), f"{len(annotations)} annotations expanded")
for a in annotations:
    check(a["@id"].startswith("urn:uuid:"), f"id {a['@id']}")
    check("http://purl.org/dc/terms/creator" in a, "creator lost")
    for body in a[OA + "hasBody"]:
        check(OA + "TextualBody" in body.get("@type", []), f"body {body.get('@type')} not a TextualBody")
        check("http://www.w3.org/1999/02/22-rdf-syntax-ns#value" in body, "body value lost")
    for target in a[OA + "hasTarget"]:
        check(OA + "hasSource" in target, "target source lost")

compacted = jsonld.compact(expanded, "http://www.w3.org/ns/anno.jsonld")
items = []


def walk_compact(node):
    if isinstance(node, list):
        for n in node:
            walk_compact(n)
    elif isinstance(node, dict):
        if node.get("type") == "Annotation":
            items.append(node)
        for v in node.values():
            walk_compact(v)


walk_compact(compacted)
check(sorted(i["id"] for i in items) == sorted("urn:uuid:" + i for i in f.annotations),
      "compacting back does not give the same annotations")

finish("Web Annotations expanded and compacted by pyld, offline")
