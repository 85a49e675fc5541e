//! Every kind of bad input: a clear error at the right file, line and column, and nothing written.

use crate::common::*;

/// Builds an invalid fixture over an existing `public/` and checks the error and that
/// `public/` was left exactly as it was.
fn fails_with(fixture: &str, code: &str, file_end: &str, line: usize, column: usize, message: &str) -> String {
    let dir = copy_site(&format!("invalid/{fixture}"));
    let public = dir.path().join("public");
    std::fs::create_dir_all(public.join("old")).unwrap();
    std::fs::write(public.join("old/index.html"), "the previous site").unwrap();
    // Made by an earlier build: informed replaces only folders it made.
    std::fs::write(public.join(informed::site::MARKER), "").unwrap();
    let before = every_file(&public);
    let run = informed(dir.path(), &["build", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let located = format!("{file_end}:{line}:{column}: error[{code}]: ");
    let line_text = run
        .stderr
        .lines()
        .find(|l| l.contains(&located))
        .unwrap_or_else(|| panic!("expected `{located}` in:\n{}", run.stderr));
    assert!(line_text.contains(message), "expected `{message}` in `{line_text}`");
    assert!(run.stderr.contains("nothing was written"));
    assert_eq!(every_file(&public), before, "public/ must be untouched");
    assert!(!run.stderr.contains("panicked"));
    run.stderr
}

const YAML: &str = "procedures/test-procedure/procedure.yaml";

#[test]
fn unknown_field_suggests_the_right_name() {
    let stderr = fails_with("unknown-field", "unknown-field", YAML, 38, 22, "unknown field `evnts`");
    assert!(stderr.contains("did you mean `events`?"), "{stderr}");
}

#[test]
fn wrong_type() {
    fails_with("wrong-type", "wrong-type", YAML, 38, 47, "you wrote the text \"many\", write a whole number");
}

#[test]
fn missing_required_field() {
    fails_with("missing-field", "missing-field", YAML, 1, 1, "missing field `decision`");
}

#[test]
fn events_greater_than_population() {
    fails_with(
        "events-exceed-population",
        "events-exceed-population",
        YAML,
        63,
        30,
        "41 events is more than the population of 40",
    );
}

#[test]
fn source_that_does_not_exist() {
    fails_with("unknown-source", "unknown-source", YAML, 34, 17, "there is no source with id `study-z`");
}

#[test]
fn invalid_slug() {
    fails_with(
        "invalid-slug",
        "invalid-slug",
        "procedures/Bad_Slug/procedure.yaml",
        1,
        1,
        "`Bad_Slug` cannot be a procedure's folder name",
    );
}

#[test]
fn markdown_raw_html() {
    fails_with(
        "markdown-raw-html",
        "markdown-raw-html",
        "procedures/test-procedure/about.md",
        3,
        16,
        "raw HTML is not allowed",
    );
}

#[test]
fn javascript_link() {
    fails_with("unsafe-link", "unsafe-link", "procedures/test-procedure/about.md", 3, 3, "`javascript:alert(1)`");
}

#[test]
fn yaml_alias_bomb_is_refused_before_it_expands() {
    fails_with("yaml-alias", "yaml-alias", YAML, 2, 8, "anchors and aliases");
}

#[test]
fn yaml_syntax_error() {
    fails_with("yaml-syntax", "yaml-syntax", YAML, 20, 11, "this is not valid YAML");
}

#[test]
fn a_missing_content_folder_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let run = informed(dir.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("site.yaml"), "{}", run.stderr);
    assert!(!dir.path().join("public").exists());
}
