#!/bin/bash
# Installs the packages in build-aux/packages.txt that are missing.
# Sourced by build-aux/run and build-aux/test. As a normal user it prints the
# command to run instead of failing later with an obscure build error.
set -euo pipefail

diptych_install_deps ()
{
  local list="$1"
  local missing=() missing_norec=()
  local pkg flag

  while read -r pkg flag; do
    case "$pkg" in ''|'#'*) continue ;; esac
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      if [ "${flag:-}" = norecommends ]; then
        missing_norec+=("$pkg")
      else
        missing+=("$pkg")
      fi
    fi
  done < "$list"

  [ ${#missing[@]} -eq 0 ] && [ ${#missing_norec[@]} -eq 0 ] && return 0

  local cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Diptych needs these Debian packages: ${missing[*]} ${missing_norec[*]}" >&2
    echo "Install them as root with:" >&2
    [ ${#missing[@]} -gt 0 ] && echo "  sudo sh -c '$cmd ${missing[*]}'" >&2
    [ ${#missing_norec[@]} -gt 0 ] && echo "  sudo sh -c '$cmd --no-install-recommends ${missing_norec[*]}'" >&2
    return 1
  fi

  echo "Installing: ${missing[*]} ${missing_norec[*]}" >&2
  apt-get update -q >&2
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
  fi
  if [ ${#missing_norec[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing_norec[@]}" >&2
  fi
}
