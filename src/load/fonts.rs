//! The system fonts PDF leaflets fall back on: DejaVu Sans, read where Debian
//! (and most Linux systems) keep it. A site's own `fonts/` come first.

use std::path::{Path, PathBuf};

/// Where Debian (and most Linux systems) keep DejaVu Sans.
const SYSTEM_FONT_DIRS: &[&str] = &["/usr/share/fonts", "/usr/local/share/fonts"];

/// DejaVu Sans (every face but the monospaced ones) from the system, path and bytes, in name order.
pub fn system_fonts() -> Vec<(PathBuf, Vec<u8>)> {
    let keep = |name: &str| name.starts_with("DejaVuSans") && !name.contains("Mono");
    SYSTEM_FONT_DIRS
        .iter()
        .flat_map(|dir| font_files(Path::new(dir), keep))
        .filter_map(|path| std::fs::read(&path).ok().map(|bytes| (path, bytes)))
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
