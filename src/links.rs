//! Which links may appear on a page: web addresses, mail, phone, and in-page anchors.

/// Whether `url` is a well-formed absolute web address starting `https://`,
/// checked without any network access. `http://` is refused: a page sent over
/// plain http can be changed on its way to the reader.
pub fn check_external(url: &str) -> Result<(), &'static str> {
    if url.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("http://")) {
        return Err("it starts with http://, which can be changed on its way to the reader: write https://");
    }
    let rest = url.strip_prefix("https://").ok_or("it must start with https://")?;
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')) {
        return Err("it contains spaces or characters that are not allowed");
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    if host.is_empty() || !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
        return Err("it has no valid host name");
    }
    if !host.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.') {
        return Err("its host name has characters that are not allowed");
    }
    Ok(())
}

/// Whether a link written in Markdown may reach a page: web, mail and phone
/// links, in-page anchors and relative paths. Never `javascript:`, `data:` or
/// any other scheme.
pub fn is_safe_link(url: &str) -> bool {
    let trimmed: String = url.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
    let lower = trimmed.to_ascii_lowercase();
    match lower.find(':') {
        None => true,
        Some(colon) => {
            // A colon after a path separator is part of a relative path, not a scheme.
            if lower[..colon].contains(['/', '?', '#']) {
                return true;
            }
            let scheme = &lower[..colon];
            match scheme {
                // A malformed web address is harmless; the checker reports it as `invalid-url`.
                "http" | "https" | "mailto" | "tel" => true,
                _ => false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_links() {
        assert!(check_external("https://www.nice.org.uk/guidance/ipg718").is_ok());
        assert!(check_external("http://example.org").is_err());
        assert!(check_external("HTTP://example.org").is_err());
        assert!(check_external("www.nice.org.uk").is_err());
        assert!(check_external("https://").is_err());
        assert!(check_external("https://exa mple.org").is_err());
        assert!(check_external("javascript:alert(1)").is_err());
    }

    #[test]
    fn markdown_links() {
        assert!(is_safe_link("#risks"));
        assert!(is_safe_link("../other/"));
        assert!(is_safe_link("mailto:team@example.org"));
        assert!(is_safe_link("https://example.org/a:b"));
        assert!(!is_safe_link("javascript:alert(1)"));
        assert!(!is_safe_link(" JaVaScRiPt:alert(1)"));
        assert!(!is_safe_link("java\tscript:alert(1)"));
        assert!(!is_safe_link("data:text/html,hi"));
        assert!(!is_safe_link("vbscript:x"));
    }
}
