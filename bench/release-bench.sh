#!/usr/bin/env bash
# The release benchmark (docs/benchmarks.md, "Release archives"): the archives' sizes, the time from unpacking the
# self-contained archive to a first built site, and a build's start-up with the self-contained image against the fat
# jar, on the 6-page site of `faqsite init`. Medians of RUNS runs (default 5); A and B alternate, run by run.
#   bash bench/release-bench.sh
#   RUNS=9 bash bench/release-bench.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${RUNS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# seconds of wall time of one command
seconds() { /usr/bin/time -f %e -o "$work/t" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; cat "$work/t"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

start=$SECONDS
bash dist/release.sh >/dev/null 2>&1
echo "dist/release.sh: $((SECONDS - start)) s (the jar reused when it is up to date)"
version="$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -n1)"
tarball="target/release/faqsite-$version-linux-x64.tar.gz"
zip="target/release/faqsite-$version.zip"
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b / 1e6}'; }
mkdir -p "$work/sizes" && tar -xzf "$tarball" -C "$work/sizes"
echo "self-contained $(basename "$tarball"): $(mb "$(stat -c %s "$tarball")") compressed, $(mb "$(du -sb "$work/sizes" | cut -f1)") unpacked"
echo "  of which: runtime $(mb "$(du -sb "$work/sizes/faqsite-$version/runtime" | cut -f1)"), jar $(mb "$(stat -c %s "$work/sizes/faqsite-$version/lib/faqsite.jar")"), CDS archive $(mb "$(stat -c %s "$work/sizes/faqsite-$version/lib/faqsite.jsa")"), Pagefind $(mb "$(du -sb "$work/sizes/faqsite-$version/pagefind" | cut -f1)")"
echo "portable $(basename "$zip"): $(mb "$(stat -c %s "$zip")")"

# From the archive to a site: unpack, init, build --strict (the tarball's CDS archive maps from the first run).
first="$(for i in $(seq "$runs"); do seconds bash bench/first-site.sh "$tarball"; done | median)"
echo "unpack + init + build --strict, first time: $first s (median of $runs)"

# Start-up: the same build with the installed image (its CDS archive) and with the fat jar on the machine's JDK, with the
# launcher's options for a build, and with the JVM's defaults.
inst="$work/installed"
mkdir -p "$inst" && tar -xzf "$tarball" -C "$inst"
home="$inst/faqsite-$version"
"$home/bin/faqsite" init "$inst/site" >/dev/null 2>&1
jar="$PWD/target/faqsite.jar"
cd "$inst/site"
: >"$work/a"; : >"$work/b"; : >"$work/c"; : >"$work/va"; : >"$work/vb"
for i in $(seq "$runs"); do
  seconds "$home/bin/faqsite" build --out "$work/out-a" >>"$work/a"
  seconds java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" build --out "$work/out-b" >>"$work/b"
  seconds java -jar "$jar" build --out "$work/out-c" >>"$work/c"
  seconds "$home/bin/faqsite" --version >>"$work/va"
  seconds java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" --version >>"$work/vb"
done
echo "faqsite build of the 6-page init site, median of $runs:"
echo "  self-contained bin/faqsite (jlink runtime, CDS):          $(median <"$work/a") s"
echo "  fat jar, java -XX:+UseSerialGC -XX:TieredStopAtLevel=1:  $(median <"$work/b") s"
echo "  fat jar, java -jar (JVM defaults):                       $(median <"$work/c") s"
echo "faqsite --version: self-contained $(median <"$work/va") s, fat jar $(median <"$work/vb") s"
