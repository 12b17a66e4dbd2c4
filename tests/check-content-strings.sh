#!/bin/sh
# The built-in exercise and routine texts reach translators through
# data/content/content-strings.c; fail when it is older than the JSON.
set -eu
srcdir=${1:?usage: check-content-strings.sh SOURCE_ROOT}
fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT

python3 "$srcdir/build-aux/extract-content-strings.py" "$fresh"
if ! cmp -s "$fresh" "$srcdir/data/content/content-strings.c"; then
  echo "data/content/content-strings.c is out of date: run build-aux/extract-content-strings.py data/content/content-strings.c"
  diff -u "$srcdir/data/content/content-strings.c" "$fresh" | head -20
  exit 1
fi
echo "data/content/content-strings.c matches data/content/*.json ($(grep -c 'N_(' "$fresh") texts)"
