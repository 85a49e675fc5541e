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
