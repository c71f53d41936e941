"""Bottom layer: text safety, paths, the output language, resources and format names.

Imports nothing from spbe."""
