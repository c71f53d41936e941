"""``spbe report``: meeting handouts (HTML, Markdown, PDF) built from a documented view model."""
