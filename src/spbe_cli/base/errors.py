"""Exceptions that end a command with a documented exit code and one plain sentence."""

from __future__ import annotations


class UsageProblem(Exception):
    """A wrong option value found inside a command: exit 2, like Typer's own usage errors."""
