#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the examples of README.md against the build: every `$ ` line of a
```console block, from the source folder, with the build's diptych-cli first
on PATH, and compares its output with the lines under it. A line ending in
"…" is compared up to there; a line "…" alone stands for any lines.

usage: check-readme.py SOURCE_ROOT BUILD_ROOT"""

import os
import pathlib
import subprocess
import sys

root = pathlib.Path(sys.argv[1])
build = pathlib.Path(sys.argv[2])
readme = (root / "README.md").read_text().splitlines()

examples = []  # (line number, command, expected lines)
in_console = False
for number, line in enumerate(readme, 1):
    if line.startswith("```"):
        in_console = line.strip() == "```console"
        continue
    if not in_console:
        continue
    if line.startswith("$ "):
        examples.append((number, line[2:], []))
    elif examples:
        examples[-1][2].append(line)


def matches(expected, actual):
    i = 0
    for k, want in enumerate(expected):
        if want == "…":
            following = expected[k + 1] if k + 1 < len(expected) else None
            if following is None:
                return True
            while i < len(actual) and not matches([following], [actual[i]]):
                i += 1
            continue
        if i >= len(actual):
            return False
        got = actual[i]
        if want.endswith("…"):
            if not got.startswith(want[:-1]):
                return False
        elif got != want:
            return False
        i += 1
    return i == len(actual)


env = dict(os.environ)
env["PATH"] = f"{build / 'src' / 'cli'}:{env['PATH']}"
env.pop("DIPTYCH_LOCALEDIR", None)
env["LANGUAGE"] = "C"
env["NO_COLOR"] = "1"

failed = 0
if not examples:
    print("README.md has no console examples")
    failed = 1
for number, command, expected in examples:
    run = subprocess.run(["bash", "-c", command], cwd=root, env=env,
                         capture_output=True, text=True)
    actual = (run.stdout + run.stderr).splitlines()
    if not matches(expected, actual):
        failed += 1
        print(f"README.md:{number}: $ {command}")
        print("  expected:\n    " + "\n    ".join(expected))
        print("  got:\n    " + "\n    ".join(actual[:20]))
    else:
        print(f"ok README.md:{number}: $ {command}")
sys.exit(1 if failed else 0)
