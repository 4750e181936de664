"""The command line as a newcomer meets it: help, version, documentation, one-line errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire import __version__
from eventwire.cli import app

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def command_names() -> list[str]:
    names = [cmd.name or cmd.callback.__name__ for cmd in app.registered_commands]
    return names + [group.name for group in app.registered_groups]


def test_version_prints_the_package_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"eventwire {__version__}"


@pytest.mark.parametrize("name", command_names())
def test_every_command_is_documented_in_the_readme(name):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"eventwire {name}" in readme


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help(name):
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_the_readme_starts_with_the_two_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block
