//! The outcomes a team records for every patient (NICE's special arrangements
//! for audit), linked to the outcomes the leaflet shows, so the audit form,
//! the consent insert and the audit report use the leaflet's own figures.

use super::TimeFrame;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What is audited for a procedure.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Audit {
    /// The option whose patients are audited (the procedure itself, `nail`).
    pub option: String,
    /// The outcomes recorded for every patient.
    pub outcomes: Vec<AuditOutcome>,
}

/// One outcome recorded for every patient.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuditOutcome {
    /// A stable id: the column of the audit data (`target-length`).
    pub id: String,
    /// Efficacy or safety.
    pub kind: AuditKind,
    /// The outcome of the audited option that the leaflet shows (`reach-planned-length`).
    pub outcome: String,
    /// What counts, in a clinician's words.
    pub definition: String,
    /// When it is recorded: each time point is a column of its own.
    pub recorded_at: Vec<TimeFrame>,
}

/// Whether an audit outcome is about benefit or harm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AuditKind {
    /// Did the procedure do what it is for.
    Efficacy,
    /// Did it cause harm.
    Safety,
}

impl TimeFrame {
    /// A short, stable key for a time point in a column name: `end`, `3m`, `12m`, `2y`
    /// (`within` and `at` share a key: a column records one time point).
    pub fn column_key(self) -> String {
        match self {
            TimeFrame::DuringTreatment => "during".to_string(),
            TimeFrame::ByEndOfTreatment => "end".to_string(),
            TimeFrame::Months(n) | TimeFrame::AtMonths(n) => format!("{n}m"),
            TimeFrame::Years(n) | TimeFrame::AtYears(n) => format!("{n}y"),
        }
    }
}

impl AuditOutcome {
    /// The audit data's column for this outcome at `time`: `target-length@12m`.
    pub fn column(&self, time: TimeFrame) -> String {
        format!("{}@{}", self.id, time.column_key())
    }
}

/// The audit data's columns: `patient`, then one per audit outcome and time point.
pub fn audit_columns(audit: Option<&Audit>) -> Vec<String> {
    let mut columns = vec!["patient".to_string()];
    for a in audit.iter().flat_map(|a| &a.outcomes) {
        columns.extend(a.recorded_at.iter().map(|t| a.column(*t)));
    }
    columns
}

/// The z value of a two-sided 95% interval.
const Z95: f64 = 1.959_963_984_540_054;

/// One column's results: how many patients have it recorded, and how many had it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AuditCount {
    /// Patients with a `yes` or `no`.
    pub recorded: u64,
    /// Patients with a `yes`.
    pub events: u64,
}

impl AuditCount {
    /// The rate, where anything is recorded.
    pub fn rate(&self) -> Option<f64> {
        (self.recorded > 0).then(|| self.events as f64 / self.recorded as f64)
    }

    /// The Wilson score 95% interval of the rate, where anything is recorded.
    pub fn interval(&self) -> Option<(f64, f64)> {
        wilson(self.events, self.recorded)
    }
}

/// The Wilson score 95% interval for `events` in `n` (Wilson 1927; good at
/// small counts and at rates near 0 or 1, unlike the normal approximation).
pub fn wilson(events: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 || events > n {
        return None;
    }
    let (x, n) = (events as f64, n as f64);
    let p = x / n;
    let z2 = Z95 * Z95;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = Z95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / (1.0 + z2 / n);
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}
