//! One deliberately broken copy of the valid fixture per diagnostic code: each gives
//! exactly its diagnostic, at the right file and line, in both output formats.
//!
//! The kinds of bad input from the core issue (once stored as whole sites under
//! `tests/sites/invalid/`) are edits of the valid fixture too, checked more
//! closely: the exact line, column and message from `check` in both formats and
//! from a `build` over an earlier site, which is left exactly as it was.

use crate::common::*;
use std::path::Path;

const YAML: &str = "content/procedures/test-procedure/procedure.yaml";
const SITE: &str = "content/site.yaml";
const ABOUT: &str = "content/procedures/test-procedure/about.md";

/// A change to one file of the valid fixture: replace `from` (which must be there)
/// with `to`; an empty `from` appends `to` (to a new file, if there is none).
struct Edit(&'static str, &'static str, &'static str);

/// A copy of the valid fixture with `edits` applied.
fn edited(edits: &[Edit]) -> tempfile::TempDir {
    let dir = copy_site("valid");
    for Edit(path, from, to) in edits {
        let target = dir.path().join(path);
        let text = std::fs::read_to_string(&target).unwrap_or_default();
        assert!(from.is_empty() || text.contains(from), "{path} has no `{from}`");
        let new = if from.is_empty() { format!("{text}{to}") } else { text.replacen(from, to, 1) };
        std::fs::write(&target, new).unwrap();
    }
    dir
}

/// The JSON report of `informed check` in `dir`, which must be its only output.
fn check_json(dir: &Path) -> (Run, serde_json::Value) {
    let run = informed(dir, &["check", "--format", "json", "--today", TODAY]);
    let json = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    (run, json)
}

/// Applies `edits` to a copy of the valid site, runs `informed check` in both formats,
/// and asserts the only diagnostic is `code` in `file` on the line containing `marker`.
fn expect(code: &str, severity: &str, edits: &[Edit], file: &str, marker: &str) {
    let dir = edited(edits);
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap_or_default();
    let line = text.lines().position(|l| l.contains(marker)).map_or(1, |i| i + 1);

    let (run, json) = check_json(dir.path());
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

/// Applies `edits` to a copy of the valid site and asserts it is refused: see [`refused_in`].
fn refused(edits: &[Edit], code: &str, file: &str, line: usize, column: usize, message: &str) -> String {
    let dir = edited(edits);
    refused_in(dir.path(), code, file, line, column, message)
}

/// Asserts that the site in `dir` has exactly one problem, the error `code` at
/// `file:line:column` with `message` in its text: in `check`'s JSON report, in its
/// report for a person (with the source marked), and from `build`, which, run over
/// an earlier site, says nothing was written and leaves that site exactly as it was.
/// Returns the build's standard error.
fn refused_in(dir: &Path, code: &str, file: &str, line: usize, column: usize, message: &str) -> String {
    let (run, json) = check_json(dir);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let found = json["diagnostics"].as_array().unwrap();
    assert_eq!(found.len(), 1, "{code}: expected exactly one diagnostic, got {found:#?}");
    let d = &found[0];
    let place =
        (d["code"].as_str(), d["severity"].as_str(), d["file"].as_str(), d["line"].as_u64(), d["column"].as_u64());
    assert_eq!(place, (Some(code), Some("error"), Some(file), Some(line as u64), Some(column as u64)), "{d:#}");
    assert!(d["message"].as_str().unwrap().contains(message), "expected `{message}` in {d:#}");
    assert_eq!(
        (json["version"].as_u64(), json["errors"].as_u64(), json["warnings"].as_u64()),
        (Some(1), Some(1), Some(0))
    );

    let located = format!("{file}:{line}:{column}: error[{code}]: ");
    let human = informed(dir, &["check", "--today", TODAY]);
    assert_eq!(human.code, 1, "{}", human.stderr);
    let heading = human.stderr.lines().next().unwrap_or_default();
    assert!(
        heading.starts_with(&located) && heading.contains(message),
        "expected `{located}…{message}`:\n{}",
        human.stderr
    );
    assert!(human.stderr.contains("here"), "the source snippet marks the place:\n{}", human.stderr);

    let public = dir.join("public");
    std::fs::create_dir_all(public.join("old")).unwrap();
    std::fs::write(public.join("old/index.html"), "the previous site").unwrap();
    // Made by an earlier build: informed replaces only folders it made.
    std::fs::write(public.join(informed::write::MARKER), "").unwrap();
    let before = every_file(&public);
    let build = informed(dir, &["build", "--no-pdf", "--today", TODAY]);
    assert_eq!(build.code, 1, "{}", build.stderr);
    let line_text = build
        .stderr
        .lines()
        .find(|l| l.starts_with(&located))
        .unwrap_or_else(|| panic!("expected `{located}` in:\n{}", build.stderr));
    assert!(line_text.contains(message), "expected `{message}` in `{line_text}`");
    assert!(build.stderr.contains("nothing was written"), "{}", build.stderr);
    assert_eq!(every_file(&public), before, "public/ must be untouched");
    assert!(!build.stderr.contains("panicked"), "{}", build.stderr);
    build.stderr
}

#[test]
fn the_valid_fixture_is_clean() {
    let dir = copy_site("valid");
    let run = informed(dir.path(), &["check", "--deny", "warnings", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("no problems found"));
}

// The refused tests below cover yaml-syntax, yaml-alias, unknown-field,
// missing-field, wrong-type, unknown-source, events-exceed-population,
// invalid-slug, markdown-raw-html and unsafe-link, with their columns and messages.

#[test]
fn yaml_problems() {
    expect("unknown-value", "error", &[Edit(YAML, "kind: surgical", "kind: surgery")], YAML, "kind: surgery");
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
    expect("range-reversed", "error", &[Edit(YAML, "range: [1, 4]", "range: [4, 1]")], YAML, "[4, 1]");
    expect(
        "comparison-time-frames-differ",
        "warning",
        &[Edit(
            YAML,
            "{ events: 2, population: 40, unit: bones, time_frame: not-reported }",
            "{ events: 2, population: 40, unit: bones, time_frame: during-treatment }",
        )],
        YAML,
        "events: 2,",
    );
    expect(
        "comparison-units-differ",
        "warning",
        &[Edit(
            YAML,
            "{ events: 2, population: 40, unit: bones, time_frame: not-reported }",
            "{ events: 2, population: 40, unit: people, time_frame: not-reported }",
        )],
        YAML,
        "events: 2,",
    );
    expect(
        "comparison-scale",
        "error",
        &[Edit(
            YAML,
            "{ events: 2, population: 40, unit: bones, time_frame: not-reported }",
            "{ events: 1, population: 5001, unit: bones, time_frame: not-reported }",
        )],
        YAML,
        "population: 5001",
    );
}

#[test]
fn evidence_problems() {
    const FIGURE: &str = "        frequency: { events: 332, population: 983, unit: bones, time_frame: not-reported }\n";
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
            "        change: { scale: { name: \"\", better: lower }, before: 18, after: 9, population: 56, time_frame: not-reported }\n",
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
            "        change: { scale: { name: \"a score\", better: lower }, mean_change: -9, population: 56, time_frame: not-reported, comparison: { arm: sham, mean_change: -1 } }\n",
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
            "        frequency: { events: 332, population: 983, unit: bones, time_frame: not-reported, comparison: { arm: shame, events: 2, population: 40 } }\n",
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
            "        change: { scale: { name: \"a score\", min: 0, max: 10, better: lower }, before: 18, after: 9, population: 56, time_frame: not-reported }\n",
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
        &[Edit(
            YAML,
            "{ events: 332, population: 983, unit: bones, time_frame: not-reported }",
            "{ events: 0, unit: bones, time_frame: not-reported }",
        )],
        YAML,
        "events: 0",
    );
    // Time points in order, each with its time.
    expect(
        "time-points-out-of-order",
        "error",
        &[Edit(
            YAML,
            "{ events: 332, population: 983, unit: bones, time_frame: not-reported }",
            "[{ events: 3, population: 98, time_frame: { at: { months: 12 } } }, { events: 1, population: 98, time_frame: { within: { months: 3 } } }]",
        )],
        YAML,
        "months: 12",
    );
    expect(
        "time-point-missing",
        "error",
        &[Edit(
            YAML,
            "{ events: 332, population: 983, unit: bones, time_frame: not-reported }",
            "[{ events: 3, population: 98 }]",
        )],
        YAML,
        "[{ events: 3",
    );
    // Figures side by side from different studies are flagged.
    expect(
        "comparison-sources-differ",
        "warning",
        &[Edit(
            YAML,
            "        frequency: { events: 2, population: 40, unit: bones, time_frame: not-reported }\n        source: review-b",
            "        frequency: { events: 2, population: 40, unit: bones, time_frame: not-reported }\n        source: study-a # another study",
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

// Bad input the build refuses: the exact place and words, and nothing written.

#[test]
fn unknown_field_suggests_the_right_name() {
    let dir = edited(&[Edit(YAML, "{ events: 332, population: 983", "{ evnts: 332, population: 983")]);
    let stderr = refused_in(dir.path(), "unknown-field", YAML, 39, 22, "unknown field `evnts`");
    assert!(stderr.contains("did you mean `events`?"), "{stderr}");
    // What an editor reads, word for word: the line to jump to, the source with
    // the place marked, the hint and the outcome.
    snapshot_settings(dir.path()).bind(|| insta::assert_snapshot!("unknown_field_build_stderr", stderr));
}

#[test]
fn the_json_report_keeps_its_documented_shape() {
    // A warning and an error, each with its hint, in file order (a YAML error such
    // as an unknown field stops the reading before the later checks could warn).
    let dir = edited(&[
        Edit(YAML, "next_review: \"2027-01-01\"", "next_review: \"2026-07-01\""),
        Edit(YAML, "        source: study-a\n    risks:", "        source: study-z\n    risks:"),
    ]);
    let (run, json) = check_json(dir.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!((json["errors"].as_u64(), json["warnings"].as_u64()), (Some(1), Some(1)), "{json:#}");
    snapshot_settings(dir.path()).bind(|| insta::assert_snapshot!("check_json_report", run.stdout));
}

#[test]
fn wrong_type() {
    refused(
        &[Edit(YAML, "population: 983,", "population: many,")],
        "wrong-type",
        YAML,
        39,
        47,
        "you wrote the text \"many\", write a whole number",
    );
}

#[test]
fn missing_required_field() {
    refused(
        &[Edit(YAML, "decision: \"Whether to have the test procedure.\"\n", "")],
        "missing-field",
        YAML,
        1,
        1,
        "missing field `decision`",
    );
}

#[test]
fn events_greater_than_population() {
    refused(
        &[Edit(
            YAML,
            "{ events: 2, population: 40, unit: bones, time_frame: not-reported }",
            "{ events: 41, population: 40, unit: bones, time_frame: not-reported }",
        )],
        "events-exceed-population",
        YAML,
        68,
        30,
        "41 events is more than the population of 40",
    );
}

#[test]
fn source_that_does_not_exist() {
    refused(
        &[Edit(YAML, "        source: study-a\n    risks:", "        source: study-z\n    risks:")],
        "unknown-source",
        YAML,
        35,
        17,
        "there is no source with id `study-z`",
    );
}

#[test]
fn invalid_slug() {
    let dir = copy_site("valid");
    let procedures = dir.path().join("content/procedures");
    std::fs::rename(procedures.join("test-procedure"), procedures.join("Bad_Slug")).unwrap();
    refused_in(
        dir.path(),
        "invalid-slug",
        "content/procedures/Bad_Slug/procedure.yaml",
        1,
        1,
        "`Bad_Slug` cannot be a procedure's folder name",
    );
}

#[test]
fn markdown_raw_html() {
    refused(
        &[Edit(ABOUT, "- two", "- two <img src=x onerror=alert(1)> inside")],
        "markdown-raw-html",
        ABOUT,
        4,
        7,
        "raw HTML is not allowed: `<img src=x onerror=alert(1)>`",
    );
}

#[test]
fn javascript_link() {
    refused(
        &[Edit(ABOUT, "(https://example.org/guidance)", "(javascript:alert(1))")],
        "unsafe-link",
        ABOUT,
        6,
        5,
        "`javascript:alert(1)`",
    );
}

#[test]
fn yaml_alias_bomb_is_refused_before_it_expands() {
    const BOMB: &str = concat!(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n",
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n",
        "title:",
    );
    refused(&[Edit(YAML, "title:", BOMB)], "yaml-alias", YAML, 2, 8, "anchors and aliases");
}

#[test]
fn yaml_syntax_error() {
    refused(
        &[Edit(
            YAML,
            "decision: \"Whether to have the test procedure.\"",
            "decision: \"Whether: [unclosed to have the test procedure.",
        )],
        "yaml-syntax",
        YAML,
        20,
        11,
        "this is not valid YAML",
    );
}

#[test]
fn a_missing_content_folder_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let run = informed(dir.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("site.yaml"), "{}", run.stderr);
    assert!(!dir.path().join("public").exists());
}

/// `check` finds a character no font can set, at its place, before a build
/// fails on it; in a translation it leaves only that page out, as the build does.
#[cfg(feature = "pdf")]
#[test]
fn a_character_no_font_covers_is_found_by_check_at_its_place() {
    let dir = edited(&[Edit(YAML, "title: \"A test procedure", "title: \"A test procedure 漢")]);
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("{YAML}:1:26: error[font-coverage]: no font covers `漢` (U+6F22)")),
        "{}",
        run.stderr
    );
    let build = informed(dir.path(), &["build", "--today", TODAY]);
    assert_eq!(build.code, 1, "the build fails on it too:\n{}", build.stderr);
    assert!(build.stderr.contains("font-coverage"), "{}", build.stderr);

    let dir = copy_site("translated");
    let cy = "locales/cy/procedures/test-procedure.ftl";
    let text = std::fs::read_to_string(dir.path().join(cy)).unwrap();
    std::fs::write(dir.path().join(cy), text.replacen("title = Triniaeth brawf", "title = Triniaeth 漢 brawf", 1))
        .unwrap();
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(run.stderr.contains(&format!("{cy}:3:")) && run.stderr.contains("error[font-coverage]"), "{}", run.stderr);
    let build = informed(dir.path(), &["build", "--today", TODAY]);
    assert_eq!(build.code, 0, "only the Welsh page is left out:\n{}", build.stderr);
    assert!(!dir.path().join("public/cy/test-procedure/index.html").exists());
    assert!(dir.path().join("public/test-procedure/leaflet-a4.pdf").exists());
}

/// One message of every family of diagnostics (docs/diagnostics.md), as a
/// person reads it from `informed check` (or the command that reads the file):
/// the wording, the place and the source snippet are reviewed in one snapshot.
#[test]
fn one_message_of_every_family_reads_as_reviewed() {
    let mut report = String::new();
    let mut add = |family: &str, dir: &Path, args: &[&str]| {
        let run = informed(dir, args);
        assert_ne!(run.code, 0, "{family}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        // The temporary folder is written as [SITE], wherever the test ran.
        let mut text = run.stderr.clone();
        for place in [dir.canonicalize().unwrap_or_default(), dir.to_path_buf()] {
            text = text.replace(&place.display().to_string(), "[SITE]");
        }
        report.push_str(&format!("## {family}\n\n{text}\n"));
    };
    let check = ["check", "--today", TODAY];
    let families: [(&str, &[Edit]); 5] = [
        ("Reading files", &[Edit(YAML, "kind: surgical", "kind: [surgical")]),
        ("Content", &[Edit(YAML, "id: operation", "id: Operation")]),
        ("Frequencies", &[Edit(YAML, "population: 983,", "population: 0,")]),
        ("Markdown", &[Edit(ABOUT, "- two", "- see [the options](#optoins)")]),
        ("Decision-aid standards", &[Edit(YAML, "kind: nothing", "kind: non-surgical")]),
    ];
    for (family, edits) in families {
        let dir = edited(edits);
        add(family, dir.path(), &check);
    }
    let dir = copy_site("valid");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(dir.path().join("templates/procedure.html"), "<main>\n{% if %}\n</main>\n").unwrap();
    add("Rendering", dir.path(), &check);
    let dir = copy_site("translated");
    let ftl = dir.path().join("locales/cy/procedures/test-procedure.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, format!("{text}broken = {{\n")).unwrap();
    add("Translations", dir.path(), &check);
    let dir = copy_site("valid");
    std::fs::write(dir.path().join("bad.csv"), "patient,lenght@end,problem@6m,problem@1y\nP1,yes,maybe,\n").unwrap();
    add("Audit", dir.path(), &["audit", "report", "--procedure", "test-procedure", "-o", "report.html", "bad.csv"]);
    let dir = copy_site("translated");
    std::fs::write(dir.path().join("cy.xlf"), "<xliff version=\"2.0\"><file id=\"x\">\n<unit id=\"nothing\">\n")
        .unwrap();
    add("Importing a translation", dir.path(), &["l10n", "import", "cy", "cy.xlf"]);
    insta::assert_snapshot!("one_message_of_every_family", report);
}
