"""Which build of the extraction modules is running (compiled by ``build_native.py`` or pure Python), whether the
compiled modules match their sources, and whether both builds give the same drafts."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

import eventwire

REPO = Path(__file__).resolve().parents[1]
PACKAGE = Path(eventwire.__file__).parent
MANIFEST = PACKAGE / "native-build.json"
EXTENSIONS = (".so", ".pyd")
GOLDEN = REPO / "tests" / "extract" / "golden" / "articles"


def _manifest() -> dict | None:
    return json.loads(MANIFEST.read_text()) if MANIFEST.exists() else None


def _is_compiled(module_name: str) -> bool:
    return str(importlib.import_module(module_name).__file__).endswith(EXTENSIONS)


def _source(module_name: str) -> Path:
    relative = Path(*module_name.split(".")[1:])
    package_init = PACKAGE / relative / "__init__.py"
    return package_init if package_init.exists() else (PACKAGE / relative).with_suffix(".py")


def test_the_running_build_is_the_one_the_manifest_lists():
    manifest = _manifest()
    if manifest is None:  # pure build: not one compiled module anywhere in the package
        assert not [p for suffix in EXTENSIONS for p in PACKAGE.rglob(f"*{suffix}")]
        assert not _is_compiled("eventwire.extract.mentions")
        return
    assert manifest["compiled"], "a manifest is only written when something was compiled"
    for module_name in manifest["compiled"]:
        assert _is_compiled(module_name), f"{module_name} is listed as compiled but runs as Python"
    for module_name in manifest["left_pure"]:
        assert not _is_compiled(module_name)


def test_no_compiled_module_is_older_than_its_source():
    """Python imports a .so before its .py: an edit to the source is ignored until the next ``make native``."""
    manifest = _manifest()
    if manifest is None:
        pytest.skip("pure-Python build: nothing compiled")
    stale = [name for name, digest in manifest["compiled"].items()
             if hashlib.sha256(_source(name).read_bytes()).hexdigest() != digest]
    assert not stale, f"compiled modules older than their source (run `make native`): {stale}"


_DRAFTS_OF_GOLDEN_ARTICLES = """
import sys
from pathlib import Path
from eventwire.extract import ExtractionKit, extract_events
from eventwire.ingest import read_article
kit = ExtractionKit.load()
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    print(path.stem, repr(extract_events(read_article(path)[0], kit)))
"""


def _golden_drafts(tmp_path: Path, *, pure: bool) -> list[str]:
    script = tmp_path / "drafts.py"
    script.write_text(_DRAFTS_OF_GOLDEN_ARTICLES)
    runner = [str(REPO / "build_native.py"), "--pure"] if pure else []
    done = subprocess.run([sys.executable, *runner, str(script), str(GOLDEN)], capture_output=True, text=True,
                          check=True)
    return done.stdout.splitlines()


def test_compiled_and_pure_builds_give_identical_drafts_on_the_golden_articles(tmp_path):
    if _manifest() is None:
        pytest.skip("pure-Python build: nothing compiled to compare")
    compiled = _golden_drafts(tmp_path, pure=False)
    assert len(compiled) == len(list(GOLDEN.glob("*.txt")))
    assert compiled == _golden_drafts(tmp_path, pure=True)


def _build_script():
    spec = importlib.util.spec_from_file_location("build_native", REPO / "build_native.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("line, blamed", [
    ('eventwire/extract/notes.py:93: error: Unsupported operand types for + ("str" and "None")  [operator]',
     "eventwire/extract/notes.py"),
    ("eventwire/extract/fatalities/groups.py:108: AssertionError: should have been handled in Tuple/List/Set",
     "eventwire/extract/fatalities/groups.py"),
    ("eventwire/extract/assemble.py:309: note: By default the bodies of untyped functions are not checked", None),
    ("gcc: error: unrecognized command-line option '-fno-such-thing'", None),
    ("copying build/lib/eventwire/extract/cues.cpython-311-x86_64-linux-gnu.so -> eventwire/extract", None),
])
def test_the_build_leaves_pure_only_the_source_a_log_line_blames(line, blamed):
    match = _build_script().SOURCE_ERROR.match(line)
    assert (match["path"] if match else None) == blamed


@pytest.mark.parametrize("path, module", [
    ("eventwire/extract/mentions.py", "eventwire.extract.mentions"),
    ("eventwire/extract/actors/__init__.py", "eventwire.extract.actors"),
    ("eventwire/countries.py", "eventwire.countries"),
])
def test_module_names_of_source_paths(path, module):
    assert _build_script().module_name(path) == module


def test_offline_tools_are_not_compiled():
    sources = _build_script().candidate_sources()
    assert "eventwire/extract/mentions.py" in sources
    assert not [path for path in sources if "/models/" in path or path.endswith("build_actor_names.py")]
