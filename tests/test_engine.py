"""Loading the PDF engine: quickly, and still on a system whose libraries only the slow search
finds."""

import ctypes.util
import json
import subprocess
import sys

from briefing.engine import import_without_library_search


def test_loading_the_engine_starts_no_library_search_process():
    # cffi's library search runs ldconfig, gcc and ld as subprocesses, dozens of times.
    count_processes = (
        "import subprocess\n"
        "started = []\n"
        "original = subprocess.Popen.__init__\n"
        "def counting(self, *args, **kwargs):\n"
        "    started.append(args[0] if args else kwargs.get('args'))\n"
        "    original(self, *args, **kwargs)\n"
        "subprocess.Popen.__init__ = counting\n"
        "import briefing.pdf\n"
        "print(len(started), started[:3])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", count_processes], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("0 "), result.stdout


def test_a_library_only_the_search_finds_is_loaded_with_the_search(tmp_path, monkeypatch):
    (tmp_path / "needs_library_search.py").write_text(
        "import ctypes.util\n"
        "print('installation help')\n"  # what WeasyPrint prints before it raises
        "if ctypes.util.find_library('c') is None:\n"
        "    raise OSError('cannot load library')\n"
        "SEARCHED = True\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    searching = ctypes.util.find_library

    module = import_without_library_search("needs_library_search")

    assert module.SEARCHED
    assert ctypes.util.find_library is searching  # put back, for everything imported later
    monkeypatch.delitem(sys.modules, "needs_library_search")


def test_a_module_that_loads_without_the_search_is_imported_once(tmp_path, monkeypatch):
    (tmp_path / "loads_directly.py").write_text(
        "import ctypes.util\nSEARCH_ANSWERED = ctypes.util.find_library('c')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))

    module = import_without_library_search("loads_directly")

    assert module.SEARCH_ANSWERED is None
    assert import_without_library_search("loads_directly") is module
    monkeypatch.delitem(sys.modules, "loads_directly")


def test_a_command_runs_without_the_collector_and_ends_with_everything_frozen():
    import gc

    from briefing.engine import short_lived_process

    assert gc.isenabled()
    try:
        with short_lived_process():
            assert not gc.isenabled()
        assert gc.get_freeze_count() > 0  # the interpreter's exit does not walk them
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_serial_batch_collects_each_briefings_garbage(tmp_path, small_statement):
    # one-off commands run without the collector; a batch building many briefings in the same
    # process turns it back on once the engine is loaded (WeasyPrint's box trees are cyclic)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(small_statement.read_bytes())
    watch = (
        "import gc, sys\n"
        "import briefing.batch as batch\n"
        "from briefing.cli import main\n"
        "building = batch.build_one\n"
        "def watched(job, options):\n"
        "    print('collector on' if gc.isenabled() else 'collector off')\n"
        "    return building(job, options)\n"
        "batch.build_one = watched\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
    )
    command = [sys.executable, "-c", watch, "build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    result = subprocess.run(
        [*command, "-o", str(tmp_path / "out"), "--jobs", "1"], capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[:2] == ["collector on", "collector on"], result.stdout + result.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 2


def _extract_in_a_fresh_process(statement, **environment):
    """`briefing extract` in a new process: the modules it loaded, and its JSON."""
    import os

    code = (
        "import io, json, sys, contextlib\n"
        "from briefing.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try: main(['extract', sys.argv[1], '--format', 'json'])\n"
        "    except SystemExit: pass\n"
        "print(json.dumps({'metadata': 'importlib.metadata' in sys.modules, 'json': out.getvalue()}))\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "PYDANTIC_DISABLE_PLUGINS"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(statement)],
        capture_output=True,
        text=True,
        check=True,
        env={**env, **environment},
    )
    return json.loads(result.stdout)


def test_a_cold_extract_does_not_look_for_pydantic_plugins(small_statement):
    # pydantic's plugin search imports importlib.metadata and reads every package's metadata
    quick = _extract_in_a_fresh_process(small_statement)
    searching = _extract_in_a_fresh_process(small_statement, PYDANTIC_DISABLE_PLUGINS="")
    assert quick["metadata"] is False
    assert searching["metadata"] is True  # a user who chooses plugins gets pydantic's own search
    assert quick["json"] == searching["json"]
    assert '"quotes"' in quick["json"]


def test_a_rebuild_runs_without_the_collector_and_its_garbage_is_collected_after():
    import gc
    import weakref

    from briefing.engine import collected_after

    class Node:
        pass

    was_enabled = gc.isenabled()
    gc.enable()
    try:
        with collected_after():
            assert not gc.isenabled()
            node = Node()
            node.itself = node  # a cycle: only the collector frees it
            alive = weakref.ref(node)
            del node
        assert gc.isenabled()
        assert alive() is None
    finally:
        if not was_enabled:
            gc.disable()
