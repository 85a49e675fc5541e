//! One deliberately broken copy of the valid fixture per diagnostic code: each gives
//! exactly its diagnostic, at the right file and line, in both output formats.

use crate::common::*;

const YAML: &str = "content/procedures/test-procedure/procedure.yaml";
const SITE: &str = "content/site.yaml";
const ABOUT: &str = "content/procedures/test-procedure/about.md";

/// A change to one file of the valid fixture: replace `from` (which must be there) with `to`.
struct Edit(&'static str, &'static str, &'static str);

/// Applies `edits` to a copy of the valid site, runs `informed check` in both formats,
/// and asserts the only diagnostic is `code` in `file` on the line containing `marker`.
fn expect(code: &str, severity: &str, edits: &[Edit], file: &str, marker: &str) {
    let dir = copy_site("valid");
    for Edit(path, from, to) in edits {
        let target = dir.path().join(path);
        let text = std::fs::read_to_string(&target).unwrap_or_default();
        assert!(from.is_empty() || text.contains(from), "{path} has no `{from}`");
        let new = if from.is_empty() { format!("{text}{to}") } else { text.replacen(from, to, 1) };
        std::fs::write(&target, new).unwrap();
    }
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap_or_default();
    let line = text.lines().position(|l| l.contains(marker)).map_or(1, |i| i + 1);

    let run = informed(dir.path(), &["check", "--format", "json", "--today", TODAY]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    let found = json["diagnostics"].as_array().unwrap();
    let summary: Vec<String> = found.iter().map(|d| format!("{}:{}:{}", d["code"], d["file"], d["line"])).collect();
    assert_eq!(found.len(), 1, "{code}: expected exactly one diagnostic, got {summary:?}");
    let d = &found[0];
    assert_eq!(d["code"], code, "{summary:?}");
    assert_eq!(d["severity"], severity);
    assert!(d["file"].as_str().unwrap().ends_with(file), "{code}: file {}", d["file"]);
    assert_eq!(d["line"].as_u64(), Some(line as u64), "{code}: {summary:?}");
    assert_eq!(json["version"], 1);
    assert_eq!(run.code, if severity == "error" { 1 } else { 0 }, "{code}");

    let human = informed(dir.path(), &["check", "--today", TODAY]);
    let place = format!("{}:{line}:", dir.path().join(file).strip_prefix(dir.path()).unwrap().display());
    let heading = human
        .stderr
        .lines()
        .find(|l| l.contains(&format!("{severity}[{code}]")))
        .unwrap_or_else(|| panic!("{}", human.stderr));
    assert!(heading.contains(&place), "{heading} should name {place}");
    assert!(human.stderr.contains("here"), "the source snippet marks the place:\n{}", human.stderr);
    if severity == "warning" {
        let denied = informed(dir.path(), &["check", "--deny", "warnings", "--today", TODAY]);
        assert_eq!(denied.code, 1, "--deny warnings makes {code} fail");
    }
}

#[test]
fn the_valid_fixture_is_clean() {
    let dir = copy_site("valid");
    let run = informed(dir.path(), &["check", "--deny", "warnings", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("no problems found"));
}

#[test]
fn yaml_problems() {
    expect("yaml-syntax", "error", &[Edit(YAML, "decision: \"Whether", "decision: Whether: \"")], YAML, "decision:");
    expect("yaml-alias", "error", &[Edit(YAML, "title:", "x: &x 1\ny: *x\ntitle:")], YAML, "y: *x");
    expect("unknown-field", "error", &[Edit(YAML, "events: 332", "evnts: 332")], YAML, "evnts");
    expect("unknown-value", "error", &[Edit(YAML, "kind: surgical", "kind: surgery")], YAML, "kind: surgery");
    expect(
        "missing-field",
        "error",
        &[Edit(YAML, "decision: \"Whether to have the test procedure.\"\n", "")],
        YAML,
        "title:",
    );
    expect("wrong-type", "error", &[Edit(YAML, "population: 983,", "population: many,")], YAML, "many");
}

#[test]
fn folder_problems() {
    expect(
        "unknown-section",
        "error",
        &[Edit("content/procedures/test-procedure/abuot.md", "", "Text.\n")],
        "content/procedures/test-procedure/abuot.md",
        "Text.",
    );
}

#[test]
fn reference_and_id_problems() {
    expect(
        "unknown-source",
        "error",
        &[Edit(YAML, "        source: study-a\n    risks:", "        source: study-z\n    risks:")],
        YAML,
        "study-z",
    );
    expect(
        "figure-without-evidence",
        "error",
        &[Edit(YAML, "        source: study-a\n    risks:", "        source: team\n    risks:")],
        YAML,
        "events: 48",
    );
    expect("invalid-id", "error", &[Edit(YAML, "id: operation", "id: Operation")], YAML, "id: Operation");
    expect("duplicate-id", "error", &[Edit(YAML, "  - id: nothing", "  - id:  operation")], YAML, "id:  operation");
    expect(
        "invalid-url",
        "error",
        &[Edit(YAML, "url: \"https://example.org/guidance\"", "url: \"www.example.org/guidance\"")],
        YAML,
        "www.example.org",
    );
    expect("invalid-year", "error", &[Edit(YAML, "year: 2018", "year: 2099")], YAML, "2099");
    expect(
        "invalid-locale",
        "error",
        &[Edit(SITE, "source_locale: en-GB", "source_locale: \"en GB!\"")],
        SITE,
        "source_locale",
    );
}

#[test]
fn date_problems() {
    expect(
        "review-before-publication",
        "error",
        &[Edit(YAML, "reviewed: \"2026-01-01\"", "reviewed: \"2025-12-01\"")],
        YAML,
        "dates:",
    );
    expect(
        "next-review-not-after-review",
        "error",
        &[Edit(
            YAML,
            "reviewed: \"2026-01-01\", next_review: \"2027-01-01\"",
            "reviewed: \"2026-12-01\", next_review: \"2026-12-01\"",
        )],
        YAML,
        "dates:",
    );
    expect(
        "review-overdue",
        "error",
        &[Edit(YAML, "next_review: \"2027-01-01\"", "next_review: \"2026-05-01\"")],
        YAML,
        "dates:",
    );
    expect(
        "review-due-soon",
        "warning",
        &[Edit(YAML, "next_review: \"2027-01-01\"", "next_review: \"2026-07-01\"")],
        YAML,
        "dates:",
    );
}

#[test]
fn frequency_problems() {
    expect("zero-population", "error", &[Edit(YAML, "population: 983,", "population: 0,")], YAML, "population: 0");
    expect(
        "events-and-range",
        "error",
        &[Edit(YAML, "{ events: 332, population: 983", "{ events: 332, range: [1, 2], population: 983")],
        YAML,
        "range: [1, 2]",
    );
    expect(
        "no-events",
        "error",
        &[Edit(YAML, "{ events: 332, population: 983", "{ population: 983")],
        YAML,
        "{ population: 983",
    );
    expect("events-exceed-population", "error", &[Edit(YAML, "events: 332,", "events: 3320,")], YAML, "3320");
    expect("range-reversed", "error", &[Edit(YAML, "range: [1, 4]", "range: [4, 1]")], YAML, "[4, 1]");
    expect(
        "comparison-time-frames-differ",
        "warning",
        &[Edit(
            YAML,
            "{ events: 2, population: 40, unit: bones }",
            "{ events: 2, population: 40, unit: bones, time_frame: during-treatment }",
        )],
        YAML,
        "events: 2,",
    );
    expect(
        "comparison-units-differ",
        "warning",
        &[Edit(YAML, "{ events: 2, population: 40, unit: bones }", "{ events: 2, population: 40, unit: people }")],
        YAML,
        "events: 2,",
    );
    expect(
        "comparison-scale",
        "error",
        &[Edit(YAML, "{ events: 2, population: 40, unit: bones }", "{ events: 1, population: 5001, unit: bones }")],
        YAML,
        "population: 5001",
    );
}

#[test]
fn evidence_problems() {
    const FIGURE: &str = "        frequency: { events: 332, population: 983, unit: bones }\n";
    // One kind per outcome.
    expect(
        "outcome-kind",
        "error",
        &[Edit(YAML, FIGURE, "        frequency: { events: 332, population: 983, unit: bones }\n        fact: true\n")],
        YAML,
        "id: any-problem",
    );
    expect(
        "change-without-scale",
        "error",
        &[Edit(
            YAML,
            FIGURE,
            "        change: { scale: { name: \"\", better: lower }, before: 18, after: 9, population: 56 }\n",
        )],
        YAML,
        "change:",
    );
    expect(
        "arm-without-size",
        "error",
        &[Edit(
            YAML,
            FIGURE,
            "        change: { scale: { name: \"a score\", better: lower }, mean_change: -9, population: 56, comparison: { arm: sham, mean_change: -1 } }\n",
        )],
        YAML,
        "change:",
    );
    expect(
        "unknown-arm",
        "error",
        &[Edit(
            YAML,
            FIGURE,
            "        frequency: { events: 332, population: 983, unit: bones, comparison: { arm: shame, events: 2, population: 40 } }\n",
        )],
        YAML,
        "arm: shame",
    );
    expect(
        "outside-scale",
        "error",
        &[Edit(
            YAML,
            FIGURE,
            "        change: { scale: { name: \"a score\", min: 0, max: 10, better: lower }, before: 18, after: 9, population: 56 }\n",
        )],
        YAML,
        "change:",
    );
    // A certainty outside GRADE's four.
    expect(
        "unknown-value",
        "error",
        &[Edit(YAML, "        source: review-b\n", "        certainty: certain\n        source: review-b\n")],
        YAML,
        "certainty: certain",
    );
    // Nothing in a study of how many?
    expect(
        "zero-without-population",
        "error",
        &[Edit(YAML, "{ events: 332, population: 983, unit: bones }", "{ events: 0, unit: bones }")],
        YAML,
        "events: 0",
    );
    // Time points in order, each with its time.
    expect(
        "time-points-out-of-order",
        "error",
        &[Edit(
            YAML,
            "{ events: 332, population: 983, unit: bones }",
            "[{ events: 3, population: 98, time_frame: { at: { months: 12 } } }, { events: 1, population: 98, time_frame: { within: { months: 3 } } }]",
        )],
        YAML,
        "months: 12",
    );
    expect(
        "time-point-missing",
        "error",
        &[Edit(YAML, "{ events: 332, population: 983, unit: bones }", "[{ events: 3, population: 98 }]")],
        YAML,
        "[{ events: 3",
    );
    // Figures side by side from different studies are flagged.
    expect(
        "comparison-sources-differ",
        "warning",
        &[Edit(
            YAML,
            "        frequency: { events: 2, population: 40, unit: bones }\n        source: review-b",
            "        frequency: { events: 2, population: 40, unit: bones }\n        source: study-a # another study",
        )],
        YAML,
        "# another study",
    );
    // A figure typed into the words, in Markdown or in a text field.
    expect("figure-in-prose", "warning", &[Edit(ABOUT, "", "\nIt improved by 47% in one trial.\n")], ABOUT, "47%");
    expect(
        "figure-in-prose",
        "warning",
        &[Edit(
            YAML,
            "decision: \"Whether to have the test procedure.\"",
            "decision: \"Whether to have it: 3 in 10 people do.\"",
        )],
        YAML,
        "3 in 10",
    );
    // A device needs its reporting; special arrangements their reason.
    expect(
        "device-reporting-missing",
        "error",
        &[Edit(
            YAML,
            "device_reporting: { text: \"Report device problems.\", url: \"https://yellowcard.mhra.gov.uk/\" }\n",
            "",
        )],
        YAML,
        "implant: true",
    );
    expect("arrangements-without-reason", "error", &[Edit(YAML, "  reason: both\n", "")], YAML, "apply: true");
}

#[test]
fn editors_words_and_places() {
    // A bad date is reported at the date, not at the start of its block.
    let dir = copy_site("valid");
    let file = dir.path().join(YAML);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("issued: \"2022-03\"", "issued: \"2022-13\"", 1)).unwrap();
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    let heading = run.stderr.lines().next().unwrap_or_default().to_string();
    let column = text.lines().find(|l| l.contains("issued")).unwrap().find("2022-").unwrap() + 1;
    assert!(heading.contains(&format!(":{column}: error[invalid-content]")), "{heading}");
    // Type errors in words an editor uses, and time frames in the form that works.
    let dir = copy_site("valid");
    let file = dir.path().join(YAML);
    std::fs::write(&file, text.replacen("time_frame: { years: 1 }", "time_frame: months", 1)).unwrap();
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(run.stderr.contains("{ within: { months: 3 } }"), "{}", run.stderr);
    let dir = copy_site("valid");
    let file = dir.path().join(YAML);
    std::fs::write(&file, text.replacen("population: 983,", "population: 98.5,", 1)).unwrap();
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(run.stderr.contains("write a whole number"), "{}", run.stderr);
    assert!(!run.stderr.contains("expected u64"), "{}", run.stderr);
}

#[test]
fn markdown_problems() {
    expect("markdown-raw-html", "error", &[Edit(ABOUT, "- two", "- two<br>lines")], ABOUT, "<br>");
    expect(
        "unsafe-link",
        "error",
        &[Edit(ABOUT, "(https://example.org/guidance)", "(javascript:alert(1))")],
        ABOUT,
        "javascript:",
    );
    expect("broken-anchor", "error", &[Edit(ABOUT, "- two", "- see [the options](#optoins)")], ABOUT, "#optoins");
    expect(
        "broken-link",
        "error",
        &[Edit(ABOUT, "- two", "- see [another page](../no-such-page/index.html)")],
        ABOUT,
        "no-such-page",
    );
    expect(
        "invalid-url",
        "error",
        &[Edit(ABOUT, "(https://example.org/guidance)", "(https://nohost)")],
        ABOUT,
        "nohost",
    );
}

#[test]
fn decision_aid_standards() {
    expect("ipdas", "error", &[Edit(YAML, "kind: nothing", "kind: non-surgical")], YAML, "  - id: operation");
    expect(
        "readability",
        "warning",
        &[Edit(
            YAML,
            "summary: \"A summary with <b>markup</b> that must show as text.\"",
            "summary: \"Intramedullary distraction osteogenesis necessitates multidisciplinary perioperative optimisation, comprehensive rehabilitation, psychological evaluation and considerable organisational commitment.\"",
        )],
        YAML,
        "title:",
    );
}

#[test]
fn ipdas_checklist_names_the_failing_criterion() {
    let dir = copy_site("valid");
    let run = informed(dir.path(), &["check", "--ipdas", "--today", TODAY]);
    assert_eq!(run.stdout.matches("[pass]").count(), 12, "{}", run.stdout);
    let yaml = dir.path().join(YAML);
    let text = std::fs::read_to_string(&yaml).unwrap().replace("kind: nothing", "kind: non-surgical");
    std::fs::write(&yaml, text).unwrap();
    let run = informed(dir.path(), &["check", "--ipdas", "--today", TODAY]);
    let failing: Vec<&str> = run.stdout.lines().filter(|l| l.contains("[FAIL]")).collect();
    assert_eq!(failing.len(), 1, "{}", run.stdout);
    assert!(failing[0].contains("1.1.3") && failing[0].contains("no option describes doing nothing"), "{}", failing[0]);
}

#[test]
fn usage_problems_exit_with_2() {
    let dir = copy_site("valid");
    assert_eq!(informed(dir.path(), &["check", "--format", "xml"]).code, 2);
    assert_eq!(informed(dir.path(), &["check", "--deny", "everything"]).code, 2);
    assert_eq!(informed(dir.path(), &["no-such-command"]).code, 2);
}

#[test]
fn no_colour_without_a_terminal() {
    let dir = copy_site("valid");
    let yaml = dir.path().join(YAML);
    let text = std::fs::read_to_string(&yaml).unwrap().replace("events: 332", "evnts: 332");
    std::fs::write(&yaml, text).unwrap();
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(!run.stderr.contains('\u{1b}'), "no escape codes when not on a terminal");
}
