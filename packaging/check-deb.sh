#!/usr/bin/env bash
# Builds the .deb with CPack into a directory of its own and checks it like a reviewer would: file name,
# control fields, the files a desktop application needs, nothing that does not belong, a Depends that
# covers every shared library the programs load, and programs that run from the unpacked tree.
#
# Usage (CTest passes everything; see packaging/CMakeLists.txt):
#   check-deb.sh --cpack CPACK --config CPackConfig.cmake --work-dir DIR --app-id ID --version X.Y.Z
#                --programs "image-share-browser image-share-cli" --icon-sizes "16 32 ..."
#                --modules "lib/image-share-browser/libisb-network.so" (below /usr; loaded at run time)
set -euo pipefail

cpack=cpack config="" work="" app_id="" version="" programs="" icon_sizes="" modules=""
while [ $# -gt 0 ]; do
    case $1 in
    --cpack) cpack=$2 ;;
    --config) config=$2 ;;
    --work-dir) work=$2 ;;
    --app-id) app_id=$2 ;;
    --version) version=$2 ;;
    --programs) programs=$2 ;;
    --icon-sizes) icon_sizes=$2 ;;
    --modules) modules=$2 ;;
    *) echo "check-deb.sh: unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done
[ -n "$config" ] && [ -n "$work" ] && [ -n "$app_id" ] && [ -n "$version" ] || { echo "check-deb.sh: missing arguments" >&2; exit 2; }

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

rm -rf "$work"
mkdir -p "$work"
if ! "$cpack" -G DEB --config "$config" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack could not build the package"
    exit 1
fi

arch=$(dpkg --print-architecture)
deb="$work/image-share-browser_${version}-1_${arch}.deb"
if [ ! -f "$deb" ]; then
    ls -l "$work"
    echo "FAIL: expected $(basename "$deb")"
    exit 1
fi
echo "Package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# --- Control fields
field() { dpkg-deb -f "$deb" "$1"; }
for name in Package Version Architecture Section Maintainer Installed-Size Depends Recommends Suggests; do
    printf '  %s: %s\n' "$name" "$(field "$name")"
done
[ "$(field Package)" = image-share-browser ] || fail "Package is $(field Package)"
[ "$(field Version)" = "${version}-1" ] || fail "Version is $(field Version), expected ${version}-1"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is $(field Architecture)"
[ -n "$(field Section)" ] || fail "no Section"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
field Recommends | grep -q 'gnome-keyring' || fail "Recommends has no gnome-keyring"

# Package names in Depends, without versions or alternatives' bars: "libc6 (>= 2.34), a | b" -> libc6 a b
depends_names=" $(printf '%s' "$depends" | sed -E 's/\([^)]*\)//g; s/[,|]/ /g; s/ +/ /g') "
has_dependency() { case $depends_names in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# --- Contents
listing=$(dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|')
expect=(
    "/usr/share/applications/${app_id}.desktop"
    "/usr/share/metainfo/${app_id}.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/${app_id}.svg"
    "/usr/share/man/man1/image-share-cli.1.gz"
    "/usr/share/doc/image-share-browser/copyright"
)
for program in $programs; do
    expect+=("/usr/bin/$program")
done
for module in $modules; do
    expect+=("/usr/$module")
done
for size in $icon_sizes; do
    expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/${app_id}.png")
done
for path in "${expect[@]}"; do
    printf '%s\n' "$listing" | grep -qxF "$path" || fail "$path is not in the package"
done
for program in image-share-browser image-share-cli; do
    case " $programs " in *" $program "*) ;; *) echo "  note: $program is not built, so not packaged" ;; esac
done
# A developer tool, test programs, headers, static libraries and /usr/local have no place in the package.
unwanted=$(printf '%s\n' "$listing" | grep -E 'ecs-simulator|/tst_|/include/|\.a$|^/usr/local|^/opt' || true)
[ -z "$unwanted" ] || fail "unexpected files: $unwanted"

# --- The unpacked programs
root="$work/root"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
dpkg-deb -x "$deb" "$root"
binaries=""
for program in $programs; do binaries+=" bin/$program"; done
for module in $modules; do binaries+=" $module"; done
for file in $binaries; do
    program=$(basename "$file")
    binary="$root/usr/$file"
    [ -f "$binary" ] || continue # reported above as missing from the package
    file -b "$binary" | grep -q ', stripped' || fail "$program is not stripped"
    for soname in $(objdump -p "$binary" | awk '/NEEDED/ { print $2 }'); do
        # Only this architecture's copy counts: libc6-i386 and friends ship the same sonames in /lib32.
        owner=$(dpkg -S "*/$multiarch/$soname" 2>/dev/null | head -n 1 | cut -d: -f1 || true)
        if [ -z "$owner" ]; then
            fail "$program needs $soname, which no installed package provides"
        elif ! has_dependency "$owner"; then
            fail "$program needs $soname from $owner, which Depends lacks"
        fi
    done
done
if has_dependency libqt6widgets6 || [[ " $programs " == *" image-share-browser "* ]]; then
    has_dependency libqt6widgets6 || fail "Depends lacks libqt6widgets6"
    has_dependency qt6-qpa-plugins || fail "Depends lacks qt6-qpa-plugins (the window's platform plugin)"
fi
if [[ " $programs " == *" image-share-cli "* ]]; then
    reported=$("$root/usr/bin/image-share-cli" --version 2>&1 || true)
    [ "$reported" = "image-share-cli $version" ] || fail "image-share-cli --version says \"$reported\""
fi

# --- The installed metadata, validated where it lands
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/${app_id}.desktop" | grep -v ': hint: ' || true
    desktop-file-validate "$root/usr/share/applications/${app_id}.desktop" >/dev/null \
        || fail "the installed .desktop file does not validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$root" >"$work/validate-tree.log" 2>&1 \
        || { cat "$work/validate-tree.log"; fail "appstreamcli validate-tree"; }
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed for $(basename "$deb")"
    exit 1
fi
echo "OK: $(basename "$deb")"
