//! The clinician's side of the same facts: consent insert, audit form and
//! data, governance pack and audit report, made from the leaflet's own figures.

use crate::common::*;
use std::path::Path;

const YAML: &str = "content/procedures/test-procedure/procedure.yaml";

fn clinicians(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join("clinicians").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "`{from}` is not in {file}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// 200 patients: 180 of 200 reached the length; problems at 6 months in 30 of
/// 150 recorded; nothing recorded at a year yet.
fn audit_data() -> String {
    let mut csv = String::from("patient,length@end,problem@6m,problem@1y\n");
    for i in 0..200 {
        let length = if i < 180 { "yes" } else { "no" };
        let problem = if i >= 150 {
            ""
        } else if i < 30 {
            "yes"
        } else {
            "no"
        };
        csv.push_str(&format!("P{i:03},{length},{problem},\n"));
    }
    csv
}

#[test]
fn the_documents_go_to_their_own_folder_never_the_public_site() {
    let dir = copy_site("valid");
    let run = build_ok(dir.path());
    assert!(run.stderr.contains("documents for clinicians"), "{}", run.stderr);
    for file in ["consent-en-GB.html", "audit-form.html", "audit.csv", "audit.schema.json", "governance.html"] {
        assert!(dir.path().join("clinicians/test-procedure").join(file).is_file(), "{file}");
    }
    assert!(
        dir.path().join("clinicians/index.html").is_file() && dir.path().join("clinicians/clinicians.json").is_file()
    );
    let public: Vec<_> = every_file(&dir.path().join("public")).into_iter().map(|(p, _)| p).collect();
    assert!(
        !public.iter().any(|p| p.contains("consent") || p.contains("audit") || p.contains("governance")),
        "{public:?}"
    );
    assert_eq!(clinicians(dir.path(), "test-procedure/audit.csv"), "patient,length@end,problem@6m,problem@1y\n");
    let schema: serde_json::Value =
        serde_json::from_str(&clinicians(dir.path(), "test-procedure/audit.schema.json")).unwrap();
    assert_eq!(schema["properties"]["problem@1y"]["enum"], serde_json::json!(["yes", "no", ""]));
    assert_eq!(schema["additionalProperties"], false);
    // The folder may not be the public site or inside it.
    let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY, "--clinicians", "public/staff"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("cannot share a folder with the public site"), "{}", run.stderr);
}

#[test]
fn the_consent_insert_audit_form_and_report_change_with_the_leaflets_figure() {
    let dir = copy_site("valid");
    std::fs::write(dir.path().join("audit.csv"), audit_data()).unwrap();
    let figures = |dir: &Path| {
        build_ok(dir);
        let page = read(dir, "test-procedure/index.html");
        let line = squash(outcome(&page, "reach-length", 0));
        let run =
            informed(dir, &["audit", "report", "--procedure", "test-procedure", "-o", "report.html", "audit.csv"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let report = squash(&std::fs::read_to_string(dir.join("report.html")).unwrap());
        (
            line,
            squash(&clinicians(dir, "test-procedure/consent-en-GB.html")),
            squash(&clinicians(dir, "test-procedure/audit-form.html")),
            report,
        )
    };
    let (page, consent, form, report) = figures(dir.path());
    let said = "96 in 100 lengthened bones (very common), by the end of treatment.";
    for (name, text) in
        [("page", &page), ("consent insert", &consent), ("audit form", &form), ("audit report", &report)]
    {
        assert!(text.contains(&squash(said)), "{name}: {text}");
    }
    assert!(
        consent.contains(&squash("Leaflet version")),
        "the insert has a place for the leaflet's version: {consent}"
    );
    edit(
        dir.path(),
        YAML,
        "frequency: { events: 48, population: 50, unit: bones",
        "frequency: { events: 40, population: 50, unit: bones",
    );
    let (page, consent, form, report) = figures(dir.path());
    let said = "80 in 100 lengthened bones (very common), by the end of treatment.";
    for (name, text) in
        [("page", &page), ("consent insert", &consent), ("audit form", &form), ("audit report", &report)]
    {
        assert!(text.contains(&squash(said)), "{name} did not follow the new figure: {text}");
    }
    assert!(report.contains("(80.0%bytheendoftreatment)"), "{report}");
}

#[test]
fn the_audit_report_counts_and_intervals_are_right_and_flag_a_difference() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    std::fs::write(dir.path().join("audit.csv"), audit_data()).unwrap();
    let run =
        informed(dir.path(), &["audit", "report", "--procedure", "test-procedure", "-o", "report.html", "audit.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    // Worked by hand (Wilson, z = 1.96): 180 of 200 is 90.0%, 85.1% to 93.4%;
    // 30 of 150 is 20.0%, 14.4% to 27.1%.
    assert!(report.contains("180 of 200 (90.0%)") && report.contains("85.1% to 93.4%"), "{report}");
    assert!(report.contains("30 of 150 (20.0%)") && report.contains("14.4% to 27.1%"), "{report}");
    assert!(report.contains("200 patients"), "{report}");
    // The leaflet says 96%: outside 85.1% to 93.4%, so the report asks for a review.
    assert!(report.contains("differs beyond chance"), "{report}");
    assert!(report.contains("Your local figures may mean the leaflet needs review"), "{report}");
    // 332 of 983 (33.8%) against 20.0% (14.4% to 27.1%): differs too; at a year nothing is recorded yet.
    assert!(report.contains("no results yet"), "{report}");
    assert!(!report.contains("P001"), "no patient's row reaches the report");
}

#[test]
fn the_audit_report_refuses_a_built_folder_and_bad_data_with_places() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    std::fs::write(dir.path().join("audit.csv"), audit_data()).unwrap();
    for output in ["public/report.html", "clinicians/report.html", "content/report.html"] {
        let run =
            informed(dir.path(), &["audit", "report", "--procedure", "test-procedure", "-o", output, "audit.csv"]);
        assert_eq!(run.code, 2, "{output}: {}", run.stderr);
        assert!(run.stderr.contains("refusing to write"), "{}", run.stderr);
        assert!(!dir.path().join(output).exists());
    }
    let bad = "patient,lenght@end,problem@6m,problem@1y\nP1,yes,maybe,\nP2,no\n";
    std::fs::write(dir.path().join("bad.csv"), bad).unwrap();
    let run =
        informed(dir.path(), &["audit", "report", "--procedure", "test-procedure", "-o", "report.html", "bad.csv"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("bad.csv:1:9: error[audit-data]: `lenght@end` is not a column"), "{}", run.stderr);
    assert!(run.stderr.contains("did you mean `length@end`?"), "{}", run.stderr);
    assert!(run.stderr.contains("the column `length@end` is missing"), "{}", run.stderr);
    assert!(!dir.path().join("report.html").exists(), "nothing is written");
    let bad = "patient,length@end,problem@6m,problem@1y\nP1,yes,maybe,\nP2,no\nP1,no,,\n";
    std::fs::write(dir.path().join("bad.csv"), bad).unwrap();
    let run =
        informed(dir.path(), &["audit", "report", "--procedure", "test-procedure", "-o", "report.html", "bad.csv"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("bad.csv:2:8: error[audit-data]: `maybe` is not a result"), "{}", run.stderr);
    assert!(run.stderr.contains("bad.csv:3:1: error[audit-data]: this row has 2 values"), "{}", run.stderr);
    assert!(
        run.stderr.contains("bad.csv:4:1: error[audit-data]: the patient `P1` has more than one row"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("report.html").exists(), "nothing is written");
}

#[test]
fn audit_outcomes_must_be_on_the_leaflet_and_key_outcomes_audited() {
    let dir = copy_site("valid");
    edit(dir.path(), YAML, "outcome: any-problem, definition", "outcome: any-problems, definition");
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("procedure.yaml:87:45: error[audit-outcome]: `any-problems` is not an outcome of `operation`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean `any-problem`?"), "{}", run.stderr);
    let dir = copy_site("valid");
    edit(
        dir.path(),
        YAML,
        "issued: \"2022-03\" }",
        "issued: \"2022-03\", key_outcomes: [reach-length, rare-problem] }",
    );
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(
        run.stderr.contains("warning[audit-key-outcome-missing]: the guidance names `rare-problem` as a key outcome"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_archive_keeps_every_version_and_adds_nothing_for_the_same_content() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let list = || std::fs::read_to_string(dir.path().join("archive/archive.json")).unwrap();
    let first = list();
    let entries: serde_json::Value = serde_json::from_str(&first).unwrap();
    let consent = entries["documents"].as_array().unwrap().iter().find(|d| d["locale"] == "en-GB").unwrap().clone();
    let path = dir.path().join("archive").join(consent["path"].as_str().unwrap());
    let kept = std::fs::read(&path).unwrap();
    assert!(squash(&String::from_utf8_lossy(&kept)).contains(&squash("96 in 100 lengthened bones")));
    assert_eq!(consent["archived"], TODAY);
    // The same content again: nothing is added, nothing is changed.
    build_ok(dir.path());
    assert_eq!(list(), first);
    // New content: a new version is added beside the old one, which stays as it was.
    edit(
        dir.path(),
        YAML,
        "frequency: { events: 48, population: 50, unit: bones",
        "frequency: { events: 40, population: 50, unit: bones",
    );
    let run = build_ok(dir.path());
    assert!(run.stderr.contains("added 1 document to the archive"), "{}", run.stderr);
    assert_eq!(std::fs::read(&path).unwrap(), kept, "an archived version is never replaced");
    let entries: serde_json::Value = serde_json::from_str(&list()).unwrap();
    let versions: Vec<&str> = entries["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["locale"] == "en-GB")
        .map(|d| d["version"].as_str().unwrap())
        .collect();
    assert_eq!(versions.len(), 2, "{versions:?}");
}

#[cfg(feature = "pdf")]
#[test]
fn the_consent_insert_pdf_carries_the_leaflets_figures() {
    let dir = copy_site("valid");
    build_with_pdfs(dir.path());
    let bytes = std::fs::read(dir.path().join("clinicians/test-procedure/consent-en-GB.pdf")).unwrap();
    let text = squash(&pdf_extract::extract_text_from_mem(&bytes).unwrap());
    for said in ["96 in 100 lengthened bones (very common), by the end of treatment.", "Leaflet version", "given on"] {
        assert!(text.contains(&squash(said)), "`{said}` in {text}");
    }
    let pdf = squash(&pdf_text(dir.path(), "test-procedure/leaflet-a4.pdf"));
    assert!(pdf.contains(&squash("96 in 100 lengthened bones (very common)")), "{pdf}");
    let archive = std::fs::read_to_string(dir.path().join("archive/archive.json")).unwrap();
    assert!(archive.contains("consent.pdf") && archive.contains("leaflet-a4.pdf"), "{archive}");
}

#[test]
fn the_archive_is_never_kept_in_a_built_folder_or_among_the_sources() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    for archive in ["public/archive", "clinicians/archive", "content/archive"] {
        let run = informed(dir.path(), &["build", "--no-pdf", "--today", TODAY, "--archive", archive]);
        assert_eq!(run.code, 2, "{archive}: {}", run.stderr);
        assert!(run.stderr.contains("archive"), "{}", run.stderr);
        assert!(!dir.path().join(archive).exists(), "{archive}");
    }
}
