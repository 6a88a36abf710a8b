#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary DESTDIR and checks that everything
# lands where GNOME expects it.
# usage: check-install.sh BUILD_ROOT PREFIX BUILD_APP
set -u
build="$1"; prefix="$2"; app="$3"
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

if ! meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >"$dest.log" 2>&1; then
  cat "$dest.log"; rm -f "$dest.log"; exit 1
fi
rm -f "$dest.log"

root="$dest$prefix"
status=0
expect () {
  if [ ! -e "$root/$1" ]; then echo "not installed: $prefix/$1"; status=1; fi
}

expect bin/diptych-cli
expect libexec/diptych-cli-full
expect share/glib-2.0/schemas/io.github.diptych.Diptych.gschema.xml
expect share/locale/de/LC_MESSAGES/diptych.mo
expect share/locale/fr/LC_MESSAGES/diptych.mo
expect share/diptych/diptych-annotations.schema.json
if [ "$app" = true ]; then
  expect bin/diptych
  expect share/applications/io.github.diptych.Diptych.desktop
  expect share/metainfo/io.github.diptych.Diptych.metainfo.xml
  expect share/icons/hicolor/scalable/apps/io.github.diptych.Diptych.svg
  expect share/icons/hicolor/symbolic/apps/io.github.diptych.Diptych-symbolic.svg
fi
exit $status
