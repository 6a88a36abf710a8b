#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the Flathub manifest of a release from flatpak/io.github.diptych.Diptych.json.in:
# Flathub builds a git tag pinned to its commit, which only exists once the
# release is tagged, so the manifest is made then, not kept in the tree.
#
# usage: build-aux/release-manifest.sh TAG [COMMIT] > io.github.diptych.Diptych.json
#   TAG     the release tag, vVERSION (v0.1.0), matching meson.build's version
#   COMMIT  the commit the tag points to; by default read from the tag in git
# The runtime is the Devel manifest's, so that both move together.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tag="${1:?usage: $0 TAG [COMMIT]}"
commit="${2:-}"

version=$(sed -n "s/^  version: '\([^']*\)',$/\1/p" "$root/meson.build")
if [ "$tag" != "v$version" ]; then
  echo "$0: tag $tag does not match meson.build's version $version (want v$version)" >&2
  exit 1
fi
if [ -z "$commit" ]; then
  if ! commit=$(git -C "$root" rev-parse --verify --quiet "refs/tags/$tag^{commit}"); then
    echo "$0: no tag $tag in this repository: tag the release first (git tag -s $tag)" >&2
    exit 1
  fi
fi
if ! [[ "$commit" =~ ^[0-9a-f]{40}$ ]]; then
  echo "$0: $commit is not a full commit id (40 hex digits)" >&2
  exit 1
fi
runtime=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["runtime-version"])' \
          "$root/flatpak/io.github.diptych.Diptych.Devel.json")

sed -e "s/@TAG@/$tag/" -e "s/@COMMIT@/$commit/" -e "s/@RUNTIME_VERSION@/$runtime/" \
  "$root/flatpak/io.github.diptych.Diptych.json.in"
