#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary DESTDIR and checks that everything
# lands where GNOME expects it.
# usage: check-install.sh BUILD_ROOT PREFIX BUILD_APP [BASH_COMPLETION_DIR [MAN]]
set -u
build="$1"; prefix="$2"; app="$3"
bash_dir="${4:-$prefix/share/bash-completion/completions}"; man="${5:-true}"
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
refuse () {
  if [ -e "$root/$1" ]; then echo "installed but not wanted: $prefix/$1"; status=1; fi
}

expect bin/diptych-cli
expect libexec/diptych-cli-full
expect share/licenses/diptych/COPYING
expect share/locale/de/LC_MESSAGES/diptych.mo
expect share/locale/fr/LC_MESSAGES/diptych.mo
expect share/diptych/diptych-annotations.schema.json
# Completions where each shell looks (bash: where bash-completion's .pc says).
if [ ! -e "$dest$bash_dir/diptych-cli" ]; then echo "not installed: $bash_dir/diptych-cli"; status=1; fi
expect share/zsh/site-functions/_diptych-cli
expect share/fish/vendor_completions.d/diptych-cli.fish
if [ -e "$dest$bash_dir/diptych-cli" ] && ! bash -n "$dest$bash_dir/diptych-cli"; then
  echo "bash completion does not parse"; status=1
fi
if [ "$man" = true ]; then
  expect share/man/man1/diptych-cli.1
  if command -v man >/dev/null && ! MANWIDTH=80 man -l "$root/share/man/man1/diptych-cli.1" 2>&1 \
      | grep -q 'diptych-cli diff'; then
    echo "man page diptych-cli.1 does not render"; status=1
  fi
fi
if cmp -s "$root/share/licenses/diptych/COPYING" "$(dirname "$0")/../COPYING"; then :; else
  echo "installed COPYING differs from the source's"; status=1
fi

if [ "$app" = true ]; then
  expect share/glib-2.0/schemas/io.github.diptych.Diptych.gschema.xml
  [ "$man" = true ] && expect share/man/man1/diptych.1
  desktop="$root/share/applications/io.github.diptych.Diptych.desktop"
  if [ -e "$desktop" ]; then
    grep -qx 'StartupWMClass=io.github.diptych.Diptych' "$desktop" || { echo "desktop file lacks StartupWMClass"; status=1; }
    if grep -q '^MimeType=.*text/plain' "$desktop"; then echo "desktop file offers Diptych for every text file"; status=1; fi
  fi
  expect bin/diptych
  expect share/applications/io.github.diptych.Diptych.desktop
  expect share/metainfo/io.github.diptych.Diptych.metainfo.xml
  expect share/icons/hicolor/scalable/apps/io.github.diptych.Diptych.svg
  expect share/icons/hicolor/symbolic/apps/io.github.diptych.Diptych-symbolic.svg
else
  # Without the app, nothing of the app's: no settings schema, no desktop file.
  refuse share/glib-2.0/schemas/io.github.diptych.Diptych.gschema.xml
  refuse share/applications/io.github.diptych.Diptych.desktop
  refuse share/man/man1/diptych.1
fi
exit $status
