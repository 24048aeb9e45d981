"""The tables of each fixture corpus, compared with the ones kept in tests/golden/.

They were written by the loader before the layers were restructured, and the layouts and
mixed ones by the reader before it was made faster (issue 13), so a pure restructuring or
a speed-up must leave every table identical, dtypes included. `mixed` is a corpus that
`generate_mixed_corpus` writes for the test (every layout, Finnish and English, with the
generator's traps). When a change is meant to alter the tables (or the generator), run
`python tests/test_golden.py --update` and read the diff of the tables it writes (`git diff
--stat tests/golden`, then compare them with pandas).
"""

import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.paths import bundled_data_dir
from analysis.synthetic import generate_mixed_corpus

HERE = Path(__file__).resolve().parent
FIXTURES = {
    "bundled": bundled_data_dir(), "hostile": HERE / "fixtures" / "hostile", "messy": HERE / "fixtures" / "messy",
    "layouts": HERE / "fixtures" / "layouts", "mixed": None,
}
MIXED_PAGES = 300  # every layout many times over, seeded by the size


def fixture_folder(fixture: str, tmp: Path) -> Path:
    """The fixture's folder; the mixed corpus is written into `tmp` first."""
    if FIXTURES[fixture] is not None:
        return FIXTURES[fixture]
    generate_mixed_corpus(tmp, MIXED_PAGES, seed=MIXED_PAGES)
    return tmp


@pytest.mark.parametrize("fixture", FIXTURES)
@pytest.mark.parametrize("cache", [False, True])
def test_tables_equal_the_golden_ones(fixture, cache, tmp_path):
    folder = fixture_folder(fixture, tmp_path / "corpus")
    if cache:  # in a copy (the cache is written beside the pages), loaded twice: written, then mapped back
        (tmp_path / "pages").symlink_to(folder / "pages")
        for reference in filter(Path.is_file, folder.iterdir()):
            (tmp_path / reference.name).write_bytes(reference.read_bytes())
        analysis.load_corpus(tmp_path, cache=True)
        folder = tmp_path
    corpus = analysis.load_corpus(folder, cache=cache)
    for name, table in corpus.tables().items():
        expected = pd.read_parquet(HERE / "golden" / fixture / f"{name}.parquet")
        pd.testing.assert_frame_equal(table, expected, check_dtype=True, obj=f"{fixture} {name}")


def test_the_messy_fixture_has_what_it_is_for():
    quality = pd.read_parquet(HERE / "golden" / "messy" / "quality.parquet")
    for code in ("not_utf8", "mojibake_repaired", "empty_file", "not_in_manifest", "unclosed_img_tag",
                 "invalid_timestamp", "conflicting_sighting", "normalized_nfc", "declared_count_mismatch"):
        assert code in set(quality["code"]), code
    assert (HERE / "fixtures" / "messy" / "pages" / "bom_crlf.txt").read_bytes().startswith(b"\xef\xbb\xbf")


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    import tempfile

    for fixture in FIXTURES:
        folder = fixture_folder(fixture, Path(tempfile.mkdtemp()))
        for name, table in analysis.load_corpus(folder, cache=False).tables().items():
            table.to_parquet(HERE / "golden" / fixture / f"{name}.parquet", index=False)
