"""The HanLP backend: label mapping and offsets with a stand-in recognizer, and
the real loading path end to end with a tiny HanLP model trained here on
sentences of the sample corpus (skipped only when hanlp is not installed)."""
from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.util import find_spec
from pathlib import Path

import pytest

from corpus.document import Document
from corpus.read import read_document
from extractors.lexicons import read_lexicon
from extractors.ner import NER_BACKENDS, extract_entities_with, hanlp_backend
from extractors.ner.hanlp_backend import (
    DEFAULT_MODEL, MAX_WINDOW_CHARS, MODEL_ENV, HanLPModelUnavailable, model_fingerprint, model_location,
    model_windows, recognise, train_recognizer,
)
from extractors.records import Mention
from extractors.sentences import split_sentences

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
SEED = "seed_2023_04_study_notice_chongqing.txt"

needs_hanlp = pytest.mark.skipif(
    find_spec("hanlp") is None,
    reason="hanlp is not installed (extra [hanlp]: pip install torch==2.13.0 && pip install -e '.[hanlp]')")


class FixedRecognizer:
    """Answers like a HanLP NER component on char tokens: (text, label, start, end)
    for every occurrence of the given forms."""

    def __init__(self, forms: list[tuple[str, str]]) -> None:
        self.forms = forms

    def __call__(self, batch: list[list[str]]) -> list[list[tuple[str, str, int, int]]]:
        answers = []
        for tokens in batch:
            text = "".join(tokens)
            found = []
            for form, label in self.forms:
                at = text.find(form)
                while at >= 0:
                    found.append((form, label, at, at + len(form)))
                    at = text.find(form, at + len(form))
            answers.append(found)
        return answers


@cache
def sample(file_name: str) -> Document:
    return read_document(SAMPLES / file_name)


def part_with(file_name: str, marker: str):
    return next(part for part in sample(file_name).parts if marker in part.norm)


@pytest.mark.parametrize("sentence, forms, expected", [
    ("首都义务植树活动在北京举行。\n李强出席，国务院有关部门负责同志参加。",
     [("李强", "NR"), ("北京", "NS"), ("国务院", "NT")],
     [("Region", "北京", "北京"), ("Person", "李强", "李强"), ("Organization", "国务院", "国务院")]),
    # OntoNotes labels; a span with 同志 is the name alone
    ("毛泽东同志曾在党的七大上作结论。", [("毛泽东同志", "PERSON"), ("党的七大", "EVENT")],
     [("Person", "毛泽东", "毛泽东")]),
    # padding the tagger swallowed is trimmed; one character is not a name
    ("中共中央总书记、中华人民共和国主席 习近平", [(" 习近平", "PER"), ("中", "ORG")],
     [("Person", "习近平", "习近平")]),
])
def test_ner_hanlp_maps_labels_and_offsets(sentence, forms, expected):
    found = recognise(FixedRecognizer(forms), sentence)
    assert [(c.type, sentence[c.start:c.end], c.name) for c in found] == expected
    assert all(c.source == "hanlp" for c in found)


def test_ner_hanlp_model_location_prefers_argument_then_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "from-env"))
    assert model_location(tmp_path / "given") == str(tmp_path / "given")
    assert model_location() == str(tmp_path / "from-env")
    monkeypatch.delenv(MODEL_ENV)
    assert model_location() == DEFAULT_MODEL


def test_ner_hanlp_model_fingerprint_follows_the_saved_files(tmp_path):
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    first = model_fingerprint(tmp_path)
    assert model_fingerprint(tmp_path) == first
    assert model_fingerprint(DEFAULT_MODEL) != first
    (tmp_path / "model.pt").write_bytes(b"retrained")
    assert model_fingerprint(tmp_path) != first


def test_ner_hanlp_without_hanlp_installed_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(hanlp_backend, "find_spec", lambda _name: None)
    monkeypatch.setenv(MODEL_ENV, str(tmp_path))
    with pytest.raises(HanLPModelUnavailable, match=r"not installed.*pip install torch==2\.13\.0"):
        extract_entities_with(part_with(SEED, "习近平披上雨衣"), "hanlp")


@pytest.mark.parametrize("file_name", [SEED, "plan_anhui_2021_industrial_internet_policies_and_action_plan.txt"])
def test_ner_hanlp_windows_cover_sentences_within_the_length_limit(file_name):
    norm = "".join(part.norm for part in sample(file_name).parts)
    windows = model_windows(norm)
    assert all(0 < end - start <= MAX_WINDOW_CHARS for start, end in windows)
    sentences = [(s.start, s.end) for s in split_sentences(norm)]
    long_sentences = [(start, end) for start, end in sentences if end - start > MAX_WINDOW_CHARS]
    for start, end in long_sentences:
        inside = [w for w in windows if start <= w[0] < end]
        assert inside[0][0] == start and inside[-1][1] == end
        assert all(a[1] == b[0] for a, b in zip(inside, inside[1:]))  # contiguous, nothing lost
    assert len(windows) >= len(sentences)


# --- the real loading path, with a model trained here --------------------------------------

class NetworkUsed(OSError):
    """Raised when code under test opens a connection: HanLP must work offline here."""


@contextmanager
def network_blocked() -> Iterator[list[str]]:
    """Every name lookup or connection fails at once (an OSError, as without a
    network) and is recorded, so a test can assert that nothing tried."""
    attempts: list[str] = []

    def refuse(*args, **_kwargs):
        attempts.append(repr(args[:2]))
        raise NetworkUsed(f"network access in a test: {args[:2]!r}")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "getaddrinfo", refuse)
        patch.setattr(socket.socket, "connect", refuse)
        yield attempts


# Sentences with a name from the lexicons, tagged by longest match (MSRA labels).
# Regions down to prefecture level: county names too often are common words.
GAZETTEER_SOURCES = (("persons", "NR"), ("organizations", "NT"), ("regions", "NS"))
GAZETTEER_REGION_LEVELS = {"country", "province", "prefecture", "foreign"}
TRAINING_SENTENCES = 120
MAX_TRAINING_SENTENCE_CHARS = 120
DEV_EVERY = 6


@cache
def gazetteer() -> dict[str, str]:
    names: dict[str, str] = {}
    for lexicon, label in GAZETTEER_SOURCES:
        for entry in read_lexicon(lexicon):
            if lexicon == "regions" and entry["level"] not in GAZETTEER_REGION_LEVELS:
                continue
            common_words = set(entry.get("ambiguous_forms", ()))  # 首都 is not always 北京市
            for name in (entry["name"], *entry["aliases"]):
                if len(name) >= 2 and name not in common_words:
                    names.setdefault(name, label)
    return names


def bio_tags(sentence: str, names: dict[str, str]) -> list[str]:
    tags = ["O"] * len(sentence)
    longest = max(map(len, names))
    at = 0
    while at < len(sentence):
        for size in range(min(longest, len(sentence) - at), 1, -1):
            label = names.get(sentence[at:at + size])
            if label:
                tags[at:at + size] = [f"B-{label}"] + [f"I-{label}"] * (size - 1)
                at += size
                break
        else:
            at += 1
    return tags


def training_sentences(must_include: list[str]) -> list[tuple[str, list[str]]]:
    """Tagged sentences of the samples: those holding ``must_include`` markers,
    then an even spread over all files up to TRAINING_SENTENCES."""
    names = gazetteer()
    tagged = []
    for path in sorted(SAMPLES.glob("*.txt")):
        for part in sample(path.name).parts:
            for span in split_sentences(part.norm):
                sentence = part.norm[span.start:span.end]
                # one token per line in HanLP's TSV: whitespace cannot be a token there
                if len(sentence) > MAX_TRAINING_SENTENCE_CHARS or any(ch.isspace() for ch in sentence):
                    continue
                tags = bio_tags(sentence, names)
                if any(tag != "O" for tag in tags):
                    tagged.append((sentence, tags))
    chosen = [row for row in tagged if any(marker in row[0] for marker in must_include)]
    step = max(1, len(tagged) // TRAINING_SENTENCES)
    chosen += [row for row in tagged[::step] if row not in chosen]
    return chosen[:TRAINING_SENTENCES]


def write_bio_tsv(rows: list[tuple[str, list[str]]], path: Path) -> None:
    blocks = ["\n".join(f"{ch}\t{tag}" for ch, tag in zip(sentence, tags)) for sentence, tags in rows]
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


# (file, a marker inside the sentence, entity type, surface): the tiny model was
# trained on these sentences, so it must find these names there.
TRAINED_CASES = [
    (SEED, "党和国家领导人习近平", "Person", "习近平"),
    (SEED, "党和国家领导人习近平", "Person", "李强"),
    (SEED, "习近平披上雨衣", "Region", "北京市"),
]


@pytest.fixture(scope="module")
def offline_hanlp(tmp_path_factory) -> Iterator[Path]:
    """An empty HANLP_HOME (set before hanlp is first imported, as HanLP reads it
    then) and one torch thread: on a busy 2-core machine torch's thread pool
    spins, which made training here 20 times slower."""
    home = tmp_path_factory.mktemp("hanlp_home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HANLP_HOME", str(home))
        import torch

        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            yield home
        finally:
            torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def tiny_model(offline_hanlp, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hanlp_model")
    rows = training_sentences([marker for _, marker, _, _ in TRAINED_CASES])
    write_bio_tsv(rows, folder / "train.tsv")
    write_bio_tsv(rows[::DEV_EVERY], folder / "dev.tsv")  # HanLP scores each epoch on it
    with network_blocked() as attempts:
        saved = train_recognizer(folder / "train.tsv", folder / "model", folder / "dev.tsv", epochs=20, embed=32,
                                 rnn_hidden=64, batch_size=16, lr=0.02, seed=1)
    assert attempts == []
    return saved


@needs_hanlp
def test_ner_hanlp_saved_model_rebuilds_the_batch_first_crf(tiny_model):
    import hanlp

    with network_blocked() as attempts:
        model = hanlp.load(str(tiny_model))
    assert attempts == []
    assert model.model.crf.batch_first  # the class with the fix was recorded and rebuilt
    assert (tiny_model / "config.json").read_text(encoding="utf-8").count("BatchFirstCRFRecognizer") == 1


@needs_hanlp
@pytest.mark.parametrize("file_name, marker, entity_type, surface", TRAINED_CASES)
def test_ner_hanlp_finds_trained_names_through_the_backend(tiny_model, monkeypatch, file_name, marker,
                                                           entity_type, surface):
    monkeypatch.setenv(MODEL_ENV, str(tiny_model))
    part = part_with(file_name, marker)
    with network_blocked() as attempts:
        mentions: list[Mention] = extract_entities_with(part, "hanlp")
    assert attempts == []
    text = sample(file_name).text
    for mention in mentions:
        assert text[mention.prov.char_start:mention.prov.char_end] == mention.surface
        assert mention.prov.extractor == NER_BACKENDS["hanlp"]
    at = part.norm.index(marker)
    sentence = next(s for s in split_sentences(part.norm) if s.start <= at < s.end)
    in_sentence = {(m.type, m.surface) for m in mentions
                   if part.start + sentence.start <= m.prov.char_start < part.start + sentence.end}
    assert (entity_type, surface) in in_sentence


@pytest.fixture
def pretrained_home(offline_hanlp, monkeypatch, tmp_path) -> Iterator[Path]:
    """An empty HANLP_HOME of this test's own, with no model loaded from another."""
    monkeypatch.delenv(MODEL_ENV, raising=False)
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    hanlp_backend.forget_recognizers()
    yield tmp_path
    hanlp_backend.forget_recognizers()


@needs_hanlp
def test_ner_hanlp_loads_a_pretrained_name_from_hanlp_home(tiny_model, pretrained_home):
    import hanlp
    from hanlp.utils.io_util import path_from_url, split_if_compressed

    # where HanLP unpacks the default model after downloading it
    url = hanlp.pretrained.ALL[DEFAULT_MODEL]
    unpacked, _archive = split_if_compressed(path_from_url(url, str(pretrained_home)))
    shutil.copytree(tiny_model, unpacked)
    with network_blocked() as attempts:
        mentions = extract_entities_with(part_with(SEED, "习近平披上雨衣"), "hanlp")
    assert attempts == []
    assert ("Person", "习近平") in {(m.type, m.surface) for m in mentions}


@needs_hanlp
def test_ner_hanlp_without_a_model_fails_at_once_with_the_fix(pretrained_home):
    part = part_with(SEED, "习近平披上雨衣")
    with network_blocked(), pytest.raises(HanLPModelUnavailable) as raised:
        extract_entities_with(part, "hanlp")
    message = str(raised.value)
    assert DEFAULT_MODEL in message and MODEL_ENV in message and "HANLP_HOME" in message


@needs_hanlp
@pytest.mark.parametrize("make_location, reason", [
    (lambda tmp: tmp / "missing", "no such folder"),
    (lambda tmp: tmp, "no config.json"),
])
def test_ner_hanlp_rejects_a_folder_without_a_saved_model(offline_hanlp, monkeypatch, tmp_path, make_location,
                                                          reason):
    monkeypatch.setenv(MODEL_ENV, str(make_location(tmp_path)))
    with network_blocked() as attempts, pytest.raises(HanLPModelUnavailable, match=reason):
        extract_entities_with(part_with(SEED, "习近平披上雨衣"), "hanlp")
    assert attempts == []


@needs_hanlp
@pytest.mark.filterwarnings("ignore:pkg_resources is deprecated")  # HanLP's error path imports it
def test_ner_hanlp_reports_a_saved_model_without_its_weights(tiny_model, monkeypatch, tmp_path):
    broken = tmp_path / "model"
    shutil.copytree(tiny_model, broken, ignore=shutil.ignore_patterns("model.pt"))
    monkeypatch.setenv(MODEL_ENV, str(broken))
    # HanLP's error report asks PyPI for a newer version: refused here, and it goes on
    with network_blocked(), pytest.raises(HanLPModelUnavailable, match="model.pt"):
        extract_entities_with(part_with(SEED, "习近平披上雨衣"), "hanlp")


def test_pipeline_cache_identity_names_the_hanlp_model(tmp_path, monkeypatch):
    from extractors.pipeline import extractor_set

    first, second = tmp_path / "a", tmp_path / "b"
    for folder, size in ((first, 10), (second, 20)):
        folder.mkdir()
        (folder / "config.json").write_text("{}" + " " * size)
    monkeypatch.setenv("POLICYKG_HANLP_NER", str(first))
    with_first = extractor_set("hanlp")
    monkeypatch.setenv("POLICYKG_HANLP_NER", str(second))
    assert extractor_set("hanlp") != with_first
    assert extractor_set("spacy") == extractor_set("spacy") and "#" not in extractor_set("spacy")
