#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The CSV in Python's strict reader, with and without the byte-order mark:
every field comes back as written, the text column is the article's words
at start..end, an orphan has empty offsets, its anchor state and words."""

import csv
import io
import os

from exportcheck import Fixture, check, finish

f = Fixture()
placed = f.placed()

for bom in (False, True):
    out, _ = f.export("csv", *(["--csv-bom"] if bom else []), out="bom" if bom else "plain")
    with open(os.path.join(out, f.stem + ".csv"), "rb") as fp:
        data = fp.read()
    check(data.startswith(b"\xef\xbb\xbf") == bom, f"byte-order mark present: {not bom}")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), strict=True))
    check(len(rows) == len(f.annotations), f"{len(rows)} rows for {len(f.annotations)} annotations")
    for row in rows:
        a = f.annotations[row["id"]]
        check(row["article"] == f.name, f"article column {row['article']!r}")
        check(row["note"] == a["note"], f"note {row['note']!r} is not {a['note']!r}")
        if row["id"] in placed:
            start, end = int(row["start"]), int(row["end"])
            check(f.text[start:end] == row["text"], f"text column {row['text']!r} is not the article's")
            check(row["anchor"] == "exact", f"anchor {row['anchor']}")
        else:
            check(row["start"] == "" and row["end"] == "", "an orphan has offsets")
            check(row["anchor"] == "orphaned", f"orphan's anchor column {row['anchor']!r}")
            check(row["text"] == a["quote"]["exact"], "an orphan's words are lost")

finish("CSV read by Python's strict csv reader")
