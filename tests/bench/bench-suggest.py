#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times `diptych-cli suggest --json` on a 1 MB article against
`diptych-cli diff --json` on a 1 MB pair (that article and a copy with 1%
of its words changed), in the same run, and reports the ratio; then the
same without --json (suggest's readable list, diff's marked text). The article
is news copy: the labelled dev articles repeated, every number varied, so
that the detectors meet figures, sources and quotes everywhere. Exits 1
when suggest takes longer than diff.

usage: bench-suggest.py DIPTYCH_CLI ARTICLES_DIR [--runs N] [--workdir DIR]
"""

import argparse
import glob
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

SEED = 20261124


def make_article(rng, texts, size):
    out, length = [], 0
    while length < size:
        text = rng.choice(texts)
        text = re.sub(r"\d+", lambda m: str(rng.randint(2, 5000)), text)
        out.append(text)
        length += len(text.encode("utf-8"))
    return "\n\n".join(out)


def mutate(rng, text, fraction):
    words = text.split(" ")
    for i in range(len(words)):
        r = rng.random()
        if r < fraction / 3:
            words[i] = rng.choice(words)
        elif r < 2 * fraction / 3:
            words[i] = ""
        elif r < fraction:
            words[i] = words[i] + " " + rng.choice(words)
    return " ".join(w for w in words if w)


def seconds(cmd):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed: {result.stderr.decode()}")
    return elapsed


def peak_rss_kib(cmd):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("articles")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--workdir")
    args = parser.parse_args()

    workdir = args.workdir or tempfile.mkdtemp(prefix="diptych-bench-")
    rng = random.Random(SEED)
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(args.articles, "*.txt")))]
    article = make_article(rng, texts, 1_000_000)
    edited = mutate(rng, article, 0.01)
    a, b = os.path.join(workdir, "article.txt"), os.path.join(workdir, "edited.txt")
    for path, text in ((a, article), (b, edited)):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    out = subprocess.run([args.cli, "suggest", "--json", a], capture_output=True, text=True).stdout
    n = out.count('"kind":')
    print(f"article: {os.path.getsize(a)} bytes, {n} suggestions")
    # JSON, and the readable list against diff's readable output
    slower = False
    for option in (["--json"], []):
        suggest = [args.cli, "suggest"] + option + [a]
        diff = [args.cli, "diff"] + option + [a, b]
        name = " ".join(["suggest"] + option)
        times = {"suggest": [], "diff": []}
        seconds(suggest)
        seconds(diff)
        for _ in range(args.runs):
            times["suggest"].append(seconds(suggest))
            times["diff"].append(seconds(diff))
        s, d = statistics.median(times["suggest"]), statistics.median(times["diff"])
        print(f"{name}, 1 MB article: {s * 1000:.1f} ms (median of {args.runs}), "
              f"peak RSS {peak_rss_kib(suggest) / 1024:.1f} MiB")
        print(f"{name.replace('suggest', 'diff')}, 1 MB pair: {d * 1000:.1f} ms (median of {args.runs}), "
              f"peak RSS {peak_rss_kib(diff) / 1024:.1f} MiB")
        print(f"ratio {name}/diff: {s / d:.2f} (target ≤ 1)")
        slower |= s > d
    sys.exit(1 if slower else 0)


if __name__ == "__main__":
    main()
