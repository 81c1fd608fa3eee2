"""Write examples/quickstart.ipynb (without outputs) from the cells below.

Run from the repository root: ``python scripts/build_notebook.py``. Editing the notebook in
Jupyter works too; then clear its outputs before committing (tests/test_notebook.py checks).
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

CELLS: list[tuple[str, str]] = [
    ("md", """# dhad quick start

Arabic text in Rust, from Python: normalization with alignment, tokens with exact offsets,
sentences, and — where this build has them — clitics, numbers, entities and dates. Then the same
on a pandas DataFrame of 1,000 short texts, as Arrow, and as HTML.

Every cell runs on any build of dhad: parts that are not in your build say so instead of failing."""),
    ("md", "## Install check"),
    ("code", """import sys
import dhad

print("dhad", dhad.__version__, "on Python", sys.version.split()[0])
for name in ["segment", "extract_numbers", "extract_entities", "extract_dates"]:
    print(f"{name:18} {'yes' if hasattr(dhad, name) else 'not in this build'}")"""),
    ("md", "## Normalize\n\nThe `search` preset folds diacritics, tatweel, alef and yeh variants, teh marbuta and digits."),
    ("code", """text = "أَعْلَنَتْ وزارةُ الصحّـــة في ١٥ مارس ٢٠٢٤ وصولَ ٣٥٠٠ لاجئ إلى عمّان."
print(dhad.normalize(text))
print(dhad.normalize(text, preset="display"))
print(dhad.normalize(text, digits=None))"""),
    ("md", "An aligned normalization maps every span of the normalized text back to the original:"),
    ("code", """aligned = dhad.Normalizer().normalize_aligned(text)
i = aligned.text.index("3500")
start, end = aligned.to_original(i, i + 4)
print(aligned.text[i:i + 4], "←", text[start:end], (start, end))"""),
    ("md", "## Tokens with offsets\n\nOffsets are Python string indices: `text[t.start:t.end] == t.text` always."),
    ("code", """tokens = dhad.tokenize(text)
for t in tokens:
    print(f"{t.start:3}-{t.end:<3} {t.kind:7} {t.text!r:14} norm={t.norm!r}")
print("all offsets exact:", all(text[t.start:t.end] == t.text for t in tokens))"""),
    ("code", """for s in dhad.sentences("وصل الوفد صباحاً. ثم عقد اجتماعاً مع الوزير! هل انتهى؟"):
    print(s.start, s.end, s.text)"""),
    ("md", "## Clitics, numbers, entities, dates"),
    ("code", """if hasattr(dhad, "segment"):
    for word in ["وبالعراق", "فسيكتبونها", "للمدرسة"]:
        seg = dhad.segment(word)
        print(word, "→", str(seg), "| stem:", seg.stem)
    for t in dhad.tokenize("وبالعراق قالوا إنهم سيكتبونها", clitics=True):
        print(t.text, t.start, t.end, t.segments)
else:
    print("clitic segmentation is not in this build of dhad")"""),
    ("code", """if hasattr(dhad, "extract_numbers"):
    for n in dhad.extract_numbers("وصل ثلاثة آلاف وخمسمائة لاجئ، وبين 10 و20 بالمئة منهم أطفال، والثاني عشر من الشهر"):
        print(repr(n.text), n.value, n.kind, n.approx, n.range_end, n.unit)
else:
    print("number extraction is not in this build of dhad")"""),
    ("code", """if hasattr(dhad, "extract_entities"):
    for e in dhad.extract_entities("التقى الرئيس محمد العلي بوفد من الأمم المتحدة في القاهرة"):
        print(e.label, repr(e.text), e.start, e.end, e.source)
else:
    print("entity recognition is not in this build of dhad")"""),
    ("code", """if hasattr(dhad, "extract_dates"):
    import datetime
    ref = datetime.datetime(2024, 3, 1)
    for d in dhad.extract_dates("الاجتماع يوم ١٥ مارس ٢٠٢٤ الساعة الثالثة، وتأجل إلى الأسبوع المقبل", reference=ref):
        print(d.label, repr(d.text), d.value, d.grain, d.calendar)
else:
    print("date extraction is not in this build of dhad")"""),
    ("md", "## The whole pipeline, as HTML\n\nA `Document` shows itself right-to-left with entities highlighted and numbers underlined (hover for the value)."),
    ("code", """doc = dhad.analyze("زار محمد العلي القاهرة في ١٥ مارس ٢٠٢٤ مع وفد من ٣٠ شخصاً من الأمم المتحدة.")
print(repr(doc))
doc"""),
    ("code", """from dhad.display import Display

docs = dhad.analyze_batch([
    "أعلنت منظمة الصحة العالمية وصول ١٢٠٠ طن من المساعدات إلى بيروت.",
    "قالت ليلى حسن إن الاجتماع سيعقد في الرباط يوم الخميس.",
])
Display(docs)"""),
    ("code", """import pathlib, tempfile

path = pathlib.Path(tempfile.mkdtemp()) / "document.html"
path.write_text(doc.to_html(), encoding="utf-8")
print("standalone page:", path, path.stat().st_size, "bytes")"""),
    ("md", "## A DataFrame of 1,000 short texts\n\nGenerated from templates (names, places and organizations made up for this notebook)."),
    ("code", """import random
import pandas as pd
import dhad.pandas  # registers Series.dhad

random.seed(7)
people = ["محمد العلي", "فاطمة الزهراء", "أحمد سالم", "ليلى حسن", "عمر خالد", "سارة يوسف"]
places = ["القاهرة", "بيروت", "عمّان", "الرياض", "تونس", "الرباط", "بغداد", "دمشق"]
orgs = ["الأمم المتحدة", "جامعة الدول العربية", "منظمة الصحة العالمية", "البنك الدولي", "الهلال الأحمر"]
amounts = ["٣٥٠٠", "1200", "ثلاثة آلاف", "عشرات", "مئات", "٢٥٠", "خمسين", "٪٤٠"]
months = ["يناير", "مارس", "مايو", "يوليو", "سبتمبر", "نوفمبر"]
templates = [
    "زار {per} مدينة {loc} يوم {day} {month} {year}.",
    "أعلنت {org} عن {num} وظيفة جديدة في {loc}.",
    "وصل {num} لاجئ إلى {loc} خلال الأسبوع الماضي.",
    "قال {per} إن {org} ستفتح مكتباً في {loc}.",
    "التقى {per} بممثلي {org} في {loc} لمناقشة المساعدات.",
    "ارتفعت الأسعار في {loc} بنسبة {num} منذ {month}.",
]
texts = [
    random.choice(templates).format(
        per=random.choice(people), loc=random.choice(places), org=random.choice(orgs),
        num=random.choice(amounts), month=random.choice(months),
        day=random.randint(1, 28), year=random.choice([2022, 2023, 2024]),
    )
    for _ in range(1000)
]
texts[3] = None  # a missing value stays missing
df = pd.DataFrame({"text": texts})
df["normalized"] = df["text"].dhad.normalize()
df.head()"""),
    ("code", """toks = df["text"].dhad.tokens()
print(len(toks), "tokens in", toks["doc"].nunique(), "texts")
row = toks.iloc[5]
print("offsets exact:", df["text"][row["doc"]][row["start"]:row["end"]] == row["text"])
kinds = toks["kind"].value_counts()
kinds[kinds > 0]"""),
    ("code", """counts = {}
if hasattr(dhad, "extract_entities"):
    ents = df["text"].dhad.entities()
    counts = ents["label"].value_counts()
    print(len(ents), "entities")
if hasattr(dhad, "extract_numbers"):
    nums = df["text"].dhad.numbers()
    print(len(nums), "numbers; the most common values:")
    print(nums["value"].value_counts().head())
if len(counts) == 0:
    print("no entities in this build: plotting token kinds instead")
    counts = kinds[kinds > 0]
counts"""),
    ("code", """import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6, 3))
counts.sort_values().plot.barh(ax=ax, color="#4c72b0")
ax.set_xlabel("count")
ax.set_title("dhad over 1,000 short texts")
fig.tight_layout()
plt.show()"""),
    ("md", "## Arrow for large jobs\n\n`dhad.arrow.analyze_table` builds the token table from buffers made in Rust, without one Python object per token."),
    ("code", """import dhad.arrow

table = dhad.arrow.analyze_table(df["text"].dropna().tolist())
print(table.schema)
print(table.num_rows, "rows")
table.slice(0, 5).to_pandas()"""),
    ("md", """## When one machine is not enough

The same accessor methods run on every partition of a Dask DataFrame (`pip install 'dhad[dask]'`).
Here on the local scheduler; with a `distributed.Client` connected, the same line runs on the
cluster's workers (see the README for threads per worker, and for PySpark's `mapInPandas`)."""),
    ("code", """try:
    import dask.dataframe as dd
    import dhad.dask
except ImportError as err:
    print("Dask is not installed here:", err)
else:
    ddf = dd.from_pandas(df[["text"]], npartitions=4)
    lazy = dhad.dask.map_partitions(ddf, "text", "tokens")
    result = lazy.compute()
    print(ddf.npartitions, "partitions,", len(result), "tokens; same as pandas:", len(result) == len(toks))"""),
]


def build() -> nbformat.NotebookNode:
    """The notebook, without outputs."""
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    for kind, source in CELLS:
        nb.cells.append(new_markdown_cell(source) if kind == "md" else new_code_cell(source))
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:02d}"
    return nb


def main() -> None:
    path = Path(__file__).resolve().parent.parent / "examples" / "quickstart.ipynb"
    nbformat.write(build(), str(path))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
