//! The translators' round trip through XLIFF 2.0: `informed l10n export` for an
//! agency's tool, the file edited as the agency would, `informed l10n import`
//! back; what it refuses (with the place in the XLIFF file) and that a refused
//! or empty import leaves every file as it was.

use crate::common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const CY_PAGE: &str = "cy/test-procedure/index.html";
const CY_FTL: &str = "locales/cy/procedures/test-procedure.ftl";
const CY_STATE: &str = "locales/cy/l10n-state.yaml";
const YAML: &str = "content/procedures/test-procedure/procedure.yaml";

/// Exports `locale` of the site in `dir` to a file outside it, and returns the file and its text.
fn export(dir: &Path, out: &Path, locale: &str) -> (PathBuf, String) {
    let file = out.join(format!("{locale}.xlf"));
    let run = informed(dir, &["l10n", "export", locale, "--output", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(&file).unwrap();
    (file, text)
}

/// The `<unit>` element of `id`, as exported.
fn unit<'a>(xliff: &'a str, id: &str) -> &'a str {
    let start = xliff.find(&format!("<unit id=\"{id}\">")).unwrap_or_else(|| panic!("no unit {id}"));
    let end = start + xliff[start..].find("</unit>").unwrap() + "</unit>".len();
    &xliff[start..end]
}

/// `xliff` with the unit `id` edited by `change`, as an agency's tool would save it.
fn edit_unit(xliff: &str, id: &str, change: impl Fn(&str) -> String) -> String {
    let old = unit(xliff, id);
    let new = change(old);
    assert_ne!(old, new, "the edit of {id} changed nothing");
    xliff.replacen(old, &new, 1)
}

/// One replacement that must happen.
fn swap(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "no `{from}` in\n{text}");
    text.replacen(from, to, 1)
}

/// 1-based line and column of the first `needle` in `text`.
fn place(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap_or_else(|| panic!("no `{needle}`"));
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, column)
}

/// Every file of the site except what a build writes.
fn sources(dir: &Path) -> Vec<(String, Vec<u8>)> {
    every_file(dir).into_iter().filter(|(p, _)| !p.starts_with("public") && !p.starts_with(".public")).collect()
}

/// Imports `file`, expecting a refusal, and checks that nothing was written.
fn refused(dir: &Path, file: &Path, extra: &[&str]) -> String {
    let before = sources(dir);
    let mut args = vec!["l10n", "import", "cy", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    let run = informed(dir, &args);
    assert_eq!(run.code, 1, "the import was not refused:\n{}", run.stderr);
    assert!(run.stderr.contains("nothing was imported"), "{}", run.stderr);
    assert!(sources(dir) == before, "a refused import changed a file");
    run.stderr
}

#[test]
fn exported_xliff_is_valid_against_the_oasis_xliff_2_schema() {
    let schemas = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/xliff");
    let out = tempfile::tempdir().unwrap();
    // The shipped site (its own ui.ftl, a right-to-left language) and a fixture
    // with the built-in interface words.
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (ar, ar_text) = export(shipped, out.path(), "ar");
    assert!(ar_text.contains(r#"srcLang="en-GB" trgLang="ar""#));
    assert!(ar_text.contains(r#"original="ui.ftl" canResegment="no" srcDir="ltr" trgDir="rtl""#));
    let fixture = copy_site("translated");
    let (cy, _) = export(fixture.path(), out.path(), "cy");
    for file in [&ar, &cy] {
        let run = Command::new("xmllint")
            .args(["--nonet", "--noout", "--schema"])
            .arg(schemas.join("informed-xliff.xsd"))
            .arg(file)
            .env("XML_CATALOG_FILES", schemas.join("catalog.xml"))
            .output()
            .expect("xmllint runs: install Debian's libxml2-utils (.ci/run does)");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(run.status.success(), "{} is not valid XLIFF 2.0:\n{stderr}", file.display());
        assert!(stderr.contains("validates"), "{stderr}");
    }
    // The schema check can fail: a state XLIFF does not know is refused.
    let bad = out.path().join("bad.xlf");
    std::fs::write(&bad, std::fs::read_to_string(&cy).unwrap().replacen(r#"state="translated""#, r#"state="done""#, 1))
        .unwrap();
    let run = Command::new("xmllint")
        .args(["--nonet", "--noout", "--schema"])
        .arg(schemas.join("informed-xliff.xsd"))
        .arg(&bad)
        .env("XML_CATALOG_FILES", schemas.join("catalog.xml"))
        .output()
        .unwrap();
    assert!(!run.status.success(), "xmllint accepted a state XLIFF 2.0 does not have");
}

#[test]
fn export_writes_every_unit_with_its_state_notes_and_fingerprint() {
    let dir = copy_site("translated");
    let out = tempfile::tempdir().unwrap();
    // One unit stale (the English changed), one missing.
    let yaml = std::fs::read_to_string(dir.path().join(YAML)).unwrap();
    let yaml =
        swap(&yaml, "condition: \"One leg is shorter than the other.\"", "condition: \"One leg is a lot shorter.\"");
    std::fs::write(dir.path().join(YAML), yaml).unwrap();
    let ftl = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    std::fs::write(dir.path().join(CY_FTL), swap(&ftl, "team-surgeon = Llawfeddyg.\n", "")).unwrap();
    let (_, xliff) = export(dir.path(), out.path(), "cy");

    let condition = unit(&xliff, "condition");
    assert!(condition.contains(r#"<segment state="initial" subState="informed:stale">"#), "{condition}");
    assert!(condition.contains("<source>One leg is a lot shorter.</source>"), "{condition}");
    assert!(condition.contains("<target>Mae un goes yn fyrrach na'r llall.</target>"), "{condition}");
    assert!(
        condition.contains(
            r#"<note category="context">What the condition is, near the top of the page (condition).</note>"#
        )
    );
    let fingerprint = |u: &str| {
        let start = u.find(r#"type="source-fingerprint">"#).unwrap() + r#"type="source-fingerprint">"#.len();
        u[start..start + 12].to_string()
    };
    let surgeon = unit(&xliff, "team-surgeon");
    assert!(surgeon.contains(r#"<segment state="initial">"#) && !surgeon.contains("<target>"), "{surgeon}");
    let title = unit(&xliff, "title");
    assert!(title.contains(r#"<segment state="translated">"#), "{title}");
    // Interface words: Fluent's own syntax, the variables named in a note.
    let freq = unit(&xliff, "freq-about");
    assert!(freq.contains("<source>About { $events } in { $denominator } { $unit ->\n    [bones]"), "{freq}");
    assert!(freq.contains("{ $denominator }, { $events }, { $unit }"), "{freq}");
    // The fingerprint is the one the state file records for the current source.
    let state = std::fs::read_to_string(dir.path().join(CY_STATE)).unwrap();
    assert!(state.contains(&format!("title: {}", fingerprint(title))), "{state}");
    assert_ne!(fingerprint(condition), "7dc656216a24", "the changed source has a new fingerprint");

    // Identical input, identical bytes.
    let (_, again) = export(dir.path(), out.path(), "cy");
    assert_eq!(xliff, again);
}

/// The issue's "done when": an agency changes two targets and marks one
/// reviewed; the import changes the built page and the state file, and nothing else.
#[test]
fn an_agencys_edited_xliff_changes_the_page_and_the_state_and_nothing_else() {
    let dir = copy_site("translated");
    let out = tempfile::tempdir().unwrap();
    build_ok(dir.path());
    assert!(read(dir.path(), CY_PAGE).contains("Llawfeddyg."));
    let (file, xliff) = export(dir.path(), out.path(), "cy");
    let edited = edit_unit(&xliff, "team-surgeon", |u| {
        swap(u, "<target>Llawfeddyg.</target>", "<target>Llawfeddyg orthopedig.</target>")
    });
    let edited = edit_unit(&edited, "condition", |u| {
        let u = swap(
            u,
            "<target>Mae un goes yn fyrrach na'r llall.</target>",
            "<target>Mae un goes yn fyrrach na'r goes arall.</target>",
        );
        swap(&u, r#"<segment state="translated">"#, r#"<segment state="reviewed">"#)
    });
    std::fs::write(&file, edited).unwrap();
    let ftl_before = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    let state_before = std::fs::read_to_string(dir.path().join(CY_STATE)).unwrap();
    let before = sources(dir.path());

    let run = informed(
        dir.path(),
        &["l10n", "import", "cy", file.to_str().unwrap(), "--by", "Agency Reviewer", "--on", "2026-05-20"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("2 translations changed, 0 confirmed, 1 reviewed"), "{}", run.stderr);

    // Only the Welsh procedure file and the state file changed; in the .ftl, only the two messages.
    let after = sources(dir.path());
    let changed: Vec<&str> = after.iter().zip(&before).filter(|(a, b)| a != b).map(|(a, _)| a.0.as_str()).collect();
    assert_eq!(after.len(), before.len());
    assert_eq!(changed, [CY_STATE, CY_FTL]);
    let ftl = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    let expected =
        ftl_before.replacen("team-surgeon = Llawfeddyg.\n", "team-surgeon = Llawfeddyg orthopedig.\n", 1).replacen(
            "condition = Mae un goes yn fyrrach na'r llall.\n",
            "condition = Mae un goes yn fyrrach na'r goes arall.\n",
            1,
        );
    assert_eq!(ftl, expected, "the import touched other lines of the file");

    // The state file: the reviewed unit is reviewed, by the agency's reviewer, and every other line is as it was.
    let state = std::fs::read_to_string(dir.path().join(CY_STATE)).unwrap();
    assert_eq!(
        state,
        state_before.replacen(
            "reviews: {}\n",
            "reviews:\n  procedures/test-procedure.ftl:\n    by: Agency Reviewer\n    on: 2026-05-20\n    units:\n      condition: 7dc656216a24\n",
            1
        )
    );
    let status = informed(dir.path(), &["l10n", "status", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    let procedure =
        status["files"].as_array().unwrap().iter().find(|f| f["file"] == "procedures/test-procedure.ftl").unwrap();
    assert_eq!(procedure["reviewed"], 1);
    assert_eq!(procedure["stale"], serde_json::json!([]));
    assert_eq!(procedure["reviewer"], "Agency Reviewer on 2026-05-20");

    // The page says what the agency wrote.
    build_ok(dir.path());
    let page = read(dir.path(), CY_PAGE);
    assert!(page.contains("Llawfeddyg orthopedig."), "the new target is not on the page");
    assert!(
        page.contains("Mae un goes yn fyrrach na&#x27;r goes arall.")
            || page.contains("Mae un goes yn fyrrach na'r goes arall.")
    );
    assert!(
        !page.contains("Mae un goes yn fyrrach na&#x27;r llall.")
            && !page.contains("Mae un goes yn fyrrach na'r llall.")
    );
}

#[test]
fn an_unchanged_or_partial_file_loses_nothing_and_fills_a_missing_message_where_its_stub_was() {
    let dir = copy_site("translated");
    let out = tempfile::tempdir().unwrap();
    // Exported and imported unchanged: nothing is written.
    let (file, xliff) = export(dir.path(), out.path(), "cy");
    let before = sources(dir.path());
    let run = informed(dir.path(), &["l10n", "import", "cy", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("nothing to write"), "{}", run.stderr);
    assert!(sources(dir.path()) == before);

    // One message missing: `l10n update` leaves a stub; the agency translates it
    // in a file that has lost every other unit of the procedure.
    let ftl = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    std::fs::write(dir.path().join(CY_FTL), swap(&ftl, "team-surgeon = Llawfeddyg.\n", "")).unwrap();
    assert_eq!(informed(dir.path(), &["l10n", "update", "cy"]).code, 0);
    let updated = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    assert!(updated.contains("# MISSING"), "{updated}");
    let (file, xliff_now) = export(dir.path(), out.path(), "cy");
    assert_ne!(xliff, xliff_now);
    let surgeon = unit(&xliff_now, "team-surgeon");
    let translated = swap(
        &swap(
            surgeon,
            "<source>A surgeon.</source>",
            "<source>A surgeon.</source>\n        <target>Llawfeddyg.</target>",
        ),
        r#"state="initial""#,
        r#"state="translated""#,
    );
    let head_end = xliff_now.find(r#"<file id="procedures.test-procedure.ftl""#).unwrap();
    let head = &xliff_now[..head_end];
    let head = &head[..head.rfind("<file id=\"ui.ftl\"").unwrap()];
    let only = format!(
        "{head}<file id=\"procedures.test-procedure.ftl\" original=\"procedures/test-procedure.ftl\">\n{translated}\n  </file>\n</xliff>\n"
    );
    std::fs::write(&file, only).unwrap();
    let run = informed(dir.path(), &["l10n", "import", "cy", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("imported 1 units into cy: 1 translations changed, 1 confirmed"), "{}", run.stderr);
    let ftl = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    assert!(!ftl.contains("# MISSING"), "the stub is replaced:\n{ftl}");
    assert!(ftl.contains("# en-GB: A surgeon.\n\nteam-surgeon = Llawfeddyg.\n"), "{ftl}");
    // Every other translation is still there, and everything is current.
    for line in updated.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" =")) {
        assert!(ftl.lines().any(|l| l == line), "`{line}` was lost");
    }
    let status = informed(dir.path(), &["l10n", "status", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    let procedure =
        status["files"].as_array().unwrap().iter().find(|f| f["file"] == "procedures/test-procedure.ftl").unwrap();
    assert_eq!(procedure["missing"], serde_json::json!([]));
    assert_eq!(procedure["stale"], serde_json::json!([]));
    assert_eq!(procedure["translated"], procedure["total"]);
    build_ok(dir.path());
    assert!(read(dir.path(), CY_PAGE).contains("Llawfeddyg."));
}

#[test]
fn a_file_exported_from_other_source_text_is_refused_at_the_unit() {
    let dir = copy_site("translated");
    let out = tempfile::tempdir().unwrap();
    let (file, xliff) = export(dir.path(), out.path(), "cy");
    let edited = edit_unit(&xliff, "decision", |u| {
        swap(
            u,
            "<target>A ddylech chi gael y driniaeth brawf.</target>",
            "<target>A ddylech chi gael y driniaeth?</target>",
        )
    });
    std::fs::write(&file, &edited).unwrap();
    // The English changes after the export.
    let yaml = std::fs::read_to_string(dir.path().join(YAML)).unwrap();
    std::fs::write(
        dir.path().join(YAML),
        swap(&yaml, "Whether to have the test procedure.", "Whether to have it now."),
    )
    .unwrap();
    let stderr = refused(dir.path(), &file, &[]);
    let (line, column) = place(&edited, "<unit id=\"decision\">");
    assert!(
        stderr.contains(&format!(
            "{}:{line}:{column}: error[xliff-stale]: `decision` was exported from en-GB text that has changed since",
            file.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("export again"), "{stderr}");
}

#[test]
fn a_target_that_breaks_fluent_or_drops_a_variable_is_refused_with_its_place() {
    let dir = copy_site("translated");
    let out = tempfile::tempdir().unwrap();
    // The site's own interface words, so their variables are the site's to translate.
    assert_eq!(informed(dir.path(), &["l10n", "update", "cy", "--own-built-in"]).code, 0);
    let (file, xliff) = export(dir.path(), out.path(), "cy");

    // An unclosed brace in a block of a section (the point of a list "one").
    let broken =
        edit_unit(&xliff, "section-about-f76ef2", |u| swap(u, "<target>un</target>", "<target>un { $</target>"));
    std::fs::write(&file, &broken).unwrap();
    let stderr = refused(dir.path(), &file, &[]);
    let (line, _) = place(&broken, "un { $");
    assert!(
        stderr.contains(&format!("{}:{line}:", file.display()))
            && stderr.contains("error[xliff-fluent]: the cy text of `section-about-f76ef2` is not valid Fluent"),
        "{stderr}"
    );

    // A dropped variable.
    let dropped =
        edit_unit(&xliff, "freq-about", |u| swap(u, "<target>Tua { $events } o bob", "<target>Tua rhai o bob"));
    std::fs::write(&file, &dropped).unwrap();
    let stderr = refused(dir.path(), &file, &[]);
    let (line, column) = place(&dropped, "Tua rhai o bob");
    assert!(
        stderr.contains(&format!(
            "{}:{line}:{column}: error[xliff-variables]: the cy text of `freq-about` drops the variable {{ $events }}",
            file.display()
        )),
        "{stderr}"
    );

    // A reference to a term that does not exist: found by the checks of the whole locale.
    let undefined = edit_unit(&xliff, "option-nothing-recovery", |u| {
        swap(u, "<target>Dim angen.</target>", "<target>Dim { -angen }.</target>")
    });
    std::fs::write(&file, &undefined).unwrap();
    let stderr = refused(dir.path(), &file, &[]);
    assert!(stderr.contains("error[ftl-undefined]"), "{stderr}");
}

#[test]
fn unknown_ids_files_languages_and_a_missing_reviewer_are_refused() {
    let dir = copy_site("translated");
    let out = tempfile::tempdir().unwrap();
    let (file, xliff) = export(dir.path(), out.path(), "cy");

    let renamed = swap(&xliff, "<unit id=\"team-surgeon\">", "<unit id=\"team-surgen\">");
    std::fs::write(&file, &renamed).unwrap();
    let stderr = refused(dir.path(), &file, &[]);
    let (line, column) = place(&renamed, "<unit id=\"team-surgen\">");
    assert!(
        stderr.contains(&format!(
            "{}:{line}:{column}: error[xliff-unknown]: `procedures/test-procedure.ftl` has no message `team-surgen` in en-GB",
            file.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `team-surgeon`?"), "{stderr}");

    let other = swap(&xliff, "original=\"procedures/test-procedure.ftl\"", "original=\"procedures/other.ftl\"");
    std::fs::write(&file, &other).unwrap();
    assert!(
        refused(dir.path(), &file, &[])
            .contains("error[xliff-unknown]: the site has no translation file `procedures/other.ftl`")
    );

    let polish = swap(&xliff, "trgLang=\"cy\"", "trgLang=\"pl\"");
    std::fs::write(&file, &polish).unwrap();
    assert!(
        refused(dir.path(), &file, &[])
            .contains("error[xliff-language]: the file is a translation into `pl`, not `cy`")
    );

    let not_xml = swap(&xliff, "<target>Llawfeddyg.</target>", "<target>Llawfeddyg & co.</target>");
    std::fs::write(&file, &not_xml).unwrap();
    let (line, _) = place(&not_xml, "Llawfeddyg & co.");
    assert!(refused(dir.path(), &file, &[]).contains(&format!("{}:{line}:", file.display())));

    let reviewed = edit_unit(&xliff, "title", |u| swap(u, r#"state="translated""#, r#"state="final""#));
    std::fs::write(&file, &reviewed).unwrap();
    let stderr = refused(dir.path(), &file, &[]);
    assert!(stderr.contains("error[xliff-reviewer]: 1 units are newly marked reviewed"), "{stderr}");
    let run = informed(
        dir.path(),
        &["l10n", "import", "cy", file.to_str().unwrap(), "--by", "R. Viewer", "--on", "2026-05-01"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("0 translations changed, 0 confirmed, 1 reviewed"), "{}", run.stderr);
}
