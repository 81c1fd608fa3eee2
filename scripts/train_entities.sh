#!/bin/sh
# Trains the entity tagger and writes data/entities/model.bin.
#
# Training data: ../shared/eval/anercorp_train.jsonl (ANERcorp, Benajiba, Rosso & Benedí 2007;
# CAMeL Lab split, Obeid et al. 2020; CC BY-SA 4.0). Our development split is its last 10% of
# sentences. The SHIPPED model is trained on the whole file, dev split included: the learning
# curve is still rising (4-fold CV over the training part: 2 folds 0.739, 4 folds 0.753, 8 folds
# 0.762 F1), so the extra 10% is worth more than an untouched dev split. Its dev scores are
# therefore not honest; the honest ones come from DHAD_HOLDOUT=1 (below).
#
# Modes (environment variables):
#   DHAD_CV=k        k-fold cross-validation over the training part (the first 90%; contiguous
#                    folds, so a news story stays in one fold): train on k-1 folds, score the
#                    whole recognizer (model + gazetteers + rules) on the held-out fold. This is
#                    how settings are chosen; the dev split is not. DHAD_SHOW=path writes every
#                    missed and wrong chunk of the held-out folds to that file.
#   DHAD_HOLDOUT=1   train on the training part only and print that model's dev scores (the
#                    honest dev figure); use with DHAD_MODEL_OUT=/tmp/x.bin to keep model.bin.
#   DHAD_WITH_AQMAR=1 adds AQMAR (minus every 4th article, the cross-genre check), MISC -> O;
#                    DHAD_AQMAR_NOMISC=1 drops its sentences with MISC.
#   DHAD_SKIP=trusted,rules,multi,single (feature `train` only) leaves parts of the recognizer
#                    out while scoring.
#   DHAD_DOC=k       score k consecutive sentences as one text (one per line), the way a user
#                    passes a news story; each sentence is still scored on its own tokens.
#                    ANERcorp marks no story boundary, so a group may span two stories.
#   DHAD_AUG=n       n copies of each sentence with a person or organisation, those mentions
#                    swapped for others of the data (default 1; 0: the data alone).
#   DHAD_RUNS (3), DHAD_EPOCHS (12), DHAD_MIN_COUNT (1), DHAD_PRUNE (2.0), DHAD_SEED (7): 3
#                    averaged-perceptron runs with different shuffles whose averaged weights are
#                    averaged, every feature seen once kept, weights below 2.0 pruned, i8 weights.
# The result is deterministic: the same data give the same model.bin.
#
# What was measured, by 4-fold CV unless said otherwise (F1 over all labels):
#   - baseline of this session (the model of the previous session's features): 0.741;
#   - single-word organisation names (العربية، القاعدة، فتح) no longer added beside the model,
#     listed common words (صور، الباب) never trusted alone, direction + continent regions (غرب
#     أفريقيا) out of the place list: 0.751, LOC P 0.89 -> 0.905 (single ORG words alone had
#     produced ~150 false ORG mentions, "العربية" ~110 of them);
#   - a PER span never ends on بن/أبو/عبد/آل (extended by a token): 0.753;
#   - DID NOT HELP (within noise, dropped): frequency band and dictionary flags of the stem from
#     the segmenter's word list (wordfreq + hunspell-ar) 0.744, the neighbours' bands 0.749 (+0.3
#     on the 4 folds but 15-20% slower: a lookup in a 3.6 MB table per token), both 0.746; stem
#     affixes of 1 and 4 letters 0.744; titles/head words up to three tokens before and the
#     current x previous gazetteer lists 0.744; the unfolded surface word (علي vs على) and its
#     stem 0.741, with the neighbours' 0.744; 20 epochs 0.750 / 6 epochs 0.741; prune 1.0 or
#     0.01 0.751 (no quantization loss to speak of); CLDR currency names and their head words
#     (دولار، درهم، شيكل) as a MISC gazetteer feature 0.752 against 0.753 (MISC +0.6, the rest
#     lost as much); the last word of a multi-word gazetteer match marked apart from the middle
#     ones 0.752; the neighbours' clitics 0.753 (same), both 0.752; how name-like a word's
#     letter trigrams are (log-odds of Wikidata person-name words against wordfreq words of the
#     segmenter's list, six bands; 30 kB table): CV 0.756/0.757/0.754 against 0.753/0.753/0.752
#     over seeds 7/11/23 (PER recall +1.5), but the honest dev score 0.741/0.733/0.747 against
#     0.755/0.733/0.750, and 1-2% slower: a wash, dropped. Note the seed noise on dev alone:
#     +-0.01 F1, so dev differences under 0.02 say nothing; AQMAR added 0.739, without its MISC
#     sentences 0.743. Without the trusted-gazetteer step: 0.758 against 0.749 before single
#     ORG words were fixed, 0.755 against 0.753 after (kept: it finds the long names users
#     expect, "قوات سوريا الديمقراطية"); without the multi-word override 0.754; without the
#     rules -0.3 (they help PER).
#   - word dropout (a token's word-identity features hidden with probability p in each epoch,
#     so that the model leans on affixes, context and gazetteers for unseen names): p 0.2
#     0.751, p 0.4 0.751, p 0.3 with 20 epochs 0.749, against 0.753 without: dropped.
#   - for words of the person-name lists only, how ordinary their surface stem is in the
#     segmenter's lexicon (dictionary word / frequent word / neither), own and next to the
#     neighbours' (فرويد vs توفيق): CV 0.755/0.756/0.756 against 0.753/0.753/0.752 over seeds
#     7/11/23 (PER +1.0), honest dev 0.744/0.732/0.746 against 0.755/0.733/0.750: a wash, dropped.
#   - a linear-chain CRF in place of the perceptron (same features and tags; SGD on the
#     log-likelihood with an L2 penalty c2): c2 0.03 0.756, 0.1 0.756, 0.3 0.754, 1 0.751-0.755,
#     3 0.746 (10-25 epochs, steps 0.03-0.3), against 0.753: within the seed noise, so the
#     learner is not what limits the score, the features are; dropped.
#   - this session (CV 0.754 at its start): currency names as MISC by a rule over the numbers
#     module's unit table (not a feature: the rule is what the feature above could not be)
#     0.756, MISC 0.553 -> 0.573; a hand-written MISC list (religions as nouns, scriptures,
#     holy sites, prizes, wars) in ANERcorp's spans 0.760, MISC -> 0.622 (the same list with
#     "جائزة نوبل", "القرآن الكريم", "كأس العالم" and adjective-like religions "المسيحية"
#     scored 0.755: other spans than the data's); smaller rules (a club after "نادي", a
#     preposition glued to a word ending or splitting a person, a currency taken for a place)
#     0.761. DID NOT HELP: a bias against the O tag at decoding (recall for precision; -1 to -6
#     0.754-0.758, beyond that worse: LOC P 0.90 -> 0.86 at -15); more GeoNames cities as a
#     hint (population above 300k -> 50k or 15k, plus CLDR's exemplar cities) 0.752 all three;
#     "هيئة" + a defined noun as an organisation -13 predictions, no correct one.
#     Mention replacement (DHAD_AUG=1, now the default: every sentence with a PER or ORG seen
#     once more with those mentions swapped for others of the same label from the training
#     data): CV 0.762/0.763/0.762 over seeds against 0.761/0.763/0.763, honest dev
#     0.756/0.749/0.746 against 0.751/0.731/0.748 (steadier over seeds); swapping places too
#     0.765 but LOC precision 0.897; two or three copies 0.764/0.762; names drawn from the
#     gazetteers instead of the data 0.760 (LOC P 0.875). A token's place inside a short quoted
#     span (alone, first, inside, last) as a feature, for titles in quotes: 0.763 against 0.762
#     (MISC unchanged): dropped. Later rules: newspapers, magazines, channels, teams and
#     companies named after their head word (0.763 -> 0.764), a rare-name-only word giving way
#     to the place behind its clitic ("بروما") 0.766/0.764/0.765 over seeds; spelling variants
#     of country names in use (wordfreq: "تايلند", "طاجكستان") 0.765/0.765/0.766, LOC +6 correct.
#   - next session (CV 0.765 at its start; with DHAD_DOC=30, 0.766): the surname rule (a
#     person's last word seen elsewhere in the text) no longer takes a listed common word
#     ("علي"/"على"), a number word ("الثاني") or a very frequent word (Zipf >= 5: "النادي") as a
#     surname, joins a surname to the first name right before it and brings along the words the
#     full name had before it ("فان" + "باستن"): DOC=30 0.771, PER 0.732 -> 0.747; the
#     Mauritanian "ولد" links the parts of a name like "بن": +5 correct. DID NOT HELP: cutting
#     a hunspell-ar verb form off the end of a person (-14 correct: "أحمد" is a verb form too);
#     a rare word (Zipf < 2) before a person as its first name, an unknown word after a lone
#     first name as its surname (+3/+4 correct over seeds 11/23 with as many more predicted).
#     A regnal number after a listed name ("هنري الثامن") +2 correct: kept. BILOU tags
#     instead of BIO (17 tags; a name's last word and one-word names tagged apart): CV
#     0.768/0.767/0.769 over seeds 7/11/23 against 0.767/0.767/0.767 (precision +0.003, recall
#     -0.001), 8 or 20 epochs the same; not worth twice the weights and a slower Viterbi: dropped.
#     One sense per text: a one-word place or organisation found once (by the model, a list or
#     a rule) is that name wherever else the text has the word free, unless the word is a
#     listed common word or has Zipf >= 5: +21 correct for +24 predicted (0.768; seeds 11/23
#     +14/+16 correct without rules as seeds), DOC=30 0.772 -> 0.777, LOC precision unchanged
#     (0.904). The same for MISC: +0 and +2 correct for +1 and +13 predicted: not taken.
#     Acronyms found after a long name as seeds for the surname rule: no change: not taken.
#     Hand lists grown by category (regions, historical lands and provinces, seas and straits;
#     UN and regional bodies, security agencies, newspapers and news agencies, companies,
#     clubs; unambiguous names only, without head words): CV 0.768 -> 0.776/0.778/0.776 over
#     seeds, ORG 0.635 -> 0.660, LOC 0.868 -> 0.877. The categories were chosen by reading the
#     CV misses, so the CV gain overstates what new text will see; the honest dev figure is the
#     check (README). A frequent verb form (hunspell-ar, Zipf >= 4) that no strong name list
#     has is no one-word name ("سافر"): -5 correct, -20 predicted on every seed. An
#     indefinite accusative noun ("موظفا", "مصنعا": a dictionary word + the alef of its
#     tanwin) ends a person or a company name: +4 correct; as a whole one-word mention it is
#     no name: -7 correct ("حيفا", "جباليا" look the same): not taken. A kunya or "عبد" right
#     before a person taken into it, and a listed first name before "بن": 0 and -1 correct.
#     "حركة حماس", "حركة الجهاد الإسلامي", "وكالة فرانس برس" out of the organisation list (the
#     names alone stay: ANERcorp leaves "حركة" out 18 times in 23, "وكالة" 9 in 12): CV 0.777 ->
#     0.780/0.780/0.778 over seeds 7/11/23 (+16 correct, -23 predicted on seed 7).
#     Country and city names with the foreign /g/ written the other way (غ/ج: "هامبورج"),
#     attested by wordfreq (22 names): +8/+14/+6 correct over seeds, LOC P 0.908 -> 0.910.
#     The same for person-name words (+168 words): PER -26 correct: not taken. "الجزيرة العربية"
#     as a place: -8 correct (the data marks it with and without "شبه"); "البيت الأبيض",
#     "المونديال", "أوسكار", "سوخوي", "ميركافا" as MISC: +2 correct for +12 predicted: not taken.
#     One-word persons (from a title rule, or the tagger's too) as surname seeds: sentence CV
#     +0/+2 correct, DOC=30 +0/+10 correct for +1/+19 predicted: not taken. A quoted title
#     after its kind of work ("رواية «...»", "فيلم", "كتاب", "مسرحية", "قصيدة", "ديوان"; not
#     "مسلسل", whose titles the data leaves unmarked 6 times in 7) is MISC: +9 correct for +9
#     predicted on every seed (MISC 0.621 -> 0.630), CV 0.781. Organisation list: names that
#     are also common words or towns out ("إعمار" reconstruction, "شل", "الفاو", "الوصل",
#     "الريان", "بازل"), "منظمة الأمم المتحدة", "الجزيرة نت", "يديعوت" in (from the CV misses):
#     +16/+0/-8 correct over seeds 7/11/23 (0.783/0.781/0.779): within the noise, kept for
#     the common words it no longer takes for companies when the tagger is off.
#     More context features, each alone (seed 7, against 0.777): the words three before and
#     after 0.780 but 0.777/0.777 on seeds 11/23 (-10/-12 correct); previous x next word
#     0.778; the neighbours' forms x the token's shape 0.777; the two words after (and before)
#     as pairs 0.779; suffix x previous word 0.777; combinations 0.775-0.778: none taken.
#     Social media (no data here to score it; our own test sentences instead): about 120
#     dialect function words added to the common-word list by gen_entities_common.py, and a
#     dialect question word or particle (DIALECT_STARTS) or a frequent verb form of three
#     letters or more never starts a name ("مين شاف" and "سافر محمد" had been persons). CV
#     0.781/0.781/0.780 over seeds 7/11/23 (5,917/5,921/5,922 correct, against 5,941/5,911/
#     5,932: the retrained model's churn); the two start rules alone change nothing there.
#     Kept for the text users bring. A first try of the verb rule cut "بن", "لي", "شو" off
#     names (-8 correct): hence three letters and no name link.
#   - a clitic on the first word of a long name ("وتنظيم الدولة الإسلامية": "وتنظيم" is a
#     listed frequent word, so the stripper kept it whole) cut where the whole name follows:
#     CV +6/+8/+12 correct for +22/+11/+10 predicted over seeds 7/11/23 (kept; model
#     retrained); honest dev 0.757/0.749/0.754 against 0.761/0.757/0.756 (+1 correct, +10
#     predicted on seed 7: within the split's seed noise). A virus, storm or weapon named after
#     its kind is no person ("فيروس كورونا"): -3/-2/-3 predicted, the same correct (kept). DID
#     NOT HELP: a sentence-initial verb form (Zipf >= 3) as no one-word person ("أدان مجلس
#     الأمن"): no change on any seed, and "أدان" is a strong name word after folding ("آدان"),
#     so it never fired (dropped); "جنوب أفريقيا" as a listed country: -8/-34/-5 correct (the
#     data splits it 9 times in 14, "جنوب" outside; dropped).
#     Elongation in the fold (a letter typed three times or more is one: "الرياااض"; letters
#     that only fold alike, "البيئية", kept, two at most), model retrained: CV 5,948/5,925/
#     5,942 correct over seeds 7/11/23 (was 5,926/5,933/5,937), honest dev 0.760/0.755/0.752.
#     A preposition glued to a word after a name ends the name only when the rest is an
#     ordinary word (hunspell-ar, or Zipf >= 3): "أنتوني بلينكن" had been cut at ب + "لينكن":
#     +1 correct on each seed (5,918/5,922/5,923). The same frequent-verb test at a person's
#     end ("يا محمد تعال"; no strong person-name word, so not "أحمد"): +2/+3/+2 correct
#     (5,920/5,925/5,925), kept. A number word without the article at a person's end
#     ("رونالدو ثاني أفضل لاعب"; the regnal "هنري الثامن" keeps its ال) is cut: CV unchanged
#     (5,949 of 7,126), kept for the text users bring. A word listed once as a person's name
#     ("بالاك", Ballack) right after a strong name word stays whole instead of giving way to
#     the town behind its clitic (ب + "ألاك"): "مايكل بالاك" had been two persons, "مايكل" and
#     "الاك". CV 5,928/5,933/5,931 over seeds 7/11/23 (was 5,949/5,925/5,942: retraining
#     churn), honest dev 0.763 (701 of 868) against 0.760; kept, model retrained.
#     A person the tagger found right after a company's or paper's head ("شركة ميتا": "ميتا" is a
#     listed person-name word) is the organisation, the head outside (not after "فريق", also a
#     general's rank, nor "قناة"): CV 5,950/5,956/5,942 against 5,947/5,954/5,938 over seeds
#     7/11/23, the same predicted; kept. The one word between a title (and its nisba
#     adjectives) and the tagger's person is the first name even when it is an ordinary word
#     ("الرئيس الأمريكي جو بايدن": "جو" is also "weather"; not a defined word, a number word, a
#     word with a clitic or pronoun: "وزير خارجيتها", "الفريق أول"): 5,948/5,956/5,943 against
#     5,950/5,956/5,942, the same predicted (the loss: "الأمير مولاي رشيد", which ANERcorp
#     leaves "مولاي" out of); kept for "جو بايدن", common in news since 2020.
#     Passive-aggressive steps (PA-I, step = margin violation + Hamming loss over the squared
#     feature difference, capped at C) instead of the perceptron's unit steps: C 0.01/0.03/0.1/
#     1.0 gave 0.781/0.785/0.781/0.779 (pruning at 0.02, the weights being smaller); C 0.03
#     over seeds 7/11/23 0.785/0.785/0.780 against 0.782/0.779/0.780, with 50,516 features
#     kept (657 kB) against 19,353 (252 kB): within the noise for 2.6 times the table, which
#     inference reads per token: not taken.
#   - QA pass on news of other domains (CV 5,928/5,933/5,931 correct of 7,119/7,118/7,149
#     predicted over seeds 7/11/23 at its start): a place right after a newspaper's or
#     magazine's head (صحيفة/جريدة/مجلة, quoted or not) is the paper, ORG without the head
#     ("جريدة الشرق الأوسط" had been LOC, "صحيفة الخليج" ORG with the head), and a name the
#     tagger or a list found inside a quoted title after its kind of work is part of the MISC
#     title ("فيلم «باربي»" had been ORG): 5,934/5,941/5,938 of 7,118/7,118/7,147 (+6/+8/+7
#     correct), kept. "قوات الدعم السريع", "(جمهورية) الكونغو الديمقراطية" listed: no change.
#     The segmenter asked for a span's clitics was given the folded word ("بطوله", which it
#     cuts ب + "طول" + ه) instead of the word as written ("بطولة", whole): 5,935/5,941/5,939
#     of 7,118/7,118/7,147 (+1/+0/+1 correct), kept. A word that the stripper cut into a
#     clitic and a listed common word stays whole when the segmenter's word list has it more
#     frequent whole than cut and as a dictionary word or at Zipf >= 3 ("بطولة" had been ب +
#     "طولة", and a MISC "طولة كأس أمم أفريقيا" began inside the word; "وقال" is still و +
#     "قال"): 5,948/5,955/5,939 of 7,144/7,159/7,132 (+13/+14/+0 correct, +26/+41/-15
#     predicted), kept; model retrained.
#     An organisation of a head (or a defined first word) and a defined noun run on over a
#     free nisba after it ("وزارة الدفاع الروسية"; ANERcorp has such a nisba inside 226 times,
#     outside 111, mostly after proper names): 5,946/5,953/5,938 of 7,144/7,159/7,132 (-2/-2/-1
#     correct), and it missed cases where a later step had the word: dropped.
#     A spokesperson's name ("المتحدث باسم ...") no longer runs on over a particle behind a
#     clitic ("أشرف القدرة بأن" had been a person) or a word with a clitic ("مجاهد
#     للصحفيين"): CV unchanged (5,948/5,955/5,939 of 7,144/7,159/7,132), kept.
#     A compound name with "الله" (a closed list of first parts: "فضل الله", "ذبيح الله", "نصر
#     الله"; not "آية", a title) next to a person or a person-name word is part of that person,
#     not MISC "الله" ("محمد حسين فضل الله" had been PER "محمد حسين" + MISC "الله"):
#     5,947/5,954/5,938 of 7,144/7,159/7,132 (-1/-1/-1 correct), kept for the names users meet.
#     "بورصة" (Bursa, and stock exchange) right before a place is no place ("بورصة الدار
#     البيضاء" had given LOC "بورصة"; ANERcorp: "بورصة لندن" -> LOC لندن): 5,947/5,954/5,938 of
#     7,143/7,158/7,131 (-1 predicted on each seed), kept.
#     An organisation ends before a kind of product inside it ("هاتف", "جهاز", "تطبيق", "منصة",
#     "سيارة", "نظام": "شركة آبل هاتف آيفون" had been ORG "آبل هاتف آيفون"): CV unchanged
#     (5,947/5,954/5,938 of 7,143/7,158/7,131), kept.
#     Not changed, for a later pass: "الريال" alone after a sports verb is the club, not the
#     currency (the currency rule cannot tell); "جو بايدن" gives PER "بايدن" ("جو" is a common
#     word); "ميتا" (Meta) is taken for a person.
#   - QA pass on news and social media (CV 5,948/5,956/5,943 correct of 7,143/7,158/7,131
#     predicted over seeds 7/11/23 at its start): a listed first name that is also an ordinary
#     word ("جو", Joe and weather; two-letter names are in no name list, so a one-word list of
#     them) right before a lone surname the tagger found, at a sentence's start or after a verb
#     of saying ("أكد جو بايدن", "وقال ..."), is the first name; not a verb form, a word of
#     Zipf >= 5 ("بين", "ليس") nor one ending in teh marbuta: CV unchanged (the same counts).
#     The first try took any frequent verb before it and any person after it: -3 correct on
#     every seed ("أن عودة ديدييه دروغبا", "من رحيل أحمد مظهر": hunspell-ar has "أن" and "من"
#     as verbs, and a noun in construct stands before a full name): dropped.
#     "الريال" with a match around it (a sports word within four tokens: "توج", "فاز",
#     "اللقب", "الديربي") and no money near (a number within two tokens; another currency, a
#     price word or a country's nisba within four) is the club, ORG; after an amount the
#     tagger's ORG "ريال" is money, MISC: CV unchanged (5,948/5,956/5,943). The first try let
#     any currency word be a club and "برشلونة" count as a sports word: "القمة الأورو -
#     متوسطية في برشلونة" gave ORG "الأورو" (-0 correct, +1 ORG predicted): hence "ريال" only
#     and no place names among the sports words; "سجل" (scored, recorded) is out too.
#     A town named like a common Arabic given name (in the Arabic given-name list and borne by
#     5 people or more of the Wikidata list: "سالم" Salem in India, "جمال", "سحر", "نايف";
#     10 names) is out of the city list: "زار سالم مدينة عمّان" had given ORG "سالم" (the
#     tagger saw a place and a name word). CV 5,943/5,949/5,943 of 7,126/7,124/7,156
#     (-5/-7/+0 correct, -17/-34/+25 predicted; the misses that changed are the retrained
#     folds' churn, a few of them on these names: "خلف سالم" found now), kept.
#     Organisation list: technology companies, stock exchanges and indices, armed groups'
#     brigades of 2020s news ("إنفيديا", "أوبن إيه آي", "ناسداك", "داو جونز", "كتائب القسام";
#     34 names): CV unchanged (5,943/5,949/5,943 of 7,126/7,124/7,156; none is in ANERcorp).
#     With "سرايا القدس" too (3 times in the CV data, which the tagger learns anyway):
#     5,930/5,948/5,937 (-13/-1/-6, retraining churn over unrelated sentences): left out. A
#     name never seen in the data changes nothing (checked with a made-up word).
#     The given-name towns at 20 people or more instead of 5 (4 names: "سالم", "جمال",
#     "سارة", "جاسم"; "جيهان", the oil port Ceyhan, is listed again), and wishes that read
#     like a clitic + a surname in the common-word list ("بالتوفيق"): CV 5,956/5,937/5,935
#     of 7,160/7,120/7,145 (against 5,943/5,949/5,943: +13/-12/-8, churn; the wishes alone
#     change nothing, no such word is in the data); kept, model retrained.
#     A product, app or platform is no person: a span the tagger began on a product head
#     ("هاتف آيفون"; not "نظام", the regime of "نظام الأسد") or right after "منصة"/"تطبيق"
#     ("منصة إكس"): CV unchanged. A titled lone first name + a word in no list, no dictionary
#     word, Zipf < 3, no clitic, is the surname ("وزير الخارجية الإيراني عباس عراقجي"): -2
#     correct on seeds 7/11 ("الرئيس شيراك استنكروا", "السيدة برلسكوني مرفوقة": surnames are
#     name words too), so not a word ending in teh marbuta, وا, ون or ين: CV unchanged, kept.
#     Checked after the merge: with the old city list every seed gives the pass's starting
#     counts exactly, so the whole change is the city list's retraining churn (+8/-19/-8).
#     A thing-head behind a clitic the stripper keeps ("بفيروس كورونا" had given PER
#     "كورونا"), a greeting ("صباح الورد", "مساء الفل"; "صباح الأحمد" stays a person): CV
#     5,956 of 7,159 on seed 7 (one fewer predicted), kept.
#     DID NOT HELP: after a title, the last "nisba" word with no name after it as a one-word
#     surname when it is the adjective of no listed place ("الرئيس السيسي" gives nothing):
#     +2 correct, +89 predicted on seed 7 ("الأميركية", "الخارجية", "التنفيذي", "الأعلى"...).
#     No word-list signal tells "السيسي" from "التنفيذي": both at Zipf 4.6, both stems
#     dictionary words. Dropped.
#   - QA pass on sports, banking, courts, headlines and social posts (CV 5,956/5,937/5,935
#     correct of 7,159/7,119/7,144 predicted over seeds 7/11/23 at its start). Word lists that
#     the rules compare with folded words were not all folded ("النهائي" in the football words,
#     "طائرة" in the thing heads never matched: a hamza seat folds to ي); a test now holds every
#     such list to it. Clubs named by an ordinary word ("الهلال" crescent, "النصر" victory,
#     "الأهلي", "الاتحاد", "الشباب", "التعاون" ...; 10 words) are ORG only in a clear sports
#     context: a club's head right before ("لاعب", "فريق", "نادي", "مباراة"), a verb of a
#     match's result next to it ("فاز الهلال", "الأهلي يتعادل", "الهلال بطل"), another club
#     linked by على/مع/أمام/ضد or a glued و with a football word near either ("مباراة الهلال
#     والنصر"), a win over it ("فوزه على الشباب"), a hosting verb + a team ("يستضيف النصر فريق
#     الشباب"); "نادي الاتحاد" found whole by the tagger loses its head, as "نادي الهلال" does.
#     Both together: 5,955/5,938/5,934 of 7,158/7,118/7,143 (the data has almost no Gulf
#     football), kept. The crescent or victory alone, with no football word near, is no club
#     or person of the tagger ("حقق النصر في المعركة" had been ORG): -1/-2/-1 predicted, the
#     same correct, kept. A bank with the article and one or two nisbas is that bank, head
#     inside (ANERcorp: 25 times in 29; "البنك المركزي المصري" gave nothing, "البنك الأهلي" the
#     club): +1/+1/+1 correct, +2/+2/+2 predicted, kept. An authority's, court's, commission's or
#     institution's head + a defined noun + a nisba ("هيئة السوق المالية",
#     "محكمة النقض المصرية", "مؤسسة النقد العربي السعودي"; "هيئة" + a defined noun alone
#     had cost 13 predictions, see above): the same correct, +9/+9/+8 predicted, all of them
#     bodies ANERcorp leaves unmarked ("هيئة الإذاعة البريطانية" twice, "هيئة الأوراق المالية",
#     "هيئة السكك الحديدية", "لجنة التحقيق الدولية"); with "مصلحة" (also "interest": "مصلحة
#     الشعب اللبناني") +10/+10/+9: that head left out; kept for the names users expect.
#     A headline's speaker (one or two name words at a line's start, or after "|" or "عاجل:",
#     before a colon: "نتنياهو: لن نوقف الحرب"; not a listed or dictionary word, a verb, a kind
#     of post "فيديو:", nor with the article unless a listed person-name word of Zipf < 5:
#     "السيسي:", not "الخارجية:"): first +2 predicted on every seed ("رابعاً :", and "– بترا :"
#     after a dash, a dateline): with number words and accusative adverbs out and no dash as a
#     line start, CV unchanged, kept. Towns of summits and of the 2020s wars the city list
#     lacked ("سوتشي" had been PER after "بوتين وأردوغان في"; "دافوس", "باخموت", "المواصي"; 19
#     names): CV unchanged. Feminine titles ("المحامية أمل كلوني" gave "كلوني"): with the
#     feminine nisbas that are adjectives as often ("الصحفية" journalistic, "الإعلامية",
#     "الروائية" fictional) 5,943/5,941/5,936 of 7,144/7,129/7,137 (-13 on seed 7); without
#     them 5,948/5,943/5,940 of 7,133/7,148/7,176 (-8/+4/+5 correct: the retrained folds'
#     churn), kept. A listed first name that is also a verb form ("أمل", hoped) starts the
#     subject after a verb of saying ("وقالت أمل كلوني"), and a lone "مبروك" (congratulations)
#     is no person ("مبروك عطية" still is): CV unchanged. Model retrained; CV at the pass's
#     end 5,948/5,943/5,940 of 7,133/7,148/7,176, honest dev (seed 7) 0.774 (721 correct of
#     894 predicted). Speed the same within the loaded machine's noise (scripts/
#     bench_entities.py 2, one thread: 5.3/5.4 MB/s before, 5.6/5.4 after, alternated).
#     Not changed: "وصلت أمل كلوني" still gives "كلوني" alone (hunspell-ar has no "وصلت" as a
#     verb, and any verb before it had cost 3 correct, see above); "بلينكن:" gives nothing
#     (the segmenter reads ب + "لينكن", and a span never starts inside a word); "صادق البرلمان"
#     is a person ("صادق" ratified is a strong name word); "مستشفى الملك فيصل التخصصي" gives
#     ORG "الملك فيصل".
#   - A second QA pass of that session, on Maghreb and Gulf news, made apart from the first
#     and merged after it (CV 5,956/5,937/5,935 of 7,159/7,119/7,145 at its start):
#     GeoNames' alternate names include Uyghur spellings in Arabic letters (ى inside a word,
#     ئ starting one: "رىم" Rome, "ئالجىر" Algiers; 18 names), and "رىم" folds to the
#     given name "ريم", which every text then had as LOC; "رياض", an alternate name of Riyadh
#     and a common given name, out of the capitals by the towns' given-name rule. CV
#     5,941/5,907/5,946 of 7,123/7,138/7,171 (-15/-30/+11 correct). The two names occur twice
#     in the data; the fold-by-fold diff of seed 11 changes all over the folds, so this is the
#     perceptron's churn after a change of its training features, not these names. Kept: a
#     listed common given name as a place is a bug users see at once.
#     After a place head ("منطقة", "مدينة"), a word with a pronoun suffix (as the segmenter
#     cuts it) or a frequent verb form (Zipf >= 3) is no unlisted place ("منطقة يقطنها
#     الآلاف" had given LOC "يقطنها"): 5,940/5,906 of 7,117/7,132 on seeds 7/11 (-1 correct,
#     -6 predicted each), kept.
#     Diseases named like persons ("كورونا" is a surname in the Wikidata list; "كوفيد",
#     "إيبولا", "أوميكرون" ...) are no one-word person, and "جائحة"/"وباء" are thing heads;
#     the plane heads of that list had been written unfolded ("طائره" for the folded
#     "طايره") and never matched: CV 5,940/5,906 of 7,115/7,130 (-2 predicted each), kept.
#     A person never ends on a European name particle ("دا", "دي", "فون", "فان", "لا" ...):
#     the next word without a clitic joins it ("لولا دا" + "سيلفا" had been two persons):
#     5,942/5,906 of 7,115/7,130 (+2/+0 correct), kept.
#     Nor on "العبد" after a first name ("محمد العبد العالي" had ended on it): CV unchanged.
#     After merging both passes and retraining the model: CV 5,960/5,935/5,953 of
#     7,164/7,142/7,161. The retrained tagger opened a second person inside "وكريستيانو
#     رونالدو": a one-word person of the tagger that is a listed name word, right before
#     another whose first word has no clitic, now joins it: -3/-3/-1 correct (5,957/5,932/
#     5,952); the losses were second names that begin with an unstripped و ("بوفون وغانلوكا
#     زامبروتا", "دينغ وينتظره"), so not before a word that begins with و or ف: 5,959/5,934/
#     5,954 of 7,163/7,140/7,160 (-1/-1/+1), kept for the split names users see.
#     An organisation ending on a royal title right before a person is named after that
#     person ("جامعة الملك" + "سعود" had been ORG + PER; ANERcorp marks "جامعة السلطان
#     قابوس" whole): CV unchanged on seeds 7/11, kept.
#   - QA pass on false places (CV 5,959/5,934/5,955 correct of 7,163/7,140/7,159 predicted
#     over seeds 7/11/23 at its start, LOC P 0.911/0.912/0.914). Words that a place's
#     neighbours show to be ordinary: after an indefinite place head, an agreeing adjective
#     is no unlisted place (a nisba "-ية", or "-ي" of a dictionary word: "نهر موسمي"; a word
#     of Zipf >= 3 in a participle or فعيلة pattern ending in teh marbuta: "مدينة مقدسة",
#     "منطقة جافة"; the first try took any such word and lost "منطقة خزاعة"); "مسقط رأس"
#     (birthplace) is no Muscat; a dictionary verb form right after a particle only a verb
#     follows ("التي تدمر", "لم", "قد", "سوف") is no place: same model, 5,959 of 7,157 on seed
#     7 (-6 predicted, all wrong ones), kept. Country list: a state's long form after an
#     indefinite head out ("جمهورية الصين الشعبية", "مملكة السويد": ANERcorp leaves the head
#     outside, "جمهورية الصين" -> LOC الصين), and "الجمهورية/المملكة + one nisba" out
#     ("الجمهورية اللبنانية": O 4 times in 5 in the data, a description like the nisba
#     alone); 144 names. With the rules, model retrained: 5,935/5,918/5,945 of
#     7,121/7,093/7,165 (-24/-16/-10 correct; LOC P 0.918/0.915/0.916, LOC tp -4/-13/+3,
#     the rest the tagger's PER churn after a change of its features). With the nisba
#     descriptions alone (11 names) 5,922 of 7,096 on seed 7: the churn is not the long
#     forms'. Kept for LOC precision and the convention of heads outside names. Model
#     retrained; honest dev 0.775/0.763/0.772 over seeds 7/11/23 (LOC P 0.849/0.841/0.849):
#     no dev change. The retrained tagger tagged "مدينة صناعية" and "#كورونا_السعودية"
#     whole: the adjective test also drops the tagger's one-word place after a head (no
#     article: "حي الجمالية" is a name), and a disease begins no place or organisation:
#     CV seed 7 5,933 of 7,117 against 5,935 of 7,121, kept.
#   - Session 12, found reading our own articles, each checked on CV seed 7 (same model unless
#     said): a spokesperson's name stops at a dictionary noun, a news agency runs to
#     "للأنباء", dictionary words in no name list make no multi-word person (-2 wrong, 0
#     correct lost; with "not in the strong list" instead of "in no list" -5 correct:
#     "أحمدي نجاد"), a university/institute named after a person is one ORG (+2), a listed
#     ministry takes its nisba (0; with every strong head -7: "حزب الله اللبناني" is ORG
#     without it in ANERcorp), a lone first name + an unlisted "ال...ي" family name no
#     dictionary has (+2; any listed word after it -4: "فرويد الابن"). Titles: the Maghreb's
#     "الوزير الأول", "رئيس الحكومة" (retrained: -8 correct, -20 predicted, churn), kin
#     honorifics "الأخ/الأخت"; a model mention inside a title of two words ("آية الله") is
#     dropped. Merged with the list changes above and retrained: 5,971 of 7,134, F1 0.787.
#   - QA pass on clubs named after places and facilities named after people (CV seed 7 5,971
#     of 7,134 at its start; rules only, same model). What the training part does, counted:
#     clubs named after cities are ORG ("مانشستر يونايتد" 10 times, "برشلونة", "ليفربول",
#     "إنتر ميلان", "هرتا برلين", "المغرب الفاسي", "حسنية أكادير", "الوداد البيضاوي"), a venue
#     LOC ("ملعب برشلونة", "في برلين"), countries in a match LOC (the national team), and one
#     "مدرب روما" LOC. Rule: a one-word place of the city list (not the country list, which has
#     the capitals: of those only "روما") in a clear sports context (`club_context`: a club's
#     head before it, a match verb next to it, another club across على/مع/أمام) is ORG, and a
#     city or the tagger's one-word name with "سيتي"/"يونايتد" after it or "إنتر"/"ريال"/
#     "أتلتيكو"/"دينامو"/"سبارتاك" before it, a football word near, is the club ("أورلاندو
#     سيتي" had been PER, "إنتر ميامي" LOC "ميامي"): +1 correct ("فريق ميلان"), -1 ("مدرب
#     روما"). Facilities: ANERcorp marks a person's name after an airport MISC without the head
#     3 times in 3 ("مطار جون كنيدي", "مطار محمد الخامس"), after a stadium MISC once and PER
#     once, after a hospital ORG once ("مستشفى الملك فيصل") and LOC once, every named street LOC
#     without the head ("شارع المنارة"), after a mosque PER twice (one story) though mosques'
#     other names are ORG 17 times, after a school PER once. So a person (tagger or rule) right
#     after an airport's or stadium's head (or the head and a one-word place: "مطار بيروت رفيق
#     الحريري") is MISC, after a hospital's ORG, after a street's, square's or bridge's LOC, the
#     head and an adjective the tagger took in ("الدولي") outside, and a listed name word before
#     the tagger's place after such a head joins it ("شارع الحبيب" + "بورقيبة"); mosques and
#     schools left alone (the data's two PER would be lost). +3 correct ("مطار جون كنيدي",
#     "مطار حيدر علييف", "شارع تيان تشنغ"). Both: 5,974 of 7,134 (F1 0.788); seed 11 5,926
#     of 7,090 against 5,924. A royal title between the head and the person inside the name
#     ("مستشفى الملك فيصل": ORG "الملك فيصل", as the data has it; "مطار الملك خالد" had given
#     PER "خالد"; "الملكة" added to the royal titles): 5,975 of 7,134 (+1); seed 11 5,927 of 7,090.
#   - Session 13, long texts (rules and inference only, same model; sentence CV unchanged at
#     5,975 of 7,134, the sentences having no line breaks). Read on AQMAR's development
#     articles (every article but each 4th, which stays the cross-genre check) passed whole,
#     one text per article: one sense per text spread one wrong guess of the tagger over a
#     whole article ("لينكس" ORG 63 times; the tagger had it as a person, a place and an
#     organisation in turn), and a person ran across a line break ("يحيى" + the next line's
#     "جامع"). Now a one-word place or organisation counts elsewhere only when every one-word
#     mention of the word has its label, and the tagger reads each line alone (as it learnt
#     from single sentences; a line without a final period gets the added period). DOC=30 CV
#     over seeds 7/11/23: 6,125/6,078/6,104 correct of 7,346/7,296/7,350 predicted against
#     6,137/6,079/6,105 of 7,369/7,321/7,371 (F1 0.797/0.793/0.794 against 0.797/0.792/0.793:
#     precision up, recall the same); AQMAR development articles passed whole, PER/LOC/ORG
#     F1 0.571 -> 0.592 (1,313 correct of 2,087 predicted against 1,284 of 2,154).
#     Then a nisba surname found again right after a defined noun (not a title, the nisba
#     without a clitic) is the noun's adjective: "المطبخ الدمشقي", "بالصابون الحلبي" had been
#     persons after "سليم الدمشقي". DOC=30 seeds 7/11/23: 6,125/6,078/6,104 of 7,343/7,293/
#     7,347 (-3 predicted each, the same correct); sentence CV 5,975 of 7,133; AQMAR whole
#     articles PER 533 of 818 predicted (was of 824).
#   - QA pass on sport, health, technology, culture, courts, education, energy and Gulf/
#     Maghreb/Sudan/Yemen/Libya news (2026-11-27; CV 5,975/5,927/5,957 correct of 7,134/7,090/
#     7,140 over seeds 7/11/23 at its start; rules and lists only, same model). Kept, each on
#     seed 7: a street's or square's head + a defined noun is LOC without the head ("ميدان
#     التحرير", "ساحة الشهداء", "شارع الحمرا"; not "ساحة المعركة", "ميدان الإعلام", "ساحة
#     الجامعة": a closed list), the tagger's "ميدان الحسين" loses its head, and an adjective
#     after such a head is no place ("شارع جانبي"): +1 correct, +1 predicted. The place
#     before the person in an airport's name is inside its MISC ("مطار بيروت رفيق الحريري");
#     a prize named after a person is MISC without the head with a royal title before it or
#     its field after it ("جائزة الشيخ زايد للكتاب", "جائزة نجيب محفوظ للأدب"; ANERcorp's
#     "جائزة زيدان" PER and "جائزة مبارك" O have neither): unchanged. "مدريد" and "باريس"
#     as clubs alone in a clear sports context, as "روما" (masculine verbs only: "فازت باريس
#     بتنظيم" is the city; not after "مباراة"/"ديربي"), and a match's other club of several
#     words ("باريس سان جيرمان" + "على مرسيليا"): unchanged (no such club in the data). A rare
#     person-name word that is a clitic + an ordinary word ("بكأس") asks the segmenter for its
#     span: unchanged. A one-word MISC list name over the tagger's one-word person ("آيفون"):
#     +2 correct; 9 products added to the list: unchanged. "السعودية" after a defined word
#     that is no place, no clitic on it ("الحكومة السعودية"): -3 predicted, the same correct
#     (with "بالسعودية" too: -2 correct). A spokesperson's title with a nisba ("المتحدث
#     العسكري باسم"), and the name over a dictionary word before "إن" or punctuation ("يحيى
#     سريع إن"): unchanged. A person never begins on the preposition spelled "على": unchanged.
#     The tagger's one-word place that is the nisba of a listed place ("الكولومبية"): -1
#     predicted. A hotel's head before a person ("فندق ريتز كارلتون": ORG): unchanged. A name
#     word + a European particle before a person ("نيمار دا سيلفا"): unchanged. At the end:
#     5,978/5,929/5,960 of 7,131/7,088/7,137 (+3/+2/+3 correct, -3/-2/-3 predicted), F1
#     0.789/0.784/0.786, LOC P 0.920/0.919/0.919. DID NOT HELP: "علي" after a person before a
#     punctuation mark joined to it (the tagger already does it): dropped.
#     Not changed: "كريم بنزيمة" gives "كريم" (an unknown surname after an untitled first
#     name; tried before and dropped); "محمد حمدان دقلو" ends before "دقلو"; "شركة قطر للطاقة"
#     gives ORG "شركة قطر" (fixed the session after); "مكتبة الإسكندرية", "شرطة دبي" give LOC (as ANERcorp marks "شرطة
#     دبي"); "البنت دي سارة" gives PER "دي سارة"; "شيكابالا" MISC; cups ("كأس العالم") are
#     marked unevenly in the data and left to the tagger; the dates module reads "آيفون 16
#     الشهر المقبل" as DATE "16 الشهر المقبل".
#   - Session 14 (CV 5,978/5,929/5,960 of 7,130/7,087/7,137 at its start). The tagger's
#     person starting right after a one-word place head (not "ولاية", a term of office, nor
#     "العاصمة") is the place ("بلدة حمدان"; ANERcorp has a person there once in 150, a
#     prophet's town): 5,981/5,930/5,963, the same predicted. An organisation begun by a
#     company's, bank's, institute's, foundation's, fund's or agency's head runs on over the
#     word after it that is "لل" + a field of a closed list ("شركة قطر للطاقة", "بنك قطر
#     للتنمية"; not a purpose: "للحصول"), a university's too, and a second field after "و"
#     ("للعلوم والتكنولوجيا"): unchanged on every seed (the data's such names come from the
#     list or the tagger already). DID NOT HELP: religious, scholarly and business roles as
#     titles ("المرجع", "المفتي", "العلامة", "الملياردير"; they are a tagger feature): -35/+15/
#     -24 correct over seeds with ten of them, -6/-16/+8 with eighteen: dropped.
#   - QA pass on classical text and social media (CV seed 7): a URL or an e-mail address is one
#     opaque token of the entity stream, as for the tokenizer ("https://…/wiki/القاهرة" had
#     given LOC "القاهرة", a percent-encoded path PER "https"), and the ornate parentheses ﴿ ﴾
#     are punctuation ("الرحيم ﴿" had ended a person): unchanged, 5,978 of 7,130.
#   - Session 15 (CV 5,981/5,930/5,963 of 7,130/7,087/7,137 at its start; rules only, same
#     features). A listed one-word place glued to "و" right before or after a place is one too
#     ("الحديدة وتعز"; not a common word, "وصور"): 5,986/5,936/5,968 (+5/+6/+5 correct for
#     +6/+7/+6 predicted). Unchanged on every seed, kept for the text users bring: the
#     tagger's "البنك المركزي" + a second nisba, a club after a match verb + على/مع ("يفوز على
#     النصر"), no person ending on a venue's loanword ("المملكة أرينا") or holding a dialect
#     verb ("ميسي جاب جول"), and "للمنظمة" + a name word before a person joining that person.
#     "جنوب أفريقيا" as one place, the country, by a rule (not the list: -8/-34/-5 as a
#     tagger feature, above), except after another direction ("شرق ووسط وجنوب"): +3/-3 on
#     seed 7 (the data marks it both ways), kept: South Africa is no "أفريقيا".
#     A listed place glued to "و" that is also "و" + a listed place, right after a place, is
#     cut there ("الرياض وجدة": Riyadh and Jeddah, not Oujda), model retrained: 5,982/5,950/
#     5,967 against 5,988/5,942/5,970 (-6/+8/-3: the retrained tagger's churn), kept.
#     DID NOT HELP: spellings of foreign city and capital names with one long vowel more or
#     fewer attested by wordfreq (32 names of six letters or more, rarer than the listed one:
#     "جوهانسبورغ", "كراكاس", "مانشيستر") added to the city list, a tagger feature:
#     5,955/5,933/5,960 (-31/-3/-8 correct, LOC P 0.915 on seed 7): the retrained tagger's
#     churn outweighs the few names the data has; dropped.
#   - Session 16 (CV 5,982/5,950/5,967 of 7,124/7,103/7,142 at its start; rules and hand
#     lists, same model). Read off our own news paragraphs, unchanged or +1 on every seed and
#     kept for the text users bring: a listed name that is also an ordinary word after a title
#     and before a name word ("الوزيرة نادية فتاح"), a post in construct cutting the tagger's
#     person ("فرنسيس شيخ الأزهر أحمد الطيب"), an ordinary noun before a listed place ("ريف
#     إدلب": first try -1 correct on "سفير كراكاس بدمشق", hence no clitic on the place), the
#     nisba after a currency, "بو" as a name link, verbs of naming, God at a person's start.
#     A listed GeoNames town after a preposition of place is the place: with any city-list
#     word +12/+14/+9 correct for +40/+42/+37 predicted (LOC P 0.919 -> 0.913: the list has
#     "سنة", "الحي", "جامعة"); with no word of the dictionary (article on or off) +4/+7/+7 for
#     +9/+12/+12, LOC P 0.918/0.917/0.917: kept (5,987/5,958/5,975).
#   - Session 18 (CV 5,987/5,959 on seeds 7/11 at its start; rules only, same model): a verb
#     with the future prefix (س + a hunspell-ar verb, the whole word in wordfreq) ends a person
#     ("رايس ستسعى"): +1 correct on seed 7 (the first try, without the wordfreq test, cut
#     "سعد سيروب"); the article + any dictionary word as well ("خاتمي الإصلاحي"): -14 correct,
#     those are surnames ("توفيق الحكيم", "سعود الفيصل", "ناصر الشاعر"): dropped. A listed
#     city of several words after a preposition of place even when its words are ordinary
#     ("في رأس الخيمة"), one with the article whose word is a given name ("في الخليل"), the
#     one a verb of naming follows ("شابا يدعى"), a product's Latin letter names before a
#     number ("إيجي إكس 30"): unchanged. A kinship noun ends a person ("سوزان مبارك قرينة
#     الرئيس"): unchanged (the data marks "سوزان" alone there); a title after the name as
#     well ("السكرتير"): -2 correct ("ناصر الشاعر": poet and surname), dropped. "الجزيرة
#     العربية" is the Arabian Peninsula, never the channel "الجزيرة" (ORG, or a LOC "الجزيرة")
#     and a word after it: the fold models had given ORG "الجزيرة" 8 times on every seed:
#     5,996/5,968/5,984 over seeds 7/11/23 (+8/+8/+8 correct, the same predicted).
#     "تسونامي" in the MISC list (an event, as ANERcorp marks it 6 times in 7; the fold models
#     took it for a person): 6,004/5,976/5,992 (+8 each; read off the CV misses, like the
#     hand lists' categories before it).
#     The country variants' medial vowel drop with و too ("أوربا", "بورتريكو", "الأورغواي"; 3
#     names, so the tagger's features change): 5,985/5,977/5,999 against 6,004/5,976/5,992
#     (the retrained folds' churn, -11 in all): not taken.
#     After a place head, a word in "-ية" is an agreeing adjective only when the word lists
#     know it (a dictionary word, Zipf >= 3, or the dictionary's stem + "-ية"): "مدينة مليلية"
#     had given nothing. 6,005/5,978/5,993 (+1/+2/+1 correct, as many predicted), kept.
#     After a title, a rare word in no list and no dictionary (no clitic, article or pronoun)
#     before a name word is the first name ("الكاتبة العمانية جوخة الحارثي"; without the
#     pronoun test "وزير خارجيتها" gave a person): unchanged. A person-name word behind a "و"
#     that the segmenter keeps whole keeps the "و" in the span ("وليام روتو" had been "ليام
#     روتو"): unchanged (scored by corpus tokens).
#   - Session 19 (CV 6,005/5,978/5,993 of 7,131 on seed 7 at its start). The city-list rule
#     after a preposition of place had asked for no dictionary word, but hunspell-ar lists
#     many towns among its nouns ("تعز", "حلب", and "دمام" behind "الدمام"), so "وقع انفجار
#     في تعز" gave nothing. A one-word listed city is now a name there when wordfreq shows it
#     used as one: an ordinary noun is about as frequent with the article as without
#     ("الخبر"/"خبر", "العقبة"/"عقبة": kept out), a name keeps to one form ("الدمام" 4.2
#     against "دمام" 2.0; "تعز" 4.4 with no "التعز"); not a strong name word, a word the
#     segmenter ends with a pronoun ("ربك", "جده"), nor a bare word in construct with a
#     defined word or a place ("إلى سدة الحكم", "في رالي تركيا"; a word of time is no
#     construct: "في تعز اليوم"); after "من" not a verb or a rare name word either ("من
#     ينقل", "من حولي"). 6,012/5,985/5,996 of 7,138 (+7/+7/+3 correct, +7 predicted on seed
#     7, none of them wrong). Hand places (القرم، دونباس، هرجيسا، قرطاج ...; the hand list is
#     a feature, so the folds were retrained): 6,018/6,005/5,992 of 7,117 on seed 7. A line's
#     first tag, when the tagger gives an inside tag there, begins a name, and the joins of
#     adjacent mentions stop at a line break (the retrained model had joined "يحيى" and the
#     next line's "جامع"); a person at a handle's start takes in the handle's later words
#     ("@خالد_عبدالله_العتيبي"): unchanged in CV; DOC=30 0.803 on seed 7. Honest dev
#     0.770/0.768/0.768 over seeds 7/11/23 (716 of 891 on seed 7, LOC P 0.853), against
#     0.774/0.768/0.769 before: within the split's noise.
#     The nisba of a listed place right after a title of office is no person ("الرئيس التونسي
#     قيس سعيد" had given PER "التونسي" too; not after a cleric's title: "الإمام الخميني",
#     "الشيخ الخراساني", -2 correct on every seed without that exception): unchanged. The
#     Gulf's "أبي" (I want) at a sentence's start before no strong name word begins no person
#     ("أبي شي بارد" had been one): unchanged. "شي" (thing) as a dialect common word, a tagger
#     feature: 5,994/5,978/6,004 against 6,018/6,005/5,992 (retraining churn, -39 in all):
#     not taken.
#     A quoted work's title after its kind with a possessive pronoun ("روايتها «...»",
#     "قصيدته", "فيلمي" the two films): +1/+1/+1 correct, +2/+2/+2 predicted (the other new
#     ones are titles the data leaves unmarked: "قصيدته «هوامش على دفتر النكسة»"), kept.
#     A place in quotes after "لـ" with a verb of saying or an interview word just before is
#     the paper spoken to ("قالت مصادر لـ«الشرق الأوسط»"): -1/-1/-1 correct, the same
#     predicted: the one sentence of the data with it marks the paper LOC ("وكشف بيرت لـ «
#     الشرق الاوسط »"), an annotation slip; kept for the text users bring.
#     "شو", "وين", "فين" at a sentence's start like "أبي" ("شو رأيك"): unchanged. A defined body
#     head + one to three institutional adjectives (a closed list, or a place's nisba) + a
#     "لل" field (+ its nisbas, + one more field) is one organisation ("الهيئة العليا المستقلة
#     للانتخابات", "المؤسسة الوطنية للنفط"; a field the stripper keeps whole counts too,
#     "للأمن"): 6,028/6,015/5,999 of 7,137/7,160/7,173 against 6,022/6,009/5,993 of
#     7,123/7,146/7,159 (+6 correct, +14 predicted on every seed: the rest are bodies the data
#     leaves unmarked, "الاتحاد المصري للمصارعة", "المؤسسة العامة للسينما"); any defined
#     adjective instead of the list took "الإدارة الحقيقية للحكم" too. Kept. ("عادل إمام" in
#     the people list, from the QA pass, is +4 of the 6,022 on seed 7.)
#     A neighbourhood's, town's or camp's head ("حي", "مدينة", "بلدة", "قرية", "ضاحية", "مخيم")
#     before a titled person makes the place ("حي الشيخ جراح" had given PER "جراح"; the
#     heads' length test had excluded two-letter "حي"): 6,027/6,014/5,998 (-1 correct, -1
#     predicted on each seed: "حى مجاور لنجيب محفوظ"), kept.
#     "مخيم" (camp) as a LOC trigger, a tagger feature ("مخيم اليرموك" is missed): 5,994/6,002/
#     6,005 against 6,027/6,014/5,998 (retraining churn, -38 in all): not taken.
#   - Session 20, from a QA pass of our own news sentences. Rules (no feature): a camp's name
#     after "مخيم" is a place when it reads as a name ("مخيم الزعتري"; not "مخيم المدينة"); a
#     business group's head + a transliterated word is one ORG ("مجموعة سينوبك"); "بورصة" before
#     an organisation is the exchange (not Bursa); "علي" with its dots after a title is the
#     first name ("المرجع علي السيستاني"); a greeting is no mention of any label; a listed
#     first name the tagger made a place of its own joins the place after it ("شارع الحبيب
#     بورقيبة"); a one-word person or place that is a verb before a title or a subject is the
#     verb ("أشرف الوزير الأول"): CV 6,027/6,015/5,999 on the old model, then -2 predicted on
#     each seed. Lists (the vocabulary steers the clitic stripper, so each retrains the tagger):
#     titles "المرجع" (+ "الديني", "الأعلى"), militia heads as ORG triggers, "فولكس فاجن"
#     spellings, tournaments named by no place as MISC ("كأس العالم", "كأس الأمم الأفريقية";
#     with a place, ANERcorp marks the place: "كأس آسيا", so those are left out, having cost
#     -14 on seed 7): 5,998/6,005/6,011 against 6,027/6,015/5,999 (retraining churn, -27 in
#     all, titles + org names alone -7, + triggers -15), honest dev 0.775/0.773/0.770 against
#     0.770/0.768/0.768; kept for what users see.
#     Then, rules only: a storm's name is no place ("عاصفة دانيال"); a defined body's name
#     takes in the part of it the tagger found ("الهيئة العامة للأرصاد الجوية"); a dotted "علي"
#     after a person before a preposition, punctuation or the end ends the name ("حاتم علي في
#     القاهرة"): 5,998/6,005/6,011, unchanged.
#     Arabic presentation forms folded to their letters ("ﺍﻟﻘﺎﻫﺮﺓ"; ANERcorp has four tokens with
#     a lam-alef ligature, "اﻹنجليزية", now read as their words), model retrained: 6,005/5,997/
#     5,998 (retraining churn, -14 in all), honest dev 0.777/0.768/0.776 against 0.775/0.773/
#     0.770. With it, rules for what the churn moved and what users write: a listed one-word
#     person the tagger took as MISC or ORG is the person ("التقى (ماكرون) و(بايدن)": +1 on each
#     seed), a militia's head + a name is one ORG, a body named after a ruler keeps the regnal
#     number ("جامعة محمد الخامس"): unchanged.
#     A facility's head (airport, stadium, hotel, hospital, street, square) + a word that reads
#     as a name (the city test: no ordinary word by wordfreq's article/bare counts) gives the
#     name without its head ("ساحة كهرمانة", "مطار هيثرو"): 6,008/6,000/6,001 (+3 correct, +3
#     or +4 predicted on each seed), kept. An ordinary defined noun the tagger made a place
#     before a non-place nisba is none ("بالقصر الملكي"): -1 predicted on seed 11.
#     "صندوق" among the heads that make a body with a defined noun and a nisba or institutional
#     adjective ("صندوق الاستثمارات العامة"): +1 predicted on each seed ("صندوق الطبيعة العالمي",
#     WWF, which the data leaves unmarked); a pronoun of three letters or more starts no name
#     ("أنا تعبان"; not "لي", Li): unchanged. Kept.
#     After a title, the place or body it is of (and its head word) comes before the name, which
#     may then be two words no list has ("رئيس إقليم كردستان نيجيرفان بارزاني") or join the
#     tagger's person after it ("لحلف الناتو ينس ستولتنبرغ"); an ordinal after a title is no
#     name ("الخليفة الثالث"): -1 predicted on each seed, the same correct. Kept.
#     A number word or a dual noun (the numbers module's test) that no strong name list has is
#     no one-word person ("مائتي", "صاروخان", "رئيسيتين"): -3/-1/-1 predicted, the same correct.
#     TRIED AND DROPPED: a defined nisba of a dictionary noun, no strong name word, as no one-word
#     person ("الإمبراطوري"): -9/-8/-9 correct ("المالكي", from "مالك", is a surname).
#   - Session 22. People of the 1980s-2010s news in the hand list (its words enter the clitic
#     stripper's vocabulary, so the tagger retrains): 6,042/6,024/6,037 against 6,010/6,004/
#     6,004. Rules: the speaker between a verb of saying and "أن" (+3/+3/+2); vowel variants
#     of country and capital names, a gazetteer feature ("كراكاس", "الدانمارك"): 6,033/6,028/
#     6,053 (churn); a dateline's place (+2/+2/+2); the similative ك cut only where the whole
#     word is rarer ("كلية" had been ك + "ليه"; churn) and a transliterated name after the
#     head of a body: 6,031/6,038/6,042; a transliterated first name before a person
#     (+11/+8/+9, the same predicted); a person ends before a verb or a kinship noun with a
#     pronoun (+2/+1/+1; with any verb -6/-7/-8). Then 6,044/6,047/6,052 of 7,176/7,184/7,232;
#     honest dev 0.777/0.776/0.779 against 0.776/0.767/0.775. model.bin retrained (md5
#     62cd2c7f...).
#   - Session 23. An ordinary word is no clitic + a place ("بنوك", "بداخله"), after "العاصمة"
#     a word in use is no capital: 6,086 of 7,225 (seed 7) against 6,065 of 7,203; a
#     championship is an event with its head ("بطولة كأس العالم لكرة القدم"): 6,105/6,106/
#     6,090 (seeds 7/11/23); a person ends before an inflected verb ("اشتهرت"): 6,108 of
#     7,232, F1 0.800 (seed 7). Honest dev seed 7: 0.781 (730 of 900, gold 969). model.bin
#     NOT retrained: a retrain on the new stripper (md5 960e36cc...) changed three tests'
#     model-made mentions and there was no time left to review them; the shipped model is
#     still 62cd2c7f...
#   - Session 24. model.bin retrained on session 23's stripper (md5 960e36cc..., CV unchanged:
#     6,108 of 7,232 on seed 7), with the rules its mentions called for (the tagger's own
#     "مونديال" takes the year; a dotted "علي" before a noun that "على" governs in set phrases,
#     "هامش", "خلفية", ends no name; a one-word person of the rare name list joins the person
#     after it, "تيدروس" + "أدهانوم غيبريسوس"): each CV-neutral. Known miss of this model: "الصبر
#     مفتاح الفرج" gives a person ("مفتاح" is a Libyan first name). A dateline place behind a cut
#     clitic ("بانغي (رويترز)"): neutral. 32 capitals by CLDR's exemplar cities ("بوينوس أيرس",
#     "كوناكري"; retrained, md5 ccc37f06...): 6,095/6,101/6,105 against 6,108/6,107/6,091 over
#     seeds 7/11/23 (churn). A person of the tagger ends before a product's kind ("آبل هاتف
#     آيفون 16"): neutral. An aircraft is its maker and model number ("بوينغ 737", MISC):
#     +3/+3/+3, 6,098/6,104/6,108. Honest dev 0.779/0.780/0.777 over seeds 7/11/23 (726/723/725
#     of 894/886/898, gold 969; seed 7 unchanged by the aircraft rule). DID NOT HELP (dropped): a one-word place of the tagger in no list
#     that is a dictionary word in use (Zipf >= 3; "جوهر", "كريمة") -1 correct, -5 predicted;
#     the frequency bands of a word with and without the article as a tagger feature (names
#     from abroad never take it) 0.799 against 0.800 (PER +17, ORG -7, MISC -2, +41
#     predicted); the ب/ل/و cut that leaves a rare name word undone in the stripper where the
#     whole word is more used (-17 correct: the same undone in the span only is neutral, kept);
#     honorific titles ("مولاي", "كابتن", "معالي", "فخامة", "سماحة" ...; ANERcorp leaves
#     "مولاي" and "كابتن" outside the name) -4/-16/-18, with eight more -3.7 on average;
#     5 averaged runs instead of 3: 6,085 against 6,095.
#   - Session 25. Hand places: "بانغي" (the news's Bangui; CLDR "بانغوي"), "أفريقيا الوسطى" and
#     "الدومينيكان" (CLDR names them only after "جمهورية", whose long forms the generator drops),
#     "آسيا الوسطى" (ANERcorp marks it whole); model retrained (md5 8914e4f9...): 6,102/6,105/
#     6,085 over seeds 7/11/23 against 6,098/6,104/6,108 (churn: "بانغي" is in no sentence, the
#     model is byte-identical with it alone). An event word behind a glued clitic ("لمونديال
#     2030", kept whole by the stripper) is the event, and one before a place the place's
#     ("مونديال ألمانيا", O 7 times in 7): 6,102 of 7,223 on seed 7 (was 6,102 of 7,228).
#     Honest dev 0.775/0.778/0.781 (seed 7: 726 of 905), against 0.779/0.780/0.777.
#     Read off the CV misses, not taken: peoples and sects as ORG (ANERcorp: "الشيعة" ORG 8, O 3;
#     "الأكراد" ORG 4, O 3; "البربر" O 3; "السنة" is also "the year"), and names in Latin letters
#     (105 Latin tokens in the whole file): too few and too inconsistent for a rule.
#     A listed organisation of one word that the tagger took as a person is the organisation
#     ("أطلقت آبل هاتف آيفون"; first tried only for words of no strong person-name list, which
#     changed nothing: "أبل" is one): 6,104/6,106/6,087 of 7,223/7,229/7,245 (+2/+1/+2
#     correct, the same predicted), kept.
#   - Earlier session, on a single tuning slice: affixes, AQMAR, more epochs looked better there
#     but scored 0.732 on dev against 0.752; hence cross-validation now.
#
# The features are computed by the library itself (src/entities/model.rs), so training and
# inference cannot drift apart.
set -e
cd "$(dirname "$0")/.."
cargo test --release --features train --test entities_train -- --ignored --nocapture
