//! `robots.txt`: every page may be read, and where the sitemap is.
//!
//! Crawlers only read it at the root of a host: a site published under a
//! sub-path (`https://example.org/pi/`) should add the `Sitemap:` line to the
//! host's own file. Plain text, no words for patients.

use crate::output::OutputFile;
use crate::paths;

/// `robots.txt` naming the sitemap under `base_url`.
pub fn make(base_url: &str) -> OutputFile {
    let sitemap = paths::absolute(base_url, paths::SITEMAP);
    OutputFile {
        path: paths::ROBOTS.to_string(),
        bytes: format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n").into_bytes(),
    }
}
