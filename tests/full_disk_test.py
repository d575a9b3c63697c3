#!/usr/bin/python3
"""A full disk: exit 3, one line naming the output and "No space left on device",
and nothing partial.

- device: the output is /dev/full, which refuses every write with ENOSPC;
- tmpfs: a 64 KB file system, mounted for the test (root only; skipped, and said,
  where mounting is not allowed), holding an older output that must survive a
  build too large for it byte for byte, with no temporary left beside it.

Usage: full_disk_test.py device|tmpfs ANNALIST SOURCE_DIR"""
import os
import subprocess
import sys
import tempfile

from writer_checks import Checks, skip

checks = Checks()
part, annalist, source = sys.argv[1], sys.argv[2], sys.argv[3]
sample = os.path.join(source, "samples", "harbor-bridge.txt")
SENTENCE = "The council met on June 3, 2024, and the bridge reopened on March 12, 2025, officials said. "


def build(inputs, target, *options):
    return subprocess.run([annalist, "build", *inputs, "-o", target, *options], capture_output=True, text=True)


if part == "device":
    run = build([sample], "/dev/full")
    checks.equal(run.returncode, 3, "a full device exits 3")
    checks.equal(run.stderr, "annalist: /dev/full: cannot write output: No space left on device\n", "one line")
else:
    if os.geteuid() != 0:
        skip("mounting a small tmpfs needs root")
    with tempfile.TemporaryDirectory(prefix="annalist-full-") as folder:
        disk = os.path.join(folder, "disk")
        os.mkdir(disk)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk], capture_output=True)
        if mounted.returncode != 0:
            skip(f"mount -t tmpfs is not allowed here: {mounted.stderr.decode().strip()}")
        try:
            large = os.path.join(folder, "large.txt")  # outside the small disk
            with open(large, "w") as f:
                f.write("Published: 2024-11-04\n\n" + (SENTENCE * 8 + "\n\n") * 100)
            target = os.path.join(disk, "timeline.csv")
            with open(target, "w") as f:
                f.write("the old chronology\n")
            run = build([large], target)
            checks.equal(run.returncode, 3, "a full disk exits 3")
            checks.equal(run.stderr, f"annalist: {target}: cannot write output: No space left on device\n",
                         "one line naming the output and the cause")
            with open(target) as f:
                checks.equal(f.read(), "the old chronology\n", "the old output is kept byte for byte")
            checks.equal(sorted(os.listdir(disk)), ["timeline.csv"], "no temporary left on the full disk")
            # The same disk takes a small output: the failure was the space, not the place.
            run = build([sample], target)
            checks.equal(run.returncode, 0, f"a small output fits: {run.stderr.strip()}")
        finally:
            subprocess.run(["umount", disk], check=True)
checks.finish()
