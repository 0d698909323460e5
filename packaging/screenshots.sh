#!/usr/bin/env bash
# Usage: screenshots.sh BUILD_DIR OUT_DIR
# Takes the user manual's screenshots from the real application: makes a demo vault, then runs
# `qingfeng --screenshots` for the start screens and once per documented role, in zh_CN and en, on the offscreen
# platform (set QF_SCREENSHOTS_XVFB=1 to run under Xvfb instead). Writes OUT_DIR/<lang>/<role>-<screen>.png and then
# checks that every screenshot the manual refers to exists and is not a single colour.
# Called by `make screenshots` (OUT_DIR = docs/manual/screenshots) and by the ctest screenshots_nonblank.
set -euo pipefail
build_dir="$(readlink -f "${1:?usage: screenshots.sh BUILD_DIR OUT_DIR}")"
out_dir="${2:?usage: screenshots.sh BUILD_DIR OUT_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
gui="$build_dir/app/qingfeng/qingfeng"
cli="$build_dir/app/qingfeng-cli/qingfeng-cli"
for program in "$gui" "$cli"; do
    [[ -x "$program" ]] || { echo "screenshots: $program was not found. Build first: make build" >&2; exit 1; }
done
command -v identify >/dev/null || { echo "screenshots: identify (imagemagick) is needed to check the images" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A workstation that has never run Qingfeng: no recent vaults, default settings.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
run_gui=("$gui")
if [[ "${QF_SCREENSHOTS_XVFB:-0}" == 1 ]]; then
    run_gui=(xvfb-run -a -s "-screen 0 1280x1024x24" "$gui")
else
    export QT_QPA_PLATFORM=offscreen
fi

demo="$work/demo"
mkdir -p "$demo"
"$cli" demo --vault "$demo/demo.qfv" --scale 1 --lang en >/dev/null 2>&1 ||
    { echo "screenshots: the demo vault could not be made" >&2; exit 1; }

# The offscreen platform warns about window size hints it ignores; everything else is shown.
quiet() { grep -v -e 'does not support propagateSizeHints' -e 'XDG_RUNTIME_DIR' || true; }

# role prefix used in file names, and the demo user who plays it
roles=(clerk:zhao.min investigator:li.na approver:liu.yang auditor:sun.li admin:zhang.wei)
for lang in zh_CN en; do
    target="$out_dir/$lang"
    mkdir -p "$target"
    rm -f "$target"/*.png
    "${run_gui[@]}" --lang "$lang" --screenshots "$target" --prefix start >/dev/null 2> >(quiet >&2)
    for entry in "${roles[@]}"; do
        role="${entry%%:*}" user="${entry#*:}"
        "${run_gui[@]}" --lang "$lang" --screenshots "$target" --prefix "$role" --vault "$demo/demo.qfv" \
            --user "$user" --password-file "$demo/$user.password" >/dev/null 2> >(quiet >&2)
    done
done

# Every screenshot the manual shows must exist and must not be blank (a single colour); the others are removed.
status=0
count=0
for lang in zh_CN en; do
    shown="$(grep -ho 'screenshots/[A-Za-z0-9_.-]*\.png' "$here/../docs/manual/$lang"/*.md | sed 's|screenshots/||' | sort -u)"
    for file in "$out_dir/$lang"/*.png; do
        grep -qxF "$(basename "$file")" <<<"$shown" || rm -f "$file"
    done
    while IFS= read -r name; do
        file="$out_dir/$lang/$name"
        count=$((count + 1))
        if [[ ! -f "$file" ]]; then
            echo "screenshots: the manual shows $lang/$name but it was not taken" >&2
            status=1
        elif [[ "$(identify -format '%k' "$file")" -le 1 ]]; then
            echo "screenshots: $file is a single colour" >&2
            status=1
        fi
    done <<<"$shown"
done
[[ $count -gt 0 ]] || { echo "screenshots: the manual refers to no screenshots" >&2; status=1; }
[[ $status -eq 0 ]] && echo "screenshots: $count documented screenshots taken and checked in $out_dir"
exit $status
