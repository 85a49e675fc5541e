//! One deliberately broken copy of the valid fixture per diagnostic code: each gives
//! exactly its diagnostic, at the right file and line, in both output formats.

mod common;

use common::*;

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
