"""Normalising written forms so lexicon keys look like ``DocumentPart.norm``
(the corpus normaliser: full-width to half-width, traditional to simplified),
with no spaces at all in a key: a padded name 罗　平 is looked up as 罗平."""
from __future__ import annotations

import re

from corpus.normalize import normalize

_SPACE = re.compile(r"\s+")


def normalise_form(text: str) -> str:
    return _SPACE.sub("", normalize(text))


def person_name(text: str) -> str:
    """罗　平 -> 罗平; 李克强同志 -> 李克强."""
    return _SPACE.sub("", text).removesuffix("同志")
