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


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    data = files("extractors.lexicons").joinpath("words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def begins_word(norm: str, at: int, vocabulary: frozenset[str]) -> bool:
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
