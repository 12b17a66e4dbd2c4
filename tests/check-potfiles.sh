#!/bin/sh
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# or when POTFILES.in names a file that does not exist: either way a string
# would silently never reach translators.
set -eu
srcdir=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$srcdir"

potfiles=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
status=0

for f in $potfiles; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done

marked=$( {
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(' src --include='*.c' || true
  grep -rl 'translatable="yes"' src data --include='*.ui' || true
  grep -rlE '<(summary|description|name|p|li|caption)[ >]' data --include='*.xml.in' || true
  grep -rl '<summary' data --include='*.gschema.xml' || true
  ls data/*.desktop.in 2>/dev/null || true
} | sort -u)

for f in $marked; do
  if ! printf '%s\n' "$potfiles" | grep -qx "$f"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done

[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(printf '%s\n' "$potfiles" | wc -l) files with translatable strings"
exit $status
