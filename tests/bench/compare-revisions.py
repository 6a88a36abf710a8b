#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Diffs edited revisions of real articles with two builds of diptych-cli
and counts where their `diff --json` outputs differ: for checking that a
change to the diff's speed leaves what it finds as it was.

Each of the labelled articles (tests/data/labels-dev) and the example
article is edited twelve ways, as a newsroom revises a story: numbers
changed, a sentence inserted, deleted or swapped with another, a word
replaced, some sentences broken onto lines of their own.

usage: compare-revisions.py OLD_DIPTYCH_CLI NEW_DIPTYCH_CLI
Exits 1 when any output differs, and keeps those pairs in a folder it names.
"""

import glob
import os
import random
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def revise(rng, text):
    sentences = re.split(r"(?<=[.!?])\s+", text)
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(sentences))
        op = rng.randrange(5)
        if op == 0:
            sentences[i] = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), sentences[i])
        elif op == 1:
            sentences.insert(i, "Officials later said the figure could rise.")
        elif op == 2 and len(sentences) > 3:
            del sentences[i]
        elif op == 3:
            words = sentences[i].split(" ")
            if len(words) > 3:
                words[rng.randrange(len(words))] = "reportedly"
                sentences[i] = " ".join(words)
        else:
            j = rng.randrange(len(sentences))
            sentences[i], sentences[j] = sentences[j], sentences[i]
    return " ".join(sentences)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    old, new = sys.argv[1:]
    files = sorted(glob.glob(os.path.join(TOP, "tests/data/labels-dev/*.txt")))
    files.append(os.path.join(TOP, "data/examples/original.txt"))
    rng = random.Random(7)
    work = tempfile.mkdtemp(prefix="diptych-revisions-")
    same = differ = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for k in range(12):
            revised = revise(rng, text)
            if k % 3 == 0:
                revised = revised.replace(". ", ".\n", 5)
            left = os.path.join(work, f"{same + differ}-left.txt")
            right = os.path.join(work, f"{same + differ}-right.txt")
            with open(left, "w", encoding="utf-8") as f:
                f.write(text)
            with open(right, "w", encoding="utf-8") as f:
                f.write(revised)
            outputs = [subprocess.run([cli, "diff", "--json", left, right], capture_output=True).stdout
                       for cli in (old, new)]
            if outputs[0] == outputs[1]:
                same += 1
                os.unlink(left)
                os.unlink(right)
            else:
                differ += 1
    print(f"{same + differ} revisions: {same} the same, {differ} different"
          + (f" (kept in {work})" if differ else ""))
    if not differ:
        os.rmdir(work)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
