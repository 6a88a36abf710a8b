#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifests offline: the development manifest and the
release manifest rendered from its template are valid JSON that
flatpak-builder accepts without unknown properties, on a GNOME runtime that
is not end-of-life, without file system access, with cleanup patterns that
match what meson installs; the release one builds a pinned git tag, as
Flathub requires. The same application id everywhere, and a command that
meson installs.

usage: check-flatpak.py SOURCE_ROOT BUILD_ROOT"""

import fnmatch
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

root = pathlib.Path(sys.argv[1])
build = pathlib.Path(sys.argv[2])
app_id = "io.github.diptych.Diptych"
devel_path = root / "flatpak" / f"{app_id}.Devel.json"
failed = []

# GNOME runtimes come out in March and September; Flathub supports a branch
# until about a month after the second release after it (45 ended on
# 2024-09-18, 47 on 2025-10-15). 49 ended in October 2026.
END_OF_LIFE = {str(v) for v in range(3, 50)}

# The release manifest is made from the template at release time
# (build-aux/release-manifest.sh); render it with a stand-in commit.
fake_commit = "0123456789abcdef0123456789abcdef01234567"
version = subprocess.run(["meson", "introspect", "--projectinfo", str(build)],
                         capture_output=True, text=True, check=True)
tag = "v" + json.loads(version.stdout)["version"]
rendered = subprocess.run([str(root / "build-aux" / "release-manifest.sh"), tag, fake_commit],
                          capture_output=True, text=True)
if rendered.returncode != 0:
    failed.append(f"release-manifest.sh failed: {rendered.stderr.strip()}")
    release_text = "{}"
else:
    release_text = rendered.stdout
if "@" in release_text:
    failed.append("the release manifest keeps a @PLACEHOLDER@")
release_dir = tempfile.mkdtemp()
release_path = pathlib.Path(release_dir) / f"{app_id}.json"
release_path.write_text(release_text)
if (root / "flatpak" / f"{app_id}.json").exists():
    failed.append(f"flatpak/{app_id}.json is made at release time; keep only the .json.in template")

# What meson installs, for the command and the cleanup patterns.
intro = subprocess.run(["meson", "introspect", "--installed", str(build)],
                       capture_output=True, text=True, check=True)
installed = list(json.loads(intro.stdout).values())
prefix = json.loads(subprocess.run(["meson", "introspect", "--buildoptions", str(build)],
                                   capture_output=True, text=True, check=True).stdout)
prefix = next(o["value"] for o in prefix if o["name"] == "prefix")
relative = ["/" + str(pathlib.PurePosixPath(p).relative_to(prefix)) for p in installed
            if p.startswith(prefix + "/")]


def check_manifest(name, manifest, release):
    def fail(message):
        failed.append(f"{name}: {message}")

    if manifest.get("id") != app_id:
        fail(f"id is {manifest.get('id')!r}, not {app_id}")
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        fail("must use org.gnome.Platform and org.gnome.Sdk")
    if str(manifest.get("runtime-version")) in END_OF_LIFE:
        fail(f"GNOME {manifest.get('runtime-version')} is end-of-life")
    args = manifest.get("finish-args", [])
    for arg in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"):
        if arg not in args:
            fail(f"finish-args lacks {arg}")
    # Files come through the portal; sidecars go to folders it grants.
    for arg in args:
        if arg.startswith("--filesystem=") or arg in ("--socket=x11", "--share=network"):
            fail(f"finish-args must not hold {arg}")
    module = manifest["modules"][-1]
    if module.get("buildsystem") != "meson" or not module.get("run-tests"):
        fail("the app module must build with meson and run its tests")
    if manifest.get("command") not in {pathlib.Path(p).name for p in installed if "/bin/" in p}:
        fail(f"command {manifest.get('command')!r} is not installed by meson")
    for pattern in manifest.get("cleanup", []):
        if not any(p == pattern or p.startswith(pattern.rstrip("/") + "/") or
                   fnmatch.fnmatch(pathlib.PurePosixPath(p).name, pattern) for p in relative):
            fail(f"cleanup {pattern!r} matches nothing meson installs")
    sources = module.get("sources", [])
    if release:
        # Flathub: module-diptych-source-dir-not-allowed; a tag pinned to its commit.
        if len(sources) != 1 or sources[0].get("type") != "git":
            fail("the app's source must be one git source")
        else:
            source = sources[0]
            if source.get("url") != "https://github.com/diptych/diptych.git":
                fail(f"git url is {source.get('url')!r}")
            if source.get("tag") != tag:
                fail(f"git tag is {source.get('tag')!r}, not {tag}")
            if not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
                fail("git source needs the tag's full commit id")
    elif not any(s.get("type") == "dir" for s in sources):
        fail("the development manifest builds the local checkout (a dir source)")


devel = json.loads(devel_path.read_text())
check_manifest(devel_path.name, devel, release=False)
try:
    release = json.loads(release_text)
    check_manifest("release manifest", release, release=True)
    if release.get("runtime-version") != devel.get("runtime-version"):
        failed.append("the release and development manifests use different runtimes")
except (json.JSONDecodeError, KeyError, IndexError) as e:
    failed.append(f"release manifest: {e}")

# The same id in the desktop file, metainfo, schema and icons.
data = root / "data"
if not (data / f"{app_id}.desktop.in").exists():
    failed.append("no desktop file named after the app id")
meta = ET.parse(data / f"{app_id}.metainfo.xml.in").getroot()
if meta.findtext("id") != app_id:
    failed.append("metainfo id differs")
if meta.find("launchable").text != f"{app_id}.desktop":
    failed.append("metainfo launchable differs")
schema = ET.parse(data / f"{app_id}.gschema.xml").getroot().find("schema")
if schema.get("id") != app_id or schema.get("path") != "/" + app_id.replace(".", "/") + "/":
    failed.append("schema id or path differs")
for icon in (data / "icons/hicolor/scalable/apps" / f"{app_id}.svg",
             data / "icons/hicolor/symbolic/apps" / f"{app_id}-symbolic.svg"):
    if not icon.exists():
        failed.append(f"missing icon {icon.relative_to(root)}")

builder = shutil.which("flatpak-builder")
if builder is None:
    print("flatpak-builder is not installed: manifest parsing not checked")
else:
    for path in (devel_path, release_path):
        shown = subprocess.run([builder, "--show-manifest", str(path)],
                               capture_output=True, text=True)
        if shown.returncode != 0:
            failed.append(f"flatpak-builder --show-manifest {path.name} failed: {shown.stderr.strip()}")
        if "Unknown property" in shown.stderr:
            failed.append(f"flatpak-builder ({path.name}): {shown.stderr.strip()}")
shutil.rmtree(release_dir)

for message in failed:
    print(message)
sys.exit(1 if failed else 0)
