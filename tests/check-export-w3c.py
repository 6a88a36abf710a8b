#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The W3C Web Annotation Data Model's MUSTs (https://www.w3.org/TR/annotation-model/),
in our own words, for what the W3C test suite checks: each annotation on
its own (with the @context) and as embedded in the page (without it), the
collection and the page; and the SHOULDs Diptych meets (creator, created,
the target's format and language). The selectors select the words the
annotation marks in the article as stored."""

import json
import os
import re
import urllib.parse

from exportcheck import Fixture, check, finish

ANNO = "http://www.w3.org/ns/anno.jsonld"
MOTIVATIONS = {"assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
               "highlighting", "identifying", "linking", "moderating", "questioning", "replying",
               "tagging"}
AGENT_TYPES = {"Person", "Organization", "Software"}
# RFC 3987: an absolute IRI; no spaces or delimiters, one fragment at most,
# every % followed by two hex digits.
IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`#]*(#[^\s<>\"{}|\\^`#]*)?")
DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def is_iri(value):
    return (isinstance(value, str) and IRI.fullmatch(value) is not None
            and re.search(r"%(?![0-9A-Fa-f]{2})", value) is None)


def types_of(node):
    t = node.get("type", [])
    return t if isinstance(t, list) else [t]


def as_list(value):
    return value if isinstance(value, list) else [value]


def check_context(node, where):
    ctx = node.get("@context")
    check(ctx == ANNO or (isinstance(ctx, list) and ANNO in ctx),
          f"{where}: @context does not include {ANNO}")


def check_agent(agent, where):
    if isinstance(agent, str):
        check(is_iri(agent), f"{where}: agent {agent!r} is not an IRI")
        return
    check(isinstance(agent, dict), f"{where}: agent is neither an IRI nor an object")
    check(all(t in AGENT_TYPES for t in types_of(agent)), f"{where}: agent types {types_of(agent)}")
    if "id" in agent:
        check(is_iri(agent["id"]), f"{where}: agent id is not an IRI")
    for key in ("name", "nickname"):
        if key in agent:
            check(isinstance(agent[key], str), f"{where}: agent {key} is not one string")


def check_times(node, where):
    for key in ("created", "modified", "generated"):
        if key in node:
            check(isinstance(node[key], str) and DATETIME.fullmatch(node[key]),
                  f"{where}: {key} {node.get(key)!r} is not an xsd:dateTime with a timezone")


def check_resource_common(node, where):
    check_times(node, where)
    for key in ("creator", "generator"):
        for agent in as_list(node.get(key, [])):
            check_agent(agent, f"{where} {key}")
    for key in ("format", "language"):
        for value in as_list(node.get(key, [])):
            check(isinstance(value, str), f"{where}: {key} is not a string")
    if "purpose" in node:
        check(all(p in MOTIVATIONS for p in as_list(node["purpose"])), f"{where}: purpose {node['purpose']}")


def check_body(body, where):
    """3.2-bodyObjectsRecognized: an IRI, an External Web Resource (id), a
    TextualBody (value), a SpecificResource (source) or a Choice/Set."""
    if isinstance(body, str):
        check(is_iri(body), f"{where}: body {body!r} is not an IRI")
        return
    if not check(isinstance(body, dict), f"{where}: body is neither IRI nor object"):
        return
    kinds = []
    if "value" in body:
        kinds.append("TextualBody")
        check(isinstance(body["value"], str), f"{where}: TextualBody value is not one string")
        check(not types_of(body) or "TextualBody" in types_of(body),
              f"{where}: a body with a value has types {types_of(body)}")
    if "source" in body:
        kinds.append("SpecificResource")
        source = body["source"]
        check(is_iri(source) or (isinstance(source, dict) and is_iri(source.get("id"))),
              f"{where}: SpecificResource source without an IRI")
    if "id" in body and not kinds:
        kinds.append("External")
        check(is_iri(body["id"]), f"{where}: body id is not an IRI")
    if any(t in ("Choice", "Composite", "List", "Independents") for t in types_of(body)):
        kinds.append("Set")
    check(kinds, f"{where}: body {body} is none of the body kinds the model allows")
    check(len(kinds) <= 1, f"{where}: body is several kinds at once {kinds}")
    check_resource_common(body, where)


def check_selector(selector, where):
    t = types_of(selector)
    if "TextQuoteSelector" in t:
        check(isinstance(selector.get("exact"), str), f"{where}: TextQuoteSelector without exact")
        for key in ("prefix", "suffix"):
            if key in selector:
                check(isinstance(selector[key], str), f"{where}: {key} is not a string")
    elif "TextPositionSelector" in t:
        start, end = selector.get("start"), selector.get("end")
        check(isinstance(start, int) and isinstance(end, int) and 0 <= start <= end,
              f"{where}: TextPositionSelector {start}..{end}")
    else:
        check(False, f"{where}: unexpected selector {t}")


def check_target(target, where):
    if isinstance(target, str):
        check(is_iri(target), f"{where}: target is not an IRI")
        return
    source = target.get("source")
    if source is None:
        check(is_iri(target.get("id")), f"{where}: target has neither source nor id")
        return
    check(is_iri(source) or (isinstance(source, dict) and is_iri(source.get("id"))),
          f"{where}: target source has no IRI")
    for selector in as_list(target.get("selector", [])):
        check_selector(selector, where)


def check_annotation(a, where, standalone):
    if standalone:
        check_context(a, where)
    else:
        check("@context" not in a, f"{where}: an embedded annotation repeats @context")
    check(is_iri(a.get("id")), f"{where}: id {a.get('id')!r} is not one IRI")
    check("Annotation" in types_of(a), f"{where}: type does not include Annotation")
    check("target" in a, f"{where}: no target")
    for target in as_list(a.get("target", [])):
        check_target(target, where)
    for body in as_list(a.get("body", [])):
        check_body(body, where)
    if "motivation" in a:
        check(all(m in MOTIVATIONS for m in as_list(a["motivation"])), f"{where}: motivation")
    check_resource_common(a, where)


f = Fixture()
ANNOTATOR = "Zoë Müller-Ünal"
out, _ = f.export("w3c", "--annotator", ANNOTATOR, "--language", "en")
with open(os.path.join(out, f.stem + ".jsonld"), encoding="utf-8") as fp:
    collection = json.load(fp)

# The collection and its page.
check_context(collection, "collection")
check(is_iri(collection.get("id")), f"collection id {collection.get('id')!r} is not an IRI")
check("AnnotationCollection" in types_of(collection), "collection type")
check(isinstance(collection.get("label"), str), "collection has no label (SHOULD)")
page = collection.get("first")
check(isinstance(page, dict) or is_iri(page), "collection first is neither a page nor an IRI")
check(is_iri(collection.get("last")), "collection has no last page IRI (SHOULD)")
items = page.get("items", []) if isinstance(page, dict) else []
check(collection.get("total") == len(items) == len(f.annotations),
      f"total {collection.get('total')}, {len(items)} items, {len(f.annotations)} annotations")
check(is_iri(page.get("id")), f"page id {page.get('id')!r} is not an IRI (5.2-pageIdValidated)")
check("AnnotationPage" in types_of(page), "page type")
check(page.get("partOf") == collection.get("id"), "page is not partOf the collection (SHOULD)")
check(collection.get("last") == page.get("id"), "last is not the only page")
check(isinstance(page.get("startIndex"), int) and page["startIndex"] >= 0, "startIndex")
check(isinstance(page.get("items"), list), "page items is not a list")
for key in ("next", "prev"):
    if key in page:
        check(is_iri(page[key]), f"page {key} is not an IRI")

article_uri = None
for i, a in enumerate(items):
    where = f"annotation {i}"
    check_annotation(a, where, standalone=False)
    check_annotation(dict(a, **{"@context": collection["@context"]}), where + " (standalone)", True)

    # SHOULDs: who and when, on the annotation and every body; the
    # target's format and language.
    for node, name in [(a, "annotation")] + [(b, "body") for b in as_list(a.get("body", []))]:
        creator = node.get("creator")
        check(isinstance(creator, dict) and creator.get("name") == ANNOTATOR,
              f"{where}: {name} creator {creator!r}")
        check("created" in node, f"{where}: {name} without created")
    target = a["target"]
    source = target["source"]
    check(source.get("format") == "text/plain" and source.get("language") == "en",
          f"{where}: target source {source!r} without format/language")
    article_uri = source["id"]

    # The selectors select the marked words of the article as stored.
    sidecar = f.annotations[a["id"].removeprefix("urn:uuid:")]
    selectors = {types_of(s)[0]: s for s in target["selector"]}
    quote = selectors["TextQuoteSelector"]
    if "TextPositionSelector" in selectors:
        pos = selectors["TextPositionSelector"]
        check(f.text[pos["start"]:pos["end"]] == quote["exact"], f"{where}: position and quote differ")
        check(f.text[:pos["start"]].endswith(quote["prefix"]), f"{where}: prefix")
        check(f.text[pos["end"]:].startswith(quote["suffix"]), f"{where}: suffix")
    else:
        check(sidecar["quote"]["exact"] not in f.text, f"{where}: a placed annotation without a position")
    check(quote["exact"] == sidecar["quote"]["exact"], f"{where}: quote {quote['exact']!r}")
    described = [b for b in a["body"] if b.get("purpose") == "describing"]
    check(len(described) == 1 and described[0].get("diptych:anchor") in ("exact", "orphaned"),
          f"{where}: no describing body with the anchor state")
    notes = [b["value"] for b in a["body"] if b.get("purpose") == "commenting"]
    check(notes == ([sidecar["note"]] if sidecar["note"] else []), f"{where}: note {notes!r}")

# The article's IRI names its file (spaces, “#” and ü escaped).
parsed = urllib.parse.urlparse(article_uri or "")
check(parsed.scheme == "file" and urllib.parse.unquote(parsed.path) == f.article_path,
      f"target source {article_uri!r} is not the article's file")

# Without --annotator, the creator falls back to the user's real name (or
# is left out when the system does not know it).
out, _ = f.export("w3c", out="default-creator")
with open(os.path.join(out, f.stem + ".jsonld"), encoding="utf-8") as fp:
    first = json.load(fp)["first"]["items"][0]
check("creator" not in first or first["creator"]["name"] not in ("", "Unknown"),
      f"default creator {first.get('creator')!r}")

finish("W3C Web Annotation MUSTs and SHOULDs")
