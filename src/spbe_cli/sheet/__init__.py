"""The fill-in workbook of one unit: what it shows, writing it, reading it back, applying it."""
