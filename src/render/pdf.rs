//! PDF leaflets: typst markup (from a tera template) compiled in process into tagged PDF/UA-1.
//!
//! The engine is built once per build: the standard library, and the fonts a
//! leaflet may use (a site's own `fonts/` folder first, then DejaVu Sans from
//! the system, then typst's embedded fonts). Each leaflet is then a pure
//! function of its typst source, so leaflets compile in parallel.

use std::path::{Path, PathBuf};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// Where Debian (and most Linux systems) keep DejaVu Sans.
const SYSTEM_FONT_DIRS: &[&str] = &["/usr/share/fonts", "/usr/local/share/fonts"];

/// The stack of the thread each leaflet compiles on: typst lays out nested
/// content recursively.
const COMPILE_STACK: usize = 64 * 1024 * 1024;

/// How many leaflets an unused typst cache entry survives.
const EVICT_AFTER: usize = 12;

/// The system family used when a site brings no font of its own.
pub const DEFAULT_FAMILY: &str = "DejaVu Sans";

/// The font a locale's leaflets use, and which of its faces can be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontChoice {
    /// The body family.
    pub family: String,
    /// The family's italic face lacks some of the text's characters: set emphasis upright.
    pub upright_emphasis: bool,
    /// The family's bold face lacks some of the text's characters: set strong text in the regular weight.
    pub regular_strong: bool,
}

/// The typst library and fonts, shared by every leaflet of a build.
pub struct PdfEngine {
    library: LazyHash<Library>,
    fonts: FontStore,
    /// Every face, to check the italic and bold faces of the chosen family.
    faces: Vec<FontInfo>,
    /// Candidate body families in order of preference, each with its regular face.
    families: Vec<(String, FontInfo)>,
}

impl PdfEngine {
    /// Loads fonts: the site's own font files as loaded (a trust's brand font),
    /// DejaVu Sans from the system, and typst's embedded fonts.
    pub fn new(site_fonts: &[(PathBuf, Vec<u8>)]) -> PdfEngine {
        let mut fonts = FontStore::new();
        let mut families: Vec<(String, FontInfo)> = Vec::new();
        let mut faces = Vec::new();
        let mut data: Vec<Vec<u8>> = site_fonts.iter().map(|(_, bytes)| bytes.clone()).collect();
        for dir in SYSTEM_FONT_DIRS {
            let files = font_files(Path::new(dir), |name| name.starts_with("DejaVuSans") && !name.contains("Mono"));
            data.extend(files.iter().filter_map(|path| std::fs::read(path).ok()));
        }
        for data in data {
            for font in Font::iter(Bytes::new(data)) {
                let info = font.info().clone();
                let regular =
                    info.variant.weight.to_number() == 400 && info.variant.style == typst::text::FontStyle::Normal;
                if regular && !families.iter().any(|(f, _)| f.eq_ignore_ascii_case(&info.family)) {
                    families.push((info.family.clone(), info.clone()));
                }
                faces.push(info.clone());
                fonts.push((font, info));
            }
        }
        // typst's own fonts come last: a Latin fallback when the system has no DejaVu Sans.
        for (font, info) in typst_kit::fonts::embedded() {
            let regular =
                info.variant.weight.to_number() == 400 && info.variant.style == typst::text::FontStyle::Normal;
            if regular && !families.iter().any(|(f, _)| f.eq_ignore_ascii_case(&info.family)) {
                families.push((info.family.clone(), info.clone()));
            }
            faces.push(info.clone());
            fonts.push((font, info));
        }
        PdfEngine { library: LazyHash::new(Library::default()), fonts, faces, families }
    }

    /// The first body family whose regular face has a glyph for every character of
    /// `text`, or the first character no family covers. Emphasis and strong text
    /// use the family's italic and bold faces; where such a face lacks a glyph
    /// (DejaVu Sans Oblique has no Arabic), the choice says to set that text
    /// upright or in the regular weight instead of failing.
    pub fn choose_family(&self, text: &str) -> Result<FontChoice, char> {
        let needed: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect();
        let covers = |info: &FontInfo| needed.iter().all(|c| info.coverage.contains(*c as u32));
        for (family, info) in &self.families {
            if covers(info) {
                let faces: Vec<&FontInfo> =
                    self.faces.iter().filter(|f| f.family.eq_ignore_ascii_case(family)).collect();
                let face_covers = |italic: bool, bold: bool| {
                    faces.iter().any(|f| {
                        let is_italic = f.variant.style != typst::text::FontStyle::Normal;
                        let is_bold = f.variant.weight.to_number() >= 600;
                        is_italic == italic && is_bold == bold && covers(f)
                    })
                };
                return Ok(FontChoice {
                    family: family.clone(),
                    upright_emphasis: !face_covers(true, false),
                    regular_strong: !face_covers(false, true),
                });
            }
        }
        let best = self.families.first().map(|(_, i)| i);
        Err(needed.into_iter().find(|c| best.is_none_or(|i| !i.coverage.contains(*c as u32))).unwrap_or('?'))
    }

    /// Compiles typst `source` into PDF/UA-1 bytes. `ident` identifies the document
    /// stably across builds; no timestamp is written, so output is repeatable.
    ///
    /// The compile runs on a thread of its own, outside informed's pool of page
    /// jobs: typst's PDF writer waits for its parallel work with
    /// `rayon::yield_now()`, which on a pool worker would start other queued
    /// pages on the same stack, one inside another, until the stack overflows
    /// (100 procedures were enough). On its own thread its parallel work goes
    /// to rayon's global pool, where no page jobs wait.
    pub fn pdf(&self, source: String, ident: &str) -> Result<Vec<u8>, String> {
        std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name("typst".to_string())
                .stack_size(COMPILE_STACK)
                .spawn_scoped(scope, || self.compile(source, ident))
                .map_err(|e| format!("cannot start the PDF compiler: {e}"))?
                .join()
                .map_err(|_| "the PDF compiler stopped unexpectedly".to_string())?
        })
    }

    fn compile(&self, source: String, ident: &str) -> Result<Vec<u8>, String> {
        let world = LeafletWorld { engine: self, source: Source::detached(source) };
        let warned = typst::compile::<PagedDocument>(&world);
        let document = warned.output.map_err(|errors| describe(&world, errors.as_slice()))?;
        let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| format!("{e:?}"))?;
        let options = PdfOptions {
            ident: Smart::Custom(ident.to_string()),
            creator: Smart::Custom(Some("informed".to_string())),
            timestamp: None,
            page_ranges: None,
            standards,
            tagged: true,
            pretty: false,
        };
        let bytes = typst_pdf::pdf(&document, &options).map_err(|errors| describe(&world, errors.as_slice()));
        // typst memoizes layout across compilations; left alone, a build of many
        // leaflets keeps every one of them in memory. Entries unused for the last
        // few leaflets go, which keeps memory flat and the build faster.
        typst::comemo::evict(EVICT_AFTER);
        bytes
    }
}

/// typst's diagnostics, with the line of the generated source they point at.
fn describe(world: &LeafletWorld<'_>, errors: &[typst::diag::SourceDiagnostic]) -> String {
    use typst::WorldExt;
    errors
        .iter()
        .map(|e| {
            let line = world
                .range(e.span)
                .and_then(|r| world.source.text().get(..r.start).map(|t| t.matches('\n').count() + 1));
            match line {
                Some(l) => format!("{} (line {l} of the generated leaflet source)", e.message),
                None => e.message.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

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

/// The world one leaflet compiles in: its source, the shared library and fonts, no files, no clock.
struct LeafletWorld<'a> {
    engine: &'a PdfEngine,
    source: Source,
}

impl World for LeafletWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.engine.fonts.book()
    }

    fn main(&self) -> FileId {
        self.source.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() { Ok(self.source.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn file(&self, _: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.font(index)
    }

    fn today(&self, _: Option<Duration>) -> Option<Datetime> {
        None
    }
}
