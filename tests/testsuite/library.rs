//! A site built on a library: the library's procedure published under the
//! site's own name with the site's local layer over it, a local figure refused
//! without a local source, bad libraries, layers and approvals refused with
//! nothing written, `informed library diff` after an edit upstream, and a site
//! that requires clinical sign-off. The library is generated from the minimal
//! fixture, under a name and title unlike the shipped procedures.

use super::common::{TODAY, copy_dir, informed, site};
use std::fs;
use std::path::{Path, PathBuf};

/// The library's one procedure.
const SLUG: &str = "knee-washout";

/// A site in a temporary folder: `site/` with its own name and contact,
/// built on the library `shared` (in `site/libraries/shared/`), which holds
/// one procedure, [`SLUG`]. `extra` is added to the site's `site.yaml`.
fn library_site(extra: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    let library = root.join("libraries/shared");
    copy_dir(&site("valid"), &library);
    let procedures = library.join("content/procedures");
    fs::rename(procedures.join("test-procedure"), procedures.join(SLUG)).unwrap();
    edit(&procedures.join(SLUG).join("procedure.yaml"), |text| {
        let rest = text.split_once('\n').unwrap().1;
        format!("title: \"Washing out a swollen knee\"\n{rest}")
    });
    fs::create_dir_all(root.join("content")).unwrap();
    fs::write(
        root.join("content/site.yaml"),
        format!(
            "organisation: \"Fenland Community Hospital\"\ncontact:\n  team: \"Patient Advice\"\n  phone: \"01632 960 555\"\n  \
             address: [\"Fenland Community Hospital\", \"Marsh Lane\"]\nsource_locale: en-GB\nlibraries:\n  - name: shared\n{extra}"
        ),
    )
    .unwrap();
    (tmp, root)
}

/// Writes the site's local layer over the library's procedure.
fn local(root: &Path, yaml: &str) -> PathBuf {
    let dir = root.join("content/procedures").join(SLUG);
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("local.yaml");
    fs::write(&file, yaml).unwrap();
    file
}

/// The site's local contact for the procedure.
const LOCAL_CONTACT: &str = "contact:\n  team: \"Knee Clinic\"\n  phone: \"01632 960 777\"\n  address: [\"Fenland Community Hospital\", \"Marsh Lane\"]\n";

fn edit(path: &Path, change: impl FnOnce(&str) -> String) {
    let text = fs::read_to_string(path).unwrap();
    let changed = change(&text);
    assert_ne!(text, changed, "the edit of {} changed nothing", path.display());
    fs::write(path, changed).unwrap();
}

/// The library's procedure file.
fn upstream(root: &Path) -> PathBuf {
    root.join("libraries/shared/content/procedures").join(SLUG).join("procedure.yaml")
}

fn build(root: &Path, extra: &[&str]) -> super::common::Run {
    let mut args = vec!["build", "--no-pdf", "--today", TODAY];
    args.extend_from_slice(extra);
    informed(root, &args)
}

fn approve(root: &Path, by: &str, role: &str) -> super::common::Run {
    informed(root, &["approve", SLUG, "--by", by, "--role", role, "--today", TODAY])
}

fn public(root: &Path, path: &str) -> String {
    fs::read_to_string(root.join("public").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Asserts that a build of `root` fails with `code` at `file:line`, and writes nothing.
fn refused(root: &Path, code: &str, file: &str, line: usize) -> String {
    let run = build(root, &[]);
    assert_ne!(run.code, 0, "the build should fail:\n{}", run.stderr);
    let at = format!("{file}:{line}:");
    assert!(
        run.stderr.lines().any(|l| l.starts_with(&at) && l.contains(&format!("error[{code}]"))),
        "expected error[{code}] at {at}:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    for folder in ["public", "clinicians", "archive"] {
        assert!(!root.join(folder).exists(), "{folder}/ was written");
    }
    run.stderr
}

#[test]
fn a_site_publishes_a_library_under_its_own_name_with_its_local_layer() {
    let (_tmp, root) = library_site("");
    local(&root, &format!("{LOCAL_CONTACT}team:\n  nurse: \"A knee nurse at Fenland calls you the day after.\"\n"));
    build(&root, &[]);
    let page = public(&root, &format!("{SLUG}/index.html"));
    assert!(page.contains("Washing out a swollen knee"), "the library's procedure is published");
    for document in [page.clone(), public(&root, &format!("{SLUG}/leaflet-a4.html"))] {
        assert!(document.contains("Fenland Community Hospital"), "the site's name");
        assert!(document.contains("01632 960 777") && document.contains("Knee Clinic"), "the local contact");
        assert!(
            !document.contains("Test Trust") && !document.contains("0100 000 0000"),
            "the library's own name or contact"
        );
    }
    // The local team member is added beside the library's.
    assert!(page.contains("A knee nurse at Fenland calls you the day after.") && page.contains("A surgeon."));
    // The index, which no local layer touches, has the site's own contact.
    let index = public(&root, "index.html");
    assert!(index.contains("Fenland Community Hospital") && index.contains("01632 960 555"));
}

#[test]
fn a_local_figure_without_a_local_source_is_refused_naming_the_layer() {
    let (_tmp, root) = library_site("");
    let file = local(
        &root,
        "options:\n  - id: operation\n    risks:\n      - id: any-problem\n        frequency: { events: 5, population: 100, time_frame: not-reported }\n        source: review-b\n",
    );
    let run = informed(&root, &["check", "--today", TODAY]);
    assert_ne!(run.code, 0, "{}", run.stderr);
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("error[library-figure]"))
        .unwrap_or_else(|| panic!("no library-figure error:\n{}", run.stderr));
    let file = file.strip_prefix(&root).unwrap().display().to_string();
    assert!(line.starts_with(&format!("{file}:6:")), "names the local file and the source's line: {line}");
    assert!(line.contains("`review-b` is the library's source"), "{line}");
    assert!(line.contains("[in the site's local layer over the library `shared`]"), "names the layer: {line}");
    refused(&root, "library-figure", &file, 6);

    // With a source of its own, the local figure is the site's, and published as such.
    local(
        &root,
        "options:\n  - id: operation\n    risks:\n      - id: any-problem\n        frequency: { events: 5, population: 100, time_frame: not-reported }\n        source: fenland-audit\nsources:\n  - { id: fenland-audit, kind: case-series, citation: \"Fenland knee audit, 2025.\", year: 2025, size: 100 }\n",
    );
    let run = build(&root, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = public(&root, &format!("{SLUG}/index.html"));
    assert!(page.contains("Fenland knee audit, 2025."), "the site's own source is listed");
    let risk = super::common::outcome(&page, "any-problem", 0);
    assert!(risk.contains("5 in 100 people") && risk.contains("From a study of 100 people"), "{risk}");
    assert!(!risk.contains("332"), "the library's figure is replaced: {risk}");
}

#[test]
fn a_missing_library_is_refused_at_its_name_and_nothing_is_written() {
    let (_tmp, root) = library_site("  - name: regional\n");
    let stderr = refused(&root, "library-missing", "content/site.yaml", 9);
    assert!(stderr.contains("there is no library `regional`"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_loop_of_libraries_is_refused_at_its_name_and_nothing_is_written() {
    let (_tmp, root) = library_site("");
    let library = root.join("libraries/shared");
    let site_file = library.join("content/site.yaml");
    let lines = fs::read_to_string(&site_file).unwrap().lines().count();
    edit(&site_file, |text| format!("{text}libraries:\n  - name: again\n"));
    fs::create_dir_all(library.join("libraries")).unwrap();
    // The library names itself, through a link back to its own folder.
    std::os::unix::fs::symlink("..", library.join("libraries/again")).unwrap();
    let stderr = refused(&root, "library-loop", "libraries/shared/content/site.yaml", lines + 2);
    assert!(stderr.contains("include each other"), "{stderr}");
}

#[test]
fn an_override_of_what_does_not_exist_is_refused_and_nothing_is_written() {
    // A local layer over a procedure no library has.
    let (_tmp, root) = library_site("");
    let dir = root.join("content/procedures/knee-wash");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("local.yaml"), LOCAL_CONTACT).unwrap();
    let stderr = refused(&root, "library-override", "content/procedures/knee-wash/local.yaml", 1);
    assert!(stderr.contains("did you mean `knee-washout`?"), "{stderr}");

    // A local figure for an option the library's procedure does not have.
    let (_tmp, root) = library_site("");
    local(
        &root,
        "sources:\n  - { id: fenland-audit, kind: case-series, citation: \"Fenland knee audit, 2025.\", year: 2025, size: 100 }\noptions:\n  - id: injection\n    risks:\n      - id: any-problem\n        frequency: { events: 5, population: 100, time_frame: not-reported }\n        source: fenland-audit\n",
    );
    let stderr = refused(&root, "library-override", &format!("content/procedures/{SLUG}/local.yaml"), 4);
    assert!(stderr.contains("has no option `injection`"), "{stderr}");
}

#[test]
fn an_approval_of_a_version_that_never_existed_is_refused_and_nothing_is_written() {
    let (_tmp, root) = library_site("");
    fs::create_dir_all(root.join("approvals")).unwrap();
    fs::write(
        root.join("approvals").join(format!("{SLUG}.yaml")),
        "- version: 0123abcd\n  by: Dr Rosa Field\n  role: Clinical lead\n  on: 2026-05-01\n  reviewed: [content]\n",
    )
    .unwrap();
    let stderr = refused(&root, "approval-version", &format!("approvals/{SLUG}.yaml"), 1);
    assert!(stderr.contains("there never was a content version 0123abcd"), "{stderr}");

    // `informed approve` refuses one too, and writes nothing.
    let (_tmp, root) = library_site("");
    let run = informed(
        &root,
        &["approve", SLUG, "--by", "Dr Rosa Field", "--role", "Clinical lead", "--version", "0123abcd"],
    );
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("error[approval-version]") && run.stderr.contains("nothing was written"),
        "{}",
        run.stderr
    );
    assert!(!root.join("approvals").exists(), "approvals/ was written");
}

#[test]
fn library_diff_lists_an_edit_made_upstream_after_approval() {
    let (_tmp, root) = library_site("");
    local(&root, LOCAL_CONTACT);
    let run = approve(&root, "Dr Rosa Field", "Clinical lead, orthopaedics");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let diff = informed(&root, &["library", "diff"]);
    assert!(diff.stdout.contains("unchanged: content version"), "{}", diff.stdout);

    edit(&upstream(&root), |text| text.replace("events: 332, population: 983", "events: 340, population: 983"));
    let diff = informed(&root, &["library", "diff"]);
    assert_eq!(diff.code, 0, "{}", diff.stderr);
    let text = &diff.stdout;
    assert!(text.contains(&format!("{SLUG} (from the library shared, with a local layer)")), "{text}");
    assert!(text.contains("changed since content version") && text.contains("approved by Dr Rosa Field"), "{text}");
    assert!(
        text.lines().any(|l| l.contains("figure")
            && l.contains("library")
            && l.contains("options.operation.risks.any-problem.frequency.events")
            && l.contains("“332” → “340”")),
        "{text}"
    );
    assert!(text.contains(&format!("once reviewed: informed approve {SLUG}")), "{text}");

    let json = informed(&root, &["library", "diff", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let procedure = &report["procedures"][0];
    assert_eq!(procedure["slug"], SLUG);
    assert_eq!(procedure["status"], "changed");
    assert_eq!(procedure["approved"]["by"], "Dr Rosa Field");
    let change = procedure["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "figure")
        .unwrap_or_else(|| panic!("{procedure}"));
    assert_eq!(
        (&change["layer"], &change["before"], &change["after"]),
        (&"library".into(), &"332".into(), &"340".into())
    );
    assert_eq!(report["libraries"][0]["name"], "shared");
}

#[test]
fn with_required_approval_an_edited_procedure_is_left_out_until_approved() {
    let (_tmp, root) = library_site("require_approval: true\n");
    let page = format!("{SLUG}/index.html");
    // Never approved: left out, and check says why.
    let run = informed(&root, &["check", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains(&format!("warning[unapproved]: `{SLUG}` is not published")), "{}", run.stderr);
    assert!(run.stderr.contains("it has never been approved"), "{}", run.stderr);

    // Approved: published, and the consent insert and archive say by whom.
    assert_eq!(approve(&root, "Dr Rosa Field", "Clinical lead").code, 0);
    let run = build(&root, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("unapproved"), "{}", run.stderr);
    assert!(!public(&root, &page).contains("has not yet approved"));
    let consent = fs::read_to_string(root.join(format!("clinicians/{SLUG}/consent-en-GB.html"))).unwrap();
    assert!(consent.contains("Approved for patients by Dr Rosa Field (Clinical lead) on 1 June 2026"), "{consent}");
    let archive = fs::read_to_string(root.join("archive/archive.json")).unwrap();
    assert!(archive.contains("\"by\": \"Dr Rosa Field\""), "{archive}");
    let index = fs::read_to_string(root.join("clinicians/index.html")).unwrap();
    assert!(index.contains("approved for patients by Dr Rosa Field (Clinical lead) on 2026-06-01"), "{index}");

    // Edited upstream after approval: left out again, and check says since when.
    edit(&upstream(&root), |text| text.replace("\"How long will it take?\"", "\"How long will my knee be stiff?\""));
    let run = informed(&root, &["check", "--today", TODAY]);
    assert!(run.stderr.contains(&format!("warning[unapproved]: `{SLUG}` is not published")), "{}", run.stderr);
    assert!(run.stderr.contains("it has changed since content version"), "{}", run.stderr);
    assert!(run.stderr.contains("was approved by Dr Rosa Field (Clinical lead)"), "{}", run.stderr);
    fs::remove_dir_all(root.join("public")).unwrap();
    let run = build(&root, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!root.join("public").join(&page).exists(), "the unapproved procedure was published");
    assert!(!public(&root, "index.html").contains("Washing out a swollen knee"), "the index links to it");
    let index = fs::read_to_string(root.join("clinicians/index.html")).unwrap();
    assert!(index.contains("Not yet approved") && !index.contains("approved for patients by"), "{index}");

    // `--drafts` publishes it, marked as a draft on the page and the leaflet, and never archives it.
    let archived = fs::read_to_string(root.join("archive/archive.json")).unwrap();
    let run = build(&root, &["--drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let notice = "The clinical team has not yet approved it.";
    assert!(public(&root, &page).contains(notice), "the page is marked as a draft");
    assert!(public(&root, &format!("{SLUG}/leaflet-a4.html")).contains(notice), "the leaflet is marked as a draft");
    assert!(public(&root, &page).contains("How long will my knee be stiff?"));
    assert_eq!(fs::read_to_string(root.join("archive/archive.json")).unwrap(), archived, "a draft was archived");
}

#[test]
fn approve_appends_and_never_rewrites() {
    let (_tmp, root) = library_site("require_approval: true\n");
    assert_eq!(approve(&root, "Dr Rosa Field", "Clinical lead").code, 0);
    let file = root.join("approvals").join(format!("{SLUG}.yaml"));
    let first = fs::read_to_string(&file).unwrap();
    let version = first.lines().find_map(|l| l.strip_prefix("- version: ")).unwrap().to_string();
    assert!(root.join("approvals").join(SLUG).join(format!("{version}.yaml")).is_file(), "what it held is kept");

    // The same approval again writes nothing.
    let run = approve(&root, "Dr Rosa Field", "Clinical lead");
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("recorded already"), "{}", run.stderr);
    assert_eq!(fs::read_to_string(&file).unwrap(), first);

    // A second person's approval is added after the first, which is left byte for byte.
    assert_eq!(approve(&root, "Sam Okafor", "Patient information group").code, 0);
    let second = fs::read_to_string(&file).unwrap();
    assert!(second.starts_with(&first), "the first approval was rewritten:\n{second}");
    assert_eq!(second.matches("- version: ").count(), 2);
    assert!(second[first.len()..].contains("by: Sam Okafor"));

    // An edit, approved: a third record, for the new version.
    edit(&upstream(&root), |text| text.replace("\"Months.\"", "\"About two weeks.\""));
    assert_eq!(approve(&root, "Dr Rosa Field", "Clinical lead").code, 0);
    let third = fs::read_to_string(&file).unwrap();
    assert!(third.starts_with(&second));
    let versions: Vec<&str> = third.lines().filter_map(|l| l.strip_prefix("- version: ")).collect();
    assert_eq!(versions.len(), 3);
    assert_ne!(versions[2], version, "the new version is approved");
    // The governance pack lists every approval.
    let run = build(&root, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let governance = fs::read_to_string(root.join(format!("clinicians/{SLUG}/governance.html"))).unwrap();
    assert!(governance.contains("Approved for patients by Dr Rosa Field (Clinical lead)"), "{governance}");
    assert!(governance.contains("Sam Okafor") && governance.contains("(this version)"), "{governance}");
}
