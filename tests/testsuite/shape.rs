//! The shape of the code: steps import only downward, and the command line is thin.
//!
//! The pipeline is load, check, plan, localise (view), render, write, and
//! data flows one way: a step may use the steps before it and the shared
//! layers under them, never a later step, and no two modules use each other.
//! This test reads `src/` and fails when a module imports upward; docs/design.md
//! states the same rule and the layers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module of the library, lowest first. A module may import
/// only modules of lower layers (never its own layer's, so no two modules
/// import each other).
const LAYERS: &[&[&str]] = &[
    // Shared foundations.
    &["diagnostic", "hash", "links", "paths"],
    // The content model.
    &["model"],
    // Language-neutral helpers of the model.
    &["markdown", "risk"],
    // The steps, in order.
    &["load"],
    &["l10n"],
    &["check"],
    &["plan"],
    &["view"],
    &["render"],
    &["output"],
    &["write"],
    // Tools that use the steps for one command each.
    &["audit", "schema", "translate"],
    &["new"],
    // The driver, and the cache it joins from load's and the writer's doors.
    &["cache"],
    &["pipeline"],
    // The preview, which keeps a build and drives rebuilds of part of it.
    &["serve"],
];

/// The library's code of `file`, without its tests (which sit at the end of
/// each file, by the project's habit, and may use anything).
fn code_of(file: &Path) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let end = text.find("#[cfg(test)]").into_iter().chain(text.find("#[cfg(all(test")).min().unwrap_or(text.len());
    text[..end].to_string()
}

/// Every top-level module each module's code names (`crate::x`).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src).into_iter().filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(&src).unwrap();
        let module =
            relative.components().next().unwrap().as_os_str().to_string_lossy().trim_end_matches(".rs").to_string();
        if ["main", "cli", "lib"].contains(&module.as_str()) {
            continue;
        }
        let code = code_of(path);
        let used = found.entry(module.clone()).or_default();
        for part in code.split("crate::").skip(1) {
            let name: String =
                part.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect();
            if !name.is_empty() && name != module {
                used.insert(name);
            }
        }
        // `use crate::{a, b::c}` names several.
        for group in code.split("crate::{").skip(1) {
            let inside = &group[..group.find('}').unwrap_or(0)];
            for item in inside.split(',') {
                let name: String = item.trim().chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                if !name.is_empty() && name != module {
                    used.insert(name);
                }
            }
        }
    }
    found
}

#[test]
fn steps_import_only_downward() {
    let layer_of = |module: &str| LAYERS.iter().position(|layer| layer.contains(&module));
    let imports = imports();
    let mut wrong = Vec::new();
    for (module, used) in &imports {
        let Some(own) = layer_of(module) else {
            wrong.push(format!("`{module}` is in no layer: add it to LAYERS and to docs/design.md"));
            continue;
        };
        for other in used {
            match layer_of(other) {
                Some(layer) if layer < own => {}
                Some(_) => wrong.push(format!("`{module}` imports `{other}`, which is not below it")),
                None => wrong.push(format!("`{module}` imports `{other}`, which is in no layer")),
            }
        }
    }
    assert!(wrong.is_empty(), "steps must import only downward:\n{}", wrong.join("\n"));
    // The test sees what it should: the driver uses every step.
    let pipeline = &imports["pipeline"];
    for step in ["load", "check", "plan", "view", "render", "output", "write"] {
        assert!(pipeline.contains(step), "pipeline should use {step}: {pipeline:?}");
    }
}

#[test]
fn the_command_line_only_parses_and_calls() {
    let main = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs")).unwrap();
    assert!(main.lines().count() < 200, "src/main.rs has {} lines", main.lines().count());
    // Each command is one call into its own module of src/cli/.
    for command in ["build", "serve", "check", "audit", "new", "schema", "l10n", "corpus"] {
        assert!(main.contains(&format!("cli::{command}::run(")), "main.rs calls cli::{command}::run");
    }
}

#[test]
fn one_build_is_ordered_in_one_place() {
    // `pipeline::run` meets the writer's checks, load, the steps (through
    // `build_into`) and the writer's commit once each, in that order.
    let pipeline = code_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pipeline.rs"));
    let run = &pipeline[pipeline.find("pub fn run(").unwrap()..];
    let run = &run[..run.find("\n}\n").unwrap()];
    let places: Vec<usize> = ["write::prepare(", "load::load_with_sources(", "build_into(", "commit::commit("]
        .iter()
        .map(|call| run.find(call).unwrap_or_else(|| panic!("pipeline::run calls {call}")))
        .collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "in order: {places:?}");
    let steps = &pipeline[pipeline.find("pub fn build_into(").unwrap()..];
    let places: Vec<usize> = ["check::check(", "plan::plan(", "Language::new(", "Renderer::new("]
        .iter()
        .map(|call| steps.find(call).unwrap_or_else(|| panic!("build_into calls {call}")))
        .collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "in order: {places:?}");
}
