//! The fonts PDF leaflets may use: a site's own `fonts/` first, then DejaVu
//! Sans from the system (read where Debian and most Linux systems keep it),
//! then typst's embedded fonts; and, parsed once, which characters each
//! family's regular face covers, so `check` finds a leaflet no font can set.

use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Where Debian (and most Linux systems) keep DejaVu Sans.
const SYSTEM_FONT_DIRS: &[&str] = &["/usr/share/fonts", "/usr/local/share/fonts"];

/// DejaVu Sans (every face but the monospaced ones) from the system, path and
/// bytes, in name order: regular files only, each read with the font limit.
pub fn system_fonts() -> Vec<(PathBuf, Vec<u8>)> {
    let keep = |name: &str| name.starts_with("DejaVuSans") && !name.contains("Mono");
    SYSTEM_FONT_DIRS
        .iter()
        .flat_map(|dir| font_files(Path::new(dir), keep))
        .filter_map(|path| {
            let mut bytes = Vec::new();
            let file = super::guard::open_regular(&path).ok()?;
            file.take(super::guard::MAX_FONT_FILE).read_to_end(&mut bytes).ok()?;
            Some((path, bytes))
        })
        .collect()
}

/// The font files under `dir` whose names `keep` accepts.
fn font_files(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let ext = p.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
            matches!(ext.as_str(), "ttf" | "otf" | "ttc" | "otc") && keep(&name)
        })
        .collect();
    files.sort();
    files
}

/// A font family a leaflet may be set in: its name, and the characters its
/// regular face covers (as ranges of code points).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    /// The family's name.
    pub name: String,
    ranges: Vec<(u32, u32)>,
}

impl Family {
    /// Whether the family's regular face has `c`.
    pub fn covers(&self, c: char) -> bool {
        let c = c as u32;
        let at = self.ranges.partition_point(|(start, _)| *start <= c);
        at > 0 && c <= self.ranges[at - 1].1
    }
}

/// The families of `fonts` (and then typst's embedded ones), in the order of
/// preference a PDF's font is chosen in, each with its regular face's coverage.
#[cfg(feature = "pdf")]
pub fn families(fonts: &[(PathBuf, Vec<u8>)]) -> Vec<Family> {
    use typst::foundations::Bytes;
    use typst::text::{Font, FontStyle};
    let mut found: Vec<Family> = Vec::new();
    let loaded = fonts.iter().flat_map(|(_, bytes)| Font::iter(Bytes::new(bytes.clone())).map(|f| f.info().clone()));
    let embedded = typst_kit::fonts::embedded().map(|(_, info)| info);
    for info in loaded.chain(embedded) {
        let regular = info.variant.weight.to_number() == 400 && info.variant.style == FontStyle::Normal;
        if !regular || found.iter().any(|f| f.name.eq_ignore_ascii_case(&info.family)) {
            continue;
        }
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        for c in info.coverage.iter() {
            match ranges.last_mut() {
                Some((_, end)) if *end + 1 == c => *end = c,
                _ => ranges.push((c, c)),
            }
        }
        found.push(Family { name: info.family.clone(), ranges });
    }
    found
}

/// Without PDF support there are no leaflets to set.
#[cfg(not(feature = "pdf"))]
pub fn families(_: &[(PathBuf, Vec<u8>)]) -> Vec<Family> {
    Vec::new()
}
