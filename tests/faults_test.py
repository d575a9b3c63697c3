#!/usr/bin/python3
"""Faults while writing: an output is complete or absent, never partial.

- every input failing writes nothing but the error lines (no empty CSV header);
- a write that fails half-way (a file size limit) exits 3 and leaves an existing
  output byte for byte as it was, and no temporary beside it;
- a reader polling the output while a large one is written sees the old file or the
  whole new one, nothing between;
- SIGTERM while inputs are read, and SIGINT while the output is being written, exit
  143 and 130 and leave no output and no temporary.

Usage: faults_test.py ANNALIST SOURCE_DIR"""
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

from writer_checks import Checks

checks = Checks()
annalist, source = sys.argv[1], sys.argv[2]
sample = os.path.join(source, "samples", "harbor-bridge.txt")
SENTENCE = "The council met on June 3, 2024, and the bridge reopened on March 12, 2025, officials said. "


def leftovers(folder, name):
    return sorted(f for f in os.listdir(folder) if f.startswith("." + name + "."))


with tempfile.TemporaryDirectory(prefix="annalist-faults-") as folder:
    # Every input failing: the errors, and nothing on standard output or on disk.
    target = os.path.join(folder, "none.csv")
    run = subprocess.run([annalist, "build", "/nonexistent/a.txt", "/nonexistent/b.txt", "-t", "csv"],
                         capture_output=True, text=True)
    checks.equal((run.returncode, run.stdout), (1, ""), "every input failed: exit 1, nothing on standard output")
    checks.equal(len(run.stderr.splitlines()), 2, "every input failed: one error line each")
    run = subprocess.run([annalist, "build", "/nonexistent/a.txt", "-o", target], capture_output=True, text=True)
    checks.equal((run.returncode, os.path.exists(target)), (1, False), "every input failed: no output file")

    # A write that fails half-way: the old output stays, no temporary is left.
    target = os.path.join(folder, "timeline.json")
    with open(target, "w") as f:
        f.write("the old chronology\n")
    run = subprocess.run(["bash", "-c", f"trap '' XFSZ; ulimit -f 1; exec '{annalist}' build '{sample}' -t json "
                                        f"-o '{target}'"], capture_output=True, text=True)
    checks.equal(run.returncode, 3, f"a failed write exits 3: {run.stderr.strip()}")
    checks.check(run.stderr.startswith(f"annalist: {target}: cannot write output"), f"one line: {run.stderr!r}")
    with open(target) as f:
        checks.equal(f.read(), "the old chronology\n", "the old output is kept byte for byte")
    checks.equal(leftovers(folder, "timeline.json"), [], "no temporary left after a failed write")

    # A large input for the rest: some 24 MB of dated sentences.
    large = os.path.join(folder, "large.txt")
    with open(large, "w") as f:
        f.write("Published: 2024-11-04\n\n" + (SENTENCE * 64 + "\n\n") * 4000)

    # A reader polling the output while a new one is written sees the old or the new, whole.
    target = os.path.join(folder, "mentions.jsonl")
    with open(target, "w") as f:
        f.write("old\n")
    seen, done = set(), threading.Event()

    def poll():
        while not done.is_set():
            with open(target, "rb") as f:
                seen.add(len(f.read()))

    poller = threading.Thread(target=poll)
    poller.start()
    run = subprocess.run([annalist, "mentions", large, "-t", "jsonl", "-o", target, "-j", "1"], capture_output=True)
    done.set()
    poller.join()
    final = os.path.getsize(target)
    checks.equal(run.returncode, 0, "the large output is written")
    checks.check(seen <= {4, final}, f"a reader saw only the old or the whole new file: sizes {sorted(seen)[:5]}")

    # SIGTERM while reading and mapping: exit 143, no output.
    target = os.path.join(folder, "stopped.csv")
    process = subprocess.Popen([annalist, "build", large, large, large, "-o", target, "-j", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.3)
    process.send_signal(signal.SIGTERM)
    checks.equal(process.wait(), 143, "SIGTERM: exit 143")
    checks.equal((os.path.exists(target), leftovers(folder, "stopped.csv")), (False, []), "SIGTERM: no output")

    # SIGINT once the output's temporary exists (mentions writes as it goes): exit 130,
    # the temporary removed.
    target = os.path.join(folder, "interrupted.jsonl")
    process = subprocess.Popen([annalist, "mentions", large, large, large, "-t", "jsonl", "-o", target, "-j", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while not leftovers(folder, "interrupted.jsonl") and process.poll() is None and time.time() < deadline:
        time.sleep(0.005)
    was_writing = bool(leftovers(folder, "interrupted.jsonl"))
    process.send_signal(signal.SIGINT)
    code = process.wait()
    checks.check(was_writing, "SIGINT: sent while the temporary was being written")
    checks.equal(code, 130, "SIGINT: exit 130")
    checks.equal((os.path.exists(target), leftovers(folder, "interrupted.jsonl")), (False, []),
                 "SIGINT: no output and no temporary")
checks.finish()
