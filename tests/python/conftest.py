"""What the Python package's tests share: the CLI to compare with, the sample and
the shared data. Run by ctest with ANNALIST_CLI, ANNALIST_SOURCE_DIR and
ANNALIST_SHARED_DIR set and the build tree's python/ on PYTHONPATH.

`--shared` runs only the tests that read ../shared/ and exits 77 (skipped, for
ctest) when it is absent; without it those tests are left out."""

import os
import pathlib
import subprocess

import pytest

CLI = os.environ.get("ANNALIST_CLI", "annalist")
SOURCE = pathlib.Path(os.environ.get("ANNALIST_SOURCE_DIR", pathlib.Path(__file__).parents[2]))
SHARED = pathlib.Path(os.environ.get("ANNALIST_SHARED_DIR", SOURCE.parent / "shared"))
SAMPLE = SOURCE / "samples" / "harbor-bridge.txt"
ARTICLE = SHARED / "articles" / "putin-kim-us-elections.txt"
TRAINING = SHARED / "corpora" / "tempeval3" / "train"
TRAINING_FOLDERS = [TRAINING / "AQUAINT", TRAINING / "TimeBank"]  # the 256 documents, not the README


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """The annalist CLI, its output as text with its line ends as written (CSV's CRLF)."""
    done = subprocess.run([CLI, *map(str, args)], capture_output=True, check=check)
    done.stdout, done.stderr = done.stdout.decode(), done.stderr.decode()
    return done


def pytest_addoption(parser):
    parser.addoption("--shared", action="store_true", help="run only the tests that read ../shared/")


def pytest_collection_modifyitems(config, items):
    wanted = config.getoption("--shared")
    for item in items:
        if ("shared" in item.keywords) != wanted:
            item.add_marker(pytest.mark.skip(reason="runs with --shared" if not wanted else "not a --shared test"))


def pytest_configure(config):
    config.addinivalue_line("markers", "shared: reads ../shared/ (articles, corpora)")


def pytest_sessionfinish(session, exitstatus):
    if session.config.getoption("--shared") and not TRAINING.is_dir():
        print(f"\nskipped: {SHARED} (articles and corpora) is absent")
        session.exitstatus = 77
