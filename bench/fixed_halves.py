"""The fixed halves of a development set, read from a bench/*_halves.tsv list.

A document is in half A when the first byte of the sha256 of its file name is even,
else in half B. Rules are developed on half A and kept only if half B agrees; the
list is checked against the rule on every read, so it cannot drift.
"""
import hashlib
import os


def read_halves(list_name, extension):
    """(group, name) -> "A" or "B" from bench/LIST_NAME (group TAB name TAB half)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), list_name)
    out = {}
    for line in open(path):
        if line.startswith("#"):
            continue
        group, name, half = line.rstrip("\n").split("\t")
        rule = "A" if hashlib.sha256((name + extension).encode()).digest()[0] % 2 == 0 else "B"
        assert half == rule, f"{path}: {name} is in half {half}, its hash says {rule}"
        out[(group, name)] = half
    return out
