"""A name no list knows: a run of characters that begins no word.

A city report names its local firms by their trade name (字号) at the head of their
projects (保硕铝合金, 新东茂亚麻、一锻重型等104个项目竣工投产). A trade name is coined, so
its characters begin no word of the language or of the genre (``lexicons/words.txt.gz``:
jieba's dictionary and the genre's own words, 文旅, 冷链, 稳慎 …), and the product after it
begins one (铝合金, 亚麻). ``firm_brands`` takes such a run only where a known trade name would
be taken, and more strictly.
"""
from __future__ import annotations

import gzip
import re
from array import array
from bisect import bisect_left
from functools import lru_cache
from importlib.resources import files

_SHORTEST, _LONGEST = 2, 4
_LONGEST_WORD = 4
# Characters of grammar, counting and administration are no part of a trade name.
_NOT_IN_NAME = set("的了是在将对把为要并及或与各该这其之就以从被等和个家批项所类第县乡镇村市省区盟州旗年万亿")
# A name run into a number or a Latin letter is a line's or a model's (地铁3号线, 5G基站).
_AFTER_CODE = re.compile(r"[0-9A-Za-z]")
# A bare name closes its item: 、威讯、恒芯电子等.
_BARE_END = set("、等和及与")


class WordList:
    """A set of words held as their sorted hashes: 334,000 short strings take 60 MB as a
    Python set and under 3 MB so (a collision of two 64-bit hashes is not a concern here)."""

    def __init__(self, forms: list[str]) -> None:
        self._hashes = array("q", sorted({hash(form) for form in forms}))

    def __contains__(self, form: object) -> bool:
        key = hash(form)
        at = bisect_left(self._hashes, key)
        return at < len(self._hashes) and self._hashes[at] == key

    def __len__(self) -> int:
        return len(self._hashes)


@lru_cache(maxsize=1)
def words() -> WordList:
    data = files("extractors.lexicons").joinpath("words.txt.gz").read_bytes()
    return WordList(gzip.decompress(data).decode("utf-8").split())


def begins_word(norm: str, at: int, vocabulary: WordList) -> bool:
    return any(norm[at:at + size] in vocabulary for size in range(2, _LONGEST_WORD + 1))


def unknown_name_at(norm: str, start: int) -> str:
    """The run of 2–4 Han characters from ``start`` in which no word begins, where a word or the
    end of a list item follows it (保硕 in 保硕铝合金, 威讯 in 和威讯、恒芯电子), or ""."""
    if start > 0 and _AFTER_CODE.match(norm, start - 1):
        return ""
    vocabulary = words()
    end = start
    while end < len(norm) and end - start <= _LONGEST:
        char = norm[end]
        if not "\u4e00" <= char <= "\u9fff" or char in _NOT_IN_NAME or begins_word(norm, end, vocabulary):
            break
        end += 1
    if not _SHORTEST <= end - start <= _LONGEST:
        return ""
    if not (begins_word(norm, end, vocabulary) or norm[end:end + 1] in _BARE_END):
        return ""
    return norm[start:end]
