"""Build: read tables -> the corpus tables; every name and pattern matcher in `names`."""
