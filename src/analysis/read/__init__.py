"""Read: page bytes -> text -> page records, and the reference tables beside the pages.

Nothing here knows pandas' corpus tables: each module reads one kind of input.
"""
