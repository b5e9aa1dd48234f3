#!/usr/bin/env bash
# Build speed and memory of faqsite beside Hugo on the same generated corpus, in the same run (issue 16):
#   bash bench/speed-bench.sh [N ...]     (default: 1000 10000; RUNS=5)
# Per size, after one untimed warm-up of each, the generators take turns, run by run (the order rotates so that a
# drift in the machine's load does not always fall on the same one):
#   faqsite        FAQSITE_CMD (default ./faqsite build, the launcher as a user runs it) with search on (Pagefind)
#   faqsite-nosearch  the same with search off in site.yml: how much of faqsite's time the search index is, and
#                  what faqsite alone costs beside Hugo, which builds no index either
#   hugo           hugo --quiet (Debian's package), layouts from bench/hugo-layouts: no search
#   hugo+pagefind  the same, then the same Pagefind binary on Hugo's output: the peer with search
#   baseline       only with BASELINE_JAR=/path/to.jar: an older build's jar run as the launcher runs one (same JVM
#                  options, its own class-data archive), for a before/after column
# Each run goes through bench/peak-rss.py: wall and CPU seconds, peak RSS of the whole process tree (MiB).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs="${RUNS:-5}"
work="$(pwd)/${BENCH_DIR:-target/bench}"
read -ra faqsite_cmd <<< "${FAQSITE_CMD:-./faqsite build}"
pagefind="$(pwd)/node_modules/@pagefind/linux-x64/bin/pagefind_extended"
mkdir -p "$work"

# Hugo from Debian's archive only, and only when it is missing
command -v hugo >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q hugo >/dev/null
# Pagefind as the project pins it (package-lock.json); the launcher would install it too, FAQSITE_CMD may not
[ -x "$pagefind" ] || npm ci --no-audit --no-fund --loglevel=error >&2
echo "hugo: $(hugo version | cut -d' ' -f1-2); faqsite: ${faqsite_cmd[*]}; runs: $runs; $(nproc) cores; load:$(uptime | sed 's/.*load average://')"

gens=(faqsite faqsite-nosearch hugo hugo+pagefind); [ -z "${BASELINE_JAR:-}" ] || gens+=(baseline)

build() { # generator size output-dir: one build, its output on stdout/stderr
  local site="$work/sites-$2"
  rm -rf "$3" "$site/hugo/resources" # a fresh output and no resource cache for every run
  case "$1" in
    faqsite) local cmd; read -ra cmd <<< "$FAQSITE_CMD"; "${cmd[@]}" --source "$site/faqsite" --out "$3" ;;
    faqsite-nosearch) local cmd; read -ra cmd <<< "$FAQSITE_CMD"; "${cmd[@]}" --source "$site/faqsite-nosearch" --out "$3" ;;
    hugo) hugo --quiet -s "$site/hugo" -d "$3" ;;
    hugo+pagefind) hugo --quiet -s "$site/hugo" -d "$3" && "$pagefind" --site "$3" --output-subdir pagefind --quiet ;;
    baseline) # as the launcher runs a jar: its options, and a class-data archive of its own (made by the warm-up)
      local cds="-XX:SharedArchiveFile=$BASELINE_JAR.jsa"; [ -f "$BASELINE_JAR.jsa" ] || cds="-XX:ArchiveClassesAtExit=$BASELINE_JAR.jsa"
      java "$cds" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$BASELINE_JAR" build --source "$site/faqsite" --out "$3" ;;
  esac
}
export -f build; export work pagefind BASELINE_JAR="${BASELINE_JAR:-}" FAQSITE_CMD="${faqsite_cmd[*]}"

sanity() { # size: the question pages each output holds, and one Hugo page's sidebar and pager
  local n=$1 g out count
  for g in "${gens[@]}"; do
    out="$work/out-$g-$n"
    count=$(find "$out/faq" -mindepth 3 -maxdepth 3 -name index.html | wc -l)
    echo "check $g $n: $count question pages$([ "$count" = "$n" ] || echo " (expected $n!)")$([ -d "$out/pagefind" ] && echo ", search index" || true)"
  done
  local page; page=$(find "$work/out-hugo-$n/faq" -mindepth 3 -maxdepth 3 -name index.html | sort | awk "NR == 1")
  for mark in 'aria-current="page"' 'class="sb-items"' 'pager-next' 'data-pagefind-body'; do
    grep -q "$mark" "$page" || { echo "check hugo $n: $page lacks $mark" >&2; exit 1; }
  done
  echo "check hugo $n: $page has its sidebar (current page marked), pager and search body"
}

results="$work/speed-results.txt"; : > "$results"
for n in "${sizes[@]}"; do
  [ -f "$work/corpus-$n/categories.json" ] || python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null
  python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n"
  # search on, as the shipped site.yml has it (prepare-corpus writes a site.yml without it)
  grep -q '^search:' "$work/sites-$n/faqsite/site.yml" || printf 'search:\n  enabled: true\n' >> "$work/sites-$n/faqsite/site.yml"
  # the same site with search off, beside it
  rm -rf "$work/sites-$n/faqsite-nosearch"; cp -r "$work/sites-$n/faqsite" "$work/sites-$n/faqsite-nosearch"
  sed -i 's/^  enabled: true$/  enabled: false/' "$work/sites-$n/faqsite-nosearch/site.yml"
  for g in "${gens[@]}"; do # warm-up: the launcher's class-data archive, the page cache, Hugo's first start
    bash -c 'build "$@"' _ "$g" "$n" "$work/out-$g-$n" > "$work/warmup-$g-$n.log" 2>&1 || { echo "$g failed, see $work/warmup-$g-$n.log" >&2; exit 1; }
  done
  sanity "$n"
  for r in $(seq "$runs"); do
    for i in "${!gens[@]}"; do
      g=${gens[$(( (i + r) % ${#gens[@]} ))]}
      line=$(python3 bench/peak-rss.py --log "$work/run-$g-$n.log" bash -c 'build "$@"' _ "$g" "$n" "$work/out-$g-$n")
      echo "$n $g run=$r $line load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
    done
  done
done

# Medians per size and generator, faqsite's ratios to both Hugo columns, and the growth from the first size to the last
python3 - "$results" "${gens[@]}" <<'PY'
import re, statistics as st, sys
rows = [dict(re.findall(r"(\w+)=(\S+)", l), n=int(l.split()[0]), g=l.split()[1]) for l in open(sys.argv[1])]
gens, sizes = sys.argv[2:], sorted({r["n"] for r in rows})
def col(n, g, k): return [float(r[k]) for r in rows if r["n"] == n and r["g"] == g]
def med(n, g, k): return st.median(col(n, g, k))
print("\nmedians              pages    wall s    cpu s  peak MiB")
for n in sizes:
    for g in gens:
        print("%-16s %9d %9.2f %8.2f %9d" % (g, n, med(n, g, "wall"), med(n, g, "cpu"), med(n, g, "peak_mib")))
# wall time is what the issue asks; CPU time as well, as it holds up better when other work shares the machine
for k in ("wall", "cpu"):
    print("\nours / peer (%s)                pages  median of per-run ratios  ratio of medians" % k)
    for n in sizes:
        for ours, peer in [("faqsite", g) for g in gens if g != "faqsite"] + [("faqsite-nosearch", "hugo")]:
            pairs = [a / b for a, b in zip(col(n, ours, k), col(n, peer, k))]
            print("%-16s / %-13s %6d %25.2f %17.2f" % (ours, peer, n, st.median(pairs), med(n, ours, k) / med(n, peer, k)))
if len(sizes) > 1:
    a, b = sizes[0], sizes[-1]
    print("\nscaling %d -> %d pages (%.1fx pages): ratio of medians, wall and CPU" % (a, b, b / a))
    for g in gens:
        print("%-16s %6.2fx %6.2fx" % (g, med(b, g, "wall") / med(a, g, "wall"), med(b, g, "cpu") / med(a, g, "cpu")))
PY
