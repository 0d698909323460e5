#!/usr/bin/env bash
# Usage: demo.sh BUILD_DIR DEMO_DIR
# Creates DEMO_DIR/demo.qfv with one demo user per role on first use, then prints the users and passwords.
# Running it again changes nothing. Called by `make demo` (and so by `make run`).
set -euo pipefail
build_dir="${1:?usage: demo.sh BUILD_DIR DEMO_DIR}"
demo_dir="${2:?usage: demo.sh BUILD_DIR DEMO_DIR}"
cli="$build_dir/app/qingfeng-cli/qingfeng-cli"

if [[ ! -x "$cli" ]]; then
    echo "demo: $cli was not found. Build first: make build" >&2
    exit 1
fi
mkdir -p "$demo_dir"
"$cli" demo --vault "$demo_dir/demo.qfv" --scale 1
