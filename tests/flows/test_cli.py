from __future__ import annotations

from pathlib import Path

from flows.cli import main

SEED = Path(__file__).parents[2] / "corpus" / "samples" / "seed_2023_04_study_notice_chongqing.txt"


def test_cli_stops_with_one_message_when_the_hanlp_model_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("POLICYKG_HANLP_NER", str(tmp_path / "no-model-here"))
    assert main(["run", str(SEED), "--out", str(tmp_path / "out"), "--ner", "hanlp", "--quiet"]) == 1
    error = capsys.readouterr().err
    assert "HanLP" in error and "POLICYKG_HANLP_NER" in error
    assert "Traceback" not in error
    assert not (tmp_path / "out" / "graph.graphml").exists()
