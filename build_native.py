"""Compile the extraction modules to C extensions with mypyc, in place next to their .py files (optional).

    python build_native.py           # build; if it cannot, one warning line and the pure-Python package runs
    python build_native.py --clean   # remove every compiled file
    python build_native.py --pure SCRIPT [ARGS...]   # run a script on the .py files even where .so are built

Python imports ``x.cpython-311-….so`` before ``x.py``, so the compiled modules replace the pure ones in the
editable install without any change to the code that imports them. A module whose types mypy rejects, or that
mypyc cannot translate, is left pure (one line says which and why) and the others are still compiled; if the C
build itself fails, nothing is compiled (one warning line) and the pure package runs unchanged. ``src/eventwire/native-build.json`` lists what was compiled, with each source's hash, so a test can
tell which build is running and that no compiled module is older than its source.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
BUILD_DIR = ROOT / "build" / "native"
LOG = BUILD_DIR / "build.log"
MANIFEST = SRC / "eventwire" / "native-build.json"

# What extraction runs per article: the extract package and the country table it reads. Not ``records.py``:
# compiled classes have no ``__dict__``, and the store reads records with ``vars()``.
COMPILED_PACKAGES = ("eventwire/extract",)
COMPILED_FILES = ("eventwire/countries.py",)
# Offline tools (training, data builders) never run per article; compiling them only costs build time.
LEFT_PURE = ("eventwire/extract/models/", "eventwire/extract/build_actor_names.py")

# mypy runs inside mypyc with these flags. union-attr: ``match.end()`` on ``Match | None`` where the code knows
# it matched; mypyc compiles such an access as a plain Python attribute lookup (the same AttributeError if it
# ever were None), so it is safe to allow. Every other type error leaves its module pure.
MYPYC_FLAGS = ("--ignore-missing-imports", "--follow-imports=silent", "--disable-error-code=union-attr",
               "--disable-error-code=annotation-unchecked", "--cache-dir", str(BUILD_DIR / "mypy-cache"))
# A line of the build log that blames one source: a type error, or an internal mypyc error ("AssertionError: …").
SOURCE_ERROR = re.compile(r"^(?P<path>\S+\.py):\d+: (?!note:)(?:error: )?(?P<message>.*)$")
EXTENSION_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)
MAX_FALLBACK_ROUNDS = 10  # each round drops the sources the log blames; one round is the usual case


def candidate_sources() -> list[str]:
    """Source paths relative to ``src/``, in a stable order."""
    paths = [p.relative_to(SRC).as_posix() for package in COMPILED_PACKAGES for p in (SRC / package).rglob("*.py")]
    paths += [path for path in COMPILED_FILES if (SRC / path).exists()]
    return sorted(path for path in paths if not path.startswith(LEFT_PURE))


def module_name(path: str) -> str:
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def compile_sources(paths: list[str]) -> tuple[bool, dict[str, str]]:
    """Run mypyc and the C compiler in a child process (its output goes to the log); on failure, the first
    error of each source that mypy rejected or mypyc could not translate."""
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    code = (
        "import sys\nfrom setuptools import setup\nfrom mypyc.build import mypycify\n"
        f"setup(name='eventwire-native', ext_modules=mypycify({[*MYPYC_FLAGS, *paths]!r}, opt_level='3',"
        " multi_file=True,"
        f" target_dir={str(BUILD_DIR / 'c')!r}, group_name='eventwire_native'),"
        f" script_args=['build_ext', '--inplace', '--parallel', '{os.cpu_count() or 1}',"
        f" '--build-temp', {str(BUILD_DIR / 'temp')!r}, '--build-lib', {str(BUILD_DIR / 'lib')!r}])\n"
    )
    with LOG.open("w") as log:
        done = subprocess.run([sys.executable, "-c", code], cwd=SRC, stdout=log, stderr=subprocess.STDOUT)
    if done.returncode == 0:
        return True, {}
    failures: dict[str, str] = {}
    for match in map(SOURCE_ERROR.match, LOG.read_text().splitlines()):
        if match and match["path"] in paths:
            failures.setdefault(match["path"], match["message"])
    return False, failures


def compiled_sources(paths: list[str], left: dict[str, str]) -> list[str]:
    """Compile ``paths``, leaving pure every source mypy or mypyc rejects; [] if the build fails otherwise."""
    for _ in range(MAX_FALLBACK_ROUNDS):
        built, failures = compile_sources(paths)
        if built:
            return paths
        if not failures:
            return []
        left.update(failures)
        paths = [path for path in paths if path not in failures]
    return []


def source_hash(path: str) -> str:
    return hashlib.sha256((SRC / path).read_bytes()).hexdigest()


def write_manifest(paths: list[str], left: dict[str, str]) -> None:
    manifest = {
        "compiled": {module_name(path): source_hash(path) for path in paths},
        "left_pure": {module_name(path): reason for path, reason in left.items()},
    }
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")


def compiled_files() -> list[Path]:
    """Every extension mypyc left in ``src/`` (per module, and the shared ``…__mypyc`` library)."""
    return sorted(path for pattern in ("*.so", "*.pyd") for path in SRC.rglob(pattern))


def clean() -> None:
    for path in [*compiled_files(), MANIFEST]:
        path.unlink(missing_ok=True)


def build() -> int:
    clean()
    if importlib.util.find_spec("mypyc") is None:
        print("native build skipped: mypy is not installed (pip install -e '.[native]'); running pure Python")
        return 0
    left: dict[str, str] = {}
    paths = compiled_sources(candidate_sources(), left)
    if not paths:
        clean()
        print(f"native build failed (see {LOG.relative_to(ROOT)}); running pure Python")
        return 0
    for path, reason in sorted(left.items()):
        print(f"native build: {module_name(path)} left pure ({reason})")
    write_manifest(paths, left)
    print(f"native build: {len(paths)} modules compiled, {len(left)} left pure")
    return 0


class PureSources(importlib.abc.MetaPathFinder):
    """Imports every ``eventwire`` module from its .py file, even where a compiled one sits next to it."""

    def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
        if name.partition(".")[0] != "eventwire":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.origin is None or not spec.origin.endswith(EXTENSION_SUFFIXES):
            return spec
        folder = Path(spec.origin).parent
        if spec.submodule_search_locations is not None:
            return importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                          submodule_search_locations=[str(folder)])
        return importlib.util.spec_from_file_location(name, folder / f"{name.rpartition('.')[2]}.py")


def run_pure(script: str, args: list[str]) -> None:
    """Run ``script`` as ``__main__`` on the pure-Python package (to compare it with the compiled one)."""
    sys.meta_path.insert(0, PureSources())
    sys.argv = [script, *args]
    runpy.run_path(script, run_name="__main__")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled files and stop")
    parser.add_argument("--pure", nargs=argparse.REMAINDER, metavar="SCRIPT",
                        help="run SCRIPT [ARGS...] on the .py files, not the compiled ones")
    options = parser.parse_args()
    if options.clean:
        clean()
        return 0
    if options.pure:
        run_pure(options.pure[0], options.pure[1:])
        return 0
    return build()


if __name__ == "__main__":
    sys.exit(main())
