"""Pydantic models of every file kind, checking a file against its model, and the catalogues."""
