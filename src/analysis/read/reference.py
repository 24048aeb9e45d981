"""Reference tables (institutions.csv, projects.csv, pages.csv, codebook.yml): read as strings, checked, with fallback.

Also the codebook (codebook.yml). A data folder that lacks a reference table uses the bundled one, so an analyst's folder
of pages needs nothing else to load.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .codebook import Codebook, load_codebook
from .files import match_key
from ..paths import bundled_data_dir
from ..errors import CorpusError

INSTITUTION_COLUMNS = ("institution_id", "name", "name_fi", "short_name", "city", "website", "institution_code", "aliases")
PROJECT_COLUMNS = ("project_id", "name", "aliases")
MANIFEST_COLUMNS = ("file", "source_url", "publisher", "language", "news_base_url")
ISO_639_1 = """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da
    de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz
    ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln
    lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi
    pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti
    tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split()  # the two-letter language codes: `fi`, `en`, `sv`; `xx` or `fn` is a slip
# column -> (regex a present value must match in full, what it should be)
FORMATS = {
    "institution_code": (r"[0-9]{5}", "a five-digit institution code (leading zeros kept)"),
    "website": (r"[a-z0-9.-]+\.[a-z]{2,}", "a domain such as laurea.fi"),
    "file": (r"[^/\\]+\.txt", "a file name in pages/ ending in .txt"),
    "source_url": (r"https?://\S+", "an http(s) address"),
    "news_base_url": (r"https?://\S+/", "an http(s) address ending in /"),
    "language": ("|".join(ISO_639_1), "a two-letter ISO 639-1 code"),
}


def reference_path(data_dir: Path, name: str) -> Path:
    """`data_dir/name`, or the bundled table of that name when the folder has none."""
    path = data_dir / name
    return path if path.is_file() else bundled_data_dir() / name


def read_table(path: Path, columns: tuple[str, ...], key: str) -> pd.DataFrame:
    """Read a CSV as string columns (codes keep leading zeros; blanks become NA) and check
    that the columns are there and the key is present and unique."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.EmptyDataError:  # no header either: a table of no columns, which the check below names
        frame = pd.DataFrame()
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise CorpusError(f"{path}: cannot be read as a UTF-8 CSV table: {exc}") from exc
    if not isinstance(frame.index, pd.RangeIndex):
        frame = without_extra_fields(path, frame)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(missing)}")
    frame = frame[list(columns)].astype("string").replace("", pd.NA)
    for i in frame.index[frame[key].isna() | frame[key].duplicated()]:
        problem = "empty" if pd.isna(frame.at[i, key]) else f"duplicate {frame.at[i, key]!r}"
        raise CorpusError(f"{path}: row {i + 2}, column {key}: {problem}")
    for column in columns:
        if column in FORMATS:
            regex, meaning = FORMATS[column]
            bad = frame[column].notna() & ~frame[column].fillna("").str.fullmatch(regex)
            for i in frame.index[bad]:
                raise CorpusError(f"{path}: row {i + 2}, column {column}: {frame.at[i, column]!r} is not {meaning}")
    return frame.reset_index(drop=True)


def without_extra_fields(path: Path, frame: pd.DataFrame) -> pd.DataFrame:
    """A table whose every row has more fields than its header, as pandas reads it (the
    first fields made the index): the rows' first fields under the header when the extra
    ones are empty (a comma ending each row, as spreadsheets export), else an error."""
    fields = frame.reset_index()
    extra = fields.iloc[:, len(frame.columns) :]
    if (extra != "").to_numpy().any():
        raise CorpusError(f"{path}: the rows have {fields.shape[1]} fields and the header {len(frame.columns)}: a comma too many, or a value with a comma that is not quoted")
    return fields.iloc[:, : len(frame.columns)].set_axis(frame.columns, axis=1)


def read_institutions(data_dir: Path) -> pd.DataFrame:
    """The institutions reference table."""
    return read_table(reference_path(data_dir, "institutions.csv"), INSTITUTION_COLUMNS, "institution_id")


def read_projects(data_dir: Path) -> pd.DataFrame:
    """The development projects reference table (names and spelling variants)."""
    return read_table(reference_path(data_dir, "projects.csv"), PROJECT_COLUMNS, "project_id")


def read_manifest(data_dir: Path) -> pd.DataFrame:
    """The page manifest (file -> source URL, publisher, language, news base URL); file
    names in NFC, as page files are matched on them. Empty for a folder without one: the
    bundled manifest lists the bundled page only, not another folder's."""
    path = data_dir / "pages.csv"
    if not path.is_file() or not path.read_bytes().strip():  # an empty file: no rows, as a header alone
        return pd.DataFrame({column: pd.Series(dtype=str) for column in MANIFEST_COLUMNS})
    manifest = read_table(path, MANIFEST_COLUMNS, "file")
    keys = manifest["file"].map(match_key).astype("string")
    for i in keys.index[keys.duplicated()]:  # unique as written, one file once in NFC ("café.txt" composed and not)
        first = keys.index[keys == keys[i]][0]
        raise CorpusError(f"{path}: row {i + 2}, column file: {manifest.at[i, 'file']!r} names the file of row {first + 2} (another Unicode form)")
    return manifest.assign(file=keys)


def read_codebook(data_dir: Path) -> Codebook:
    """The codebook of content-analysis categories."""
    return load_codebook(reference_path(data_dir, "codebook.yml"))
