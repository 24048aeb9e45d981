"""The project's own promises: bundled data is the seed, the two environments agree."""

import hashlib
import re
import tomllib
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SEED_NAME = "000_36f8903d6715eed6.txt"
SEED_SHA256 = "5e1b0d2d27fb6c9cf66c136f0da23a01a943212fc33fb206cb2c7ef96087f4cf"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bundled_page_is_the_seed_byte_for_byte():
    bundled = REPO / "partnership_data" / "pages" / SEED_NAME
    assert sha256(bundled) == SEED_SHA256
    seed = REPO.parent / "shared" / "seeds" / SEED_NAME
    if seed.exists():  # beside a checkout in this workplace and in CI
        assert sha256(seed) == sha256(bundled)


def names(requirements) -> set[str]:
    return {re.split(r"[<>=!~ ;\[]", r.strip(), maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = names(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared |= names(extra)
    env = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    listed = names(conda) | names(p for p in pip if not p.startswith("-e"))
    assert listed - {"python", "pip"} == declared
    assert "-e ." in pip
    assert "conda-forge" in env["channels"]


def test_lock_pins_every_dependency_exactly():
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    pinned = {m.group(1).lower() for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", lock, re.MULTILINE)}
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = names(project["dependencies"]) | set().union(*map(names, project["optional-dependencies"].values()))
    assert wanted <= pinned
    assert "--hash=sha256:" in lock
