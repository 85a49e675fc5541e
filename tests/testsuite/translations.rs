//! Translations end to end: publishing policy, stale and review state, the translator's
//! commands, translation checks, right-to-left pages and isolation marks.

use crate::common::*;
use std::path::Path;

const CY_PAGE: &str = "cy/test-procedure/index.html";
const CY_FTL: &str = "locales/cy/procedures/test-procedure.ftl";
const YAML: &str = "content/procedures/test-procedure/procedure.yaml";

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert!(text.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn published(dir: &Path, page: &str) -> bool {
    dir.join("public").join(page).exists()
}

fn status(dir: &Path) -> serde_json::Value {
    let run = informed(dir, &["l10n", "status", "--format", "json", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

fn procedure_status(dir: &Path) -> serde_json::Value {
    status(dir)["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "procedures/test-procedure.ftl")
        .unwrap()
        .clone()
}

#[test]
fn a_complete_current_translation_is_published_in_its_own_language() {
    let dir = copy_site("translated");
    build_ok(dir.path());
    let page = read(dir.path(), CY_PAGE);
    assert!(page.contains(r#"<html lang="cy" dir="ltr">"#));
    assert!(page.contains("Triniaeth brawf &lt;script&gt;"), "translated text is escaped too");
    assert!(
        page.contains("Mae un goes yn fyrrach na&#x27;r llall.") || page.contains("Mae un goes yn fyrrach na'r llall.")
    );
    // Interface words are Welsh, and the numbers are the same as in English.
    assert!(!page.contains("What are my options?"), "no English interface text on a Welsh page");
    assert!(page.contains("96") && page.contains("100"));
    // Not reviewed yet: the page says so, in Welsh, near the top.
    let notice = page.find(r#"class="draft""#).expect("draft notice");
    assert!(notice < page.find("<main").unwrap());
    assert!(!page[notice..notice + 300].contains("This translation"));
    // The language switcher and hreflang link only published pages.
    let english = read(dir.path(), "test-procedure/index.html");
    assert!(english.contains(r#"hreflang="cy""#) && english.contains("../cy/test-procedure/index.html"));
    assert!(english.contains(">Cymraeg<"));
}

#[test]
fn changing_one_source_sentence_makes_exactly_that_unit_stale_until_confirmed() {
    let dir = copy_site("translated");
    edit(
        dir.path(),
        YAML,
        "condition: \"One leg is shorter than the other.\"",
        "condition: \"One leg is a lot shorter than the other.\"",
    );
    let st = procedure_status(dir.path());
    assert_eq!(st["stale"], serde_json::json!(["condition"]), "{st}");
    assert_eq!(st["missing"], serde_json::json!([]));

    // The default policy leaves the page out of Welsh until the translation is confirmed.
    let run = build_ok(dir.path());
    assert!(!published(dir.path(), CY_PAGE));
    assert!(published(dir.path(), "test-procedure/index.html"));
    assert!(run.stderr.contains("`test-procedure` is not published in cy"), "{}", run.stderr);
    assert!(
        !read(dir.path(), "test-procedure/index.html").contains(r#"hreflang="cy""#),
        "no link to a page that is not there"
    );

    edit(
        dir.path(),
        CY_FTL,
        "condition = Mae un goes yn fyrrach na'r llall.",
        "condition = Mae un goes yn llawer byrrach na'r llall.",
    );
    let run = informed(dir.path(), &["l10n", "confirm", "cy", "condition"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(procedure_status(dir.path())["stale"], serde_json::json!([]));
    build_ok(dir.path());
    assert!(read(dir.path(), CY_PAGE).contains("llawer byrrach"));
}

#[test]
fn the_drafts_policy_publishes_stale_translations_with_a_notice() {
    let dir = copy_site("translated");
    edit(dir.path(), "content/site.yaml", "locales: [cy]", "locales: [cy]\npublish_translations: drafts");
    edit(
        dir.path(),
        YAML,
        "condition: \"One leg is shorter than the other.\"",
        "condition: \"One leg is a lot shorter than the other.\"",
    );
    build_ok(dir.path());
    let page = read(dir.path(), CY_PAGE);
    let notice = page.find(r#"class="draft""#).expect("stale notice");
    let notice = &page[notice..notice + page[notice..].find("</p>").unwrap()];
    // The stale notice ("the English version of this page has changed"), in Welsh,
    // not the notice for a translation that is only unreviewed.
    assert!(notice.contains("Mae&#x27;r fersiwn Saesneg o&#x27;r dudalen hon wedi newid"), "{notice}");
    assert!(!notice.contains("Nid yw cyfieithydd cymwys"), "{notice}");
    assert!(!notice.contains("English"), "{notice}");
}

#[test]
fn an_incomplete_translation_is_never_published_even_as_a_draft() {
    let dir = copy_site("translated");
    edit(dir.path(), "content/site.yaml", "locales: [cy]", "locales: [cy]\npublish_translations: drafts");
    edit(dir.path(), CY_FTL, "team-surgeon = Llawfeddyg.\n", "");
    let run = build_ok(dir.path());
    assert!(!published(dir.path(), CY_PAGE));
    assert!(run.stderr.contains("1 of 35 messages are not translated"), "{}", run.stderr);
}

#[test]
fn a_review_removes_the_draft_notice_and_lapses_for_changed_units() {
    let dir = copy_site("translated");
    let run = informed(dir.path(), &["l10n", "review", "cy", "--by", "A. Translator", "--on", "2026-05-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let st = procedure_status(dir.path());
    assert_eq!(st["reviewed"], st["total"]);
    assert_eq!(st["reviewer"], "A. Translator on 2026-05-01");
    build_ok(dir.path());
    assert!(!read(dir.path(), CY_PAGE).contains(r#"class="draft""#), "a reviewed translation has no draft notice");

    edit(
        dir.path(),
        YAML,
        "decision: \"Whether to have the test procedure.\"",
        "decision: \"Whether to have the test procedure now.\"",
    );
    edit(
        dir.path(),
        CY_FTL,
        "decision = A ddylech chi gael y driniaeth brawf.",
        "decision = A ddylech chi gael y driniaeth brawf nawr.",
    );
    informed(dir.path(), &["l10n", "confirm", "cy", "decision"]);
    let st = procedure_status(dir.path());
    assert_eq!(st["reviewed"].as_u64().unwrap() + 1, st["total"].as_u64().unwrap(), "only the changed unit lapses");
    build_ok(dir.path());
    assert!(read(dir.path(), CY_PAGE).contains(r#"class="draft""#), "the notice is back until the change is reviewed");
}

#[test]
fn update_adds_missing_units_keeps_translations_and_never_deletes_work() {
    let dir = copy_site("translated");
    edit(dir.path(), YAML, "  surgeon: \"A surgeon.\"", "  surgeon: \"A surgeon.\"\n  nurse: \"A nurse.\"");
    edit(dir.path(), YAML, "  how-long: \"How long will it take?\"", "  how-long-now: \"How long will it take?\"");
    edit(
        dir.path(),
        CY_FTL,
        "team-surgeon = Llawfeddyg.",
        "# Note: the usual word in our clinic.\nteam-surgeon = Llawfeddyg.",
    );
    let run = informed(dir.path(), &["l10n", "update", "cy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ftl = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    assert!(
        ftl.contains("# Note: the usual word in our clinic.\nteam-surgeon = Llawfeddyg."),
        "a translator's note is kept:\n{ftl}"
    );
    assert!(
        !dir.path().join("locales/cy/ui.ftl").exists(),
        "the built-in interface strings are not copied into the site"
    );
    assert!(
        ftl.contains("# en-GB: A surgeon.\n\n# Note: the usual word in our clinic.\nteam-surgeon = Llawfeddyg."),
        "translations kept with their source beside them:\n{ftl}"
    );
    assert!(
        ftl.contains("# MISSING") && ftl.contains("# team-nurse = A nurse."),
        "missing units added as stubs:\n{ftl}"
    );
    let obsolete = ftl.find("## Obsolete").expect("obsolete section");
    assert!(ftl[obsolete..].contains("question-how-long = Faint o amser"), "obsolete work kept");
    let st = procedure_status(dir.path());
    assert_eq!(st["missing"], serde_json::json!(["team-nurse", "question-how-long-now"]));
    assert_eq!(st["obsolete"], serde_json::json!(["question-how-long"]));
    assert!(
        dir.path().join("locales/en-GB/procedures/test-procedure.ftl").exists(),
        "reference file for translation tools"
    );
    assert!(
        std::fs::read_to_string(dir.path().join("l10n.toml")).unwrap().contains("l10n = \"locales/{locale}/**/*.ftl\"")
    );
}

/// Runs `check` after the edits and finds the diagnostic with `code` in `file_end`,
/// on the line that contains `marker` after the edits.
fn check_finds(edits: &[(&str, &str, &str)], code: &str, file_end: &str, marker: &str) {
    let dir = copy_site("translated");
    for (file, from, to) in edits {
        if from.is_empty() {
            std::fs::write(dir.path().join(file), to).unwrap();
        } else {
            edit(dir.path(), file, from, to);
        }
    }
    let text = std::fs::read_to_string(dir.path().join(file_end)).unwrap();
    // The definition line (not a comment quoting it), else the first line with the marker.
    let line = text
        .lines()
        .position(|l| l.starts_with(marker))
        .or_else(|| text.lines().position(|l| l.contains(marker)))
        .unwrap_or_else(|| panic!("no `{marker}` in {file_end}"))
        + 1;
    let run = informed(dir.path(), &["check", "--format", "json", "--today", TODAY]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found = json["diagnostics"].as_array().unwrap();
    let codes: Vec<&str> =
        found.iter().filter(|d| d["code"] != "l10n-stale").map(|d| d["code"].as_str().unwrap()).collect();
    let d = found.iter().find(|d| d["code"] == code).unwrap_or_else(|| panic!("no {code} among {codes:?}"));
    assert!(d["file"].as_str().unwrap().ends_with(file_end), "{d}");
    assert_eq!(d["line"], line as u64, "{d}");
    // A broken translation never breaks the source-language site.
    let built = informed(dir.path(), &["build", "--today", TODAY, "--no-pdf"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    assert!(published(dir.path(), "test-procedure/index.html"));
}

#[test]
fn translation_checks_point_at_the_line() {
    check_finds(
        &[(CY_FTL, "funding = Dim cyllid allanol.", "funding = Dim { cyllid")],
        "ftl-syntax",
        CY_FTL,
        "funding =",
    );
    check_finds(&[(CY_FTL, "    - un\n", "    * un\n")], "ftl-markdown-line", CY_FTL, "* un");
    check_finds(
        &[(CY_FTL, "funding = Dim cyllid allanol.", "funding = Dim cyllid allanol.\nold-message = Hen neges.")],
        "l10n-obsolete",
        CY_FTL,
        "old-message",
    );
    check_finds(
        &[(CY_FTL, "team-surgeon = Llawfeddyg.", "team-surgeon = Llawfeddyg. Ffoniwch 999.")],
        "l10n-number",
        CY_FTL,
        "999",
    );
    check_finds(&[(CY_FTL, "title = Triniaeth", "title = { $name } Triniaeth")], "l10n-variables", CY_FTL, "title =");
    check_finds(
        &[("content/site.yaml", "locales: [cy]", "locales: [cy, \"en_GB!\"]")],
        "invalid-locale",
        "content/site.yaml",
        "locales:",
    );
    check_finds(
        &[(CY_FTL, "authors = Y tîm prawf.", "authors = Y tîm prawf.\n    .title = Teitl")],
        "l10n-attribute",
        CY_FTL,
        "authors =",
    );
    check_finds(
        &[(CY_FTL, "authors = Y tîm prawf.", "authors =\n    .title = Teitl")],
        "l10n-no-value",
        CY_FTL,
        "authors =",
    );
    check_finds(
        &[("locales/cy/procedures/old-procedure.ftl", "", "title = Hen driniaeth\n")],
        "l10n-obsolete-file",
        "locales/cy/procedures/old-procedure.ftl",
        "title",
    );
}

#[test]
fn interface_string_checks_compare_variables_and_selects() {
    let builtin = informed::load::EMBEDDED_LOCALES.iter().find(|(n, _)| *n == "cy/ui.ftl").unwrap().1;
    // A site's own copy of the Welsh interface strings with one message changed.
    let own = |id: &str, from: &str, to: &str| -> String {
        let start = builtin.find(&format!("\n{id} =")).unwrap_or_else(|| panic!("no {id}")) + 1;
        let end = start + builtin[start..].find("\n\n").unwrap_or(builtin.len() - start);
        assert!(builtin[start..end].contains(from), "{id} has no `{from}`");
        format!("{}{}{}", &builtin[..start], builtin[start..end].replacen(from, to, 1), &builtin[end..])
    };
    let dropped = own("published", "{ $date }", "");
    check_finds(&[("locales/cy/ui.ftl", "", &dropped)], "l10n-variables", "locales/cy/ui.ftl", "published =");
    let no_default = own("freq-exact", "*[people]", "[people]");
    check_finds(
        &[("locales/cy/ui.ftl", "", &no_default)],
        "ftl-select-no-default",
        "locales/cy/ui.ftl",
        "freq-exact =",
    );
}

#[test]
fn isolation_marks_never_reach_the_page() {
    let dir = copy_site("translated");
    edit(
        dir.path(),
        CY_FTL,
        "option-operation-name = Llawdriniaeth",
        "option-operation-name = \u{2068}Llawdriniaeth\u{2069}",
    );
    build_ok(dir.path());
    for page in [CY_PAGE, "cy/test-procedure/leaflet-a4.html", "test-procedure/index.html"] {
        let text = read(dir.path(), page);
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'), "{page}");
    }
    assert!(read(dir.path(), CY_PAGE).contains(">Llawdriniaeth<"));
}

#[test]
fn arabic_pages_run_right_to_left() {
    let dir = copy_site("translated");
    edit(dir.path(), "content/site.yaml", "locales: [cy]", "locales: [ar]");
    std::fs::create_dir_all(dir.path().join("locales/ar/procedures")).unwrap();
    std::fs::rename(dir.path().join(CY_FTL), dir.path().join("locales/ar/procedures/test-procedure.ftl")).unwrap();
    assert_eq!(informed(dir.path(), &["l10n", "confirm", "ar", "--all"]).code, 0);
    build_ok(dir.path());
    let page = read(dir.path(), "ar/test-procedure/index.html");
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#));
    // The icon array fills from the right: three whole rows, then the four
    // figures at the right-hand end of the fourth row.
    let any = outcome(&page, "any-problem", 0);
    let blocks = figure_blocks(any);
    assert_eq!(blocks[..2], [(0, 0, 10, 3, "filled".to_string()), (6, 3, 4, 1, "filled".to_string())]);
}

#[test]
fn update_refuses_to_touch_a_file_with_syntax_errors() {
    let dir = copy_site("translated");
    edit(dir.path(), CY_FTL, "funding = Dim cyllid allanol.", "funding = Dim { cyllid");
    let before = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    let run = informed(dir.path(), &["l10n", "update", "cy"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[ftl-syntax]") && run.stderr.contains("nothing was changed"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap(), before, "the broken translation is not lost");
}

#[test]
fn a_site_can_take_its_own_copy_of_the_built_in_words_without_losing_confirmations() {
    let dir = copy_site("translated");
    let run = informed(dir.path(), &["l10n", "update", "cy", "--own-built-in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let own = dir.path().join("locales/cy/ui.ftl");
    assert!(own.exists());
    let ui = status(dir.path())["files"].as_array().unwrap().iter().find(|f| f["file"] == "ui.ftl").unwrap().clone();
    assert_eq!(ui["stale"], serde_json::json!([]), "{ui}");
    assert_eq!(ui["translated"], ui["total"]);
    // The site's copy is what the pages use now.
    let text = std::fs::read_to_string(&own).unwrap();
    let start = text.find("\nindex-title = ").unwrap() + 1;
    let end = start + text[start..].find('\n').unwrap();
    std::fs::write(
        &own,
        format!("{}index-title = Gwybodaeth i'ch helpu chi i benderfynu heddiw{}", &text[..start], &text[end..]),
    )
    .unwrap();
    assert_eq!(informed(dir.path(), &["l10n", "confirm", "cy", "index-title"]).code, 0);
    build_ok(dir.path());
    assert!(read(dir.path(), "cy/index.html").contains("benderfynu heddiw"));
}

#[test]
fn a_reference_file_that_no_longer_matches_the_content_is_named() {
    let dir = copy_site("translated");
    let run = informed(dir.path(), &["l10n", "update", "en-GB"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let check = |dir: &Path| informed(dir, &["check", "--today", TODAY]).stderr;
    assert!(!check(dir.path()).contains("l10n-reference-stale"), "fresh references are current");
    edit(
        dir.path(),
        YAML,
        "condition: \"One leg is shorter than the other.\"",
        "condition: \"One leg is a little shorter than the other.\"",
    );
    let stderr = check(dir.path());
    let reference = "locales/en-GB/procedures/test-procedure.ftl";
    let line = std::fs::read_to_string(dir.path().join(reference))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("condition ="))
        .unwrap()
        + 1;
    assert!(
        stderr.contains(&format!("{reference}:{line}:1: warning[l10n-reference-stale]: the reference file translators work from no longer matches the content")),
        "{stderr}"
    );
    assert!(stderr.contains("run `informed l10n update en-GB`"), "{stderr}");
    informed(dir.path(), &["l10n", "update", "en-GB"]);
    assert!(!check(dir.path()).contains("l10n-reference-stale"));
}

#[test]
fn the_source_languages_version_does_not_follow_its_reference_files() {
    let dir = copy_site("translated");
    let version = |dir: &Path| {
        build_ok(dir);
        let manifest: serde_json::Value = serde_json::from_str(&read(dir, "leaflets.json")).unwrap();
        let leaflets = manifest["leaflets"].as_array().unwrap().clone();
        let of = |locale: &str| leaflets.iter().find(|l| l["locale"] == locale).unwrap()["version"].clone();
        (of("en-GB"), of("cy"))
    };
    let before = version(dir.path());
    // Reference files are for translators: writing them changes nothing a reader sees.
    informed(dir.path(), &["l10n", "update", "en-GB"]);
    assert_eq!(version(dir.path()), before);
}

#[test]
fn update_keeps_what_was_added_to_l10n_toml_by_hand() {
    let dir = copy_site("translated");
    let toml = dir.path().join("l10n.toml");
    // Written afresh where there is none.
    assert_eq!(informed(dir.path(), &["l10n", "update", "cy"]).code, 0);
    let fresh = std::fs::read_to_string(&toml).unwrap();
    assert!(
        fresh.contains("locales = [\"cy\"]") && fresh.contains("reference = \"locales/en-GB/**/*.ftl\""),
        "{fresh}"
    );
    // Hand additions: a comment, another set of paths, a filter, a language not published yet.
    let hand = fresh.replace("locales = [\"cy\"]", "# Breton is on its way in Pontoon.\nlocales = [\"br\", \"cy\"]")
        + "\n# Our leaflets' extra strings.\n[[paths]]\nreference = \"extra/en-GB/*.ftl\"\nl10n = \"extra/{locale}/*.ftl\"\n\n[[filters]]\npath = \"{l}extra/*.ftl\"\naction = \"ignore\"\n";
    std::fs::write(&toml, &hand).unwrap();
    // A new language is added to `locales`; every hand-written line stays as it was.
    assert_eq!(informed(dir.path(), &["l10n", "update", "pl"]).code, 0);
    let after = std::fs::read_to_string(&toml).unwrap();
    assert_eq!(after, hand.replace("locales = [\"br\", \"cy\"]", "locales = [\"br\", \"cy\", \"pl\"]"));
    // informed's own paths come back if they are deleted.
    let without =
        after.replace("[[paths]]\nreference = \"locales/en-GB/**/*.ftl\"\nl10n = \"locales/{locale}/**/*.ftl\"\n", "");
    std::fs::write(&toml, &without).unwrap();
    assert_eq!(informed(dir.path(), &["l10n", "update", "cy"]).code, 0);
    let back = std::fs::read_to_string(&toml).unwrap();
    assert!(
        back.contains("reference = \"extra/en-GB/*.ftl\"") && back.contains("reference = \"locales/en-GB/**/*.ftl\""),
        "{back}"
    );
    // Broken TOML stops the update at its place, and nothing is written.
    std::fs::write(&toml, "locales = [\"cy\"\n").unwrap();
    let ftl_before = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    let run = informed(dir.path(), &["l10n", "update", "cy"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("l10n.toml:1:") && run.stderr.contains("error[l10n-toml]"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&toml).unwrap(), "locales = [\"cy\"\n");
    assert_eq!(std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap(), ftl_before);
}
