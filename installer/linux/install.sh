#!/bin/sh
# Installs Caseworker for the current user, no root needed: the program into
# ~/.local/share/caseworker/program, its menu entry into ~/.local/share/applications, its icon,
# and a `caseworker` command in ~/.local/bin.
#
#   install.sh caseworker-VERSION-linux-x86_64.tar.gz    # from the archive
#   caseworker-VERSION-linux-x86_64/install.sh            # from the unpacked archive
#
# An older program is replaced; the workspaces (~/.local/share/caseworker/workspace, office,
# demo) sit beside the program's folder, never in it, and are not touched. The newer program
# backs each one up and migrates it when it first opens it.
set -eu

data="${XDG_DATA_HOME:-$HOME/.local/share}"
home="$data/caseworker"
program="$home/program"

if [ $# -ge 1 ]; then
    unpacked="$(mktemp -d)"
    trap 'rm -rf "$unpacked"' EXIT
    tar -xzf "$1" -C "$unpacked"
    source="$(find "$unpacked" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
else
    source="$(cd "$(dirname "$0")" && pwd)"
fi
if [ ! -x "$source/caseworker/caseworker" ]; then
    echo "install.sh: no program found in ${1:-$source}" >&2
    exit 1
fi

# The new program is copied beside the old one first and then swapped in, so an interrupted
# install leaves the old program working.
mkdir -p "$home"
rm -rf "$program.new" "$program.old"
cp -R "$source/caseworker" "$program.new"
if [ -d "$program" ]; then
    mv "$program" "$program.old"
fi
mv "$program.new" "$program"
rm -rf "$program.old"

icon="$data/icons/hicolor/256x256/apps/caseworker.png"
mkdir -p "$(dirname "$icon")" "$data/applications"
cp "$source/caseworker.png" "$icon"
# Absolute paths: ~/.local/bin is often not on the desktop's PATH, and not every desktop looks
# in the user's own icon theme without a cache.
sed -e "s|^Exec=.*|Exec=\"$program/caseworker\"|" -e "s|^Icon=.*|Icon=$icon|" \
    "$source/caseworker.desktop" > "$data/applications/caseworker.desktop"
if command -v update-desktop-database > /dev/null 2>&1; then
    update-desktop-database "$data/applications" > /dev/null 2>&1 || true
fi

# The command line too, unless something else already answers to `caseworker` there.
bin="$HOME/.local/bin"
mkdir -p "$bin"
if [ ! -e "$bin/caseworker" ] || [ -L "$bin/caseworker" ]; then
    ln -sfn "$program/caseworker" "$bin/caseworker"
fi

echo "Caseworker $("$program/caseworker" --version | cut -d' ' -f2) is installed in $program"
echo "It is in the applications menu (Office); \`caseworker selftest\` checks it on this computer."
