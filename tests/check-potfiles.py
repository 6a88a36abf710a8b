#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a file with translatable strings is missing from po/POTFILES.in,
or when POTFILES.in lists a file that does not exist."""

import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
listed = set()
for line in (root / "po" / "POTFILES.in").read_text().splitlines():
    line = line.strip()
    if line and not line.startswith("#"):
        listed.add(line)

marks = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext)\s*\(|translatable="yes"')
needed = set()
for path in list((root / "src").rglob("*.c")) + list((root / "src").rglob("*.ui")):
    if marks.search(path.read_text(encoding="utf-8")):
        needed.add(str(path.relative_to(root)))
for path in (root / "data").glob("*.in"):
    needed.add(str(path.relative_to(root)))
for path in (root / "data").glob("*.gschema.xml"):
    needed.add(str(path.relative_to(root)))

failed = False
for path in sorted(needed - listed):
    print(f"po/POTFILES.in is missing {path}, which has translatable strings")
    failed = True
for path in sorted(listed):
    if not (root / path).exists():
        print(f"po/POTFILES.in lists {path}, which does not exist")
        failed = True

sys.exit(1 if failed else 0)
