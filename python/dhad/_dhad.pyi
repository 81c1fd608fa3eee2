"""Type stubs for the compiled core ``dhad._dhad`` (checked by ``python -m mypy.stubtest``)."""

import datetime
from typing import Any, Iterable, Literal, Sequence, final, overload

from typing_extensions import Self

__version__: str

class DhadError(ValueError):
    """Invalid input or arguments to a dhad function (a ValueError)."""

# ---------------------------------------------------------------- normalization

_Preset = Literal["none", "display", "search"]

def normalize(text: str, preset: str = "search", **options: Any) -> str:
    """Normalize ``text`` with a preset and option overrides.

    Args:
        text: The text.
        preset: ``"none"``, ``"display"`` or ``"search"``.
        **options: Switches that override the preset (``alef=False``, ``digits="arabic"``, ...).

    Returns:
        The normalized text, a plain ``str`` (the same object when nothing changed
        and ``text`` is a plain ``str``).

    Raises:
        TypeError: ``text`` is not a ``str``.
        DhadError: Unknown preset or option, or a bad option value, or a lone surrogate.

    Example:
        >>> normalize("أَحْمَد", alef=False)
        'أحمد'
    """

def normalize_batch(
    texts: Iterable[str],
    preset: str = "search",
    *,
    threads: int | None = None,
    progress: bool = False,
    errors: str = "raise",
    **options: Any,
) -> list[str]:
    """Normalize many texts in parallel; ``errors="none"`` puts None in place of a bad item."""

@final
class Normalizer:
    """A configured normalizer, reusable and shareable between threads."""

    def __new__(cls, preset: str = "search", **options: Any) -> Self: ...
    @property
    def options(self) -> dict[str, Any]:
        """Every option and its value."""
    def normalize(self, text: str) -> str: ...
    def normalize_batch(
        self, texts: Iterable[str], *, threads: int | None = None, progress: bool = False, errors: str = "raise"
    ) -> list[str]: ...
    def normalize_aligned(self, text: str) -> Aligned: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def _normalizer_from_options(options: dict[str, Any]) -> Normalizer: ...
def _analyze_batch(
    texts: Iterable[str],
    document: type[Any],
    *,
    reference: datetime.datetime | datetime.date | None = None,
    threads: int | None = None,
    progress: bool = False,
    errors: str = "raise",
) -> list[Any]: ...

@final
class Aligned:
    """A normalized text with the original span of every output character."""

    def __new__(cls, text: str, original: str, offsets: list[tuple[int, int]]) -> Self: ...
    @property
    def text(self) -> str:
        """The normalized text."""
    @property
    def original(self) -> str:
        """The text before normalization."""
    @property
    def offsets(self) -> list[tuple[int, int]]: ...
    def to_original(self, start: int, end: int) -> tuple[int, int]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (for JSON, or a DataFrame of many)."""
    def __len__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...

# ---------------------------------------------------------------- tokens and sentences

_TokenKind = Literal["word", "number", "punct", "symbol", "latin", "url", "email", "hashtag", "mention", "emoji"]

@final
class Token:
    """One token; ``text[start:end] == token.text``."""

    def __new__(cls, text: str, start: int, end: int, kind: str, segments: Segments | None = None) -> Self: ...
    @property
    def text(self) -> str:
        """The characters it covers, as written: ``text[start:end]`` of the text it came from."""
    @property
    def start(self) -> int:
        """Where it starts in that text, in code points (Python str indices)."""
    @property
    def end(self) -> int:
        """Where it ends in that text (exclusive), in code points."""
    @property
    def kind(self) -> str:
        """One of "word", "number", "punct", "symbol", "latin", "url", "email", "hashtag", "mention", "emoji"."""
    @property
    def norm(self) -> str:
        """The token under the ``"search"`` preset."""
    @property
    def segments(self) -> Segments | None:
        """The clitic segmentation of a word from ``tokenize(..., clitics=True)``, else None."""
    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (for JSON, or a DataFrame of many)."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Tokens(Sequence[Token]):
    """The tokens of one text: a read-only sequence of Token backed by columns (registered as a
    ``collections.abc.Sequence``)."""

    def __new__(cls, text: str, starts: list[int], ends: list[int], kinds: list[str], clitics: bool = False
    ) -> Self: ...
    @property
    def text(self) -> str: ...
    @property
    def texts(self) -> list[str]: ...
    @property
    def starts(self) -> list[int]: ...
    @property
    def ends(self) -> list[int]: ...
    @property
    def kinds(self) -> list[str]: ...
    def to_numpy(self) -> dict[str, Any]:
        """The columnar views as NumPy arrays: {"texts", "starts", "ends", "kinds"}."""
        ...
    def to_dict(self) -> dict[str, Any]: ...
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: int, /) -> Token: ...
    @overload
    def __getitem__(self, index: slice, /) -> Tokens: ...
    def __iter__(self) -> TokensIter: ...
    def __contains__(self, value: object, /) -> bool: ...
    def count(self, value: object) -> int:
        """How many tokens equal ``value``, as ``list.count``."""
    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        """The position of the first token equal to ``value`` in ``[start:stop]``; ValueError if none."""
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class TokensIter:
    def __iter__(self) -> TokensIter: ...
    def __next__(self) -> Token: ...

def tokenize(text: str, *, clitics: bool = False) -> Tokens:
    """Split ``text`` into tokens: words, numbers, punctuation, symbols, Latin words, links, e-mail
    addresses, hashtags, mentions and emoji, with code-point offsets.

    Args:
        text: The text.
        clitics: Also segment every word into its clitics (each token's ``segments``).

    Returns:
        A ``Tokens`` sequence; ``Token`` objects are made only when indexed or iterated, and the
        columns (``texts``, ``starts``, ``ends``, ``kinds``) are read without them.

    Raises:
        TypeError: ``text`` is not a ``str``.
        DhadError: ``text`` has a lone surrogate.

    Example:
        >>> [(t.text, t.kind) for t in tokenize("وصل ٣٥٠٠ لاجئ #حلب")]
        [('وصل', 'word'), ('٣٥٠٠', 'number'), ('لاجئ', 'word'), ('#حلب', 'hashtag')]
    """

def tokenize_batch(
    texts: Iterable[str],
    *,
    clitics: bool = False,
    threads: int | None = None,
    progress: bool = False,
    errors: str = "raise",
) -> list[Tokens]:
    """Tokenize many texts in parallel (the GIL released), in input order.

    Args:
        texts: Any iterable of ``str``.
        clitics: As for ``tokenize()``.
        threads: Worker threads (None: ``DHAD_NUM_THREADS`` or all cores).
        progress: Show a progress bar (needs tqdm).
        errors: ``"raise"`` (default) or ``"none"``: a bad item gives ``None`` in its place.

    Returns:
        One ``Tokens`` per text.

    Raises:
        TypeError: ``texts`` is one ``str``, or an item is not a ``str`` (the message names its
            index).
        DhadError: A bad ``threads`` or ``errors`` value, or an item with a lone surrogate.
    """

@final
class Span:
    """A span of text: ``text[start:end] == span.text``."""

    def __new__(cls, text: str, start: int, end: int) -> Self: ...
    @property
    def text(self) -> str:
        """The characters it covers, as written: ``text[start:end]`` of the text it came from."""
    @property
    def start(self) -> int:
        """Where it starts in that text, in code points (Python str indices)."""
    @property
    def end(self) -> int:
        """Where it ends in that text (exclusive), in code points."""
    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (for JSON, or a DataFrame of many)."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences: at . ! ? ؟ … (not after an abbreviation, inside a number or
    a link, nor at the start of a sentence: "...وهكذا" is one), at blank lines and list items, and at a single line break unless the line before
    reads as wrapped (it ends on a comma or a word such as "في", or runs close to the width of
    its paragraph's widest line and the next two lines are no short rows standing alone, as a
    table's rows under their heading are). Spans slice back: ``text[s.start:s.end] == s.text``.

    Example:
        >>> [s.text for s in sentences("صباح الخير\\nوصلت المطار")]
        ['صباح الخير', 'وصلت المطار']
    """

def sentences_batch(
    texts: Iterable[str], *, threads: int | None = None, progress: bool = False, errors: str = "raise"
) -> list[list[Span]]:
    """Split many texts into sentences in parallel (the GIL released), in input order.

    Args:
        texts: Any iterable of ``str``.
        threads: Worker threads (None: ``DHAD_NUM_THREADS`` or all cores).
        progress: Show a progress bar (needs tqdm).
        errors: ``"raise"`` (default) or ``"none"``: a bad item gives ``None`` in its place.

    Returns:
        One list of ``Span`` per text.

    Raises:
        TypeError: ``texts`` is one ``str``, or an item is not a ``str`` (the message names its
            index).
        DhadError: A bad ``threads`` or ``errors`` value, or an item with a lone surrogate.
    """

# ---------------------------------------------------------------- columnar output (dhad.arrow, dhad.pandas)

def tokenize_columns_batch(
    texts: Iterable[str], *, norm: bool = True, threads: int | None = None, progress: bool = False
) -> dict[str, Any]:
    """Tokens of many texts as flat buffers: ``doc``/``start``/``end`` (int64 bytes), ``kind``
    (uint8 codes into ``kind_names``), ``text_offsets``/``text_data`` (Arrow large_string layout),
    ``norm_offsets``/``norm_data`` with ``norm=True``, and ``n_docs``/``n_tokens``."""

# ---------------------------------------------------------------- numbers

_NumberKind = Literal["cardinal", "ordinal", "fraction", "percent"]
_Approx = Literal["about", "at_least", "at_most", "more_than", "less_than", "order_of"]

def parse_number(text: str) -> int | float:
    """Read a string that is exactly one number, in digits (any script) or words.

    Args:
        text: The number: "3500", "٣٬٥٠٠", "١٢٫٥", "2½", "ثلاثة آلاف وخمسمائة", "الخامس عشر", "تلتمية".

    Returns:
        An ``int`` when the number is whole, else a ``float``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        DhadError: The text is not exactly one valid number (the message says why).

    Example:
        >>> parse_number("مائتان وخمسون")
        250
    """

@final
class NumberMention:
    """One number found in a text: ``text[start:end] == mention.text``."""

    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        value: int | float,
        kind: str,
        approx: str | None = None,
        range_end: int | float | None = None,
        unit: str | None = None,
        unit_norm: str | None = None,
    ) -> Self: ...
    @property
    def text(self) -> str:
        """The characters it covers, as written: ``text[start:end]`` of the text it came from."""
    @property
    def start(self) -> int:
        """Where it starts in that text, in code points (Python str indices)."""
    @property
    def end(self) -> int:
        """Where it ends in that text (exclusive), in code points."""
    @property
    def value(self) -> int | float:
        """The number: an int when it is whole, else a float."""
    @property
    def kind(self) -> _NumberKind:
        """``"cardinal"``, ``"ordinal"``, ``"fraction"`` or ``"percent"``."""
    @property
    def approx(self) -> _Approx | None:
        """How vague it is ("about", "at_least", ..., "order_of"), or None."""
    @property
    def range_end(self) -> int | float | None:
        """The other end of a range ("من 10 إلى 20" gives 20), or None."""
    @property
    def unit(self) -> str | None:
        """The counted noun or unit as written ("جندي", "دولار"), or None."""
    @property
    def unit_norm(self) -> str | None:
        """The canonical name of a known unit ("week", "USD", ...), or None."""
    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (for JSON, or a DataFrame of many)."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def extract_numbers(text: str, *, bare_units: bool = False) -> list[NumberMention]:
    """Every number mention in ``text``, sorted by start, never overlapping.

    Args:
        text: Running text.
        bare_units: Count every lone indefinite unit noun as one of it ("في أسبوع" → 1 week),
            as Duckling does. Off by default; even then a lone unit noun counts one after a
            duration word ("خلال أسبوع", "منذ شهر") and when it is the only word of the text
            ("كيلوغرام").

    Returns:
        The mentions; each span covers approximation words, the number, a range end and the
        unit, but not a clitic glued to the first word.

    Raises:
        TypeError: ``text`` is not a ``str``.

    Example:
        >>> [(m.text, m.value) for m in extract_numbers("قتل ثلاثة آلاف وخمسمائة شخص")]
        [('ثلاثة آلاف وخمسمائة شخص', 3500)]
    """

def extract_numbers_batch(
    texts: Iterable[str],
    *,
    threads: int | None = None,
    progress: bool = False,
    errors: str = "raise",
    bare_units: bool = False,
) -> list[list[NumberMention]]:
    """Number mentions of many texts, in parallel (the GIL released), in input order.

    Args:
        texts: Any iterable of ``str``.
        threads: Worker threads (None: ``DHAD_NUM_THREADS`` or all cores).
        progress: Show a progress bar (needs tqdm).
        errors: ``"raise"`` (default) or ``"none"``: a bad item gives ``None`` in its place.
        bare_units: As for ``extract_numbers()``.

    Returns:
        One list of ``NumberMention`` per text.

    Raises:
        TypeError: ``texts`` is one ``str``, or an item is not a ``str`` (the message names its
            index).
        DhadError: A bad ``threads`` or ``errors`` value, or an item with a lone surrogate.
    """

# ---- dates and times ----

@final
class DateMention:
    """A date or time expression: ``text[start:end] == mention.text``.

    ``value`` is a ``datetime.datetime`` (aware when the reference was aware, with its tzinfo) or
    ``None`` when the expression cannot be resolved; ``end_value`` is the exclusive end of an
    interval or ``None``.
    """

    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        label: str,
        value: datetime.datetime | None,
        grain: str,
        end_value: datetime.datetime | None,
        calendar: str,
    ) -> Self: ...
    @property
    def text(self) -> str:
        """The characters it covers, as written: ``text[start:end]`` of the text it came from."""
    @property
    def start(self) -> int:
        """Where it starts in that text, in code points (Python str indices)."""
    @property
    def end(self) -> int:
        """Where it ends in that text (exclusive), in code points."""
    @property
    def label(self) -> str:
        """``"DATE"`` or ``"TIME"``."""
    @property
    def value(self) -> datetime.datetime | None:
        """The resolved moment (aware when the reference was), or None when it cannot be resolved."""
    @property
    def grain(self) -> str:
        """How precise ``value`` is: year, month, week, day, hour, minute or second."""
    @property
    def end_value(self) -> datetime.datetime | None:
        """The exclusive end of an interval, or None."""
    @property
    def calendar(self) -> str:
        """``"gregorian"`` or ``"hijri"``, as written in the text."""
    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (for JSON, or a DataFrame of many)."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def extract_dates(
    text: str, *, reference: datetime.datetime | datetime.date | None = None
) -> list[DateMention]:
    """Find the date and time expressions of ``text``, resolved against ``reference``.

    Args:
        text: The text.
        reference: The moment relative expressions resolve against; naive or aware (then the
            values are aware, in the reference's time zone). Default: now, local time.

    Returns:
        The mentions in text order.

    Raises:
        TypeError: ``text`` is not a ``str`` or ``reference`` is not a datetime.
    """

def extract_dates_batch(
    texts: Iterable[str],
    *,
    reference: datetime.datetime | datetime.date | None = None,
    threads: int | None = None,
    progress: bool = False,
    errors: str = "raise",
) -> list[list[DateMention]]:
    """Extract dates from many texts in parallel (the GIL released)."""

# ---------------------------------------------------------------- clitic segmentation

@final
class Segments:
    """The clitic segmentation of one word: exact substrings that join back to it.

    ``str(s)`` joins the pieces with ``+`` (``"و+ب+ال+عراق"``).
    """

    def __new__(
        cls, prefixes: Sequence[str], stem: str, suffixes: Sequence[str], stem_lemma: str | None = None
    ) -> Self: ...
    @property
    def prefixes(self) -> tuple[str, ...]: ...
    @property
    def stem(self) -> str: ...
    @property
    def suffixes(self) -> tuple[str, ...]: ...
    @property
    def stem_lemma(self) -> str: ...
    @property
    def pieces(self) -> tuple[str, ...]: ...
    @property
    def word(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def segment(word: str) -> Segments:
    """Split one word into prefixes, stem and pronoun suffixes.

    Args:
        word: one word (no whitespace).

    Returns:
        The Segments; a word without clitics, or not Arabic, is its own stem.

    Raises:
        TypeError: ``word`` is not a str.
        DhadError: ``word`` is empty or contains whitespace.

    Example:
        >>> str(segment("وبالعراق"))
        'و+ب+ال+عراق'
    """

def segment_batch(
    words: Iterable[str], *, threads: int | None = None, progress: bool = False, errors: str = "raise"
) -> list[Segments]:
    """Segment many words in parallel (the GIL released), in input order.

    Args:
        words: Any iterable of ``str``, each one word.
        threads: Worker threads (None: ``DHAD_NUM_THREADS`` or all cores).
        progress: Show a progress bar (needs tqdm).
        errors: ``"raise"`` (default) or ``"none"``: a bad item gives ``None`` in its place.

    Returns:
        One ``Segments`` per word.

    Raises:
        TypeError: ``words`` is one ``str``, or an item is not a ``str`` (the message names its
            index).
        DhadError: A bad ``threads`` or ``errors`` value, or an item that is empty, holds
            whitespace or has a lone surrogate.
    """

# ---- entities -------------------------------------------------------------------------------

@final
class Entity:
    """An entity mention: ``text[start:end] == entity.text``."""

    def __new__(cls, text: str, start: int, end: int, label: str, source: str) -> Self: ...
    @property
    def text(self) -> str:
        """The characters it covers, as written: ``text[start:end]`` of the text it came from."""
    @property
    def start(self) -> int:
        """Where it starts in that text, in code points (Python str indices)."""
    @property
    def end(self) -> int:
        """Where it ends in that text (exclusive), in code points."""
    @property
    def label(self) -> str:
        """``"PER"``, ``"LOC"``, ``"ORG"``, ``"MISC"``, ``"DATE"`` or ``"TIME"``."""
    @property
    def source(self) -> str:
        """``"gazetteer"``, ``"rule"`` or ``"model"``: what found it."""
    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (for JSON, or a DataFrame of many)."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def extract_entities(text: str, *, labels: Iterable[str] | str | None = None) -> list[Entity]:
    """The entities of ``text`` (people, places, organisations, other names).

    ``labels`` keeps only those labels; without "DATE" and "TIME" among them the dates are not
    searched at all, which makes names-only extraction about a fifth faster."""

def extract_entities_batch(
    texts: Iterable[str],
    *,
    labels: Iterable[str] | str | None = None,
    threads: int | None = None,
    progress: bool = False,
    errors: str = "raise",
) -> list[list[Entity]]:
    """The entities of many texts, in parallel."""

@final
class EntityRecognizer:
    """An entity recognizer with names of your own."""

    def __new__(cls, builtin: bool = True, *, model: bool | None = None) -> Self: ...
    @property
    def builtin(self) -> bool: ...
    @property
    def model(self) -> bool: ...
    def add(self, label: str, names: Iterable[str] | str) -> None:
        """Add names with a label; they are compiled once, at the next extraction."""
    def extract(self, text: str, *, labels: Iterable[str] | str | None = None) -> list[Entity]: ...
    def extract_batch(
        self,
        texts: Iterable[str],
        *,
        labels: Iterable[str] | str | None = None,
        threads: int | None = None,
        progress: bool = False,
        errors: str = "raise",
    ) -> list[list[Entity]]: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

def _recognizer_from_state(builtin: bool, model: bool, added: list[tuple[str, list[str]]]) -> EntityRecognizer: ...

