"""The ``hanlp`` backend (extra ``policykg[hanlp]``): a HanLP NER model.

HanLP is imported here and nowhere else, and only when a model is loaded or
trained. ``hanlp.load(location)`` loads the model, where location is, in order:
the ``model`` argument, the environment variable ``POLICYKG_HANLP_NER`` (a
folder saved by HanLP, or a pretrained name), or HanLP's MSRA NER model
``MSRA_NER_ELECTRA_SMALL_ZH``. A pretrained model comes from ``HANLP_HOME``
when it was downloaded there, else from HanLP's servers, which needs a network;
when neither works the load fails at once with ``HanLPModelUnavailable``
instead of waiting on a download.

HanLP 2.1.5's ``RNNNamedEntityRecognizer`` builds its CRF time-major while it
feeds it batch-major tensors, so with ``crf=True`` it learns nothing.
``train_recognizer`` trains the subclass ``BatchFirstCRFRecognizer``, which
fixes that; a saved model names that class, so loading it needs this module.
"""
from __future__ import annotations

import hashlib
import os
import socket
import threading
import urllib.request
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from extractors.ner.candidates import Candidate
from extractors.ner.normalise import normalise_form, person_name
from extractors.sentences import split_sentences

MODEL_ENV = "POLICYKG_HANLP_NER"
DEFAULT_MODEL = "MSRA_NER_ELECTRA_SMALL_ZH"
RECOGNIZER_CLASS = "BatchFirstCRFRecognizer"
# HanLP models tag in the MSRA (NR/NS/NT), OntoNotes (PERSON/GPE/LOC/ORG) or
# plain (PER/LOC/ORG) schemes; other labels (dates, numbers) are not ours.
HANLP_TYPES = {
    "NR": "Person", "PER": "Person", "PERSON": "Person",
    "NS": "Region", "LOC": "Region", "LOCATION": "Region", "GPE": "Region",
    "NT": "Organization", "ORG": "Organization", "ORGANIZATION": "Organization",
}
# Transformer models see at most 512 subwords; shorter windows also keep an
# RNN's batches small. A window ends at a comma where it can.
MAX_WINDOW_CHARS = 200
_WINDOW_BREAKS = "，,、：:"
# How long to wait for HanLP's download server before saying it is out of reach.
CONNECT_TIMEOUT_SECONDS = 5.0

# Loading is slow and a model is shared by the flow's worker threads: load each
# location once, and run one prediction at a time (HanLP components keep state
# between calls).
_LOAD_LOCK = threading.Lock()
_PREDICT_LOCK = threading.Lock()

MODEL_HINT = (f"Download a pretrained model where there is a network (python -c \"import hanlp; "
              f"hanlp.load('{DEFAULT_MODEL}')\") and copy HANLP_HOME here, or set {MODEL_ENV} "
              "to a folder saved by HanLP.")
INSTALL_HINT = "Install the extra: pip install torch==2.13.0 && pip install 'policykg[hanlp]'."


class HanLPModelUnavailable(RuntimeError):
    """The HanLP model at ``location`` cannot be loaded, for ``reason``; ``hint`` says what to do."""

    def __init__(self, location: str, reason: str, hint: str = MODEL_HINT) -> None:
        super().__init__(f"HanLP NER model {location!r}: {reason}. {hint}")
        self.location, self.reason = location, reason


def model_location(model: str | Path | None = None) -> str:
    if model:
        return str(model)
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_recognizer(location: str) -> Any:
    """The HanLP component at ``location`` (a saved folder or a pretrained name),
    loaded once per location."""
    with _LOAD_LOCK:
        return _load_once(location)


def forget_recognizers() -> None:
    """Drop the loaded models (tests; a long session after HANLP_HOME changed)."""
    with _LOAD_LOCK:
        _load_once.cache_clear()


@cache
def _load_once(location: str) -> Any:
    if find_spec("hanlp") is None:
        raise HanLPModelUnavailable(location, "hanlp is not installed", INSTALL_HINT)
    import hanlp

    folder = Path(location).expanduser()
    if folder.is_dir():
        if not (folder / "config.json").is_file() and not (folder / "meta.json").is_file():
            raise HanLPModelUnavailable(location, "the folder holds no config.json saved by HanLP")
        return _hanlp_load(location, str(folder))
    url = hanlp.pretrained.ALL.get(location, location)
    if not url.startswith(("http://", "https://")):
        raise HanLPModelUnavailable(
            location, "no such folder, and not a HanLP pretrained name (see hanlp.pretrained.ner.ALL)")
    downloaded = downloaded_path(url)
    if downloaded is not None:
        return _hanlp_load(location, downloaded)
    if not server_reachable(url):
        from hanlp.utils.io_util import hanlp_home

        raise HanLPModelUnavailable(
            location, f"not downloaded to HANLP_HOME ({hanlp_home()}) and {urlparse(url).hostname} "
                      "cannot be reached")
    return _hanlp_load(location, url)


def _hanlp_load(location: str, source: str) -> Any:
    import hanlp

    try:
        return hanlp.load(source, verbose=False)
    except OSError as error:
        # Pretrained transformer models fetch their tokenizer from a model hub too.
        raise HanLPModelUnavailable(location, f"loading failed: {error}") from error


def model_fingerprint(model: str | Path | None = None) -> str:
    """Which model a run uses, for cache keys: the location, plus for a saved
    folder the size and modification time of each file (retraining changes it)."""
    location = model_location(model)
    digest = hashlib.sha256(location.encode("utf-8"))
    folder = Path(location).expanduser()
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            stat = path.stat()
            digest.update(f"{path.relative_to(folder)}:{stat.st_size}:{stat.st_mtime_ns}".encode("utf-8"))
    return digest.hexdigest()[:12]


def downloaded_path(url: str) -> str | None:
    """What to give ``hanlp.load`` when the model at ``url`` is under HANLP_HOME:
    its folder, or the url when only the archive is there (HanLP unpacks it
    without downloading); None when it is not there."""
    from hanlp.utils.io_util import hanlp_home, path_from_url, split_if_compressed

    base, archive = split_if_compressed(path_from_url(url.split("#")[0], hanlp_home()))
    if os.path.isdir(base):
        # The folder itself, because HanLP resolves urls against the HANLP_HOME it
        # read at import; an #anchor names a subfolder that HanLP finds.
        return url if "#" in url else base
    if archive and os.path.isfile(base + archive):
        return url
    return None


def server_reachable(url: str, timeout: float = CONNECT_TIMEOUT_SECONDS) -> bool:
    """Whether a TCP connection to the server of ``url`` (or its proxy) opens in time."""
    parsed = urlparse(url)
    proxy = urllib.request.getproxies().get(parsed.scheme)
    target = urlparse(proxy) if proxy else parsed
    port = target.port or (443 if target.scheme == "https" else 80)
    try:
        with socket.create_connection((target.hostname, port), timeout=timeout):
            return True
    except OSError:
        return False


def model_windows(norm: str) -> list[tuple[int, int]]:
    """Sentences of ``norm``, cut into windows of at most MAX_WINDOW_CHARS."""
    windows: list[tuple[int, int]] = []
    for sentence in split_sentences(norm):
        start = sentence.start
        while sentence.end - start > MAX_WINDOW_CHARS:
            limit = start + MAX_WINDOW_CHARS
            cut = max(norm.rfind(mark, start + 1, limit) for mark in _WINDOW_BREAKS)
            end = cut + 1 if cut > start else limit
            windows.append((start, end))
            start = end
        windows.append((start, sentence.end))
    return windows


def recognise(recognizer: Any, norm: str) -> list[Candidate]:
    """Run a loaded HanLP recognizer over char tokens of each window.

    HanLP returns ``(text, label, start, end)`` with token offsets; with one
    token per character these are character offsets within the window.
    """
    windows = model_windows(norm)
    batch = [list(norm[start:end]) for start, end in windows]
    if not batch:
        return []
    with _PREDICT_LOCK:
        results = recognizer(batch)
    found: list[Candidate] = []
    for (offset, _), entities in zip(windows, results):
        for _text, label, start, end in entities:
            entity_type = HANLP_TYPES.get(str(label).upper())
            if entity_type is None:
                continue
            candidate = _candidate(norm, offset + start, offset + end, entity_type)
            if candidate is not None:
                found.append(candidate)
    return found


def _candidate(norm: str, start: int, end: int, entity_type: str) -> Candidate | None:
    # A tagger's span may carry padding or 同志; the mention is the name alone.
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if entity_type == "Person" and norm[start:end].endswith("同志"):
        end -= len("同志")
    if end - start < 2:  # one character is an abbreviation (渝) or noise
        return None
    written = norm[start:end]
    name = person_name(written) if entity_type == "Person" else normalise_form(written)
    return Candidate(start, end, entity_type, name, "hanlp")


def hanlp_entities(norm: str, model: str | Path | None = None) -> list[Candidate]:
    return recognise(load_recognizer(model_location(model)), norm)


def train_recognizer(train_tsv: Path, save_dir: Path, dev_tsv: Path | None = None, *,
                     epochs: int = 10, embed: int = 100, rnn_hidden: int = 256,
                     batch_size: int = 32, lr: float = 0.001, seed: int = 0) -> Path:
    """Train a BiLSTM-CRF recognizer on char-per-line BIO files and save it to ``save_dir``.

    ``embed`` as an int means randomly initialised embeddings of that size, so
    nothing is downloaded. Labels may be MSRA (B-NR) or plain (B-PER). A fixed
    ``seed`` makes training repeatable (HanLP's default is the clock).
    """
    recognizer = _recognizer_class()()
    recognizer.fit(str(train_tsv), str(dev_tsv or train_tsv), str(save_dir), epochs=epochs, embed=embed,
                   rnn_hidden=rnn_hidden, batch_size=batch_size, lr=lr, crf=True, tagging_scheme="BIO",
                   seed=seed, verbose=False)
    return save_dir


@cache
def _recognizer_class() -> type:
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    class BatchFirstCRFRecognizer(RNNNamedEntityRecognizer):
        def build_model(self, **kwargs: Any) -> Any:
            model = super().build_model(**kwargs)
            if model.crf is not None:
                model.crf.batch_first = True
            return model

    # A saved model names its class by module path; hanlp.load imports it from here.
    BatchFirstCRFRecognizer.__module__ = __name__
    BatchFirstCRFRecognizer.__qualname__ = RECOGNIZER_CLASS
    return BatchFirstCRFRecognizer


def __getattr__(name: str) -> Any:
    # Built on first use, so that importing this module does not import hanlp.
    if name == RECOGNIZER_CLASS:
        return _recognizer_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
