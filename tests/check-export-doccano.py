#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""doccano's importer reads our JSONL: it guesses the encoding with chardet
(chardet.detect on the file's bytes), decodes with the guess, then takes
every span as text[start:end]. Both formats, sequence labelling and
relation extraction; and the CLI warns about the overlaps doccano drops."""

import json
import os

from exportcheck import Fixture, check, finish, need

chardet = need("chardet")
f = Fixture()
placed = f.placed()
kinds = {"source": "Source", "claim": "Claim", "casualty": "Casualty"}

for relations in (False, True):
    options = ["--doccano-relations"] if relations else []
    out, err = f.export("doccano", *options, out="rel" if relations else "seq")
    path = os.path.join(out, f.stem + ".jsonl")
    with open(path, "rb") as fp:
        data = fp.read()

    # What doccano's importer does.
    guess = chardet.detect(data)["encoding"]
    check(guess is not None and guess.lower() == "ascii", f"chardet guessed {guess}, not ascii")
    check(all(b < 0x80 for b in data), "the JSONL is not ASCII")
    lines = data.decode(guess or "ascii").splitlines()
    check(len(lines) == 1, f"{len(lines)} lines, not one per article")
    doc = json.loads(lines[0])
    check(doc["text"] == f.text, "the text is not the article as stored (CRLF, ü, é, emoji)")

    if relations:
        spans = [(e["start_offset"], e["end_offset"], e["label"]) for e in doc["entities"]]
        ids = {e["id"] for e in doc["entities"]}
        check(len(ids) == len(doc["entities"]), "entity ids repeat")
        for r in doc["relations"]:
            check(r["from_id"] in ids and r["to_id"] in ids, f"relation {r} links a missing entity")
            check(r["type"] in ("SaidBy", "AttributedTo", "PartOf"), f"relation type {r['type']}")
        # figure→officials, women→officials, women⊂figure, claim→officials, quote→witness
        check(len(doc["relations"]) == 5, f"{len(doc['relations'])} relations, not 5")
    else:
        spans = [tuple(label) for label in doc["label"]]

    check(len(spans) == len(placed), f"{len(spans)} spans for {len(placed)} placed annotations")
    expected = {(a["start"], a["end"], kinds[a["kind"]]) for a in placed.values()}
    for start, end, label in spans:
        check((start, end, label) in expected, f"span {start}-{end} {label} is no annotation")
        words = doc["text"][start:end]
        want = [a["quote"]["exact"] for a in placed.values() if a["start"] == start]
        check(words in want, f"span {start}-{end} reads {words!r}, not {want!r}")

    # The claim crosses the first figure and holds the women figure:
    # doccano drops them unless the project allows overlapping spans.
    check("3 annotations overlap others" in err, f"no overlap warning on stderr: {err!r}")

finish("doccano JSONL read as doccano reads it")
