//! Putting text into typst markup safely: every value becomes a typst string literal.
//!
//! `{{ text | typst }}` renders as `#"…";`, an embedded string expression that
//! typst shows as plain text. Inside the literal only `\` and `"` are special,
//! and the closing `;` ends the expression, so no content (however hostile)
//! can open markup, code or a function call.

use std::collections::HashMap;

/// Escapes `text` as a typst string-literal expression for markup.
pub fn typst_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    out.push_str("#\"");
    out.push_str(&typst_string_body(text));
    out.push_str("\";");
    out
}

/// The inside of a typst string literal: `\`, `"` and control characters escaped.
pub fn typst_string_body(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The tera filter `typst`: a value as safe typst markup (strings, numbers and booleans).
pub fn filter(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let text = match value {
        tera::Value::String(s) => s.clone(),
        tera::Value::Null => String::new(),
        other => other.to_string(),
    };
    Ok(tera::Value::String(typst_text(&text)))
}

/// The tera filter `typst_str`: a value as the body of a typst string literal,
/// for use inside `"…"` in typst code (titles, alt text, link targets).
pub fn filter_str(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let text = match value {
        tera::Value::String(s) => s.clone(),
        tera::Value::Null => String::new(),
        other => other.to_string(),
    };
    Ok(tera::Value::String(typst_string_body(&text)))
}

/// Every `{{ … }}` in a typst template must end in `| typst`, `| typst_str` or
/// `| safe_number`, or call one of the template's own macros (`self::…`, whose
/// bodies are checked the same way), so no value reaches the markup unescaped.
/// Returns the first expression that does not.
pub fn unescaped_expression(template: &str) -> Option<String> {
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let end = after.find("}}")?;
        let expr = after[..end].trim();
        let safe = expr.ends_with("| typst")
            || expr.ends_with("| typst_str")
            || expr.ends_with("| safe_number")
            || (expr.starts_with("self::") && !expr.contains('|'));
        if !safe {
            return Some(expr.to_string());
        }
        rest = &after[end + 2..];
    }
    None
}

/// The tera filter `safe_number`: a number as typst can read it; anything else is an error.
pub fn filter_number(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    match value {
        tera::Value::Number(n) => Ok(tera::Value::String(n.to_string())),
        other => Err(tera::Error::msg(format!("`safe_number` needs a number, not {other}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_stays_a_string() {
        assert_eq!(typst_text("a \"quote\" \\ back"), r#"#"a \"quote\" \\ back";"#);
        assert_eq!(typst_text("#exit() ]*_$<x>@y"), "#\"#exit() ]*_$<x>@y\";");
        assert_eq!(typst_text("line\nbreak"), "#\"line\\nbreak\";");
        assert_eq!(typst_text("\u{2068}34\u{2069}"), "#\"34\";");
    }

    #[test]
    fn templates_must_escape_every_value() {
        assert_eq!(unescaped_expression("= {{ title | typst }} #{{ n | safe_number }}"), None);
        assert_eq!(unescaped_expression("= {{ title }}").as_deref(), Some("title"));
        assert_eq!(unescaped_expression("{{ self::runs(list=b.runs) }}"), None);
        assert_eq!(
            unescaped_expression("{{ self::runs(list=b.runs) | safe }}").as_deref(),
            Some("self::runs(list=b.runs) | safe")
        );
    }
}
