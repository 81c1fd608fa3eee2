"""dhad (ض) — Arabic text in Rust, from Python.

Normalization with alignment, tokenization, sentence splitting, clitic segmentation, and
number, entity and date extraction; ``analyze`` runs them all. Every function that takes one
text has a ``*_batch`` twin that runs in parallel in Rust with the GIL released.

Example:
    >>> import dhad
    >>> dhad.normalize("أَهْلاً بِكُمْ ١٢٣")
    'اهلا بكم 123'
    >>> [t.text for t in dhad.tokenize("وصل ٣٥٠٠ لاجئ")]
    ['وصل', '٣٥٠٠', 'لاجئ']
"""

import collections.abc as _abc
import typing as _t

from dhad._dhad import (
    __version__,
    DhadError,
    # normalization
    Aligned,
    Normalizer,
    normalize,
    normalize_batch,
    # tokens and sentences
    Span,
    Token,
    Tokens,
    sentences,
    sentences_batch,
    tokenize,
    tokenize_batch,
    # entities
    Entity,
    EntityRecognizer,
    extract_entities,
    extract_entities_batch,
    # dates and times
    DateMention,
    extract_dates,
    extract_dates_batch,
    # numbers
    NumberMention,
    extract_numbers,
    extract_numbers_batch,
    parse_number,
    # clitic segmentation
    Segments,
    segment,
    segment_batch,
)
from dhad.analyze import Document, analyze, analyze_batch

# Tokens has every method of a read-only sequence (len, indexing, slicing, iteration, in,
# count, index, reversed): registered, so isinstance(tokens, Sequence) holds as for a tuple.
_abc.Sequence.register(Tokens)

if _t.TYPE_CHECKING:  # only for the annotations: `import dhad` never needs pyarrow
    import pyarrow


# ---- columnar output (notebook area): thin wrappers, so `import dhad` never needs pyarrow
def analyze_table(texts: _t.Iterable[str], what: str = "tokens", **kwargs: _t.Any) -> "pyarrow.Table":
    """Analyze many texts into a ``pyarrow.Table`` (see :func:`dhad.arrow.analyze_table`).

    Needs pyarrow: ``pip install 'dhad[arrow]'``.

    Example:
        >>> analyze_table(["وصل ٣٥٠٠ لاجئ"]).column("kind").to_pylist()
        ['word', 'number', 'word']
    """
    from dhad.arrow import analyze_table as _analyze_table

    return _analyze_table(texts, what, **kwargs)


def to_arrow(docs: _t.Iterable[_t.Any], what: str = "tokens") -> "pyarrow.Table":
    """Analyzed documents as a ``pyarrow.Table`` (see :func:`dhad.arrow.to_arrow`)."""
    from dhad.arrow import to_arrow as _to_arrow

    return _to_arrow(docs, what)


__all__ = [
    "__version__",
    "DhadError",
    "Aligned",
    "Normalizer",
    "normalize",
    "normalize_batch",
    "Span",
    "Token",
    "Tokens",
    "sentences",
    "sentences_batch",
    "tokenize",
    "tokenize_batch",
    "Entity",
    "EntityRecognizer",
    "extract_entities",
    "extract_entities_batch",
    "DateMention",
    "extract_dates",
    "extract_dates_batch",
    "NumberMention",
    "extract_numbers",
    "extract_numbers_batch",
    "parse_number",
    "Segments",
    "segment",
    "segment_batch",
    "Document",
    "analyze",
    "analyze_batch",
    "analyze_table",
    "to_arrow",
]
