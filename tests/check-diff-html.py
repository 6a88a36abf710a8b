#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`diptych-cli diff --html` read by Python's HTML parser: a well-formed,
self-contained page in which every change of `diff --json` is marked, with
its class and its text.

usage: check-diff-html.py DIPTYCH_CLI LEFT RIGHT
"""

import html.parser
import json
import subprocess
import sys

VOID = {"meta", "br", "hr", "link", "img", "input"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.marks = {}      # change index -> [(tag, classes, text)]
        self.current = None
        self.errors = []
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        for name in ("src", "href"):
            if name in attrs:
                self.errors.append(f"external resource: <{tag} {name}=…>")
        if tag in VOID:
            return
        self.stack.append(tag)
        if "data-change" in attrs:
            if self.current is not None:
                self.errors.append("a change mark inside another")
            self.current = [tag, attrs["class"].split(), ""]
            self.marks.setdefault(int(attrs["data-change"]), []).append(self.current)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if tag in ("del", "ins"):
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current[2] += data


def main():
    cli, left, right = sys.argv[1:4]
    run = lambda *args: subprocess.run([cli, "diff", *args, left, right],
                                       capture_output=True, check=False)
    diff = json.loads(run("--json").stdout)
    raw = run("--html").stdout
    page_text = raw.decode("utf-8")   # raises if not UTF-8
    page = Page()
    page.feed(page_text)
    page.close()

    errors = list(page.errors)
    if page.stack:
        errors.append(f"unclosed: {page.stack}")
    if not page_text.startswith("<!DOCTYPE html>"):
        errors.append("no doctype")
    for tag in ("html", "head", "title", "style", "body", "main"):
        if tag not in page.tags:
            errors.append(f"no <{tag}>")
    if "script" in page.tags:
        errors.append("a script")

    for i, change in enumerate(diff["changes"]):
        marks = page.marks.get(i, [])
        expected = []
        if change["left"]["text"]:
            expected.append(("del", change["left"]["text"]))
        if change["right"]["text"]:
            expected.append(("ins", change["right"]["text"]))
        got = [(tag, text) for tag, _, text in marks]
        # HTML parsers turn CR LF into LF.
        norm = lambda s: s.replace("\r\n", "\n").replace("\r", "\n")
        if [(t, norm(x)) for t, x in got] != [(t, norm(x)) for t, x in expected]:
            errors.append(f"change {i}: marked {got!r}, expected {expected!r}")
        for _, classes, _ in marks:
            if change["class"] not in classes:
                errors.append(f"change {i}: classes {classes}, not {change['class']}")
    extra = set(page.marks) - set(range(len(diff["changes"])))
    if extra:
        errors.append(f"marks of no change: {sorted(extra)}")

    for e in errors:
        print(e)
    print(f"{len(diff['changes'])} changes, {sum(map(len, page.marks.values()))} marks, "
          f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
