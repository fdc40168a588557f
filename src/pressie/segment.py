"""Optional word segmentation with pkuseg, used as evidence for name and place boundaries.

pressie needs no segmenter: names, titles and places are anchored on lexicons
(see ``docs/design.md`` for the measurements behind that default). A caller
who wants pkuseg's word boundaries as extra evidence installs the ``pkuseg``
extra (``spacy-pkuseg``) and a model:

    pressie models fetch          # once; or: pressie models fetch --wheel pkuseg-0.0.25-….whl
    pressie extract page.txt --segmenter pkuseg

No model ships with ``spacy-pkuseg`` and pressie never downloads from a model
hub. :func:`fetch` obtains pkuseg's "mixed" model (``models/default``) from the
PyPI package ``pkuseg==0.0.25`` through ``pip download`` (a registry package),
checks the wheel's SHA-256 against the value pinned here, converts the feature
table from pickle to msgpack (so loading never unpickles again) and caches the
two files with their checksums in a manifest. :func:`locate` verifies them
before every load.

>>> sorted(MODELS)
['pkuseg-mixed']
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle  # noqa: S403  (only for the checksummed wheel, once, at fetch time)
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelError

__all__ = ["MODELS", "ModelSpec", "PkusegSegmenter", "fetch", "locate", "models_dir"]

log = logging.getLogger("pressie")


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """Where a model comes from and how to check it."""

    name: str
    requirement: str  # the PyPI requirement pip downloads
    wheel: str  # the wheel's file name
    sha256: str  # of the wheel
    members: tuple[str, ...]  # files taken from the wheel
    pip_args: tuple[str, ...]  # pip download options that select the wheel without building it


MODELS: dict[str, ModelSpec] = {
    "pkuseg-mixed": ModelSpec(
        name="pkuseg-mixed",
        requirement="pkuseg==0.0.25",
        wheel="pkuseg-0.0.25-cp37-cp37m-manylinux1_x86_64.whl",
        sha256="6fc2f97d0f66cc6722cf772e65dbcde1b01d8cc53b66ac4aa7bce639de79588f",
        members=("pkuseg/models/default/features.pkl", "pkuseg/models/default/weights.npz"),
        pip_args=("--no-deps", "--only-binary=:all:", "--platform", "manylinux1_x86_64", "--python-version", "3.7",
                  "--implementation", "cp", "--abi", "cp37m"),
    ),
}
_MANIFEST = "manifest.json"
_FILES = ("features.msgpack", "weights.npz")


def models_dir() -> Path:
    """The model cache: ``$PRESSIE_MODELS``, else ``$XDG_CACHE_HOME/pressie/models`` (``~/.cache/…``)."""
    explicit = os.environ.get("PRESSIE_MODELS")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pressie" / "models"


def _spec(name: str) -> ModelSpec:
    if name not in MODELS:
        raise ModelError(f"unknown model {name!r}; known: {', '.join(sorted(MODELS))}")
    return MODELS[name]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fetch(name: str = "pkuseg-mixed", *, dest: Path | str | None = None, wheel: Path | str | None = None) -> Path:
    """Obtain a model through pip from its registry package, verify it and cache it.

    Args:
        name: a key of :data:`MODELS`.
        dest: the cache folder (default :func:`models_dir`).
        wheel: an already downloaded wheel to use instead of calling pip (offline machines).

    Returns:
        The folder holding the model files.

    Raises:
        ModelError: pip failed, or the wheel's checksum or content is not the expected one.
    """
    spec = _spec(name)
    target = Path(dest) if dest is not None else models_dir()
    final = target / spec.name
    with tempfile.TemporaryDirectory() as tmp:
        if wheel is None:
            cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-d", tmp,
                   *spec.pip_args, spec.requirement]
            log.info("fetching %s: %s", spec.name, " ".join(cmd))
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                raise ModelError(f"pip download {spec.requirement} failed: {done.stderr.strip()[-500:]}")
            wheel_path = Path(tmp) / spec.wheel
        else:
            wheel_path = Path(wheel)
        if not wheel_path.is_file():
            raise ModelError(f"{wheel_path}: no such wheel (expected {spec.wheel})")
        digest = _sha256(wheel_path)
        if digest != spec.sha256:
            raise ModelError(f"{wheel_path.name}: SHA-256 {digest} is not the pinned {spec.sha256}")
        staging = Path(tmp) / "model"
        staging.mkdir()
        try:
            with zipfile.ZipFile(wheel_path) as archive:
                features = pickle.loads(archive.read(spec.members[0]))  # noqa: S301  (checksummed above)
                with archive.open(spec.members[1]) as src, (staging / "weights.npz").open("wb") as out:
                    shutil.copyfileobj(src, out)
        except (KeyError, zipfile.BadZipFile, pickle.UnpicklingError) as error:
            raise ModelError(f"{wheel_path.name}: not the expected pkuseg wheel ({error})") from None
        _write_features(features, staging / "features.msgpack")
        manifest = {"name": spec.name, "source": spec.requirement, "wheel_sha256": spec.sha256,
                    "files": {f: _sha256(staging / f) for f in _FILES}}
        (staging / _MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        if final.exists():
            shutil.rmtree(final)
        final.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), str(final))
    log.info("model %s cached in %s", spec.name, final)
    return final


def _write_features(data: dict, path: Path) -> None:
    import srsly  # a dependency of spaCy

    try:
        payload = {"unigram": sorted(data["unigram"]), "bigram": sorted(data["bigram"]),
                   "feature_to_idx": dict(data["feature_to_idx"]), "tag_to_idx": dict(data["tag_to_idx"])}
    except (KeyError, TypeError) as error:
        raise ModelError(f"pkuseg feature table has an unexpected shape ({error})") from None
    srsly.write_msgpack(path, payload)


def locate(name: str = "pkuseg-mixed", *, dest: Path | str | None = None, verify: bool = True) -> Path:
    """The cached model's folder, its files checked against the manifest.

    Raises:
        ModelError: the model is not cached (run ``pressie models fetch``) or a file changed.
    """
    spec = _spec(name)
    folder = (Path(dest) if dest is not None else models_dir()) / spec.name
    manifest_path = folder / _MANIFEST
    if not manifest_path.is_file():
        raise ModelError(f"model {spec.name} is not in {folder.parent}; run `pressie models fetch` "
                         f"(or set PRESSIE_MODELS to the folder that holds it)")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        expected = manifest["files"]
    except (ValueError, KeyError, TypeError):
        raise ModelError(f"{manifest_path}: unreadable manifest; fetch the model again") from None
    if manifest.get("wheel_sha256") != spec.sha256:
        raise ModelError(f"{folder}: cached from another package version; fetch the model again")
    for file in _FILES:
        path = folder / file
        if not path.is_file():
            raise ModelError(f"{path}: missing; fetch the model again")
        if verify and _sha256(path) != expected.get(file):
            raise ModelError(f"{path}: checksum differs from the manifest; fetch the model again")
    return folder


class PkusegSegmenter:
    """Word boundaries from pkuseg's mixed model (needs the ``pkuseg`` extra and a fetched model).

    Loading takes seconds and most of a gigabyte; build one and reuse it. The
    instance is a callable ``text -> list[str]``; :meth:`boundaries` gives the
    character offsets where words start or end.
    """

    def __init__(self, path: Path | str | None = None, *, verify: bool = True) -> None:
        folder = Path(path) if path is not None else locate(verify=verify)
        try:
            import spacy_pkuseg
        except ImportError:
            raise ModelError("the pkuseg segmenter needs spacy-pkuseg: pip install 'pressie[pkuseg]'") from None
        self.path = folder
        self._seg = spacy_pkuseg.pkuseg(model_name=str(folder))

    def __call__(self, text: str) -> list[str]:
        if not isinstance(text, str):
            raise TypeError(f"segmenter needs str, not {type(text).__name__}")
        return self._seg.cut(text) if text else []

    def boundaries(self, text: str) -> frozenset[int]:
        """Offsets in ``text`` where a word starts or ends (0 and ``len(text)`` included)."""
        return token_boundaries(text, self(text))


def token_boundaries(text: str, tokens: list[str]) -> frozenset[int]:
    """Offsets where ``tokens`` (found in order in ``text``, spaces skipped) start and end.

    >>> sorted(token_boundaries("区委书记 李明", ["区委", "书记", "李明"]))
    [0, 2, 4, 5, 7]
    """
    out = {0, len(text)}
    pos = 0
    for token in tokens:
        at = text.find(token, pos)
        if at < 0:
            continue  # a token the segmenter altered: no evidence from it
        out.add(at)
        out.add(at + len(token))
        pos = at + len(token)
    return frozenset(out)


def on_boundaries(start: int, end: int, boundaries: frozenset[int]) -> bool:
    """True when ``[start, end)`` begins and ends on word boundaries."""
    return start in boundaries and end in boundaries

