"""Tests of the evaluation scorer and the extraction quality gates (a package: test module names repeat across areas)."""
