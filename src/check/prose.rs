//! Figures typed into words: a percentage, "N in N", "N out of N" or "N of N
//! people" in Markdown or a text field is a figure the data does not hold, so it
//! has no source, no check and no translation safeguard. Dates, durations and
//! doses ("3 months", "10 mg", "call 999") are not figures and are left alone.

use crate::diagnostic::{Diagnostic, Location};
use crate::load::LoadedProcedure;

/// Words that make "N of N ___" a count of people rather than, say, a step.
const COUNTED: [&str; 9] = ["people", "patients", "person", "men", "women", "children", "adults", "bones", "legs"];

/// Byte ranges in `text` that look like figures.
pub fn figures(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.')) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit() || (bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let rest = &text[i..];
        let after = rest.trim_start_matches(' ');
        let number_follows = |words: &[&str]| -> Option<usize> {
            for word in words {
                if let Some(tail) = after.strip_prefix(word) {
                    let tail_trim = tail.trim_start_matches(' ');
                    let digits = tail_trim.bytes().take_while(u8::is_ascii_digit).count();
                    if digits > 0 {
                        return Some(text.len() - tail_trim.len() + digits);
                    }
                }
            }
            None
        };
        if let Some(sign) = ["%", "per cent", "percent"].iter().find(|s| after.starts_with(**s)) {
            found.push((start, text.len() - after.len() + sign.len()));
        } else if let Some(end) = number_follows(&["in ", "out of "]) {
            found.push((start, end));
        } else if let Some(end) = number_follows(&["of "]) {
            let following = text[end..].trim_start().to_ascii_lowercase();
            if COUNTED.iter().any(|w| following.starts_with(w)) {
                found.push((start, end));
            }
        }
    }
    found
}

pub(super) fn check(loaded: &LoadedProcedure, found: &mut Vec<Diagnostic>) {
    let p = &loaded.procedure;
    let warn = |at: Location, figure: &str| {
        Diagnostic::warning("figure-in-prose", &at, format!("`{figure}` looks like a figure typed into the words"))
            .with_hint("give figures as data (`frequency`, `change`) with their source, so every page and language shows the same checked number")
    };
    for (id, text) in &p.sections {
        let file = loaded.section_file(id);
        for (start, end) in figures(text) {
            found.push(warn(Location::at_offset(&file, text, start), &text[start..end]));
        }
    }
    let mut fields: Vec<(String, &str)> = vec![
        ("summary".into(), &p.summary),
        ("condition".into(), &p.condition),
        ("decision".into(), &p.decision),
        ("evidence.summary".into(), &p.evidence.summary),
    ];
    for (i, option) in p.options.iter().enumerate() {
        let o = format!("options.{i}");
        for (field, text) in [
            ("summary", &option.summary),
            ("what_happens", &option.what_happens),
            ("recovery", &option.recovery),
            ("daily_life", &option.daily_life),
        ] {
            fields.push((format!("{o}.{field}"), text));
        }
        for (list, outcomes) in [("benefits", &option.benefits), ("risks", &option.risks)] {
            for (j, outcome) in outcomes.iter().enumerate() {
                fields.push((format!("{o}.{list}.{j}.label"), &outcome.label));
                if let Some(detail) = &outcome.detail {
                    fields.push((format!("{o}.{list}.{j}.detail"), detail));
                }
            }
        }
    }
    for (list, texts) in
        [("uncertainties", &p.uncertainties), ("special_arrangements.meaning", &p.special_arrangements.meaning)]
    {
        for (id, text) in texts.iter() {
            fields.push((format!("{list}.{id}"), text));
        }
    }
    for (path, text) in fields {
        for (start, end) in figures(text) {
            found.push(warn(loaded.spans.at(&path), &text[start..end]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::figures;

    fn found(text: &str) -> Vec<&str> {
        figures(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn figures_are_found_and_dates_durations_and_doses_are_not() {
        assert_eq!(found("It improved by 47% in the trial."), ["47%"]);
        assert_eq!(found("About 14 in 100 people, or 3 out of 20."), ["14 in 100", "3 out of 20"]);
        assert_eq!(found("In 12 of 56 people it came back."), ["12 of 56"]);
        assert_eq!(found("78.3 per cent of them"), ["78.3 per cent"]);
        for fine in [
            "within 3 months",
            "take 10 mg twice a day",
            "call 999",
            "on 12 March 2024",
            "step 2 of 5 steps",
            "IPG718",
            "in 2 weeks",
            "a 0 to 32 score",
        ] {
            assert!(found(fine).is_empty(), "{fine}: {:?}", found(fine));
        }
    }
}
