#!/usr/bin/env python3
"""CPU time of a command and its child processes, split by process kind and by JVM thread kind.

    scripts/cpu-by-thread.py bin/leakscope scan LEAK --case CASE --config CASE.yaml --quiet

Samples /proc twice a second while the command runs and keeps each thread's last CPU time (user +
system). A process whose command line names the parser worker (ReaderWorker) counts as "parser",
any other Java process as "scan". Threads are grouped by name: C1 and C2 compiler threads (JIT),
GC threads, the rest ("work", which for the parser processes includes their serial GC, run by the VM
thread). Linux only. A thread that ends between two samples loses at most half a second.
"""
import collections
import os
import subprocess
import sys
import time


def children(pid):
    found = []
    try:
        for task in os.listdir(f'/proc/{pid}/task'):
            with open(f'/proc/{pid}/task/{task}/children') as f:
                found += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return found


def descendants(root):
    seen, todo = [], [root]
    while todo:
        pid = todo.pop()
        seen.append(pid)
        todo += children(pid)
    return seen


def process_kind(pid):
    try:
        with open(f'/proc/{pid}/cmdline') as f:
            cmd = f.read()
    except OSError:
        return None
    if 'java' not in cmd:
        return None
    return 'parser' if 'ReaderWorker' in cmd else 'scan'


def thread_kind(name):
    if name.startswith('C1 Compiler') or name.startswith('C2 Compiler'):
        return name[:2] + ' JIT'
    if name.startswith('GC ') or name.startswith('G1 '):
        return 'GC'
    return 'work'


def sample(root, last):
    for pid in descendants(root):
        kind = process_kind(pid)
        if kind is None:
            continue
        try:
            tasks = os.listdir(f'/proc/{pid}/task')
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f'/proc/{pid}/task/{tid}/comm') as f:
                    name = f.read().strip()
                with open(f'/proc/{pid}/task/{tid}/stat') as f:
                    stat = f.read()
            except OSError:
                continue
            fields = stat[stat.rindex(')') + 2:].split()
            last[(pid, tid)] = (kind, thread_kind(name), int(fields[11]) + int(fields[12]))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    ticks = os.sysconf('SC_CLK_TCK')
    start = time.time()
    process = subprocess.Popen(sys.argv[1:])
    last = {}
    while process.poll() is None:
        sample(process.pid, last)
        time.sleep(0.5)
    wall = time.time() - start
    totals = collections.Counter()
    for kind, threads, used in last.values():
        totals[(kind, threads)] += used / ticks
    print(f'wall {wall:.1f} s, exit {process.returncode}')
    for (kind, threads), seconds in sorted(totals.items()):
        print(f'{kind:7s} {threads:7s} {seconds:8.1f} CPU-s')
    print(f'total           {sum(totals.values()):8.1f} CPU-s')


if __name__ == '__main__':
    main()
