//! A site's own templates (and its libraries'): they may show only what the view model gives
//! them. tera's functions that read the environment, the clock or chance
//! (`get_env`, `now`, `get_random`) would put a CI token, a build's time or
//! a random number on a page, so a template that calls one is an error at
//! its line (and the renderer refuses the call anyway).

use crate::diagnostic::{Diagnostic, Location};
use crate::load::templates::REFUSED_FUNCTIONS;
use crate::load::{Origin, Project};

/// Checks every tera template the site brings.
pub fn check(project: &Project, found: &mut Vec<Diagnostic>) {
    for (name, origin, path, text) in project.templates.iter_with_origin() {
        if origin == Origin::BuiltIn || !crate::load::templates::is_tera(name) {
            continue;
        }
        for (line, column, function) in refused_calls(text) {
            found.push(
                Diagnostic::error(
                    "template-function",
                    &Location::new(path, line, column),
                    format!("`{function}()` is not available to templates"),
                )
                .with_hint(
                    "a page may show only what the content and translations say: the environment, the clock \
                     and chance could publish secrets or make each build differ",
                ),
            );
        }
    }
}

/// Every call of a refused function inside a tag (`{{ }}`, `{% %}`), with
/// its line and column; text, comments and `raw` blocks are not code.
fn refused_calls(text: &str) -> Vec<(usize, usize, &'static str)> {
    let mut found = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    let mut raw = false;
    while let Some(open) = rest.find('{') {
        let tag = &rest[open..];
        let close = match tag.get(..2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some("{#") => "#}",
            _ => {
                offset += open + 1;
                rest = &rest[open + 1..];
                continue;
            }
        };
        let end = tag.find(close).map_or(tag.len(), |e| e + close.len());
        let inside = &tag[..end];
        let words = inside.trim_matches(|c: char| "{}%#-".contains(c) || c.is_whitespace());
        if close == "%}" && words.starts_with("endraw") {
            raw = false;
        } else if close == "%}" && words.starts_with("raw") {
            raw = true;
        } else if close != "#}" && !raw {
            for function in REFUSED_FUNCTIONS {
                let mut from = 0;
                while let Some(at) = inside[from..].find(function) {
                    let at = from + at;
                    let before = inside[..at].chars().next_back();
                    let after = inside[at + function.len()..].trim_start();
                    if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') && after.starts_with('(') {
                        let absolute = offset + open + at;
                        let line = text[..absolute].matches('\n').count() + 1;
                        let column = text[..absolute].rsplit('\n').next().unwrap_or_default().chars().count() + 1;
                        found.push((line, column, *function));
                    }
                    from = at + function.len();
                }
            }
        }
        offset += open + end;
        rest = &rest[open + end..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_in_tags_are_found_and_text_is_left_alone() {
        let text = "<p>get_env(name=\"X\") is text</p>\n{{ get_env(name=\"CI_TOKEN\") }}\n{% set t = now() %}\
                    {# get_env(name=\"x\") #}{% raw %}{{ get_env(name=\"y\") }}{% endraw %}{{ my_get_env(x=1) }}";
        let calls = refused_calls(text);
        assert_eq!(calls, vec![(2, 4, "get_env"), (3, 12, "now")]);
    }
}
