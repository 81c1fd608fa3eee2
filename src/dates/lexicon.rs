//! The date vocabulary: month names (Gregorian transliterations, Levantine/Iraqi and Hijri),
//! weekdays, relative days, units, tense words, parts of the day, era markers and connectors.
//!
//! Every key is in the folded form made by [`super::scan::fold`] (no diacritics or tatweel,
//! أإآٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي) and without clitics.

use std::sync::OnceLock;

type Map = crate::hash::WordMap<&'static str, W>;

use super::Grain;

/// A part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pod {
    /// فجر
    Dawn,
    /// صباح، الصبح، قبل الظهر
    Morning,
    /// ظهر، ظهيرة
    Noon,
    /// بعد الظهر
    Afternoon,
    /// عصر، بعد العصر، قبل المغرب
    Asr,
    /// مساء، بعد المغرب
    Evening,
    /// عشاء، ليل، ليلة
    Night,
}

impl Pod {
    /// The 24-hour clock hour for a 12-hour clock `h` said in this part of the day.
    pub(crate) fn hour(self, h: u8) -> u8 {
        match self {
            Pod::Dawn | Pod::Morning => h,
            Pod::Noon => {
                if (1..=5).contains(&h) {
                    h + 12
                } else {
                    h
                }
            }
            Pod::Afternoon | Pod::Asr | Pod::Evening => {
                if h < 12 {
                    h + 12
                } else {
                    h
                }
            }
            Pod::Night => match h {
                1..=4 => h,
                12 => 0,
                h if h < 12 => h + 12,
                h => h,
            },
        }
    }

    /// The interval of hours `[start, end)` this part of the day covers (end may be 24).
    pub(crate) fn hours(self) -> (u8, u8) {
        match self {
            Pod::Dawn => (4, 7),
            Pod::Morning => (4, 12),
            Pod::Noon => (12, 14),
            Pod::Afternoon => (12, 18),
            Pod::Asr => (15, 18),
            Pod::Evening | Pod::Night => (18, 24),
        }
    }
}

/// Where inside a period ("منتصف", "أوائل", "أواخر", "بداية", "نهاية").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    /// منتصف، نصف، نص
    Middle,
    /// أوائل (first third, an interval)
    Early,
    /// أواسط (middle third, an interval)
    Mid,
    /// أواخر (last third, an interval)
    Late,
    /// بداية، مطلع، أول
    Begin,
    /// نهاية، ختام
    End,
}

/// Fixed holidays the extractor knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// 1 Shawwal
    EidFitr,
    /// 10 Dhu al-Hijja
    EidAdha,
    /// 1 Muharram
    HijriNewYear,
    /// 12 Rabi al-Awwal
    Mawlid,
    /// 9 Dhu al-Hijja (يوم عرفة، وقفة عرفات)
    Arafa,
    /// 10 Muharram (عاشوراء)
    Ashura,
    /// 27 Rajab (الإسراء والمعراج)
    IsraMiraj,
    /// 25 December
    Christmas,
    /// Western Easter Sunday
    Easter,
    /// 1 January
    NewYear,
}

/// Function words the grammar looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fw {
    In,
    From,
    To,
    Until,
    Between,
    Since,
    Before,
    After,
    Within,
    At,
    About,
    Agreeing,
    Which,
    Except,
    This,
    DateWord,
    And,
    Article,
}

/// What a word means to the date grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum W {
    /// A one-word month: (month, hijri, weak = needs context to be a month).
    Month(u8, bool, bool),
    /// The first word of a two-word month: 0 كانون, 1 تشرين, 2 ربيع, 3 جمادى, 4 ذو/ذي.
    MonthHead(u8),
    /// A weekday, Monday = 0; `true` when it has the article.
    Weekday(u8, bool),
    /// A relative day: 0 today, -1 yesterday, 1 tomorrow.
    RelDay(i8),
    /// Now.
    Now,
    /// A time unit: (grain, count: 1 singular, 2 dual, 0 plural, definite).
    Unit(Grain, u8, bool),
    /// المقبل، القادم، التالي …
    Next,
    /// الماضي، السابق، المنصرم …
    Last,
    /// الحالي، الجاري
    Current,
    /// الأخير
    LastOrd,
    /// A part of the day; `true` when it is an adverb or definite (صباحا، الصباح).
    Pod(Pod),
    /// A position inside a period.
    Pos(Pos),
    /// هـ، هجري
    EraHijri,
    /// م، ميلادي
    EraGregorian,
    /// ربع، ثلث، نصف as minutes.
    Frac(u8),
    /// A decade of a century by its tens digit: التسعينيات، ثمانينات (2–9).
    Decade(u8),
    /// القرن (a century, when a number or الماضي/الحالي follows; "القرن الأفريقي" is a horn).
    Century,
    /// العقد (a decade, when الماضي/المقبل or an ordinal and a century follow; else a contract).
    DecadeWord,
    /// الفصل, the Maghreb's word for a quarter of a year when an ordinal and a year follow
    /// ("الفصل الثالث من 2024"); else a chapter, a school term or a season.
    QuarterWord,
    /// A count of decades (ten years): (count: 1 singular, 2 dual, 0 plural, definite):
    /// "عقدين", "ثلاثة عقود", "العقدين الماضيين". The singular "عقد" is also a contract and
    /// "holding" ("بعد عقد الاجتماع"), so it counts only where nothing else can follow.
    Decades(u8, bool),
    /// A season, from spring (0) to winter (3); `true` with the article (الصيف، صيف).
    Season(u8, bool),
    /// A holiday head word that completes alone (كريسماس).
    Holiday(Holiday),
    /// عيد، رأس، المولد، الإسراء، وقفة
    HolidayHead,
    /// A function word.
    F(Fw),
}

fn build() -> Map {
    use Grain::{Day, Hour, Minute, Second, Week, Year};
    use W::{
        Current, EraGregorian, EraHijri, Frac, HolidayHead, Last, LastOrd, MonthHead, Next, Now,
        RelDay, Unit, Weekday, F,
    };
    let mut m: Map = Map::with_capacity_and_hasher(512, Default::default());
    let months: &[(&str, u8, bool, bool)] = &[
        ("يناير", 1, false, false),
        ("كانون", 0, false, false),
        ("فبراير", 2, false, false),
        ("فبرابر", 2, false, false),
        ("فيفري", 2, false, false),
        ("مارس", 3, false, true),
        ("ابريل", 4, false, false),
        ("افريل", 4, false, false),
        ("مايو", 5, false, false),
        ("ماي", 5, false, true),
        ("يونيو", 6, false, false),
        ("يونيه", 6, false, false),
        ("جوان", 6, false, true),
        ("يوليو", 7, false, false),
        ("يوليه", 7, false, false),
        ("جويليه", 7, false, false),
        ("اغسطس", 8, false, false),
        ("اغسطوس", 8, false, false),
        ("اوت", 8, false, true),
        ("سبتمبر", 9, false, false),
        ("اكتوبر", 10, false, false),
        ("نوفمبر", 11, false, false),
        ("ديسمبر", 12, false, false),
        ("شباط", 2, false, false),
        ("اذار", 3, false, false),
        ("نيسان", 4, false, true),
        ("ايار", 5, false, false),
        ("حزيران", 6, false, false),
        ("تموز", 7, false, false),
        ("اب", 8, false, true),
        ("ايلول", 9, false, false),
        ("يوليوز", 7, false, false),
        ("غشت", 8, false, false),
        ("شتنبر", 9, false, false),
        ("نونبر", 11, false, false),
        ("دجنبر", 12, false, false),
        ("جانفي", 1, false, false),
        ("جويليه", 7, false, false),
        ("محرم", 1, true, true),
        ("صفر", 2, true, true),
        ("رجب", 7, true, true),
        ("شعبان", 8, true, true),
        ("رمضان", 9, true, true),
        ("شوال", 10, true, true),
    ];
    for &(w, n, h, weak) in months {
        if w == "كانون" {
            continue;
        }
        m.insert(w, W::Month(n, h, weak));
    }
    m.insert("كانون", MonthHead(0));
    m.insert("تشرين", MonthHead(1));
    m.insert("ربيع", MonthHead(2));
    m.insert("جمادي", MonthHead(3));
    m.insert("جماد", MonthHead(3));
    m.insert("ذو", MonthHead(4));
    m.insert("ذي", MonthHead(4));
    m.insert("ذا", MonthHead(4));
    let weekdays: &[(&str, u8)] = &[
        ("اثنين", 0),
        ("ثلاثاء", 1),
        ("ثلاثا", 1),
        ("اربعاء", 2),
        ("اربعا", 2),
        ("خميس", 3),
        ("جمعه", 4),
        ("سبت", 5),
        ("احد", 6),
    ];
    for &(w, n) in weekdays {
        m.insert(w, Weekday(n, false));
    }
    for (w, n) in [
        ("الاثنين", 0),
        ("الثلاثاء", 1),
        ("الثلاثا", 1),
        ("الاربعاء", 2),
        ("الاربعا", 2),
        ("الخميس", 3),
        ("الجمعه", 4),
        ("السبت", 5),
        ("الاحد", 6),
    ] {
        m.insert(w, Weekday(n, true));
    }
    for (w, d) in [
        ("اليوم", 0),
        ("امس", -1),
        ("الامس", -1),
        ("البارحه", -1),
        ("بارحه", -1),
        ("امبارح", -1),
        ("مبارح", -1),
        ("غدا", 1),
        ("غد", 1),
        ("الغد", 1),
        ("بكره", 1),
        ("بكرا", 1),
        // the Gulf's "باجر" (tomorrow) and "البارح" (yesterday), the Maghreb's "غدوة"
        // (tomorrow; "غدوة" is the early morning in the classical language, seldom written)
        ("باجر", 1),
        // written with the Persian che for the Gulf's "ch" sound
        ("باچر", 1),
        ("البارح", -1),
        ("غدوه", 1),
        // Egypt's today ("النهارده", "انهارده")
        ("النهارده", 0),
        ("انهارده", 0),
        ("النهاردا", 0),
    ] {
        m.insert(w, RelDay(d));
    }
    for w in ["الان", "حالا", "اللحظه"] {
        m.insert(w, Now);
    }
    let units: &[(&str, Grain, u8, bool)] = &[
        ("يوم", Day, 1, false),
        // the accusative after 11-99 ("قبل 20 عاما", "منذ خمسة عشر يوماً")
        ("يوما", Day, 1, false),
        ("اسبوعا", Week, 1, false),
        ("شهرا", Grain::Month, 1, false),
        ("عاما", Year, 1, false),
        ("ايام", Day, 0, false),
        ("الايام", Day, 0, true),
        ("يومين", Day, 2, false),
        ("يومان", Day, 2, false),
        ("يومي", Day, 2, false),
        ("اليومين", Day, 2, true),
        ("الاسبوعين", Week, 2, true),
        ("الشهرين", Grain::Month, 2, true),
        ("السنتين", Year, 2, true),
        ("العامين", Year, 2, true),
        ("الساعتين", Hour, 2, true),
        ("اسبوع", Week, 1, false),
        ("الاسبوع", Week, 1, true),
        // the Maghreb's week, from the French semaine ("السيمانة الجاية")
        ("سيمانه", Week, 1, false),
        ("السيمانه", Week, 1, true),
        ("اسابيع", Week, 0, false),
        ("الاسابيع", Week, 0, true),
        ("اسبوعين", Week, 2, false),
        ("اسبوعان", Week, 2, false),
        ("شهر", Grain::Month, 1, false),
        ("الشهر", Grain::Month, 1, true),
        ("اشهر", Grain::Month, 0, false),
        ("شهور", Grain::Month, 0, false),
        ("الاشهر", Grain::Month, 0, true),
        ("الشهور", Grain::Month, 0, true),
        ("شهرين", Grain::Month, 2, false),
        ("شهران", Grain::Month, 2, false),
        ("سنه", Year, 1, false),
        ("السنه", Year, 1, true),
        ("عام", Year, 1, false),
        ("العام", Year, 1, true),
        ("سنوات", Year, 0, false),
        ("السنوات", Year, 0, true),
        ("سنين", Year, 0, false),
        ("السنين", Year, 0, true),
        ("اعوام", Year, 0, false),
        ("الاعوام", Year, 0, true),
        ("سنتين", Year, 2, false),
        ("سنتان", Year, 2, false),
        ("سنتي", Year, 2, false),
        ("عامين", Year, 2, false),
        ("عامان", Year, 2, false),
        ("عامي", Year, 2, false),
        ("ساعه", Hour, 1, false),
        ("الساعه", Hour, 1, true),
        ("ساعات", Hour, 0, false),
        ("الساعات", Hour, 0, true),
        ("ساعتين", Hour, 2, false),
        ("ساعتان", Hour, 2, false),
        ("دقيقه", Minute, 1, false),
        ("دقايق", Minute, 0, false),
        ("الدقايق", Minute, 0, true),
        ("دقيقتين", Minute, 2, false),
        ("دقيقتان", Minute, 2, false),
        ("ثوان", Second, 0, false),
        ("ثواني", Second, 0, false),
    ];
    for &(w, g, c, d) in units {
        m.insert(w, Unit(g, c, d));
    }
    for w in [
        "المقبل",
        "المقبله",
        "القادم",
        "القادمه",
        "التالي",
        "التاليه",
        "الجاي",
        "الجايه",
        // Gulf ج → ي: "الأسبوع الياي"
        "الياي",
        "اليايه",
        "الاتي",
        "الاتيه",
        "المقبلين",
        "القادمين",
        "المقبلتين",
        "القادمتين",
    ] {
        m.insert(w, Next);
    }
    for w in [
        "الماضي",
        "الماضيه",
        "الماض",
        "السابق",
        "السابقه",
        "المنصرم",
        "المنصرمه",
        "الفايت_",
        "الفايت",
        "الفايته",
        "الماضيين",
        "الماضيتين",
        "الاخيره",
        "الاخيرين",
    ] {
        m.insert(w, Last);
    }
    for w in ["الحالي", "الحاليه", "الجاري", "الجاريه"] {
        m.insert(w, Current);
    }
    for w in ["الاخير", "اخر"] {
        m.insert(w, LastOrd);
    }
    let pods: &[(&str, self::Pod)] = &[
        ("فجرا", Pod::Dawn),
        ("الفجر", Pod::Dawn),
        ("فجر", Pod::Dawn),
        ("صباحا", Pod::Morning),
        ("صباح", Pod::Morning),
        ("الصباح", Pod::Morning),
        ("الصبح", Pod::Morning),
        ("صبحا", Pod::Morning),
        ("ظهرا", Pod::Noon),
        ("الظهر", Pod::Noon),
        ("ظهر", Pod::Noon),
        ("الظهيره", Pod::Noon),
        ("ظهيره", Pod::Noon),
        ("عصرا", Pod::Asr),
        ("العصر", Pod::Asr),
        ("عصر", Pod::Asr),
        ("مساء", Pod::Evening),
        ("مساءا", Pod::Evening),
        ("المساء", Pod::Evening),
        // the spoken spelling ("بكرة المسا", "الساعة 8 المسا"); not "مسا" alone ("مسا الخير")
        ("المسا", Pod::Evening),
        ("العشاء", Pod::Night),
        ("ليلا", Pod::Night),
        ("الليل", Pod::Night),
        ("ليل", Pod::Night),
        ("ليله", Pod::Night),
        ("الليله", Pod::Night),
    ];
    for &(w, p) in pods {
        m.insert(w, W::Pod(p));
    }
    for (w, p) in [
        ("منتصف", Pos::Middle),
        ("نصف", Pos::Middle),
        ("نص", Pos::Middle),
        ("اوايل", Pos::Early),
        ("اواسط", Pos::Mid),
        ("اواخر", Pos::Late),
        ("بدايه", Pos::Begin),
        ("مطلع", Pos::Begin),
        ("مستهل", Pos::Begin),
        ("نهايه", Pos::End),
        ("ختام", Pos::End),
    ] {
        m.insert(w, W::Pos(p));
    }
    for w in ["ه", "هجري", "هجريه", "الهجري", "الهجريه", "للهجره"] {
        m.insert(w, EraHijri);
    }
    for w in ["م", "ميلادي", "ميلاديه", "الميلادي", "الميلاديه", "للميلاد"]
    {
        m.insert(w, EraGregorian);
    }
    for (w, f) in [
        ("ربع", 15),
        ("ربعا", 15),
        ("ثلث", 20),
        ("ثلثا", 20),
        // the spoken third (Egypt, the Levant: "الساعة 8 وتلت", "إلا تلت", "تلت ساعة"); read
        // only after an hour or before "ساعة" ("تلت ذلك" is "followed that")
        ("تلت", 20),
        ("نصف", 30),
        ("نص", 30),
    ] {
        if !m.contains_key(w) {
            m.insert(w, Frac(f));
        }
    }
    m.insert("النصف", Frac(30));
    m.insert("الربع", Frac(15));
    m.insert("الثلث", Frac(20));
    // "التسعينيات", "تسعينات": the tens word with a plural ending, with or without the article
    let decades: &[(&str, u8)] = &[
        ("عشرينيات", 2),
        ("العشرينيات", 2),
        ("عشرينات", 2),
        ("العشرينات", 2),
        ("ثلاثينيات", 3),
        ("الثلاثينيات", 3),
        ("ثلاثينات", 3),
        ("الثلاثينات", 3),
        ("اربعينيات", 4),
        ("الاربعينيات", 4),
        ("اربعينات", 4),
        ("الاربعينات", 4),
        ("خمسينيات", 5),
        ("الخمسينيات", 5),
        ("خمسينات", 5),
        ("الخمسينات", 5),
        ("ستينيات", 6),
        ("الستينيات", 6),
        ("ستينات", 6),
        ("الستينات", 6),
        ("سبعينيات", 7),
        ("السبعينيات", 7),
        ("سبعينات", 7),
        ("السبعينات", 7),
        ("ثمانينيات", 8),
        ("الثمانينيات", 8),
        ("ثمانينات", 8),
        ("الثمانينات", 8),
        ("تسعينيات", 9),
        ("التسعينيات", 9),
        ("تسعينات", 9),
        ("التسعينات", 9),
    ];
    for (w, c, def) in [
        ("عقد", 1, false),
        ("عقدا", 1, false),
        ("عقدين", 2, false),
        ("عقدان", 2, false),
        ("عقود", 0, false),
        ("العقدين", 2, true),
        ("العقود", 0, true),
    ] {
        m.insert(w, W::Decades(c, def));
    }
    m.insert("القرن", W::Century);
    m.insert("العقد", W::DecadeWord);
    m.insert("الفصل", W::QuarterWord);
    // "ربيع" without the article stays the head of "ربيع الأول"; the season reads it too
    for &(w, k, def) in &[
        ("الربيع", 0, true),
        ("صيف", 1, false),
        ("الصيف", 1, true),
        ("خريف", 2, false),
        ("الخريف", 2, true),
        ("شتاء", 3, false),
        ("الشتاء", 3, true),
    ] {
        m.insert(w, W::Season(k, def));
    }
    for &(w, d) in decades {
        m.insert(w, W::Decade(d));
    }
    m.insert("كريسماس", W::Holiday(self::Holiday::Christmas));
    m.insert("الكريسماس", W::Holiday(self::Holiday::Christmas));
    m.insert("عاشوراء", W::Holiday(self::Holiday::Ashura));
    m.insert("عاشورا", W::Holiday(self::Holiday::Ashura));
    for w in ["عيد", "راس", "المولد", "الاسراء", "وقفه"] {
        m.insert(w, HolidayHead);
    }
    let fws: &[(&str, Fw)] = &[
        ("في", Fw::In),
        ("من", Fw::From),
        ("الي", Fw::To),
        ("لغايه", Fw::To),
        // the spoken "to" of a range: the Gulf's "لين", Egypt's and the Levant's "لحد" ("من 7
        // الصبح لين 2 الظهر"); only between two times, as "لين" is also a name and "soft"
        ("لين", Fw::To),
        ("لحد", Fw::To),
        ("حتي", Fw::Until),
        ("بين", Fw::Between),
        ("منذ", Fw::Since),
        ("قبل", Fw::Before),
        ("بعد", Fw::After),
        // "عقب": after, in the news ("عقب الانتخابات بأسبوع") and the Gulf ("عقب باجر": the
        // day after tomorrow)
        ("عقب", Fw::After),
        ("البعد", Fw::After),
        ("القبل", Fw::Before),
        ("خلال", Fw::Within),
        ("غضون", Fw::Within),
        ("عند", Fw::At),
        // "في تمام الساعة الثامنة": at eight sharp
        ("تمام", Fw::At),
        ("حوالي", Fw::About),
        ("بحدود", Fw::About),
        ("حدود", Fw::About),
        ("قرابه", Fw::About),
        ("نحو", Fw::About),
        ("الموافق", Fw::Agreeing),
        ("الموافقه", Fw::Agreeing),
        ("الذي", Fw::Which),
        ("اللي", Fw::Which),
        ("الا", Fw::Except),
        ("هذا", Fw::This),
        ("هذه", Fw::This),
        ("هاذا", Fw::This),
        ("تاريخ", Fw::DateWord),
        ("و", Fw::And),
        ("ال", Fw::Article),
    ];
    for &(w, f) in fws {
        m.insert(w, F(f));
    }
    m
}

static LEXICON: OnceLock<Map> = OnceLock::new();

/// The last two characters of every word of the lexicon, where both are in the Arabic block.
static ENDS: OnceLock<crate::hash::ArabicPairs> = OnceLock::new();

/// The last two characters of `w`, `None` when it has fewer.
fn last_two(w: &str) -> Option<(char, char)> {
    let mut r = w.chars().rev();
    let b = r.next()?;
    Some((r.next()?, b))
}

/// The meaning of a folded word, if it is date vocabulary.
///
/// The date scanner asks this of every word of a text that may hold a date, and nearly none
/// is vocabulary: a word whose last two letters end no word of the lexicon is turned away by
/// one bit test ([`ENDS`]) before the table is hashed. Exactly the table's answer: a word
/// whose last two are not both Arabic, or that has fewer than two, is looked up.
pub(crate) fn lookup(folded: &str) -> Option<W> {
    let ends = ENDS.get_or_init(|| {
        let mut ends = crate::hash::ArabicPairs::new(false);
        for w in LEXICON.get_or_init(build).keys() {
            if let Some((a, b)) = last_two(w) {
                ends.insert(a, b);
            }
        }
        ends
    });
    if last_two(folded).is_some_and(|(a, b)| ends.contains(a, b) == Some(false)) {
        return None;
    }
    LEXICON.get_or_init(build).get(folded).copied()
}

/// Every folded word of the date vocabulary.
#[cfg(test)]
pub(crate) fn words() -> impl Iterator<Item = &'static str> {
    LEXICON.get_or_init(build).keys().copied()
}

/// Every folded word of the date vocabulary with its meaning.
pub(crate) fn entries() -> impl Iterator<Item = (&'static str, W)> {
    LEXICON.get_or_init(build).iter().map(|(&k, &v)| (k, v))
}

/// The month of a two-word month name: `head` from [`W::MonthHead`], `second` folded.
/// Returns (month, hijri).
pub(crate) fn month_pair(head: u8, second: &str) -> Option<(u8, bool)> {
    let first = matches!(second, "الاول" | "الاولي" | "اول" | "الاوله");
    let second_ = matches!(
        second,
        "الثاني" | "الثانيه" | "الاخر" | "الاخره" | "الاخير" | "الاخيره" | "ثاني"
    );
    match (head, first, second_) {
        (0, true, _) => Some((12, false)),
        (0, _, true) => Some((1, false)),
        (1, true, _) => Some((10, false)),
        (1, _, true) => Some((11, false)),
        (2, true, _) => Some((3, true)),
        (2, _, true) => Some((4, true)),
        (3, true, _) => Some((5, true)),
        (3, _, true) => Some((6, true)),
        (4, _, _) => match second {
            "القعده" => Some((11, true)),
            "الحجه" => Some((12, true)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_end_gate_is_the_table() {
        // every word, and words one letter longer or shorter, with and without the gate
        let table = build();
        let mut words: Vec<String> = vec![String::new(), "a".into(), "ب".into()];
        for k in table.keys() {
            let mut w = (*k).to_string();
            words.push(w.clone());
            words.push(format!("{w}ه"));
            words.push(format!("و{w}"));
            w.pop();
            words.push(w);
        }
        for w in &words {
            assert_eq!(lookup(w), table.get(w.as_str()).copied(), "{w:?}");
        }
    }

    #[test]
    fn every_key_is_folded() {
        let mut buf = String::new();
        for k in build().keys() {
            super::super::scan::fold(k, &mut buf);
            assert_eq!(&buf, k, "lexicon key {k} is not in folded form");
        }
    }
}
