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
    ]);
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
        "3,5",
        "ثلاثة آلاف ألف",
    ] {
        assert!(parse_number(text).is_err(), "parse_number({text:?}) should fail, got {:?}", parse_number(text));
    }
    let e = parse_number("ثلاثة خمسمائة").unwrap_err().to_string();
    assert!(e.contains("خمسمائة") && e.ends_with('.'), "{e}");
}

fn brief(text: &str) -> Vec<(String, Value, &'static str)> {
    extract_numbers(text).iter().map(|m| (m.text(text).to_string(), m.value, m.kind.as_str())).collect()
}

#[test]
fn extract_plain() {
    let cases: &[(&str, &[(&str, Value, &str)])] = &[
        ("قتل ثلاثة أشخاص", &[("ثلاثة أشخاص", int(3), "cardinal")]),
        ("وبثلاثة آلاف وخمسمائة", &[("ثلاثة آلاف وخمسمائة", int(3500), "cardinal")]),
        ("في الخامس عشر من الشهر", &[("الخامس عشر", int(15), "ordinal")]),
        ("الثلاثة", &[("الثلاثة", int(3), "cardinal")]),
        ("عام 2020 و2021", &[("2020", int(2020), "cardinal"), ("2021", int(2021), "cardinal")]),
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
        let exp: Vec<(String, Value, &str)> = exp.iter().map(|(a, b, c)| (a.to_string(), *b, *c)).collect();
        assert_eq!(got, exp, "extract_numbers({text:?})");
    }
}

/// Prints the mentions of each line of the file named by DHAD_PROBE (a debugging aid).
#[test]
#[ignore]
fn probe() {
    let Ok(path) = std::env::var("DHAD_PROBE") else { return };
    let Ok(text) = std::fs::read_to_string(path) else { return };
    for line in text.lines() {
        println!("{line}");
        for m in extract_numbers(line) {
            println!("   [{}] {:?} {} approx={:?} range={:?} unit={:?} norm={:?}", m.text(line), m.value, m.kind.as_str(), m.approx.map(|a| a.as_str()), m.range_end, m.unit, m.unit_norm);
        }
        println!("   parse: {:?}", parse_number(line));
    }
}
