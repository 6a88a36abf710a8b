#!/bin/sh
# Races and kills sidecar saves; prints how many updates were lost.
#
#   tests/race/race-saves.sh BUILD-DIR [ROUNDS] [MODE]
#
# MODE rename (default): each round, two `diptych-cli reanchor` runs race a
#   third process that adds a mark and saves by atomic rename. A round
#   loses an update when that mark is gone at the end.
# MODE cp-p: the third process writes with `cp -p` from a copy whose
#   modification time is the sidecar's (as sync tools do).
# MODE kill: `reanchor` is killed with SIGKILL at a random moment; a round
#   fails when the sidecar no longer validates, or when temporary files
#   are left after the next save.
set -eu

build=$(cd "${1:?usage: race-saves.sh BUILD-DIR [ROUNDS] [MODE]}" && pwd)
rounds=${2:-200}
mode=${3:-rename}
cli="$build/src/cli/diptych-cli"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
py=/usr/bin/python3

printf 'The attack injured hundreds, killing nearly 90 people, according to officials.\n' > "$dir/story.txt"
side="$dir/story.txt.annotations.json"
printf '%s' '{"format": "diptych-annotations", "version": 1, "annotations": [{"id": "f1", "kind": "casualty", "start": 29, "end": 53, "quote": {"exact": "killing nearly 90 people"}, "casualty": {"value": 90}}]}' > "$side"

# Adds mark $1 to the sidecar: by rename, or with cp -p keeping the mtime.
add_mark () {
  $py - "$side" "$1" "$mode" <<'PY'
import json, os, subprocess, sys, tempfile
path, mark, mode = sys.argv[1:4]
with open(path) as f:
    doc = json.load(f)
doc["annotations"].append({"id": mark, "kind": "claim", "start": 0, "end": 10,
                           "quote": {"exact": "The attack"}})
fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".writer.")
with os.fdopen(fd, "w") as f:
    json.dump(doc, f)
if mode == "cp-p":
    st = os.stat(path)
    os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
    subprocess.run(["cp", "-p", tmp, path], check=True)
    os.unlink(tmp)
else:
    os.rename(tmp, path)
PY
}

lost=0
broken=0
i=0
while [ "$i" -lt "$rounds" ]; do
  i=$((i + 1))
  if [ "$mode" = kill ]; then
    "$cli" reanchor "$side" >/dev/null 2>&1 &
    pid=$!
    sleep "0.00$(( $(od -An -N1 -tu1 /dev/urandom) % 10 ))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if ! "$cli" validate "$side" >/dev/null 2>&1; then
      broken=$((broken + 1))
      continue
    fi
    "$cli" reanchor "$side" >/dev/null 2>&1 || true
    if ls -a "$dir" | grep -q '^\.story\.txt\.annotations\.json\..*\.tmp$'; then
      broken=$((broken + 1))
    fi
    continue
  fi

  "$cli" reanchor "$side" >/dev/null 2>&1 &
  a=$!
  "$cli" reanchor "$side" >/dev/null 2>&1 &
  b=$!
  add_mark "w$i"
  wait "$a" || true
  wait "$b" || true
  if ! grep -q "\"w$i\"" "$side"; then
    lost=$((lost + 1))
  fi
done

if [ "$mode" = kill ]; then
  echo "kill: $broken of $rounds rounds left a broken sidecar or a temporary file"
  [ "$broken" -eq 0 ]
else
  echo "$mode: $lost of $rounds rounds lost the writer's mark"
  [ "$lost" -eq 0 ]
fi
