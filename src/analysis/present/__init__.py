"""Present: HTML and Markdown rendering, the notebooks' reports, the command line."""
