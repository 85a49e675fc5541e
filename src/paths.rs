//! Where each page lives in `public/`, and how pages link to each other relatively.
//!
//! The source locale sits at the top (`index.html`, `<slug>/index.html`); every
//! other locale has its own folder (`cy/index.html`, `cy/<slug>/index.html`).
//! Links are relative, so `public/` works under any sub-path.

/// The folder (relative to `public/`, `/`-separated, empty for the top) of a locale's pages.
pub fn locale_dir(locale: &str, source_locale: &str) -> String {
    if locale == source_locale { String::new() } else { format!("{locale}/") }
}

/// The folder of a procedure's page in a locale.
pub fn procedure_dir(locale: &str, source_locale: &str, slug: &str) -> String {
    format!("{}{slug}/", locale_dir(locale, source_locale))
}

/// The relative prefix that leads from a page in `dir` back to the top of `public/`.
pub fn root_from(dir: &str) -> String {
    "../".repeat(dir.matches('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout() {
        assert_eq!(procedure_dir("en-GB", "en-GB", "x"), "x/");
        assert_eq!(procedure_dir("cy", "en-GB", "x"), "cy/x/");
        assert_eq!(root_from("cy/x/"), "../../");
        assert_eq!(root_from(""), "");
    }
}
