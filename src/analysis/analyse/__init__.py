"""Analyse: DataFrames in, DataFrames, figures and plain objects out; no loading, no rendering."""
