//! End to end: build the fixture sites and check what a reader would see.

use crate::common::*;

const PAGE: &str = "test-procedure/index.html";

#[test]
fn the_valid_site_builds_an_index_and_a_procedure_page() {
    let dir = copy_site("valid");
    let run = build_ok(dir.path());
    assert!(run.stderr.contains("wrote 2 pages"), "{}", run.stderr);
    let index = read(dir.path(), "index.html");
    assert!(index.contains(r#"<a href="test-procedure/index.html">"#), "{index}");
    assert!(read(dir.path(), "style.css").contains("@media print"));
}

#[test]
fn each_risk_reads_as_a_natural_frequency_with_its_word_and_time_frame() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let page = read(dir.path(), PAGE);
    let reach = outcome(&page, "reach-length", 0);
    assert!(reach.contains("96 in 100 lengthened bones (very common), by the end of treatment."), "{reach}");
    assert!(reach.contains("4 in 100 did not."), "{reach}");
    let any = outcome(&page, "any-problem", 0);
    assert!(any.contains("About 34 in 100 lengthened bones (very common)."), "{any}");
    assert!(any.contains("About 66 in 100 did not."), "{any}");
    assert!(any.contains("From a review of studies of 983 lengthened bones"), "{any}");
    let rare = outcome(&page, "rare-problem", 0);
    assert!(rare.contains("Fewer than 1 in 1,000 people (rare)."), "{rare}");
    let ranged = outcome(&page, "ranged-problem", 0);
    assert!(ranged.contains("Between 1 and 4 in 100 people (common), within 1 year."), "{ranged}");
    // Outcomes nobody has a figure for are named together under one sentence, each with what it is and where that comes from.
    let unknown = outcome(&page, "no-operation", 0);
    assert!(unknown.contains("From what the team who wrote this sees in clinic"), "{unknown}");
    assert!(!unknown.contains("<svg"), "no picture for an unknown chance: {unknown}");
    let at = page.find(r#"id="outcome-no-operation""#).unwrap();
    let head = page[..at].rfind("Nobody knows yet how often these happen:").expect("the sentence heads the group");
    assert!(!page[head..at].contains("</div>"), "the outcome is in the sentence's group");
    assert!(!page.contains("We do not know how often this happens."), "not said outcome by outcome");
}

#[test]
fn compared_outcomes_share_a_denominator() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let page = read(dir.path(), PAGE);
    // The same outcome under "doing nothing": 2 of 40, shown out of 100 like the operation's figure.
    let nothing = outcome(&page, "any-problem", 1);
    assert!(nothing.contains("5 in 100 lengthened bones (common)."), "{nothing}");
    let comparisons = &page[page.find(r#"id="comparisons""#).unwrap()..];
    assert!(comparisons.contains("About 34 in 100 lengthened bones (very common)."));
    assert!(comparisons.contains("5 in 100 lengthened bones (common)."));
}

#[test]
fn icon_arrays_fill_as_many_figures_as_the_sentence_says() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let page = read(dir.path(), PAGE);
    let count = figures;
    let any = outcome(&page, "any-problem", 0);
    assert_eq!(count(any, "filled"), 34);
    assert_eq!(count(any, "empty"), 66);
    // Three whole rows and four from the left of the fourth, filled; then the rest.
    assert_eq!(figure_blocks(any)[..2], [(0, 0, 10, 3, "filled".to_string()), (0, 3, 4, 1, "filled".to_string())]);
    assert!(any.contains(r#"aria-label="A picture of 100 figures. 34 are coloured in. About 34 in 100 lengthened bones (very common).""#), "{any}");
    let ranged = outcome(&page, "ranged-problem", 0);
    assert_eq!((count(ranged, "filled"), count(ranged, "uncertain")), (1, 3));
    let rare = outcome(&page, "rare-problem", 0);
    assert_eq!((count(rare, "filled"), count(rare, "empty")), (0, 1000));
}

#[test]
fn the_page_is_in_its_language_and_escapes_hostile_text() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let page = read(dir.path(), PAGE);
    assert!(page.contains(r#"<html lang="en-GB" dir="ltr">"#));
    assert!(!page.contains("<script>"), "content text must never become markup");
    assert!(page.contains("A test procedure &lt;script&gt;"));
    assert!(page.contains("A summary with &lt;b&gt;markup&lt;/b&gt;"));
    assert!(page.contains("Test Trust &amp; Partners"));
    assert!(!page.contains('\u{2068}') && !page.contains('\u{2069}'), "no Fluent isolation marks");
}

#[test]
fn the_page_has_every_part_a_patient_needs() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let page = read(dir.path(), PAGE);
    for part in [
        "What is this procedure?",
        "Who is it for?",
        "It is not meant for:",
        "What do \"special arrangements\" mean for me?",
        "What do I need to decide?",
        "What are my options?",
        "Doing nothing",
        "What is not known?",
        "How good is the evidence?",
        "Who will be involved?",
        "What are the benefits?",
        "What if I do nothing?",
        "What will happen to information about me?",
        "https://yellowcard.mhra.gov.uk/",
        "Where does this information come from?",
        "Last reviewed: 1 January 2026",
        "issued March 2022",
        "Version: ",
    ] {
        assert!(page.contains(&part.replace('"', "&quot;")) || page.contains(part), "missing {part:?}");
    }
}

/// The page's `<main>` element, with each icon array's blocks of figures
/// written as a tally in page order (how many elements draw how many figures
/// of each state): the icon tests check where the figures are; the snapshot
/// keeps the words, the structure and the cost of each picture.
fn main_with_figures_tallied(page: &str) -> String {
    let start = page.find("<main").expect("a <main> element");
    let end = page.find("</main>").expect("a </main>") + "</main>".len();
    let tally = |line: &str| {
        let blocks = figure_blocks(line);
        let mut counts: Vec<(&str, u32)> = Vec::new();
        for (_, _, across, down, state) in &blocks {
            match counts.iter_mut().find(|(c, _)| c == state) {
                Some((_, n)) => *n += across * down,
                None => counts.push((state, across * down)),
            }
        }
        let counts: Vec<String> = counts.iter().map(|(state, n)| format!("{n} {state}")).collect();
        format!("[figures: {} in {} elements]", counts.join(", "), line.matches('<').count())
    };
    page[start..end]
        .lines()
        .map(
            |line| {
                if line.starts_with("<rect ") && line.contains("url(#figures-") {
                    tally(line)
                } else {
                    line.to_string()
                }
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_procedure_page_reads_as_reviewed() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let main = main_with_figures_tallied(&read(dir.path(), PAGE));
    assert!(main.contains("[figures: 34 filled, 66 empty in 4 elements]"), "{main}");
    // The version id follows every byte of the content; the snapshot is about
    // the words and their order (the version tests check the id).
    let mut settings = snapshot_settings(dir.path());
    settings.add_filter(r"Version: [0-9a-f]{8}\b", "Version: [version]");
    settings.bind(|| insta::assert_snapshot!("valid_page_main", main));
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let first = every_file(&dir.path().join("public"));
    build_ok(dir.path());
    let second = every_file(&dir.path().join("public"));
    assert!(!first.is_empty());
    assert_eq!(first, second);
}

#[test]
fn the_version_changes_with_the_content_and_only_then() {
    let dir = copy_site("valid");
    build_ok(dir.path());
    let version = |dir: &std::path::Path| {
        let page = read(dir, PAGE);
        let at = page.find("Version: ").unwrap() + "Version: ".len();
        page[at..at + 8].to_string()
    };
    let first = version(dir.path());
    build_ok(dir.path());
    assert_eq!(version(dir.path()), first);
    let yaml = dir.path().join("content/procedures/test-procedure/procedure.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap().replace("Months.", "Many months.");
    std::fs::write(&yaml, text).unwrap();
    build_ok(dir.path());
    assert_ne!(version(dir.path()), first);
}

#[test]
fn a_site_of_only_content_builds_with_the_built_in_templates_and_words() {
    let dir = copy_site("valid");
    assert!(!dir.path().join("templates").exists() && !dir.path().join("locales").exists());
    build_ok(dir.path());
}

#[test]
fn a_site_template_overrides_the_built_in_one() {
    let dir = copy_site("valid");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/index.html"),
        "<!DOCTYPE html><html lang=\"{{ page.lang }}\"><title>{{ t(key=\"index-title\") }}</title><p>Our own index</p></html>",
    )
    .unwrap();
    build_ok(dir.path());
    let index = read(dir.path(), "index.html");
    assert!(index.contains("Our own index"));
    assert!(index.contains("Information to help you decide"));
}
