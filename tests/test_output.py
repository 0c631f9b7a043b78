"""Atomic writes: the target is either the whole new file or exactly what it was."""

from __future__ import annotations

import os

import pytest

from briefing.errors import OutputError
from briefing.output import write_atomically


def test_writes_the_file_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "a.pdf"
    write_atomically(b"new", target)
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["a.pdf"]


def test_replaces_an_existing_file_with_the_usual_permissions(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    write_atomically(b"new", target)
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError, match=r"cannot write .*a.pdf \(No space left on device\)"):
        write_atomically(b"new", target)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.pdf"]


def test_a_folder_in_place_of_the_file_is_refused(tmp_path):
    (tmp_path / "a.pdf").mkdir()
    with pytest.raises(OutputError, match="is a folder: give a file name with -o"):
        write_atomically(b"new", tmp_path / "a.pdf")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
