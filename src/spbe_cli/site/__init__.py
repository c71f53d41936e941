"""The repository as a static website: every year, unit and indicator, validation, search."""
