//! PDF leaflets: a plain typst template fed with the leaflet's data as JSON,
//! compiled in process into tagged PDF/UA-1.
//!
//! The engine is built once per build: the standard library, and the fonts a
//! leaflet may use (a site's own `fonts/` folder first, then DejaVu Sans from
//! the system, then typst's embedded fonts). Each leaflet is then a pure
//! function of its template and its data, so leaflets compile in parallel.
//!
//! The template reads its data with `json(sys.inputs.data)`. In process,
//! `sys.inputs.data` is [`DATA_PATH`] and the world serves the leaflet's JSON
//! there from memory: nothing is written to disk, and the template can read no
//! other file. typst's own command line, given no `data` input, lets the
//! template fall back to the sample data in the repository.

pub mod frames;
pub mod worker;

use sha2::Digest;
use std::path::PathBuf;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration, Smart, Str, Value};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// The stack of the thread each leaflet compiles on: typst lays out nested
/// content recursively.
const COMPILE_STACK: usize = 64 * 1024 * 1024;

/// How many leaflets an unused typst cache entry survives.
const EVICT_AFTER: usize = 12;

/// Where the leaflet's data is served to the template, as `sys.inputs.data`.
pub const DATA_PATH: &str = "/leaflet.json";

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
    /// Images a template may show (the site's logo), at `/static/<path>`.
    images: Vec<(String, Bytes)>,
    /// A hash of everything above that a PDF depends on, and of informed's and
    /// typst's versions: part of every cache key.
    identity: String,
    /// Where compiled PDFs are kept between builds, if anywhere.
    cache: Option<std::sync::Arc<dyn super::PdfStore>>,
    /// The fonts as given, for workers.
    given_fonts: Vec<(PathBuf, Vec<u8>)>,
    /// The images as given, for workers.
    given_images: Vec<(String, Vec<u8>)>,
    /// Worker processes that compile each document within a budget, if used
    /// (the `informed` program uses them; the library compiles in process).
    pool: Option<worker::Pool>,
}

impl PdfEngine {
    /// Takes the fonts as loaded, in order of preference (a site's own, a
    /// trust's brand font, then DejaVu Sans from the system), and typst's
    /// embedded fonts after them.
    pub fn new(fonts_loaded: &[(PathBuf, Vec<u8>)]) -> PdfEngine {
        let mut fonts = FontStore::new();
        let mut families: Vec<(String, FontInfo)> = Vec::new();
        let mut faces = Vec::new();
        let data: Vec<Vec<u8>> = fonts_loaded.iter().map(|(_, bytes)| bytes.clone()).collect();
        let mut add = |font: Font, info: FontInfo| {
            let regular =
                info.variant.weight.to_number() == 400 && info.variant.style == typst::text::FontStyle::Normal;
            if regular && !families.iter().any(|(f, _)| f.eq_ignore_ascii_case(&info.family)) {
                families.push((info.family.clone(), info.clone()));
            }
            faces.push(info.clone());
            fonts.push((font, info));
        };
        for data in data {
            for font in Font::iter(Bytes::new(data)) {
                let info = font.info().clone();
                add(font, info);
            }
        }
        // typst's own fonts come last: a Latin fallback when the system has no DejaVu Sans.
        for (font, info) in typst_kit::fonts::embedded() {
            add(font, info);
        }
        let inputs: Dict = [(Str::from("data"), Value::Str(DATA_PATH.into()))].into_iter().collect();
        let library = Library::builder().with_inputs(inputs).build();
        let mut identity = sha2::Sha256::new();
        identity.update(format!("informed {} typst {PDF_WRITER}\n", env!("CARGO_PKG_VERSION")));
        for (_, bytes) in fonts_loaded {
            identity.update((bytes.len() as u64).to_le_bytes());
            identity.update(bytes);
        }
        let identity = hex(&identity.finalize());
        PdfEngine {
            library: LazyHash::new(library),
            fonts,
            faces,
            families,
            images: Vec::new(),
            identity,
            cache: None,
            given_fonts: fonts_loaded.to_vec(),
            given_images: Vec::new(),
            pool: None,
        }
    }

    /// The engine keeping every PDF it compiles in `cache`, and taking from it
    /// any PDF whose inputs it has seen before.
    pub fn with_cache(mut self, cache: std::sync::Arc<dyn super::PdfStore>) -> PdfEngine {
        self.cache = Some(cache);
        self
    }

    /// The engine compiling each document in a worker process held to
    /// `budget` ([`worker`]), rather than in this process.
    pub fn with_budget(mut self, budget: worker::Budget) -> PdfEngine {
        self.pool = Some(worker::Pool::new(budget, &self.given_fonts, &self.given_images));
        self
    }

    /// The engine with images templates may show, each a file of `static/`
    /// (its path there, and its bytes), at `/static/<path>`.
    pub fn with_images(mut self, images: &[(String, Vec<u8>)]) -> PdfEngine {
        self.given_images = images.to_vec();
        self.images = images.iter().map(|(path, bytes)| (path.clone(), Bytes::new(bytes.clone()))).collect();
        let mut identity = sha2::Sha256::new();
        identity.update(self.identity.as_bytes());
        for (path, bytes) in images {
            for part in [path.as_bytes(), bytes] {
                identity.update((part.len() as u64).to_le_bytes());
                identity.update(part);
            }
        }
        self.identity = hex(&identity.finalize());
        self
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

    /// Compiles the typst template `name` (its text `source`, from the site's
    /// `templates/` or the built-in ones) with `data`, the leaflet's JSON, into
    /// PDF/UA-1 bytes. `ident` identifies the document stably across builds; no
    /// timestamp is written, so output is repeatable. An error names the
    /// template, the line and typst's message; a page with something drawn
    /// past its edge is an error too (see [`frames::overflow`]).
    ///
    /// The compile runs on a thread of its own, outside informed's pool of page
    /// jobs: typst's PDF writer waits for its parallel work with
    /// `rayon::yield_now()`, which on a pool worker would start other queued
    /// pages on the same stack, one inside another, until the stack overflows
    /// (100 procedures were enough). On its own thread its parallel work goes
    /// to rayon's global pool, where no page jobs wait.
    pub fn pdf(&self, name: &str, source: &str, data: Vec<u8>, ident: &str) -> Result<Vec<u8>, String> {
        let key = self.key(&[name.as_bytes(), source.as_bytes(), &data, ident.as_bytes()]);
        if let Some(bytes) = self.cached(&key) {
            return Ok(bytes);
        }
        let (bytes, _) = self.compile_once(name, source, data, ident, Imposition::None)?;
        self.keep(&key, &bytes);
        Ok(bytes)
    }

    /// Like [`PdfEngine::pdf`], from one layout two PDFs: the pages in reading
    /// order (tagged PDF/UA-1, for screens and screen readers), and the same
    /// pages imposed as a booklet, two to a sheet twice their width, to print
    /// on both sides and fold ([`frames::booklet`]; `right_to_left` binds it on
    /// the right).
    pub fn pdf_and_booklet(
        &self,
        name: &str,
        source: &str,
        data: Vec<u8>,
        ident: &str,
        right_to_left: bool,
    ) -> Result<(Vec<u8>, Vec<u8>), String> {
        let key = self.key(&[name.as_bytes(), source.as_bytes(), &data, ident.as_bytes()]);
        let imposition = Imposition::Booklet { right_to_left };
        let booklet_key = self.key(&[name.as_bytes(), source.as_bytes(), &data, ident.as_bytes(), imposition.name()]);
        if let (Some(pages), Some(booklet)) = (self.cached(&key), self.cached(&booklet_key)) {
            return Ok((pages, booklet));
        }
        let (pages, booklet) = self.compile_once(name, source, data, ident, imposition)?;
        let booklet = booklet.ok_or_else(|| format!("templates/{name}: the PDF compiler made no booklet"))?;
        self.keep(&key, &pages);
        self.keep(&booklet_key, &booklet);
        Ok((pages, booklet))
    }

    /// The cache key of a PDF made from `parts` by this engine, when there is a cache.
    fn key(&self, parts: &[&[u8]]) -> Option<String> {
        self.cache.as_ref()?;
        let mut key = sha2::Sha256::new();
        for part in std::iter::once(self.identity.as_bytes()).chain(parts.iter().copied()) {
            key.update((part.len() as u64).to_le_bytes());
            key.update(part);
        }
        Some(hex(&key.finalize()))
    }

    fn cached(&self, key: &Option<String>) -> Option<Vec<u8>> {
        self.cache.as_ref()?.get(key.as_ref()?)
    }

    fn keep(&self, key: &Option<String>, bytes: &[u8]) {
        if let (Some(cache), Some(key)) = (&self.cache, key) {
            cache.put(key, bytes);
        }
    }

    /// Lays out one document, in a worker or in this process, and writes its
    /// PDF (and, for a booklet, the imposed one too).
    fn compile_once(
        &self,
        name: &str,
        source: &str,
        data: Vec<u8>,
        ident: &str,
        imposition: Imposition,
    ) -> Result<(Vec<u8>, Option<Vec<u8>>), String> {
        match &self.pool {
            Some(pool) => pool.compile(name, source, &data, ident, imposition),
            None => self.compile_in_process(name, source, data, ident, imposition),
        }
    }

    /// Compiles one document in this process (see [`PdfEngine::pdf`]).
    fn compile_in_process(
        &self,
        name: &str,
        source: &str,
        data: Vec<u8>,
        ident: &str,
        imposition: Imposition,
    ) -> Result<(Vec<u8>, Option<Vec<u8>>), String> {
        std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name("typst".to_string())
                .stack_size(COMPILE_STACK)
                .spawn_scoped(scope, || {
                    let world = LeafletWorld::new(self, name, source, data)?;
                    let made = layout(&world).and_then(|document| {
                        let pdf = export(&world, &document, ident, true)?;
                        let Imposition::Booklet { right_to_left } = imposition else {
                            return Ok((pdf, None));
                        };
                        let imposed = frames::booklet(&document, right_to_left);
                        if let Some(overflow) = frames::overflow(&imposed) {
                            return Err(format!("templates/{name}: the booklet's {overflow}"));
                        }
                        Ok((pdf, Some(export(&world, &imposed, &format!("{ident}/booklet"), false)?)))
                    });
                    // typst memoizes layout across compilations; left alone, a build of many
                    // leaflets keeps every one of them in memory. Entries unused for the last
                    // few leaflets go, which keeps memory flat and the build faster.
                    typst::comemo::evict(EVICT_AFTER);
                    made
                })
                .map_err(|e| format!("cannot start the PDF compiler: {e}"))?
                .join()
                .map_err(|_| "the PDF compiler stopped unexpectedly".to_string())?
        })
        .map_err(|e| {
            // A site's template from before PDF templates were fed data.
            if source.contains("{{") || source.contains("{%") {
                format!(
                    "{e} (`templates/{name}` looks like a tera template: PDF templates are plain typst that read \
                     the leaflet with `json(sys.inputs.data)`, see the built-in one)"
                )
            } else {
                e
            }
        })
    }
}

/// How a document's pages are laid on paper besides the PDF in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imposition {
    /// Only the pages in reading order.
    None,
    /// Also the pages imposed as a booklet ([`frames::booklet`]), bound on the
    /// right for a right-to-left language.
    Booklet {
        /// The language reads right to left.
        right_to_left: bool,
    },
}

impl Imposition {
    /// Its name, in cache keys and in what a worker is sent.
    pub fn name(self) -> &'static [u8] {
        match self {
            Imposition::None => b"",
            Imposition::Booklet { right_to_left: false } => b"booklet-ltr",
            Imposition::Booklet { right_to_left: true } => b"booklet-rtl",
        }
    }

    /// The imposition named `name`.
    pub fn named(name: &[u8]) -> Imposition {
        match name {
            b"booklet-ltr" => Imposition::Booklet { right_to_left: false },
            b"booklet-rtl" => Imposition::Booklet { right_to_left: true },
            _ => Imposition::None,
        }
    }
}

/// The document the template lays out, every page checked to hold all it draws.
fn layout(world: &LeafletWorld<'_>) -> Result<PagedDocument, String> {
    let warned = typst::compile::<PagedDocument>(world);
    let document = warned.output.map_err(|errors| describe(world, errors.as_slice()))?;
    match frames::overflow(&document) {
        Some(overflow) => Err(format!(
            "templates/{}: {overflow}, so it would be cut off in print (make it narrower, or let it wrap)",
            world.name
        )),
        None => Ok(document),
    }
}

/// The PDF of `document`: tagged PDF/UA-1, or untagged for a document only printed.
fn export(world: &LeafletWorld<'_>, document: &PagedDocument, ident: &str, tagged: bool) -> Result<Vec<u8>, String> {
    let standards = if tagged {
        PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| format!("{e:?}"))?
    } else {
        PdfStandards::default()
    };
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some("informed".to_string())),
        timestamp: None,
        page_ranges: None,
        standards,
        tagged,
        pretty: false,
    };
    typst_pdf::pdf(document, &options).map_err(|errors| describe(world, errors.as_slice()))
}

/// How many pages a PDF informed wrote has: the `/Count` of its page tree's
/// root, which typst writes as plain text (`/Type/Pages/Count 8`). Read from
/// the bytes, so a PDF taken from the cache is counted like a new one.
pub fn page_count(pdf: &[u8]) -> Option<u32> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type/Pages")
        .filter_map(|(at, _)| {
            let dictionary = &text[at..];
            let dictionary = &dictionary[..dictionary.find(">>").unwrap_or(dictionary.len())];
            let count = &dictionary[dictionary.find("/Count")? + "/Count".len()..];
            count.trim_start().split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
        })
        .max()
}

/// The typst the PDFs are written with, for cache keys (a new typst may write other bytes).
const PDF_WRITER: &str = "0.15.1";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How many of typst's errors a message shows: a template that is not typst
/// at all gives hundreds, and the first few say what is wrong.
const ERRORS_SHOWN: usize = 5;

/// typst's diagnostics, each with the template and line it points at.
fn describe(world: &LeafletWorld<'_>, errors: &[typst::diag::SourceDiagnostic]) -> String {
    use typst::WorldExt;
    let template = format!("templates/{}", world.name);
    let mut text = errors
        .iter()
        .take(ERRORS_SHOWN)
        .map(|e| {
            let line = (e.span.id() == Some(world.main.id()))
                .then(|| world.range(e.span))
                .flatten()
                .and_then(|r| world.main.text().get(..r.start).map(|t| t.matches('\n').count() + 1));
            let hints: String = e.hints.iter().map(|h| format!(" (hint: {})", h.v)).collect();
            match line {
                Some(l) => format!("{template}, line {l}: {}{hints}", e.message),
                None if e.span.id() == Some(world.data.0) => {
                    format!("{template}: the leaflet data: {}{hints}", e.message)
                }
                None => format!("{template}: {}{hints}", e.message),
            }
        })
        .collect::<Vec<_>>()
        .join("; ");
    if errors.len() > ERRORS_SHOWN {
        text.push_str(&format!("; and {} more", errors.len() - ERRORS_SHOWN));
    }
    text
}

/// The world one leaflet compiles in: its template, its data, the shared
/// library and fonts; no other file, no clock.
struct LeafletWorld<'a> {
    engine: &'a PdfEngine,
    /// The template's name in `templates/`, for messages.
    name: String,
    /// The template, at `/templates/<name>`.
    main: Source,
    /// The leaflet's JSON, at [`DATA_PATH`].
    data: (FileId, Bytes),
    /// The engine's images, each at its place.
    images: Vec<(FileId, Bytes)>,
}

impl<'a> LeafletWorld<'a> {
    fn new(engine: &'a PdfEngine, name: &str, source: &str, data: Vec<u8>) -> Result<LeafletWorld<'a>, String> {
        let images = engine
            .images
            .iter()
            .filter_map(|(path, bytes)| {
                let id = VirtualPath::new(format!("/static/{path}")).ok()?;
                Some((RootedPath::new(VirtualRoot::Project, id).intern(), bytes.clone()))
            })
            .collect();
        let id = |path: &str| {
            VirtualPath::new(path)
                .map(|p| RootedPath::new(VirtualRoot::Project, p).intern())
                .map_err(|e| format!("templates/{name}: {e}"))
        };
        let main = Source::new(id(&format!("/templates/{name}"))?, source.to_string());
        Ok(LeafletWorld { engine, name: name.to_string(), main, data: (id(DATA_PATH)?, Bytes::new(data)), images })
    }
}

impl World for LeafletWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.engine.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() { Ok(self.main.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data.0 {
            return Ok(self.data.1.clone());
        }
        self.images.iter().find(|(i, _)| *i == id).map(|(_, b)| b.clone()).ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.font(index)
    }

    fn today(&self, _: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// Every string value in `data`, one a line: the text a PDF font must cover.
pub fn data_text(data: &serde_json::Value) -> String {
    fn collect(value: &serde_json::Value, out: &mut String) {
        match value {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    collect(data, &mut out);
    out
}
