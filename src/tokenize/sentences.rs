//! Sentence boundaries over the token stream: ends at . ! ? ؟ … and at blank lines, never inside
//! a number ("12.5"), a URL or an e-mail (they are single tokens), nor after an abbreviation.
//! A list item at the start of a line ("1. …", "2) …", "• …", "- …") opens a sentence of its
//! own, so a heading line before it ("الشروط:") ends at the line break; a negative number or a
//! decimal at the start of a line does not. A one-letter era, clock or temperature marker
//! after a number ends one ("عام 2020 م.", "10 ص.", "35°م."), unless a number follows.
//! The end of an aside in brackets within a sentence ends nothing ("قال (مازحاً!) إنه",
//! "ناجحة (!) ثم"; see `closes_an_aside`).
//!
//! A single line break ends a sentence unless the line before reads as wrapped (see
//! [`line_ends_sentence`]): posts and chats put one sentence on each line without a period,
//! while text copied from PDFs or hard-wrapped e-mails breaks lines wherever the width ran out.

use super::{tokenize, Token, TokenKind};
use crate::span::Span;

/// Split `text` into sentences: byte spans of `text` from the first to the last token of each
/// (whitespace between sentences belongs to none), in order. Never panics.
///
/// ```
/// let text = "زار د. أحمد المدينة. بلغ السعر 12.5 دولار! هل تأتي؟";
/// let s: Vec<&str> = dhad::tokenize::sentences(text).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(s, ["زار د. أحمد المدينة.", "بلغ السعر 12.5 دولار!", "هل تأتي؟"]);
/// ```
#[must_use]
pub fn sentences(text: &str) -> Vec<Span> {
    sentences_from_tokens(text, &tokenize(text))
}

/// Arabic abbreviations of more than one letter that a period follows without ending a sentence
/// (one-letter words such as د. م. أ. ص. are abbreviations by rule).
const ARABIC_ABBREVIATIONS: &[&str] = &["مج", "مم", "أد", "ص.ب", "جم", "سم"];
/// Latin abbreviations (lower-cased).
const LATIN_ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "inc", "ltd", "co", "no", "gen",
    "col", "etc",
];

/// Era and clock markers that end a sentence when they follow a number ("عام 2020 م.", "الساعة
/// 10 ص." — صباحا, as "م" is مساء too), unless a number follows them ("الجزء 3 ص. 45": a page).
const ERA_MARKERS: &[&str] = &["م", "هـ", "ه", "ص"];

fn is_terminal(p: &str) -> bool {
    p.chars()
        .any(|c| matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁉' | '⁈'))
}

fn is_closing(p: &str) -> bool {
    p.chars()
        .all(|c| matches!(c, '»' | '”' | '"' | '\'' | ')' | ']' | '}' | '’' | '›'))
}

/// What the whitespace between two tokens holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// No line break.
    Space,
    /// One line break.
    Line,
    /// A blank line (two line breaks, or U+2029): a paragraph break.
    Paragraph,
}

fn gap_kind(gap: &str) -> Gap {
    if gap == " " {
        return Gap::Space;
    }
    let mut newlines = 0;
    for c in gap.chars() {
        match c {
            '\n' | '\u{2028}' | '\u{85}' => newlines += 1,
            '\u{2029}' => newlines += 2,
            _ => {}
        }
    }
    match newlines {
        0 => Gap::Space,
        1 => Gap::Line,
        _ => Gap::Paragraph,
    }
}

/// The gap between tokens `i - 1` and `i` (a space when either is missing).
fn gap_before(text: &str, tokens: &[Token], i: usize) -> Gap {
    match (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i)) {
        (Some(prev), Some(tok)) => gap_kind(text.get(prev.end..tok.start).unwrap_or_default()),
        _ => Gap::Space,
    }
}

/// The width of a line as it is seen: its characters without combining marks (harakat,
/// Quranic marks, variation selectors) and invisible format controls.
fn width(line: &str) -> usize {
    line.chars()
        .filter(|&c| {
            !matches!(c,
                '\u{0300}'..='\u{036F}'
                | '\u{064B}'..='\u{065F}'
                | '\u{0670}'
                | '\u{06D6}'..='\u{06ED}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FE00}'..='\u{FE0F}')
        })
        .count()
}

/// A line this narrow or narrower is never taken for a wrapped one, however the block's other
/// lines run: nobody wraps text at 30 characters, while posts and chats are full of short lines.
const MIN_WRAP_WIDTH: usize = 48;
/// A line counts as full when it reaches this share (in percent) of the width: a justified PDF
/// line in a proportional font holds more or fewer characters than its neighbours.
const FULL_LINE_PERCENT: usize = 85;

/// Words that cannot end a sentence (prepositions, conjunctions, particles that want what
/// follows, relative pronouns), search-normalized: a line that ends on one goes on.
const OPEN_WORDS: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "بين",
    "عند",
    "منذ",
    "خلال",
    "نحو",
    "لدي",
    "ضد",
    "عبر",
    "حول",
    "حتي",
    "و",
    "او",
    "ام",
    "ثم",
    "بل",
    "لكن",
    "ان",
    "لان",
    "كي",
    "لكي",
    "حيث",
    "اذا",
    "لو",
    "لم",
    "لن",
    "قد",
    "لقد",
    "سوف",
    "يا",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
    "اللايي",
    "ب",
    "ل",
    "ك",
    "ال",
];

/// Open words that search normalization makes out of a final ى, whose spelling with a final ي
/// is another word: the name "علي" (Ali), "لديّ" (I have), "إليّ" (to me), and "حتي" as
/// nobody writes it. They leave a sentence open only written with ى ("على", "إلى").
const MAKSURA_OPEN_WORDS: &[&str] = &["علي", "الي", "لدي", "حتي"];

/// Is `p` a punctuation mark that leaves its line open, the sentence going on in the next
/// (a comma, a semicolon, an opening bracket or quote, a dash, a slash)?
fn leaves_line_open(p: &str) -> bool {
    matches!(
        p,
        "،" | "," | "؛" | ";" | "(" | "[" | "«" | "-" | "–" | "—" | "/"
    )
}

/// Does `word` leave its sentence open (an [`OPEN_WORDS`] word, alone or after و/ف)?
fn is_open_word(word: &str) -> bool {
    let norm = crate::normalize::search_normalize(word);
    let norm = norm.as_ref();
    let open = |w: &str| {
        OPEN_WORDS.contains(&w)
            && (!MAKSURA_OPEN_WORDS.contains(&w)
                || word
                    .chars()
                    .rev()
                    .find(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0640}'))
                    == Some('ى'))
    };
    open(norm)
        || ["و", "ف"].iter().any(|c| {
            norm.strip_prefix(c)
                .is_some_and(|rest| rest.len() > 2 && open(rest))
        })
}

/// The lines of the block being read (the lines between two blank lines) for
/// [`line_ends_sentence`]. The block's widest line is measured once, when a line break first
/// needs it, so every line is measured at most twice.
struct Block {
    /// Index of the block's first token.
    first: usize,
    /// Byte offset where the current line's first token starts.
    line_start: usize,
    /// The width of the block's widest line, once measured.
    width: Option<usize>,
}

impl Block {
    fn new(first: usize, line_start: usize) -> Self {
        Block {
            first,
            line_start,
            width: None,
        }
    }

    /// The width of the block's widest line (one pass from its first token to the next blank
    /// line or the end).
    fn width(&mut self, text: &str, tokens: &[Token]) -> usize {
        if let Some(w) = self.width {
            return w;
        }
        let mut widest = 0;
        let mut line_start = tokens.get(self.first).map_or(0, |t| t.start);
        let mut j = self.first;
        while let Some(tok) = tokens.get(j) {
            let gap = gap_before(text, tokens, j + 1);
            if gap != Gap::Space || j + 1 == tokens.len() {
                widest = widest.max(width(text.get(line_start..tok.end).unwrap_or_default()));
                if gap == Gap::Paragraph {
                    break;
                }
                line_start = tokens.get(j + 1).map_or(0, |t| t.start);
            }
            j += 1;
        }
        self.width = Some(widest);
        widest
    }
}

/// Does the single line break before token `i` end the sentence? In this order:
/// - no, when the next line starts with a mark that only continues one ("،", ")", "»", ":");
/// - yes, when the line before ends in an emoji, a hashtag, a link or an e-mail address;
/// - no, when it ends in a comma, an opening bracket or a dash, or on a word that leaves a
///   sentence open ("في", "على", "أن", "الذي", "و", "لم" …);
/// - yes, when the next line starts with an emoji, a hashtag or a mention;
/// - otherwise the lengths decide: the line is wrapped (no end) when, with the next line's
///   first word added, it would reach 85% of the width of the block's widest line (taken as at
///   least 48 characters) and the next line is no row standing alone ([`row_follows`]); a
///   shorter line was ended on purpose. A hard-wrapped e-mail or a
///   PDF's lines all run close to one width, the next word being what did not fit; a post's
///   lines are short or ragged.
fn line_ends_sentence(text: &str, tokens: &[Token], i: usize, block: &mut Block) -> bool {
    let (Some(prev), Some(next)) = (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i))
    else {
        return false;
    };
    let next_text = next.text(text);
    if next.kind == TokenKind::Punct
        && (is_closing(next_text)
            || next_text.chars().next().is_some_and(|c| {
                matches!(c, '،' | ',' | '؛' | ';' | ':' | '.' | '!' | '?' | '؟' | '…')
            }))
    {
        return false;
    }
    let prev_text = prev.text(text);
    let leaves_open = match prev.kind {
        TokenKind::Emoji | TokenKind::Hashtag | TokenKind::Url | TokenKind::Email => return true,
        TokenKind::Punct => leaves_line_open(prev_text),
        TokenKind::Word => is_open_word(prev_text),
        _ => false,
    };
    if leaves_open {
        return false;
    }
    if matches!(
        next.kind,
        TokenKind::Emoji | TokenKind::Hashtag | TokenKind::Mention
    ) {
        return true;
    }
    let line = width(text.get(block.line_start..prev.end).unwrap_or_default());
    let reach = line + 1 + width(next_text);
    let full = block.width(text, tokens).max(MIN_WRAP_WIDTH);
    reach * 100 < full * FULL_LINE_PERCENT || row_follows(text, tokens, i, full)
}

/// Do the lines that start at token `i` stand on their own, as the rows of a table or a list
/// do: the line is short (by the measure of [`line_ends_sentence`], against the block's `full`
/// width), ends on no punctuation that ends or continues a sentence and on no word that leaves
/// one open, and the next line of its block is such a short line too (the last of the text or
/// block may end so)? Then a full line before them is a heading ("أسعار الذهب والعملات في
/// الأسواق المحلية اليوم\nالذهب 2500 دولار\nالفضة 30 دولار"), not wrapped into the first row.
/// Wrapped prose goes on in a full line, ends its sentence on the short one, or closes its
/// paragraph there before the full first line of the next; a short last line of the text is
/// left to the wrapped reading. Reads two lines, so every line is read at most twice more.
fn row_follows(text: &str, tokens: &[Token], i: usize, full: usize) -> bool {
    let Some(Some(next)) = short_row(text, tokens, i, full) else {
        return false;
    };
    short_row(text, tokens, next, full).is_some()
}

/// The line that starts at token `i`, when it is a short row (see [`row_follows`]): the index
/// of the first token of the next line of its block, if one follows.
fn short_row(text: &str, tokens: &[Token], i: usize, full: usize) -> Option<Option<usize>> {
    let first = tokens.get(i)?;
    let mut j = i;
    let next = loop {
        if j + 1 >= tokens.len() {
            break None;
        }
        match gap_before(text, tokens, j + 1) {
            Gap::Space => j += 1,
            Gap::Line => break Some(j + 1),
            Gap::Paragraph => break None,
        }
    };
    let last = tokens.get(j)?;
    let last_text = last.text(text);
    let ends_or_continues = match last.kind {
        TokenKind::Punct => {
            is_terminal(last_text) || is_closing(last_text) || leaves_line_open(last_text)
        }
        TokenKind::Word => is_open_word(last_text),
        _ => false,
    };
    if ends_or_continues {
        return None;
    }
    let line = width(text.get(first.start..last.end).unwrap_or_default());
    let after = next
        .and_then(|n| tokens.get(n))
        .map_or(0, |t| width(t.text(text)));
    ((line + 1 + after) * 100 < full * FULL_LINE_PERCENT).then_some(next)
}

fn is_abbreviation(text: &str, tokens: &[Token], dot: usize) -> bool {
    let Some(prev) = dot.checked_sub(1).and_then(|i| tokens.get(i)) else {
        return false;
    };
    let Some(cur) = tokens.get(dot) else {
        return false;
    };
    if prev.end != cur.start || cur.text(text) != "." {
        return false;
    }
    let word = prev.text(text);
    let bare: String = word.chars().filter(|&c| c != '\u{0640}').collect();
    let after_number = dot
        .checked_sub(2)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| t.kind == TokenKind::Number);
    // the letter of a temperature scale: "35°م.", "35 ° C." (a number, "°" and the letter)
    let degree_scale = dot
        .checked_sub(2)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| t.text(text) == "°")
        && dot
            .checked_sub(3)
            .and_then(|i| tokens.get(i))
            .is_some_and(|t| t.kind == TokenKind::Number);
    let number_next = tokens
        .get(dot + 1)
        .is_some_and(|t| t.kind == TokenKind::Number);
    if degree_scale && !number_next && word.chars().count() == 1 {
        return false;
    }
    match prev.kind {
        TokenKind::Word => {
            if after_number && !number_next && ERA_MARKERS.contains(&word) {
                return false;
            }
            let listed = |w: &str| w.chars().count() == 1 || ARABIC_ABBREVIATIONS.contains(&w);
            // "ود. سارة", "وم. أحمد": the abbreviation after the conjunction و, when a word
            // follows (a sentence may end on the word "ود")
            let after_and = bare.strip_prefix('و').is_some_and(|rest| {
                !rest.is_empty()
                    && listed(rest)
                    && tokens
                        .get(dot + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && t.start > cur.end)
            });
            listed(&bare) || after_and
        }
        TokenKind::Latin => {
            word.chars().count() == 1
                || LATIN_ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
        }
        _ => false,
    }
}

/// The characters that end a line (U+2029 ends a paragraph too). A lone carriage return is
/// whitespace, as the normalizer reads it ("\r\n" ends a line by its "\n").
pub(crate) const LINE_BREAKS: [char; 4] = ['\n', '\u{2028}', '\u{2029}', '\u{85}'];

/// Is the period at token `dot` the one of a list item number at the start of a line ("1.
/// البند الأول")? Then it does not end a sentence.
fn is_list_marker(text: &str, tokens: &[Token], dot: usize) -> bool {
    let (Some(num), Some(cur)) = (
        dot.checked_sub(1).and_then(|i| tokens.get(i)),
        tokens.get(dot),
    ) else {
        return false;
    };
    if num.kind != TokenKind::Number
        || num.end != cur.start
        || cur.text(text) != "."
        || num.text(text).chars().count() > 3
    {
        return false;
    }
    let line_start = match dot.checked_sub(2).and_then(|i| tokens.get(i)) {
        None => true,
        Some(before) => text
            .get(before.end..num.start)
            .is_some_and(|gap| gap.contains(LINE_BREAKS)),
    };
    // something must follow on the line
    let next_on_line = tokens.get(dot + 1).is_some_and(|next| {
        text.get(cur.end..next.start)
            .is_some_and(|gap| !gap.contains(LINE_BREAKS))
    });
    line_start && next_on_line
}

/// Does token `i` open a list item at the start of a line: a number of at most three digits
/// glued to "." or ")" ("1. البند", "2) البند"), or a bullet ("•", "▪", "●", "◦", "*", or a dash
/// followed by a space and no digit)? Then the sentence before it ends at the line break, even
/// without a period ("الشروط:\n1. أن يكون ...").
fn opens_list_item(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(prev), Some(tok)) = (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i))
    else {
        return false;
    };
    if !text
        .get(prev.end..tok.start)
        .is_some_and(|gap| gap.contains(LINE_BREAKS))
    {
        return false;
    }
    let next = tokens.get(i + 1);
    match tok.kind {
        TokenKind::Number => {
            tok.text(text).chars().count() <= 3
                && next.is_some_and(|n| n.start == tok.end && matches!(n.text(text), "." | ")"))
                && tokens.get(i + 2).is_some_and(|w| {
                    text.get(next.map_or(0, |n| n.end)..w.start)
                        .is_some_and(|gap| !gap.contains(LINE_BREAKS))
                })
        }
        TokenKind::Punct | TokenKind::Symbol => {
            let t = tok.text(text);
            let bullet = matches!(t, "•" | "▪" | "●" | "◦" | "*");
            let dash = matches!(t, "-" | "–" | "—");
            (bullet || dash)
                && next.is_some_and(|n| {
                    n.start > tok.end
                        && !(dash && n.kind == TokenKind::Number)
                        && text
                            .get(tok.end..n.start)
                            .is_some_and(|gap| !gap.contains(LINE_BREAKS))
                })
        }
        _ => false,
    }
}

/// The emoji, hashtags and links after a sentence's end that belong to it: the emoji that
/// follow it on its line ("رائع! 😍 نلتقي غدا"), and a run of emoji, hashtags and links that
/// closes the line or the text ("جميل!!! #صباح_الخير", "شفتوا؟ 💙 https://t.co/x"). Returns the
/// index of the last such token after `first`, if any. A hashtag followed by words on its line
/// opens the next sentence ("انتهى. #عاجل وصل الوفد"). Each token is looked at once here (the
/// run holds no sentence end).
fn trailing_reactions(text: &str, tokens: &[Token], first: usize) -> Option<usize> {
    let mut last_emoji = None;
    let mut tags = false;
    let mut j = first;
    while let Some(t) = tokens.get(j) {
        if gap_before(text, tokens, j) != Gap::Space
            || !matches!(
                t.kind,
                TokenKind::Emoji | TokenKind::Hashtag | TokenKind::Url
            )
        {
            break;
        }
        tags |= t.kind != TokenKind::Emoji;
        if !tags {
            last_emoji = Some(j);
        }
        j += 1;
    }
    let closes_line = j > first && (j == tokens.len() || gap_before(text, tokens, j) != Gap::Space);
    if closes_line {
        Some(j - 1)
    } else {
        last_emoji
    }
}

/// Is the sentence end at token `i` (of the sentence that starts at byte `start`) the end of
/// an aside in brackets, right before its closing bracket: "قال (مازحاً!) إنه سيعود",
/// "وصف الخطة بأنها ناجحة (!) ثم انسحب"? Then the sentence goes on after it. Only for a
/// bracket opened inside the sentence (`open`, the innermost last) after a word, a number or a
/// closing mark: a sentence in brackets of its own ("(انظر الصورة.) ثم") or brackets used as
/// quotation marks after a colon ("قال: (هل أنت هنا؟) فقلت") still end there, and an unclosed
/// bracket holds nothing open. Looks at most a few tokens ahead, so the pass stays linear.
fn closes_an_aside(text: &str, tokens: &[Token], i: usize, start: usize, open: &[usize]) -> bool {
    let Some(&opener) = open.last() else {
        return false;
    };
    let after_word = opener
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| {
            p.start >= start
                && (matches!(
                    p.kind,
                    TokenKind::Word | TokenKind::Number | TokenKind::Latin
                ) || (p.kind == TokenKind::Punct && is_closing(p.text(text))))
        });
    if !after_word {
        return false;
    }
    let closer = match tokens.get(opener).and_then(|t| t.text(text).chars().next()) {
        Some('[') => ']',
        _ => ')',
    };
    // the marks glued after the end: more terminal or closing marks, one of them the bracket
    let mut end = tokens.get(i).map_or(0, |t| t.end);
    for next in tokens.iter().skip(i + 1).take(8) {
        let t = next.text(text);
        if next.kind != TokenKind::Punct || next.start != end {
            return false;
        }
        if t.starts_with(closer) {
            return true;
        }
        if !(is_terminal(t) || is_closing(t)) {
            return false;
        }
        end = next.end;
    }
    false
}

/// Sentences from tokens already computed for `text` with [`tokenize`], so that a caller who
/// needs both scans the text once. Tokens of another text give spans that mean nothing (but
/// no panic).
///
/// ```
/// use dhad::tokenize::{sentences_from_tokens, tokenize};
/// let text = "انتهى الاجتماع. وغادر الوفد صباحاً!";
/// let tokens = tokenize(text);
/// let s = sentences_from_tokens(text, &tokens);
/// assert_eq!(s.iter().map(|s| s.slice(text)).collect::<Vec<_>>(), ["انتهى الاجتماع.", "وغادر الوفد صباحاً!"]);
/// assert_eq!((s[1].start, s[1].end), (29, 64));
/// ```
#[must_use]
pub fn sentences_from_tokens(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut block = Block::new(0, tokens.first().map_or(0, |t| t.start));
    // The brackets opened and not yet closed in the current sentence (token indices).
    let mut open: Vec<usize> = Vec::new();
    let mut i = 0;
    while let Some(tok) = tokens.get(i) {
        let gap = gap_before(text, tokens, i);
        if let (Some(s), Some(prev)) = (start, i.checked_sub(1).and_then(|j| tokens.get(j))) {
            let ends = match gap {
                Gap::Paragraph => true,
                Gap::Line => {
                    opens_list_item(text, tokens, i)
                        || line_ends_sentence(text, tokens, i, &mut block)
                }
                Gap::Space => false,
            };
            if ends {
                out.push(Span::new(s, prev.end));
                start = None;
                open.clear();
            }
        }
        match gap {
            Gap::Paragraph => block = Block::new(i, tok.start),
            Gap::Line => block.line_start = tok.start,
            Gap::Space => {}
        }
        let s = *start.get_or_insert(tok.start);
        if tok.kind == TokenKind::Punct {
            match tok.text(text).chars().next() {
                Some('(' | '[') => open.push(i),
                Some(')' | ']') => {
                    open.pop();
                }
                _ => {}
            }
        }
        // A sentence's first token ends none: an ellipsis or "!!!" opening a text or a line
        // ("...وهكذا انتهى", "انتهى.\n... ثم بدأ") opens the sentence after it, which
        // had been cut off as a sentence of punctuation alone.
        let mut end_here = tok.kind == TokenKind::Punct
            && tok.start != s
            && is_terminal(tok.text(text))
            && !is_abbreviation(text, tokens, i)
            && !is_list_marker(text, tokens, i);
        if end_here {
            // "." directly followed by a word or number ("file.txt", "v2.0") does not end it,
            // unless a word of Arabic (or another non-Latin) script follows a word of that
            // kind, a number, a symbol or an emoji: that is a space not typed ("الاجتماع.ثم",
            // "عام 1990.وفي", "ارتفع 5%.وانخفض", "رائع 👏.شكرا").
            // One-letter abbreviations ("ق.م") and list numbers ("1.البند") never get here.
            let glued_before = i
                .checked_sub(1)
                .and_then(|j| tokens.get(j))
                .is_some_and(|p| {
                    matches!(
                        p.kind,
                        TokenKind::Word | TokenKind::Number | TokenKind::Symbol | TokenKind::Emoji
                    ) && p.end == tok.start
                });
            if let Some(next) = tokens.get(i + 1) {
                if next.start == tok.end
                    && matches!(
                        next.kind,
                        TokenKind::Word | TokenKind::Latin | TokenKind::Number
                    )
                    && tok.text(text) == "."
                    && !(glued_before && next.kind == TokenKind::Word)
                {
                    end_here = false;
                }
            }
        }
        if end_here && closes_an_aside(text, tokens, i, s, &open) {
            end_here = false;
        }
        if end_here {
            let mut end = tok.end;
            while let Some(next) = tokens.get(i + 1) {
                if next.kind == TokenKind::Punct
                    && next.start == end
                    && (is_closing(next.text(text)) || is_terminal(next.text(text)))
                {
                    end = next.end;
                    i += 1;
                } else {
                    break;
                }
            }
            if let Some(last) = trailing_reactions(text, tokens, i + 1) {
                end = tokens.get(last).map_or(end, |t| t.end);
                i = last;
            }
            out.push(Span::new(s, end));
            start = None;
            open.clear();
        }
        i += 1;
    }
    if let (Some(s), Some(last)) = (start, tokens.last()) {
        out.push(Span::new(s, last.end));
    }
    out
}
