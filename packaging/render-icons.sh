#!/usr/bin/env bash
# Renders icons/qingfeng.svg to the hicolor PNG sizes installed by the package. Run after editing the SVG and
# commit the PNGs, so a build needs no SVG renderer. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --output "$here/icons/qingfeng-$size.png" "$here/icons/qingfeng.svg"
done
