#!/usr/bin/python3
"""Documents per second: `annalist build` (the CLI, one and two jobs), the Python
package in one process, and annalist.dask on a two-process-capable LocalCluster
with 1 and 2 workers, on the same files, with the results compared for equality.

    PYTHONPATH=build/release/python bench/dask_bench.py [--runs 3] [--partitions 16] [FOLDER...]

FOLDER defaults to the TempEval-3 training documents in ../shared/. Cluster start-up
is timed apart and left out of the Dask figures; each Dask run includes listing the
files, shipping the work, mapping on the workers, pickling partials back, merging
them, and (as every row) finishing the chronology and writing it (--to: CSV, the
main job's format, or JSON). Prints one table (median, min and max of the runs)."""

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPUS = [ROOT.parent / "shared/corpora/tempeval3/train/AQUAINT", ROOT.parent / "shared/corpora/tempeval3/train/TimeBank"]


def timed(runs, work):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return times, result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=pathlib.Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--binary", default=str(ROOT / "build/release/bin/annalist"))
    parser.add_argument("--to", choices=["csv", "json"], default="csv",
                        help="what every run writes, and what is compared (default csv, the main job's)")
    args = parser.parse_args()
    if not all(folder.exists() for folder in args.folders):
        print(f"dask_bench: {', '.join(map(str, args.folders))} not found; nothing measured")
        return 0

    import annalist
    import annalist.dask
    import distributed

    files = annalist.list_inputs(args.folders)
    megabytes = sum(os.path.getsize(f) for f in files) / 1e6
    print(f"{len(files)} documents, {megabytes:.1f} MB, {os.cpu_count()} cores, {args.runs} runs, "
          f"{args.partitions} partitions")
    rows = []

    def cli(jobs):
        return subprocess.run([args.binary, "build", *map(str, args.folders), "-t", args.to, "--jobs", str(jobs),
                               "--quiet"], capture_output=True, check=True).stdout.decode()

    times, expected = timed(args.runs, lambda: cli(1))
    rows.append(("annalist build (CLI), 1 job", times))
    rows.append(("annalist build (CLI), 2 jobs", timed(args.runs, lambda: cli(2))[0]))
    annalist.build(files[:1])  # the engine loaded before the clock starts, as a notebook has it
    # Each Python run ends with the output written, as the CLI's does: a chronology
    # is finished (merged across documents, ordered) when first read.
    def output(chronology):
        return chronology.to_csv() if args.to == "csv" else chronology.to_json()

    times, built = timed(args.runs, lambda: output(annalist.build(files)))
    assert built == expected, "annalist.build differs from the CLI"
    rows.append(("annalist.build, one process", times))

    equal = True
    for workers in (1, 2):
        start = time.perf_counter()
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                      dashboard_address=None, silence_logs=40) as cluster, \
                distributed.Client(cluster):
            startup = time.perf_counter() - start
            annalist.dask.build(files[:2], npartitions=2)  # each worker's engine loaded, as a warm cluster has it
            times, got = timed(args.runs,
                               lambda: output(annalist.dask.build(files, npartitions=args.partitions)))
            equal = equal and got == expected
        rows.append((f"annalist.dask, {workers} worker{'s' if workers > 1 else ''} "
                     f"(cluster start {startup:.1f} s, not counted)", times))

    cli_median = statistics.median(rows[0][1])
    print(f"{'run':<62} {'docs/s (median, min-max)':>28} {'x CLI 1 job':>12}")
    for name, times in rows:
        median = statistics.median(times)
        rates = sorted(len(files) / t for t in times)
        print(f"{name:<62} {len(files) / median:>10.0f} ({rates[0]:.0f}-{rates[-1]:.0f}){'':>6} "
              f"{median / cli_median:>10.2f}")
    print(f"every result equal to the CLI's {args.to}: {equal}")
    return 0 if equal else 1


if __name__ == "__main__":
    sys.exit(main())
