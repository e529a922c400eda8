"""Maintainer tooling beside the harness: demo, consistency table, side-by-side pages."""
