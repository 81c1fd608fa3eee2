//! Number values: the public [`Value`] and the exact rational arithmetic behind it.

/// The value of a number mention: an exact integer when the number is whole, else a float.
///
/// Integers are exact over the whole `i128` range; a number that would not fit is an error
/// (in [`crate::numbers::parse_number`]) or no mention (in [`crate::numbers::extract_numbers`]),
/// never a wrapped value.
///
/// ```
/// use dhad::numbers::{parse_number, Value};
/// assert_eq!(parse_number("ثلاثة آلاف وخمسمائة").unwrap(), Value::Int(3500));
/// assert_eq!(parse_number("١٢٫٥").unwrap(), Value::Float(12.5));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// A whole number.
    Int(i128),
    /// A number with a fractional part.
    Float(f64),
}

/// With the `serde` feature a value is a plain number: an integer for [`Value::Int`], a float
/// for [`Value::Float`] (3500 and 12.5 in JSON), and reads back the same way.
#[cfg(feature = "serde")]
impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match *self {
            Value::Int(n) => match i64::try_from(n) {
                Ok(n) => s.serialize_i64(n),
                Err(_) => s.serialize_i128(n),
            },
            Value::Float(x) => s.serialize_f64(x),
        }
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Number;
        impl serde::de::Visitor<'_> for Number {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E>(self, n: i64) -> std::result::Result<Value, E> {
                Ok(Value::Int(i128::from(n)))
            }
            fn visit_u64<E>(self, n: u64) -> std::result::Result<Value, E> {
                Ok(Value::Int(i128::from(n)))
            }
            fn visit_i128<E>(self, n: i128) -> std::result::Result<Value, E> {
                Ok(Value::Int(n))
            }
            fn visit_u128<E: serde::de::Error>(self, n: u128) -> std::result::Result<Value, E> {
                i128::try_from(n)
                    .map(Value::Int)
                    .map_err(|_| E::custom("integer out of range"))
            }
            fn visit_f64<E>(self, x: f64) -> std::result::Result<Value, E> {
                Ok(Value::Float(x))
            }
        }
        d.deserialize_any(Number)
    }
}

impl Value {
    /// The value as a float (exact for integers up to 2^53).
    ///
    /// ```
    /// use dhad::numbers::Value;
    /// assert_eq!(Value::Int(3).as_f64(), 3.0);
    /// ```
    pub fn as_f64(self) -> f64 {
        match self {
            Value::Int(i) => i as f64,
            Value::Float(f) => f,
        }
    }

    /// The integer, when the value is whole.
    ///
    /// ```
    /// use dhad::numbers::Value;
    /// assert_eq!(Value::Int(3).as_int(), Some(3));
    /// assert_eq!(Value::Float(0.5).as_int(), None);
    /// ```
    pub fn as_int(self) -> Option<i128> {
        match self {
            Value::Int(i) => Some(i),
            Value::Float(_) => None,
        }
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
        }
    }
}

/// An exact rational number `n / d` (`d > 0`, reduced). Every operation is checked: `None`
/// means the result does not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Q {
    pub n: i128,
    pub d: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.checked_abs().unwrap_or(1);
    b = b.checked_abs().unwrap_or(1);
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    if a == 0 {
        1
    } else {
        a
    }
}

impl Q {
    pub const ZERO: Q = Q { n: 0, d: 1 };

    pub fn int(n: i128) -> Q {
        Q { n, d: 1 }
    }

    pub fn new(n: i128, d: i128) -> Option<Q> {
        if d == 0 {
            return None;
        }
        let (n, d) = if d < 0 {
            (n.checked_neg()?, d.checked_neg()?)
        } else {
            (n, d)
        };
        let g = gcd(n, d);
        Some(Q { n: n / g, d: d / g })
    }

    pub fn add(self, o: Q) -> Option<Q> {
        if self.d == 1 && o.d == 1 {
            return Some(Q::int(self.n.checked_add(o.n)?));
        }
        let n = self
            .n
            .checked_mul(o.d)?
            .checked_add(o.n.checked_mul(self.d)?)?;
        Q::new(n, self.d.checked_mul(o.d)?)
    }

    pub fn mul(self, o: Q) -> Option<Q> {
        if self.d == 1 && o.d == 1 {
            return Some(Q::int(self.n.checked_mul(o.n)?));
        }
        let g1 = gcd(self.n, o.d);
        let g2 = gcd(o.n, self.d);
        let n = (self.n / g1).checked_mul(o.n / g2)?;
        let d = (self.d / g2).checked_mul(o.d / g1)?;
        Q::new(n, d)
    }

    pub fn div(self, o: Q) -> Option<Q> {
        if o.n == 0 {
            return None;
        }
        self.mul(Q::new(o.d, o.n)?)
    }

    pub fn neg(self) -> Option<Q> {
        Some(Q {
            n: self.n.checked_neg()?,
            d: self.d,
        })
    }

    pub fn is_int(self) -> bool {
        self.d == 1
    }

    pub fn is_zero(self) -> bool {
        self.n == 0
    }

    /// Strictly less than, without overflow for the sizes we meet (falls back to floats).
    pub fn lt(self, o: Q) -> bool {
        match (self.n.checked_mul(o.d), o.n.checked_mul(self.d)) {
            (Some(a), Some(b)) => a < b,
            _ => self.to_f64() < o.to_f64(),
        }
    }

    pub fn to_f64(self) -> f64 {
        self.n as f64 / self.d as f64
    }

    pub fn to_value(self) -> Value {
        if self.d == 1 {
            Value::Int(self.n)
        } else {
            Value::Float(self.to_f64())
        }
    }

    /// `10^k` as a rational, if it fits.
    pub fn pow10(k: u32) -> Option<Q> {
        Some(Q::int(10i128.checked_pow(k)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rational_arithmetic_is_exact() {
        let half = Q::new(1, 2).unwrap();
        let third = Q::new(1, 3).unwrap();
        assert_eq!(half.add(half), Some(Q::int(1)));
        assert_eq!(third.mul(Q::int(3)), Some(Q::int(1)));
        assert_eq!(
            Q::new(25, 10).unwrap().mul(Q::int(1_000_000)),
            Some(Q::int(2_500_000))
        );
        assert_eq!(Q::new(3, -6), Some(Q { n: -1, d: 2 }));
        assert_eq!(Q::new(1, 0), None);
        assert_eq!(Q::int(i128::MAX).add(Q::int(1)), None);
        assert_eq!(Q::int(i128::MAX).mul(Q::int(2)), None);
        assert_eq!(Q::int(i128::MIN).neg(), None);
        assert!(half.lt(Q::int(1)));
        assert_eq!(Q::new(77, 100).unwrap().to_value(), Value::Float(0.77));
        assert_eq!(Q::new(10, 10).unwrap().to_value(), Value::Int(1));
    }
}
