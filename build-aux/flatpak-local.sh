#!/usr/bin/env bash
# Builds Strongback's Flatpak from the real manifest and smoke-tests it, on
# a machine without Flathub: `build-aux/dev flatpak` runs this.
#
# The manifest names org.gnome.Platform//50, which these machines cannot
# download. So this script makes a stand-in runtime and Sdk from Debian 12
# packages (ids of our own, io.github.strongback.Deb.*, branch 12), builds a
# copy of the manifest that names them, installs the app into a private user
# installation under _flatpak/, starts it under Xvfb, waits for its window,
# and quits it through its app.quit action: it must exit with status 0.
#
# The runtime repo is cached in _flatpak/ by a key made of the suite and the
# package lists, so only the first run (about two minutes) makes it.
#
#   flatpak-local.sh            against Debian 12 (GTK 4.8, libadwaita 1.2)
#   flatpak-local.sh trixie     against Debian 13 (GTK 4.18, libadwaita 1.7),
#                               near what current GNOME runtimes ship
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

APP_ID=io.github.strongback.Strongback
MANIFEST=flatpak/$APP_ID.json
SUITE=${1:-bookworm}
# beside the real one, as its "dir" source is relative to it; one per suite,
# so that both can be built at once
CI_MANIFEST=flatpak/$APP_ID.ci-$SUITE.json
case "$SUITE" in
  bookworm) BRANCH=12 ;;
  trixie) BRANCH=13 ;;
  *) echo "flatpak-local.sh: unknown suite '$SUITE' (bookworm, trixie)" >&2; exit 2 ;;
esac
WORK=$ROOT/_flatpak/$SUITE
ARCH=$(flatpak --default-arch)
PLATFORM_ID=io.github.strongback.Deb.Platform
SDK_ID=io.github.strongback.Deb.Sdk

# What the app needs at run time; the Sdk adds what it takes to build it.
PLATFORM_PACKAGES=(
  libgtk-4-1 libadwaita-1-0 libjson-glib-1.0-0
  libgstreamer1.0-0 libgstreamer-plugins-base1.0-0
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  librsvg2-common fonts-dejavu-core fontconfig dbus-x11 libglib2.0-bin
)
SDK_PACKAGES=(
  "${PLATFORM_PACKAGES[@]}"
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
  gcc libc6-dev meson ninja-build pkgconf gettext
  desktop-file-utils appstream appstream-util elfutils
)

say () { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

mirror () {
  # the machine's own Debian mirror, as apt is set up to use it
  local uri
  uri=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
        grep -v security | head -n1 | awk '{ print ($1 == "deb") ? $2 : $2 }')
  echo "${uri:-http://deb.debian.org/debian}"
}

# make_runtime ID PACKAGES… : a runtime tree in $WORK/tree-ID, exported to $REPO
make_runtime () {
  local id=$1 kind; shift
  local tree=$WORK/tree-$id root=$WORK/tree-$id.root
  local packages
  packages=$(IFS=,; echo "$*")

  rm -rf "$tree" "$root"
  say "Making $id from Debian $SUITE ($# packages)"
  mmdebstrap --variant=apt --quiet \
    --include="$packages" \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-include=/usr/share/locale/locale.alias' \
    "$SUITE" "$root" "$(mirror)" >/dev/null

  # lay the tree out as a runtime: /usr, with /etc inside it
  mkdir -p "$tree"
  mv "$root/usr" "$tree/usr"
  rm -f "$root/etc/hostname" "$root/etc/hosts" "$root/etc/resolv.conf" \
        "$root/etc/machine-id" "$root/etc/mtab" "$root/etc/fstab"
  mv "$root/etc" "$tree/usr/etc"
  echo /app/lib > "$tree/usr/etc/ld.so.conf.d/app.conf"
  rm -rf "$root"

  case "$id" in
    *Sdk) kind=$SDK_ID ;;
    *) kind=$PLATFORM_ID ;;
  esac
  cat > "$tree/metadata" <<EOF
[Runtime]
name=$id
runtime=$kind/$ARCH/$BRANCH
sdk=$SDK_ID/$ARCH/$BRANCH
EOF

  flatpak build-export --runtime --files=usr "$REPO" "$tree" "$BRANCH" >/dev/null
  rm -rf "$tree"
}

ensure_runtime () {
  local key
  key=$(printf '%s\n' "$SUITE" "${PLATFORM_PACKAGES[@]}" -- "${SDK_PACKAGES[@]}" | sha256sum | cut -c1-16)
  REPO=$WORK/runtime-$key

  if [ ! -f "$REPO/complete" ]; then
    rm -rf "$WORK"/runtime-*
    ostree init --mode=archive-z2 --repo="$REPO"
    make_runtime "$PLATFORM_ID" "${PLATFORM_PACKAGES[@]}"
    make_runtime "$SDK_ID" "${SDK_PACKAGES[@]}"
    flatpak build-update-repo "$REPO" >/dev/null
    touch "$REPO/complete"
  else
    say "Using the cached runtime ($REPO)"
  fi

  flatpak --user remote-delete --force strongback-deb >/dev/null 2>&1 || true
  flatpak --user remote-add --no-gpg-verify strongback-deb "$REPO"
  flatpak --user install -y --noninteractive --or-update strongback-deb \
    "$PLATFORM_ID//$BRANCH" "$SDK_ID//$BRANCH" >/dev/null
}

build_app () {
  say "Building $APP_ID from $MANIFEST against $PLATFORM_ID//$BRANCH"
  flatpak-builder --show-manifest "$MANIFEST" |
    jq --arg p "$PLATFORM_ID" --arg s "$SDK_ID" --arg b "$BRANCH" \
       '.runtime = $p | .sdk = $s | ."runtime-version" = $b' > "$CI_MANIFEST"
  flatpak-builder --user --install --force-clean --disable-rofiles-fuse \
    --state-dir="$WORK/state" "$WORK/build" "$CI_MANIFEST" > "$WORK/build.log" 2>&1 ||
    { tail -40 "$WORK/build.log"; return 1; }
}

smoke_test () {
  say "Starting the installed Flatpak under Xvfb"
  # one at a time: two xvfb-run -a started together can pick the same display
  flock "$ROOT/_flatpak/.smoke.lock" \
  dbus-run-session -- xvfb-run -a -s '-screen 0 1280x800x24 -nolisten tcp' \
    bash -c '
      set -u
      flatpak run --env=GSK_RENDERER=cairo "$1" > "$2/run.log" 2>&1 &
      app=$!
      for _ in $(seq 150); do
        xwininfo -root -tree 2>/dev/null | grep -q "\"Strongback\"" && break
        sleep 0.2
      done
      if ! xwininfo -root -tree | grep -q "\"Strongback\""; then
        echo "no Strongback window appeared; the app said:"; cat "$2/run.log"
        kill $app; exit 1
      fi
      sleep 1
      import -window root "$2/smoke.png"
      gdbus call --session --dest "$1" --object-path /io/github/strongback/Strongback \
        --method org.gtk.Actions.Activate quit "[]" "{}" >/dev/null
      wait $app
      status=$?
      [ $status -eq 0 ] || { echo "the app exited with status $status:"; cat "$2/run.log"; }
      exit $status' smoke "$APP_ID" "$WORK"
  say "The window appeared and the app quit cleanly (screenshot: _flatpak/$SUITE/smoke.png)"
}

mkdir -p "$WORK"
# a private installation: nothing leaks into the user's own
export FLATPAK_USER_DIR=$WORK/user
start=$(date +%s)
ensure_runtime
build_app
smoke_test
echo "Flatpak built against Debian $SUITE, installed and started in $(( $(date +%s) - start )) s"
