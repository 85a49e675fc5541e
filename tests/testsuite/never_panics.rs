//! Property tests: whatever YAML or Markdown an editor writes, the checker and the
//! build answer with diagnostics or pages, never a panic.

use crate::common;
use informed::check::CheckOptions;
use informed::model::Date;
use proptest::prelude::*;
use std::path::Path;

const YAML: &str = "content/procedures/test-procedure/procedure.yaml";
const ABOUT: &str = "content/procedures/test-procedure/about.md";

/// Loads, checks and renders the site in `dir`; any outcome but a panic is fine.
fn run_pipeline(dir: &Path) {
    let options = CheckOptions { today: Date::parse(common::TODAY).unwrap() };
    if let Ok(project) = informed::load::load(&dir.join("content")) {
        let _ = informed::check::check(&project, &options);
        let _ = informed::pipeline::build(
            &project,
            &informed::pipeline::BuildOptions { check: options, pdf: false, drafts: false },
        );
    }
}

fn with_file(path: &str, text: &str) {
    let dir = common::copy_site("valid");
    std::fs::write(dir.path().join(path), text).unwrap();
    run_pipeline(dir.path());
}

fn valid_yaml() -> String {
    std::fs::read_to_string(common::site("valid").join(YAML)).unwrap()
}

/// How many cases each property runs: `usual`, or `INFORMED_PROPTEST_CASES` for a long run.
fn cases(usual: u32) -> u32 {
    std::env::var("INFORMED_PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(usual)
}

/// Every leaf of a YAML document, by path of keys and indices.
fn leaves(value: &serde_yaml::Value, path: &mut Vec<serde_yaml::Value>, out: &mut Vec<Vec<serde_yaml::Value>>) {
    match value {
        serde_yaml::Value::Mapping(map) => {
            for (k, v) in map {
                path.push(k.clone());
                leaves(v, path, out);
                path.pop();
            }
        }
        serde_yaml::Value::Sequence(list) => {
            for (i, v) in list.iter().enumerate() {
                path.push(serde_yaml::Value::from(i as u64));
                leaves(v, path, out);
                path.pop();
            }
        }
        _ => out.push(path.clone()),
    }
}

/// The value at `path`, to replace, or `None` where the path runs out.
fn at_path<'a>(value: &'a mut serde_yaml::Value, path: &[serde_yaml::Value]) -> Option<&'a mut serde_yaml::Value> {
    let Some((first, rest)) = path.split_first() else {
        return Some(value);
    };
    let next = match value {
        serde_yaml::Value::Mapping(map) => map.get_mut(first)?,
        serde_yaml::Value::Sequence(list) => list.get_mut(first.as_u64()? as usize)?,
        _ => return None,
    };
    at_path(next, rest)
}

/// Rewrites the YAML file `file` after `change` has had the document and the
/// path of the leaf `which` picks.
fn mutate_yaml(
    file: &Path,
    which: &prop::sample::Index,
    change: impl FnOnce(&mut serde_yaml::Value, &[serde_yaml::Value]),
) {
    let mut doc: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let mut found = Vec::new();
    leaves(&doc, &mut Vec::new(), &mut found);
    let path = which.get(&found).clone();
    change(&mut doc, &path);
    std::fs::write(file, serde_yaml::to_string(&doc).unwrap()).unwrap();
}

/// Values a field may wrongly hold: other types, extremes, hostile text.
fn replacement() -> impl Strategy<Value = serde_yaml::Value> {
    prop_oneof![
        Just(serde_yaml::Value::Null),
        any::<bool>().prop_map(serde_yaml::Value::from),
        any::<u64>().prop_map(serde_yaml::Value::from),
        any::<i64>().prop_map(serde_yaml::Value::from),
        prop_oneof![Just(0.0f64), Just(-1.5), Just(1e308), Just(99.99), Just(100.5), any::<f64>()]
            .prop_map(serde_yaml::Value::from),
        "[ -~\u{202e}\u{0}\u{200b}]{0,40}".prop_map(serde_yaml::Value::from),
        Just(serde_yaml::from_str("{ events: 0 }").unwrap()),
        Just(serde_yaml::from_str("[1, 2, 3]").unwrap()),
        Just(serde_yaml::from_str("{ at: { months: 3 } }").unwrap()),
        Just(serde_yaml::from_str("not-known").unwrap()),
    ]
}

proptest! {
    // Each case builds a whole site in two languages: fewer cases, bigger inputs.
    #![proptest_config(ProptestConfig { cases: cases(16), failure_persistence: None, ..ProptestConfig::default() })]

    /// The evidence fixture (every outcome kind) with one field given a wrong
    /// value or removed: structured input, not text that stops at the first syntax error.
    #[test]
    fn the_evidence_fixture_with_one_field_mutated(which in any::<prop::sample::Index>(), value in replacement(), remove in any::<bool>()) {
        let dir = common::copy_site("evidence");
        let file = dir.path().join("content/procedures/focused-ultrasound-tremor/procedure.yaml");
        mutate_yaml(&file, &which, |doc, path| {
            if remove {
                if let Some((last, parent)) = path.split_last()
                    && let Some(serde_yaml::Value::Mapping(map)) = at_path(doc, parent)
                {
                    map.remove(last);
                }
            } else if let Some(slot) = at_path(doc, path) {
                *slot = value;
            }
        });
        run_pipeline(dir.path());
    }

    /// site.yaml with one field mutated.
    #[test]
    fn site_yaml_with_one_field_mutated(which in any::<prop::sample::Index>(), value in replacement()) {
        let dir = common::copy_site("evidence");
        let file = dir.path().join("content/site.yaml");
        mutate_yaml(&file, &which, |doc, path| {
            if let Some(slot) = at_path(doc, path) {
                *slot = value;
            }
        });
        run_pipeline(dir.path());
    }

    /// A translation with one message's text replaced by Fluent-ish text.
    #[test]
    fn a_translation_with_one_message_mutated(which in any::<prop::sample::Index>(), text in "[a-z {}$\\-\\[\\]*.=\n\u{2068}\u{202e}]{0,60}") {
        let dir = common::copy_site("evidence");
        let file = dir.path().join("locales/ar/procedures/focused-ultrasound-tremor.ftl");
        let ftl = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = ftl.lines().collect();
        let messages: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.contains(" = ")).map(|(i, _)| i).collect();
        let i = *which.get(&messages);
        let id = lines[i].split(" = ").next().unwrap_or_default();
        let mut changed: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        changed[i] = format!("{id} = {text}");
        std::fs::write(&file, changed.join("\n")).unwrap();
        run_pipeline(dir.path());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(64), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_yaml_text(text in "[a-z_:{}\\[\\], \\-&*!|>'\"#0-9\\n ]{0,400}") {
        with_file(YAML, &text);
    }

    #[test]
    fn the_valid_file_with_a_line_removed_or_repeated(line in 0usize..200, repeat in any::<bool>()) {
        let text = valid_yaml();
        let mut lines: Vec<&str> = text.lines().collect();
        let i = line % lines.len();
        if repeat { lines.insert(i, lines[i]); } else { lines.remove(i); }
        with_file(YAML, &lines.join("\n"));
    }

    #[test]
    fn the_valid_file_with_text_inserted(at in 0usize..4000, insert in "[ -~]{1,12}") {
        let text = valid_yaml();
        let mut at = at % text.len();
        while !text.is_char_boundary(at) { at -= 1; }
        with_file(YAML, &format!("{}{}{}", &text[..at], insert, &text[at..]));
    }

    #[test]
    fn the_valid_file_with_numbers_changed(value in prop_oneof![Just(0u64), Just(1), Just(u64::MAX), any::<u64>()], which in 0usize..20) {
        let text = valid_yaml();
        let mut n = 0;
        let changed: String = text.split_inclusive(|c: char| !c.is_ascii_digit()).map(|part| {
            let digits = part.trim_end_matches(|c: char| !c.is_ascii_digit());
            if !digits.is_empty() && !part.starts_with('"') {
                n += 1;
                if n == which + 1 { return part.replacen(digits, &value.to_string(), 1); }
            }
            part.to_string()
        }).collect();
        with_file(YAML, &changed);
    }

    #[test]
    fn any_markdown(text in "[a-zA-Z#*_\\[\\]()<>!`:/\\.\\- \\n0-9|]{0,300}") {
        with_file(ABOUT, &text);
    }
}
