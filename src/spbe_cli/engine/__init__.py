"""Loading answers and stages, checks, scoring, planning, diffs, crosswalks, the lock."""
