"""The data of the problem and message tables, one module per area."""
