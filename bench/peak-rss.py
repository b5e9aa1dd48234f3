#!/usr/bin/env python3
"""Runs a command and prints one machine-readable line about it:

  wall=SECONDS cpu=SECONDS peak_mib=MIB exit=STATUS

wall: elapsed time; cpu: user+sys of the command and the descendants it waited for (wait4's rusage: a build that
runs Pagefind and waits for it counts Pagefind's CPU too); peak_mib: the highest sum, over samples taken every
~20 ms, of VmRSS of the command and all its live descendants (faqsite and its indexer together, which
/usr/bin/time's %M, the largest single process, would not show).

Usage: peak-rss.py [--log FILE] COMMAND [ARG ...]
  --log FILE  the command's stdout and stderr go to FILE (otherwise they are inherited)
"""
import os
import subprocess
import sys
import time

INTERVAL = 0.02


def processes():
    """(pid, parent pid, VmRSS KiB) of every process, from /proc/<pid>/stat (this kernel has no .../children files)."""
    page_kib = os.sysconf("SC_PAGE_SIZE") // 1024
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                stat = f.read()
        except OSError:
            continue  # ended while we listed
        # the command name may hold spaces and parentheses: the fields after it start past the last ')'
        fields = stat[stat.rindex(")") + 2:].split()
        yield int(name), int(fields[1]), int(fields[21]) * page_kib  # fields: state ppid ... rss (in pages)


def tree_rss_kib(root):
    parent, rss = {}, {}
    for pid, ppid, kib in processes():
        parent[pid], rss[pid] = ppid, kib
    total = 0
    for pid in rss:
        p = pid
        while p > 1 and p != root:
            p = parent.get(p, 0)
        if p == root:
            total += rss[pid]
    return total


def main(argv):
    log = None
    if len(argv) > 2 and argv[0] == "--log":
        log, argv = argv[1], argv[2:]
    if not argv:
        sys.stderr.write(__doc__)
        return 2
    out = open(log, "w") if log else None
    started = time.monotonic()
    proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT if out else None)
    peak = 0
    while True:
        # wait4 with WNOHANG, not Popen.poll: only wait4 hands back the rusage of the reaped command
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, tree_rss_kib(proc.pid))
        time.sleep(INTERVAL)
    wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # so that Popen does not try to reap it again
    print("wall=%.2f cpu=%.2f peak_mib=%d exit=%d"
          % (wall, usage.ru_utime + usage.ru_stime, peak // 1024, proc.returncode), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
