"""In how many texts of a corpus each form occurs: the common-word measure of the
township and trade-name builds (a form found in many reports is a word of the genre)."""
from __future__ import annotations

import re
from pathlib import Path


def report_counts(forms: set[str], corpus: Path, excluded: set[str]) -> dict[str, int]:
    """Form -> number of ``corpus/*.txt`` files (but ``excluded``) holding it, whitespace
    removed first (PDF extractions break lines inside names)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, form)
    automaton.make_automaton()
    counts = dict.fromkeys(forms, 0)
    for path in sorted(corpus.glob("*.txt")):
        if path.name not in excluded:
            text = re.sub(r"\s+", "", path.read_text(encoding="utf-8"))
            for form in {form for _, form in automaton.iter(text)}:
                counts[form] += 1
    return counts
