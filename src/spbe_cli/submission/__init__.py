"""What an instansi submits: the snapshot of its inputs and results (an in-toto Statement),
its offline SSH signature, and the documents that point at it."""
