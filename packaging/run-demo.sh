#!/usr/bin/env bash
# Usage: run-demo.sh BUILD_DIR DEMO_DIR
# Starts the GUI on the demo vault. Without a display, runs a headless demo through qingfeng-cli instead.
# Called by `make run` after `make demo` has created the vault and the password files.
set -uo pipefail
build_dir="${1:?usage: run-demo.sh BUILD_DIR DEMO_DIR}"
demo_dir="${2:?usage: run-demo.sh BUILD_DIR DEMO_DIR}"
vault="$demo_dir/demo.qfv"
gui="$build_dir/app/qingfeng/qingfeng"
cli="$build_dir/app/qingfeng-cli/qingfeng-cli"

if [[ ! -f "$vault" ]]; then
    echo "run-demo: $vault does not exist. Create it with: make demo" >&2
    exit 1
fi

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    if [[ -x "$gui" ]]; then
        echo "Starting Qingfeng on $vault (log in with a demo user above, e.g. zhang.wei / demo-zhang.wei-2026)."
        exec "$gui" --vault "$vault"
    fi
    echo "run-demo: the GUI $gui was not built; running the headless demo instead." >&2
else
    echo "No display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the GUI cannot start."
    echo "Running a headless demo through qingfeng-cli instead."
fi

if [[ ! -x "$cli" ]]; then
    echo "run-demo: $cli was not found. Build first: make build" >&2
    exit 1
fi

status=0
# Runs one CLI command as a demo user, showing the command line first. Passwords come from the demo's files.
as_user() {
    local user="$1"
    shift
    echo
    echo "\$ qingfeng-cli $* --vault $vault --user $user --password-file $demo_dir/$user.password"
    "$cli" "$@" --vault "$vault" --user "$user" --password-file "$demo_dir/$user.password"
}

as_user zhang.wei info || status=1
as_user zhang.wei user list || status=1
as_user sun.li info || status=1
as_user sun.li audit verify || status=1

# A clerk may not manage users: the CLI refuses with exit code 5, and the refusal is audited.
as_user zhao.min user list
code=$?
if [[ $code -eq 5 ]]; then
    echo "(exit code 5: permission denied, as expected for a clerk)"
else
    echo "run-demo: expected exit code 5 for the clerk, got $code" >&2
    status=1
fi

echo
if [[ $status -eq 0 ]]; then
    echo "Headless demo finished. Try other commands with: $cli --help"
else
    echo "run-demo: a step of the headless demo failed (see above)." >&2
fi
exit $status
