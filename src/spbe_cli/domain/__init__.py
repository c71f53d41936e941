"""Domain values with no I/O and no Pydantic: exact numbers and the stage order."""
