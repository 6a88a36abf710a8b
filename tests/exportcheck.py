# SPDX-License-Identifier: GPL-3.0-or-later
"""What the export checks share: the fixture, the CLI, the article.

Every check-export-*.py script is run as
    /usr/bin/python3 check-export-X.py DIPTYCH_CLI EXPORT_FIXTURE
writes the fixture (tests/export-fixture.c) into a temporary folder,
exports it with diptych-cli, and reads the export the way its consumer
does. Exit 0 passes, 1 fails, 77 skips (a Debian module is missing).
"""

import json
import os
import subprocess
import sys
import tempfile

SKIP = 77


def need(module):
    """Imports a Debian python3-* module, or skips the test."""
    try:
        return __import__(module)
    except ImportError:
        print(f"SKIP: python3 module {module} missing (build-aux/packages.txt installs it)")
        sys.exit(SKIP)


class Fixture:
    def __init__(self):
        if len(sys.argv) != 3:
            sys.exit("usage: check-export-X.py DIPTYCH_CLI EXPORT_FIXTURE")
        self.cli, fixture = sys.argv[1], sys.argv[2]
        self._tmp = tempfile.TemporaryDirectory(prefix="diptych-export-check-")
        self.dir = self._tmp.name
        self.sidecar = subprocess.run([fixture, self.dir], check=True, capture_output=True,
                                      text=True).stdout.strip()
        self.article_path = self.sidecar[: -len(".annotations.json")]
        self.name = os.path.basename(self.article_path)
        self.stem = self.name.rsplit(".", 1)[0]
        # As stored: CRLF kept; offsets are code points, as Python counts.
        with open(self.article_path, encoding="utf-8", newline="") as f:
            self.text = f.read()
        with open(self.sidecar, encoding="utf-8") as f:
            self.annotations = {a["id"]: a for a in json.load(f)["annotations"]}

    def export(self, fmt, *options, out=None):
        """Runs diptych-cli export; returns (output folder, stderr)."""
        out = os.path.join(self.dir, out or fmt)
        result = subprocess.run([self.cli, "export", "--format", fmt, "-o", out, *options,
                                 self.sidecar], capture_output=True, text=True,
                                env=dict(os.environ, LANGUAGE="C"))
        check(result.returncode == 0, f"diptych-cli export failed: {result.stderr}")
        return out, result.stderr

    def placed(self):
        """The annotations with a place in the article, as the export finds them."""
        return {i: a for i, a in self.annotations.items() if a["quote"]["exact"] in self.text}


failures = 0


def check(condition, message):
    global failures
    if not condition:
        failures += 1
        print("FAIL:", message)
    return condition


def finish(what):
    if failures:
        print(f"{failures} failed checks")
        sys.exit(1)
    print(f"ok: {what}")
    sys.exit(0)
