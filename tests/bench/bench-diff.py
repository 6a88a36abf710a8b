#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times `diptych-cli diff --json` against git's histogram word diff on
generated article pairs, and reports ratios (the machines are shared and
noisy, so only ratios measured in one run mean anything) and peak memory,
as a multiple of the input size (both files), also net of the process's
own baseline. Exits 1 when a target is missed.

usage: bench-diff.py DIPTYCH_CLI [--runs N] [--workdir DIR]
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

SEED = 20261123


def make_vocabulary(rng, n):
    syllables = ["ka", "lo", "mi", "ra", "te", "sun", "dor", "vel", "an", "is",
                 "por", "tri", "gen", "sa", "bo", "lu", "ner", "xi", "qua", "est"]
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def make_prose(rng, vocabulary, size):
    weights = [1.0 / (rank + 1) for rank in range(len(vocabulary))]
    words = rng.choices(vocabulary, weights=weights, k=size // 5)
    out, paragraph, sentence_len, length = [], [], 0, 0
    for i, word in enumerate(words):
        if sentence_len == 0:
            word = word.capitalize()
            if rng.random() < 0.1:
                word = "\u201c" + word
        if rng.random() < 0.03:
            word = str(rng.randint(2, 2000))
        sentence_len += 1
        if sentence_len > rng.randint(8, 25):
            word += rng.choice([".", ".", ".", "?", "\u201d"]) if rng.random() < 0.9 else ";"
            sentence_len = 0
        elif rng.random() < 0.06:
            word += ","
        paragraph.append(word)
        length += len(word) + 1
        if sentence_len == 0 and rng.random() < 0.2:
            out.append(" ".join(paragraph))
            paragraph = []
        if length >= size:
            break
    out.append(" ".join(paragraph))
    return "\n\n".join(out) + "\n"


def mutate(rng, vocabulary, text, fraction):
    words = text.split(" ")
    for i in range(len(words)):
        r = rng.random()
        if r < fraction / 3:
            words[i] = rng.choice(vocabulary)
        elif r < 2 * fraction / 3:
            words[i] = ""
        elif r < fraction:
            words[i] = words[i] + " " + rng.choice(vocabulary)
    return " ".join(w for w in words if w)


def wrap(text, width=72):
    """Fills each paragraph to @width columns, as an editor re-wraps it."""
    return "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
                       for p in text.rstrip("\n").split("\n\n")) + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def peak_rss_kib(cmd):
    return rss_and_faults(cmd)[0]


def rss_and_faults(cmd):
    """Peak RSS in KiB and minor page faults of one run."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M %R"] + cmd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rss, faults = result.stderr.strip().splitlines()[-1].split()
    return int(rss), int(faults)


def seconds(cmd):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed: {result.stderr.decode()}")
    return elapsed


def median_seconds(commands, runs):
    """Median times of each command, run in turn (after one warm-up run
    each), so that a slow spell of the machine falls on all of them."""
    times = [[] for _ in commands]
    for cmd in commands:
        seconds(cmd)
    for _ in range(runs):
        for i, cmd in enumerate(commands):
            times[i].append(seconds(cmd))
    return [statistics.median(t) for t in times]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir")
    args = parser.parse_args()

    workdir = args.workdir or tempfile.mkdtemp(prefix="diptych-bench-")
    rng = random.Random(SEED)
    vocabulary = make_vocabulary(rng, 6000)

    big = make_prose(rng, vocabulary, 1_000_000)
    big_edited = mutate(rng, vocabulary, big, 0.01)
    mid = make_prose(rng, vocabulary, 200_000)
    mid_edited = mutate(rng, vocabulary, mid, 0.30)

    # The worst case for any diff: few distinct words, nothing unique to
    # anchor on. The cost bound must keep it near git's time.
    tiny = ["the", "a", "of", "to"]
    worst_left = " ".join(rng.choice(tiny) for _ in range(50_000))
    worst_right = " ".join(rng.choice(tiny) for _ in range(50_000))

    # name: (left, right, time target as a ratio to git, memory target as a
    # multiple of the input above the baseline, or None)
    pairs = {
        "1 MB, 1% changed": (big, big_edited, 1 / 3, 20),
        "1 MB, 1% changed, reflowed to one line": (big, " ".join(big_edited.split()), 1 / 3, 20),
        # Lines re-wrapped after the edits, as an editor does: every line
        # after an edit in its paragraph breaks elsewhere.
        "1 MB, 1% changed, re-wrapped at 72": (wrap(big), wrap(big_edited), 1 / 3, 20),
        "200 KB, 30% changed": (mid, mid_edited, 1.0, 20),
        # Almost every token is a change: memory follows the changes, not the input.
        "200 KB of 4 words (worst case)": (worst_left, worst_right, 1.5, None),
    }

    # The process itself (GLib, GIO, json-glib loaded) before any text.
    baseline = peak_rss_kib([args.cli, "--version"]) * 1024
    print(f"peak RSS of diptych-cli --version (baseline): {baseline / 2**20:.1f} MB")
    print(f"{'pair':42} {'diptych':>9} {'git':>9} {'ratio':>7} {'target':>7} "
          f"{'peak RSS':>9} {'x input':>8} {'(-base)':>8} {'faults':>7} {'git':>7}")
    failed = False
    for i, (name, (left, right, target, memory_target)) in enumerate(pairs.items()):
        lpath = os.path.join(workdir, f"pair{i}-left.txt")
        rpath = os.path.join(workdir, f"pair{i}-right.txt")
        write(lpath, left)
        write(rpath, right)
        input_bytes = os.path.getsize(lpath) + os.path.getsize(rpath)

        ours = [args.cli, "diff", "--json", lpath, rpath]
        git = ["git", "diff", "--no-index", "--word-diff=porcelain",
               "--diff-algorithm=histogram", lpath, rpath]
        t_ours, t_git = median_seconds([ours, git], args.runs)
        rss, faults = rss_and_faults(ours)
        rss *= 1024
        git_faults = rss_and_faults(git)[1]
        ratio = t_ours / t_git
        ok = ratio <= target and (memory_target is None or rss - baseline <= memory_target * input_bytes)
        failed |= not ok
        print(f"{name:42} {t_ours:8.3f}s {t_git:8.3f}s {ratio:7.2f} {target:7.2f} "
              f"{rss / 2**20:7.1f}MB {rss / input_bytes:7.1f}x {(rss - baseline) / input_bytes:7.1f}x "
              f"{faults:7d} {git_faults:7d} {'ok' if ok else 'MISSED'}")

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
