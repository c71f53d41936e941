"""Entry point for ``python -m spbe_cli``."""

from spbe_cli.cli import main

main()
