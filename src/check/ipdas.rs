//! IPDAS minimum standards (Joseph-Williams et al. 2014): the qualifying and certification
//! criteria that apply to a treatment decision, each a named check with its reason.

use crate::diagnostic::Diagnostic;
use crate::load::LoadedProcedure;
use crate::model::{OptionKind, Procedure, SourceKind};
use serde::Serialize;

/// One criterion's result for one procedure.
#[derive(Debug, Clone, Serialize)]
pub struct Criterion {
    /// The number in the minimum standards (`1.1.3`).
    pub id: &'static str,
    /// Qualifying or certification.
    pub level: &'static str,
    /// What the criterion asks.
    pub name: &'static str,
    /// Whether the procedure meets it.
    pub passed: bool,
    /// Why it passes or fails, in words an editor can act on.
    pub reason: String,
    /// The field to look at when it fails.
    #[serde(skip)]
    pub field: &'static str,
}

/// Every criterion, evaluated for `p`.
pub fn evaluate(p: &Procedure) -> Vec<Criterion> {
    let mut out = Vec::new();
    let mut add = |id, level, name, field, result: Result<String, String>| {
        let (passed, reason) = match result {
            Ok(r) => (true, r),
            Err(r) => (false, r),
        };
        out.push(Criterion { id, level, name, passed, reason, field });
    };
    let q = "qualifying";
    let c = "certification";
    add(
        "1.1.1",
        q,
        "describes the condition",
        "condition",
        filled(&p.condition, "the condition is described", "`condition` is empty"),
    );
    add(
        "1.1.2",
        q,
        "states the decision",
        "decision",
        filled(&p.decision, "the decision is stated", "`decision` is empty"),
    );
    add("1.1.3", q, "describes the options, including doing nothing", "options", options(p));
    add(
        "1.1.4",
        q,
        "describes the positive features of each option",
        "options",
        each_option(p, "has no benefits", |o| !o.benefits.is_empty()),
    );
    add(
        "1.1.5",
        q,
        "describes the negative features of each option",
        "options",
        each_option(p, "has no risks", |o| !o.risks.is_empty()),
    );
    add(
        "1.2.1",
        q,
        "describes what it is like to experience the consequences",
        "options",
        each_option(p, "does not say what recovery or daily life is like", |o| {
            !blank(&o.recovery) && !blank(&o.daily_life)
        }),
    );
    add("2.1.1", c, "shows positive and negative features in equal detail", "options", balance(p));
    add("2.2.1", c, "cites the evidence", "sources", evidence(p));
    add(
        "2.2.2",
        c,
        "gives the date it was produced",
        "dates",
        Ok(format!("published {}, reviewed {}", p.dates.published, p.dates.reviewed)),
    );
    add(
        "2.2.3",
        c,
        "gives the update policy",
        "update_policy",
        filled(&p.update_policy, "the update policy is given", "`update_policy` is empty"),
    );
    add(
        "2.2.4",
        c,
        "gives the uncertainty around outcome probabilities",
        "uncertainties",
        if p.uncertainties.values().any(|t| !blank(t)) && !blank(&p.evidence.summary) {
            Ok(format!("{} uncertainties and an evidence summary are given", p.uncertainties.len()))
        } else {
            Err("`uncertainties` or `evidence.summary` is empty: say what is not known and how sure the figures are"
                .to_string())
        },
    );
    add(
        "2.3.1",
        c,
        "gives the funding source",
        "funding",
        filled(&p.funding, "the funding source is given", "`funding` is empty"),
    );
    out
}

/// The failed criteria of one procedure as errors.
pub fn check(loaded: &LoadedProcedure, found: &mut Vec<Diagnostic>) {
    for criterion in evaluate(&loaded.procedure).into_iter().filter(|c| !c.passed) {
        found.push(
            Diagnostic::error(
                "ipdas",
                &loaded.spans.at(criterion.field),
                format!("IPDAS {} ({}) fails: {}", criterion.id, criterion.name, criterion.reason),
            )
            .with_hint("`informed check --ipdas` prints the whole checklist"),
        );
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn filled(text: &str, pass: &str, fail: &str) -> Result<String, String> {
    if blank(text) { Err(fail.to_string()) } else { Ok(pass.to_string()) }
}

fn options(p: &Procedure) -> Result<String, String> {
    if p.options.len() < 2 {
        return Err("there must be at least two options to choose between".to_string());
    }
    if !p.options.iter().any(|o| o.kind == OptionKind::Nothing) {
        return Err("no option describes doing nothing or waiting (`kind: nothing`)".to_string());
    }
    if let Some(o) = p.options.iter().find(|o| blank(&o.summary) || blank(&o.what_happens)) {
        return Err(format!("option `{}` does not say what it is or what happens", o.id));
    }
    Ok(format!("{} options, including doing nothing", p.options.len()))
}

fn each_option(
    p: &Procedure,
    what: &str,
    ok: impl Fn(&crate::model::ProcedureOption) -> bool,
) -> Result<String, String> {
    let failing: Vec<&str> = p.options.iter().filter(|o| !ok(o)).map(|o| o.id.as_str()).collect();
    if failing.is_empty() {
        Ok(format!("all {} options", p.options.len()))
    } else {
        Err(format!("option {} {what}", failing.iter().map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", ")))
    }
}

/// Equal detail: every option has both sides, and neither side's words are
/// less than a third of the other's.
fn balance(p: &Procedure) -> Result<String, String> {
    let words = |outcomes: &[crate::model::Outcome]| -> usize {
        outcomes
            .iter()
            .map(|o| {
                o.label.split_whitespace().count() + o.detail.as_deref().map_or(0, |d| d.split_whitespace().count())
            })
            .sum()
    };
    for o in &p.options {
        let (good, bad) = (words(&o.benefits), words(&o.risks));
        if good == 0 || bad == 0 {
            return Err(format!("option `{}` does not give both benefits and risks", o.id));
        }
        if good * 3 < bad || bad * 3 < good {
            return Err(format!(
                "option `{}` describes its benefits in {good} words and its risks in {bad}: give both a similar amount of detail",
                o.id
            ));
        }
    }
    Ok("every option gives benefits and risks in similar detail".to_string())
}

fn evidence(p: &Procedure) -> Result<String, String> {
    let published = p.sources.iter().filter(|s| s.kind != SourceKind::TeamExperience).count();
    if published == 0 {
        return Err("no published source is cited".to_string());
    }
    if let Some(s) = p.sources.iter().find(|s| blank(&s.citation)) {
        return Err(format!("source `{}` has no citation", s.id));
    }
    Ok(format!("{published} published sources are cited, and every benefit and risk names its source"))
}
