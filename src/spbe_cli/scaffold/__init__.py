"""The files `spbe init` and `spbe new` write."""
