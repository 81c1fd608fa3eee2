//! Table tests for parse_number and extract_numbers, grouped by topic.

use super::*;

fn int(v: i128) -> Value {
    Value::Int(v)
}

fn check_parse(cases: &[(&str, Value)]) {
    for (text, exp) in cases {
        match parse_number(text) {
            Ok(v) => assert_eq!(v, *exp, "parse_number({text:?})"),
            Err(e) => panic!("parse_number({text:?}) failed: {e}"),
        }
    }
}

#[test]
fn parse_digits() {
    check_parse(&[
        ("3500", int(3500)),
        ("٣٥٠٠", int(3500)),
        ("۳۵۰۰", int(3500)),
        ("3,500", int(3500)),
        ("٣٬٥٠٠", int(3500)),
        ("12.5", Value::Float(12.5)),
        ("١٢٫٥", Value::Float(12.5)),
        ("-7", int(-7)),
        ("- 7", int(-7)),
        ("٠", int(0)),
        ("1.0", int(1)),
        (".5", Value::Float(0.5)),
        ("3/4", Value::Float(0.75)),
        ("½", Value::Float(0.5)),
        (" 42 ", int(42)),
        // a whole number with a vulgar fraction glued to it, as extract_numbers reads it
        ("2½", Value::Float(2.5)),
        ("١¾", Value::Float(1.75)),
        ("-1½", Value::Float(-1.5)),
    ]);
}

#[test]
fn parse_keeps_what_running_text_hides() {
    // a phone number or a clock time in running text is no quantity, but a string handed to
    // parse_number is read as the number it spells
    check_parse(&[("0501234567", int(501_234_567)), (&"0".repeat(60), int(0))]);
}

#[test]
fn parse_units_msa() {
    check_parse(&[
        ("صفر", int(0)),
        ("واحد", int(1)),
        ("واحدة", int(1)),
        ("اثنان", int(2)),
        ("اثنين", int(2)),
        ("اثنتان", int(2)),
        ("اثنتين", int(2)),
        ("ثلاثة", int(3)),
        ("ثلاث", int(3)),
        ("أربعة", int(4)),
        ("اربعه", int(4)),
        ("خمس", int(5)),
        ("ستة", int(6)),
        ("سبع", int(7)),
        ("ثمانية", int(8)),
        ("ثماني", int(8)),
        ("ثمان", int(8)),
        ("تسعة", int(9)),
        ("عشرة", int(10)),
        ("عشر", int(10)),
        ("ثَلَاثَةٌ", int(3)),
    ]);
}

#[test]
fn parse_teens_and_tens() {
    check_parse(&[
        ("أحد عشر", int(11)),
        ("إحدى عشرة", int(11)),
        ("احد عشر", int(11)),
        ("اثنا عشر", int(12)),
        ("اثني عشر", int(12)),
        ("اثنتا عشرة", int(12)),
        ("اثنتي عشرة", int(12)),
        ("ثلاثة عشر", int(13)),
        ("ثلاث عشرة", int(13)),
        ("تسعة عشر", int(19)),
        ("عشرون", int(20)),
        ("عشرين", int(20)),
        ("واحد وعشرون", int(21)),
        ("أحد وعشرون", int(21)),
        ("إحدى وعشرين", int(21)),
        ("خمسة و عشرون", int(25)),
        ("تسعة وتسعون", int(99)),
        ("ثمانين", int(80)),
    ]);
}

#[test]
fn parse_hundreds_and_scales() {
    check_parse(&[
        ("مائة", int(100)),
        ("مئة", int(100)),
        ("مائتان", int(200)),
        ("مئتين", int(200)),
        ("ثلاثمائة", int(300)),
        ("ثلاث مائة", int(300)),
        ("ثلاثمئة", int(300)),
        ("مائتان وخمسون", int(250)),
        ("خمسمائة وخمسة وعشرون", int(525)),
        ("مائة وأحد عشر", int(111)),
        ("ألف", int(1000)),
        ("الف", int(1000)),
        ("ألفان", int(2000)),
        ("ألفين", int(2000)),
        ("ثلاثة آلاف", int(3000)),
        ("ثلاثة الاف", int(3000)),
        ("أحد عشر ألفا", int(11000)),
        ("ثلاثة آلاف وخمسمائة", int(3500)),
        ("مائة ألف", int(100_000)),
        ("مليون", int(1_000_000)),
        ("مليونان", int(2_000_000)),
        ("ثلاثة ملايين", int(3_000_000)),
        ("مليار", int(1_000_000_000)),
        ("مليارين", int(2_000_000_000)),
        ("بليون", int(1_000_000_000)),
        ("تريليون", int(1_000_000_000_000)),
        ("مليون و 200 ألف", int(1_200_000)),
        ("مليون ومائتا ألف", int(1_200_000)),
        ("3 آلاف", int(3000)),
        ("2.5 مليون", int(2_500_000)),
        ("١٫٢ مليار", int(1_200_000_000)),
        ("100 الف", int(100_000)),
        ("ألف مليون", int(1_000_000_000)),
        ("مليون وألف", int(1_001_000)),
        ("ثلاثة آلاف وخمسمائة وخمسة وعشرون", int(3525)),
    ]);
}

#[test]
fn parse_ordinals_and_fractions() {
    check_parse(&[
        ("الأول", int(1)),
        ("الأولى", int(1)),
        ("الثاني", int(2)),
        ("الثالثة", int(3)),
        ("العاشر", int(10)),
        ("الحادي عشر", int(11)),
        ("الحادية عشرة", int(11)),
        ("الثاني عشر", int(12)),
        ("الخامس عشر", int(15)),
        ("العشرون", int(20)),
        ("الخامس والعشرون", int(25)),
        ("الحادي والعشرين", int(21)),
        ("المائة", int(100)),
        ("نصف", Value::Float(0.5)),
        ("ربع", Value::Float(0.25)),
        ("ثلاثة أرباع", Value::Float(0.75)),
        ("ثلاثة ونصف", Value::Float(3.5)),
        ("نصف مليون", int(500_000)),
        ("مليون ونصف", int(1_500_000)),
        ("واحد فاصلة واحد", Value::Float(1.1)),
        ("1 فاصلة 5", Value::Float(1.5)),
    ]);
}

#[test]
fn parse_dialects() {
    check_parse(&[
        ("تلاتة", int(3)),
        ("اتنين", int(2)),
        ("حداشر", int(11)),
        ("إتناشر", int(12)),
        ("اربعتاشر", int(14)),
        ("ستاشر", int(16)),
        ("تمنتاشر", int(18)),
        ("تلاتين", int(30)),
        ("تلاتة و تلاتين", int(33)),
        ("متين", int(200)),
        ("متين وعشرة", int(210)),
        ("متين واحد وعشرين", int(221)),
        ("تلتمية", int(300)),
        ("خمسمية خمسة و عشرين", int(525)),
        ("ميه", int(100)),
        ("الفين", int(2000)),
        ("تلات تلاف", int(3000)),
        ("اتنين مليون", int(2_000_000)),
        ("سطعش", int(16)),
        // Egyptian thousands that keep the alef of آلاف, Levantine teens with their final ر,
        // Maghrebi teens in -اش, Gulf teens with ث, Moroccan جوج and ميا
        ("تلتالاف", int(3000)),
        ("خمستالاف وخمسمية", int(5500)),
        ("خمسطعشر", int(15)),
        ("تلاتعشر", int(13)),
        ("خمسطاش", int(15)),
        ("حداش", int(11)),
        ("تسعطاش", int(19)),
        ("ثلطعش", int(13)),
        ("ثمنطعش", int(18)),
        ("جوج", int(2)),
        ("ميا ألف", int(100_000)),
    ]);
}

#[test]
fn parse_errors() {
    for text in [
        "",
        "   ",
        "ثلاثة خمسمائة",
        "ألف ألف مليون",
        "كتاب",
        "ثلاثة كتب",
        "أحد",
        "إحدى",
        "اثنا",
        "الحادي",
        "و",
        "وثلاثة",
        "خمسة وعشرون وأربعة",
        "عشرون وخمسة",
        "آلاف",
        "عشرات",
        "3 4",
        "1/0",
        "999999999999999999999999999999999999999999999",
        "فاصلة",
        "1,2,3",
        "ثلاثة آلاف ألف",
        "2 ½",
        "2.5½",
        "2%",
    ] {
        assert!(
            parse_number(text).is_err(),
            "parse_number({text:?}) should fail, got {:?}",
            parse_number(text)
        );
    }
    let e = parse_number("ثلاثة خمسمائة").unwrap_err().to_string();
    assert!(e.contains("خمسمائة") && e.ends_with('.'), "{e}");
    let e = parse_number("2 ½").unwrap_err().to_string();
    assert!(e.contains("\"½\" cannot follow \"2\""), "{e}");
}

fn brief(text: &str) -> Vec<(String, Value, &'static str)> {
    extract_numbers(text)
        .iter()
        .map(|m| (m.text(text).to_string(), m.value, m.kind.as_str()))
        .collect()
}

type PlainCase<'a> = (&'a str, &'a [(&'a str, Value, &'a str)]);

#[test]
fn extract_plain() {
    let cases: &[PlainCase] = &[
        ("قتل ثلاثة أشخاص", &[("ثلاثة أشخاص", int(3), "cardinal")]),
        (
            "وبثلاثة آلاف وخمسمائة",
            &[("ثلاثة آلاف وخمسمائة", int(3500), "cardinal")],
        ),
        (
            "في الخامس عشر من الشهر",
            &[("الخامس عشر", int(15), "ordinal")],
        ),
        ("الثلاثة", &[("الثلاثة", int(3), "cardinal")]),
        (
            "عام 2020 و2021",
            &[
                ("2020", int(2020), "cardinal"),
                ("2021", int(2021), "cardinal"),
            ],
        ),
        ("يوم الاثنين", &[]),
        ("الأحد", &[]),
        ("أحد الأشخاص", &[]),
        ("بين حين وآخر", &[]),
        ("فلسطين والبحرين", &[]),
        ("الحسين وحسين", &[]),
        ("المسلمين والمعتقلين", &[]),
        ("إحدى الدول", &[]),
        ("متين", &[]),
        ("-7 درجات", &[("-7 درجات", int(-7), "cardinal")]),
    ];
    for (text, exp) in cases {
        let got = brief(text);
        let exp: Vec<(String, Value, &str)> = exp
            .iter()
            .map(|(a, b, c)| (a.to_string(), *b, *c))
            .collect();
        assert_eq!(got, exp, "extract_numbers({text:?})");
    }
}

/// Prints the mentions of each line of the file named by DHAD_PROBE (a debugging aid).
#[test]
#[ignore]
fn probe() {
    let Ok(path) = std::env::var("DHAD_PROBE") else {
        return;
    };
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    for line in text.lines() {
        println!("{line}");
        for m in extract_numbers(line) {
            println!(
                "   [{}] {:?} {} approx={:?} range={:?} unit={:?} norm={:?}",
                m.text(line),
                m.value,
                m.kind.as_str(),
                m.approx.map(|a| a.as_str()),
                m.range_end,
                m.unit,
                m.unit_norm
            );
        }
        println!("   parse: {:?}", parse_number(line));
    }
}

/// One expected mention: span text and every field.
#[derive(Debug, Clone, PartialEq)]
struct Exp {
    span: String,
    value: Value,
    kind: &'static str,
    approx: Option<&'static str>,
    range_end: Option<Value>,
    unit: Option<String>,
    unit_norm: Option<String>,
}

trait IntoValue {
    fn v(self) -> Value;
}
impl IntoValue for i64 {
    fn v(self) -> Value {
        Value::Int(self as i128)
    }
}
impl IntoValue for f64 {
    fn v(self) -> Value {
        Value::Float(self)
    }
}

fn m(span: &str, value: impl IntoValue) -> Exp {
    Exp {
        span: span.into(),
        value: value.v(),
        kind: "cardinal",
        approx: None,
        range_end: None,
        unit: None,
        unit_norm: None,
    }
}

impl Exp {
    fn ord(mut self) -> Self {
        self.kind = "ordinal";
        self
    }
    fn frac(mut self) -> Self {
        self.kind = "fraction";
        self
    }
    fn pct(mut self) -> Self {
        self.kind = "percent";
        self
    }
    fn ap(mut self, a: &'static str) -> Self {
        self.approx = Some(a);
        self
    }
    fn to(mut self, r: impl IntoValue) -> Self {
        self.range_end = Some(r.v());
        self
    }
    fn u(mut self, u: &str) -> Self {
        self.unit = Some(u.into());
        self
    }
    fn n(mut self, n: &str) -> Self {
        self.unit_norm = Some(n.into());
        self
    }
    /// Unit and its normalized name.
    fn un(self, u: &str, n: &str) -> Self {
        self.u(u).n(n)
    }
}

fn got(text: &str) -> Vec<Exp> {
    extract_numbers(text)
        .into_iter()
        .map(|x| Exp {
            span: x.text(text).to_string(),
            value: x.value,
            kind: x.kind.as_str(),
            approx: x.approx.map(Approx::as_str),
            range_end: x.range_end,
            unit: x.unit,
            unit_norm: x.unit_norm,
        })
        .collect()
}

fn check_extract(cases: Vec<(&str, Vec<Exp>)>) {
    let mut failures = Vec::new();
    for (text, exp) in &cases {
        let g = got(text);
        if &g != exp {
            failures.push(format!(
                "extract_numbers({text:?})\n   got: {g:?}\n  want: {exp:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn extract_clitics_and_article() {
    check_extract(vec![
        ("وبثلاثة", vec![m("ثلاثة", 3)]),
        ("وثلاثة", vec![m("ثلاثة", 3)]),
        ("فخمسة", vec![m("خمسة", 5)]),
        ("بعشرين", vec![m("عشرين", 20)]),
        ("لخمسين", vec![m("خمسين", 50)]),
        ("الثلاثة", vec![m("الثلاثة", 3)]),
        ("والثلاثة", vec![m("الثلاثة", 3)]),
        ("بالخامس عشر", vec![m("الخامس عشر", 15).ord()]),
        ("للثلاثة", vec![m("ثلاثة", 3)]),
        ("بـ3500", vec![m("3500", 3500)]),
        ("بـ 3500", vec![m("3500", 3500)]),
        ("لست أدري", vec![]),
        ("كمية كبيرة", vec![]),
        ("كميات من الأسلحة", vec![]),
        ("وبألفين", vec![m("ألفين", 2000)]),
        ("ومائتين وخمسين", vec![m("مائتين وخمسين", 250)]),
    ]);
}

#[test]
fn extract_precision_traps() {
    check_extract(vec![
        ("وصل يوم الاثنين", vec![]),
        ("أعلن الاثنين أن", vec![]),
        ("يوم الأحد", vec![]),
        ("الأحد المقبل", vec![]),
        ("أحد الجنود", vec![]),
        ("إحدى المدن", vec![]),
        ("بين الطرفين", vec![m("الطرفين", 2).u("الطرفين")]),
        ("بين البلدين", vec![m("البلدين", 2).u("البلدين")]),
        ("بين حين وآخر", vec![]),
        ("رجال الدين", vec![]),
        ("من فلسطين", vec![]),
        ("البحرين", vec![]),
        ("الإمام الحسين", vec![]),
        ("صدام حسين", vec![]),
        ("المسلمين", vec![]),
        ("المعتقلين", vec![]),
        ("اللاعبين", vec![]),
        ("المواطنين", vec![]),
        ("بوتين", vec![]),
        ("باكستان وأفغانستان", vec![]),
        ("الذين كانوا", vec![]),
        ("لبنان وإيران", vec![]),
        ("اقتصاد متين", vec![]),
        ("نص القرار", vec![]),
        ("الربع الأول من العام", vec![m("الأول", 1).ord()]),
        ("في الربع الأخير من 2023", vec![m("2023", 2023)]),
        ("وصل أول أمس", vec![]),
        ("غادر أول من أمس", vec![]),
        ("أول رئيس", vec![m("أول", 1).ord()]),
        ("خلال النصف الماضي", vec![]),
        ("الربع الحالي والربع المقبل", vec![]),
        ("قال أحدهم", vec![]),
        ("الاثنين عشر", vec![m("الاثنين عشر", 12)]),
        ("الأحد عشر", vec![m("الأحد عشر", 11).ord()]),
        ("أحد عشر لاعبا", vec![m("أحد عشر لاعبا", 11).u("لاعبا")]),
        ("إحدى عشرة دولة", vec![m("إحدى عشرة دولة", 11).u("دولة")]),
        ("الاثنان", vec![m("الاثنان", 2)]),
        ("اثنين من", vec![m("اثنين", 2)]),
    ]);
}

#[test]
fn extract_duals() {
    check_extract(vec![
        ("دمرت دبابتين", vec![m("دبابتين", 2).u("دبابتين")]),
        ("خليتين", vec![m("خليتين", 2).u("خليتين")]),
        ("سيارتان", vec![m("سيارتان", 2).u("سيارتان")]),
        ("لمدة يومين", vec![m("يومين", 2).un("يومين", "day")]),
        ("منذ عامين", vec![m("عامين", 2).un("عامين", "year")]),
        ("شهرين", vec![m("شهرين", 2).un("شهرين", "month")]),
        ("دقيقتين", vec![m("دقيقتين", 2).un("دقيقتين", "minute")]),
        (
            "ساعتين ونصف",
            vec![m("ساعتين ونصف", 2.5).frac().un("ساعتين", "hour")],
        ),
        ("مرتين", vec![m("مرتين", 2).u("مرتين")]),
        ("وبسيارتين", vec![m("سيارتين", 2).u("سيارتين")]),
        (
            "الدولتين العربيتين",
            vec![m("الدولتين العربيتين", 2).u("الدولتين")],
        ),
        ("سيارتين اثنتين", vec![m("سيارتين اثنتين", 2).u("سيارتين")]),
        ("لترين", vec![m("لترين", 2).un("لترين", "l")]),
        ("دولارين", vec![m("دولارين", 2).un("دولارين", "USD")]),
        ("شخصين", vec![m("شخصين", 2).u("شخصين")]),
        ("طفلان", vec![m("طفلان", 2).u("طفلان")]),
        ("جلستين", vec![m("جلستين", 2).u("جلستين")]),
        ("درجتين", vec![m("درجتين", 2).un("درجتين", "deg")]),
        // people whose plural is broken, so -ين and -ان can only be the dual
        ("قتل جنديان", vec![m("جنديان", 2).u("جنديان")]),
        ("التقى وزيرين", vec![m("وزيرين", 2).u("وزيرين")]),
        // stems with a hamza on a seat, listed folded
        ("اجتمع رئيسين سابقين", vec![m("رئيسين", 2).u("رئيسين")]),
        ("قتل قائدين ميدانيين", vec![m("قائدين", 2).u("قائدين")]),
        ("التقى سفيرين", vec![m("سفيرين", 2).u("سفيرين")]),
        // "ألفا"/"مليونا" with a noun right after is the dual in construct; alone, or with
        // the tanween written, the accusative singular
        ("وصل ألفا لاجئ", vec![m("ألفا لاجئ", 2000).u("لاجئ")]),
        (
            "مليونا دولار",
            vec![m("مليونا دولار", 2_000_000).un("دولار", "USD")],
        ),
        ("بلغ عددهم ألفا", vec![m("ألفا", 1000)]),
        // the Greek letter: after the thing it names, or before a foreign name
        ("انتشر المتحور ألفا سريعا", vec![]),
        ("تصدر أشعة ألفا", vec![]),
        ("اشترى سيارة ألفا روميو", vec![]),
        ("ألفاً شخص", vec![m("ألفاً شخص", 1000).u("شخص")]),
        (
            "أحد عشر ألفا شخص",
            vec![m("أحد عشر ألفا شخص", 11_000).u("شخص")],
        ),
        // "مصدرين" is as often exporters (a sound plural) as two sources: left alone
        ("كبار المصدرين", vec![]),
        // a sound plural in -ين is no dual
        (
            "قتل عشرات المدنيين",
            vec![m("عشرات المدنيين", 10).ap("order_of").u("المدنيين")],
        ),
    ]);
}

#[test]
fn extract_fractions() {
    check_extract(vec![
        ("نصف", vec![m("نصف", 0.5).frac()]),
        (
            "ربع قرن",
            vec![m("ربع قرن", 0.25).frac().un("قرن", "century")],
        ),
        ("ثلث السكان", vec![m("ثلث", 1.0 / 3.0).frac()]),
        ("ثلثا الأعضاء", vec![m("ثلثا", 2.0 / 3.0).frac()]),
        ("ثلاثة أرباع", vec![m("ثلاثة أرباع", 0.75).frac()]),
        ("ثلاثة ونصف", vec![m("ثلاثة ونصف", 3.5).frac()]),
        (
            "ساعة ونصف",
            vec![m("ساعة ونصف", 1.5).frac().un("ساعة", "hour")],
        ),
        ("لتر وربع", vec![m("لتر وربع", 1.25).frac().un("لتر", "l")]),
        ("ولتر و نص", vec![m("لتر و نص", 1.5).frac().un("لتر", "l")]),
        (
            "ثلاث ساعات ونصف",
            vec![m("ثلاث ساعات ونصف", 3.5).frac().un("ساعات", "hour")],
        ),
        // after a scale word the half is of the scale (and a whole result stays a cardinal)
        (
            "جمعت الحملة مليون دولار ونصف",
            vec![m("مليون دولار ونصف", 1_500_000).un("دولار", "USD")],
        ),
        (
            "بيعت الشقة بـ٢٥٠ ألف درهم ونص",
            vec![m("٢٥٠ ألف درهم ونص", 250_500).un("درهم", "dirham")],
        ),
        (
            "دفع عشرة دولارات ونصف",
            vec![m("عشرة دولارات ونصف", 10.5).frac().un("دولارات", "USD")],
        ),
        ("نصف لتر", vec![m("نصف لتر", 0.5).frac().un("لتر", "l")]),
        ("نص لتر", vec![m("نص لتر", 0.5).frac().un("لتر", "l")]),
        // Egyptian تلت (a third), weak as نص is: only before a unit or after one
        (
            "تلت كيلو",
            vec![m("تلت كيلو", 1.0 / 3.0).frac().un("كيلو", "kg")],
        ),
        (
            "ساعة وتلت",
            vec![m("ساعة وتلت", 4.0 / 3.0).frac().un("ساعة", "hour")],
        ),
        ("تلت الآية", vec![]),
        ("1/2", vec![m("1/2", 0.5).frac()]),
        ("3/4 كوب", vec![m("3/4 كوب", 0.75).frac().un("كوب", "cup")]),
        ("½", vec![m("½", 0.5).frac()]),
        ("2½ كيلو", vec![m("2½ كيلو", 2.5).frac().un("كيلو", "kg")]),
        ("نصف مليون", vec![m("نصف مليون", 500_000)]),
        ("مليون ونصف", vec![m("مليون ونصف", 1_500_000)]),
        (
            "مليون ونصف المليون",
            vec![m("مليون ونصف المليون", 1_500_000)],
        ),
        (
            "أكثر من ألف ونصف الألف",
            vec![m("أكثر من ألف ونصف الألف", 1_500).ap("more_than")],
        ),
        ("انخفض إلى النصف", vec![m("النصف", 0.5).frac()]),
        // a date is no fraction (nor any quantity: the dates read it)
        ("12/5/2020", vec![]),
        (
            "12/5/20203",
            vec![m("12", 12), m("5", 5), m("20203", 20203)],
        ),
    ]);
}

#[test]
fn extract_percents() {
    check_extract(vec![
        ("25%", vec![m("25%", 25).pct()]),
        ("٢٥٪", vec![m("٢٥٪", 25).pct()]),
        ("12.5 %", vec![m("12.5 %", 12.5).pct()]),
        ("خمسة في المائة", vec![m("خمسة في المائة", 5).pct()]),
        ("خمسة في المئة", vec![m("خمسة في المئة", 5).pct()]),
        ("10 بالمئة", vec![m("10 بالمئة", 10).pct()]),
        ("10 بالمائة", vec![m("10 بالمائة", 10).pct()]),
        ("بنسبة 3.5%", vec![m("3.5%", 3.5).pct()]),
        ("نحو 40%", vec![m("نحو 40%", 40).pct().ap("about")]),
        (
            "بين 10 و20 في المائة",
            vec![m("بين 10 و20 في المائة", 10).pct().to(20)],
        ),
        ("من 5% إلى 7%", vec![m("من 5% إلى 7%", 5).pct().to(7)]),
        ("عشرين بالمية", vec![m("عشرين بالمية", 20).pct()]),
    ]);
}

#[test]
fn extract_approximations() {
    check_extract(vec![
        (
            "نحو 30 شخصا",
            vec![m("نحو 30 شخصا", 30).ap("about").u("شخصا")],
        ),
        ("وبنحو 30", vec![m("نحو 30", 30).ap("about")]),
        ("حوالي مئة", vec![m("حوالي مئة", 100).ap("about")]),
        ("حوالى مئة", vec![m("حوالى مئة", 100).ap("about")]),
        ("قرابة ألف", vec![m("قرابة ألف", 1000).ap("about")]),
        ("زهاء عشرين", vec![m("زهاء عشرين", 20).ap("about")]),
        ("ما يقارب 50", vec![m("ما يقارب 50", 50).ap("about")]),
        ("50 تقريبا", vec![m("50 تقريبا", 50).ap("about")]),
        ("أكثر من 100", vec![m("أكثر من 100", 100).ap("more_than")]),
        (
            "ما يزيد على 200",
            vec![m("ما يزيد على 200", 200).ap("more_than")],
        ),
        (
            "ما يزيد عن 200",
            vec![m("ما يزيد عن 200", 200).ap("more_than")],
        ),
        (
            "ما يربو على 300",
            vec![m("ما يربو على 300", 300).ap("more_than")],
        ),
        ("أقل من 10", vec![m("أقل من 10", 10).ap("less_than")]),
        ("ما دون 18", vec![m("ما دون 18", 18).ap("less_than")]),
        (
            "ما لا يقل عن 20",
            vec![m("ما لا يقل عن 20", 20).ap("at_least")],
        ),
        ("20 على الأقل", vec![m("20 على الأقل", 20).ap("at_least")]),
        ("ما لا يزيد عن 5", vec![m("ما لا يزيد عن 5", 5).ap("at_most")]),
        ("5 على الأكثر", vec![m("5 على الأكثر", 5).ap("at_most")]),
        (
            "18 عاما فأكثر",
            vec![m("18 عاما فأكثر", 18).ap("at_least").un("عاما", "year")],
        ),
        ("عشرات", vec![m("عشرات", 10).ap("order_of")]),
        ("العشرات", vec![m("العشرات", 10).ap("order_of")]),
        ("مئات", vec![m("مئات", 100).ap("order_of")]),
        (
            "آلاف المتظاهرين",
            vec![m("آلاف المتظاهرين", 1000).ap("order_of").u("المتظاهرين")],
        ),
        ("ملايين", vec![m("ملايين", 1_000_000).ap("order_of")]),
        ("عشرات الآلاف", vec![m("عشرات الآلاف", 10_000).ap("order_of")]),
        (
            "مئات الملايين",
            vec![m("مئات الملايين", 100_000_000).ap("order_of")],
        ),
        ("نحو عشرات", vec![m("نحو عشرات", 10).ap("about")]),
    ]);
}

#[test]
fn extract_ranges() {
    check_extract(vec![
        ("من 10 إلى 20", vec![m("من 10 إلى 20", 10).to(20)]),
        (
            "من 10 الى 20 دولار",
            vec![m("من 10 الى 20 دولار", 10).to(20).un("دولار", "USD")],
        ),
        ("بين 10 و20", vec![m("بين 10 و20", 10).to(20)]),
        ("بين 10 و 20", vec![m("بين 10 و 20", 10).to(20)]),
        ("ما بين 10 و20", vec![m("ما بين 10 و20", 10).to(20)]),
        ("10-20", vec![m("10-20", 10).to(20)]),
        ("١٠–٢٠", vec![m("١٠–٢٠", 10).to(20)]),
        (
            "10 - 20 كم",
            vec![m("10 - 20 كم", 10).to(20).un("كم", "km")],
        ),
        ("من عشرة لعشرين", vec![m("من عشرة لعشرين", 10).to(20)]),
        (
            "من ثلاثة إلى خمسة أيام",
            vec![m("من ثلاثة إلى خمسة أيام", 3).to(5).un("أيام", "day")],
        ),
        (
            "ما بين خليتين إلى ثلاثة خلايا",
            vec![m("ما بين خليتين إلى ثلاثة خلايا", 2).to(3).u("خليتين")],
        ),
        ("10$-20$", vec![m("10$-20$", 10).to(20).un("$", "USD")]),
        (
            "بين عامي 2000 و2005",
            vec![m("2000", 2000), m("2005", 2005)],
        ),
        ("2 - 0", vec![m("2", 2), m("0", 0)]),
        // a date is no range (nor any quantity: the dates read it)
        ("2020-05-12", vec![]),
        (
            "2020-05-13-4",
            vec![m("2020", 2020), m("05", 5), m("13", 13), m("4", 4)],
        ),
        ("من 10", vec![m("10", 10)]),
        ("حتى 20", vec![m("20", 20)]),
        // a scale word that ends the range and that the start lacks counts for both
        (
            "بين 5 و 7 ملايين",
            vec![m("بين 5 و 7 ملايين", 5_000_000).to(7_000_000)],
        ),
        (
            "من 20 إلى 30 ألف دولار",
            vec![m("من 20 إلى 30 ألف دولار", 20_000)
                .to(30_000)
                .un("دولار", "USD")],
        ),
        (
            "ما بين 1.5 و2 مليار",
            vec![m("ما بين 1.5 و2 مليار", 1_500_000_000).to(2_000_000_000)],
        ),
        // not when the start would pass the end, nor when the start has its own scale
        (
            "من 500 إلى 2 مليون",
            vec![m("من 500 إلى 2 مليون", 500).to(2_000_000)],
        ),
        (
            "بين 800 ألف و2 مليون",
            vec![m("بين 800 ألف و2 مليون", 800_000).to(2_000_000)],
        ),
        ("بين 500 وألف", vec![m("بين 500 وألف", 500).to(1000)]),
    ]);
}

#[test]
fn extract_units_and_money() {
    check_extract(vec![
        ("3500 محتجز", vec![m("3500 محتجز", 3500).u("محتجز")]),
        ("14 عربة", vec![m("14 عربة", 14).u("عربة")]),
        ("$10", vec![m("$10", 10).un("$", "USD")]),
        ("$ 10", vec![m("$ 10", 10).un("$", "USD")]),
        ("10$", vec![m("10$", 10).un("$", "USD")]),
        ("€20", vec![m("€20", 20).un("€", "EUR")]),
        ("20 يورو", vec![m("20 يورو", 20).un("يورو", "EUR")]),
        // ISO 4217 codes after the amount, and before it in capitals (in lower case "try",
        // "mad", "rub" are English words)
        ("SAR 500", vec![m("SAR 500", 500).un("SAR", "SAR")]),
        (
            "بسعر USD 1,200",
            vec![m("USD 1,200", 1200).un("USD", "USD")],
        ),
        (
            "EUR 3.5 مليون",
            vec![m("EUR 3.5 مليون", 3_500_000).un("EUR", "EUR")],
        ),
        ("500 SAR", vec![m("500 SAR", 500).un("SAR", "SAR")]),
        (
            "20 CAD و0.5 BTC",
            vec![
                m("20 CAD", 20).un("CAD", "CAD"),
                m("0.5 BTC", 0.5).un("BTC", "BTC"),
            ],
        ),
        ("try 5 times", vec![m("5", 5)]),
        // the country glued before a dollar sign is part of the unit
        (
            "صفقة بقيمة US$ 2 مليار",
            vec![m("US$ 2 مليار", 2_000_000_000).un("US$", "USD")],
        ),
        ("C$40", vec![m("C$40", 40).un("C$", "CAD")]),
        // the dual of ثلث outside a construct
        ("تراجع بنسبة الثلثين", vec![m("الثلثين", 2.0 / 3.0).frac()]),
        ("Windows 10", vec![m("10", 10)]),
        (
            "مليون دولار",
            vec![m("مليون دولار", 1_000_000).un("دولار", "USD")],
        ),
        (
            "2.5 مليار دولار",
            vec![m("2.5 مليار دولار", 2_500_000_000).un("دولار", "USD")],
        ),
        (
            "5 دنانير أردنية",
            vec![m("5 دنانير أردنية", 5).un("دنانير أردنية", "JOD")],
        ),
        (
            "100 جنيه مصري",
            vec![m("100 جنيه مصري", 100).un("جنيه مصري", "EGP")],
        ),
        ("100 جنيه", vec![m("100 جنيه", 100).un("جنيه", "pound")]),
        (
            "50 ريالا سعوديا",
            vec![m("50 ريالا سعوديا", 50).un("ريالا سعوديا", "SAR")],
        ),
        (
            "300 ليرة لبنانية",
            vec![m("300 ليرة لبنانية", 300).un("ليرة لبنانية", "LBP")],
        ),
        ("42 KWD", vec![m("42 KWD", 42).un("KWD", "KWD")]),
        (
            "20 دولار و43 سنت",
            vec![m("20 دولار و43 سنت", 20.43).un("دولار", "USD")],
        ),
        ("20$ 43c", vec![m("20$ 43c", 20.43).un("$", "USD")]),
        (
            "5 كيلومترات",
            vec![m("5 كيلومترات", 5).un("كيلومترات", "km")],
        ),
        ("5 كم", vec![m("5 كم", 5).un("كم", "km")]),
        ("120 كم2", vec![m("120 كم2", 120).un("كم2", "km2")]),
        (
            "200 متر مربع",
            vec![m("200 متر مربع", 200).un("متر مربع", "m2")],
        ),
        ("3 أطنان", vec![m("3 أطنان", 3).un("أطنان", "t")]),
        ("500 غرام", vec![m("500 غرام", 500).un("غرام", "g")]),
        ("2 كغ", vec![m("2 كغ", 2).un("كغ", "kg")]),
        ("250مل", vec![m("250مل", 250).un("مل", "ml")]),
        ("3 لترات", vec![m("3 لترات", 3).un("لترات", "l")]),
        (
            "مليون برميل",
            vec![m("مليون برميل", 1_000_000).un("برميل", "bbl")],
        ),
        (
            "45 درجة مئوية",
            vec![m("45 درجة مئوية", 45).un("درجة مئوية", "C")],
        ),
        ("37°", vec![m("37°", 37).un("°", "deg")]),
        // the Arabic letter of Celsius or Fahrenheit glued to the sign, as °C and °F
        ("تصل إلى 35°م.", vec![m("35°م", 35).un("°م", "C")]),
        ("-5°م", vec![m("-5°م", -5).un("°م", "C")]),
        ("95°ف", vec![m("95°ف", 95).un("°ف", "F")]),
        ("30° مساء", vec![m("30°", 30).un("°", "deg")]),
        (
            "70° فهرنهايت",
            vec![m("70° فهرنهايت", 70).un("° فهرنهايت", "F")],
        ),
        ("ثلاثة أيام", vec![m("ثلاثة أيام", 3).un("أيام", "day")]),
        ("خمس سنوات", vec![m("خمس سنوات", 5).un("سنوات", "year")]),
        ("21 عاما", vec![m("21 عاما", 21).un("عاما", "year")]),
        ("30 دقيقة", vec![m("30 دقيقة", 30).un("دقيقة", "minute")]),
        ("30 ثانية", vec![m("30 ثانية", 30).un("ثانية", "second")]),
        (
            "1000 ميغاواط",
            vec![m("1000 ميغاواط", 1000).un("ميغاواط", "MW")],
        ),
        ("10 هكتارات", vec![m("10 هكتارات", 10).un("هكتارات", "ha")]),
        ("42 ج.م", vec![m("42 ج.م", 42).un("ج.م", "EGP")]),
        ("100 ر.س فقط", vec![m("100 ر.س", 100).un("ر.س", "SAR")]),
        ("250 د.ك.", vec![m("250 د.ك.", 250).un("د.ك.", "KWD")]),
        ("75 د.إ", vec![m("75 د.إ", 75).un("د.إ", "AED")]),
        ("مساحتها 500 م2", vec![m("500 م2", 500).un("م2", "m2")]),
        ("سعته 30 م3", vec![m("30 م3", 30).un("م3", "m3")]),
        // the power written as a superscript, and the unit of length it raises kept: سم2 is
        // square centimetres (it was "m2"), سم3 cubic ones (it was "سم" and a 3)
        ("المساحة 180 م²", vec![m("180 م²", 180).un("م²", "m2")]),
        ("خزان 3 م³", vec![m("3 م³", 3).un("م³", "m3")]),
        ("مساحتها 50 كم²", vec![m("50 كم²", 50).un("كم²", "km2")]),
        ("جرح 100 سم2", vec![m("100 سم2", 100).un("سم2", "cm2")]),
        ("مقطع 5 ملم2", vec![m("5 ملم2", 5).un("ملم2", "mm2")]),
        ("حقنة 20 سم3", vec![m("20 سم3", 20).un("سم3", "cm3")]),
        ("شقة 120 m²", vec![m("120 m²", 120).un("m²", "m2")]),
        ("ورقة 3 cm²", vec![m("3 cm²", 3).un("cm²", "cm2")]),
        // "م" alone after a year is the era, not metres
        ("عام 2024 م", vec![m("2024", 2024)]),
    ]);
}

#[test]
fn extract_counted_nouns_and_years() {
    check_extract(vec![
        ("قتل 30 شخصا", vec![m("30 شخصا", 30).u("شخصا")]),
        ("ثلاثة رجال", vec![m("ثلاثة رجال", 3).u("رجال")]),
        ("في 2020 قال", vec![m("2020", 2020)]),
        // after a hedge a four-digit number is a count, not a year
        (
            "قتل أكثر من 2000 شخص",
            vec![m("أكثر من 2000 شخص", 2000).ap("more_than").u("شخص")],
        ),
        (
            "يعمل ما يقارب ١٢٠٠ عامل",
            vec![m("ما يقارب ١٢٠٠ عامل", 1200).ap("about").u("عامل")],
        ),
        ("عام 2021 شهد", vec![m("2021", 2021)]),
        ("ثلاثة منهم", vec![m("ثلاثة", 3)]),
        ("ثلاثة اصيبوا", vec![m("ثلاثة", 3)]),
        ("5 من الشهر", vec![m("5", 5)]),
        ("10 صباحا", vec![m("10", 10)]),
        ("المادة 5 من الدستور", vec![m("5", 5)]),
        ("القرار 242 الصادر", vec![m("242", 242)]),
        ("خمسة الأيام", vec![m("خمسة", 5)]),
    ]);
}

#[test]
fn extract_ordinals_in_text() {
    check_extract(vec![
        ("الفصل الأول", vec![m("الأول", 1).ord()]),
        ("المرة الأولى", vec![m("الأولى", 1).ord()]),
        ("أول مرة", vec![m("أول", 1).ord()]),
        ("الجولة الثانية", vec![m("الثانية", 2).ord()]),
        ("مرة ثانية", vec![m("ثانية", 2).ord()]),
        ("الساعة الثالثة", vec![m("الثالثة", 3).ord()]),
        ("الحادي عشر من سبتمبر", vec![m("الحادي عشر", 11).ord()]),
        ("الحادية عشرة", vec![m("الحادية عشرة", 11).ord()]),
        ("الثاني عشر", vec![m("الثاني عشر", 12).ord()]),
        ("الثالثة عشرة", vec![m("الثالثة عشرة", 13).ord()]),
        ("الخامس والعشرون", vec![m("الخامس والعشرون", 25).ord()]),
        ("الخامس و العشرين", vec![m("الخامس و العشرين", 25).ord()]),
        ("الواحد والثلاثون", vec![m("الواحد والثلاثون", 31).ord()]),
        ("القرن العشرين", vec![m("العشرين", 20).ord()]),
        ("الذكرى المائة", vec![m("المائة", 100).ord()]),
        ("الألف", vec![m("الألف", 1000).ord()]),
        ("الـ 20 الشهر الجاري", vec![m("الـ 20", 20).ord()]),
        ("في الـ20 من الشهر", vec![m("الـ20", 20).ord()]),
        ("بالـ 5 من مايو", vec![m("الـ 5", 5).ord()]),
        ("الـ 20 دولارا", vec![m("20 دولارا", 20).un("دولارا", "USD")]),
        ("العاشر", vec![m("العاشر", 10).ord()]),
        ("التاسعة عشرة", vec![m("التاسعة عشرة", 19).ord()]),
    ]);
}

#[test]
fn extract_signs_and_temperatures() {
    check_extract(vec![
        ("-7", vec![m("-7", -7)]),
        ("−3", vec![m("−3", -3)]),
        (
            "درجتين تحت الصفر",
            vec![m("درجتين تحت الصفر", -2).un("درجتين", "deg")],
        ),
        (
            "2 تحت الصفر",
            vec![m("2 تحت الصفر", -2).un("تحت الصفر", "deg")],
        ),
        ("- 2 درجة", vec![m("- 2 درجة", -2).un("درجة", "deg")]),
        ("- 2 مليون", vec![m("2 مليون", 2_000_000)]),
        ("-2°", vec![m("-2°", -2).un("°", "deg")]),
        ("10-3", vec![m("10", 10), m("3", 3)]),
        (
            "سبع وثلاثون سلزيوس",
            vec![m("سبع وثلاثون سلزيوس", 37).un("سلزيوس", "C")],
        ),
    ]);
}

#[test]
fn extract_word_numbers_in_text() {
    check_extract(vec![
        (
            "اعتقل ثلاثة آلاف وخمسمائة شخص",
            vec![m("ثلاثة آلاف وخمسمائة شخص", 3500).u("شخص")],
        ),
        ("مليون و 200 ألف", vec![m("مليون و 200 ألف", 1_200_000)]),
        (
            "مليون وثلاثة ملايين",
            vec![m("مليون", 1_000_000), m("ثلاثة ملايين", 3_000_000)],
        ),
        // digits after a scale and و, smaller than the scale, add to it (news writes 1,500 as
        // "ألف و500"); a count of something else has its noun between
        ("ألف و 500", vec![m("ألف و 500", 1500)]),
        ("3 آلاف و500 شخص", vec![m("3 آلاف و500 شخص", 3500).u("شخص")]),
        (
            "3 آلاف جندي و500 دبابة",
            vec![
                m("3 آلاف جندي", 3000).u("جندي"),
                m("500 دبابة", 500).u("دبابة"),
            ],
        ),
        ("ألف و2000", vec![m("ألف", 1000), m("2000", 2000)]),
        ("ثلاثة خمسمائة", vec![m("ثلاثة", 3), m("خمسمائة", 500)]),
        (
            "خمسة وعشرون وأربعة",
            vec![m("خمسة وعشرون", 25), m("أربعة", 4)],
        ),
        (
            "2.5 مليون و 1/2",
            vec![m("2.5 مليون", 2_500_000), m("1/2", 0.5).frac()],
        ),
        (
            "تلات تلاف جنيه",
            vec![m("تلات تلاف جنيه", 3000).un("جنيه", "pound")],
        ),
        ("متين جنيه", vec![m("متين جنيه", 200).un("جنيه", "pound")]),
        ("متين وعشرة", vec![m("متين وعشرة", 210)]),
        ("حداشر", vec![m("حداشر", 11)]),
        ("عشرين واحد", vec![m("عشرين", 20), m("واحد", 1)]),
        ("ثلاثة، أربعة", vec![m("ثلاثة", 3), m("أربعة", 4)]),
        ("١٫٢ مليار", vec![m("١٫٢ مليار", 1_200_000_000)]),
        ("٣٬٥٠٠", vec![m("٣٬٥٠٠", 3500)]),
        ("أحد عشر ألفا", vec![m("أحد عشر ألفا", 11_000)]),
        ("ثلاثمائة ألف", vec![m("ثلاثمائة ألف", 300_000)]),
        ("ألف مليون", vec![m("ألف مليون", 1_000_000_000)]),
    ]);
}

mod props {
    use super::super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "ثلاثة",
        "آلاف",
        "و",
        "خمسمائة",
        "الخامس",
        "عشر",
        "والعشرون",
        "مليون",
        "ونصف",
        "نصف",
        "دولار",
        "$",
        "€",
        "%",
        "٪",
        "في",
        "المائة",
        "من",
        "إلى",
        "بين",
        "-",
        "–",
        "/",
        "½",
        "3",
        "٣٥٠٠",
        "12.5",
        "١٢٫٥",
        "3,500",
        "نحو",
        "أكثر",
        "على",
        "الأقل",
        "تقريبا",
        "الـ",
        "بـ",
        "يومين",
        "سيارتين",
        "عشرات",
        "الآلاف",
        "ساعة",
        "تحت",
        "الصفر",
        "°",
        "كم",
        "2",
        "ج",
        ".",
        "م",
        "الاثنين",
        "أحد",
        "إحدى",
        "متين",
        "ِ",
        "ـ",
        "\u{200f}",
        " ",
        "  ",
        "\n",
        "a",
        "KWD",
        "c",
        "٫",
        "٬",
        ",",
        "؟",
        "🙂",
        "\u{0301}",
        "ثلث",
        "أرباع",
        "فاصلة",
        "حداشر",
        "تلتمية",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|v| {
                let mut s = String::new();
                for (i, p) in v.iter().enumerate() {
                    if i % 3 != 2 {
                        s.push(' ');
                    }
                    s.push_str(p);
                }
                s
            }),
            any::<String>(),
            "[\\u0600-\\u06FF0-9 %$/.,-]{0,60}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn spans_slice_back_on_char_boundaries(s in text()) {
            let ms = extract_numbers(&s);
            let mut prev_end = 0;
            for m in &ms {
                prop_assert!(m.start < m.end, "empty span {:?} in {:?}", m, s);
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end), "{:?} in {:?}", m, s);
                prop_assert!(s.get(m.start..m.end).is_some());
                prop_assert_eq!(m.text(&s), &s[m.start..m.end]);
                prop_assert!(m.start >= prev_end, "overlap or unsorted: {:?} in {:?}", ms, s);
                prev_end = m.end;
                if let Some(u) = &m.unit {
                    prop_assert!(m.text(&s).contains(u.as_str()), "unit {:?} outside span {:?}", u, m.text(&s));
                }
            }
            let with = extract_numbers_with(&s, &ExtractOptions { bare_units: true });
            for m in &with {
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            }
        }

        #[test]
        fn parse_number_never_panics(s in text()) {
            let _ = parse_number(&s);
        }

        #[test]
        fn digits_parse_back(n in any::<i64>()) {
            prop_assert_eq!(parse_number(&n.to_string()).ok(), Some(Value::Int(n as i128)));
            let ms = extract_numbers(&format!("بلغ {n} شخصا"));
            prop_assert_eq!(ms.len(), 1);
            prop_assert_eq!(ms[0].value, Value::Int(n as i128));
        }
    }
}

#[test]
fn long_inputs_are_linear_and_safe() {
    // A very long run of number words and a long run of digits must not blow up.
    let words = "ثلاثة آلاف و".repeat(20_000);
    assert_eq!(extract_numbers(&words).len(), 20_000);
    let digits = "9".repeat(100_000);
    assert_eq!(extract_numbers(&digits), vec![]);
    assert!(parse_number(&digits).is_err());
    let dashes = "1-".repeat(50_000);
    let _ = extract_numbers(&dashes);
    let mixed = "مليون و 200 ألف ".repeat(20_000);
    let ms = extract_numbers(&mixed);
    assert_eq!(ms.len(), 20_000);
    // a run of scale words with no wish after it is read once, not once per word: 200,000
    // words took half a minute when each start read the rest of the run, and take well under
    // a second now (the bound leaves room for a loaded machine)
    for unit in ["ألف ", "مئة ", "مليون "] {
        let run = unit.repeat(200_000);
        let t = std::time::Instant::now();
        assert_eq!(extract_numbers(&run).len(), 200_000);
        assert!(t.elapsed().as_secs() < 10, "{unit}: {:?}", t.elapsed());
    }
}

#[test]
fn types_are_send_and_sync() {
    fn ok<T: Send + Sync>() {}
    ok::<NumberMention>();
    ok::<Value>();
    ok::<NumberKind>();
    ok::<Approx>();
}

#[test]
fn extract_hamza_clitics_hedged_ordinals_and_weak_words() {
    check_extract(vec![
        ("وأحد عشر لاعبا", vec![m("أحد عشر لاعبا", 11).u("لاعبا")]),
        ("وإحدى عشرة", vec![m("إحدى عشرة", 11)]),
        ("وأربعة", vec![m("أربعة", 4)]),
        ("واحد", vec![m("واحد", 1)]),
        ("دون العشرين", vec![m("دون العشرين", 20).ap("less_than")]),
        (
            "يناهز الرابعة والثمانين",
            vec![m("يناهز الرابعة والثمانين", 84).ap("about")],
        ),
        (
            "فوق المليون",
            vec![m("فوق المليون", 1_000_000).ap("more_than")],
        ),
        ("المليار", vec![m("المليار", 1_000_000_000)]),
        ("التنين الصيني", vec![]),
        ("تنين كيلو", vec![m("تنين كيلو", 2).un("كيلو", "kg")]),
    ]);
}

#[test]
fn extract_decimal_comma_and_definite_scales() {
    check_extract(vec![
        ("5,7 مليون", vec![m("5,7 مليون", 5_700_000)]),
        (
            "103,7 مليون دولار",
            vec![m("103,7 مليون دولار", 103_700_000).un("دولار", "USD")],
        ),
        ("1,2,3", vec![m("1", 1), m("2", 2), m("3", 3)]),
        ("3,500,000", vec![m("3,500,000", 3_500_000)]),
        (
            "يقرب من نصف المليون",
            vec![m("يقرب من نصف المليون", 500_000).ap("about")],
        ),
        ("عشرات الآلاف", vec![m("عشرات الآلاف", 10_000).ap("order_of")]),
    ]);
}

#[test]
fn extract_hedge_words_that_mean_something_else() {
    check_extract(vec![
        ("بدون 3 لاعبين", vec![m("3 لاعبين", 3).u("لاعبين")]),
        ("من دون 3 لاعبين", vec![m("3 لاعبين", 3).u("لاعبين")]),
        (
            "دون 18 عاما",
            vec![m("دون 18 عاما", 18).ap("less_than").un("عاما", "year")],
        ),
        ("حدود 1967", vec![m("1967", 1967)]),
        ("في حدود 50", vec![m("في حدود 50", 50).ap("about")]),
        (
            "بحدود 10-20 دولار",
            vec![m("بحدود 10-20 دولار", 10)
                .ap("about")
                .to(20)
                .un("دولار", "USD")],
        ),
    ]);
}

#[test]
fn extract_month_ordinals_damma_fractions_and_leading_percent() {
    check_extract(vec![
        ("في تشرين الأول", vec![]),
        ("كانون الثاني 2020", vec![m("2020", 2020)]),
        ("ربيع الأول", vec![]),
        ("الفصل الأول", vec![m("الأول", 1).ord()]),
        ("خُمس السكان", vec![m("خُمس", 0.2).frac()]),
        ("عُشر", vec![m("عُشر", 0.1).frac()]),
        ("خمس سنوات", vec![m("خمس سنوات", 5).un("سنوات", "year")]),
        ("بنسبة %25", vec![m("%25", 25).pct()]),
        // after a word of proportion a defined خمس، سبع، تسع، عشر is the fraction
        ("ارتفع بنسبة الخمس", vec![m("الخمس", 0.2).frac()]),
        ("ونسبة العشر فقط", vec![m("العشر", 0.1).frac()]),
        ("ما نسبته السبع", vec![m("السبع", 1.0 / 7.0).frac()]),
        ("بمقدار التسع", vec![m("التسع", 1.0 / 9.0).frac()]),
        ("بنسبة تصل إلى الخمس", vec![m("الخمس", 0.2).frac()]),
        ("بنسبة الربع", vec![m("الربع", 0.25).frac()]),
        // not elsewhere, and not the forms with teh marbuta
        ("الخمس سنوات", vec![m("الخمس سنوات", 5).un("سنوات", "year")]),
        ("حصلت على الخمس", vec![m("الخمس", 5)]),
        // a damma on the stem's first letter makes the fraction behind the article and
        // clitics too, after a shadda or before it; a fatha or kasra, or no mark, stays the count
        ("حصل على الخُمس من الإرث", vec![m("الخُمس", 0.2).frac()]),
        ("للخُمس", vec![m("خُمس", 0.2).frac()]),
        ("وبالعُشر", vec![m("العُشر", 0.1).frac()]),
        ("السُّبُعُ", vec![m("السُّبُعُ", 1.0 / 7.0).frac()]),
        ("التُّسْع", vec![m("التُّسْع", 1.0 / 9.0).frac()]),
        ("الخَمس", vec![m("الخَمس", 5)]),
        ("التِّسعُ", vec![m("التِّسعُ", 9)]),
        ("بنسبة العشرة بالمئة", vec![m("العشرة بالمئة", 10).pct()]),
        ("بنسبة الخمسين", vec![m("الخمسين", 50).ord()]),
        (
            "بنسبة ٪٣٠ تقريبا",
            vec![m("٪٣٠ تقريبا", 30).pct().ap("about")],
        ),
        ("25%", vec![m("25%", 25).pct()]),
    ]);
}

#[test]
fn extract_names_and_plurals_that_look_like_duals() {
    check_extract(vec![
        ("نظرية أينشتين", vec![]),
        ("البساتين", vec![]),
        ("ورشتين", vec![m("ورشتين", 2).u("ورشتين")]),
        ("قناتين", vec![m("قناتين", 2).u("قناتين")]),
    ]);
}

#[test]
fn extract_lone_time_units_after_duration_words() {
    check_extract(vec![
        ("منذ شهر", vec![m("شهر", 1).un("شهر", "month")]),
        ("خلال أسبوع", vec![m("أسبوع", 1).un("أسبوع", "week")]),
        (
            "لمدة ساعة ونصف",
            vec![m("ساعة ونصف", 1.5).frac().un("ساعة", "hour")],
        ),
        ("وقبل عام", vec![m("عام", 1).un("عام", "year")]),
        ("بعد يوم من الهجوم", vec![m("يوم", 1).un("يوم", "day")]),
        ("منذ عام 1948", vec![m("1948", 1948)]),
        ("خلال شهر رمضان", vec![]),
        ("قبل يوم الانتخابات", vec![]),
        ("بعد يوم الجمعة", vec![]),
        ("منذ أشهر", vec![]),
        ("في شهر واحد", vec![m("شهر واحد", 1).un("شهر", "month")]),
        ("هذا العام", vec![]),
        ("خلال الشهر", vec![]),
        ("قبل دولار", vec![]),
        ("بعد شهر واحد من", vec![m("شهر واحد", 1).un("شهر", "month")]),
        ("خلال شهر غشت", vec![]),
    ]);
}

#[test]
fn extract_construct_duals_of_scales() {
    check_extract(vec![
        (
            "دفع ألفي دولار",
            vec![m("ألفي دولار", 2000).un("دولار", "USD")],
        ),
        (
            "بمليوني ليرة",
            vec![m("مليوني ليرة", 2_000_000).un("ليرة", "lira")],
        ),
        ("50 كلغ من الطحين", vec![m("50 كلغ", 50).un("كلغ", "kg")]),
        // a family name is not a number
        ("قال محمد الألفي", vec![]),
        // Egyptian construct hundreds
        (
            "دفعت تلتميت جنيه",
            vec![m("تلتميت جنيه", 300).un("جنيه", "pound")],
        ),
        ("خمسميت متر", vec![m("خمسميت متر", 500).un("متر", "m")]),
    ]);
}

#[test]
fn extract_a_unit_noun_that_is_the_whole_text() {
    // A label, a table cell or a query made of one unit noun means one of it ...
    check_extract(vec![
        ("أسبوع", vec![m("أسبوع", 1).un("أسبوع", "week")]),
        (" ساعة؟ ", vec![m("ساعة", 1).un("ساعة", "hour")]),
        ("«كيلوغرام»", vec![m("كيلوغرام", 1).un("كيلوغرام", "kg")]),
        ("لتر", vec![m("لتر", 1).un("لتر", "l")]),
        // ... but not a plural, a definite noun, a non-unit word, or a unit among other words.
        ("أسابيع", vec![]),
        ("الأسبوع", vec![]),
        ("مدينة", vec![]),
        ("أسبوع حافل", vec![]),
        ("https://example.com كغ", vec![]),
        ("كيلوغرام من السكر", vec![]),
    ]);
}

#[test]
fn extract_clock_times_codes_and_definite_counts() {
    check_extract(vec![
        // a clock time and a phone number are not quantities (dates reads the time)
        ("وصل القطار الساعة 10:30 صباحا", vec![]),
        // ... and so is one written with a decimal point after "الساعة" or before a time of
        // day; not a decimal elsewhere, nor one that is no clock
        ("وصل الرئيس في الساعة 10.30 صباحاً", vec![]),
        ("تبدأ المباراة 9.45 مساءً", vec![]),
        ("والساعة ١٠٫١٥", vec![]),
        ("الساعة 10.5", vec![m("10.5", 10.5)]),
        ("الساعة 10.75", vec![m("10.75", 10.75)]),
        ("ارتفع 10.30 نقطة", vec![m("10.30 نقطة", 10.3).u("نقطة")]),
        // a range of such clock times: the other end tells for both (it was 10.3 to 11.45)
        ("من 10.30 إلى 11.45 صباحا", vec![]),
        ("من الساعة 9.15 حتى 10.30", vec![]),
        (
            "من 10.30 إلى 11.45 نقطة",
            vec![m("من 10.30 إلى 11.45 نقطة", 10.3).to(11.45).u("نقطة")],
        ),
        ("بدأ الاجتماع عند ٠٨:١٥ تماما", vec![]),
        ("انتهت المباراة 23:59:30 بالتوقيت المحلي", vec![]),
        ("اتصلوا على 0501234567 للاستفسار.", vec![]),
        // social media's k and M glued to a number of two digits or more, or a decimal
        ("وصلنا 10k متابع", vec![m("10k متابع", 10_000).u("متابع")]),
        ("المشاهدات تخطت 1.5M", vec![m("1.5M", 1_500_000)]),
        ("سعره 25K فقط", vec![m("25K", 25_000)]),
        (
            "بلغت قيمتها $1.5B أمس",
            vec![m("$1.5B", 1_500_000_000).un("$", "USD")],
        ),
        ("نموذج 70B", vec![m("70B", 70_000_000_000_i64)]),
        // ... but not a single digit, a unit such as km, or a word
        (
            "تلفزيون 4K بسعر 900 ريال",
            vec![m("4", 4), m("900 ريال", 900).un("ريال", "riyal")],
        ),
        ("ركض 10km اليوم", vec![m("10km", 10).un("km", "km")]),
        ("برنامج 12Kings", vec![m("12", 12)]),
        // nor is a date written in digits, in either order, with any of its separators
        ("صدر القرار في 2023/11/05 بعد نقاش طويل", vec![]),
        ("صدر القرار في 5/11/2023 بعد نقاش طويل", vec![]),
        ("صدر القرار في ٥/١١/٢٠٢٣ بعد نقاش طويل", vec![]),
        ("افتتح المعرض يوم 2024-03-09.", vec![]),
        ("افتتح المعرض يوم 09-03-24 رسميا", vec![]),
        ("افتتح المعرض يوم 09.03.2024 رسميا", vec![]),
        // a tatweel drawn out between the parts is a dash, as the normalizer writes it
        ("صدر القرار بتاريخ ٢٠٢٤ـ٠٥ـ١٢ عن المحكمة", vec![]),
        ("صدر القرار في 12ـــ5ـــ2024 رسميا", vec![]),
        (
            "وقعت الاتفاقية في 23 / 7 / 2023 بحضور 40 مندوبا",
            vec![m("40 مندوبا", 40).u("مندوبا")],
        ),
        // ... but a fraction, a range of years, a score, a version-like dotted triple and a
        // longer chain still hold numbers
        ("أنجز 3/4 المشروع", vec![m("3/4", 0.75).frac()]),
        ("فاز الفريق 2-1 على ضيفه", vec![m("2", 2), m("1", 1)]),
        (
            "بين عامي 2010-2015 تضاعف الإنتاج",
            vec![m("2010-2015", 2010).to(2015)],
        ),
        (
            "قاعدة 13/25/2023 لا تصح",
            vec![m("13", 13), m("25", 25), m("2023", 2023)],
        ),
        (
            "الرمز 1/2/2023/4 فقط",
            vec![m("1", 1), m("2", 2), m("2023", 2023), m("4", 4)],
        ),
        (
            "الرمز 5 / 1 / 12 / 2023 فقط",
            vec![m("5", 5), m("1", 1), m("12", 12), m("2023", 2023)],
        ),
        // ... but a score, a decimal with a leading zero and a short number still are
        ("فاز الفريق 3:0 على ضيفه", vec![m("3", 3), m("0", 0)]),
        ("شرب 0.5 لتر", vec![m("0.5 لتر", 0.5).un("لتر", "l")]),
        // a definite unit before a ten keeps the compound a count; الواحد is the ordinal
        (
            "خلال الساعات الأربع والعشرين الماضية",
            vec![m("الأربع والعشرين", 24)],
        ),
        (
            "في القرن الواحد والعشرين",
            vec![m("الواحد والعشرين", 21).ord()],
        ),
        // an adverb after a number is not what it counts
        ("وصل 5 هنا ثم غادر", vec![m("5", 5)]),
        ("بقي 12 هناك", vec![m("12", 12)]),
        ("احتل المرتبة 15 عالمياً", vec![m("15", 15)]),
        ("يتناول المريض 3 حبات يومياً", vec![m("3 حبات", 3).u("حبات")]),
        // ... while a nisba noun is counted
        ("قتل 20 مدنياً", vec![m("20 مدنياً", 20).u("مدنياً")]),
    ]);
}

#[test]
fn extract_phone_numbers_in_groups_ordinals_after_the_article_and_parts_of_a_scale() {
    check_extract(vec![
        // a phone number written in groups is no quantity (it gave 966, 50, 123 and 4567)
        ("للتواصل +966 50 123 4567 على مدار الساعة", vec![]),
        ("للتواصل +966501234567", vec![]),
        ("اتصلوا على 00962 79 123 4567", vec![]),
        ("الهاتف 050-123-4567 للحجز", vec![]),
        ("هاتف: ٠٦ ٥٥٥١٢٣٤", vec![]),
        // ... but short groups after a national zero, and a signed count, still are numbers
        ("فاز بنتيجة 05 10", vec![m("05", 5), m("10", 10)]),
        ("الحرارة +35 درجة", vec![m("35 درجة", 35).un("درجة", "deg")]),
        // digits after the article after a singular noun of a series or ranking: ordinal
        (
            "احتل المنتخب المركز الـ15 عالميا",
            vec![m("الـ15", 15).ord()],
        ),
        (
            "انطلقت الدورة الـ33 للألعاب الأولمبية",
            vec![m("الـ33", 33).ord()],
        ),
        ("فاز باللقب للمرة الـ15", vec![m("الـ15", 15).ord()]),
        ("سجل الهدف في الدقيقة الـ90", vec![m("الـ90", 90).ord()]),
        (
            "احتفلت البلاد بالذكرى الـ75 للاستقلال",
            vec![m("الـ75", 75).ord()],
        ),
        // ... after a plural they stay a count
        ("اجتمع الأعضاء الـ15 في المجلس", vec![m("15", 15)]),
        ("وافق قادة الدول الـ27 على الخطة", vec![m("27", 27)]),
        // a fraction before a definite scale is a part of it (was 0.75 and 1,000,000)
        (
            "بلغت الخسائر ثلاثة أرباع المليون",
            vec![m("ثلاثة أرباع المليون", 750_000)],
        ),
        (
            "جمعت الحملة ثلاثة أرباع المليون دولار",
            vec![m("ثلاثة أرباع المليون دولار", 750_000).un("دولار", "USD")],
        ),
        ("صوت ثلاثة أرباع الأعضاء", vec![m("ثلاثة أرباع", 0.75).frac()]),
    ]);
}

#[test]
fn extract_no_count_in_wishes_and_thanks() {
    check_extract(vec![
        // a scale word before a wish is a figure of speech, not a count
        ("ألف مبروك يا بطل", vec![]),
        ("الف الف مبروك للعروسين", vec![]),
        ("مليون شكر على المساعدة", vec![]),
        ("وألف تحية لكل المتابعين", vec![]),
        ("ألف الحمد لله على السلامة", vec![]),
        ("مية مبروك يا عمي", vec![]),
        // ... but a count of money or people beside it stays one
        (
            "ربح ألف دينار فقالوا له ألف مبروك",
            vec![m("ألف دينار", 1000).un("دينار", "dinar")],
        ),
        ("ثلاثة آلاف مبروك", vec![m("ثلاثة آلاف", 3000)]),
    ]);
}

#[test]
fn extract_ranges_without_a_frame() {
    check_extract(vec![
        // the end's scale counts for the start too: the start alone cannot be meant
        (
            "شارك 3 إلى 4 آلاف شخص في المسيرة",
            vec![m("3 إلى 4 آلاف شخص", 3000).to(4000).u("شخص")],
        ),
        (
            "تكلف المشروع 5 أو 6 ملايين دولار",
            vec![m("5 أو 6 ملايين دولار", 5_000_000)
                .to(6_000_000)
                .un("دولار", "USD")],
        ),
        (
            "نزح خمسة إلى ستة آلاف",
            vec![m("خمسة إلى ستة آلاف", 5000).to(6000)],
        ),
        // after a hedge, "إلى" is a range with or without a scale
        (
            "وصل بنحو 3 إلى 4 آلاف زائر",
            vec![m("نحو 3 إلى 4 آلاف زائر", 3000)
                .to(4000)
                .ap("about")
                .u("زائر")],
        ),
        (
            "يستغرق الشحن قرابة 3 إلى 5 أيام",
            vec![m("قرابة 3 إلى 5 أيام", 3)
                .to(5)
                .ap("about")
                .un("أيام", "day")],
        ),
        // without either, two numbers: a score, a choice
        ("فاز الفريق 3 إلى 1", vec![m("3", 3), m("1", 1)]),
        ("اختر 3 أو 4", vec![m("3", 3), m("4", 4)]),
    ]);
}

#[test]
fn extract_no_quantity_in_designations() {
    check_extract(vec![
        // digits joined to a name: a model, a virus, a group
        ("تراجعت إصابات كوفيد-19 هذا الشهر", vec![]),
        ("وصلت طائرات إف-16 ومقاتلات سو-35", vec![]),
        ("F-16 jets and the G20 summit", vec![]),
        ("اجتمع قادة مجموعة G20 في روما", vec![]),
        // ... but a currency code glued to its amount, a spaced dash and a range stay numbers
        ("دفع USD100 رسوما", vec![m("USD100", 100).un("USD", "USD")]),
        (
            "الحرارة - 5 درجات",
            vec![m("- 5 درجات", -5).un("درجات", "deg")],
        ),
        ("بين 2015-2020", vec![m("بين 2015-2020", 2015).to(2020)]),
        // tatweel drawn out between digits is the same dash (the normalizer's rule); joined to
        // a letter it is part of the word
        (
            "من ١٥ـ٢٠ دولارا",
            vec![m("من ١٥ـ٢٠ دولارا", 15).to(20).un("دولارا", "USD")],
        ),
        ("موسم ٢٠٢٣ـــ٢٠٢٤", vec![m("٢٠٢٣ـــ٢٠٢٤", 2023).to(2024)]),
        ("فاز ٢ـ١ على", vec![m("٢", 2), m("١", 1)]),
        (
            "بـ3500 ريال",
            vec![m("3500 ريال", 3500).un("ريال", "riyal")],
        ),
    ]);
}

#[test]
fn extract_ordinal_after_the_article_after_a_hamza_noun() {
    // "الرئيس" was listed unfolded ("الرئيس" for the folded "الرييس") and never matched
    check_extract(vec![
        (
            "التقى الرئيس الـ45 للولايات المتحدة",
            vec![m("الـ45", 45).ord()],
        ),
        // "وحدة" was listed unfolded among the nouns whose و is a root letter
        ("بيعت 5 وحدة سكنية", vec![m("5 وحدة", 5).u("وحدة")]),
    ]);
}

#[test]
fn parse_thousands_of_a_larger_scale() {
    // a number in thousands before مليون/مليار counts that scale (was an error)
    check_parse(&[
        ("ثلاثة آلاف وخمسمائة مليون", int(3_500_000_000)),
        ("ألف وخمسمائة مليون", int(1_500_000_000)),
        ("عشرين ألف مليون", int(20_000_000_000)),
        ("3 آلاف و500 مليون", int(3_500_000_000)),
        ("مائتي ألف مليار", int(200_000_000_000_000)),
        ("ألف وخمسمائة مليون وثلاثمائة ألف", int(1_500_300_000)),
        // the lone thousand and the dual keep their own path
        ("ألف مليون", int(1_000_000_000)),
        ("ألفي مليون", int(2_000_000_000)),
    ]);
    // a scale never multiplies a number that already holds a million
    assert!(parse_number("مليون وثلاثة آلاف مليار").is_err());
    assert!(parse_number("خمسون ألف ألف").is_err());
}

#[test]
fn extract_thousands_of_millions_versions_and_phone_pairs() {
    check_extract(vec![
        // "3,500 million" was 3000 and 500,000,000
        (
            "بلغت قيمة الصادرات نحو ثلاثة آلاف وخمسمائة مليون دولار العام الماضي",
            vec![m("نحو ثلاثة آلاف وخمسمائة مليون دولار", 3_500_000_000_i64)
                .ap("about")
                .un("دولار", "USD")],
        ),
        (
            "رصدت الحكومة ألفا وخمسمائة مليون درهم للمشروع",
            vec![m("ألفا وخمسمائة مليون درهم", 1_500_000_000_i64).un("درهم", "dirham")],
        ),
        // a version, an IP address or a section number is no quantity (were 3.2 and
        // "1 متاح", 192.168 and 1.1)
        ("الإصدار 3.2.1 متاح للتحميل", vec![]),
        ("حدّث هاتفك إلى iOS 17.4.1 الآن", vec![]),
        ("عنوان الخادم 192.168.1.10 في الشبكة", vec![]),
        ("انظر البند 1.2.3 من العقد", vec![]),
        // ... while periods for thousands and a decimal stay numbers
        (
            "بلغت الميزانية 12.500.750 دولار",
            vec![m("12.500.750 دولار", 12_500_750).un("دولار", "USD")],
        ),
        ("ارتفع المؤشر 3.5 نقطة", vec![m("3.5 نقطة", 3.5).u("نقطة")]),
        // a national number in pairs (Maghreb, France) is no quantity either (was 5, 22, 33 …)
        ("للحجز: 05 22 33 44 55 أو 06-61-23-45-67", vec![]),
        // four pairs or fewer stay numbers
        (
            "سجل 05 22 33 44",
            vec![m("05", 5), m("22", 22), m("33", 33), m("44", 44)],
        ),
    ]);
}

#[test]
fn extract_metres_after_a_decimal() {
    // "م" after a decimal is metres (was no unit); a year, an hour and a million keep theirs
    check_extract(vec![
        (
            "وزنه 75 كغ وطوله 1.80 م.",
            vec![m("75 كغ", 75).un("كغ", "kg"), m("1.80 م", 1.8).un("م", "m")],
        ),
        ("بلغ ارتفاع الموج 2.5 م", vec![m("2.5 م", 2.5).un("م", "m")]),
        ("توفي عام 2024 م", vec![m("2024", 2024)]),
        ("مساحتها 1.5 م2", vec![m("1.5 م2", 1.5).un("م2", "m2")]),
        // before a currency "م" abbreviates a million
        (
            "ربح 1.5 م دولار",
            vec![m("1.5 م دولار", 1_500_000).un("دولار", "USD")],
        ),
        (
            "صفقة بـ 20 م ريال",
            vec![m("20 م ريال", 20_000_000).un("ريال", "riyal")],
        ),
    ]);
}

#[test]
fn extract_verbs_and_one_after_its_noun() {
    // a frequent verb is no counted noun: verb-only words, and verb-or-noun words with a
    // number right after them (was "21 وصل" with the unit "وصل")
    check_extract(vec![
        (
            "سعر الذهب عيار 21 وصل 250 ريال",
            vec![m("21", 21), m("250 ريال", 250).un("ريال", "riyal")],
        ),
        ("سجلت 3 فاز بها الفريق", vec![m("3", 3)]),
        ("قتل 5 أشخاص", vec![m("5 أشخاص", 5).u("أشخاص")]),
        ("حضر 300 طالب", vec![m("300 طالب", 300).u("طالب")]),
        // "one" after its noun counts it (was a bare 1)
        (
            "فاز بهدفين مقابل هدف واحد",
            vec![m("هدفين", 2).u("هدفين"), m("هدف واحد", 1).u("هدف")],
        ),
        ("اكتفى بهدف واحد", vec![m("هدف واحد", 1).u("هدف")]),
        ("بقي يوم واحد", vec![m("يوم واحد", 1).un("يوم", "day")]),
        ("نجا شخص واحد فقط", vec![m("شخص واحد", 1).u("شخص")]),
        // "one of them" is no adjective
        ("قتل واحد منهم", vec![m("واحد", 1)]),
        // "الواحد" after a definite noun means "per": no quantity (was 1)
        (
            "50 ريالا للشخص الواحد",
            vec![m("50 ريالا", 50).un("ريالا", "riyal")],
        ),
        (
            "ثلاث وجبات في اليوم الواحد",
            vec![m("ثلاث وجبات", 3).u("وجبات")],
        ),
    ]);
}

#[test]
fn parse_accusative_one_and_one_word_thousands() {
    check_parse(&[
        ("واحدا", int(1)),
        // Egyptian thousands written as one word
        ("خمستلاف", int(5000)),
        ("تلتلاف وخمسمية", int(3500)),
        ("عشرتلاف", int(10_000)),
        // the scale again after its fraction, with or without the article
        ("مليون ونصف مليون", int(1_500_000)),
        ("مليون ونصف المليون", int(1_500_000)),
    ]);
}

#[test]
fn extract_accusative_one_after_its_noun_and_one_word_thousands() {
    check_extract(vec![
        // the accusative "one" after its noun counts it (was nothing at all)
        (
            "دفعت دولارا واحدا فقط",
            vec![m("دولارا واحدا", 1).un("دولارا", "USD")],
        ),
        (
            "لم يبق إلا ريالا واحدا",
            vec![m("ريالا واحدا", 1).un("ريالا", "riyal")],
        ),
        ("سجل هدفا واحدا", vec![m("هدفا واحدا", 1).u("هدفا")]),
        ("كان واحدا من أبرز اللاعبين", vec![m("واحدا", 1)]),
        // "مليون ونصف مليون" is one number (was 1,000,000 and 500,000)
        (
            "يسكنها مليون ونصف مليون نسمة",
            vec![m("مليون ونصف مليون نسمة", 1_500_000).u("نسمة")],
        ),
        (
            "دفع خمستلاف جنيه",
            vec![m("خمستلاف جنيه", 5000).un("جنيه", "pound")],
        ),
        (
            "بعشرتلاف جنيه",
            vec![m("عشرتلاف جنيه", 10_000).un("جنيه", "pound")],
        ),
    ]);
}

#[test]
fn extract_a_hedge_before_the_article_of_digits() {
    // the hedge stood before "الـ" and was lost ("قرابة الـ500 شخص" gave a plain 500)
    check_extract(vec![
        (
            "قرابة الـ500 شخص",
            vec![m("قرابة الـ500 شخص", 500).ap("about").u("شخص")],
        ),
        (
            "أكثر من الـ100 شخص",
            vec![m("أكثر من الـ100 شخص", 100).ap("more_than").u("شخص")],
        ),
        (
            "ما يقارب الـ 40 ألف",
            vec![m("ما يقارب الـ 40 ألف", 40_000).ap("about")],
        ),
        // an ordinal after the article stays one
        ("احتل المركز الـ 20", vec![m("الـ 20", 20).ord()]),
    ]);
}

#[test]
fn extract_the_accusative_of_feminine_units() {
    // the indefinite accusative writes its tanwin as an alef ("ثلاثًا"); it was no number, so
    // "تسعًا وتسعين" gave 90 and "وازدادوا تسعًا" nothing
    check_extract(vec![
        (
            "رعى الراعي تِسْعًا وَتِسْعِينَ نَعْجَةً",
            vec![m("تِسْعًا وَتِسْعِينَ نَعْجَةً", 99).u("نَعْجَةً")],
        ),
        (
            "باع ثلاثا وعشرين ناقة في السوق",
            vec![m("ثلاثا وعشرين ناقة", 23).u("ناقة")],
        ),
        ("مكث في المدينة سنة وزاد عليها خمسًا", vec![m("خمسًا", 5)]),
        (
            "قطع أربعا وأربعين كيلومترا",
            vec![m("أربعا وأربعين كيلومترا", 44).un("كيلومترا", "km")],
        ),
        // with the article it is a weekday written without its hamza, no number
        ("نلتقي يوم الثلاثا في المكتب", vec![]),
        ("موعدنا الأربعا بعد العصر", vec![]),
    ]);
}

#[test]
fn extract_no_quantity_in_verse_numbers() {
    // the number of a verse is a label: after the end-of-ayah sign it had taken the next
    // verse's first word as its counted noun ("۝١٢ خَلَقَ")
    check_extract(vec![
        ("عَلَّمَ الْقُرْآنَ ۝١٢ خَلَقَ الْإِنسَانَ ۝١٣", vec![]),
        ("ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ﴿٢﴾ ٱلرَّحْمَٰنِ", vec![]),
        ("انظر الحاشية \u{0602}٣ في الكتاب", vec![]),
        // an ornate parenthesis around more than the digits, and digits after the verse
        // mark with a space, stay numbers
        (
            "﴿وَلَبِثُوا فِي كَهْفِهِمْ ثَلَاثَ مِائَةٍ سِنِينَ﴾",
            vec![m("ثَلَاثَ مِائَةٍ سِنِينَ", 300).un("سِنِينَ", "year")],
        ),
        ("حفظ ۝ 5 آيات", vec![m("5 آيات", 5).u("آيات")]),
    ]);
}

#[test]
fn a_decimal_point_after_a_verse_sign_ends() {
    // the verse-number look-ahead once matched nothing at a decimal point and stood still
    for text in ["۝.5", "﴿.5﴾", "\u{0603}.٥ صفحة"] {
        let _ = extract_numbers(text);
    }
}

#[test]
fn extract_finance_decimals_signs_points_and_percent_ranges() {
    check_extract(vec![
        // a decimal said in words with "فاصل" (only "فاصلة" was read: 2 and 5% apart), its
        // two spoken digits "خمسة وعشرين" after the point (25% apart), and a scale after it
        (
            "بلغ العجز ثلاثة فاصل ستة بالمئة",
            vec![m("ثلاثة فاصل ستة بالمئة", 3.6).pct()],
        ),
        (
            "ارتفع العائد صفر فاصل ثمانية في المئة",
            vec![m("صفر فاصل ثمانية في المئة", 0.8).pct()],
        ),
        (
            "بلغ الفائض أربعة فاصل خمسة وسبعين بالمئة",
            vec![m("أربعة فاصل خمسة وسبعين بالمئة", 4.75).pct()],
        ),
        (
            "خصصت اثنين فاصل سبعة مليار ريال",
            vec![m("اثنين فاصل سبعة مليار ريال", 2_700_000_000).un("ريال", "riyal")],
        ),
        ("نما 3 فاصل 4 بالمئة", vec![m("3 فاصل 4 بالمئة", 3.4).pct()]),
        // "سالب" before a number is its minus sign (was dropped: 4 and 0.7%)
        (
            "هبطت الحرارة إلى سالب أربع درجات",
            vec![m("سالب أربع درجات", -4).un("درجات", "deg")],
        ),
        (
            "سجل الناتج نموا سالب 0.7%",
            vec![m("سالب 0.7%", -0.7).pct()],
        ),
        // percentage points and basis points (the unit was "نقطة", "مئوية" left out)
        (
            "صعدت البطالة 1.2 نقطة مئوية",
            vec![m("1.2 نقطة مئوية", 1.2).un("نقطة مئوية", "pp")],
        ),
        (
            "رفع الفائدة 75 نقطة أساس",
            vec![m("75 نقطة أساس", 75).un("نقطة أساس", "bp")],
        ),
        (
            "زاد العجز نقطتين مئويتين",
            vec![m("نقطتين مئويتين", 2).un("نقطتين مئويتين", "pp")],
        ),
        // a percent after the end of a range without a frame counts for both (was 4 and 6%)
        ("يتوقع نموا 4 إلى 6%", vec![m("4 إلى 6%", 4).to(6).pct()]),
        (
            "زيادة 3 أو 4 في المئة",
            vec![m("3 أو 4 في المئة", 3).to(4).pct()],
        ),
        // ... while a score stays two numbers
        ("فاز 3 إلى 1", vec![m("3", 3), m("1", 1)]),
        // fractions of a second belong to a race time in clock form (".5" was 0.5)
        ("أنهى السباق في 1:52.8 دقيقة", vec![]),
    ]);
}

#[test]
fn extract_scores_and_units_before_a_weekday() {
    check_extract(vec![
        // after a word of a match's result, a dash joins a score's two sides (was a range)
        ("فاز الزوار 1-4 على مضيفيهم", vec![m("1", 1), m("4", 4)]),
        ("وخسر المنتخب 0-3 أمام ضيفه", vec![m("0", 0), m("3", 3)]),
        ("انتهى اللقاء بنتيجة 2-2", vec![m("2", 2), m("2", 2)]),
        // ... and a range keeps what it counts
        (
            "فاز بجائزة الأطفال 3-6 سنوات",
            vec![m("3-6 سنوات", 3).to(6).un("سنوات", "year")],
        ),
        ("أعمارهم 15-18", vec![m("15-18", 15).to(18)]),
        // a singular unit of time before a weekday or month names it (was "1 يوم", a day)
        ("فاز 3-1 يوم الجمعة", vec![m("3", 3), m("1", 1)]),
        ("وصل 2 يوم الأحد", vec![m("2", 2)]),
        ("بقي 1 يوم فقط", vec![m("1 يوم", 1).un("يوم", "day")]),
    ]);
}

#[test]
fn extract_a_minus_after_the_conjunction_and_minus_said_before_a_temperature() {
    check_extract(vec![
        // "و-2%" was read as a name and its digits ("كوفيد-19") and dropped
        (
            "يتوقع انكماشا بين -3% و-4%",
            vec![m("-3%", -3).pct(), m("-4%", -4).pct()],
        ),
        (
            "سجلت -2 و-6 درجات",
            vec![m("-2", -2), m("-6 درجات", -6).un("درجات", "deg")],
        ),
        ("أصيب بكوفيد-19", vec![]),
        // "ناقص" before a temperature is its minus; elsewhere it is "short of"
        (
            "بلغت الحرارة ناقص 7 درجات مئوية",
            vec![m("ناقص 7 درجات مئوية", -7).un("درجات مئوية", "C")],
        ),
        ("لعب الفريق ناقص 2 لاعبين", vec![m("2 لاعبين", 2).u("لاعبين")]),
    ]);
}

#[test]
fn extract_the_trillion_dual_in_construct() {
    check_extract(vec![
        // "تريليوني" before its noun was no number at all, as "مليوني"/"ملياري" are
        (
            "بلغت القيمة السوقية نحو تريليوني دولار",
            vec![m("نحو تريليوني دولار", 2_000_000_000_000)
                .ap("about")
                .un("دولار", "USD")],
        ),
        (
            "ديون تقارب ترليوني ريال",
            vec![m("تقارب ترليوني ريال", 2_000_000_000_000)
                .ap("about")
                .un("ريال", "riyal")],
        ),
    ]);
}

#[test]
fn extract_no_fraction_in_a_quarter_or_semi_final() {
    check_extract(vec![
        // "ربع النهائي" is the quarter-final, "نصف النهائي" the semi-final (were 0.25 and 0.5)
        ("تأهل المنتخب إلى ربع النهائي", vec![]),
        ("خرج الفريق من الدور نصف النهائي أمام ضيفه", vec![]),
        ("مباراة نصف نهائي الكأس", vec![]),
        ("بلغ ربع نهائي البطولة ونصف النهائي", vec![]),
        // ... while a half of something else stays a fraction
        (
            "لعب نصف ساعة في المباراة النهائية",
            vec![m("نصف ساعة", 0.5).frac().un("ساعة", "hour")],
        ),
        ("خسر نصف الأهداف", vec![m("نصف", 0.5).frac()]),
    ]);
}

#[test]
fn extract_a_hedge_before_the_article_of_a_percent() {
    check_extract(vec![
        // the hedge before "الـ" was lost for a percent ("40 بالمئة" alone), kept for a count
        (
            "بلغت نسبة الإقبال قرابة الـ40 بالمئة",
            vec![m("قرابة الـ40 بالمئة", 40).pct().ap("about")],
        ),
        (
            "صوت أكثر من الـ 55%",
            vec![m("أكثر من الـ 55%", 55).pct().ap("more_than")],
        ),
        // without a hedge the article stays out of the span, as for a count
        ("تجاوزت الـ60 بالمئة", vec![m("60 بالمئة", 60).pct()]),
    ]);
}

#[test]
fn extract_no_counted_noun_in_a_conjunction_on_a_function_word() {
    check_extract(vec![
        // dialect "ولا" ("or") was the counted noun of the number before it
        ("كم سعره؟ ٢٥٠ ولا ٣٠٠؟", vec![m("٢٥٠", 250), m("٣٠٠", 300)]),
        ("وصل 5 ولم يصل الباقون", vec![m("5", 5)]),
        // a noun that starts with و is still counted
        ("اشترى 3 وحدات", vec![m("3 وحدات", 3).u("وحدات")]),
    ]);
}

#[test]
fn extract_an_unframed_range_before_a_unit_of_the_table() {
    check_extract(vec![
        // "إلى" between two bare numbers before a unit of measure, time or currency is a range
        // (was the bare start and the end with the unit apart)
        (
            "سرعة الرياح 40 إلى 60 كم/ساعة",
            vec![m("40 إلى 60 كم/ساعة", 40).to(60).un("كم/ساعة", "km/h")],
        ),
        (
            "ارتفاع الأمواج 2.5 إلى 3.5 أمتار",
            vec![m("2.5 إلى 3.5 أمتار", 2.5).to(3.5).un("أمتار", "m")],
        ),
        (
            "يحتاج البالغ 7 حتى 9 ساعات من النوم",
            vec![m("7 حتى 9 ساعات", 7).to(9).un("ساعات", "hour")],
        ),
        // a start with its own unit is a conversion, hedged or not
        (
            "حوّل 100 دولار إلى 375 ريال",
            vec![
                m("100 دولار", 100).un("دولار", "USD"),
                m("375 ريال", 375).un("ريال", "riyal"),
            ],
        ),
        (
            "نحو 100 دولار إلى 375 ريالا",
            vec![
                m("نحو 100 دولار", 100).ap("about").un("دولار", "USD"),
                m("375 ريالا", 375).un("ريالا", "riyal"),
            ],
        ),
        // a counted noun, "أو" and a fall are no such range
        (
            "فاز الفريق 2 إلى 3 أهداف",
            vec![m("2", 2), m("3 أهداف", 3).u("أهداف")],
        ),
        (
            "قطع 5 أو 6 كم",
            vec![m("5", 5), m("6 كم", 6).un("كم", "km")],
        ),
        (
            "خفض السرعة 120 إلى 100 كم",
            vec![m("120", 120), m("100 كم", 100).un("كم", "km")],
        ),
    ]);
}

#[test]
fn extract_a_period_grouping_thousands() {
    check_extract(vec![
        // before a counted noun a period and three digits group thousands (was 1.2 dead)
        (
            "سقط 1.200 قتيل في القصف",
            vec![m("1.200 قتيل", 1200).u("قتيل")],
        ),
        (
            "هدمت السلطات ١.٣٥٠ منزلا",
            vec![m("١.٣٥٠ منزلا", 1350).u("منزلا")],
        ),
        (
            "من 1.200 إلى 1.800 مهاجر",
            vec![m("من 1.200 إلى 1.800 مهاجر", 1200).to(1800).u("مهاجر")],
        ),
        // a currency of a hundred cents with the three digits ending in "00"
        (
            "دفع العميل 15.000 دولار",
            vec![m("15.000 دولار", 15000).un("دولار", "USD")],
        ),
        (
            "تبرعت بمبلغ 2.500 جنيه",
            vec![m("2.500 جنيه", 2500).un("جنيه", "pound")],
        ),
        // an exchange rate, a dinar of a thousand fils, a measure, a score, a bare number and
        // a zero before the period stay decimals
        (
            "أغلق اليورو عند 1.085 دولار",
            vec![m("1.085 دولار", 1.085).un("دولار", "USD")],
        ),
        (
            "سعر اللتر 2.500 دينار كويتي",
            vec![m("2.500 دينار كويتي", 2.5).un("دينار كويتي", "KWD")],
        ),
        (
            "وزن الطرد 1.250 كغ",
            vec![m("1.250 كغ", 1.25).un("كغ", "kg")],
        ),
        (
            "حصلت اللاعبة على 14.733 نقطة",
            vec![m("14.733 نقطة", 14.733).u("نقطة")],
        ),
        ("ارتفع إلى 1.200", vec![m("1.200", 1.2)]),
        (
            "عينة من 0.500 غرام",
            vec![m("0.500 غرام", 0.5).un("غرام", "g")],
        ),
        ("٣٫٥٠٠ منزل", vec![m("٣٫٥٠٠ منزل", 3.5).u("منزل")]),
        // a text that writes its decimals with a comma or its thousands in period groups
        // reads every period so, a dinar only with a decimal comma
        (
            "نما القطاع 5,7% وأنتج 1.250 طنا",
            vec![m("5,7%", 5.7).pct(), m("1.250 طنا", 1250).un("طنا", "t")],
        ),
        (
            "كلف المشروع 3.400.000 دينار والتذكرة 2.500 دينار و1.300 متر",
            vec![
                m("3.400.000 دينار", 3_400_000).un("دينار", "dinar"),
                m("2.500 دينار", 2.5).un("دينار", "dinar"),
                m("1.300 متر", 1300).un("متر", "m"),
            ],
        ),
        // one period group before a decimal comma is thousands (was 13.245 and 67 points)
        (
            "أغلق المؤشر عند 13.245,67 نقطة",
            vec![m("13.245,67 نقطة", 13245.67).u("نقطة")],
        ),
        // a range's end read so lets the range go up (was 900 and 1200 apart)
        (
            "قتل ما بين 900 و1.200 شخص",
            vec![m("ما بين 900 و1.200 شخص", 900).to(1200).u("شخص")],
        ),
        // a pound of no fraction in use takes any three digits as thousands
        (
            "تجاوز الدولار 14.750 ليرة لبنانية",
            vec![m("14.750 ليرة لبنانية", 14750).un("ليرة لبنانية", "LBP")],
        ),
        // and a dinar's comma before three digits is a decimal in a text of decimal commas
        (
            "بلغ التضخم 6,7% وسعر الكيلوغرام 45,500 دينار",
            vec![
                m("6,7%", 6.7).pct(),
                m("45,500 دينار", 45.5).un("دينار", "dinar"),
            ],
        ),
        (
            "سعر الكيلوغرام 45,500 دينار",
            vec![m("45,500 دينار", 45500).un("دينار", "dinar")],
        ),
        // a decimal period elsewhere keeps the measure a decimal
        (
            "نما 2.5% وأنتج 1.250 طنا",
            vec![m("2.5%", 2.5).pct(), m("1.250 طنا", 1.25).un("طنا", "t")],
        ),
    ]);
}

#[test]
fn extract_compound_units() {
    check_extract(vec![
        // a unit divided by another after a slash is one unit (was the first alone)
        (
            "سجل السكري 180 ملغ/دل صباحا",
            vec![m("180 ملغ/دل", 180).un("ملغ/دل", "mg/dL")],
        ),
        (
            "تركيز النترات 45 ملغ/لتر",
            vec![m("45 ملغ/لتر", 45).un("ملغ/لتر", "mg/l")],
        ),
        (
            "جرعة 15 مل/كغ",
            vec![m("15 مل/كغ", 15).un("مل/كغ", "ml/kg")],
        ),
        ("تدفق 250 م3/ث", vec![m("250 م3/ث", 250).un("م3/ث", "m3/s")]),
        (
            "الغبار 180 ميكروغرام/م3",
            vec![m("180 ميكروغرام/م3", 180).un("ميكروغرام/م3", "ug/m3")],
        ),
        (
            "رياح 50 كلم/سا",
            vec![m("50 كلم/سا", 50).un("كلم/سا", "km/h")],
        ),
        ("سرعة 12 م / ث", vec![m("12 م / ث", 12).un("م / ث", "m/s")]),
        (
            "برنت 82 دولار/برميل",
            vec![m("82 دولار/برميل", 82).un("دولار/برميل", "USD/bbl")],
        ),
        (
            "LDL 130 mg/dl",
            vec![m("130 mg/dl", 130).un("mg/dl", "mg/dL")],
        ),
        // a speed also with "في الساعة" or "بالساعة", not "in the first hour"
        (
            "رياح بسرعة 70 كم في الساعة",
            vec![m("70 كم في الساعة", 70).un("كم في الساعة", "km/h")],
        ),
        (
            "يسير 90 كم بالساعة",
            vec![m("90 كم بالساعة", 90).un("كم بالساعة", "km/h")],
        ),
        (
            "قطع 40 كم في الساعة الأولى",
            vec![m("40 كم", 40).un("كم", "km"), m("الأولى", 1).ord()],
        ),
        // ... and a rate of data with "في الثانية" (the ordinal 2 before)
        (
            "وصلت السرعة إلى 100 ميجابت في الثانية",
            vec![m("100 ميجابت في الثانية", 100).un("ميجابت في الثانية", "Mbit/s")],
        ),
        (
            "سرعة 1 جيجابت/ثانية",
            vec![m("1 جيجابت/ثانية", 1).un("جيجابت/ثانية", "Gbit/s")],
        ),
        // the Maghreb's one-letter gram (was no unit)
        ("علبة 500 غ من الزبدة", vec![m("500 غ", 500).un("غ", "g")]),
        // alternatives and a number after the slash are no compound
        (
            "يستمر 3 ساعات/أيام",
            vec![m("3 ساعات", 3).un("ساعات", "hour")],
        ),
        ("سعر 10 دولار/يورو", vec![m("10 دولار", 10).un("دولار", "USD")]),
        (
            "الوزن 50 كغ/60 كغ",
            vec![m("50 كغ", 50).un("كغ", "kg"), m("60 كغ", 60).un("كغ", "kg")],
        ),
    ]);
}

#[test]
fn extract_earthquake_magnitudes() {
    check_extract(vec![
        // a degree on the Richter scale is a magnitude, not a temperature or an angle (it was
        // "deg"): the scale joins the unit
        (
            "ضرب زلزال بقوة 6.2 درجات على مقياس ريختر المدينة",
            vec![m("6.2 درجات على مقياس ريختر", 6.2).un("درجات على مقياس ريختر", "Richter")],
        ),
        (
            "هزة أرضية قوتها 4.5 درجة بمقياس ريختر",
            vec![m("4.5 درجة بمقياس ريختر", 4.5).un("درجة بمقياس ريختر", "Richter")],
        ),
        (
            "زلزال بلغت قوته 7 درجات وفق سلم ريشتر",
            vec![m("7 درجات وفق سلم ريشتر", 7).un("درجات وفق سلم ريشتر", "Richter")],
        ),
        // the scale alone is the unit
        (
            "زلزال بقوة 5.1 على مقياس ريختر",
            vec![m("5.1 على مقياس ريختر", 5.1).un("على مقياس ريختر", "Richter")],
        ),
        (
            "هزة بقوة 3 ريختر",
            vec![m("3 ريختر", 3).un("ريختر", "Richter")],
        ),
        // "بقوة ... درجات" with no scale named is a strength (an earthquake's, a wind's): the
        // degrees are kept as the unit, with no normalized unit, since the scale is unknown
        (
            "ضرب زلزال بقوة 5.8 درجات جنوب البلاد",
            vec![m("5.8 درجات", 5.8).u("درجات")],
        ),
        ("رياح قوتها 6 درجات", vec![m("6 درجات", 6).u("درجات")]),
        // temperatures are as before
        (
            "سجلت الحرارة 45 درجة",
            vec![m("45 درجة", 45).un("درجة", "deg")],
        ),
        (
            "بلغت 40 درجة مئوية",
            vec![m("40 درجة مئوية", 40).un("درجة مئوية", "C")],
        ),
    ]);
}

#[test]
fn extract_dialect_numbers_of_every_region() {
    check_extract(vec![
        // Egyptian: thousands in one word with the alef of آلاف (it gave nothing)
        (
            "دفعت تلتالاف جنيه للدكتور",
            vec![m("تلتالاف جنيه", 3000).un("جنيه", "pound")],
        ),
        // Levantine teens written with the ر of عشر (it gave nothing)
        (
            "عندي خمسطعشر سنة بالشغل هون",
            vec![m("خمسطعشر سنة", 15).un("سنة", "year")],
        ),
        // Maghrebi teens in -اش (it gave "ألف ريال", 1000) and Moroccan جوج
        (
            "بقات ليا خمسطاش ألف ريال",
            vec![m("خمسطاش ألف ريال", 15000).un("ريال", "riyal")],
        ),
        (
            "خذيت أربعطاش يوم عطلة",
            vec![m("أربعطاش يوم", 14).un("يوم", "day")],
        ),
        (
            "اشتريت جوج كيلو ديال اللحم",
            vec![m("جوج كيلو", 2).un("كيلو", "kg")],
        ),
        // Moroccan ميا is a hundred inside a number or before a unit (it gave 1000), and no
        // number alone: it is also water
        (
            "خاصني ميا ألف درهم",
            vec![m("ميا ألف درهم", 100_000).un("درهم", "dirham")],
        ),
        ("شرب ميا باردة", vec![]),
        // the Gulf writes ث where the Levant writes ت
        ("عندو ثلطعش سنة", vec![m("ثلطعش سنة", 13).un("سنة", "year")]),
    ]);
}

#[test]
fn extract_currencies_of_a_country_in_the_accusative_and_plural() {
    // the adjective agrees with the currency: the accusative after 11-99 and the plural after
    // 3-10 keep the country (they gave the generic dinar, riyal, dirham)
    check_extract(vec![
        (
            "بقي له نحو 750 دينارا كويتيا",
            vec![m("نحو 750 دينارا كويتيا", 750)
                .ap("about")
                .un("دينارا كويتيا", "KWD")],
        ),
        (
            "دفع المستأجر 350 دينارا أردنيا شهريا",
            vec![m("350 دينارا أردنيا", 350).un("دينارا أردنيا", "JOD")],
        ),
        (
            "قيمته 30 ريالا عمانيا أو 75 دولارا أمريكيا",
            vec![
                m("30 ريالا عمانيا", 30).un("ريالا عمانيا", "OMR"),
                m("75 دولارا أمريكيا", 75).un("دولارا أمريكيا", "USD"),
            ],
        ),
        (
            "قيمة الفاتورة 45.50 درهما مغربيا",
            vec![m("45.50 درهما مغربيا", 45.5).un("درهما مغربيا", "MAD")],
        ),
        (
            "تبرع بعشرة دنانير عراقية",
            vec![m("عشرة دنانير عراقية", 10).un("دنانير عراقية", "IQD")],
        ),
        // Mauritania's ouguiya is no ounce
        (
            "ربح 20 ألف أوقية موريتانية",
            vec![m("20 ألف أوقية موريتانية", 20000).un("أوقية موريتانية", "MRU")],
        ),
        (
            "سعر الذهب 2350 دولارا للأوقية",
            vec![m("2350 دولارا", 2350).un("دولارا", "USD")],
        ),
    ]);
}

#[test]
fn extract_labels_after_raqm_and_verbs_that_look_like_duals() {
    check_extract(vec![
        // after "رقم" the number is a label and counts nothing: the word after it is the verb
        // ("10 سجل" had سجل as its counted noun)
        (
            "اللاعب رقم 10 سجل هدفين",
            vec![m("10", 10), m("هدفين", 2).u("هدفين")],
        ),
        ("الحافلة رقم 5 تأخرت عن موعدها", vec![m("5", 5)]),
        ("المريض بالرقم 19 غادر المستشفى", vec![m("19", 19)]),
        // a frequent verb before its definite object is no dual ("يدين": condemns, not two
        // hands)
        ("القرار 2334 يدين الاستيطان", vec![m("2334", 2334)]),
        ("مجلس الأمن يدين الهجوم", vec![]),
        // ... while the dual of a noun stays two
        ("أمسك الكرة بيدين", vec![m("يدين", 2).u("يدين")]),
        (
            "قضى يومين الماضيين هناك",
            vec![m("يومين", 2).un("يومين", "day")],
        ),
        ("3 مرضى", vec![m("3 مرضى", 3).u("مرضى")]),
    ]);
}

/// "إلا ربع", "إلا ثلث" after a count and its unit take a quarter or a third of the unit off,
/// as "ونصف", "وربع" add one: "ساعتين إلا ربع" is an hour and three quarters (it gave 2 hours
/// and a stray quarter), "كيلو إلا ربع" three quarters of a kilo.
#[test]
fn extract_a_unit_less_a_quarter_or_a_third() {
    check_extract(vec![
        (
            "استغرقت الرحلة ساعتين إلا ربع",
            vec![m("ساعتين إلا ربع", 1.75).frac().un("ساعتين", "hour")],
        ),
        (
            "انتظرنا ثلاث ساعات الا ثلث",
            vec![m("ثلاث ساعات الا ثلث", 8.0 / 3.0).frac().un("ساعات", "hour")],
        ),
        (
            "اشتريت كيلو إلا ربع لحمة",
            vec![m("كيلو إلا ربع", 0.75).frac().un("كيلو", "kg")],
        ),
        (
            "المشوار ساعة إلا ربعا",
            vec![m("ساعة إلا ربعا", 0.75).frac().un("ساعة", "hour")],
        ),
        (
            "قضى 5 سنوات إلا ربعا في السجن",
            vec![m("5 سنوات إلا ربعا", 4.75).frac().un("سنوات", "year")],
        ),
        // "إلا" before anything else is the exception it says: "لم يبق إلا ربع الكمية"
        (
            "وصل 20 شخصا إلا ربع المدعوين غابوا",
            vec![m("20 شخصا", 20).u("شخصا"), m("ربع", 0.25).frac()],
        ),
        (
            "لم يبق من الوقت إلا ربع ساعة",
            vec![m("ربع ساعة", 0.25).frac().un("ساعة", "hour")],
        ),
    ]);
}

/// Spoken function words after a number are no counted noun: adverbs and conjunctions of the
/// dialects ("كمان", "عشان", "هلق", "برضو") and prepositions with a pronoun glued on ("عندي",
/// "معاهم", "قدامي", "عشانك"); each was taken as the noun counted.
#[test]
fn extract_spoken_function_words_are_no_counted_noun() {
    check_extract(vec![
        ("بدي 3 كمان", vec![m("3", 3)]),
        ("جبت 2 عشان الولاد", vec![m("2", 2)]),
        ("اشتريت 5 علشان العيد", vec![m("5", 5)]),
        ("بقي 20 هلق", vec![m("20", 20)]),
        ("صار 30 برضو", vec![m("30", 30)]),
        ("جابوا 6 معاهم", vec![m("6", 6)]),
        ("دفعت 200 عشانك", vec![m("200", 200)]),
        ("شفت 2 قدامي", vec![m("2", 2)]),
        ("المنتخب خسر 3-1 قدام السعودية", vec![m("3", 3), m("1", 1)]),
        ("خلص 4 لسه", vec![m("4", 4)]),
        ("سافر 3 معا إلى دبي", vec![m("3", 3)]),
        // the spoken "of", alone or with its pronoun
        ("شديت 3 ديال الكيلو", vec![m("3", 3)]),
        ("خذيت 2 تاعي", vec![m("2", 2)]),
        ("جبت 4 بتاعة الكمبيوتر", vec![m("4", 4)]),
        // a noun after the number is still counted, and so are nouns that merely end like a
        // pronoun
        ("جابوا 6 كراسي معاهم", vec![m("6 كراسي", 6).u("كراسي")]),
        ("عندي 3 عيال", vec![m("3 عيال", 3).u("عيال")]),
        // a noun whose و is of its root is no conjunction
        (
            "عنده ٣ ولاد وبنتين",
            vec![m("٣ ولاد", 3).u("ولاد"), m("بنتين", 2).u("بنتين")],
        ),
    ]);
}

/// Digits after "الساعة" are the hour of the clock and count no noun: in "الساعة 8 موعدنا"
/// the word after is the sentence's subject (it was the noun counted).
#[test]
fn extract_the_hour_after_al_saa_counts_nothing() {
    check_extract(vec![
        ("الساعة 8 موعدنا في المقهى", vec![m("8", 8)]),
        ("بكرة الصبح الساعة 8 عندي موعد", vec![m("8", 8)]),
        ("على الساعة 10 اجتماع المجلس", vec![m("10", 10)]),
        // hours counted stay counted
        ("انتظرنا 3 ساعات", vec![m("3 ساعات", 3).un("ساعات", "hour")]),
    ]);
}

/// A digit glued before Latin letters in Arabizi is a letter ("3andi" عندي, "7abibi"): it
/// gave the numbers 3 and 7. Units and ordinals glued to a digit stay numbers.
#[test]
fn extract_arabizi_digits_are_letters() {
    check_extract(vec![
        ("sa7bi 3andi 2 wlad", vec![m("2", 2)]),
        ("kifak? 7abibi", vec![]),
        ("wallah 9albi m3ak", vec![]),
        ("el jaw 5atir lyoum", vec![]),
        // a digit inside the word is a letter too, and does not make the first one a number
        ("3a2ilti kbira", vec![]),
        // an English word of quantity glued to a digit is no Arabizi
        ("استنى 5min بس", vec![m("5", 5)]),
        ("تقييم 5star", vec![m("5", 5)]),
        // a unit glued on stays a quantity
        ("مشيت 3km اليوم", vec![m("3km", 3).un("km", "km")]),
        ("خذ 5mg من الدواء", vec![m("5mg", 5).un("mg", "mg")]),
    ]);
}

/// A minus written before "تحت الصفر" says below zero twice: "-5 تحت الصفر" is -5 (it gave 5).
#[test]
fn extract_minus_and_below_zero() {
    check_extract(vec![
        (
            "الحرارة -5 تحت الصفر",
            vec![m("-5 تحت الصفر", -5).un("تحت الصفر", "deg")],
        ),
        (
            "الحرارة 5 تحت الصفر",
            vec![m("5 تحت الصفر", -5).un("تحت الصفر", "deg")],
        ),
        (
            "سجلت 3 درجات تحت الصفر",
            vec![m("3 درجات تحت الصفر", -3).un("درجات", "deg")],
        ),
    ]);
}

/// "د.أ" is the Jordanian dinar and "د.إ" the Emirati dirham: folding the hamza away made both
/// dirhams.
#[test]
fn extract_jordanian_dinar_and_emirati_dirham_abbreviations() {
    check_extract(vec![
        (
            "الإيجار 400 د.أ شهريا",
            vec![m("400 د.أ", 400).un("د.أ", "JOD")],
        ),
        ("السعر 50 د.إ فقط", vec![m("50 د.إ", 50).un("د.إ", "AED")]),
        ("السعر 50 د.ا", vec![m("50 د.ا", 50).un("د.ا", "AED")]),
        // Algeria's "دج" (دينار جزائري) was no unit
        ("الخبزة بـ 15 دج", vec![m("15 دج", 15).un("دج", "DZD")]),
    ]);
}

/// The Gulf's "ثنعش" (12) and the spoken "تالاف" (thousands, with the ت of the count before
/// it) were not read: "ثلاث تالاف" gave 3.
#[test]
fn extract_gulf_twelve_and_spoken_thousands() {
    check_extract(vec![
        ("عمره ثنعش سنة", vec![m("ثنعش سنة", 12).un("سنة", "year")]),
        (
            "صرفت ثلاث تالاف ريال",
            vec![m("ثلاث تالاف ريال", 3000).un("ريال", "riyal")],
        ),
        ("دفعت خمس تالاف", vec![m("خمس تالاف", 5000)]),
    ]);
}

/// A number in digits right after a thing numbered in a series (a road, a line, a gate, a
/// hall, a floor, an article of a law) is its label, as after "رقم": the word after it is
/// no counted noun ("الطريق 7 مغلق" counted "مغلق"). A verb before the noun makes the noun
/// its subject and the number may count ("تتسع القاعة 500 شخص").
#[test]
fn extract_labels_after_a_numbered_thing() {
    check_extract(vec![
        ("الطريق 7 مغلق بسبب الأمطار", vec![m("7", 7)]),
        ("على الطريق 40 السريع وقع حادث", vec![m("40", 40)]),
        ("الحافلة 12 متأخرة اليوم", vec![m("12", 12)]),
        ("توجهوا إلى البوابة 4 فورا", vec![m("4", 4)]),
        ("الخط 3 متوقف للصيانة", vec![m("3", 3)]),
        ("المحاضرة بالقاعة 2 مساء الغد", vec![m("2", 2)]),
        ("المادة 5 تنص على حرية التعبير", vec![m("5", 5)]),
        ("الطابق 3 مغلق", vec![m("3", 3)]),
        ("والمخرج 9 مزدحم", vec![m("9", 9)]),
        // a product's model number and a number in a series, as the dates read them
        (
            "سعر الآيفون 15 برو وصل 55 ألف جنيه",
            vec![m("15", 15), m("55 ألف جنيه", 55000).un("جنيه", "pound")],
        ),
        ("الحلقة 12 مشوقة جدا", vec![m("12", 12)]),
        // one definite adjective between the noun and its label
        ("الطريق الدائري 3 مغلق حتى إشعار آخر", vec![m("3", 3)]),
        ("على الخط الأحمر 2 تأخير", vec![m("2", 2)]),
        // a plural noun after the number is counted
        (
            "على الطريق 5 سيارات محترقة",
            vec![m("5 سيارات", 5).u("سيارات")],
        ),
        // ... but after a verb the number still counts
        (
            "أغلقت الشرطة الطريق الدائري 3 ساعات",
            vec![m("3 ساعات", 3).un("ساعات", "hour")],
        ),
        // a measure after the label is still one ("طول الطريق 7 كيلومترات")
        (
            "طول الطريق 7 كيلومترات",
            vec![m("7 كيلومترات", 7).un("كيلومترات", "km")],
        ),
        // a verb before the noun: its subject, and the number counts
        ("تتسع القاعة 500 شخص", vec![m("500 شخص", 500).u("شخص")]),
        ("نقلت الحافلة 40 راكبا", vec![m("40 راكبا", 40).u("راكبا")]),
    ]);
}

#[test]
fn extract_the_elative_awla_is_no_ordinal() {
    check_extract(vec![
        // "more fitting", spelled as the ordinal "first" (it gave ordinal 1)
        ("كان الأولى بالحكومة أن تتحرك", vec![]),
        ("الأولى أن نبدأ بالتعليم", vec![]),
        ("وكان الأولى به أن يعتذر", vec![]),
        // the ordinal stays
        ("فاز بالجائزة الأولى في المسابقة", vec![m("الأولى", 1).ord()]),
        ("كانت الأولى من نوعها", vec![m("الأولى", 1).ord()]),
        ("أولى خطوات الإصلاح", vec![m("أولى", 1).ord()]),
        ("ومن الأولى بدأت الأزمة", vec![m("الأولى", 1).ord()]),
    ]);
}

/// Whole digits and و + a fraction word are one number, as the same said in words: "الساعة 3
/// وربع" gave 3 and a stray 0.25 while "الساعة ثلاثة وربع" gave 3.25; "3 ونص كيلو" is 3.5 kg.
#[test]
fn extract_digits_and_a_spoken_fraction() {
    check_extract(vec![
        ("الساعة 3 وربع", vec![m("3 وربع", 3.25).frac()]),
        ("الساعة ثلاثة وربع", vec![m("ثلاثة وربع", 3.25).frac()]),
        ("نلتقي الساعة 7 ونص", vec![m("7 ونص", 7.5).frac()]),
        ("الساعة ٨ و نصف", vec![m("٨ و نصف", 8.5).frac()]),
        (
            "اشتريت 2 ونص كيلو",
            vec![m("2 ونص كيلو", 2.5).frac().un("كيلو", "kg")],
        ),
        (
            "مشينا 5 كم وربع",
            vec![m("5 كم وربع", 5.25).frac().un("كم", "km")],
        ),
        // and a quarter to the hour is taken off, in digits as in words
        (
            "هلق الساعة تلاتة إلا ربع",
            vec![m("تلاتة إلا ربع", 2.75).frac()],
        ),
        ("الساعة 3 إلا ربع", vec![m("3 إلا ربع", 2.75).frac()]),
        (
            "الساعة 5 إلا ثلث",
            vec![m("5 إلا ثلث", 5.0 - 1.0 / 3.0).frac()],
        ),
        ("نجح الجميع إلا ربع الطلاب", vec![m("ربع", 0.25).frac()]),
        ("حضر 30 إلا ربع", vec![m("30", 30), m("ربع", 0.25).frac()]),
        // a decimal or a year takes no spoken fraction
        ("2.5 وربع", vec![m("2.5", 2.5), m("ربع", 0.25).frac()]),
        ("عام 2020 ونصف", vec![m("2020", 2020), m("نصف", 0.5).frac()]),
    ]);
}

/// Egypt's "ج" glued to its digits is the pound ("500ج" gave 500 alone); apart from them, or
/// as the first letter of a word, it is no unit.
#[test]
fn extract_egyptian_pound_letter_glued_to_digits() {
    check_extract(vec![
        ("دفعت 500ج", vec![m("500ج", 500).un("ج", "pound")]),
        ("التذكرة بـ150ج بس", vec![m("150ج", 150).un("ج", "pound")]),
        ("السعر 500ج.م", vec![m("500ج.م", 500).un("ج.م", "EGP")]),
        ("بـ 200 ج", vec![m("200", 200)]),
        ("الإجابة 3 ج", vec![m("3", 3)]),
        ("اشترى 3جنيه", vec![m("3جنيه", 3).un("جنيه", "pound")]),
        ("عنده 3جمال", vec![m("3جمال", 3).u("جمال")]),
        // a section, a flat, an item numbered with letters, or one digit alone
        ("طلاب الصف 5ج في الملعب", vec![m("5", 5)]),
        ("ساكن في شقة 12ج", vec![m("12", 12)]),
        ("حل السؤال 3ج", vec![m("3", 3)]),
        ("اختار 3ج", vec![m("3", 3)]),
        ("الكيلو بـ5ج", vec![m("5ج", 5).un("ج", "pound")]),
    ]);
}

#[test]
fn extract_the_arabic_comma_between_digits() {
    check_extract(vec![
        // Arabic keyboards write the decimal comma with "،": one or two digits after it are
        // the fraction, three a thousands group
        (
            "نسبة النجاح ٨٧،٥٪ والرسوب ١٢،٥٪",
            vec![m("٨٧،٥٪", 87.5).pct(), m("١٢،٥٪", 12.5).pct()],
        ),
        (
            "السعر ٣٤،٧٥ ريال",
            vec![m("٣٤،٧٥ ريال", 34.75).un("ريال", "riyal")],
        ),
        (
            "بلغ الدين ١٢،٥٠٠ دينار",
            vec![m("١٢،٥٠٠ دينار", 12_500).un("دينار", "dinar")],
        ),
        // four digits after it, a space after it, or a list: separate numbers
        ("في 2019،2020", vec![m("2019", 2019), m("2020", 2020)]),
        (
            "جاء ٥، ٦ أشخاص",
            vec![m("٥", 5), m("٦ أشخاص", 6).u("أشخاص")],
        ),
        (
            "المقاسات ٤٠،٤١،٤٢",
            vec![m("٤٠", 40), m("٤١", 41), m("٤٢", 42)],
        ),
    ]);
}

/// A slash between whole numbers is a fraction only where fractions are written so (see
/// `reads_as_fraction`): a proper fraction over at most 12, 16, 20, 32, 64, 10, 100 or 1000,
/// or a unit fraction; "42/44" (0.95 before) and "13/15" are two numbers, and after a noun of a
/// size no slash is a fraction unless a unit of length follows.
#[test]
fn digit_slashes_that_are_no_fractions() {
    check_extract(vec![
        ("مقاس 42/44", vec![m("42", 42), m("44", 44)]),
        ("النتيجة 13/15", vec![m("13", 13), m("15", 15)]),
        ("قياس 8/10", vec![m("8", 8), m("10", 10)]),
        ("بمقاس 3/4", vec![m("3", 3), m("4", 4)]),
        (
            "مفتاح قياس 3/4 إنش",
            vec![m("3/4 إنش", 0.75).frac().un("إنش", "in")],
        ),
        (
            "أضف 2/3 كوب",
            vec![m("2/3 كوب", 2.0 / 3.0).frac().un("كوب", "cup")],
        ),
        ("حصل على 17/20", vec![m("17/20", 0.85).frac()]),
        ("تقييمه 9/10", vec![m("9/10", 0.9).frac()]),
        (
            "قطر 5/16 بوصة",
            vec![m("5/16 بوصة", 0.3125).frac().un("بوصة", "in")],
        ),
        (
            "سرعة الغالق 1/250 ثانية",
            vec![m("1/250 ثانية", 0.004).frac().un("ثانية", "second")],
        ),
        ("خدمة 24/7", vec![m("24", 24), m("7", 7)]),
    ]);
}

/// Storage, battery and energy units, in Arabic words and Latin abbreviations glued or apart
/// (they were a bare number, or a counted noun with no `unit_norm`).
#[test]
fn storage_battery_and_energy_units() {
    check_extract(vec![
        ("سعة 256GB", vec![m("256GB", 256).un("GB", "GB")]),
        (
            "ذاكرة 256 جيجابايت",
            vec![m("256 جيجابايت", 256).un("جيجابايت", "GB")],
        ),
        (
            "بطارية ٥٠٠٠ mAh",
            vec![m("٥٠٠٠ mAh", 5000).un("mAh", "mAh")],
        ),
        ("بطارية 5000mAh", vec![m("5000mAh", 5000).un("mAh", "mAh")]),
        (
            "بطارية 5000 ميلي أمبير",
            vec![m("5000 ميلي أمبير", 5000).un("ميلي أمبير", "mAh")],
        ),
        (
            "بطارية 4500 ملي أمبير ساعة",
            vec![m("4500 ملي أمبير ساعة", 4500).un("ملي أمبير ساعة", "mAh")],
        ),
        (
            "قرص 2 تيرابايت",
            vec![m("2 تيرابايت", 2).un("تيرابايت", "TB")],
        ),
        ("1 TB", vec![m("1 TB", 1).un("TB", "TB")]),
        (
            "512 ميغابايت",
            vec![m("512 ميغابايت", 512).un("ميغابايت", "MB")],
        ),
        (
            "512 ميجابايت",
            vec![m("512 ميجابايت", 512).un("ميجابايت", "MB")],
        ),
        (
            "64 كيلوبايت",
            vec![m("64 كيلوبايت", 64).un("كيلوبايت", "kB")],
        ),
        ("8 جيجا رام", vec![m("8 جيجا", 8).un("جيجا", "GB")]),
        (
            "معالج 3.2 جيجا هرتز",
            vec![m("3.2 جيجا هرتز", 3.2).un("جيجا هرتز", "GHz")],
        ),
        ("استهلاك 10 kWh", vec![m("10 kWh", 10).un("kWh", "kWh")]),
        (
            "10 كيلوواط ساعة",
            vec![m("10 كيلوواط ساعة", 10).un("كيلوواط ساعة", "kWh")],
        ),
        (
            "تنتج 500 ميغاواط/ساعة",
            vec![m("500 ميغاواط/ساعة", 500).un("ميغاواط/ساعة", "MWh")],
        ),
        (
            "بقدرة 300 ميغاواط",
            vec![m("300 ميغاواط", 300).un("ميغاواط", "MW")],
        ),
        ("شاحن 65W", vec![m("65W", 65).un("W", "W")]),
        // a food's energy in calories (kilocalories, as labels mean them)
        (
            "تحتوي على 250 سعرة حرارية",
            vec![m("250 سعرة حرارية", 250).un("سعرة حرارية", "kcal")],
        ),
        (
            "يحرق 30 سعرا حراريا",
            vec![m("30 سعرا حراريا", 30).un("سعرا حراريا", "kcal")],
        ),
        ("وجبة 500 kcal", vec![m("500 kcal", 500).un("kcal", "kcal")]),
        // a network's generation is no gram; the plural inch is an inch
        (
            "أطلقت 5G في 40 مدينة",
            vec![m("5", 5), m("40 مدينة", 40).u("مدينة")],
        ),
        ("علبة 500g", vec![m("500g", 500).un("g", "g")]),
        (
            "شاشة 6.9 بوصات",
            vec![m("6.9 بوصات", 6.9).un("بوصات", "in")],
        ),
        // a camera's resolution in megapixels, and pixels
        (
            "كاميرا بدقة 200 ميجابكسل",
            vec![m("200 ميجابكسل", 200).un("ميجابكسل", "MP")],
        ),
        ("كاميرا 50MP", vec![m("50MP", 50).un("MP", "MP")]),
        ("عرض 1080 بكسل", vec![m("1080 بكسل", 1080).un("بكسل", "px")]),
        // the yen's accusative and the fils (a thousandth of a dinar) were no currency
        (
            "تراجع إلى 150 ينا",
            vec![m("150 ينا", 150).un("ينا", "JPY")],
        ),
        (
            "سعر الكيلوواط 20 فلسا",
            vec![m("20 فلسا", 20).un("فلسا", "fils")],
        ),
        (
            "بطارية 12V 100Ah",
            vec![m("12V", 12).un("V", "V"), m("100Ah", 100).un("Ah", "Ah")],
        ),
    ]);
}

/// The noun after a number is counted only when it stands bare: no preposition or future
/// س glued on (the segmenter's reading), no verb with its object after it, and after four
/// digits only below 1900 and not after a word that introduces a year.
#[test]
fn counted_nouns_stand_bare_after_their_number() {
    check_extract(vec![
        (
            "سجل الدقيقة 23 و78 ليفوز فريقه",
            vec![m("23", 23), m("78", 78)],
        ),
        ("وصل 5 ليشاركوا", vec![m("5", 5)]),
        ("أضاف 3 بطاقات", vec![m("3 بطاقات", 3).u("بطاقات")]),
        ("تأجلت إلى 12/5 بسبب الظروف", vec![m("12", 12), m("5", 5)]),
        ("قضى ثلاث ليال", vec![m("ثلاث ليال", 3).u("ليال")]),
        (
            "خصص المبلغ لتطوير 1200 مدرسة",
            vec![m("1200 مدرسة", 1200).u("مدرسة")],
        ),
        ("قتل 1500 شخص", vec![m("1500 شخص", 1500).u("شخص")]),
        ("رؤية 2030 طموحة", vec![m("2030", 2030)]),
        ("منذ 1258 سقوط بغداد", vec![m("1258", 1258)]),
        (
            "عيار 21 وصل إلى 3,250 جنيها",
            vec![m("21", 21), m("3,250 جنيها", 3250).un("جنيها", "pound")],
        ),
        ("اكتفى بهدف واحد", vec![m("هدف واحد", 1).u("هدف")]),
    ]);
}

/// A ten or hundred defined only by its article counts the unit after it ("خلال العشرين سنة
/// الماضية": it was the ordinal 20 with no unit); after a definite noun, or with an ordinal
/// word in it, it stays the ordinal.
#[test]
fn a_defined_ten_before_its_unit_counts_it() {
    check_extract(vec![
        (
            "خلال العشرين سنة الماضية",
            vec![m("العشرين سنة", 20).un("سنة", "year")],
        ),
        (
            "في الخمسين عاما المقبلة",
            vec![m("الخمسين عاما", 50).un("عاما", "year")],
        ),
        ("المائة يوم", vec![m("المائة يوم", 100).un("يوم", "day")]),
        ("القرن العشرين", vec![m("العشرين", 20).ord()]),
        ("الذكرى العشرين لتأسيسها", vec![m("العشرين", 20).ord()]),
        ("حل في المركز العشرين عالميا", vec![m("العشرين", 20).ord()]),
        ("الخامس والعشرين", vec![m("الخامس والعشرين", 25).ord()]),
    ]);
}

/// "يوم اثنين" is a Monday, as "الاثنين" is (it was the number 2; two days are "يومين").
#[test]
fn an_indefinite_monday_is_no_two() {
    check_extract(vec![
        ("كل يوم اثنين وخميس الساعة 4", vec![m("4", 4)]),
        ("الاجتماع يوم الاثنين", vec![]),
        ("كل اثنين منهم", vec![m("اثنين", 2)]),
        ("اشترى اثنين", vec![m("اثنين", 2)]),
    ]);
}

/// A per mille is a tenth of a percent: "0.5 بالألف" was 0.5 and the ordinal 1000.
#[test]
fn per_mille_is_a_tenth_of_a_percent() {
    check_extract(vec![
        ("بنسبة 0.5 بالألف", vec![m("0.5 بالألف", 0.05).pct()]),
        ("معدل 3 في الألف", vec![m("3 في الألف", 0.3).pct()]),
        ("نسبة 2‰", vec![m("2‰", 0.2).pct()]),
        ("بلغ الألف", vec![m("الألف", 1000).ord()]),
    ]);
}

/// Found in QA: "بسعتين" (two capacities) kept its ب in the span (سعة is a stem of two
/// letters), and the terawatt-hour was a counted noun.
#[test]
fn a_short_feminine_dual_and_terawatt_hours() {
    check_extract(vec![
        ("متوفر بسعتين", vec![m("سعتين", 2).u("سعتين")]),
        (
            "أنتجت 2.5 تيراواط ساعة",
            vec![m("2.5 تيراواط ساعة", 2.5).un("تيراواط ساعة", "TWh")],
        ),
    ]);
}

#[test]
fn the_first_number_is_the_first_mention() {
    for text in [
        "",
        "لا أرقام هنا",
        "أحد المسؤولين",
        "الخامس عشر من مارس 2021 و3 أيام",
        "نحو ثلاثة آلاف وخمسمائة شخص و25% منهم",
        "ألف ألف شكر ثم 7",
        "كتاب واحد و2.5 كغ",
        "احد عشر لاعبا",
    ] {
        assert_eq!(
            first_number(text),
            extract_numbers(text).into_iter().next(),
            "{text}"
        );
    }
}
