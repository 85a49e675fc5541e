//! The tera templates, compiled once when the site is loaded: a template
//! that does not parse is an error at its file, line and column in `check`
//! as in `build`, and every page of the build is rendered from the one
//! compiled set (each language's renderer is a copy with its own words).

use super::files::{FileSet, is_template_name};
use crate::diagnostic::{Diagnostic, Location};

/// tera's built-in functions that read outside the view model (the
/// environment, the clock, chance). A template gets none of them: each is
/// replaced by one that fails, and `check` reports a site's template that
/// calls one at its line (`template-function`).
pub const REFUSED_FUNCTIONS: &[&str] = &["get_env", "now", "get_random"];

/// The compiled tera templates of a site.
#[derive(Clone, Default)]
pub struct Compiled(pub tera::Tera);

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names: Vec<&str> = self.0.get_template_names().collect();
        names.sort_unstable();
        f.debug_tuple("Compiled").field(&names).finish()
    }
}

/// Whether a file in `templates/` is a tera template (the typst `.typ`
/// templates and the style sheets are not).
pub fn is_tera(name: &str) -> bool {
    is_template_name(name) && !name.ends_with(".typ")
}

/// Compiles every tera template in `templates`; each that does not parse is
/// an error at its place, and a set whose templates do not fit together (an
/// `extends` or `import` of a template that is not there) an error at the
/// template that names it.
pub fn compile(templates: &FileSet) -> Result<Compiled, Vec<Diagnostic>> {
    let mut found = Vec::new();
    let mut sources = Vec::new();
    for (name, path, text) in templates.iter().filter(|(name, ..)| is_tera(name)) {
        match tera::Template::new(name, None, text) {
            Ok(_) => sources.push((name, text)),
            Err(err) => {
                let words = crate::diagnostic::error_chain(&err);
                let (line, column) = place(&words).unwrap_or((1, 1));
                found.push(
                    Diagnostic::error(
                        "template",
                        &Location::new(path, line, column),
                        format!("this template cannot be read: {}", first_line(&words)),
                    )
                    .with_hint("a value is written `{{ value }}` and a tag `{% if … %}`, each `{% if %}` and `{% for %}` closed by its `{% endif %}` or `{% endfor %}` in the same template"),
                );
            }
        }
    }
    if !found.is_empty() {
        return Err(found);
    }
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![".html", ".svg", ".xml"]);
    tera.add_raw_templates(sources).map_err(|err| {
        let words = crate::diagnostic::error_chain(&err);
        // "Template 'x.html' is inheriting from 'y.html', which doesn't exist or isn't loaded."
        let named = templates.iter().find(|(name, ..)| words.contains(&format!("'{name}'")));
        let path = named.map_or_else(|| std::path::PathBuf::from("templates"), |(_, p, _)| p.to_path_buf());
        vec![
            Diagnostic::error(
                "template",
                &Location::start_of(&path),
                format!("the templates do not fit together: {words}"),
            )
            .with_hint("a template can only extend or import a template that is in templates/ or built in"),
        ]
    })?;
    Ok(Compiled(tera))
}

/// The line and column in a parser's message (` --> 3:5`).
fn place(words: &str) -> Option<(usize, usize)> {
    let at = words.split("--> ").nth(1)?;
    let (line, rest) = at.split_once(':')?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.trim().parse().ok()?, column.parse().ok()?))
}

/// What the parser expected, without the drawing of the place.
fn first_line(words: &str) -> String {
    let expected = words.lines().find(|l| l.trim_start().starts_with('=')).map(|l| l.trim_start_matches([' ', '=']));
    expected.unwrap_or_else(|| words.lines().next().unwrap_or(words)).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_template_is_found_at_its_line() {
        let err = tera::Template::new("x.html", None, "<p>\n{{ a }\n").unwrap_err();
        let words = crate::diagnostic::error_chain(&err);
        assert_eq!(place(&words), Some((2, 6)), "{words}");
    }
}
