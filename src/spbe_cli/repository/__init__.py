"""The repository layout (spbe.yaml, year folders, unit and stage files) and discovery of what
to check, over the working tree or a git revision."""
