//! Translations end to end: publishing policy, stale and review state, the translator's
//! commands, translation checks, right-to-left pages and isolation marks.

use crate::common::*;
use std::path::Path;

const CY_PAGE: &str = "cy/test-procedure/index.html";
const CY_FTL: &str = "locales/cy/procedures/test-procedure.ftl";
const YAML: &str = "content/procedures/test-procedure/procedure.yaml";
const ABOUT: &str = "content/procedures/test-procedure/about.md";
const CY_STATE: &str = "locales/cy/l10n-state.yaml";

/// The Welsh blocks of the fixture's section `about` (`about.md`), one
/// message each: the id is `section-about-` and six hex digits of a hash of
/// the English block's text.
const CY_BLOCKS: &str = "section-about-712a75 = Mae hyn **am** y driniaeth brawf.
section-about-f76ef2 = un
section-about-71d2da = dau
section-about-c90ad6 = Gweler [y canllawiau](https://example.org/guidance).
";
const BLOCK_IDS: [&str; 4] =
    ["section-about-712a75", "section-about-f76ef2", "section-about-71d2da", "section-about-c90ad6"];

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
    assert!(run.stderr.contains("1 of 38 messages are not translated"), "{}", run.stderr);
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
    check_finds(
        &[(CY_FTL, "section-about-f76ef2 = un\n", "section-about-f76ef2 =\n    * un\n")],
        "ftl-markdown-line",
        CY_FTL,
        "* un",
    );
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

/// The `<section>` of the page with the id `id`.
fn page_section<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page.find(&format!("<section id=\"{id}\"")).unwrap_or_else(|| panic!("no section {id}"));
    &page[start..start + page[start..].find("</section>").unwrap()]
}

/// The issue's "done when": one English sentence of one paragraph changes;
/// after `informed l10n update` exactly that block is stale, and the Welsh
/// page still shows every other block's translation (and the stale one's
/// old translation, under the stale notice) in the English structure.
#[test]
fn editing_one_sentence_of_a_section_makes_exactly_one_block_stale_and_keeps_every_other_translation() {
    let dir = copy_site("translated");
    edit(dir.path(), "content/site.yaml", "locales: [cy]", "locales: [cy]\npublish_translations: drafts");
    let before = procedure_status(dir.path());
    assert_eq!(before["stale"], serde_json::json!([]), "{before}");
    edit(dir.path(), ABOUT, "This is **about** the test procedure.", "This is **about** the test procedure, in short.");
    // At once, before any update: the edited block is stale, not missing,
    // and the Welsh page stays published with its old translation and the
    // notice that the English has changed.
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(
        run.stderr.contains("warning[l10n-stale]")
            && run.stderr.contains("the en-GB text of `section-about-712a75` was edited")
            && !run.stderr.contains("l10n-missing")
            && !run.stderr.contains("l10n-obsolete"),
        "{}",
        run.stderr
    );
    let st = procedure_status(dir.path());
    assert_eq!((st["missing"].as_array().unwrap().len(), st["stale"].as_array().unwrap().len()), (0, 1), "{st}");
    build_ok(dir.path());
    let page = read(dir.path(), CY_PAGE);
    assert!(page.contains("Mae&#x27;r fersiwn Saesneg o&#x27;r dudalen hon wedi newid"), "the stale notice");
    assert!(page_section(&page, "about").contains("<p>Mae hyn <strong>am</strong> y driniaeth brawf.</p>"));
    let run = informed(dir.path(), &["l10n", "update", "cy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("the en-GB text of `section-about-712a75` changed"), "{}", run.stderr);

    let st = procedure_status(dir.path());
    let stale = st["stale"].as_array().unwrap();
    assert_eq!(stale.len(), 1, "{st}");
    let new_id = stale[0].as_str().unwrap().to_string();
    assert!(new_id.starts_with("section-about-") && !BLOCK_IDS.contains(&new_id.as_str()), "{new_id}");
    assert_eq!(st["missing"], serde_json::json!([]), "{st}");
    assert_eq!(st["obsolete"], serde_json::json!([]), "{st}");
    assert_eq!(st["total"], before["total"]);
    assert_eq!(st["translated"].as_u64().unwrap() + 1, before["translated"].as_u64().unwrap());
    // `check` says the same: one stale message, which changed, and nothing missing or obsolete.
    let run = informed(dir.path(), &["check", "--format", "json", "--today", TODAY]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found = json["diagnostics"].as_array().unwrap();
    let l10n: Vec<&serde_json::Value> =
        found.iter().filter(|d| d["code"].as_str().unwrap().starts_with("l10n-")).collect();
    assert_eq!(l10n.len(), 1, "{l10n:?}");
    assert_eq!(l10n[0]["code"], "l10n-stale");
    assert!(
        l10n[0]["message"]
            .as_str()
            .unwrap()
            .contains(&format!("`{new_id}` was translated from en-GB text that has changed since")),
        "{}",
        l10n[0]
    );
    let ftl = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    assert!(
        ftl.contains(&format!(
            "# en-GB: This is **about** the test procedure, in short.\n\n{new_id} = Mae hyn **am** y driniaeth brawf.\n"
        )),
        "{ftl}"
    );

    build_ok(dir.path());
    let page = read(dir.path(), CY_PAGE);
    assert!(page.contains("Mae&#x27;r fersiwn Saesneg o&#x27;r dudalen hon wedi newid"), "the stale notice");
    let about = page_section(&page, "about");
    assert!(about.contains("<p>Mae hyn <strong>am</strong> y driniaeth brawf.</p>"), "{about}");
    assert!(about.contains("<ul>\n<li>un</li>\n<li>dau</li>\n</ul>"), "{about}");
    assert!(about.contains("Gweler <a href=\"https://example.org/guidance\""), "{about}");
    assert!(!about.contains("This is") && !about.contains("in short"), "no English on the Welsh page: {about}");
    // The print leaflet too.
    let leaflet = read(dir.path(), "cy/test-procedure/leaflet-a4.html");
    assert!(leaflet.contains("<p>Mae hyn <strong>am</strong> y driniaeth brawf.</p>"), "{leaflet}");
    assert!(leaflet.contains("<ul>\n<li>un</li>\n<li>dau</li>\n</ul>"), "{leaflet}");

    // The translator updates the one block and confirms it: the page is current again.
    edit(dir.path(), CY_FTL, &format!("{new_id} = Mae hyn"), &format!("{new_id} = Yn fyr, mae hyn"));
    let run = informed(dir.path(), &["l10n", "confirm", "cy", &new_id]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(procedure_status(dir.path())["stale"], serde_json::json!([]));
    build_ok(dir.path());
    let page = read(dir.path(), CY_PAGE);
    assert!(page_section(&page, "about").contains("<p>Yn fyr, mae hyn <strong>am</strong> y driniaeth brawf.</p>"));
    assert!(!page.contains("Mae&#x27;r fersiwn Saesneg o&#x27;r dudalen hon wedi newid"));
}

/// The fixture's Welsh as informed kept it before sections were split into
/// blocks: `about` as one message, with `confirmed` as its recorded fingerprint.
fn whole_section(dir: &Path, section: &str, confirmed: &str) {
    let ftl = std::fs::read_to_string(dir.join(CY_FTL)).unwrap();
    assert!(ftl.contains(CY_BLOCKS));
    let message = format!(
        "section-about =\n{}\n",
        section
            .lines()
            .map(|l| if l.is_empty() { String::new() } else { format!("    {l}") })
            .collect::<Vec<_>>()
            .join("\n")
    );
    std::fs::write(dir.join(CY_FTL), ftl.replace(CY_BLOCKS, &message)).unwrap();
    let state = std::fs::read_to_string(dir.join(CY_STATE)).unwrap();
    let kept: Vec<&str> = state.lines().filter(|l| !l.starts_with("    section-about-")).collect();
    assert_eq!(kept.len() + 4, state.lines().count());
    let state = kept
        .join("\n")
        .replace("    question-how-long:", &format!("    section-about: {confirmed}\n    question-how-long:"));
    std::fs::write(dir.join(CY_STATE), state + "\n").unwrap();
}

const WHOLE_ABOUT: &str =
    "Mae hyn **am** y driniaeth brawf.\n\n- un\n- dau\n\nGweler [y canllawiau](https://example.org/guidance).";

#[test]
fn update_splits_a_whole_section_translation_into_its_blocks_keeping_its_confirmation() {
    let dir = copy_site("translated");
    // 315a0e3afaad: the fingerprint of the whole of about.md, as confirmed.
    whole_section(dir.path(), WHOLE_ABOUT, "315a0e3afaad");
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(run.stderr.contains("`section-about` is no longer in the source"), "{}", run.stderr);
    assert!(run.stderr.contains("splits it into its blocks"), "{}", run.stderr);

    let run = informed(dir.path(), &["l10n", "update", "cy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("split `section-about` into its 4 blocks, each confirmed"), "{}", run.stderr);
    let ftl = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    for line in CY_BLOCKS.lines() {
        assert!(ftl.contains(&format!("\n{line}\n")), "no `{line}` in\n{ftl}");
    }
    assert!(!ftl.contains("section-about ="), "{ftl}");
    let state = std::fs::read_to_string(dir.path().join(CY_STATE)).unwrap();
    assert!(state.contains("    section-about-712a75: 712a75d981b3\n") && !state.contains("section-about:"), "{state}");
    let st = procedure_status(dir.path());
    assert_eq!(
        (&st["missing"], &st["stale"], &st["obsolete"]),
        (&serde_json::json!([]), &serde_json::json!([]), &serde_json::json!([])),
        "{st}"
    );
    assert_eq!(st["translated"], st["total"]);
    build_ok(dir.path());
    let about = read(dir.path(), CY_PAGE);
    let about = page_section(&about, "about");
    assert!(
        about.contains("<p>Mae hyn <strong>am</strong> y driniaeth brawf.</p>\n<ul>\n<li>un</li>\n<li>dau</li>\n</ul>"),
        "{about}"
    );
    // A second update changes nothing.
    let files = |dir: &Path| (std::fs::read(dir.join(CY_FTL)).unwrap(), std::fs::read(dir.join(CY_STATE)).unwrap());
    let once = files(dir.path());
    assert_eq!(informed(dir.path(), &["l10n", "update", "cy"]).code, 0);
    assert!(files(dir.path()) == once);
}

#[test]
fn a_whole_section_that_cannot_be_split_is_kept_for_the_translator_with_a_warning() {
    // A list of three points where the English has two: kept whole, under Obsolete.
    let dir = copy_site("translated");
    whole_section(dir.path(), &WHOLE_ABOUT.replace("- dau", "- dau\n- tri"), "315a0e3afaad");
    let line =
        std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap().lines().position(|l| l == "section-about =").unwrap()
            + 1;
    let run = informed(dir.path(), &["l10n", "update", "cy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("{CY_FTL}:{line}:1: warning[l10n-split]: `section-about` is translated as one message and cannot be split into its blocks: its cy text has 5 blocks and the en-GB text 4")),
        "{}",
        run.stderr
    );
    let ftl = std::fs::read_to_string(dir.path().join(CY_FTL)).unwrap();
    let obsolete = ftl.find("## Obsolete").expect("an obsolete section");
    assert!(
        ftl[obsolete..]
            .contains("section-about =\n    Mae hyn **am** y driniaeth brawf.\n    \n    - un\n    - dau\n    - tri\n"),
        "{ftl}"
    );
    assert!(ftl.contains("# section-about-f76ef2 = one"), "a stub for each block: {ftl}");
    let st = procedure_status(dir.path());
    assert_eq!(st["missing"], serde_json::json!(BLOCK_IDS), "{st}");
    assert_eq!(st["obsolete"], serde_json::json!(["section-about"]));

    // The same blocks, but translated from English that has changed since: split, to be checked.
    let dir = copy_site("translated");
    whole_section(dir.path(), WHOLE_ABOUT, "0123456789ab");
    let run = informed(dir.path(), &["l10n", "update", "cy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("split `section-about` into its 4 blocks, to be checked and confirmed"),
        "{}",
        run.stderr
    );
    let st = procedure_status(dir.path());
    assert_eq!(st["stale"], serde_json::json!(BLOCK_IDS), "{st}");
    assert_eq!(st["missing"], serde_json::json!([]));
}

/// A block's translation is inline Markdown in the English structure: block
/// marks typed into it are warned about and cannot add a heading or a list.
#[test]
fn a_translation_cannot_change_the_structure_of_a_section() {
    let dir = copy_site("translated");
    edit(dir.path(), CY_FTL, "section-about-f76ef2 = un\n", "section-about-f76ef2 =\n    ### un\n\n    - tri\n");
    let run = informed(dir.path(), &["check", "--format", "json", "--today", TODAY]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let line = std::fs::read_to_string(dir.path().join(CY_FTL))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("section-about-f76ef2 ="))
        .unwrap()
        + 1;
    let warning = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "l10n-markdown-block")
        .expect("l10n-markdown-block");
    assert_eq!(warning["line"], line as u64);
    assert_eq!(informed(dir.path(), &["l10n", "confirm", "cy", "section-about-f76ef2"]).code, 0);
    build_ok(dir.path());
    let page = read(dir.path(), CY_PAGE);
    let about = page_section(&page, "about");
    assert!(about.contains("<ul>\n<li>un\ntri</li>\n<li>dau</li>\n</ul>"), "{about}");
    assert!(!about.contains("<h3") && about.matches("<li>").count() == 2, "{about}");
}

#[test]
fn terms_keep_a_word_the_same_and_export_as_a_glossary() {
    let dir = copy_site("translated");
    let terms = "# The metal rod put inside the bone to make it longer.\n-nail = nail\n\n\
                 # A frame fixed to the outside of the leg with pins or wires.\n-frame = frame\n";
    std::fs::create_dir_all(dir.path().join("locales/en-GB")).unwrap();
    std::fs::write(dir.path().join("locales/en-GB/terms.ftl"), terms).unwrap();
    std::fs::write(dir.path().join("locales/cy/terms.ftl"), "-nail = hoelen\n").unwrap();
    // A translation uses the term: the page shows the locale's word.
    edit(
        dir.path(),
        CY_FTL,
        "option-operation-name = Llawdriniaeth",
        "option-operation-name = Llawdriniaeth { -nail }",
    );
    assert_eq!(informed(dir.path(), &["l10n", "confirm", "cy", "--all"]).code, 0);
    build_ok(dir.path());
    let page = read(dir.path(), "cy/test-procedure/index.html");
    assert!(page.contains("Llawdriniaeth hoelen"), "the term's Welsh word is on the page");

    let csv = informed(dir.path(), &["l10n", "export", "cy", "--format", "csv"]);
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    assert_eq!(
        csv.stdout,
        "id,en-GB,cy,note\n\
         -frame,frame,,A frame fixed to the outside of the leg with pins or wires.\n\
         -nail,nail,hoelen,The metal rod put inside the bone to make it longer.\n"
    );
    let tbx = informed(dir.path(), &["l10n", "export", "cy", "--format", "tbx"]);
    assert_eq!(tbx.code, 0, "{}", tbx.stderr);
    let doc = roxmltree::Document::parse(&tbx.stdout).expect("the TBX is well-formed XML");
    let entries: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("conceptEntry")).collect();
    assert_eq!(entries.iter().map(|e| e.attribute("id").unwrap()).collect::<Vec<_>>(), ["-frame", "-nail"]);
    let nail: Vec<(String, String)> = entries[1]
        .descendants()
        .filter(|n| n.has_tag_name("langSec"))
        .map(|l| {
            let lang = l.attribute(("http://www.w3.org/XML/1998/namespace", "lang")).unwrap().to_string();
            let term = l.descendants().find(|n| n.has_tag_name("term")).unwrap().text().unwrap().to_string();
            (lang, term)
        })
        .collect();
    assert_eq!(nail, [("en-GB".to_string(), "nail".to_string()), ("cy".to_string(), "hoelen".to_string())]);
    assert!(entries[0].descendants().any(|n| n.has_tag_name("descrip") && n.text().unwrap().contains("pins")));
}
