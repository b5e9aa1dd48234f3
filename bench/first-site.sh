#!/usr/bin/env bash
# From a self-contained archive to a first built site, as a new user does it: unpack into a new folder, `faqsite init`,
# `faqsite build --strict` in the new site. Time it as a whole, e.g. with /usr/bin/time -v, against another tarball:
#   bash bench/first-site.sh target/release/faqsite-<version>-linux-x64.tar.gz
# (docs/benchmarks.md, "Release archives": the shipped CDS archive against the first-run dump of earlier builds).
set -euo pipefail
tarball="$(readlink -f "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
home="$(echo "$work"/faqsite-*)"
"$home/bin/faqsite" init "$work/site" >/dev/null 2>&1
cd "$work/site" && "$home/bin/faqsite" build --strict >/dev/null
