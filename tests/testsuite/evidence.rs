//! Evidence of every kind, told honestly wherever it appears: a fixture unlike
//! both shipped procedures (a neurological procedure with strong evidence, a
//! sham-controlled trial with two time points and a sham arm in which nobody
//! had the outcome, a continuous result for three options from different
//! studies, one of them a range across small series, seven options, no special
//! arrangements, nothing implanted; made up for testing) read back sentence by
//! sentence from the page, the print leaflet, the sheet at a glance, the
//! consent insert and their PDFs, in English and Arabic; and each way the data
//! could mislead caught by `informed check` at its line.

use crate::common::*;
use std::path::Path;

const PAGE: &str = "focused-ultrasound-tremor/index.html";
const AR_PAGE: &str = "ar/focused-ultrasound-tremor/index.html";
const YAML: &str = "content/procedures/focused-ultrasound-tremor/procedure.yaml";

fn built() -> tempfile::TempDir {
    let dir = copy_site("evidence");
    build_ok(dir.path());
    dir
}

/// Text with tags stripped, the entities a page uses read back, and spaces collapsed.
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// An outcome's text on a page.
fn text(html: &str, id: &str) -> String {
    plain(outcome(html, id, 0))
}

/// Each figure of an outcome as its own sentence, as the page prints it.
fn figure_lines(html: &str, id: &str) -> Vec<String> {
    let article = outcome(html, id, 0);
    if let Some(at) = article.find(r#"<ul class="statement figures">"#) {
        let list = &article[at..at + article[at..].find("</ul>").unwrap()];
        return list.split("</li>").map(plain).filter(|l| !l.is_empty()).collect();
    }
    let at = article.find(r#"<p class="statement">"#).unwrap();
    let p = &article[at..at + article[at..].find("</strong>").unwrap()];
    vec![plain(p)]
}

/// Every outcome id with a figure on a page, in page order.
fn figure_ids(html: &str) -> Vec<String> {
    html.split(r#"<article class="outcome outcome-"#)
        .skip(1)
        .filter(|a| a.starts_with("count") || a.starts_with("change"))
        .map(|a| a.split("id=\"outcome-").nth(1).unwrap().split('"').next().unwrap().to_string())
        .collect()
}

/// A file of the clinicians' folder.
fn clinicians(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join("clinicians").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn edit(dir: &Path, from: &str, to: &str) {
    let file = dir.join(YAML);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(from), "no `{from}` in the fixture");
    std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn each_kind_of_outcome_reads_as_it_should() {
    let dir = built();
    let page = read(dir.path(), PAGE);
    // A continuous result: the measure, each group's average, the study's own difference; never "N in 100".
    assert_eq!(
        figure_lines(&page, "shaking-score"),
        [
            "The measure: a shaking score (from 0 to 32, where lower is better).",
            "After this treatment, at 3 months: The average went from 18.1 to 9.6.",
            "After a pretend treatment, at 3 months: The average went from 16 to 15.8.",
            "On average, it ended 8.3 lower after this treatment than after a pretend treatment.",
        ]
    );
    let score = text(&page, "shaking-score");
    assert!(
        score.contains("The true difference is likely to be somewhere between 10.7 lower and 5.9 lower."),
        "{score}"
    );
    assert!(!score.contains("could be down to chance"), "an interval clear of no difference is not chance: {score}");
    assert!(!score.contains(" in 100"), "{score}");
    assert!(outcome(&page, "shaking-score", 0).contains(r#"class="change-chart""#));
    assert!(score.contains("How sure we are: very sure."), "{score}");
    // A count beside its comparison arm: each group named, each at its time, two pictures.
    assert_eq!(
        figure_lines(&page, "headache"),
        [
            "After this treatment, within 3 months: About 14 in 100 people (very common).",
            "After a pretend treatment, within 3 months: 20 in 100 people (very common).",
        ]
    );
    assert_eq!(outcome(&page, "headache", 0).matches("<svg").count(), 2);
    // Time points in one row, "within" and "at" kept apart, no "did not" for either.
    assert_eq!(
        figure_lines(&page, "numbness"),
        [
            "About 38 in 100 people (very common), within 3 months.",
            "About 14 in 100 people (very common), at 12 months."
        ]
    );
    assert!(!text(&page, "numbness").contains("did not"));
    // None of a small study: never a frequency, a scale word or a picture.
    let bleeding = text(&page, "bleeding");
    assert!(bleeding.contains("None of the 56 people in the study, within 12 months."), "{bleeding}");
    assert!(bleeding.contains("The chance is probably lower than 6 in 100."), "{bleeding}");
    for never in ["very rare", "0 in 100", "100 in 100", "did not"] {
        assert!(!bleeding.contains(never), "{never}: {bleeding}");
    }
    assert!(!outcome(&page, "bleeding", 0).contains("<svg"));
    // A percentage with decimals, marked approximate, with no population of its
    // own: the source's size stands; a range with no denominator.
    let medicine = text(&page, "medicine-helps");
    assert!(medicine.contains("About 78 in 100 people (very common)."), "{medicine}");
    assert!(medicine.contains("The study gives this number as a rough figure."), "{medicine}");
    assert!(medicine.contains("The study does not say over what time this was counted."), "{medicine}");
    assert!(
        medicine.contains("From a record of 60 people who had the treatment, as reported in source 4"),
        "{medicine}"
    );
    let tired = text(&page, "tiredness");
    assert!(tired.contains("Between 4 and 11 in 100 people (common to very common), within 6 months."), "{tired}");
    // A confidence interval, scaled like the figure.
    let stimulation = text(&page, "stimulation-helps");
    assert!(stimulation.contains("The true number is likely to be between 62 and 85 in 100."), "{stimulation}");
    // A fact of the option: no frequency at all.
    let one_side = text(&page, "one-side");
    assert!(one_side.contains("This is true for everyone who chooses this option."), "{one_side}");
    assert!(!one_side.contains("know how often"), "{one_side}");
}

#[test]
fn a_later_time_point_never_reads_as_the_comparison_arms() {
    let dir = built();
    let page = read(dir.path(), PAGE);
    // Within 3 months the sham arm had nobody; at 12 months only the treated group was counted.
    assert_eq!(
        figure_lines(&page, "unsteady"),
        [
            "After this treatment, within 3 months: About 36 in 100 people (very common).",
            "After a pretend treatment, within 3 months: None of the 20 people in this group.",
            "After this treatment, at 12 months: About 9 in 100 people (common).",
        ]
    );
    let unsteady = outcome(&page, "unsteady", 0);
    // The rule of three is the sham arm's, and says so.
    assert!(
        plain(unsteady)
            .contains("After a pretend treatment: This does not mean it never happens. The chance is probably lower than 15 in 100."),
        "{unsteady}"
    );
    // The treated group keeps its picture, captioned as its own; the sham arm, with nobody, has none.
    assert_eq!(unsteady.matches("<svg").count(), 1, "{unsteady}");
    assert!(unsteady.contains("<figcaption>This treatment</figcaption>"), "{unsteady}");
    assert_eq!(figures(unsteady, "filled"), 36);
}

#[test]
fn continuous_results_share_one_axis_and_a_range_keeps_each_studys_size() {
    let dir = built();
    let page = read(dir.path(), PAGE);
    // Three options, three studies, one measure: the bars share one axis, whose end is the largest change.
    let bars = |nth: usize| -> Vec<u32> {
        let chart = outcome(&page, "shaking-score", nth);
        let svg = &chart[chart.find("<svg").unwrap()..chart.find("</svg>").unwrap()];
        svg.split(r#" width=""#).skip(1).map(|w| w.split('"').next().unwrap().parse().unwrap()).collect()
    };
    // 8.5 and 0.2 of 14.5; 4.2 and 2.0 of 14.5; 9.5, 12 and 14.5 of 14.5.
    assert_eq!(bars(0), [59, 1]);
    assert_eq!(bars(1), [29, 14]);
    assert_eq!(bars(2), [66, 83, 100]);
    for nth in 0..3 {
        assert!(plain(outcome(&page, "shaking-score", nth)).contains("0 14.5"), "each chart names the shared axis");
    }
    // The small series: a range across them, with each one's size.
    let series = outcome(&page, "shaking-score", 2);
    assert_eq!(
        figure_lines_of(series),
        [
            "The measure: a shaking score (from 0 to 32, where lower is better).",
            "In 3 studies of 12 to 25 people each, at 3 months: The average fell by between 9.5 and 14.5.",
        ]
    );
    for study in
        ["A study of 12 people: fell by 9.5", "A study of 18 people: fell by 12", "A study of 25 people: fell by 14.5"]
    {
        assert!(plain(series).contains(study), "{study}: {series}");
    }
    // Side by side, each option's result is named with its own source.
    let comparisons = plain(&page[page.find(r#"id="comparisons""#).unwrap()..page.find(r#"id="unknowns""#).unwrap()]);
    assert!(comparisons.contains("In 3 studies of 12 to 25 people each"), "{comparisons}");
    assert!(comparisons.contains("The average fell by 4.2"), "{comparisons}");
}

/// `figure_lines` for one outcome's text already cut out of a page.
fn figure_lines_of(article: &str) -> Vec<String> {
    let id = article.split("id=\"outcome-").nth(1).unwrap().split('"').next().unwrap();
    let html = format!("{article}</article>");
    figure_lines(&html, id)
}

#[test]
fn outcomes_nobody_has_a_figure_for_are_named_together() {
    let dir = built();
    let page = read(dir.path(), PAGE);
    assert!(!page.contains("We do not know how often this happens."), "never said outcome by outcome");
    let weights = &page[page.find(r#"id="option-weights""#).unwrap()..];
    let weights = &weights[..weights.find("</section>").unwrap()];
    // Both of the option's outcomes, each under the one sentence, each with where that comes from.
    assert_eq!(weights.matches("Nobody knows yet how often these happen:").count(), 2);
    for label in ["A steadier hand", "An aching arm"] {
        assert!(weights.contains(label), "{label}");
    }
    assert_eq!(weights.matches("From national guidance").count(), 2);
}

#[test]
fn shared_text_follows_the_data() {
    let dir = built();
    let page = read(dir.path(), PAGE);
    assert!(!page.contains("The evidence is limited"), "strong evidence is not called limited");
    assert!(page.contains("What the evidence shows"));
    assert!(!page.contains(r#"id="special-arrangements""#), "no special arrangements apply");
    assert!(!page.contains(r#"id="device""#), "nothing is implanted");
    assert!(!page.contains("bones"), "no other procedure's words");
    // Six options, each with its column in the grid and its time frames there too.
    let grid = &page[page.find(r#"<table class="grid">"#).unwrap()..];
    let grid = &grid[..grid.find("</table>").unwrap()];
    assert_eq!(grid.matches(r#"<th scope="col" id="grid-"#).count(), 6);
    assert!(grid.contains("within 3 months"), "the grid keeps time frames");
}

/// The caveats a short form must carry for the fixture, each in few words: the
/// source and its size, a small study, certainty, none is not never, chance.
const CAVEATS: [&str; 6] = [
    // Unsteady walking: the trial's size, how sure, and the sham arm's "none".
    "From a fair test of 76 people. We are not very sure of this. After a pretend treatment: This does not mean it never happens. The chance is probably lower than 15 in 100.",
    // The small series, said to be small and a rough guide.
    "From 3 small studies of 12 to 25 people each, so a rough guide.",
    // The medicine's difference from placebo could be chance.
    "On average, it ended 2.2 lower after this treatment than after a dummy treatment (placebo). From a fair test of 80 people. We are not very sure of this. The difference from a dummy treatment (placebo) could be down to chance.",
    // A percentage from a registry, very unsure and rough.
    "About 78 in 100 people (very common). From a study of 60 people. We are very unsure of this. The study gives this number as a rough figure.",
    // None of 56: not never.
    "None of the 56 people in the study, within 12 months. From a fair test of 76 people. We are not very sure of this. This does not mean it never happens. The chance is probably lower than 6 in 100.",
    // Certainty on the main result.
    "On average, it ended 8.3 lower after this treatment than after a pretend treatment. From a fair test of 76 people. We are very sure of this.",
];

#[test]
fn the_grid_the_sheet_and_the_consent_insert_say_what_the_page_says() {
    let dir = built();
    let page = read(dir.path(), PAGE);
    let grid = plain(&page[page.find(r#"<table class="grid">"#).unwrap()..page.find(r#"id="details""#).unwrap()]);
    let sheets = [
        ("sheet", plain(&read(dir.path(), "focused-ultrasound-tremor/leaflet-glance.html"))),
        ("large-print sheet", plain(&read(dir.path(), "focused-ultrasound-tremor/leaflet-glance-large.html"))),
        ("consent insert", plain(&clinicians(dir.path(), "focused-ultrasound-tremor/consent-en-GB.html"))),
        ("grid", grid),
    ];
    // Sentence by sentence: every figure on the page, with its group and time point.
    let ids = figure_ids(&page);
    assert!(ids.len() >= 10, "{ids:?}");
    let print = plain(&read(dir.path(), "focused-ultrasound-tremor/leaflet-a4.html"));
    for (nth, id) in ids.iter().enumerate() {
        let occurrence = ids[..nth].iter().filter(|x| *x == id).count();
        let article = outcome(&page, id, occurrence);
        for line in figure_lines_of(article) {
            assert!(print.contains(&line), "print leaflet: {line}");
            for (name, text) in &sheets {
                assert!(text.contains(&line), "{name}: {line}");
            }
        }
    }
    for caveat in CAVEATS {
        for (name, text) in &sheets {
            assert!(text.contains(caveat), "{name} lacks `{caveat}`");
        }
    }
    // The consent insert carries every other option's figures too, and names the unknowns together.
    let consent = &sheets[2].1;
    assert!(consent.contains("Deep brain stimulation"));
    assert!(consent.contains("Nobody knows yet how often these happen: An infection"), "{consent}");
}

#[test]
fn page_and_print_say_the_same_in_english_and_arabic() {
    let dir = built();
    for (page, leaflet) in
        [(PAGE, "focused-ultrasound-tremor/leaflet-a4.html"), (AR_PAGE, "ar/focused-ultrasound-tremor/leaflet-a4.html")]
    {
        let web = statements(&read(dir.path(), page));
        let print = statements(&read(dir.path(), leaflet));
        assert!(web.len() >= 12, "{page}: {web:?}");
        assert_eq!(web, print, "{page} and {leaflet}");
    }
    // In Arabic too, each group is named at each time point, right to left.
    let ar = read(dir.path(), AR_PAGE);
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
    let lines = figure_lines(&ar, "unsteady");
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].starts_with("بعد هذا العلاج، خلال 3 أشهر:"), "{lines:?}");
    assert!(lines[1].starts_with("بعد علاج صوري (غير حقيقي)، خلال 3 أشهر:") && lines[1].contains("20"), "{lines:?}");
    assert!(lines[2].starts_with("بعد هذا العلاج، بعد 12 شهرًا:"), "{lines:?}");
    // And the Arabic short forms carry the same sentences as the Arabic page.
    let sheet = plain(&read(dir.path(), "ar/focused-ultrasound-tremor/leaflet-glance.html"));
    let consent = plain(&clinicians(dir.path(), "focused-ultrasound-tremor/consent-ar.html"));
    for line in lines {
        assert!(sheet.contains(&line), "Arabic sheet: {line}");
        assert!(consent.contains(&line), "Arabic consent insert: {line}");
    }
}

#[test]
fn the_options_sheet_is_legible_and_in_large_print_too() {
    let dir = built();
    let sheet = read(dir.path(), "focused-ultrasound-tremor/leaflet-glance.html");
    for option in
        ["Focused ultrasound", "Medicine", "Deep brain stimulation", "Occupational therapy", "Waiting", "Wrist weights"]
    {
        assert!(sheet.contains(&format!(r#"">{option}</h2>"#)), "{option}");
    }
    for part in [
        "What are the benefits?",
        "What matters most to me",
        "Are you sure?",
        "Do you have enough support and advice to make a choice?",
        "The option I am leaning towards",
    ] {
        assert!(sheet.contains(part), "{part}");
    }
    // Body text at 11 pt (16 pt in large print), never the 7.5 pt of old.
    assert!(sheet.contains(".sheet { font-size: 11pt;"), "11 pt body");
    let large = read(dir.path(), "focused-ultrasound-tremor/leaflet-glance-large.html");
    assert!(large.contains(".sheet { font-size: 16pt;"), "16 pt body");
    // The SURE test's boxes sit in columns of their own, headed Yes and No, clear of the questions.
    let sure = &sheet[sheet.find(r#"<table class="sure">"#).unwrap()..];
    let sure = &sure[..sure.find("</table>").unwrap()];
    assert!(sure.contains(r#"<th scope="col">Yes</th><th scope="col">No</th>"#));
    assert_eq!(sure.matches(r#"<td class="box"><span class="tick"></span></td>"#).count(), 8);
    assert_eq!(sure.matches(r#"<th scope="row">"#).count(), 4);
    // Both sheets are listed like the other print formats, on the page and in leaflets.json.
    let page = read(dir.path(), PAGE);
    assert!(page.contains("leaflet-glance.html") && page.contains("leaflet-glance-large.html"));
    assert!(page.contains("Options at a glance, large print"));
    let manifest = read(dir.path(), "leaflets.json");
    assert!(manifest.contains(r#""format": "glance-large""#), "{manifest}");
}

#[test]
fn misleading_data_is_caught_at_its_line() {
    // Each case: an edit of the fixture, and the code, the line's text and words of the message.
    let cases: [(&str, &str, &str, &str, &str); 9] = [
        // A lost minus sign beside before and after.
        (
            "          after: 9.6\n",
            "          after: 9.6\n          mean_change: 8.5\n",
            "change-mismatch",
            "mean_change: 8.5",
            "a fall is written with a minus sign",
        ),
        // The between-group interval typed into the group's own.
        (
            "          interval: not-reported\n          comparison: { arm: sham, before: 16.0",
            "          interval: [5.9, 10.7]\n          comparison: { arm: sham, before: 16.0",
            "interval-excludes-estimate",
            "interval: [5.9, 10.7]",
            "difference: { mean: …, interval: […] }",
        ),
        // A difference the wrong way round from its two groups.
        (
            "difference: { mean: -8.3,",
            "difference: { mean: 8.3,",
            "difference-direction",
            "mean: 8.3",
            "this group's change minus the comparison arm's",
        ),
        // A count's interval that does not contain the count.
        (
            "interval: [62, 85]",
            "interval: [10, 20]",
            "interval-excludes-estimate",
            "interval: [10, 20]",
            "does not contain",
        ),
        // A source read over plain http.
        (
            "citation: \"A registry, 2020.\",",
            "citation: \"A registry, 2020.\", url: \"http://example.org/registry\",",
            "invalid-url",
            "http://example.org/registry",
            "write https://",
        ),
        // A range across one study is not a range.
        (
            "            - { mean_change: -9.5, population: 12 }\n            - { before: 20.0, after: 8.0, population: 18 }\n",
            "",
            "studies-too-few",
            "mean_change: -14.5",
            "at least two studies",
        ),
        // A zero with no study size.
        (
            "{ events: 0, population: 56,",
            "{ events: 0,",
            "zero-without-population",
            "{ events: 0, time_frame",
            "none of how many",
        ),
        // A figure from few people, unanswered.
        (
            "events: 4, population: 20, interval: not-reported }",
            "events: 4, population: 20 }",
            "small-study",
            "events: 4, population: 20 }",
            "only 20 people",
        ),
        // A figure with no time frame, unanswered.
        (
            "frequency: { percent: 78.3, approximate: true, time_frame: not-reported }",
            "frequency: { percent: 78.3, approximate: true }",
            "no-time-frame",
            "percent: 78.3",
            "over what time",
        ),
    ];
    for (from, to, code, marker, words) in cases {
        let dir = copy_site("evidence");
        edit(dir.path(), from, to);
        let run = informed(dir.path(), &["check", "--format", "json", "--today", TODAY]);
        let json: serde_json::Value =
            serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
        let text = std::fs::read_to_string(dir.path().join(YAML)).unwrap();
        let line = text.lines().position(|l| l.contains(marker)).map(|i| i as u64 + 1);
        let found: Vec<&serde_json::Value> =
            json["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == code).collect();
        assert_eq!(found.len(), 1, "{code}: {:#}", json["diagnostics"]);
        let d = found[0];
        assert_eq!(d["line"].as_u64(), line, "{code} at the line with `{marker}`: {d:#}");
        let said = format!("{} {}", d["message"], d["hint"]);
        assert!(said.contains(words), "{code}: `{words}` in {said}");
        assert!(!said.contains("unknown variant") && !said.contains("Span"), "{said}");
        if d["severity"] == "error" {
            assert_eq!(run.code, 1, "{code} stops the build");
        }
    }
}

#[test]
fn time_frames_are_explained_in_an_editors_words() {
    for (to, words) in [
        ("time_frame: { at: 12 }", "`{ months: 12 }`"),
        ("time_frame: soon", "`{ at: { months: 12 } }`"),
        ("time_frame: { at: { weeks: 2 } }", "`weeks` is not a unit of time here"),
    ] {
        let dir = copy_site("evidence");
        edit(dir.path(), "time_frame: { within: { months: 6 } }", to);
        let run = informed(dir.path(), &["check", "--today", TODAY]);
        assert_eq!(run.code, 1, "{to}");
        assert!(run.stderr.contains(words), "{to}: `{words}` in {}", run.stderr);
        for never in ["unknown variant", "Span", "expected struct"] {
            assert!(!run.stderr.contains(never), "{to}: `{never}` in {}", run.stderr);
        }
    }
    // Any other word a field does not take, said the same way.
    let dir = copy_site("evidence");
    edit(dir.path(), "kind: surgical", "kind: surgery");
    let run = informed(dir.path(), &["check", "--today", TODAY]);
    assert!(
        run.stderr
            .contains("`surgery` is not a word this field takes: write one of `surgical`, `non-surgical`, `nothing`"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("unknown variant"), "{}", run.stderr);
}

#[test]
fn the_audit_report_compares_like_with_like() {
    let dir = built();
    // 3 months: 20 of 50 (40%, as the leaflet's 38 in 100); 6 months: the leaflet has no figure; 12 months: 30 of 50.
    let mut csv = String::from("patient,numbness@3m,numbness@6m,numbness@12m\n");
    for i in 0..50 {
        let at3 = if i < 20 { "yes" } else { "no" };
        let at12 = if i < 30 { "yes" } else { "no" };
        csv.push_str(&format!("P{i:03},{at3},yes,{at12}\n"));
    }
    std::fs::write(dir.path().join("audit.csv"), csv).unwrap();
    let run = informed(
        dir.path(),
        &["audit", "report", "--procedure", "focused-ultrasound-tremor", "-o", "report.html", "audit.csv"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    let rows: Vec<String> = report.split("<tr class=").skip(1).map(plain).collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    // The 3-month local rate beside the leaflet's 3-month figure, and only that one.
    assert!(rows[0].starts_with("\"consistent\""), "{}", rows[0]);
    assert!(rows[0].contains("(37.5% within 3 months)"), "{}", rows[0]);
    // No leaflet figure at 6 months: not compared, and said why.
    assert!(rows[1].starts_with("\"other-time\""), "{}", rows[1]);
    assert!(
        rows[1].contains(
            "not compared: the leaflet's figure is for another time (within 3 months, at 12 months), not at 6 months"
        ),
        "{}",
        rows[1]
    );
    // 12 months against 12 months: 60% locally against the leaflet's 14%.
    assert!(rows[2].starts_with("\"differs\""), "{}", rows[2]);
    assert!(rows[2].contains("(14.3% at 12 months)"), "{}", rows[2]);
}

#[test]
fn left_to_right_details_stay_in_order_on_right_to_left_pages() {
    let dir = built();
    for page in [AR_PAGE, "ar/focused-ultrasound-tremor/leaflet-a4.html"] {
        let html = read(dir.path(), page);
        assert!(html.contains(r#"<bdi dir="ltr">0300 123 4567</bdi>"#), "{page}");
        assert!(html.contains(r#"<bdi dir="ltr" lang="en-GB">1 Example Road</bdi>"#), "{page}");
        assert!(html.contains(r#"<bdi dir="ltr">clinic@example.org</bdi>"#), "{page}");
    }
    // The guidance's title keeps its own language inside the translated sentence.
    assert!(read(dir.path(), AR_PAGE).contains(r#"<span lang="en-GB">A fixture guidance</span>"#));
}

/// A procedure with `n` options, each with one figure and one unknown, for the sheet's fit on one page.
#[cfg(feature = "pdf")]
fn many_options(n: usize) -> String {
    let mut yaml = std::fs::read_to_string(site("evidence").join(YAML)).unwrap();
    let start = yaml.find("options:\n").unwrap();
    let end = yaml.find("uncertainties:\n").unwrap();
    let mut options = String::from("options:\n");
    for i in 0..n {
        let kind = if i == 0 { "nothing" } else { "non-surgical" };
        options.push_str(&format!(
            "  - id: choice-{i}\n    kind: {kind}\n    name: \"Choice {i}\"\n    summary: \"A short summary of this choice.\"\n    what_happens: \"What happens.\"\n    recovery: \"None needed.\"\n    daily_life: \"As now.\"\n    benefits:\n      - id: helps-{i}\n        label: \"It helps\"\n        source: review\n        frequency: {{ events: {}, population: 900, time_frame: {{ within: {{ months: 6 }} }} }}\n    risks:\n      - id: harm-{i}\n        label: \"It harms\"\n        source: guidance\n        frequency: not-known\n",
            100 + 10 * i
        ));
    }
    yaml.replace_range(start..end, &options);
    // No audit: its option is gone.
    let (audit, sources) = (yaml.find("\naudit:\n").unwrap(), yaml.find("\nsources:\n").unwrap());
    yaml.replace_range(audit..sources, "");
    yaml
}

#[cfg(feature = "pdf")]
#[test]
fn the_pdfs_say_what_the_page_says_sentence_by_sentence() {
    let dir = copy_site("evidence");
    // Beside it, a procedure of eight options: its sheet fits one page.
    let eight = dir.path().join("content/procedures/eight-options");
    std::fs::create_dir_all(&eight).unwrap();
    std::fs::write(eight.join("procedure.yaml"), many_options(8)).unwrap();
    build_with_pdfs(dir.path());
    let pdf_pages = |path: &str| {
        let bytes = std::fs::read(dir.path().join("public").join(path)).unwrap();
        pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap()
    };
    // A sheet's text without each page's foot (where it continues, the version
    // and page number), so a sentence that runs on to the next page reads whole.
    let sheet_text = |path: &str| {
        pdf_pages(path)
            .iter()
            .map(|page| {
                let page = squash(page);
                let foot =
                    page.rfind("Continuedonthenextpage.").or_else(|| page.rfind("Version")).unwrap_or(page.len());
                page[..foot].to_string()
            })
            .collect::<String>()
    };
    for (lang, prefix) in [("en-GB", ""), ("ar", "ar/")] {
        let page = read(dir.path(), &format!("{prefix}focused-ultrasound-tremor/index.html"));
        let pdfs = [
            squash(&pdf_text(dir.path(), &format!("{prefix}focused-ultrasound-tremor/leaflet-a4.pdf"))),
            sheet_text(&format!("{prefix}focused-ultrasound-tremor/leaflet-glance.pdf")),
            sheet_text(&format!("{prefix}focused-ultrasound-tremor/leaflet-glance-large.pdf")),
            squash(
                &pdf_extract::extract_text_from_mem(
                    &std::fs::read(dir.path().join(format!("clinicians/focused-ultrasound-tremor/consent-{lang}.pdf")))
                        .unwrap(),
                )
                .unwrap(),
            ),
        ];
        let ids = figure_ids(&page);
        for (nth, id) in ids.iter().enumerate() {
            let occurrence = ids[..nth].iter().filter(|x| *x == id).count();
            for line in figure_lines_of(outcome(&page, id, occurrence)) {
                for (k, text) in pdfs.iter().enumerate() {
                    if lang == "ar" {
                        // Arabic text may come out of a PDF in visual order; its numbers must all be there.
                        for n in numbers(&line) {
                            assert!(text.contains(&n), "{lang} PDF {k}: {n} from {line}");
                        }
                    } else {
                        assert!(text.contains(&squash(&line)), "{lang} PDF {k}: {line}");
                    }
                }
            }
        }
        if lang == "en-GB" {
            for caveat in CAVEATS {
                for (k, text) in pdfs.iter().enumerate().skip(1) {
                    assert!(text.contains(&squash(caveat)), "PDF {k} lacks `{caveat}`");
                }
            }
        }
        assert!(pdfs[0].contains("03001234567"), "{lang}: the phone number in order");
        assert!(pdfs[0].contains("1ExampleRoad"), "{lang}: the address line in order");
        // Seven options run past one page: every page but the last says it continues.
        let sheet = pdf_pages(&format!("{prefix}focused-ultrasound-tremor/leaflet-glance.pdf"));
        assert!(sheet.len() > 1, "{lang}: seven options with their caveats at 11 pt");
        if lang == "en-GB" {
            for (n, text) in sheet.iter().enumerate() {
                let says = squash(text).contains("Continuedonthenextpage.");
                assert_eq!(says, n + 1 < sheet.len(), "page {} of {}", n + 1, sheet.len());
            }
        }
    }
    // Eight options with a figure each fit one page, in standard print.
    let pages = pdf_pages("eight-options/leaflet-glance.pdf");
    assert_eq!(pages.len(), 1, "eight options on one page");
    assert!(!squash(&pages[0]).contains("Continued"), "a one-page sheet does not say it continues");
    for i in 0..8 {
        assert!(pages[0].contains(&format!("Choice {i}")), "Choice {i}");
    }
}
