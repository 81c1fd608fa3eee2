//! The validating builder: takes number words (and digit groups) one at a time and accepts a
//! word only when the number so far allows it, the way text2num does. A refusal means "a new
//! number starts here" in running text, and an error in `parse_number`.
//!
//! Arabic order inside a group below a thousand is hundreds, then units, then و + tens
//! (خمسمائة وخمسة وعشرون); teens are unit + عشر/عشرة; a group multiplies the scale word after
//! it (ثلاثة آلاف، أحد عشر ألفا، 2.5 مليون), and scales only get smaller after that
//! (مليون و 200 ألف). Ordinals are ordinal units with optional عشر or و + ten.

use super::lexicon::{Entry, Role};
use super::value::Q;

/// One piece of a number phrase.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Item {
    /// A number word, with the article or not.
    Word { e: Entry, definite: bool },
    /// A digit group (any script); `digits` counts all its digits.
    Digits { q: Q, digits: u8 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Start,
    Zero,
    Units,
    TeenPrefix(u8),
    Teen,
    Tens,
    UnitTens,
    Hundreds,
    Digits,
    /// Digits after a scale and و, smaller than it: added to it ("3 آلاف و500" is 3500), or
    /// the group of a smaller scale that follows ("مليون و 200 ألف").
    DigitsAfterScale,
    AfterScale,
    Vague,
    Ord(u8),
    OrdTeenPrefix(u8),
    OrdDone,
    Point,
    Decimal,
    /// A decimal whose fraction so far is one unit word read as a digit ("فاصل خمسة"); a
    /// و + ten after it reads the two words as two digits ("فاصل خمسة وعشرين" is .25).
    DecimalUnit(u8),
    FracStart,
    FracDone,
}

/// The number built so far. Small and `Copy`, so the extractor can keep the last complete
/// state and fall back to it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Builder {
    total: Q,
    group: Q,
    stage: Stage,
    last_scale: i128,
    scale_of_scale: bool,
    ordinal: bool,
    first_definite: bool,
    first_role: Option<Role>,
    /// The value of the first word.
    first_value: Q,
    has_ten: bool,
    fraction: bool,
    /// The scale a fraction just followed ("مليون ونصف": 1e6), which may come again with the
    /// article ("مليون ونصف المليون"); 0 otherwise.
    fraction_of: i128,
    vague: bool,
    all_weak: bool,
    items: u16,
    has_digits: bool,
    /// Whether a number in thousands may multiply a larger scale ([`Builder::scale_whole`]);
    /// off after "بين", where و separates the two ends ("بين 800 ألف و2 مليون").
    pub whole_scale: bool,
}

/// A finished number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Built {
    pub value: Q,
    pub ordinal: bool,
    /// The number is ordinal only by its article on a ten, hundred or thousand ("العشرين",
    /// "المائة"), with no ordinal word in it: before its counted noun it is a count ("العشرين
    /// سنة الماضية").
    pub ordinal_by_article: bool,
    pub vague: bool,
    pub fraction: bool,
    /// Only weak words (متين، نص): needs a unit after it to count in running text.
    pub weak: bool,
    pub items: u16,
    pub has_digits: bool,
    pub first_role: Option<Role>,
    pub first_definite: bool,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            total: Q::ZERO,
            group: Q::ZERO,
            stage: Stage::Start,
            last_scale: i128::MAX,
            scale_of_scale: false,
            ordinal: false,
            first_definite: false,
            first_role: None,
            first_value: Q::ZERO,
            has_ten: false,
            fraction: false,
            fraction_of: 0,
            vague: false,
            all_weak: true,
            items: 0,
            has_digits: false,
            whole_scale: true,
        }
    }
}

fn small(q: Q) -> Option<u8> {
    if q.d == 1 && (0..=255).contains(&q.n) {
        Some(q.n as u8)
    } else {
        None
    }
}

impl Builder {
    pub fn new() -> Self {
        Self::default()
    }

    /// True when a definite scale word may follow without و (نصف المليون، عشرات الآلاف،
    /// ثلاثة أرباع المليون).
    pub fn allows_definite_scale(&self) -> bool {
        matches!(self.stage, Stage::FracStart | Stage::Vague)
            || self.stage == Stage::FracDone && self.fraction_of != 0
            || self.stage == Stage::FracDone && self.total.is_zero() && self.group.lt(Q::int(1))
    }

    /// True right after a scale word (a new, smaller group may follow after و).
    pub fn after_scale(&self) -> bool {
        self.stage == Stage::AfterScale
    }

    fn add_group(&mut self, q: Q) -> bool {
        match self.group.add(q) {
            Some(g) => {
                self.group = g;
                true
            }
            None => false,
        }
    }

    fn apply_scale(&mut self, s: i128) -> bool {
        if self.group.is_zero() || s >= self.last_scale {
            return false;
        }
        let Some(v) = self.group.mul(Q::int(s)) else {
            return false;
        };
        let Some(t) = self.total.add(v) else {
            return false;
        };
        self.total = t;
        self.group = Q::ZERO;
        self.last_scale = s;
        self.stage = Stage::AfterScale;
        true
    }

    /// "ثلاثة آلاف وخمسمائة مليون", "عشرين ألف مليون", "3 آلاف و500 مليون": a number in
    /// thousands (below a million, its last scale the thousand) before a larger scale word
    /// counts that scale, as news writes 3.5 billion. Only once ("ألف مليون" is taken
    /// elsewhere), only for the scale itself (not a vague plural), never after و.
    fn scale_whole(&mut self, e: Option<Role>, q: Q, conj: bool) -> bool {
        if conj
            || !self.whole_scale
            || e != Some(Role::Scale)
            || self.scale_of_scale
            || self.items < 2
            || self.last_scale != 1000
            || q.d != 1
            || q.n <= 1000
        {
            return false;
        }
        let Some(sofar) = self.total.add(self.group) else {
            return false;
        };
        if !sofar.lt(Q::int(1_000_000)) {
            return false;
        }
        let Some(t) = sofar.mul(q) else {
            return false;
        };
        self.total = t;
        self.group = Q::ZERO;
        self.last_scale = q.n;
        self.scale_of_scale = true;
        self.stage = Stage::AfterScale;
        true
    }

    /// Offers the next item; `conj` says a و stands before it. Returns whether it was taken
    /// (when not, the builder is unchanged).
    pub fn push(&mut self, item: Item, conj: bool) -> bool {
        let before = *self;
        let ok = self.push_inner(item, conj);
        if ok {
            if self.items == 0 {
                if let Item::Word { e, definite } = item {
                    self.first_role = Some(e.role);
                    self.first_value = e.value;
                    self.first_definite = definite;
                }
            }
            self.items = self.items.saturating_add(1);
            match item {
                Item::Word { e, .. } => self.all_weak &= e.weak,
                Item::Digits { .. } => {
                    self.all_weak = false;
                    self.has_digits = true;
                }
            }
        } else {
            *self = before;
        }
        ok
    }

    fn push_inner(&mut self, item: Item, conj: bool) -> bool {
        use Stage as S;
        let (e, q) = match item {
            Item::Word { e, .. } => (Some(e), e.value),
            Item::Digits { q, .. } => (None, q),
        };
        let role = e.map(|e| e.role);
        if matches!(
            self.stage,
            S::Units
                | S::Teen
                | S::Tens
                | S::UnitTens
                | S::Hundreds
                | S::AfterScale
                | S::DigitsAfterScale
        ) && self.scale_whole(role, q, conj)
        {
            return true;
        }
        match (self.stage, item) {
            (S::Start, Item::Digits { q, .. }) => {
                if conj {
                    return false;
                }
                self.group = q;
                self.stage = S::Digits;
                return true;
            }
            (S::Start, _) => {
                if conj {
                    return false;
                }
                let Some(role) = role else { return false };
                match role {
                    Role::Zero => {
                        self.stage = S::Zero;
                    }
                    Role::Unit => {
                        self.group = q;
                        self.stage = S::Units;
                    }
                    Role::TeenPrefix => self.stage = S::TeenPrefix(small(q).unwrap_or(0)),
                    Role::Teen => {
                        self.group = q;
                        self.stage = S::Teen;
                    }
                    Role::Ten => {
                        self.group = q;
                        self.has_ten = true;
                        self.stage = S::Tens;
                    }
                    Role::Hundred | Role::HundredBase => {
                        self.group = q;
                        self.stage = S::Hundreds;
                    }
                    Role::Scale | Role::ScaleDual => {
                        let mult = if role == Role::ScaleDual { 2 } else { 1 };
                        let Some(v) = q.mul(Q::int(mult)) else {
                            return false;
                        };
                        self.total = v;
                        self.last_scale = q.n;
                        self.stage = S::AfterScale;
                    }
                    Role::ScalePlural | Role::Vague => {
                        self.group = q;
                        self.vague = true;
                        self.stage = S::Vague;
                    }
                    Role::Ordinal => {
                        self.group = q;
                        self.ordinal = true;
                        self.stage = S::Ord(small(q).unwrap_or(0));
                    }
                    Role::OrdinalTeenPrefix => {
                        self.ordinal = true;
                        self.stage = S::OrdTeenPrefix(small(q).unwrap_or(0));
                    }
                    Role::Fraction => {
                        self.group = q;
                        self.fraction = true;
                        self.stage = S::FracStart;
                    }
                    Role::FractionPlural | Role::Point => return false,
                }
                return true;
            }
            _ => {}
        }
        let Some(role) = role else {
            // Digits after the start.
            let Item::Digits { q, digits } = item else {
                return false;
            };
            return match self.stage {
                S::AfterScale if conj => {
                    let lt = q.lt(Q::int(self.last_scale));
                    if q.is_int() && lt {
                        self.group = q;
                        self.stage = S::DigitsAfterScale;
                        true
                    } else {
                        false
                    }
                }
                S::Point if !conj && q.is_int() && q.n >= 0 => {
                    let Some(p) = Q::pow10(digits as u32) else {
                        return false;
                    };
                    let Some(f) = q.div(p) else { return false };
                    self.stage = S::Decimal;
                    self.add_group(f)
                }
                _ => false,
            };
        };
        let is_scale = matches!(role, Role::Scale | Role::ScalePlural);
        match self.stage {
            S::Start => false,
            S::Zero => {
                if !conj && role == Role::Point {
                    self.stage = S::Point;
                    true
                } else {
                    false
                }
            }
            S::Units => {
                let v = small(self.group).unwrap_or(0);
                let unit_val = self.unit_of_group();
                match role {
                    Role::Unit if !conj && q == Q::int(10) && (1..=9).contains(&unit_val) => {
                        self.stage = S::Teen;
                        self.add_group(Q::int(10))
                    }
                    Role::Ten if conj && (1..=9).contains(&unit_val) => {
                        self.has_ten = true;
                        self.stage = S::UnitTens;
                        self.add_group(q)
                    }
                    Role::HundredBase if !conj && (1..=9).contains(&v) => {
                        self.group = Q::int(v as i128 * 100);
                        self.stage = S::Hundreds;
                        true
                    }
                    _ if is_scale && !conj => self.apply_scale(q.n),
                    Role::FractionPlural if !conj && (1..=10).contains(&v) => {
                        let Some(g) = self.group.mul(q) else {
                            return false;
                        };
                        self.group = g;
                        self.fraction = true;
                        self.stage = S::FracDone;
                        true
                    }
                    Role::Fraction if conj => {
                        self.fraction = true;
                        self.stage = S::FracDone;
                        self.add_group(q)
                    }
                    Role::Point if !conj => {
                        self.stage = S::Point;
                        true
                    }
                    _ => false,
                }
            }
            S::TeenPrefix(v) | S::OrdTeenPrefix(v) => {
                let ord = matches!(self.stage, S::OrdTeenPrefix(_));
                match role {
                    Role::Unit if !conj && q == Q::int(10) => {
                        self.stage = if ord { S::OrdDone } else { S::Teen };
                        self.add_group(Q::int(v as i128 + 10))
                    }
                    Role::Ten if conj => {
                        self.has_ten = true;
                        self.stage = if ord { S::OrdDone } else { S::UnitTens };
                        self.add_group(Q::int(v as i128).add(q).unwrap_or(q))
                    }
                    _ => false,
                }
            }
            S::Teen | S::Tens | S::UnitTens => match role {
                _ if is_scale && !conj => self.apply_scale(q.n),
                Role::Fraction if conj => {
                    self.fraction = true;
                    self.stage = S::FracDone;
                    self.add_group(q)
                }
                Role::Point if !conj => {
                    self.stage = S::Point;
                    true
                }
                _ => false,
            },
            S::Hundreds => match role {
                Role::Unit => {
                    self.stage = S::Units;
                    self.add_group(q)
                }
                Role::Ten => {
                    self.has_ten = true;
                    self.stage = S::Tens;
                    self.add_group(q)
                }
                Role::Teen => {
                    self.stage = S::Teen;
                    self.add_group(q)
                }
                Role::TeenPrefix => {
                    self.stage = S::TeenPrefix(small(q).unwrap_or(0));
                    true
                }
                _ if is_scale && !conj => self.apply_scale(q.n),
                Role::Fraction if conj => {
                    self.fraction = true;
                    self.stage = S::FracDone;
                    self.add_group(q)
                }
                _ => false,
            },
            S::DecimalUnit(u) if role == Role::Ten && conj => {
                // the spoken reading of two decimal digits: "سبعة فاصل خمسة وعشرين" is 7.25
                let two = Q::new(q.n + u as i128, 100);
                let Some(g) = two
                    .zip(Q::new(u as i128, 10))
                    .and_then(|(two, one)| self.group.add(two)?.add(one.neg()?))
                else {
                    return false;
                };
                self.group = g;
                self.stage = S::Decimal;
                true
            }
            S::Digits | S::Decimal | S::DecimalUnit(_) | S::DigitsAfterScale => {
                if is_scale && !conj {
                    self.apply_scale(q.n)
                } else if role == Role::Point
                    && !conj
                    && self.stage == S::Digits
                    && self.group.is_int()
                {
                    self.stage = S::Point;
                    true
                } else if role == Role::Fraction
                    && conj
                    && self.stage == S::Digits
                    && self.group.is_int()
                    && self.group.lt(Q::int(1000))
                {
                    // "3 وربع", "2 ونص": whole digits and و + a fraction word, as "ثلاثة وربع"
                    // (not after a year: "2020 ونصف العام التالي")
                    self.fraction = true;
                    self.stage = S::FracDone;
                    self.add_group(q)
                } else {
                    false
                }
            }
            S::AfterScale => {
                // Egyptian speech drops the و after a scale; MSA keeps it. Digits need it.
                match role {
                    Role::Unit => {
                        self.group = q;
                        self.stage = S::Units;
                        true
                    }
                    Role::Ten => {
                        self.group = q;
                        self.has_ten = true;
                        self.stage = S::Tens;
                        true
                    }
                    Role::Teen => {
                        self.group = q;
                        self.stage = S::Teen;
                        true
                    }
                    Role::TeenPrefix => {
                        self.stage = S::TeenPrefix(small(q).unwrap_or(0));
                        true
                    }
                    Role::Hundred | Role::HundredBase => {
                        self.group = q;
                        self.stage = S::Hundreds;
                        true
                    }
                    Role::Scale | Role::ScaleDual if conj && q.n < self.last_scale => {
                        let mult = if role == Role::ScaleDual { 2 } else { 1 };
                        let Some(v) = q.mul(Q::int(mult)) else {
                            return false;
                        };
                        let Some(t) = self.total.add(v) else {
                            return false;
                        };
                        self.total = t;
                        self.last_scale = q.n;
                        true
                    }
                    Role::Scale
                        if !conj
                            && !self.scale_of_scale
                            && self.items == 1
                            && q.n > self.last_scale =>
                    {
                        // ألف مليون: a thousand millions, only right after one lone scale word.
                        let Some(t) = self.total.mul(q) else {
                            return false;
                        };
                        let Some(ls) = self.last_scale.checked_mul(q.n) else {
                            return false;
                        };
                        self.total = t;
                        self.last_scale = ls;
                        self.scale_of_scale = true;
                        true
                    }
                    Role::Fraction if conj => {
                        let Some(f) = q.mul(Q::int(self.last_scale)) else {
                            return false;
                        };
                        self.fraction = true;
                        self.fraction_of = self.last_scale;
                        self.stage = S::FracDone;
                        self.group = f;
                        true
                    }
                    _ => false,
                }
            }
            S::Vague => match role {
                Role::Scale | Role::ScalePlural
                    if !conj && self.group.lt(q) && self.total.is_zero() =>
                {
                    let Some(g) = self.group.mul(q) else {
                        return false;
                    };
                    self.group = g;
                    // Only one multiplication: عشرات الآلاف, not عشرات الآلاف الملايين.
                    self.total = Q::int(1);
                    true
                }
                _ => false,
            },
            S::Ord(v) => match role {
                Role::Unit if !conj && q == Q::int(10) && (1..=9).contains(&v) => {
                    self.stage = S::OrdDone;
                    self.group = Q::int(v as i128 + 10);
                    true
                }
                Role::Ten if conj && (1..=9).contains(&v) => {
                    self.has_ten = true;
                    self.stage = S::OrdDone;
                    self.add_group(q)
                }
                _ => false,
            },
            S::OrdDone => false,
            S::Point => {
                if conj {
                    return false;
                }
                let f = match role {
                    Role::Unit | Role::Zero if q.n < 10 => Q::new(q.n, 10),
                    Role::Teen | Role::Ten => Q::new(q.n, 100),
                    _ => None,
                };
                let Some(f) = f else { return false };
                self.stage = match role {
                    Role::Unit if q.n > 0 => S::DecimalUnit(q.n as u8),
                    _ => S::Decimal,
                };
                self.add_group(f)
            }
            S::FracStart => {
                if is_scale && !conj && role == Role::Scale {
                    self.apply_scale(q.n)
                } else {
                    false
                }
            }
            S::FracDone => {
                if role == Role::Scale && !conj && q.n == self.fraction_of {
                    // "مليون ونصف المليون", "مليون ونصف مليون": the scale again, with or
                    // without the article, names the unit of the fraction; the value stays
                    self.fraction_of = 0;
                    true
                } else if role == Role::Scale
                    && !conj
                    && self.group.lt(Q::int(1000))
                    && self.total.is_zero()
                {
                    self.apply_scale(q.n)
                } else {
                    false
                }
            }
        }
    }

    /// The units digit of the current group (for teens and unit + ten).
    fn unit_of_group(&self) -> u8 {
        if self.group.d != 1 {
            return 0;
        }
        (self.group.n.rem_euclid(100)) as u8
    }

    /// True when the words so far make a complete number.
    pub fn is_complete(&self) -> bool {
        !matches!(
            self.stage,
            Stage::Start | Stage::TeenPrefix(_) | Stage::OrdTeenPrefix(_) | Stage::Point
        )
    }

    /// The number built so far, when complete.
    pub fn finish(&self) -> Option<Built> {
        if !self.is_complete() {
            return None;
        }
        let (value, vague) = if self.stage == Stage::Vague {
            (self.group, true)
        } else {
            (self.total.add(self.group)?, self.vague)
        };
        // The article makes tens, hundreds and the thousand ordinal (العشرون، المائة، الألف);
        // units stay counts (الثلاثة) and so do المليون, المليار. A definite unit before a ten
        // keeps the compound a count ("الساعات الأربع والعشرين"), except الواحد, which
        // serves as the ordinal ("القرن الواحد والعشرين").
        let unit_count = self.first_role == Some(Role::Unit) && Q::int(1).lt(self.first_value);
        let ordinal = !vague
            && (self.ordinal
                || (self.first_definite
                    && (self.has_ten && !unit_count
                        || matches!(
                            self.first_role,
                            Some(Role::TeenPrefix | Role::Ten | Role::Hundred | Role::HundredBase)
                        )
                        || (self.first_role == Some(Role::Scale)
                            && self.items == 1
                            && self.total == Q::int(1000)))));
        Some(Built {
            value,
            ordinal,
            ordinal_by_article: ordinal && !self.ordinal,
            vague,
            fraction: self.fraction,
            weak: self.all_weak,
            items: self.items,
            has_digits: self.has_digits,
            first_role: self.first_role,
            first_definite: self.first_definite,
        })
    }
}
