#!/usr/bin/env bash
# Makes the release archives of this checkout's version into target/release/:
#   faqsite-<version>-linux-x64.tar.gz  self-contained: a jlink runtime, the app, Pagefind, a CDS archive, bin/faqsite
#   faqsite-<version>.zip               portable: the jar, bin/faqsite and bin/faqsite.cmd, for any machine with Java 17+
#   SHA256SUMS
# Usage: bash dist/release.sh [--self-contained-only | --portable-only]
# Needs a JDK 17 with its jmods (Debian: openjdk-17-jmods), zip, and Pagefind from `npm ci` (package-lock.json pins it).
# Reuses target/faqsite.jar when it is newer than the sources (as after `mvn package`), else builds it.
# macOS and Windows self-contained archives need that platform's JDK: see docs/deployment.md.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

what="${1:-all}"
case "$what" in all|--self-contained-only|--portable-only) ;; *) echo "usage: bash dist/release.sh [--self-contained-only | --portable-only]" >&2; exit 2 ;; esac

# The project's version, not its parent's or a dependency's: the first <version> of pom.xml is the project's own.
version="$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -n1)"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] || { echo "release: pom.xml's version '$version' is not a semantic version" >&2; exit 1; }

out="$repo/target/release"
work="$repo/target/release-work"
rm -rf "$work" "$out" && mkdir -p "$work" "$out"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"

step() { printf 'release: %s (%ss)\n' "$1" "$SECONDS" >&2; }

jar="$repo/target/faqsite.jar"
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main templates package-lock.json -newer "$jar" -print -quit)" ]; then
  step "building target/faqsite.jar"
  mvn -B -q -ntp -DskipTests package >"$work/mvn.log" 2>&1 || { sed 's/\x1b\[[0-9;]*m//g' "$work/mvn.log" >&2; exit 1; }
fi

# The Pagefind version package-lock.json pins: bundled in the self-contained archive, named by the portable one's hints
pagefind_version="$(awk '/"node_modules\/@pagefind\/linux-x64"/ {f=1} f && /"version"/ {gsub(/[",]/, "", $2); print $2; exit}' package-lock.json)"
[[ "$pagefind_version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "release: no @pagefind/linux-x64 version in package-lock.json" >&2; exit 1; }

# Stage a folder as faqsite-<version>/ with the parts both archives share.
stage_common() {
  local dir="$1"
  mkdir -p "$dir/bin" "$dir/lib"
  install -m 755 dist/bin/faqsite "$dir/bin/faqsite"
  cp CHANGELOG.md "$dir/"
  echo "$pagefind_version" >"$dir/lib/pagefind.version"
  mkdir -p "$dir/systemd" && cp dist/systemd/faqsite.service "$dir/systemd/"
  sed "s/@VERSION@/$version/g" dist/README.txt >"$dir/README.txt"
}

# Archives with a fixed order, times and owners: what differs between two runs is the content, not the packing.
# The CDS archive checks its jar's mtime: the jar gets this time before the dump, as tar gives it when unpacked.
mtime='2026-01-01 00:00Z'
tar_gz() { tar --sort=name --mtime="$mtime" --owner=0 --group=0 --numeric-owner -C "$1" -cf - "$2" | gzip -9n >"$3"; }

if [ "$what" != "--portable-only" ]; then
  dir="$work/linux-x64/faqsite-$version"
  stage_common "$dir"

  # The jar without the native libraries of other platforms (SQLite, jffi, lz4 ship one per OS and CPU).
  step "trimming the jar to linux-x64"
  cp "$jar" "$dir/lib/faqsite.jar"
  others=$(unzip -Z1 "$jar" | grep -E '^(org/sqlite/native/|jni/|net/jpountz/util/)[^/]+/' \
    | grep -vE '^org/sqlite/native/Linux/x86_64/|^jni/x86_64-Linux/|^net/jpountz/util/linux/amd64/' || true)
  [ -z "$others" ] || printf '%s\n' "$others" | zip -q -d "$dir/lib/faqsite.jar" -@

  # Modules: `jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/faqsite.jar`, plus what is only
  # found at run time (logged with -Xlog:class+load on a build, serve, vote and key check): jdk.zipfs (built-in templates
  # read from the jar), jdk.crypto.ec (TLS to the key checker's regions and PostgreSQL), jdk.management (OrientDB sizes
  # its caches by the machine's memory), jdk.net (Jetty's socket options). ReleaseArchiveIT runs the image to prove it.
  modules=java.base,java.desktop,java.management,java.naming,java.net.http,java.scripting,java.security.jgss,java.sql
  modules+=,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.management,jdk.net
  if [ ! -d "$java_home/jmods" ]; then
    echo "release: $java_home has no jmods/ (Debian: apt-get install openjdk-17-jmods)" >&2; exit 1
  fi
  step "jlink runtime"
  # --compress=0: the archive's gzip packs the plain module image tighter than jlink's own zip (17 MB against 23 MB),
  # and no CDS archive of the JDK alone: the app's archive below covers the JDK's classes too
  "$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules "$modules" --output "$dir/runtime" \
    --strip-debug --no-header-files --no-man-pages --compress=0

  # Pagefind: the native binary of the npm package that package-lock.json pins, with its licence
  installed="$(sed -n 's/.*"version":"\([^"]*\)".*/\1/p' node_modules/@pagefind/linux-x64/package.json 2>/dev/null || true)"
  if [ "$installed" != "$pagefind_version" ]; then
    step "npm ci (Pagefind $pagefind_version)"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
  mkdir -p "$dir/pagefind"
  install -m 755 node_modules/@pagefind/linux-x64/bin/pagefind_extended "$dir/pagefind/pagefind_extended"
  cp node_modules/pagefind/LICENSE/LICENSE "$dir/pagefind/LICENSE"
  echo "Pagefind $pagefind_version (npm package @pagefind/linux-x64), MIT licence: see LICENSE." >"$dir/pagefind/README.txt"

  # Class-data sharing: the classes a first build loads (the JDK's and the app's), listed on a sample build, then
  # dumped into lib/faqsite.jsa by the image's own java. Java 17 records the jar's path as given on -cp and maps the
  # archive only where that path names the same jar (same size and mtime): an absolute path breaks once the folder is
  # unpacked elsewhere ("Required classpath entry does not exist"), a relative one unless the working directory is the
  # installation. /proc/self/fd/9/lib/faqsite.jar, with fd 9 open on the installation, is the same string everywhere:
  # bin/faqsite opens fd 9 on its own folder and passes the same -cp. See docs/deployment.md.
  step "CDS archive from a sample build's class list"
  sample="$work/cds-sample"
  java_rt="$dir/runtime/bin/java"
  "$java_rt" -jar "$dir/lib/faqsite.jar" init "$sample" --name "CDS sample" >/dev/null
  "$java_rt" -XX:DumpLoadedClassList="$dir/lib/faqsite.classlist" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -jar "$dir/lib/faqsite.jar" build --strict --source "$sample" --out "$work/cds-site" >/dev/null
  [ -s "$dir/lib/faqsite.classlist" ] || { echo "release: no CDS class list was written" >&2; exit 1; }
  touch -d "$mtime" "$dir/lib/faqsite.jar"
  "$java_rt" -Xshare:dump -XX:SharedClassListFile="$dir/lib/faqsite.classlist" -XX:SharedArchiveFile="$dir/lib/faqsite.jsa" \
    -XX:+UseSerialGC -cp /proc/self/fd/9/lib/faqsite.jar 9<"$dir" >"$work/cds-dump.log" 2>&1 \
    || { cat "$work/cds-dump.log" >&2; echo "release: the CDS dump failed" >&2; exit 1; }
  # the archive must map from the folder as tar will unpack it: -Xshare:on refuses to start otherwise
  "$java_rt" -Xshare:on -XX:SharedArchiveFile="$dir/lib/faqsite.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC \
    -cp /proc/self/fd/9/lib/faqsite.jar dev.faqsite.cli.Main --version 9<"$dir" >/dev/null \
    || { echo "release: the CDS archive does not map" >&2; exit 1; }

  step "faqsite-$version-linux-x64.tar.gz"
  tar_gz "$work/linux-x64" "faqsite-$version" "$out/faqsite-$version-linux-x64.tar.gz"
fi

if [ "$what" != "--self-contained-only" ]; then
  dir="$work/portable/faqsite-$version"
  stage_common "$dir"
  install -m 644 dist/bin/faqsite.cmd "$dir/bin/faqsite.cmd"
  cp "$jar" "$dir/lib/faqsite.jar"
  step "faqsite-$version.zip"
  rm -f "$out/faqsite-$version.zip"
  find "$work/portable" -exec touch -h -d '2026-01-01 00:00Z' {} +
  (cd "$work/portable" && find "faqsite-$version" | LC_ALL=C sort | zip -q -X -9 "$out/faqsite-$version.zip" -@)
fi

(cd "$out" && rm -f SHA256SUMS && sha256sum $(ls faqsite-"$version"-linux-x64.tar.gz faqsite-"$version".zip 2>/dev/null) >SHA256SUMS)
step "done"
ls -l "$out" >&2
