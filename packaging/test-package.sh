#!/usr/bin/env bash
# Usage: test-package.sh PACKAGE.deb | BUILD_DIR
# Installs the package with apt/dpkg on this machine, checks what it installed, runs qingfeng-cli from the installed
# files (--version, then init/info on a fresh vault), installs it again over itself, removes and purges it, and checks
# that nothing of it is left while the vault it did not create is untouched throughout. Needs root and dpkg;
# otherwise exits 77 (skipped).
# Given a build directory, it first builds the package there with cpack (into BUILD_DIR/package).
# Run by `make package-test`, and by `make test` (ctest: package_install) where root and dpkg are available.
set -euo pipefail
deb="$(readlink -f "${1:?usage: test-package.sh PACKAGE.deb | BUILD_DIR}")"

if ! command -v dpkg >/dev/null || [[ "$(id -u)" -ne 0 ]]; then
    echo "package test: skipped (needs root and dpkg)"
    exit 77
fi
if [[ -d "$deb" ]]; then
    rm -rf "$deb/package"
    (cd "$deb" && cpack -G DEB -B "$deb/package" >/dev/null) || { echo "package test: cpack failed" >&2; exit 1; }
    deb="$(ls "$deb"/package/*.deb)"
fi
[[ -f "$deb" ]] || { echo "package test: $deb does not exist; build it with: make package" >&2; exit 1; }

name="$(dpkg-deb --field "$deb" Package)"
work="$(mktemp -d)"
# Serializes package tests of several checkouts on one machine; apt waits for other dpkg users.
exec 9>/tmp/qingfeng-package-test.lock
flock 9
cleanup() {
    dpkg --purge "$name" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "package test: FAILED: $*" >&2; exit 1; }

if command -v lintian >/dev/null; then
    echo "package test: lintian"
    lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 ||
        { grep -v 'root privileges' "$work/lintian.log" >&2; fail "lintian reports errors"; }
fi

if dpkg-query -W -f='${db:Status-Status}' "$name" 2>/dev/null | grep -q '^installed$'; then
    fail "$name is already installed on this machine; remove it first (dpkg -r $name)"
fi

echo "package test: installing $deb"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log" >&2; fail "installation failed"; }
dpkg -L "$name" | sort >"$work/files"

for path in /usr/bin/qingfeng /usr/bin/qingfeng-cli /usr/share/applications/org.qingfeng.Workbench.desktop \
    /usr/share/metainfo/org.qingfeng.Workbench.metainfo.xml /usr/share/icons/hicolor/scalable/apps/qingfeng.svg \
    /usr/share/icons/hicolor/48x48/apps/qingfeng.png /usr/share/man/man1/qingfeng.1.gz \
    /usr/share/man/man1/qingfeng-cli.1.gz /usr/share/doc/qingfeng/copyright \
    /usr/share/qingfeng/manual/zh_CN/index.html /usr/share/qingfeng/manual/en/index.html; do
    [[ -e "$path" ]] || fail "$path was not installed"
done

echo "package test: running the installed qingfeng-cli"
version="$(/usr/bin/qingfeng-cli --version)"
expected="$(dpkg-deb --field "$deb" Version)"
[[ "$version" == *"${expected%%-*}"* ]] || fail "qingfeng-cli --version printed '$version', expected ${expected%%-*}"
QT_QPA_PLATFORM=offscreen /usr/bin/qingfeng --version >/dev/null 2>&1 || fail "qingfeng --version failed"

mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
(umask 077 && printf 'package-test-pass-1\n' >"$work/admin.password")
vault="$work/home/office.qfv"
/usr/bin/qingfeng-cli init --vault "$vault" --organ "中共测试市纪律检查委员会" --admin admin \
    --password-file "$work/admin.password" --recovery-key-out "$work/recovery.txt" >/dev/null ||
    fail "qingfeng-cli init failed"
info="$(/usr/bin/qingfeng-cli info --vault "$vault" --user admin --password-file "$work/admin.password" --lang en)" ||
    fail "qingfeng-cli info failed"
grep -q "中共测试市纪律检查委员会" <<<"$info" || fail "info does not show the organ: $info"
vault_sum="$(sha256sum "$vault" | cut -d' ' -f1)"

echo "package test: installing again over itself (the upgrade path)"
dpkg -i "$deb" >"$work/reinstall.log" 2>&1 || { cat "$work/reinstall.log" >&2; fail "reinstalling failed"; }
[[ "$(sha256sum "$vault" | cut -d' ' -f1)" == "$vault_sum" ]] || fail "reinstalling changed the user's vault"

echo "package test: removing and purging $name"
apt-get purge -y -qq -o DPkg::Lock::Timeout=300 "$name" >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log" >&2; fail "removal failed"; }
left=()
while IFS= read -r path; do
    [[ -z "$path" || "$path" == "/." ]] && continue
    # Shared directories (/usr/bin, /usr/share/icons/...) stay; only files and our own directories must go.
    if [[ -e "$path" && ! -d "$path" ]]; then
        left+=("$path")
    elif [[ -d "$path" && "$path" == *qingfeng* ]]; then
        left+=("$path")
    fi
done <"$work/files"
[[ ${#left[@]} -eq 0 ]] || fail "removal left: ${left[*]}"
[[ -f "$vault" ]] || fail "removal deleted the user's vault"
[[ "$(sha256sum "$vault" | cut -d' ' -f1)" == "$vault_sum" ]] || fail "removal changed the user's vault"
echo "package test: passed ($(wc -l <"$work/files") paths installed and removed; the user's vault is untouched)"
