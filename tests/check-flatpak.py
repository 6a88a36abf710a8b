#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest offline: valid JSON that flatpak-builder
accepts without unknown properties, the same application id everywhere, and
a command that meson installs.

usage: check-flatpak.py SOURCE_ROOT BUILD_ROOT"""

import json
import pathlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(sys.argv[1])
build = pathlib.Path(sys.argv[2])
app_id = "io.github.diptych.Diptych"
manifest_path = root / "flatpak" / f"{app_id}.json"
failed = []

manifest = json.loads(manifest_path.read_text())
if manifest.get("id") != app_id:
    failed.append(f"manifest id is {manifest.get('id')!r}, not {app_id}")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    failed.append("the manifest must use org.gnome.Platform and org.gnome.Sdk")
for arg in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"):
    if arg not in manifest.get("finish-args", []):
        failed.append(f"finish-args lacks {arg}")
module = manifest["modules"][-1]
if module.get("buildsystem") != "meson" or not module.get("run-tests"):
    failed.append("the app module must build with meson and run its tests")

# The command is what meson installs.
intro = subprocess.run(["meson", "introspect", "--installed", str(build)],
                       capture_output=True, text=True, check=True)
installed = json.loads(intro.stdout).values()
binaries = {pathlib.Path(p).name for p in installed if "/bin/" in p}
if manifest.get("command") not in binaries:
    failed.append(f"command {manifest.get('command')!r} is not installed by meson ({sorted(binaries)})")

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
    shown = subprocess.run([builder, "--show-manifest", str(manifest_path)],
                           capture_output=True, text=True)
    if shown.returncode != 0:
        failed.append(f"flatpak-builder --show-manifest failed: {shown.stderr.strip()}")
    if "Unknown property" in shown.stderr:
        failed.append(f"flatpak-builder: {shown.stderr.strip()}")

for message in failed:
    print(message)
sys.exit(1 if failed else 0)
