"""The application layer: opening what a command works on and writing its outputs."""
