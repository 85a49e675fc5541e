//! Evidence of every kind, told honestly: a fixture unlike the shipped sample
//! (a neurological procedure with strong evidence, a sham-controlled trial,
//! six options, no special arrangements, nothing implanted) read back from the
//! page, the print leaflet and the PDF, in English and Arabic.

use crate::common::*;

const PAGE: &str = "focused-ultrasound-tremor/index.html";
const AR_PAGE: &str = "ar/focused-ultrasound-tremor/index.html";

fn built() -> tempfile::TempDir {
    let dir = copy_site("evidence");
    build_ok(dir.path());
    dir
}

/// An outcome's text with tags stripped and spaces collapsed.
fn text(html: &str, id: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in outcome(html, id, 0).chars() {
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
    out.split_whitespace().collect::<Vec<_>>().join(" ").replace("&#x27;", "'")
}

#[test]
fn each_kind_of_outcome_reads_as_it_should() {
    let dir = built();
    let page = read(dir.path(), PAGE);
    // A continuous result: words and numbers, the sham beside it, never "N in 100".
    let score = text(&page, "shaking-score");
    assert!(
        score.contains("On a shaking score (from 0 to 32, where lower is better), the average went from 18.1 to 9.6. With a pretend treatment, it fell by 0.2, at 3 months."),
        "{score}"
    );
    assert!(!score.contains(" in 100"), "{score}");
    assert!(outcome(&page, "shaking-score", 0).contains(r#"class="change-chart""#));
    assert!(score.contains("How sure we are: very sure."), "{score}");
    // A count beside its comparison arm, in one sentence and two pictures.
    let headache = text(&page, "headache");
    assert!(
        headache.contains("After this treatment: About 14 in 100 people (very common). After a pretend treatment: 20 in 100 people (very common), within 3 months."),
        "{headache}"
    );
    assert_eq!(outcome(&page, "headache", 0).matches("<svg").count(), 2);
    // Time points in one row, "within" and "at" kept apart, no "did not" for either.
    let numbness = text(&page, "numbness");
    assert!(
        numbness.contains(
            "About 38 in 100 people (very common), within 3 months. About 14 in 100 people (very common), at 12 months."
        ),
        "{numbness}"
    );
    assert!(!numbness.contains("did not"), "{numbness}");
    // None of a small study: never a frequency, a scale word or a picture.
    let bleeding = text(&page, "bleeding");
    assert!(bleeding.contains("None of the 56 people in the study, within 12 months."), "{bleeding}");
    assert!(bleeding.contains("The chance is probably lower than 6 in 100."), "{bleeding}");
    for never in ["very rare", "0 in 100", "100 in 100", "did not"] {
        assert!(!bleeding.contains(never), "{never}: {bleeding}");
    }
    assert!(!outcome(&page, "bleeding", 0).contains("<svg"));
    // A percentage with decimals, marked approximate; a range with no denominator.
    let medicine = text(&page, "medicine-helps");
    assert!(medicine.contains("About 78 in 100 people (very common)."), "{medicine}");
    assert!(medicine.contains("The study gives this number as a rough figure."), "{medicine}");
    assert!(medicine.contains("as reported in source 4"), "{medicine}");
    let tired = text(&page, "tiredness");
    assert!(tired.contains("Between 4 and 11 in 100 people (common to very common)."), "{tired}");
    // A confidence interval, scaled like the figure.
    let stimulation = text(&page, "stimulation-helps");
    assert!(stimulation.contains("The true number is likely to be between 62 and 85 in 100."), "{stimulation}");
    // A fact of the option: no frequency at all.
    let one_side = text(&page, "one-side");
    assert!(one_side.contains("This is true for everyone who chooses this option."), "{one_side}");
    assert!(!one_side.contains("know how often"), "{one_side}");
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

#[test]
fn page_and_print_say_the_same_in_english_and_arabic() {
    let dir = built();
    for (page, leaflet) in
        [(PAGE, "focused-ultrasound-tremor/leaflet-a4.html"), (AR_PAGE, "ar/focused-ultrasound-tremor/leaflet-a4.html")]
    {
        let web = statements(&read(dir.path(), page));
        let print = statements(&read(dir.path(), leaflet));
        assert!(web.len() >= 15, "{page}: {web:?}");
        assert_eq!(web, print, "{page} and {leaflet}");
    }
}

#[test]
fn the_options_fit_one_sheet_at_a_glance() {
    let dir = built();
    let sheet = read(dir.path(), "focused-ultrasound-tremor/leaflet-glance.html");
    for option in
        ["Focused ultrasound", "Medicine", "Deep brain stimulation", "Occupational therapy", "Waiting", "Wrist weights"]
    {
        assert!(sheet.contains(&format!("<th scope=\"col\">{option}</th>")), "{option}");
    }
    // The same figures as the page, with their time frames.
    assert!(sheet.contains(
        "About 38 in 100 people (very common), within 3 months. About 14 in 100 people (very common), at 12 months."
    ));
    assert!(sheet.contains("None of the 56 people in the study, within 12 months."));
    for part in [
        "What are the benefits?",
        "What matters most to me",
        "Are you sure?",
        "Do you have enough support and advice to make a choice?",
        "The option I am leaning towards",
    ] {
        assert!(sheet.contains(part), "{part}");
    }
    assert!(read(dir.path(), PAGE).contains("leaflet-glance.html"), "the page links the sheet");
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

#[cfg(feature = "pdf")]
#[test]
fn the_pdf_says_what_the_page_says_and_keeps_the_phone_number_in_order() {
    let dir = copy_site("evidence");
    build_with_pdfs(dir.path());
    for (page, pdf) in
        [(PAGE, "focused-ultrasound-tremor/leaflet-a4.pdf"), (AR_PAGE, "ar/focused-ultrasound-tremor/leaflet-a4.pdf")]
    {
        let text = squash(&pdf_text(dir.path(), pdf));
        for statement in statements(&read(dir.path(), page)) {
            if pdf.starts_with("ar/") {
                // Arabic text may come out of a PDF in visual order; its numbers must all be there.
                for n in numbers(&statement) {
                    assert!(text.contains(&n), "{pdf}: {n} from {statement}");
                }
            } else {
                assert!(text.contains(&squash(&statement)), "{pdf}: {statement}");
            }
        }
        assert!(text.contains("03001234567"), "{pdf}: the phone number in order");
        // The sheet at a glance is one page, in every language.
        let sheet = std::fs::read(dir.path().join("public").join(pdf.replace("leaflet-a4", "leaflet-glance"))).unwrap();
        let pages = pdf_extract::extract_text_from_mem_by_pages(&sheet).unwrap();
        assert_eq!(pages.len(), 1, "{pdf}: the sheet at a glance fits one page");
        assert!(text.contains("1ExampleRoad"), "{pdf}: the address line in order");
    }
}
