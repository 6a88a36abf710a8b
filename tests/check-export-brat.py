#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""brat's standoff and configuration formats, as brat documents them
(https://brat.nlplab.org/standoff.html, /configuration.html), checked the
way its verifier checks a document against annotation.conf: every
textbound type, relation (with its argument types) and attribute (with
its value) of the .ann declared in the conf; overlaps only as the conf
allows; spans that hold exactly the text they quote. With --brat-lf the
.txt has LF line ends and the offsets are those of that text."""

import os
import re

from exportcheck import Fixture, check, finish

f = Fixture()
placed = f.placed()


def read_conf(path):
    sections, current = {}, None
    if not check(os.path.exists(path), f"no {os.path.basename(path)} beside the .ann"):
        return sections
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = re.fullmatch(r"\[(\w+)\]", line)
            if m:
                current = sections.setdefault(m.group(1), [])
                continue
            check(current is not None, f"{os.path.basename(path)}: {line!r} outside a section")
            current.append(line)
    return sections


def parse_args(spec):
    """'Arg1:Claim, Arg2:Source' → {'Arg1': ['Claim'], 'Arg2': ['Source']}"""
    args = {}
    for part in spec.split(","):
        key, _, values = part.strip().partition(":")
        args[key] = values.split("|")
    return args


def check_conf(out):
    conf = read_conf(os.path.join(out, "annotation.conf"))
    for section in ("entities", "relations", "events", "attributes"):
        check(section in conf, f"annotation.conf has no [{section}]")
    entities = set(conf.get("entities", []))
    relations, overlap = {}, []
    for line in conf.get("relations", []):
        name, _, spec = line.partition("\t")
        check(spec != "", f"relation {name!r} has no arguments (tab-separated)")
        if name == "<OVERLAP>":
            overlap.append(parse_args(spec))
            continue
        args = parse_args(spec)
        for arg in ("Arg1", "Arg2"):
            check(all(t in entities for t in args.get(arg, [None])), f"{name} {arg} of unknown types")
        relations[name] = args
    attributes = {}
    for line in conf.get("attributes", []):
        name, _, spec = line.partition("\t")
        args = parse_args(spec)
        check(all(t in entities for t in args.get("Arg", [None])), f"attribute {name} of unknown types")
        attributes[name] = args
    check(conf.get("events") == [], "events declared")
    return entities, relations, attributes, overlap


def overlap_allowed(overlap, t1, t2, how):
    for rule in overlap:
        types = rule.get("<OVL-TYPE>", [])
        a1, a2 = rule.get("Arg1", []), rule.get("Arg2", [])
        if ((t1 in a1 or "<ENTITY>" in a1) and (t2 in a2 or "<ENTITY>" in a2)
                and ("<ANY>" in types or how in types)):
            return True
    return False


def check_visual(out, entities, relations):
    visual = read_conf(os.path.join(out, "visual.conf"))
    labels = {line.split("|")[0].strip() for line in visual.get("labels", [])}
    for name in list(entities) + list(relations):
        check(name in labels, f"visual.conf has no label for {name}")
    drawn = {line.split("\t")[0] for line in visual.get("drawing", [])}
    for name in entities:
        check(name in drawn, f"visual.conf does not draw {name}")


def check_ann(out, lf):
    entities, relations, attributes, overlap = check_conf(out)
    check_visual(out, entities, relations)
    with open(os.path.join(out, f.stem + ".txt"), encoding="utf-8", newline="") as fp:
        txt = fp.read()
    if lf:
        check("\r" not in txt, "--brat-lf left a CR in the .txt")
        check(txt == f.text.replace("\r\n", "\n"), "the LF .txt is not the article")
    else:
        check(txt == f.text, "the .txt is not a copy of the article")

    with open(os.path.join(out, f.stem + ".ann"), encoding="utf-8", newline="") as fp:
        ann = fp.read()
    check(ann.endswith("\n"), "the .ann does not end with a newline")
    textbounds, seen = {}, set()
    for line in ann.split("\n")[:-1]:
        fields = line.split("\t")
        ident = fields[0]
        check(ident not in seen, f"id {ident} used twice")
        seen.add(ident)
        if re.fullmatch(r"T\d+", ident):
            check(len(fields) == 3, f"{ident}: not three tab-separated fields")
            kind, _, spans = fields[1].partition(" ")
            check(kind in entities, f"{ident}: {kind} is not a known textbound type")
            fragments = []
            for frag in spans.split(";"):
                m = re.fullmatch(r"(\d+) (\d+)", frag)
                if not check(m, f"{ident}: bad span {frag!r}"):
                    continue
                start, end = int(m.group(1)), int(m.group(2))
                check(0 <= start < end <= len(txt), f"{ident}: span {start}-{end} outside the text")
                check("\n" not in txt[start:end] and "\r" not in txt[start:end],
                      f"{ident}: a fragment crosses a line")
                fragments.append((start, end))
            check(fields[2] == " ".join(txt[s:e] for s, e in fragments),
                  f"{ident}: text {fields[2]!r} is not what the span holds")
            textbounds[ident] = (kind, fragments[0][0], fragments[-1][1], fields[2])
        elif re.fullmatch(r"A\d+", ident):
            parts = fields[1].split(" ")
            check(len(fields) == 2 and len(parts) == 3, f"{ident}: not NAME ID VALUE")
            name, target, value = parts
            check(name in attributes, f"{ident}: {name} is not a known attribute")
            check(target in textbounds, f"{ident}: {target} is not a textbound")
            if name in attributes and target in textbounds:
                check(textbounds[target][0] in attributes[name]["Arg"],
                      f"{ident}: {textbounds[target][0]} cannot take a {name} attribute")
                check(value in attributes[name]["Value"], f"{ident}: {value} is no value of {name}")
        elif re.fullmatch(r"R\d+", ident):
            m = re.fullmatch(r"(\S+) Arg1:(T\d+) Arg2:(T\d+)", fields[1])
            if not check(len(fields) == 2 and m, f"{ident}: not TYPE Arg1:T Arg2:T"):
                continue
            name, a1, a2 = m.groups()
            check(name in relations, f"{ident}: {name} is not a known relation type")
            check(a1 in textbounds and a2 in textbounds, f"{ident}: links a missing textbound")
            if name in relations and a1 in textbounds and a2 in textbounds:
                check(textbounds[a1][0] in relations[name]["Arg1"]
                      and textbounds[a2][0] in relations[name]["Arg2"],
                      f"{ident}: {name} not allowed between {textbounds[a1][0]} and {textbounds[a2][0]}")
        elif re.fullmatch(r"#\d+", ident):
            check(len(fields) == 3, f"{ident}: a note with a tab or newline in it")
            m = re.fullmatch(r"AnnotatorNotes (T\d+)", fields[1])
            check(m and m.group(1) in textbounds, f"{ident}: not AnnotatorNotes of a textbound")
        else:
            check(False, f"unknown annotation line {line!r}")

    # Overlaps, as the verifier judges them against the conf.
    spans = list(textbounds.values())
    for i, (k1, s1, e1, _) in enumerate(spans):
        for k2, s2, e2, _ in spans[i + 1:]:
            if s2 < e1 and s1 < e2:
                how = "equal" if (s1, e1) == (s2, e2) else \
                      "contain" if (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2) else "cross"
                check(overlap_allowed(overlap, k1, k2, how), f"{k1} and {k2} overlap ({how})")

    # Every placed annotation, at its place in this .txt, with its words.
    check(len(textbounds) == len(placed), f"{len(textbounds)} textbounds for {len(placed)} placed")
    for a in placed.values():
        words = a["quote"]["exact"]
        if lf:
            words = words.replace("\r\n", "\n")
        found = [t for t in textbounds.values() if txt[t[1]:t[2]] == words]
        check(found, f"{words!r} has no textbound that holds it")


for lf in (False, True):
    out, _ = f.export("brat", *(["--brat-lf"] if lf else []), out="lf" if lf else "as-stored")
    check_ann(out, lf)

finish("brat standoff and annotation.conf checked by brat's rules")
