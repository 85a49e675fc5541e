//! Property tests: whatever YAML or Markdown an editor writes, the checker and the
//! build answer with diagnostics or pages, never a panic.

mod common;

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
        let _ = informed::build::build(&project, &informed::build::BuildOptions { check: options, pdf: false });
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, failure_persistence: None, ..ProptestConfig::default() })]

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
