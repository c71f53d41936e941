"""Reading files: the YAML reader with positions, and the evidence sandbox rule."""
