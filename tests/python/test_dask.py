"""annalist.dask: partitions mapped on workers, merged in a tree, equal to the CLI."""

import json
import shutil

import dask
import dask.bag
import pytest

import annalist
import annalist.dask
from conftest import SAMPLE, TRAINING_FOLDERS, cli


def sample_folder(tmp_path, copies=7):
    """A folder of small articles: the sample, and variations with their own dates."""
    text = SAMPLE.read_text()
    for k in range(copies):
        (tmp_path / f"article-{k:02}.txt").write_text(text.replace("2025", str(2010 + k)))
    shutil.copy(SAMPLE, tmp_path / "sample.txt")
    return tmp_path


@pytest.mark.parametrize("npartitions,split_every", [(1, 8), (3, 2), (8, 2), (8, 3)])
def test_any_partitioning_gives_the_cli_chronology(tmp_path, npartitions, split_every):
    folder = sample_folder(tmp_path)
    expected = cli("build", folder, "-t", "json").stdout
    with dask.config.set(scheduler="threads"):
        got = annalist.dask.build([folder], npartitions=npartitions, split_every=split_every)
    assert got.to_json() == expected
    assert len(got.documents) == 8


def test_a_bag_of_documents(tmp_path):
    documents = [annalist.Document(f"The dam opened on May {k + 1}, 2024.", published="2024-06-01", source=f"d{k}")
                 for k in range(10)]
    bag = dask.bag.from_sequence(documents, npartitions=4)
    with dask.config.set(scheduler="sync"):
        got = annalist.dask.build(bag)
    assert got == annalist.build(documents)
    assert [e["value"] for e in got.events] == [f"2024-05-{k + 1:02}" for k in range(10)]


def test_an_unreadable_file_is_an_error(tmp_path):
    folder = sample_folder(tmp_path, copies=2)
    with dask.config.set(scheduler="sync"), pytest.raises(annalist.Error, match="nowhere.txt: error: cannot read"):
        annalist.dask.build([folder, tmp_path / "nowhere.txt"], npartitions=2)


@pytest.mark.shared
def test_a_local_cluster_of_two_processes_builds_the_training_set():
    distributed = pytest.importorskip("distributed")
    expected = cli("build", *TRAINING_FOLDERS, "-t", "json").stdout
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        got = annalist.dask.build(TRAINING_FOLDERS, npartitions=16)
    assert got.to_json() == expected
    assert len(json.loads(expected)["documents"]) == 256
