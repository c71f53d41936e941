"""Meeting handouts (HTML, Markdown, PDF)."""
