//! `informed audit report`: a trust's audit data (one row per patient) read
//! against the procedure's audit outcomes, and each outcome's local rate set
//! beside the figure the leaflet gives patients.
//!
//! Patient-level data is sensitive: this module only reads the text it is
//! given and returns numbers; the command line writes the report only where
//! the user says, never into a build's output.

use crate::diagnostic::{Diagnostic, Location};
use crate::model::Procedure;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

pub use crate::model::{AuditCount as Count, wilson};

/// Reads audit data (`text`, from `file`) for `procedure`: a header row with
/// `patient` and the audit's columns (any order), then one row per patient with
/// `yes`, `no` or nothing in each outcome column. Every problem is an error at
/// its line and column; any error means no counts. Returns the counts by
/// column, and how many patients the data holds.
pub fn read(file: &Path, text: &str, procedure: &Procedure) -> Result<(BTreeMap<String, Count>, u64), Vec<Diagnostic>> {
    let expected = crate::model::audit_columns(procedure.audit.as_ref());
    let mut found = Vec::new();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(vec![csv_error(file, &e)]),
        None => {
            return Err(vec![
                Diagnostic::error("audit-data", &Location::start_of(file), "the file is empty")
                    .with_hint(format!("the first line names the columns: {}", expected.join(","))),
            ]);
        }
    };
    let names: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    let column_at = |i: usize| {
        text.lines().next().map_or(1, |l| l.split(',').take(i).map(|f| f.chars().count() + 1).sum::<usize>() + 1)
    };
    for (i, name) in names.iter().enumerate() {
        if !expected.contains(name) {
            let hint = match crate::diagnostic::did_you_mean(name, expected.iter().map(String::as_str)) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("the columns are: {}", expected.join(", ")),
            };
            found.push(
                Diagnostic::error(
                    "audit-data",
                    &Location::new(file, 1, column_at(i)),
                    format!("`{name}` is not a column of this procedure's audit"),
                )
                .with_hint(hint),
            );
        } else if names[..i].contains(name) {
            found.push(Diagnostic::error(
                "audit-data",
                &Location::new(file, 1, column_at(i)),
                format!("the column `{name}` is given twice"),
            ));
        }
    }
    for name in &expected {
        if !names.contains(name) {
            found.push(
                Diagnostic::error("audit-data", &Location::new(file, 1, 1), format!("the column `{name}` is missing"))
                    .with_hint("add it to the first line; leave its cells empty where it is not recorded yet"),
            );
        }
    }
    if !found.is_empty() {
        return Err(found);
    }
    let mut counts: BTreeMap<String, Count> = expected.iter().skip(1).map(|c| (c.clone(), Count::default())).collect();
    let mut patients = HashSet::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                found.push(csv_error(file, &e));
                continue;
            }
        };
        let line = record.position().map_or(1, |p| p.line() as usize);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != names.len() {
            found.push(Diagnostic::error(
                "audit-data",
                &Location::new(file, line, 1),
                format!("this row has {} values, but the first line names {} columns", record.len(), names.len()),
            ));
            continue;
        }
        let mut column = 1;
        for (name, value) in names.iter().zip(record.iter()) {
            let at = Location::new(file, line, column);
            column += value.chars().count() + 1;
            let value = value.trim();
            if name == "patient" {
                if value.is_empty() {
                    found.push(Diagnostic::error("audit-data", &at, "this row has no patient reference"));
                } else if !patients.insert(value.to_string()) {
                    found.push(Diagnostic::error(
                        "audit-data",
                        &at,
                        format!("the patient `{value}` has more than one row"),
                    ));
                }
                continue;
            }
            let Some(count) = counts.get_mut(name) else { continue };
            match value.to_ascii_lowercase().as_str() {
                "yes" => {
                    count.recorded += 1;
                    count.events += 1;
                }
                "no" => count.recorded += 1,
                "" => {}
                other => found.push(
                    Diagnostic::error(
                        "audit-data",
                        &at,
                        format!("`{other}` is not a result: write yes, no, or leave it empty"),
                    )
                    .with_hint("leave a cell empty where the outcome is not recorded yet"),
                ),
            }
        }
    }
    if found.is_empty() { Ok((counts, patients.len() as u64)) } else { Err(found) }
}

fn csv_error(file: &Path, e: &csv::Error) -> Diagnostic {
    let line = e.position().map_or(1, |p| p.line() as usize);
    Diagnostic::error("audit-data", &Location::new(file, line, 1), format!("this line cannot be read as CSV: {e}"))
        .with_hint("save the sheet as CSV (comma-separated values), UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_intervals_match_values_worked_by_hand() {
        // 180 of 200: p = 0.9; Wilson 95% interval 0.8506 to 0.9343.
        let (lo, hi) = wilson(180, 200).unwrap();
        assert!((lo - 0.8506).abs() < 5e-4 && (hi - 0.9343).abs() < 5e-4, "{lo} {hi}");
        // 0 of 20: the interval still has width (0 to 0.1611).
        let (lo, hi) = wilson(0, 20).unwrap();
        assert!(lo == 0.0 && (hi - 0.1611).abs() < 5e-4, "{hi}");
        assert_eq!(wilson(1, 0), None);
    }
}
