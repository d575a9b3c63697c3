#!/usr/bin/python3
"""Scores annalist on the TempEval-3 training documents, whole and in two fixed halves.

  bench/tempeval_eval.py [ANNALIST] [CORPORA] [-- MENTIONS OPTIONS...]

Runs `annalist mentions TRAIN -t timeml` once, then `annalist eval` on the whole set
and on each half of bench/tempeval_halves.tsv (A when the first byte of the sha256 of
the file name is even). Rules are developed on half A and kept only if half B agrees:
a change that helps A and hurts B fits A. Options after `--` go to `mentions` (for
example `-- --config my.toml`). Prints one line per set: strict, relaxed and value F1.
"""
import os
import re
import subprocess
import sys
import tempfile

from fixed_halves import read_halves

args = sys.argv[1:]
extra = args[args.index("--") + 1:] if "--" in args else []
positional = args[:args.index("--")] if "--" in args else args
annalist = positional[0] if len(positional) > 0 else "build/release/bin/annalist"
corpora = positional[1] if len(positional) > 1 else "../shared/corpora"
train = os.path.join(corpora, "tempeval3", "train")


def halves():
    return read_halves("tempeval_halves.tsv", ".tml")


def scores(report):
    """strict, relaxed and value F1 from an `annalist eval` report."""
    found = {}
    for name in ("strict", "relaxed"):
        found[name] = float(re.search(rf"^{name}\s+P [\d.]+\s+R [\d.]+\s+F1 ([\d.]+)", report, re.M).group(1))
    found["value"] = float(re.search(r"^value\s+accuracy [\d.]+\s+F1 ([\d.]+)", report, re.M).group(1))
    return found


def main():
    if not os.path.isdir(train):
        print(f"skipped: {train} is absent")
        return 0
    listed = halves()
    on_disk = {(folder, name[:-4]) for folder in os.listdir(train) if os.path.isdir(os.path.join(train, folder))
               for name in os.listdir(os.path.join(train, folder)) if name.endswith(".tml")}
    assert on_disk == set(listed), "bench/tempeval_halves.tsv does not list exactly the training documents"
    with tempfile.TemporaryDirectory() as scratch:
        predicted = os.path.join(scratch, "predicted")
        subprocess.run([annalist, "mentions", train, "-t", "timeml", "-o", predicted, "--quiet", *extra],
                       check=True, stderr=subprocess.DEVNULL)
        sets = {"whole": train}
        for half in ("A", "B"):
            gold = os.path.join(scratch, "gold-" + half)
            os.makedirs(gold)
            for (folder, document), h in listed.items():
                if h == half:
                    os.symlink(os.path.abspath(os.path.join(train, folder, document + ".tml")),
                               os.path.join(gold, document + ".tml"))
            sets["half " + half] = gold
        for name, gold in sets.items():
            report = subprocess.run([annalist, "eval", gold, predicted], check=True, capture_output=True,
                                    text=True).stdout
            s = scores(report)
            documents = sum(1 for _ in os.scandir(gold)) if name != "whole" else len(listed)
            print(f"{name:7} ({documents} documents): strict F1 {s['strict']:.1f}  relaxed F1 {s['relaxed']:.1f}  "
                  f"value F1 {s['value']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
