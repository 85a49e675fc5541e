//! The PDF leaflets, one per format, when PDFs are made: the leaflet's data
//! (JSON) through the plain typst templates.

use super::{Job, Made};
use crate::diagnostic::Diagnostic;

/// Compiles the leaflet in every format; nothing without a PDF engine.
#[cfg(feature = "pdf")]
pub fn make(job: &Job) -> Result<Vec<Made>, Diagnostic> {
    use crate::model::{FORMATS, laid_out_as};
    use crate::output::OutputFile;
    use crate::paths;
    use crate::view::leaflet::template_of;
    let Some(engine) = job.pdf else {
        return Ok(Vec::new());
    };
    let views = job.views;
    let mut view = views.leaflet.clone();
    choose_font(engine, &mut view).map_err(|e| e.place(&job.procedure_file()))?;
    let mut made = Vec::new();
    let font = Some(view.font.clone());
    let mut add = |format: &'static str, bytes: Vec<u8>| {
        let path = format!("{}{}", views.dir, paths::leaflet_pdf(format));
        let pages = crate::render::pdf::page_count(&bytes);
        made.push(Made { file: OutputFile { path, bytes }, leaflet: Some((format, font.clone())), pages });
    };
    // The booklet is made with the A5 pages, from the same layout.
    for format in FORMATS.into_iter().filter(|f| laid_out_as(f) == *f) {
        view.format = format;
        let name = template_of(format).1;
        let template = job.templates.get(name).ok_or_else(|| job.fail(format!("no template `{name}`")))?;
        let data = serde_json::to_vec(&view.data().map_err(|e| job.fail(e))?).map_err(|e| job.fail(e.to_string()))?;
        let ident = format!("{}/{}/{format}", view.procedure.slug, view.page.lang);
        if format == laid_out_as("booklet") {
            let right_to_left = view.page.dir == "rtl";
            let (pages, booklet) =
                engine.pdf_and_booklet(name, template, data, &ident, right_to_left).map_err(|e| job.fail(e))?;
            add(format, pages);
            add("booklet", booklet);
        } else {
            add(format, engine.pdf(name, template, data, &ident).map_err(|e| job.fail(e))?);
        }
    }
    made.sort_by_key(|m| m.leaflet.as_ref().and_then(|(f, _)| FORMATS.iter().position(|x| x == f)));
    Ok(made)
}

/// This build has no PDF support.
#[cfg(not(feature = "pdf"))]
pub fn make(_job: &Job) -> Result<Vec<Made>, Diagnostic> {
    Ok(Vec::new())
}

/// Why no font could be chosen.
#[cfg(feature = "pdf")]
pub enum FontFailure {
    /// The data could not be made.
    Data(String),
    /// No font covers this character.
    Coverage(char, String),
}

#[cfg(feature = "pdf")]
impl FontFailure {
    /// As a diagnostic at the procedure's file.
    pub fn place(self, file: &std::path::Path) -> Diagnostic {
        use crate::diagnostic::Location;
        let at = Location::start_of(file);
        match self {
            FontFailure::Data(e) => Diagnostic::error("render", &at, e),
            FontFailure::Coverage(c, lang) => Diagnostic::error(
                "font-coverage",
                &at,
                format!("no font covers `{c}` (U+{:04X}) in the {lang} leaflet", c as u32),
            )
            .with_hint(
                "put a font that covers this script in the site's fonts/ folder, or install one such as DejaVu Sans",
            ),
        }
    }
}

/// The font for a PDF whose data is `data`, from every string it holds.
#[cfg(feature = "pdf")]
pub fn font_for(
    engine: &crate::render::pdf::PdfEngine,
    data: &serde_json::Value,
    lang: &str,
) -> Result<crate::render::pdf::FontChoice, FontFailure> {
    engine.choose_family(&crate::render::pdf::data_text(data)).map_err(|c| FontFailure::Coverage(c, lang.to_string()))
}

/// Chooses the PDF font of `view`'s leaflets (one for all formats) from every
/// string its data holds.
#[cfg(feature = "pdf")]
pub fn choose_font(
    engine: &crate::render::pdf::PdfEngine,
    view: &mut crate::view::leaflet::LeafletView,
) -> Result<(), FontFailure> {
    let data = view.data().map_err(FontFailure::Data)?;
    let family = font_for(engine, &data, &view.page.lang)?;
    view.font = family.family;
    view.upright_emphasis = family.upright_emphasis;
    view.regular_strong = family.regular_strong;
    Ok(())
}

#[cfg(all(test, feature = "pdf"))]
mod tests {
    use super::*;

    /// The sample a designer's typst reads (see the opening of `templates/leaflet.typ`)
    /// must be exactly what informed gives the PDF templates for the shipped
    /// leaflet (en-GB, A4), so a design made against it works in the build.
    #[test]
    fn the_sample_leaflet_data_is_the_shipped_leaflets() {
        super::super::with_sample(|views, _, _, engine| {
            let mut view = views.leaflet.clone();
            assert!(choose_font(engine, &mut view).is_ok(), "a font covers the sample");
            super::super::check_sample("leaflet.json", &view.data().expect("the data serialises"));
        });
    }
}
