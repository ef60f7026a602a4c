"""Is a document about human displacement? Rejects other senses ("hip displacement", "displaced the record")."""

from __future__ import annotations

from dataclasses import dataclass

from idmon.extract.prefilter import compile_guarded

_DISPLACEMENT_RE = compile_guarded(
    r"(?:displac\w*|evacuat\w*|fled|flee\w*|refugees?|idps?|homeless|relocat\w*|shelters?|"
    r"déplacé\w*|évacu\w*|réfugié\w*|sans[- ]abris?|fui|fuir|sinistrés?|relogé\w*|"
    r"houses?\s+(?:were\s+)?destroyed|homes?\s+(?:were\s+)?destroyed|maisons?\s+détruites)(?!\w)",
    before=r"\b",
)
#: Other senses of the same words: medicine, engineering, sport, ships, software, chemistry.
_OTHER_SENSE_RE = compile_guarded(
    r"(?:hip|joint|disc|shoulder|fracture|tooth|retinal|engine|piston|volume|water|fluid|tonnage|"
    r"positive|negative)\s+displacement|displacement\s+(?:of\s+the\s+(?:hip|joint|disc|fracture)|"
    r"tonnage|engine|pump|sensor|vector|field|current|mapping)|displaced\s+(?:the|him|her|them|a|an)\s+"
    r"(?:record|leader|champion|incumbent|rival|top|team|favourite|favorite|king)|"
    r"displaced\s+fractures?|(?:cc|cm3|litre|liter)\s+displacement|déplacement\s+(?:officiel|ministériel|"
    r"du\s+président|de\s+la\s+délégation)|en\s+déplacement",
)


@dataclass(frozen=True, slots=True)
class Relevance:
    """A document's relevance decision and the counts that led to it."""

    relevant: bool
    displacement_mentions: int
    other_sense_mentions: int
    facts: int


def assess_relevance(text: str, facts: int = 0) -> Relevance:
    """Decide whether ``text`` reports human displacement; ``facts`` is how many displacement figures (not
    "affected") were extracted from it: one is enough, else two displacement words in their proper sense."""
    lowered = text.lower()
    mentions = sum(1 for _ in _DISPLACEMENT_RE.finditer(lowered))
    other = sum(1 for _ in _OTHER_SENSE_RE.finditer(lowered))
    genuine = mentions - other
    relevant = facts > 0 or genuine >= 2
    return Relevance(relevant, mentions, other, facts)
