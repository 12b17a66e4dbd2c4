#!/bin/sh
# Every language in po/LINGUAS: its catalogue passes msgfmt --check (format
# strings, plural forms, header), and against the strings the sources have
# today it has nothing untranslated or fuzzy. The template is extracted
# afresh, as meson's glib preset does, so a new string fails this test until
# every language has it.
set -eu
srcdir=${1:?usage: check-po.sh SOURCE_ROOT}
cd "$srcdir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

xgettext --files-from=po/POTFILES.in --directory=. --output="$work/strongback.pot" \
  --package-name=strongback --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_set_error:4:c-format --flag=g_printerr:1:c-format

status=0
for lang in $(sed -e 's/#.*//' po/LINGUAS); do
  if [ ! -f "po/$lang.po" ]; then
    echo "$lang: po/LINGUAS lists it, but po/$lang.po does not exist"
    status=1
    continue
  fi
  msgfmt --check --output-file=/dev/null "po/$lang.po" || { echo "$lang: msgfmt --check failed"; status=1; }
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$work/strongback.pot" -o "$work/$lang.po"
  stats=$(msgfmt --statistics --output-file=/dev/null "$work/$lang.po" 2>&1)
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) echo "$lang: incomplete: run msgmerge po/$lang.po and translate what is new"; status=1 ;;
  esac
done
exit $status
