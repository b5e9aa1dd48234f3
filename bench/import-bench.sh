#!/usr/bin/env bash
# Import benchmark: `faqsite import docusaurus` on a generated Docusaurus docs folder of N docs (nested folders with
# _category_ files, number prefixes, MDX with imports, tabs, admonitions, components, expressions, code fences and
# links between docs), written into a fresh site each run.
#   bash bench/import-bench.sh [N ...]     (default: 1000 10000; RUNS=5)
# Prints each run's wall and CPU (user + sys) seconds and peak RSS, then the medians per size and the machine's load.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs="${RUNS:-5}"
work="${BENCH_DIR:-target/bench}/import"
mkdir -p "$work"
./faqsite --version >/dev/null # builds the jar outside the measurements

for n in "${sizes[@]}"; do
  docs="$work/docusaurus-$n/docs"
  if [ ! -d "$docs" ]; then
    python3 - "$docs" "$n" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
per_folder = 25
for i in range(n):
    top, sub = i // (per_folder * 4), (i // per_folder) % 4
    folder = os.path.join(root, f"{top + 1:02d}-area-{top}", f"{sub + 1:02d}-topic-{sub}")
    os.makedirs(folder, exist_ok=True)
    cat = os.path.join(folder, "_category_.json")
    if not os.path.exists(cat):
        with open(cat, "w") as f:
            f.write('{"label": "Topic %d.%d", "position": %d, "collapsed": true}\n' % (top, sub, sub + 1))
    prev = f"{(i - 1) % per_folder + 1:02d}-question-{i - 1}.mdx" if i % per_folder else "index.md"
    with open(os.path.join(folder, f"{i % per_folder + 1:02d}-question-{i}.mdx"), "w") as f:
        f.write(f"""---
title: How does feature {i} work?
description: A short answer about feature {i}.
tags: [feature, area-{top}]
sidebar_label: Feature {i}
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

Feature {i} answers in one paragraph, with a [link to the previous answer](./{prev}).

{{/* reviewed */}}
<Tabs groupId="lang">
  <TabItem value="py" label="Python" default>

    ```python title="feature_{i}.py" {{2}}
    import acme
    acme.feature({i})
    ```

  </TabItem>
  <TabItem value="sh" label="Shell">
    Run `acme feature {i}`.
  </TabItem>
</Tabs>

<Admonition type="tip" title="Limits">
  Feature {i} counts {{props.credits}} credits.
</Admonition>

<Card>
  More about **feature {i}**.
</Card>
""")
    index = os.path.join(folder, "index.md")
    if not os.path.exists(index):
        with open(index, "w") as f:
            f.write(f"# Topic {top}.{sub}\n\nWhat this topic covers.\n")
PY
  fi
  for run in $(seq "$runs"); do
    rm -rf "$work/site-$n"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" java -jar target/faqsite.jar import docusaurus "$docs" --into "$work/site-$n" >"$work/out-$n" || true
    read -r secs user sys kib < "$work/time"
    echo "import $n run=$run wall_s=$secs cpu_s=$(echo "$user + $sys" | bc) rss_mib=$((kib / 1024)) $(tail -n2 "$work/out-$n" | head -n1)"
  done | tee "$work/runs-$n"
  median() { cut -d' ' -f"$1" "$work/runs-$n" | cut -d= -f2 | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  echo "median import $n docs: wall $(median 4) s, cpu $(median 5) s, peak RSS $(median 6) MiB (load average: $(cut -d' ' -f1 /proc/loadavg))"
done
