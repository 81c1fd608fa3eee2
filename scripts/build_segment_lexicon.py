#!/usr/bin/env python3
"""Build the compiled-in lexicon of dhad's clitic segmenter (src/segment/).

Sources (install them first; nothing is downloaded by this script):
  * ``pip install wordfreq``  (3.1.1 used; data CC BY-SA 4.0, code Apache-2.0):
    Arabic word frequencies, the ``large`` list.
  * ``apt-get install hunspell-ar`` (Debian 3.2-1.2, Ayaspell; GPL-2.0 / LGPL-2.1 / MPL-1.1,
    used here under MPL-1.1): the stems of /usr/share/hunspell/ar.dic, as a "known word" bit.

Outputs:
  * data/segment/lexicon.bin: the word list, format below.
  * data/segment/priors.tsv: per-clitic attachment priors learned from wordfreq (no gold data).

lexicon.bin format (all integers are single bytes):
  b"DHSEG1\\n", then entries sorted by their coded bytes, each
  [n][n coded letters][zipf*10 (0..=255)][flags]
  where a coded letter is (code point - 0x600) for U+0621..U+064A and 0x71 for U+0671, and
  flags bit 0 = the word is a hunspell-ar stem, bit 1 = a particle of hunspell-ar's tools.dic
  (قد إن أن ما لا في على …: the closed class that conjunctions and pronouns attach to),
  bit 2 = listed in hunspell-ar's names.dic (nouns, adjectives, names), bit 3 = listed in its
  verb.huns.dic (verb forms), bit 4 = "hunspell-like": a hunspell stem, or one with a
  plural/dual/feminine/nisba ending, a verb with the plural وا, or a noun in ه with the
  accusative alef (see hunspell_like below). Words of wordfreq with a Zipf frequency below
  MIN_ZIPF are left out unless they are hunspell stems (then stored with their own zipf or 0).

Usage: python3 scripts/build_segment_lexicon.py   (from the repository root)
"""
import math
import os
import re
import statistics
import sys

import wordfreq

MIN_ZIPF = 1.5
HUNSPELL_DIC = "/usr/share/hunspell/ar.dic"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_LEX = os.path.join(ROOT, "data", "segment", "lexicon.bin")
OUT_PRIORS = os.path.join(ROOT, "data", "segment", "priors.tsv")

ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u0671]+$")

PREFIXES = ["و", "ف", "ب", "ل", "ك", "س"]
INFLECTIONS = ["يات", "يون", "يين", "ات", "ون", "ين", "ان", "ية", "ي"]
SUFFIXES = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"]


def code(word: str) -> bytes:
    out = bytearray()
    for ch in word:
        cp = ord(ch)
        out.append(0x71 if cp == 0x671 else cp - 0x600)
    return bytes(out)


def zipf_of(freq: float) -> float:
    return math.log10(freq) + 9.0 if freq > 0 else 0.0


def main() -> int:
    freqs = wordfreq.get_frequency_dict("ar", wordlist="large")
    zipf = {w: zipf_of(f) for w, f in freqs.items() if ARABIC_WORD.match(w) and len(w) <= 40}

    hun = set()
    particles = set()
    nouns, verbs = set(), set()
    if os.path.exists(HUNSPELL_DIC):
        # ar.dic is a concatenation of files, each introduced by a "::::" line and its name:
        # stopwords.dic (function words listed WITH their clitics: skipped), tools.dic
        # (particles; those that are another particle plus a pronoun are skipped), names.dic,
        # and the noun/verb stems.
        section, tools = "", []
        with open(HUNSPELL_DIC, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for i, line in enumerate(lines):
            if line.startswith("::::"):
                continue
            if i > 0 and lines[i - 1].startswith("::::") and line.endswith(".dic"):
                section = line.strip()
                continue
            if section in ("", "stopwords.dic"):
                continue
            w = line.split("/")[0].split("\t")[0].strip()
            if ARABIC_WORD.match(w) and len(w) <= 40:
                if section == "tools.dic":
                    tools.append(w)
                else:
                    hun.add(w)
                    if section == "names.dic":
                        nouns.add(w)
                    elif section == "verb.huns.dic":
                        verbs.add(w)
        tool_set = set(tools)
        for w in tools:
            # Skip particle+pronoun and preposition+pronoun composites (أنني, له, بها).
            if not any(
                w.endswith(c) and (w[: -len(c)] in tool_set or w[: -len(c)] in ("ب", "ل", "ك"))
                for c in SUFFIXES
            ):
                hun.add(w)
                if len(w) >= 2:
                    particles.add(w)
    else:
        print(f"warning: {HUNSPELL_DIC} missing (apt-get install hunspell-ar)", file=sys.stderr)

    entries = {}
    for w, z in zipf.items():
        if z >= MIN_ZIPF or w in hun:
            entries[w] = z
    for w in hun:
        entries.setdefault(w, 0.0)

    # "Hunspell-like": a hunspell stem, or a noun stem (or its feminine in ة) with a plural,
    # dual, feminine or nisba ending (hunspell lists singular stems only). Precomputed here so
    # that the segmenter needs one lookup per candidate stem.
    def hunspell_like(w):
        if w in hun:
            return True
        for end in INFLECTIONS:
            if len(w) >= len(end) + 2 and w.endswith(end):
                base = w[: -len(end)]
                # Plural, dual and nisba endings go on nouns and adjectives (names.dic); verb
                # forms take only the plural/dual endings ون ين ان (يستغرق + ون), never a
                # nisba ي (يعطين + ي is not a word; يعطي + ني is).
                if base in nouns or base + "ة" in nouns:
                    return True
                if end in ("ون", "ين", "ان") and base in verbs:
                    return True
        # The indefinite accusative of a noun in ه ("جنيها", "تنبيها", "فقيها"): its alef
        # after the ه looks like the pronoun ها, and the noun without its ه is often a word
        # too (جني+ها, تنبي+ها); hunspell-ar lists the noun without the alef.
        if len(w) >= 4 and w.endswith("ها") and w[:-1] in nouns:
            return True
        # The plural of a verb in وا ("وصلوا", "يكتبوا"): hunspell-ar lists the singular form
        # only, so without this the whole word got no dictionary bonus and و + a listed verb won
        # (و+صلوا). A defective verb drops its last letter before it (مشى: مشوا, دعا: دعوا).
        if len(w) >= 4 and w.endswith("وا"):
            base = w[:-2]
            if base in verbs or base + "ى" in verbs or base + "ا" in verbs:
                return True
        return False

    blob = bytearray(b"DHSEG1\n")
    for c, w in sorted((code(w), w) for w in entries):
        z = max(0, min(255, round(entries[w] * 10)))
        flags = (
            (1 if w in hun else 0)
            | (2 if w in particles else 0)
            | (4 if w in nouns else 0)
            | (8 if w in verbs else 0)
            | (16 if hunspell_like(w) else 0)
        )
        blob.append(len(c))
        blob += c
        blob.append(z)
        blob.append(flags)
    os.makedirs(os.path.dirname(OUT_LEX), exist_ok=True)
    with open(OUT_LEX, "wb") as fh:
        fh.write(blob)

    # Priors: for frequent stems w (3+ letters), the median of freq(clitic+w)/freq(w)
    # (prefix) or freq(w+clitic)/freq(w) (suffix) over the stems where that form occurs:
    # how frequent a clitic form typically is relative to its stem, learned from wordfreq
    # only (no gold data).
    top = [w for w, _ in sorted(zipf.items(), key=lambda kv: -kv[1]) if len(w) >= 3][:5000]
    nouns = [w for w in top if not w.startswith("ال")]
    rows = []
    for kind, clitics in (("prefix", PREFIXES), ("suffix", SUFFIXES)):
        for c in clitics:
            ratios = []
            for w in nouns:
                form = c + w if kind == "prefix" else w + c
                if form in freqs:
                    ratios.append(freqs[form] / freqs[w])
            med = statistics.median(ratios) if ratios else 1e-6
            prior = max(1e-6, min(1.0, med))
            rows.append((kind, c, math.log10(prior), len(ratios)))
    # The article on its own: how often ال+w occurs for the stems above.
    ratios = [freqs["ال" + w] / freqs[w] for w in nouns if "ال" + w in freqs]
    rows.append(("prefix", "ال", math.log10(max(1e-6, statistics.median(ratios))), len(ratios)))
    with open(OUT_PRIORS, "w", encoding="utf-8") as fh:
        fh.write("# kind\tclitic\tlog10 prior\tstems seen (generated by scripts/build_segment_lexicon.py)\n")
        for kind, c, lp, n in rows:
            fh.write(f"{kind}\t{c}\t{lp:.3f}\t{n}\n")

    print(f"wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else ''}: "
          f"{len(zipf)} Arabic words; hunspell stems: {len(hun)}; entries written: {len(entries)}; "
          f"{len(blob)} bytes -> {OUT_LEX}")
    for kind, c, lp, n in rows:
        print(f"  {kind:6} {c:4} log10 prior {lp:7.3f}  ({n} stems)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
