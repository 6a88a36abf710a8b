#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs diptych-cli under LANGUAGE=de and =fr with the translations built in
# the build tree, and checks that its messages come out translated.
# usage: check-translations.sh DIPTYCH_CLI LOCALEDIR
set -u
cli="$1"; localedir="$2"
status=0

check () {
  local lang="$1" expected="$2"; shift 2
  local out
  out=$(LC_ALL=C.UTF-8 LANGUAGE="$lang" DIPTYCH_LOCALEDIR="$localedir" "$cli" "$@" 2>&1)
  if ! grep -qF -- "$expected" <<<"$out"; then
    echo "LANGUAGE=$lang diptych-cli $*: expected “$expected”, got:"
    echo "$out"
    status=1
  fi
}

check de "„/nonexistent/original.txt“ existiert nicht" diff /nonexistent/original.txt /nonexistent/copy.txt
check de "Zwei Artikel Wort für Wort vergleichen" --help
check fr "« /nonexistent/original.txt » n’existe pas" diff /nonexistent/original.txt /nonexistent/copy.txt
check fr "Comparer deux articles mot à mot" --help
empty=$(mktemp --suffix=.txt)
trap 'rm -f "$empty"' EXIT
check de "Keine Vorschläge." suggest "$empty"
check fr "Suggérer des bilans humains, les sources citées" suggest --help
exit $status
