"""`cmake --install` puts a package that works from where it lands: it finds the
installed plugins and configs relative to itself, with the build tree out of reach."""

import os
import pathlib
import subprocess
import sys

import pytest

from conftest import SAMPLE

BUILD = os.environ.get("ANNALIST_BUILD_DIR")


@pytest.mark.skipif(not BUILD, reason="ANNALIST_BUILD_DIR not set")
def test_the_installed_package_reads_and_builds(tmp_path):
    prefix = tmp_path / "prefix"
    subprocess.run(["cmake", "--install", BUILD, "--prefix", prefix], check=True, capture_output=True)
    [init] = prefix.glob("lib/python3*/dist-packages/annalist/__init__.py")
    site = init.parent.parent
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Bridge</title></head><body><article>"
                    "<p>The Harbor Bridge closed on 3 February 2023 for repairs.</p></article></body></html>")
    script = f"""
import annalist
assert annalist.__file__.startswith({str(prefix)!r}), annalist.__file__
document = annalist.read({str(page)!r})
assert (document.reader, document.title) == ("html", "Bridge"), document
chronology = annalist.build([{str(SAMPLE)!r}])
print(len(chronology.events), chronology.documents[0]["reader"])
"""
    environment = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "ANNALIST_PLUGIN_PATH")}
    environment["PYTHONPATH"] = str(site)
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=environment, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["10", "text"]
    assert pathlib.Path(site / "annalist" / "_paths.py").read_text().count("..") >= 3  # relative, not absolute
