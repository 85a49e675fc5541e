//! The only door through which a site's files come in: regular files from
//! inside the site folder, read with a bound, in UTF-8.
//!
//! A content folder often arrives through a pull request from someone outside
//! the web team and is built by CI. So before any byte is read:
//!
//! 1. the file's real path (every link resolved) must lie inside the site
//!    folder: a link to `/etc/passwd` or `/proc/self/environ` is refused;
//! 2. a link is followed once at most (a link to a link is refused), and a
//!    loop is refused;
//! 3. it must be a regular file: a named pipe would hang the build, a device
//!    such as `/dev/zero` would never end;
//! 4. it must be no larger than its limit, and is read with that bound even
//!    if it grows while being read.
//!
//! Text is then decoded as UTF-8 (a byte-order mark, as Windows Notepad
//! writes, is dropped), and lines longer than [`MAX_LINE`] are refused.
//! Every limit is documented in docs/diagnostics.md.

use crate::diagnostic::{Diagnostic, Location};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest YAML, Fluent or template file read, in bytes.
pub const MAX_TEXT_FILE: u64 = 1024 * 1024;
/// The largest translation state file (`l10n-state.yaml`): it grows by about
/// 3 KB per procedure, so a library of 10,000 procedures fits.
pub const MAX_STATE_FILE: u64 = 64 * 1024 * 1024;
/// The largest Markdown section, in bytes: about 40,000 words, far beyond any leaflet.
pub const MAX_MARKDOWN_FILE: u64 = 256 * 1024;
/// The largest font file, in bytes.
pub const MAX_FONT_FILE: u64 = 64 * 1024 * 1024;
/// The longest line in any text file, in characters.
pub const MAX_LINE: usize = 20_000;
/// The most text a site may hold in all, in bytes: room for a national
/// library of a thousand procedures in a dozen languages.
pub const MAX_TOTAL: u64 = 2 * 1024 * 1024 * 1024;

/// Reads files for one folder, refusing anything from outside it.
///
/// A guard made for a site ([`Guard::new`]) is narrowed to each kind of
/// input with [`Guard::scoped`]: a file of `content/` must really be in
/// `content/`, a template in `templates/`, and so on, so a link cannot carry
/// one kind of file into another's place. Under the site folder nothing
/// hidden is read: no dotfile and nothing under a dot-folder (`.git`, `.env`,
/// an editor's `.idea`), whether named directly or reached through a link.
/// `static/` may hold the few hidden files a web server reads
/// ([`PUBLISHED_HIDDEN`]).
#[derive(Debug, Clone)]
pub struct Guard {
    /// The folder this guard reads from, with every link resolved.
    root: PathBuf,
    /// The folder hidden names are counted from (the site folder, or `root`).
    base: PathBuf,
    /// Which hidden names may be read.
    hidden: Hidden,
    /// Every text read (up to [`SOURCES_KEPT`] in all), by the path it was
    /// read at, and how much that is: what a report shows around a problem,
    /// so nothing is read again to show it.
    read: std::sync::Arc<std::sync::Mutex<(Sources, usize)>>,
}

/// Which hidden files and folders a guard reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hidden {
    /// None.
    Never,
    /// Only those a web server reads from a published folder ([`PUBLISHED_HIDDEN`]).
    Published,
}

/// The hidden files and folders `static/` may publish: a web server's own
/// settings and the `.well-known` folder (`security.txt`, app links). Any
/// other hidden name there is an error, since it would be published.
pub const PUBLISHED_HIDDEN: &[&str] = &[".htaccess", ".nojekyll", ".well-known"];

/// Hidden files left behind by tools, skipped without a word wherever they are.
pub const HOUSEKEEPING: &[&str] = &[".DS_Store", ".gitkeep", ".gitignore", ".keep"];

/// How much text the guard keeps a copy of for reports.
const SOURCES_KEPT: usize = 64 * 1024 * 1024;

/// The text of every file load read, by the path diagnostics name it by.
pub type Sources = std::collections::BTreeMap<PathBuf, String>;

impl Guard {
    /// A guard for the site folder `root` (which must exist).
    pub fn new(root: &Path) -> Result<Guard, Diagnostic> {
        let root = if root.as_os_str().is_empty() { Path::new(".") } else { root };
        match root.canonicalize() {
            Ok(root) => Ok(Guard { base: root.clone(), root, hidden: Hidden::Never, read: std::sync::Arc::default() }),
            Err(err) => Err(Diagnostic::error(
                "unreadable-file",
                &Location::start_of(root),
                format!("cannot open the site folder: {err}"),
            )),
        }
    }

    /// A guard for a folder outside any site (the PDF cache, the version
    /// archive), which must exist: only what is really inside it is read,
    /// and nothing hidden under it.
    pub fn folder(dir: &Path) -> Result<Guard, Diagnostic> {
        Guard::new(dir)
    }

    /// This guard narrowed to `folder`, a folder directly inside its own
    /// (one kind of input: `content/`, `locales/`, `templates/`, `fonts/`),
    /// keeping its idea of hidden names and its copies of texts read. A
    /// folder that is a link reads nothing: each file in it is refused as
    /// being outside the folder it belongs to.
    pub fn scoped(&self, folder: &Path) -> Guard {
        let name = folder.file_name().map(PathBuf::from).unwrap_or_default();
        let root = self.root.join(name);
        Guard { root, base: self.base.clone(), hidden: Hidden::Never, read: self.read.clone() }
    }

    /// A guard for a library of this site: `dir` (`libraries/<name>/`, a git
    /// submodule or a release unpacked there) read as a folder of its own.
    /// Its real path must lie inside this guard's folder (the site's), so a
    /// library is a door into nothing the site does not hold; nothing hidden
    /// in it is read (a submodule's `.git`). Its `content/`, `locales/` and
    /// `templates/` are then read through [`Guard::scoped`] as a site's are.
    pub fn library(&self, dir: &Path) -> Result<Guard, Diagnostic> {
        let at = Location::start_of(dir);
        let real = dir.canonicalize().map_err(|err| {
            Diagnostic::error("library-missing", &at, format!("cannot open the library folder: {err}"))
        })?;
        if !real.starts_with(&self.root) {
            return Err(Diagnostic::error(
                "outside-site",
                &at,
                format!("this leads to `{}`, outside the site folder", real.display()),
            )
            .with_hint("a library sits inside the site folder, in `libraries/`: add it as a git submodule there, or copy it in"));
        }
        if let Some(name) = self.hidden_part(&real, true) {
            return Err(Diagnostic::error(
                "hidden-file",
                &at,
                format!(
                    "this leads to `{}`, which is hidden (`{name}`): hidden folders are never read",
                    real.display()
                ),
            ));
        }
        if !real.is_dir() {
            return Err(Diagnostic::error("not-a-file", &at, "a library is a folder, and this is not one"));
        }
        Ok(Guard { root: real, base: self.base.clone(), hidden: Hidden::Never, read: self.read.clone() })
    }

    /// [`Guard::scoped`] for `static/`, which may hold the hidden files a web
    /// server reads ([`PUBLISHED_HIDDEN`]).
    pub fn scoped_published(&self, folder: &Path) -> Guard {
        Guard { hidden: Hidden::Published, ..self.scoped(folder) }
    }

    /// The folder this guard reads from, with every link resolved.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether `name`, a hidden file or folder met while walking this guard's
    /// folder, may be read at all (see [`PUBLISHED_HIDDEN`]).
    pub fn reads_hidden(&self, name: &str) -> bool {
        self.hidden == Hidden::Published && PUBLISHED_HIDDEN.contains(&name)
    }

    /// The first hidden name in `real` (a resolved path) below the base
    /// folder that this guard may not read, if any.
    fn hidden_part(&self, real: &Path, through_link: bool) -> Option<String> {
        let relative = real.strip_prefix(&self.base).ok()?;
        let mut names = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
        names.find(|name| {
            name.starts_with('.') && (through_link || self.hidden == Hidden::Never || !self.reads_hidden(name))
        })
    }

    /// Whether `path` is something to read here: `Ok(true)` for a regular file,
    /// `Ok(false)` for a folder, an error for anything outside the site, a
    /// link to a link, a loop, or a pipe, device or socket.
    pub fn admit(&self, path: &Path) -> Result<bool, Diagnostic> {
        let at = Location::start_of(path);
        let meta = std::fs::symlink_metadata(path)
            .map_err(|err| Diagnostic::error("unreadable-file", &at, format!("cannot read this file: {err}")))?;
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(path).unwrap_or_default();
            let hop = path.parent().unwrap_or(Path::new(".")).join(&target);
            if std::fs::symlink_metadata(&hop).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(Diagnostic::error(
                    "link-chain",
                    &at,
                    format!("this is a link to `{}`, which is itself a link", target.display()),
                )
                .with_hint("informed follows a link once at most: point it straight at the file"));
            }
        }
        let real = path.canonicalize().map_err(|err| {
            Diagnostic::error("link-chain", &at, format!("this link cannot be followed: {err}"))
                .with_hint("a link that leads nowhere, or round in a loop, cannot be read")
        })?;
        if !real.starts_with(&self.root) {
            let inside_base = real.starts_with(&self.base) && self.base != self.root;
            let (what, hint) = if inside_base {
                (
                    format!(
                        "this leads to `{}`, outside `{}`, where this kind of file belongs",
                        real.display(),
                        self.root.display()
                    ),
                    "a link may not carry a file from one folder of the site into another: copy the file instead",
                )
            } else {
                (
                    format!("this leads to `{}`, outside the folder it belongs to", real.display()),
                    "informed reads only files inside the site folder: copy the file in instead of linking to it",
                )
            };
            return Err(Diagnostic::error("outside-site", &at, what).with_hint(hint));
        }
        let through_link = meta.file_type().is_symlink();
        if let Some(name) = self.hidden_part(&real, through_link) {
            return Err(Diagnostic::error(
                "hidden-file",
                &at,
                if through_link {
                    format!(
                        "this leads to `{}`, which is hidden (`{name}`): hidden files are never read",
                        real.display()
                    )
                } else {
                    format!("`{name}` is hidden: hidden files are never read or published")
                },
            )
            .with_hint(
                "hidden files and folders (`.git`, `.env`, keys) can hold secrets; informed reads none of them. \
                 In `static/`, only .htaccess, .nojekyll and the .well-known folder are published",
            ));
        }
        let meta = std::fs::metadata(&real)
            .map_err(|err| Diagnostic::error("unreadable-file", &at, format!("cannot read this file: {err}")))?;
        if meta.is_dir() {
            return Ok(false);
        }
        if !meta.is_file() {
            return Err(Diagnostic::error("not-a-file", &at, format!("this is {}, not a file", kind_of(&meta)))
                .with_hint("content, translations, templates and fonts must be ordinary files"));
        }
        Ok(true)
    }

    /// The bytes of the regular file `path`, at most `limit` of them.
    pub fn read_bytes(&self, path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
        let at = Location::start_of(path);
        if !self.admit(path)? {
            return Err(Diagnostic::error("not-a-file", &at, "this is a folder, not a file"));
        }
        let too_large = || {
            Diagnostic::error("file-too-large", &at, format!("this file is larger than the limit of {}", size(limit)))
                .with_hint("no real leaflet comes near this limit: check that this is the right file")
        };
        let file = open_regular(path).map_err(|err| match err {
            Opened::NotAFile(kind) => Diagnostic::error("not-a-file", &at, format!("this is {kind}, not a file"))
                .with_hint("content, translations, templates and fonts must be ordinary files"),
            Opened::Failed(err) => Diagnostic::error("unreadable-file", &at, format!("cannot read this file: {err}")),
        })?;
        if file.metadata().is_ok_and(|m| m.len() > limit) {
            return Err(too_large());
        }
        // Exactly the file's size (and one byte to see it grow): the text keeps this buffer.
        let expected = file.metadata().map_or(0, |m| m.len()).min(limit) as usize;
        let mut bytes = Vec::with_capacity(expected + 1);
        file.take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|err| Diagnostic::error("unreadable-file", &at, format!("cannot read this file: {err}")))?;
        if bytes.len() as u64 > limit {
            return Err(too_large());
        }
        Ok(bytes)
    }

    /// The text of the regular file `path`: at most `limit` bytes of UTF-8,
    /// without a byte-order mark, no line longer than [`MAX_LINE`].
    pub fn read_text(&self, path: &Path, limit: u64) -> Result<String, Diagnostic> {
        let bytes = self.read_bytes(path, limit)?;
        let mut text = text(path, bytes)?;
        text.shrink_to_fit();
        if let Ok(mut read) = self.read.lock() {
            // A copy for reports, up to a budget: a library's worth of text is
            // not kept twice, and a report past the budget shows the hint alone.
            if read.1 + text.len() <= SOURCES_KEPT {
                read.1 += text.len();
                read.0.insert(path.to_path_buf(), text.clone());
            }
        }
        Ok(text)
    }

    /// Every text read so far.
    pub fn into_sources(self) -> Sources {
        self.read.lock().map(|mut read| std::mem::take(&mut read.0)).unwrap_or_default()
    }
}

/// Why a file could not be opened.
pub enum Opened {
    /// It is a pipe, a device, a socket or a folder (what it is).
    NotAFile(&'static str),
    /// The system refused.
    Failed(std::io::Error),
}

/// Opens `path` for reading only if it is a regular file. The file is opened
/// without waiting (a named pipe with no writer would otherwise hang the
/// open itself) and then checked, so a file swapped for a pipe or a device
/// between a check and the open is still refused.
pub fn open_regular(path: &Path) -> Result<std::fs::File, Opened> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc_nonblock());
    }
    let file = options.open(path).map_err(Opened::Failed)?;
    let meta = file.metadata().map_err(Opened::Failed)?;
    if meta.is_dir() {
        return Err(Opened::NotAFile("a folder"));
    }
    if !meta.is_file() {
        return Err(Opened::NotAFile(kind_of(&meta)));
    }
    Ok(file)
}

#[cfg(all(unix, target_os = "linux"))]
fn libc_nonblock() -> i32 {
    libc::O_NONBLOCK
}

#[cfg(all(unix, not(target_os = "linux")))]
fn libc_nonblock() -> i32 {
    // O_NONBLOCK on the BSDs and macOS.
    0x0004
}

/// A file named on the command line (audit data, an XLIFF file to import):
/// a regular file, at most `limit` bytes, read as UTF-8 text with its
/// byte-order mark dropped and its lines bounded, like every file a site holds.
pub fn read_given(path: &Path, limit: u64) -> Result<String, Diagnostic> {
    let at = Location::start_of(path);
    let file = open_regular(path).map_err(|err| match err {
        Opened::NotAFile(kind) => Diagnostic::error("not-a-file", &at, format!("this is {kind}, not a file"))
            .with_hint("give the path of an ordinary file"),
        Opened::Failed(err) => Diagnostic::error("unreadable-file", &at, format!("cannot read this file: {err}")),
    })?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| Diagnostic::error("unreadable-file", &at, format!("cannot read this file: {err}")))?;
    if bytes.len() as u64 > limit {
        return Err(Diagnostic::error(
            "file-too-large",
            &at,
            format!("this file is larger than the limit of {}", size(limit)),
        )
        .with_hint("check that this is the right file"));
    }
    text(path, bytes)
}

/// `bytes` as text: UTF-8, a leading byte-order mark dropped, lines bounded.
pub fn text(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let good = &err.as_bytes()[..err.utf8_error().valid_up_to()];
            let good = std::str::from_utf8(good).unwrap_or_default();
            let line = good.matches('\n').count() + 1;
            let column = good.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
            return Err(Diagnostic::error(
                "not-utf8",
                &Location::new(path, line, column),
                "this file is not UTF-8 text: there is a byte here that is not a character",
            )
            .with_hint("save the file as UTF-8 (in most editors: Save As, then choose the encoding)"));
        }
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    // A carriage return that ends a line by itself (as very old Mac editors
    // saved): every line would run into the next, and tools would read the
    // whole file as one line.
    if let Some(at) = text.match_indices('\r').map(|(i, _)| i).find(|&i| text.as_bytes().get(i + 1) != Some(&b'\n')) {
        let before = &text[..at];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
        return Err(Diagnostic::error(
            "line-endings",
            &Location::new(path, line, column),
            "this line ends with a carriage return alone, so the lines after it run together",
        )
        .with_hint("save the file with Unix (LF) or Windows (CRLF) line endings"));
    }
    let too_long = |line: &str| line.len() > MAX_LINE && line.chars().count() > MAX_LINE;
    if let Some((index, _)) = text.split('\n').enumerate().find(|(_, line)| too_long(line)) {
        return Err(Diagnostic::error(
            "line-too-long",
            &Location::new(path, index + 1, 1),
            format!("this line is longer than the limit of {MAX_LINE} characters"),
        )
        .with_hint("break the text into lines or paragraphs"));
    }
    Ok(text)
}

/// The first character in `text` that has no place in patient information:
/// NUL and other control characters, and invisible characters that change the
/// direction of text or hide in it (they could show a number reversed). Its
/// line, column and a name for it.
pub fn forbidden_character(text: &str) -> Option<(usize, usize, &'static str)> {
    forbidden(text, false)
}

/// [`forbidden_character`] for a translation: Fluent's own isolation marks
/// (U+2066 to U+2069), which translation tools may add around placeables, are
/// allowed there, since every formatted string has them stripped.
pub fn forbidden_in_translation(text: &str) -> Option<(usize, usize, &'static str)> {
    forbidden(text, true)
}

fn forbidden(text: &str, isolates_allowed: bool) -> Option<(usize, usize, &'static str)> {
    let (mut line, mut column) = (1, 1);
    for c in text.chars() {
        let name = match c {
            '\n' => {
                line += 1;
                column = 1;
                continue;
            }
            '\t' | '\r' => None,
            '\0' => Some("a NUL character"),
            '\u{1}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Some("a control character"),
            '\u{202a}'..='\u{202e}' => Some("a hidden character that changes the direction of text"),
            '\u{2066}'..='\u{2069}' if !isolates_allowed => Some("a hidden character that isolates a piece of text"),
            '\u{200b}' | '\u{2060}' | '\u{feff}' => Some("an invisible zero-width character"),
            _ => None,
        };
        if let Some(name) = name {
            return Some((line, column, name));
        }
        column += 1;
    }
    None
}

fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    let _ = meta;
    "something other than a file"
}

fn size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 { format!("{} MB", bytes / (1024 * 1024)) } else { format!("{} KB", bytes / 1024) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_are_found_with_their_place() {
        assert_eq!(forbidden_character("fine\ttext\r\n"), None);
        assert_eq!(
            forbidden_character("ab\ncd\u{202e}e"),
            Some((2, 3, "a hidden character that changes the direction of text"))
        );
        assert_eq!(forbidden_character("\0").map(|f| f.2), Some("a NUL character"));
        // Joiners that Persian, Urdu and Indic scripts need are allowed.
        assert_eq!(forbidden_character("می\u{200c}خواهم"), None);
    }

    #[test]
    fn text_drops_a_byte_order_mark_and_locates_bad_bytes() {
        assert_eq!(text(Path::new("x"), b"\xef\xbb\xbfkey: 1".to_vec()).unwrap(), "key: 1");
        let err = text(Path::new("x"), b"a\nbc\xffd".to_vec()).unwrap_err();
        assert_eq!((err.code, err.line, err.column), ("not-utf8", 2, 3));
        let err = text(Path::new("x"), format!("a\n{}", "x".repeat(MAX_LINE + 1)).into_bytes()).unwrap_err();
        assert_eq!((err.code, err.line), ("line-too-long", 2));
    }
}
