#!/bin/sh
# Installs the build into a scratch prefix and checks that everything the
# desktop needs to list and launch Strongback landed where it looks, and
# that the installed desktop file and metainfo validate.
set -eu
builddir=${1:?usage: check-install.sh BUILD_DIR}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$builddir" --no-rebuild --quiet --destdir "$dest"

prefix=$(meson introspect "$builddir" --buildoptions |
         python3 -c 'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"))')
root="$dest$prefix"
id=io.github.strongback.Strongback
status=0

for f in \
    bin/strongback \
    share/applications/$id.desktop \
    share/dbus-1/services/$id.service \
    share/metainfo/$id.metainfo.xml \
    share/glib-2.0/schemas/$id.gschema.xml \
    share/icons/hicolor/scalable/apps/$id.svg \
    share/icons/hicolor/symbolic/apps/$id-symbolic.svg \
    share/strongback/demos/hip-thrust.webm \
    share/strongback/demos/incline-walk.webm; do
  if [ -e "$root/$f" ]; then echo "installed: $f"; else echo "MISSING: $f"; status=1; fi
done

[ -x "$root/bin/strongback" ] || { echo "bin/strongback is not executable"; status=1; }
grep -qx "Exec=strongback" "$root/share/applications/$id.desktop" ||
  { echo "the desktop file does not start the installed binary"; status=1; }
grep -qx "Icon=$id" "$root/share/applications/$id.desktop" ||
  { echo "the desktop file does not name the installed icon"; status=1; }

desktop-file-validate "$root/share/applications/$id.desktop" || status=1
appstreamcli validate --no-net "$root/share/metainfo/$id.metainfo.xml" || status=1

# The desktop menu offers the two actions, each an app action when the
# desktop activates over D-Bus, and a command line when it does not.
for action in start-workout:--start-workout show-history:--history; do
  grep -qx "\[Desktop Action ${action%%:*}\]" "$root/share/applications/$id.desktop" &&
    grep -qx "Exec=strongback ${action#*:}" "$root/share/applications/$id.desktop" ||
    { echo "the desktop file lacks its ${action%%:*} action"; status=1; }
done

# D-Bus activation: the desktop file says so, and the service starts the
# installed binary in service mode.
grep -qx "DBusActivatable=true" "$root/share/applications/$id.desktop" ||
  { echo "the desktop file is not D-Bus activatable"; status=1; }
grep -qx "Name=$id" "$root/share/dbus-1/services/$id.service" &&
  grep -qx "Exec=$prefix/bin/strongback --gapplication-service" "$root/share/dbus-1/services/$id.service" ||
  { echo "the D-Bus service file does not start the installed binary as a service"; status=1; }

# Every translation in po/LINGUAS installs a catalog, and the desktop menu
# and the software centre show the app in that language.
for lang in $(sed 's/#.*//' "$(dirname "$0")/../po/LINGUAS"); do
  mo="$root/share/locale/$lang/LC_MESSAGES/strongback.mo"
  [ -e "$mo" ] || { echo "MISSING: translation $lang"; status=1; }
  [ "$(grep -c "^Name\[$lang\]=" "$root/share/applications/$id.desktop")" -eq 3 ] ||
    { echo "the desktop file and its two actions are not all named in $lang"; status=1; }
  grep -q "<summary xml:lang=\"$lang\">" "$root/share/metainfo/$id.metainfo.xml" ||
    { echo "the metainfo has no $lang summary"; status=1; }
done

exit $status
