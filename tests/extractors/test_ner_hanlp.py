"""The HanLP backend: result mapping with a stand-in model; the real loading
path with a tiny model trained here (skipped when hanlp is not installed)."""
from __future__ import annotations

import pytest

from extractors.ner.hanlp_backend import MODEL_ENV, model_location, recognise


class FixedRecognizer:
    """Answers like a HanLP NER component on char tokens: (text, label, start, end)."""

    def __call__(self, batch: list[list[str]]) -> list[list[tuple[str, str, int, int]]]:
        answers = []
        for tokens in batch:
            text = "".join(tokens)
            found = []
            for name, label in (("李强", "NR"), ("北京", "NS"), ("国务院", "NT")):
                at = text.find(name)
                if at >= 0:
                    found.append((name, label, at, at + len(name)))
            answers.append(found)
        return answers


def test_ner_hanlp_maps_labels_and_offsets():
    norm = "首都义务植树活动在北京举行。\n李强出席，国务院有关部门负责同志参加。"
    found = recognise(FixedRecognizer(), norm)
    assert [(c.type, norm[c.start:c.end]) for c in found] == [
        ("Region", "北京"), ("Person", "李强"), ("Organization", "国务院")]


def test_ner_hanlp_model_location_prefers_argument_then_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "from-env"))
    assert model_location(tmp_path / "given") == str(tmp_path / "given")
    assert model_location() == str(tmp_path / "from-env")


def test_ner_hanlp_loads_a_saved_model_from_a_local_folder(tmp_path):
    hanlp = pytest.importorskip("hanlp")
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    from extractors.ner.hanlp_backend import hanlp_entities

    class BatchFirstCRF(RNNNamedEntityRecognizer):
        # HanLP 2.1.5: the CRF is time-major on batch-major data unless told.
        def build_model(self, **kwargs):
            model = super().build_model(**kwargs)
            if getattr(model, "crf", None) is not None:
                model.crf.batch_first = True
            return model

    sentences = ["李强出席会议。", "习近平在北京考察。", "国务院召开常务会议。"] * 20
    tags = {"李强": "PER", "习近平": "PER", "北京": "LOC", "国务院": "ORG"}
    lines = []
    for sentence in sentences:
        labels = ["O"] * len(sentence)
        for name, label in tags.items():
            at = sentence.find(name)
            if at >= 0:
                labels[at:at + len(name)] = [f"B-{label}"] + [f"I-{label}"] * (len(name) - 1)
        lines += [f"{ch}\t{tag}" for ch, tag in zip(sentence, labels)] + [""]
    corpus = tmp_path / "train.tsv"
    corpus.write_text("\n".join(lines), encoding="utf-8")
    save_dir = tmp_path / "model"
    BatchFirstCRF().fit(str(corpus), str(corpus), str(save_dir), epochs=3, embed=32, crf=True)
    found = hanlp_entities("李强出席会议。", model=save_dir)
    assert all(c.source == "hanlp" for c in found)
    assert hanlp.load(str(save_dir)) is not None
