#!/usr/bin/env python3
"""Writes data/numbers/lexicon.tsv: the number words of dhad (written by this project).

Run from the repository root: python3 scripts/numbers_lexicon.py
Edit the tables here, not the TSV. No external source is used.
"""
import os

rows = []


def add(form, value, role, gender='-', case='-', variety='msa'):
    rows.append((form, str(value), role, gender, case, variety))


add('صفر', 0, 'zero')
units = [(1, 'واحد', 'واحدة'), (3, 'ثلاثة', 'ثلاث'), (4, 'أربعة', 'أربع'), (5, 'خمسة', 'خمس'), (6, 'ستة', 'ست'),
         (7, 'سبعة', 'سبع'), (8, 'ثمانية', 'ثماني'), (9, 'تسعة', 'تسع'), (10, 'عشرة', 'عشر')]
for v, m, f in units:
    add(m, v, 'unit', 'm')
    add(f, v, 'unit', 'f')
add('ثمان', 8, 'unit', 'f')
add('واحدا', 1, 'unit', 'm', 'acc')  # after its noun: "دولارا واحدا", "كتابا واحدا"
# The indefinite accusative of the feminine forms carries the alef of its tanwin, as a noun's
# does: "ثلاثًا وعشرين ناقة" (23), "وازدادوا تسعًا" (9); without these the unit was skipped and
# only the ten counted ("تسعًا وتسعين" gave 90).
for v, f in [(3, 'ثلاثا'), (4, 'أربعا'), (5, 'خمسا'), (6, 'ستا'), (7, 'سبعا'), (8, 'ثمانيا'),
             (9, 'تسعا'), (10, 'عشرا')]:
    add(f, v, 'unit', 'f', 'acc')
add('اثنان', 2, 'unit', 'm', 'nom'); add('اثنين', 2, 'unit', 'm', 'acc')
add('اثنتان', 2, 'unit', 'f', 'nom'); add('اثنتين', 2, 'unit', 'f', 'acc')
add('ثنتان', 2, 'unit', 'f', 'nom'); add('ثنتين', 2, 'unit', 'f', 'acc')
add('أحد', 1, 'teen_prefix', 'm'); add('إحدى', 1, 'teen_prefix', 'f')
add('اثنا', 2, 'teen_prefix', 'm', 'nom'); add('اثني', 2, 'teen_prefix', 'm', 'acc')
add('اثنتا', 2, 'teen_prefix', 'f', 'nom'); add('اثنتي', 2, 'teen_prefix', 'f', 'acc')
tens = [(20, 'عشرون', 'عشرين'), (30, 'ثلاثون', 'ثلاثين'), (40, 'أربعون', 'أربعين'), (50, 'خمسون', 'خمسين'),
        (60, 'ستون', 'ستين'), (70, 'سبعون', 'سبعين'), (80, 'ثمانون', 'ثمانين'), (90, 'تسعون', 'تسعين')]
for v, n, a in tens:
    add(n, v, 'ten', '-', 'nom')
    add(a, v, 'ten', '-', 'acc')
add('مائة', 100, 'hundred_base'); add('مئة', 100, 'hundred_base')
for f, c in [('مائتان', 'nom'), ('مائتين', 'acc'), ('مئتان', 'nom'), ('مئتين', 'acc'),
             ('مائتا', 'nom'), ('مائتي', 'acc'), ('مئتا', 'nom'), ('مئتي', 'acc')]:
    add(f, 200, 'hundred', '-', c)
for v, stems in [(300, ['ثلاث', 'ثلث']), (400, ['أربع']), (500, ['خمس']), (600, ['ست']), (700, ['سبع']),
                 (800, ['ثمان', 'ثماني']), (900, ['تسع'])]:
    for s in stems:
        for h in ['مائة', 'مئة']:
            add(s + h, v, 'hundred')
scales = [(1000, 'ألف', 'ألفا', ['ألفان', 'ألفين', 'ألفي'], ['آلاف', 'ألوف']),
          (10**6, 'مليون', 'مليونا', ['مليونان', 'مليونين', 'مليونا', 'مليوني'], ['ملايين']),
          (10**9, 'مليار', 'مليارا', ['ملياران', 'مليارين', 'مليارا', 'ملياري'], ['مليارات']),
          (10**9, 'بليون', 'بليونا', ['بليونان', 'بليونين', 'بليوني'], ['بلايين', 'بليونات']),
          (10**12, 'تريليون', 'تريليونا', ['تريليونان', 'تريليونين', 'تريليوني'], ['تريليونات']),
          (10**12, 'ترليون', 'ترليونا', ['ترليونان', 'ترليونين', 'ترليوني'], ['ترليونات'])]
seen = set()
for v, s, acc, duals, plurals in scales:
    add(s, v, 'scale', '-', 'nom')
    add(acc, v, 'scale', '-', 'acc')
    seen.add(acc)
    for d in duals:
        if d in seen:
            continue
        add(d, v, 'scale_dual', '-', 'nom' if d.endswith('ان') else 'acc')
    for p in plurals:
        add(p, v, 'scale_plural')
add('عشرات', 10, 'vague'); add('مئات', 100, 'vague')
ords = [(1, 'أول', 'أولى'), (2, 'ثاني', 'ثانية'), (3, 'ثالث', 'ثالثة'), (4, 'رابع', 'رابعة'), (5, 'خامس', 'خامسة'),
        (6, 'سادس', 'سادسة'), (7, 'سابع', 'سابعة'), (8, 'ثامن', 'ثامنة'), (9, 'تاسع', 'تاسعة'), (10, 'عاشر', 'عاشرة')]
for v, m, f in ords:
    add(m, v, 'ordinal', 'm')
    add(f, v, 'ordinal', 'f')
add('ثان', 2, 'ordinal', 'm')
add('حادي', 1, 'ordinal_teen_prefix', 'm'); add('حادية', 1, 'ordinal_teen_prefix', 'f')
add('نصف', '1/2', 'fraction'); add('ربع', '1/4', 'fraction'); add('ثلث', '1/3', 'fraction'); add('سدس', '1/6', 'fraction')
add('ثلثا', '2/3', 'fraction', '-', 'nom'); add('ثلثي', '2/3', 'fraction', '-', 'acc')
# the dual outside a construct: "بنسبة الثلثين", "الثلثان"
add('ثلثان', '2/3', 'fraction', '-', 'nom'); add('ثلثين', '2/3', 'fraction', '-', 'acc')
add('نص', '1/2', 'fraction_weak', '-', '-', 'eg')
# Egyptian تلت (ثلث, a third) and تلتين: weak, as تلت is also "she recited" (تلت الآية)
add('تلت', '1/3', 'fraction_weak', '-', '-', 'eg'); add('تلتين', '2/3', 'fraction_weak', '-', '-', 'eg')
for v, p in [(4, 'أرباع'), (3, 'أثلاث'), (5, 'أخماس'), (6, 'أسداس'), (7, 'أسباع'), (8, 'أثمان'), (9, 'أتساع'), (10, 'أعشار')]:
    add(p, f'1/{v}', 'fraction_plural')
add('فاصلة', '0', 'point'); add('فاصل', '0', 'point')  # both genders are said
# Egyptian and Levantine spoken forms
eg = 'eg'
add('اتنين', 2, 'unit', 'm', '-', eg); add('إتنين', 2, 'unit', 'm', '-', eg); add('اتنان', 2, 'unit', 'm', '-', eg)
add('تنين', 2, 'unit_weak', 'm', '-', 'lev'); add('تنتين', 2, 'unit_weak', 'f', '-', 'lev')  # تنين is also "dragon"
add('تلاتة', 3, 'unit', 'm', '-', eg); add('تلات', 3, 'unit', 'f', '-', eg)
add('تمانية', 8, 'unit', 'm', '-', eg); add('تمنية', 8, 'unit', 'm', '-', eg); add('تمان', 8, 'unit', 'f', '-', eg)
add('تمنتاشر', 18, 'teen', '-', '-', eg)
# thousands written as one word, as Egyptian posts do ("خمستلاف جنيه", "تلتلاف وخمسمية")
for v, forms in [(3000, ['تلاتلاف', 'تلتلاف']), (4000, ['اربعتلاف', 'أربعتلاف']), (5000, ['خمستلاف']),
                 (6000, ['ستتلاف', 'ستلاف']), (7000, ['سبعتلاف']), (8000, ['تمانتلاف', 'تمنتلاف']),
                 (9000, ['تسعتلاف']), (10000, ['عشرتلاف'])]:
    for f in forms:
        add(f, v, 'scale', '-', '-', eg)
        # the same with the alef of آلاف kept ("تلتالاف جنيه", "خمستالاف"): it gave nothing
        add(f[:-4] + 'تالاف', v, 'scale', '-', '-', eg)
teens = {11: ['حداشر', 'إحداشر', 'حدعشر', 'احدعش', 'حدعش'],
         12: ['اتناشر', 'إتناشر', 'اطناشر', 'اتنعشر', 'اطنعش', 'تنعش'],
         13: ['تلاتاشر', 'تلتاشر', 'تلطاشر', 'تلاتعش', 'تلطعش'],
         14: ['اربعتاشر', 'أربعتاشر', 'اربعطاشر', 'اربعتعش', 'اربعطعش'],
         15: ['خمستاشر', 'خمسطاشر', 'خمستعش', 'خمسطعش'],
         16: ['ستاشر', 'سطاشر', 'ستعش', 'سطعش'],
         17: ['سبعتاشر', 'سبعطاشر', 'سبعتعش', 'سبعطعش'],
         18: ['تمانتاشر', 'تمنطاشر', 'تمنتعش', 'تمنطعش'],
         19: ['تسعتاشر', 'تسعطاشر', 'تسعتعش', 'تسعطعش']}
for v, fs in teens.items():
    for f in fs:
        add(f, v, 'teen', '-', '-', eg if f.endswith('شر') else 'lev')
# Levantine posts also write the teens with the final ر of عشر ("خمسطعشر", "تلتعشر"): without
# these "عندي خمسطعشر سنة" gave no number.
for v, fs in teens.items():
    for f in fs:
        if f.endswith('عش'):
            add(f + 'ر', v, 'teen', '-', '-', 'lev')
# Maghrebi teens end in -اش ("خمسطاش ألف ريال" gave 1000), and the Gulf writes ث where the
# Levant writes ت ("ثلطعش", "ثمنطعش"). طناش (12) is left out: it is also "ignoring".
maghreb_teens = {11: ['حداش', 'حضاش'], 12: ['اطناش', 'ثناش'], 13: ['تلطاش', 'تلتاش', 'ثلطاش'],
                 14: ['ربعطاش', 'اربعطاش', 'ربعتاش', 'اربعتاش'], 15: ['خمسطاش', 'خمستاش'],
                 16: ['سطاش', 'ستاش'], 17: ['سبعطاش', 'سبعتاش'], 18: ['تمنطاش', 'ثمنطاش', 'تمنتاش'],
                 19: ['تسعطاش', 'تسعتاش']}
for v, fs in maghreb_teens.items():
    for f in fs:
        add(f, v, 'teen', '-', '-', 'ma')
# (the Gulf's twelve is also written without its alef: "عمره ثنعش سنة" gave nothing)
for v, fs in [(12, ['اثنعش', 'اثنعشر', 'ثنعش', 'ثنعشر']), (13, ['ثلطعش', 'ثلاثطعش', 'ثلطعشر']), (18, ['ثمنطعش', 'ثمنطعشر'])]:
    for f in fs:
        add(f, v, 'teen', '-', '-', 'gulf')
# Moroccan جوج (two) and ميا (a hundred; weak: it is also "water" in speech): "جوج كيلو",
# "ميا ألف درهم" (100,000; it gave 1000)
add('جوج', 2, 'unit', '-', '-', 'ma')
add('ميا', 100, 'hundred_base_weak', '-', '-', 'ma')
add('تلاتين', 30, 'ten', '-', '-', eg); add('تلاتون', 30, 'ten', '-', '-', eg)
add('تمانين', 80, 'ten', '-', '-', eg); add('تمنين', 80, 'ten', '-', '-', eg)
add('مية', 100, 'hundred_base', '-', '-', eg); add('ميت', 100, 'hundred_base_weak', '-', '-', eg)
add('متين', 200, 'hundred_weak', '-', '-', eg); add('ميتين', 200, 'hundred', '-', '-', eg)
for v, stems in [(300, ['تلت', 'تلات', 'تلتم']), (400, ['ربع', 'اربع']), (500, ['خمس']), (600, ['ست', 'سط']),
                 (700, ['سبع']), (800, ['تمن', 'تمان']), (900, ['تسع'])]:
    for s in stems:
        add(s + ('ية' if s.endswith('م') else 'مية'), v, 'hundred', '-', '-', eg)
        if not s.endswith('م'):  # the construct form before a noun: تلتميت جنيه
            add(s + 'ميت', v, 'hundred', '-', '-', eg)
add('تلاف', 1000, 'scale_plural', '-', '-', eg); add('الاف', 1000, 'scale_plural')
# the thousands with the ت of the count before them and their alef ("ثلاث تالاف", "خمس تالاف"
# in the Gulf and the Levant): it gave 3, the scale read as a counted noun
add('تالاف', 1000, 'scale_plural', '-', '-', eg)

HEADER = """# dhad number words. Written by the dhad project (no external source); generated by
# scripts/numbers_lexicon.py (edit that script, not this file).
# Columns: form, value (integer or n/d), role, gender of the counted noun the form goes with
# (m, f or -), case (nom, acc = accusative/genitive, or -), variety (msa, eg = Egyptian,
# lev = Levantine, gulf, ma = Maghrebi). Forms are written in full spelling; the loader folds
# them (hamza seats, alef maqsura, teh marbuta, diacritics) and adds clitic-prefixed variants.
# Roles: zero, unit (1-10), teen_prefix (only before عشر/عشرة), teen (one-word 11-19), ten,
# hundred, hundred_base (100, may be multiplied: ثلاث مائة), scale, scale_dual, scale_plural,
# vague (عشرات، مئات), ordinal (1-10), ordinal_teen_prefix (حادي), fraction, fraction_plural
# (أرباع after a unit), point (decimal فاصلة); *_weak roles count in running text only inside
# a longer number or before a unit (متين is also "solid", نص also "text", تنين "dragon").
"""

seen = set()
out = []
for r in rows:
    if r[0] in seen:
        continue
    seen.add(r[0])
    out.append(r)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'numbers', 'lexicon.tsv')
with open(path, 'w', encoding='utf-8') as f:
    f.write(HEADER)
    for r in out:
        f.write('\t'.join(r) + '\n')
print(f'{len(out)} forms written to data/numbers/lexicon.tsv')
