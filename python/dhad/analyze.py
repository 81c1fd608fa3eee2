"""The whole pipeline: ``analyze`` and ``analyze_batch`` return :class:`Document` objects."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Iterable

from dhad import _dhad


@dataclass(frozen=True)
class Document:
    """Everything dhad finds in one text.

    Attributes:
        text: The text as given.
        sentences: Sentence spans (``dhad.Span``).
        tokens: The tokens (``dhad.Tokens``).
        numbers: Number mentions.
        entities: Entity mentions.
        dates: Date and time mentions.
    """

    text: str
    sentences: list = field(default_factory=list)
    tokens: Any = None
    numbers: list = field(default_factory=list)
    entities: list = field(default_factory=list)
    dates: list = field(default_factory=list)

    # Compared by value but not hashable: its lists and Tokens are not (as for Tokens itself).
    __hash__ = None  # type: ignore[assignment]

    @property
    def normalized(self) -> str:
        """The text under the ``"search"`` preset."""
        return _dhad.normalize(self.text)

    def to_dict(self) -> dict:
        """The document and everything found in it as plain dicts and lists.

        Values stay Python values, as in each result's own ``to_dict()``: date values are
        ``datetime`` objects, so write JSON with ``json.dumps(d, default=str)`` (or use
        ``python -m dhad analyze --json``, which writes them in ISO 8601)."""
        return {
            "text": self.text,
            "normalized": self.normalized,
            "sentences": [s.to_dict() for s in self.sentences],
            "tokens": [t.to_dict() for t in self.tokens] if self.tokens is not None else [],
            "numbers": [n.to_dict() for n in self.numbers],
            "entities": [e.to_dict() for e in self.entities],
            "dates": [d.to_dict() for d in self.dates],
        }

    def __repr__(self) -> str:
        short = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        return (
            f"Document({short!r}, sentences={len(self.sentences)}, tokens={len(self.tokens or [])}, "
            f"numbers={len(self.numbers)}, entities={len(self.entities)}, dates={len(self.dates)})"
        )

    def to_html(self) -> str:
        """A standalone HTML page showing the document (right-to-left, mentions highlighted)."""
        from dhad.display import document_page

        return document_page(self)

    def _repr_html_(self) -> str:
        from dhad.display import document_fragment

        return document_fragment(self)


def analyze(text: str, reference: Any = None) -> Document:
    """Run the whole pipeline on one text.

    Args:
        text: The text.
        reference: The moment relative dates resolve against (a ``datetime``; default now).

    Returns:
        A :class:`Document`.

    Raises:
        TypeError: ``text`` is not a ``str``, or ``reference`` not a datetime.
        DhadError: ``text`` holds a lone surrogate.

    Example:
        >>> doc = analyze("وصل الوفد. ثم غادر")
        >>> [s.text for s in doc.sentences]
        ['وصل الوفد.', 'ثم غادر']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    try:
        return analyze_batch([text], reference=reference, threads=1)[0]
    except _dhad.DhadError as err:
        # a batch of one: say "text", as every single-text function does, not "texts[0]"
        msg = str(err)
        if msg.startswith("texts[0] "):
            raise _dhad.DhadError("text " + msg[len("texts[0] "):]) from None
        raise


def analyze_batch(
    texts: Iterable[str],
    *,
    reference: Any = None,
    threads: int | None = None,
    progress: bool = False,
    errors: str = "raise",
) -> list[Document]:
    """Run the whole pipeline on many texts, in parallel in Rust.

    Args:
        texts: Any iterable of ``str``.
        reference: The moment relative dates resolve against (default now).
        threads: Worker threads (None: ``DHAD_NUM_THREADS`` or all cores; at most four per core).
        progress: Show a progress bar (needs tqdm).
        errors: ``"raise"`` (default) or ``"none"``: a bad item gives ``None`` in its place and
            the other documents are still made, as in every ``*_batch`` function.

    Returns:
        One :class:`Document` per text (or ``None`` for a bad item with ``errors="none"``), in
        input order.

    Raises:
        TypeError: An item is not a ``str`` (the message names its index).
        DhadError: An item holds a lone surrogate (the message names its index).
    """
    # One pass in Rust: the workers run every engine over the next chunk of texts while this
    # thread builds the documents of the last one (the Document fields are filled in without
    # running __init__; the check below keeps them in step with the class).
    return _dhad._analyze_batch(
        texts, Document, reference=reference, threads=threads, progress=progress, errors=errors
    )


if tuple(f.name for f in fields(Document)) != ("text", "sentences", "tokens", "numbers", "entities", "dates"):
    raise ImportError("dhad.analyze: _dhad._analyze_batch() no longer fills every field of Document")
