//! The editor's loop: `informed new`, the `TODO`s it leaves and what check and
//! build say of them, and the JSON Schemas editors' tools check against.

use crate::common;
use std::path::{Path, PathBuf};

const REGENERATE: &str = "cargo run -- schema --output schema";

/// Every `TODO` in the files under `dir`, as (file, line, column), found here
/// independently of the checker.
fn todos_in(dir: &Path, site: &Path) -> Vec<(PathBuf, usize, usize)> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name().into_iter().filter_map(Result::ok) {
        if !entry.file_type().is_file() {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for (n, line) in text.lines().enumerate() {
            for (byte, _) in line.match_indices("TODO") {
                let relative = entry.path().strip_prefix(site).unwrap().to_path_buf();
                found.push((relative, n + 1, line[..byte].chars().count() + 1));
            }
        }
    }
    found.sort();
    found
}

fn json(run: &common::Run) -> Vec<serde_json::Value> {
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    report["diagnostics"].as_array().unwrap().clone()
}

#[test]
fn a_new_procedure_lists_its_todos_and_builds_once_they_are_filled_in() {
    let tmp = tempfile::tempdir().unwrap();
    let run = common::informed(tmp.path(), &["new", "site", "trust"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let site = tmp.path().join("trust");
    let run = common::informed(&site, &["new", "procedure", "x"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let yaml = std::fs::read_to_string(site.join("content/procedures/x/procedure.yaml")).unwrap();
    assert!(yaml.starts_with("# yaml-language-server: $schema=../../../schema/procedure.schema.json\n"));
    assert!(site.join("schema/procedure.schema.json").is_file() && site.join("README.md").is_file());

    let run = common::informed(&site, &["check", "--format", "json", "--today", common::TODAY]);
    assert_eq!(run.code, 0, "warnings only: {}", run.stdout);
    let diagnostics = json(&run);
    assert!(diagnostics.iter().all(|d| d["code"] == "todo" && d["severity"] == "warning"), "{diagnostics:#?}");
    let mut reported: Vec<(PathBuf, usize, usize)> = diagnostics
        .iter()
        .map(|d| {
            (
                PathBuf::from(d["file"].as_str().unwrap()),
                d["line"].as_u64().unwrap() as usize,
                d["column"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    reported.sort();
    let expected = todos_in(&site.join("content"), &site);
    // 37 in each new procedure (YAML and Markdown), 4 in site.yaml.
    assert_eq!(expected.len(), 37 * 2 + 4);
    assert_eq!(reported, expected);
    let title = diagnostics.iter().find(|d| d["file"] == "content/procedures/x/procedure.yaml" && d["line"] == 10);
    assert_eq!(title.unwrap()["hint"], "replace `TODO` with the procedure's name, in words a patient would use");

    // A build refuses them, and writes nothing; --drafts builds anyway.
    let run = common::informed(&site, &["build", "--no-pdf", "--today", common::TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[todo]") && run.stderr.contains("--drafts"), "{}", run.stderr);
    assert!(!site.join("public").exists());
    let run = common::informed(&site, &["build", "--no-pdf", "--drafts", "--today", common::TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // Filled in, the new site builds with nothing to warn about.
    for (file, ..) in &expected {
        let path = site.join(file);
        let text = std::fs::read_to_string(&path).unwrap().replace("TODO", "Filled in");
        std::fs::write(path, text).unwrap();
    }
    let run = common::informed(&site, &["build", "--no-pdf", "--today", common::TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert!(site.join("public/x/index.html").is_file());
}

#[test]
fn new_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("keep.txt"), "mine").unwrap();
    let run = common::informed(tmp.path(), &["new", "site", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert!(!tmp.path().join("content").exists());

    let site = common::copy_site("valid");
    let about = site.path().join("content/procedures/test-procedure/about.md");
    let before = std::fs::read_to_string(&about).unwrap();
    let run = common::informed(site.path(), &["new", "procedure", "test-procedure"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&about).unwrap(), before);
    assert!(!site.path().join("content/procedures/test-procedure/before.md").exists());
    let run = common::informed(site.path(), &["new", "procedure", "../escape"]);
    assert_eq!(run.code, 2);
    assert!(!site.path().join("content/escape").exists());
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_shipped_content_has_no_todo() {
    let project = informed::load::load(&repo().join("content")).unwrap();
    let options = informed::check::CheckOptions { today: informed::model::Date::parse(common::TODAY).unwrap() };
    let todos: Vec<_> =
        informed::pipeline::check(&project, &options).into_iter().filter(|d| d.code == "todo").collect();
    assert!(todos.is_empty(), "{todos:#?}");
}

#[test]
fn the_shipped_schemas_are_what_informed_schema_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let run = common::informed(tmp.path(), &["schema", "--output", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for name in ["procedure.schema.json", "site.schema.json", "local.schema.json"] {
        let now = std::fs::read_to_string(tmp.path().join("out").join(name)).unwrap();
        let shipped = std::fs::read_to_string(repo().join("schema").join(name)).unwrap_or_default();
        assert!(now == shipped, "schema/{name} differs from what the model makes now: run `{REGENERATE}`");
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo().join("schema").join(name)).unwrap();
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap()
}

fn yaml_as_json(text: &str) -> serde_json::Value {
    let value: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
    serde_json::to_value(value).unwrap()
}

fn errors(validator: &jsonschema::Validator, value: &serde_json::Value) -> Vec<String> {
    validator.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

#[test]
fn the_shipped_content_matches_the_schemas() {
    let procedure = validator("procedure.schema.json");
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("content/procedures"))
        .unwrap()
        .map(|e| e.unwrap().path().join("procedure.yaml"))
        .collect();
    files.push(common::site("valid").join("content/procedures/test-procedure/procedure.yaml"));
    files.push(
        common::site("evidence")
            .join("content/procedures")
            .read_dir()
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path()
            .join("procedure.yaml"),
    );
    for file in files {
        let value = yaml_as_json(&std::fs::read_to_string(&file).unwrap());
        assert_eq!(errors(&procedure, &value), Vec::<String>::new(), "{}", file.display());
    }
    let site = validator("site.schema.json");
    let value = yaml_as_json(&std::fs::read_to_string(repo().join("content/site.yaml")).unwrap());
    assert_eq!(errors(&site, &value), Vec::<String>::new());

    // What informed new writes matches too, placeholders and all.
    let files = informed::new::site(Path::new("s"), informed::model::Date::parse(common::TODAY).unwrap()).unwrap();
    for file in files.iter().filter(|f| f.path.extension().is_some_and(|e| e == "yaml")) {
        let schema = if file.path.ends_with("site.yaml") { &site } else { &procedure };
        assert_eq!(errors(schema, &yaml_as_json(&file.text)), Vec::<String>::new(), "{}", file.path.display());
    }
}

#[test]
fn known_bad_content_fails_the_schemas() {
    let procedure = validator("procedure.schema.json");
    let text = std::fs::read_to_string(common::site("valid").join("content/procedures/test-procedure/procedure.yaml"))
        .unwrap();
    for (from, to) in [
        ("update_policy:", "update_polcy:"),                             // an unknown field
        ("quality: limited", "quality: weak"),                           // not one of the grades
        ("frequency: not-known", "frequency: sometimes"),                // not a frequency
        ("published: \"2026-01-01\"", "published: \"1 January 2026\""),  // not a date
        ("time_frame: { years: 1 }", "time_frame: { weeks: 1 }"),        // not a time frame
        ("events: 1, population: 5000", "events: -1, population: 5000"), // a negative count
    ] {
        assert!(text.contains(from), "{from}");
        let value = yaml_as_json(&text.replacen(from, to, 1));
        assert!(!errors(&procedure, &value).is_empty(), "{to} passed the schema");
    }
    let site = validator("site.schema.json");
    let text = std::fs::read_to_string(repo().join("content/site.yaml")).unwrap();
    let value = yaml_as_json(&text.replacen("phone:", "telephone:", 1));
    assert!(!errors(&site, &value).is_empty());
}
