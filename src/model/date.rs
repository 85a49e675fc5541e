//! A calendar date (or year and month) as written in content: `2026-11-01` or `2022-03`.

use serde::{Deserialize, Deserializer};
use std::fmt;

/// A date from content. `day` is absent when only a month is known (`2022-03`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, when given.
    pub day: Option<u8>,
}

impl Date {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`, checking the day exists in that month.
    pub fn parse(text: &str) -> Result<Date, String> {
        let bad = || format!("`{text}` is not a date: write it as YYYY-MM-DD (for example 2026-11-01)");
        let parts: Vec<&str> = text.split('-').collect();
        if !(2..=3).contains(&parts.len())
            || parts[0].len() != 4
            || parts[1..].iter().any(|p| p.len() != 2)
            || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(bad());
        }
        let year: u16 = parts[0].parse().map_err(|_| bad())?;
        let month: u8 = parts[1].parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(format!("`{text}`: month {month} does not exist"));
        }
        let day = match parts.get(2) {
            None => None,
            Some(d) => {
                let day: u8 = d.parse().map_err(|_| bad())?;
                if day == 0 || day > days_in_month(year, month) {
                    return Err(format!("`{text}`: day {day} does not exist in that month"));
                }
                Some(day)
            }
        };
        Ok(Date { year, month, day })
    }

    /// Days since 0000-03-01 (proleptic Gregorian), for comparing and counting days.
    pub fn ordinal(&self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (i64::from(self.year) - 1, i64::from(self.month) + 9)
        } else {
            (i64::from(self.year), i64::from(self.month) - 3)
        };
        let d = i64::from(self.day.unwrap_or(1));
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1
    }
}

impl Date {
    /// Today's date in UTC, from the system clock. Only checks use it (review
    /// dates); no page depends on it, so output stays the same from day to day.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Date::from_unix_days((secs / 86_400) as i64)
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day: Some(day) }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.day {
            Some(d) => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, d),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A date is a string in the content: the pattern editors' tools check as they type.
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date, YYYY-MM-DD (2026-11-01), or a month, YYYY-MM (2022-03).",
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$"
        })
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_and_month_dates() {
        assert_eq!(Date::parse("2026-11-01").unwrap().day, Some(1));
        assert_eq!(Date::parse("2022-03").unwrap().day, None);
        assert!(Date::parse("2026-02-30").is_err());
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("26-11-01").is_err());
        assert!(Date::parse("2026-13-01").is_err());
    }

    #[test]
    fn unix_days_become_dates() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(20_416).to_string(), "2025-11-24");
        assert_eq!(Date::from_unix_days(19_782).to_string(), "2024-02-29");
    }

    #[test]
    fn ordinal_counts_days() {
        let a = Date::parse("2026-12-31").unwrap();
        let b = Date::parse("2027-01-01").unwrap();
        assert_eq!(b.ordinal() - a.ordinal(), 1);
        let c = Date::parse("2024-03-01").unwrap();
        let d = Date::parse("2024-02-28").unwrap();
        assert_eq!(c.ordinal() - d.ordinal(), 2);
    }
}
