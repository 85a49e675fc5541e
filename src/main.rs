//! The `informed` command line: build, serve, check, new, schema, l10n.

#![warn(missing_docs)]

use clap::{Parser, Subcommand, ValueEnum};
use informed::check::CheckOptions;
use informed::diagnostic::{Diagnostic, Severity};
use informed::model::Date;
use informed::pipeline::BuildOptions;
use std::path::PathBuf;
use std::process::ExitCode;

#[path = "cli/corpus.rs"]
mod corpus;
#[path = "cli/report.rs"]
mod report;
#[path = "cli/translate.rs"]
mod translate;

#[derive(Parser)]
#[command(
    name = "informed",
    version,
    about = "Patient information for shared decision making: content in, web pages and leaflets out"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the content and write the site to the output folder.
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site. It is replaced whole, and only when the build succeeds.
        #[arg(long, short, default_value = "public")]
        output: PathBuf,
        /// Skip PDF leaflets (quicker while editing); the print HTML leaflets are still written.
        #[arg(long)]
        no_pdf: bool,
        /// Replace the output folder even if informed did not make it (everything in it is deleted).
        #[arg(long)]
        force: bool,
        /// Build even with `TODO`s left in the content (for a preview; never publish such a build).
        #[arg(long)]
        drafts: bool,
        /// The version archive: every PDF leaflet and consent insert the build
        /// publishes is added, keyed by version id, and never replaced or
        /// deleted. `archive` beside the output folder if not given.
        #[arg(long)]
        archive: Option<PathBuf>,
        /// Where to write the documents for clinicians (consent inserts, audit
        /// forms, governance packs), for an intranet: never inside the public
        /// site. `clinicians` beside the output folder if not given.
        #[arg(long)]
        clinicians: Option<PathBuf>,
        /// Where to keep compiled PDFs between builds, so a rebuild compiles only
        /// those whose words, numbers, template or fonts changed.
        /// `.informed-cache` beside the output folder if not given.
        #[arg(long)]
        cache: Option<PathBuf>,
        /// Compile every PDF again, and keep no cache.
        #[arg(long, conflicts_with = "cache")]
        no_cache: bool,
        /// Build only share I of N of the procedures (such as 2/4), into the cache
        /// only: run every share (on as many machines), put their caches in one
        /// folder, then build without --shard to assemble the site from it.
        #[arg(long, value_parser = informed::pipeline::Shard::parse)]
        shard: Option<informed::pipeline::Shard>,
    },
    /// Build, serve the site on localhost, and rebuild and refresh the browser on every save.
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site.
        #[arg(long, short, default_value = "public")]
        output: PathBuf,
        /// The port (0 picks a free one). If it is taken, the next free one above it is used.
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// The address to listen on. Anything but a loopback address shows your
        /// unpublished drafts to the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Also make PDF leaflets on every rebuild (slower; off by default while previewing).
        #[arg(long)]
        pdf: bool,
        /// Accepted for older scripts: PDFs are off unless `--pdf` is given.
        #[arg(long, hide = true, conflicts_with = "pdf")]
        no_pdf: bool,
        /// Look for changes by polling instead of the system's file events (network
        /// drives, some containers and virtual machines).
        #[arg(long)]
        poll: bool,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Preview only this procedure (by its folder name; repeat for more):
        /// in a library of hundreds, each save rebuilds only what you are
        /// working on. The index lists only these.
        #[arg(long = "procedure", value_name = "SLUG")]
        procedures: Vec<String>,
    },
    /// Check the content and translations; write nothing.
    Check {
        #[command(flatten)]
        site: SiteArgs,
        /// How to print what is found.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Treat warnings as errors (`--deny warnings`).
        #[arg(long, value_parser = ["warnings"])]
        deny: Option<String>,
        /// Leave out warnings with this code (repeatable), for example
        /// `--allow l10n-missing` while translations of a new procedure are under way.
        #[arg(long, value_name = "CODE")]
        allow: Vec<String>,
        /// Also print the IPDAS minimum-standards checklist for each procedure.
        #[arg(long)]
        ipdas: bool,
        /// Also print readability scores for each page and locale.
        #[arg(long)]
        readability: bool,
    },
    /// Audit: set a trust's audit data beside the leaflet's figures.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Start a new procedure or a new site from templates, with `TODO` where an editor fills in.
    New {
        #[command(subcommand)]
        what: NewCommand,
    },
    /// Write the JSON Schemas of `procedure.yaml` and `site.yaml`, for editors' tools.
    Schema {
        /// The folder to write `procedure.schema.json` and `site.schema.json` in.
        #[arg(long, short, default_value = "schema")]
        output: PathBuf,
    },
    /// Write a generated library of N procedures in L languages, for benchmarks
    /// (and with `--hugo`, the equivalent Hugo site).
    #[command(hide = true)]
    Corpus {
        /// The new site's folder (must be new or empty).
        output: PathBuf,
        /// The site whose most translated procedure and languages are copied.
        #[arg(long, default_value = ".")]
        from: PathBuf,
        /// How many procedures.
        #[arg(long, default_value_t = 100)]
        procedures: usize,
        /// How many languages, the source among them.
        #[arg(long, default_value_t = 3)]
        languages: usize,
        /// Also write the equivalent Hugo site here.
        #[arg(long)]
        hugo: Option<PathBuf>,
    },
    /// Translations: status, update, confirm, review.
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Read a procedure's audit data (CSV, one row per patient, columns as in the
    /// clinicians' `audit.csv`) and write a report: each outcome's local rate
    /// with a 95% interval, beside the figure the leaflet gives patients.
    Report {
        #[command(flatten)]
        site: SiteArgs,
        /// The procedure (its folder name).
        #[arg(long)]
        procedure: String,
        /// Where to write the report (an HTML file). Never inside a folder a
        /// build makes, since the report comes from patients' data.
        #[arg(long, short)]
        output: PathBuf,
        /// The audit data.
        data: PathBuf,
    },
}

#[derive(Subcommand)]
enum NewCommand {
    /// Write `content/procedures/<slug>/procedure.yaml` and its Markdown sections.
    Procedure {
        /// The procedure's folder name, which becomes part of its web address (`knee-replacement`).
        slug: String,
        /// The content folder.
        #[arg(long, short, default_value = "content")]
        content: PathBuf,
    },
    /// Write a minimal site in a new (or empty) folder: site.yaml, one procedure, schemas, a README.
    Site {
        /// The folder to create.
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
pub(crate) enum L10nCommand {
    /// Per locale and file: translated, missing, stale, obsolete, reviewed, percent complete.
    Status {
        #[command(flatten)]
        site: SiteArgs,
        /// How to print it.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Create or update a locale's translation files: adds what is missing with the
    /// source text beside it, keeps every translation, moves obsolete ones to the end.
    Update {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale, as a BCP 47 tag (`cy`).
        locale: String,
        /// Also copy the built-in interface strings into the site, to edit them;
        /// their confirmations and reviews come along.
        #[arg(long)]
        own_built_in: bool,
    },
    /// Record that translations were made from the current source text.
    Confirm {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale.
        locale: String,
        /// Message ids to confirm.
        ids: Vec<String>,
        /// Confirm every translated message (after checking them all).
        #[arg(long, conflicts_with = "ids")]
        all: bool,
        /// Only this file (`ui.ftl`, `procedures/<slug>.ftl`).
        #[arg(long)]
        file: Option<String>,
    },
    /// Record a review by a qualified translator of every current translation.
    Review {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale.
        locale: String,
        /// The reviewer's name.
        #[arg(long)]
        by: String,
        /// The date of the review (YYYY-MM-DD); today if not given.
        #[arg(long, value_parser = parse_date)]
        on: Option<Date>,
        /// Only this file.
        #[arg(long)]
        file: Option<String>,
    },
    /// Write a locale's translations for a translation agency's tool: every
    /// message with its source, translation, state, notes and the fingerprint
    /// of its source text (XLIFF 2.0).
    Export {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale.
        locale: String,
        /// The file format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Xliff)]
        format: ExportFormat,
        /// Where to write it; standard output if not given.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Bring translations back from an XLIFF file made by `l10n export`: writes
    /// the targets into the `.ftl` files and their states into the state file,
    /// or, if anything in it is wrong, nothing at all.
    Import {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale.
        locale: String,
        /// The XLIFF file.
        file: PathBuf,
        /// Who reviewed the units the file marks `reviewed` or `final`.
        #[arg(long)]
        by: Option<String>,
        /// The date of that review (YYYY-MM-DD); today if not given.
        #[arg(long, value_parser = parse_date)]
        on: Option<Date>,
    },
}

/// The formats `informed l10n export` writes.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportFormat {
    /// XLIFF 2.0 (OASIS), with the Metadata module.
    Xliff,
    /// The site's terms (`-nail`) as a glossary, one column per language.
    Csv,
    /// The site's terms as a TBX glossary (ISO 30042, TBX-Basic), for a term base.
    Tbx,
}

#[derive(clap::Args, Clone)]
pub(crate) struct SiteArgs {
    /// The content folder. Its `locales/` and `templates/` sit beside it.
    #[arg(long, short, default_value = "content")]
    content: PathBuf,
    /// The date to check review dates against (YYYY-MM-DD); today if not given.
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Readable, with the place of each problem.
    Human,
    /// One JSON document, for CI and editors (see docs/diagnostics.md).
    Json,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { site, output, no_pdf, force, drafts, clinicians, archive, cache, no_cache, shard } => {
            let clinicians = clinicians.unwrap_or_else(|| informed::paths::default_clinicians_folder(&output));
            let archive = archive.unwrap_or_else(|| informed::paths::default_archive_folder(&output));
            let cache = cache.unwrap_or_else(|| informed::paths::default_cache_folder(&output));
            let beside = Beside {
                clinicians: Some(&clinicians),
                archive: Some(&archive),
                cache: (!no_cache).then_some(cache.as_path()),
                shard,
                only: None,
            };
            build(&site, &output, beside, no_pdf, force, drafts)
        }
        Command::Audit { command: AuditCommand::Report { site, procedure, output, data } } => {
            audit_report(&site, &procedure, &output, &data)
        }
        Command::New { what } => new(what),
        Command::Schema { output } => schema(&output),
        Command::Check { site, format, deny, allow, ipdas, readability } => {
            check(&site, format, deny.is_some(), &allow, Reports { ipdas, readability })
        }
        Command::L10n { command } => translate::run(command),
        Command::Corpus { output, from, procedures, languages, hugo } => {
            corpus::run(&corpus::CorpusArgs { output, from, procedures, languages, hugo })
        }
        Command::Serve { site, output, port, bind, pdf, no_pdf: _, poll, open, procedures } => {
            serve(&site, &output, ServeOptions { port, bind, pdf, poll, open, procedures })
        }
    }
}

fn options(site: &SiteArgs) -> CheckOptions {
    CheckOptions { today: site.today.unwrap_or_else(Date::today) }
}

/// `informed new`: refuses to overwrite anything (exit 2, nothing written).
fn new(what: NewCommand) -> ExitCode {
    let today = Date::today();
    let (files, next) = match &what {
        NewCommand::Procedure { slug, content } => (
            informed::new::procedure(content, slug, today),
            "fill in each TODO; `informed check` lists those left".to_string(),
        ),
        NewCommand::Site { dir } => (
            informed::new::site(dir, today),
            format!("cd {} and fill in each TODO; `informed check` lists those left", dir.display()),
        ),
    };
    match files.and_then(|files| informed::new::write_new(&files).map(|()| files)) {
        Ok(files) => {
            for file in &files {
                eprintln!("wrote {}", file.path.display());
            }
            eprintln!("next: {next}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

/// `informed schema`: writes the JSON Schemas, replacing earlier ones.
fn schema(output: &std::path::Path) -> ExitCode {
    let written = std::fs::create_dir_all(output).and_then(|()| {
        for (name, text) in informed::schema::files() {
            std::fs::write(output.join(name), text)?;
            eprintln!("wrote {}", output.join(name).display());
        }
        Ok(())
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: cannot write the schemas to {}: {err}", output.display());
            ExitCode::from(2)
        }
    }
}

/// The folders a build writes beside the public site, and its share of the work.
#[derive(Clone, Copy, Default)]
struct Beside<'a> {
    /// The clinicians' documents.
    clinicians: Option<&'a std::path::Path>,
    /// The version archive.
    archive: Option<&'a std::path::Path>,
    /// The PDF cache.
    cache: Option<&'a std::path::Path>,
    /// Only this share of the procedures, into the cache only.
    shard: Option<informed::pipeline::Shard>,
    /// Only these procedures, read and built as if the site had no others (a preview).
    only: Option<&'a [String]>,
}

fn build(
    site: &SiteArgs,
    output: &std::path::Path,
    beside: Beside,
    no_pdf: bool,
    force: bool,
    drafts: bool,
) -> ExitCode {
    match run_build(site, output, beside, no_pdf, force, drafts) {
        Built::Written => ExitCode::SUCCESS,
        Built::Failed(diagnostics) => report_failure(&diagnostics),
        Built::CannotRun(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

/// What a build came to.
enum Built {
    /// The site was written.
    Written,
    /// Errors in the sources (printed by the caller); nothing was written.
    Failed(Vec<Diagnostic>),
    /// The build could not run (the output folder, a lock); nothing was written.
    CannotRun(String),
}

fn run_build(
    site: &SiteArgs,
    output: &std::path::Path,
    beside: Beside,
    no_pdf: bool,
    force: bool,
    drafts: bool,
) -> Built {
    if let Some(shard) = beside.shard {
        return run_shard(site, beside.cache, shard, no_pdf, drafts);
    }
    // The sources are never an output, and two builds never write one output at once.
    let lock = informed::write::check_output(output, &site.content, force).and_then(|()| informed::write::lock(output));
    let _lock = match lock {
        Ok(lock) => lock,
        Err(err) => return Built::CannotRun(err.to_string()),
    };
    // The clinicians' folder gets the same guard, and is never inside the public site.
    let _clinicians_lock = match beside.clinicians {
        Some(dir) if informed::write::overlaps(dir, output) => {
            return Built::CannotRun(format!(
                "the clinicians' documents cannot share a folder with the public site ({} and {})",
                dir.display(),
                output.display()
            ));
        }
        Some(dir) => {
            match informed::write::check_output(dir, &site.content, force).and_then(|()| informed::write::lock(dir)) {
                Ok(lock) => Some(lock),
                Err(err) => return Built::CannotRun(err.to_string()),
            }
        }
        None => None,
    };
    // The archive outlives every build: never inside a built folder or the sources.
    if let Some(dir) = beside.archive {
        if informed::write::overlaps(dir, output) {
            return Built::CannotRun(format!(
                "the archive cannot share a folder with the public site ({})",
                dir.display()
            ));
        }
        if let Err(err) = informed::write::check_archive(dir, &site.content) {
            return Built::CannotRun(err);
        }
    }
    // The cache too: a build may add to it and prune it, never delete it with the output.
    let cache = match beside.cache {
        Some(dir)
            if [Some(output), beside.clinicians].into_iter().flatten().any(|b| informed::write::overlaps(dir, b)) =>
        {
            return Built::CannotRun(format!(
                "the cache cannot share a folder with a folder the build replaces ({})",
                dir.display()
            ));
        }
        Some(dir) => match informed::write::check_cache(dir, &site.content) {
            Ok(()) => Some(std::sync::Arc::new(informed::cache::Cache::new(dir))),
            Err(err) => return Built::CannotRun(err),
        },
        None => None,
    };
    let project = match load_only(&site.content, beside.only) {
        Ok(p) => p,
        Err(diagnostics) => return Built::Failed(diagnostics),
    };
    let options = BuildOptions { check: options(site), pdf: cfg!(feature = "pdf") && !no_pdf, drafts };
    let extras = informed::pipeline::Extras { cache: cache.clone(), shard: None };
    // A progress line, redrawn in place, only when someone is watching a terminal.
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let progress = |done: usize, total: usize| {
        if terminal {
            eprint!("\rbuilding pages and leaflets: {done} of {total}");
            if done == total {
                eprint!("\r\x1b[K");
            }
        }
    };
    // The write step: new folders beside the old ones, filled as pages are made,
    // swapped in only when the whole build has succeeded.
    let public = match informed::write::Staging::begin(output) {
        Ok(s) => s,
        Err(err) => return Built::CannotRun(err),
    };
    let clinicians = match beside.clinicians.map(informed::write::Staging::begin).transpose() {
        Ok(s) => s,
        Err(err) => return Built::CannotRun(err),
    };
    let sink = Folders { public: &public, clinicians: clinicians.as_ref() };
    let summary = match informed::pipeline::build_into(&project, &options, &extras, &progress, &sink) {
        Ok(summary) => summary,
        Err(diagnostics) => return Built::Failed(diagnostics),
    };
    print_human(&summary.warnings);
    let lost = informed::write::files_to_be_lost(output, &public.written());
    if !lost.is_empty() {
        let shown: Vec<&str> = lost.iter().take(5).map(String::as_str).collect();
        let more = if lost.len() > 5 { format!(" and {} more", lost.len() - 5) } else { String::new() };
        eprintln!(
            "warning: {} file{} in {} that the build does not make will be replaced: {}{more}",
            lost.len(),
            if lost.len() == 1 { "" } else { "s" },
            output.display(),
            shown.join(", ")
        );
        eprintln!("  = hint: keep files such as .htaccess in `static/` so every build copies them");
    }
    if let Err(err) = public.commit() {
        return Built::CannotRun(err);
    }
    if let (Some(dir), Some(clinicians)) = (beside.clinicians, clinicians) {
        if let Err(err) = clinicians.commit() {
            return Built::CannotRun(err);
        }
        eprintln!("wrote {} documents for clinicians to {}", summary.clinicians, dir.display());
    }
    if let Some(dir) = beside.archive {
        let folders = [output, beside.clinicians.unwrap_or(output)];
        match archive(dir, &summary.archive, folders, &options.check.today.to_string()) {
            Ok(0) => {}
            Ok(n) => {
                eprintln!("added {n} document{} to the archive in {}", if n == 1 { "" } else { "s" }, dir.display())
            }
            Err(err) => return Built::CannotRun(err),
        }
    }
    let per_locale: Vec<String> = summary.pages.iter().map(|(l, n)| format!("{l} {n}")).collect();
    let total: usize = summary.pages.iter().map(|(_, n)| n).sum();
    eprintln!("wrote {total} pages to {} ({})", output.display(), per_locale.join(", "));
    let pdfs = summary.leaflets.iter().filter(|l| l.pdf.is_some()).count();
    eprintln!(
        "wrote {} leaflets ({pdfs} as PDF), listed in {}",
        summary.leaflets.len(),
        output.join("leaflets.json").display()
    );
    if !summary.fonts.is_empty() {
        let fonts: Vec<String> = summary.fonts.iter().map(|(l, f)| format!("{l} {f}")).collect();
        eprintln!("leaflet fonts: {}", fonts.join(", "));
    } else if !options.pdf {
        eprintln!("PDF leaflets were not made (this build has no PDF support, or --no-pdf was given)");
    }
    if let Some(cache) = &cache
        && options.pdf
    {
        report_cache(cache);
        // The cache keeps what the site now needs. A build without PDFs leaves
        // it alone, and so does a preview of some procedures only: the rest of
        // the library's PDFs are still needed.
        if beside.only.is_none() {
            cache.prune();
        }
    }
    Built::Written
}

/// "reused 1,192 PDFs from the cache and compiled 8", and any trouble writing to it.
fn report_cache(cache: &informed::cache::Cache) {
    let (reused, compiled) = cache.counts();
    eprintln!(
        "reused {reused} PDF{} from the cache in {} and compiled {compiled}",
        if reused == 1 { "" } else { "s" },
        cache.dir().display()
    );
    if let Some(trouble) = cache.trouble() {
        eprintln!("warning: {trouble}; the next build will compile those PDFs again");
    }
}

/// `informed build --shard I/N`: this share's PDFs into the cache; no site is written.
fn run_shard(
    site: &SiteArgs,
    cache: Option<&std::path::Path>,
    shard: informed::pipeline::Shard,
    no_pdf: bool,
    drafts: bool,
) -> Built {
    let Some(dir) = cache else {
        return Built::CannotRun("a shard builds into the cache: leave out --no-cache".to_string());
    };
    if no_pdf || !cfg!(feature = "pdf") {
        return Built::CannotRun("a shard compiles PDFs into the cache: leave out --no-pdf".to_string());
    }
    if let Err(err) = informed::write::check_cache(dir, &site.content) {
        return Built::CannotRun(err);
    }
    let project = match load(&site.content) {
        Ok(p) => p,
        Err(diagnostics) => return Built::Failed(diagnostics),
    };
    let cache = std::sync::Arc::new(informed::cache::Cache::new(dir));
    let options = BuildOptions { check: options(site), pdf: true, drafts };
    let extras = informed::pipeline::Extras { cache: Some(cache.clone()), shard: Some(shard) };
    struct Nowhere;
    impl informed::write::Sink for Nowhere {
        fn put(&self, _: informed::write::Destination, _: informed::write::OutputFile) -> Result<(), String> {
            Ok(())
        }
    }
    match informed::pipeline::build_into(&project, &options, &extras, &|_, _| {}, &Nowhere) {
        Ok(summary) => {
            print_human(&summary.warnings);
            eprintln!("shard {} of {}: no site written; its PDFs are in the cache", shard.index + 1, shard.count);
            report_cache(&cache);
            eprintln!(
                "next: once every shard's cache is copied into one folder, `informed build --cache <that folder>` \
                 makes the whole site from it"
            );
            Built::Written
        }
        Err(diagnostics) => Built::Failed(diagnostics),
    }
}

/// The build's staging folders, as the pipeline's sink: the clinicians'
/// documents are dropped when there is no folder for them (`informed serve`).
struct Folders<'a> {
    public: &'a informed::write::Staging,
    clinicians: Option<&'a informed::write::Staging>,
}

impl informed::write::Sink for Folders<'_> {
    fn put(&self, to: informed::write::Destination, file: informed::write::OutputFile) -> Result<(), String> {
        match (to, self.clinicians) {
            (informed::write::Destination::Public, _) => self.public.put(&file),
            (informed::write::Destination::Clinicians, Some(folder)) => folder.put(&file),
            (informed::write::Destination::Clinicians, None) => Ok(()),
        }
    }
}

/// `informed serve`'s options.
struct ServeOptions {
    port: u16,
    bind: std::net::IpAddr,
    pdf: bool,
    poll: bool,
    open: bool,
    procedures: Vec<String>,
}

fn serve(site: &SiteArgs, output: &std::path::Path, options: ServeOptions) -> ExitCode {
    use informed::serve::{Live, WatchMode};
    // A procedure to preview must be there: a typed slug fails now, not as an empty site.
    let folder = site.content.join("procedures");
    for slug in &options.procedures {
        if !folder.join(slug).join("procedure.yaml").is_file() {
            let slugs: Vec<String> = std::fs::read_dir(&folder)
                .map(|d| d.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
                .unwrap_or_default();
            let hint = informed::diagnostic::did_you_mean(slug, slugs.iter().map(String::as_str))
                .map(|s| format!(": did you mean `{s}`?"))
                .unwrap_or_default();
            eprintln!("error: there is no procedure `{slug}` in {}{hint}", folder.display());
            return ExitCode::from(2);
        }
    }
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: serving on {}: anyone who can reach this machine can read the drafts being previewed",
            options.bind
        );
    }
    let listener = match informed::serve::bind(options.bind, options.port) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: cannot listen on {}:{}: {e}", options.bind, options.port);
            return ExitCode::from(2);
        }
    };
    let address = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
    if options.port != 0 && listener.local_addr().is_ok_and(|a| a.port() != options.port) {
        eprintln!("port {} is taken; using the next free one", options.port);
    }
    let live = std::sync::Arc::new(Live::default());
    let no_pdf = !options.pdf;
    // Every build here is a preview: TODOs stay warnings (`--drafts`).
    let rebuild = {
        let (site, out, live) = (site.clone(), output.to_path_buf(), live.clone());
        let procedures = options.procedures.clone();
        move || {
            let start = std::time::Instant::now();
            let cache = informed::paths::default_cache_folder(&out);
            let only = (!procedures.is_empty()).then_some(procedures.as_slice());
            let beside = Beside { cache: Some(&cache), only, ..Beside::default() };
            match run_build(&site, &out, beside, no_pdf, false, true) {
                Built::Written => {
                    live.publish(Vec::new());
                    eprintln!("rebuilt in {:.2} s", start.elapsed().as_secs_f64());
                }
                Built::Failed(diagnostics) => {
                    print_human(&diagnostics);
                    live.publish(diagnostics.into_iter().filter(Diagnostic::is_error).collect());
                    eprintln!("rebuild failed; still serving the last good site, with the errors over it");
                }
                Built::CannotRun(err) => {
                    eprintln!("error: {err}");
                    let at = informed::diagnostic::Location::start_of(&out);
                    live.publish(vec![Diagnostic::error("output", &at, err)]);
                }
            }
        }
    };
    let first = rebuild.clone();
    first();
    eprintln!("serving http://{address}/ — pages refresh by themselves after each save; Ctrl-C stops");
    if options.open {
        open_browser(&format!("http://{address}/"));
    }
    let root = site.content.parent().map(std::path::Path::to_path_buf).unwrap_or_default();
    let dirs = vec![
        site.content.clone(),
        root.join("locales"),
        root.join("templates"),
        root.join("fonts"),
        root.join("static"),
    ];
    let mode = if options.poll { WatchMode::Poll } else { WatchMode::Native };
    std::thread::spawn(move || {
        if let Err(err) = informed::serve::watch(&dirs, mode, rebuild) {
            eprintln!("error: cannot watch for changes ({err}); try `informed serve --poll`");
        }
    });
    informed::serve::serve(listener, output.to_path_buf(), live);
    ExitCode::SUCCESS
}

/// Adds what the build published to the version archive, and lists it.
/// Adds the build's PDF leaflets and consent inserts to the archive in `dir`,
/// copied from the folders just written (`[public, clinicians]`).
fn archive(
    dir: &std::path::Path,
    items: &[informed::output::archive::ArchiveItem],
    folders: [&std::path::Path; 2],
    today: &str,
) -> Result<usize, String> {
    let files: Vec<(String, std::path::PathBuf)> = items
        .iter()
        .map(|item| {
            let folder = match item.from {
                informed::write::Destination::Public => folders[0],
                informed::write::Destination::Clinicians => folders[1],
            };
            (item.entry.path.clone(), folder.join(&item.path))
        })
        .collect();
    let added = informed::write::add_to_archive(dir, &files)?;
    if added.is_empty() && dir.join(informed::paths::ARCHIVE_LIST).is_file() {
        return Ok(0);
    }
    let entries: Vec<_> = items.iter().map(|i| i.entry.clone()).filter(|e| added.contains(&e.path)).collect();
    let list_file = dir.join(informed::paths::ARCHIVE_LIST);
    let existing = informed::write::read_kept(&list_file)?;
    let list = informed::output::archive::list(&existing, &entries, today)?;
    informed::write::write_file(&list_file, &list)?;
    Ok(added.len())
}

/// The largest audit data file read: a million patients' rows is far less.
const MAX_AUDIT_DATA: u64 = 64 * 1024 * 1024;

fn audit_report(site: &SiteArgs, slug: &str, output: &std::path::Path, data: &std::path::Path) -> ExitCode {
    if let Err(err) = informed::write::check_report_output(output, &site.content) {
        eprintln!("error: {err}");
        return ExitCode::from(2);
    }
    let text = match std::fs::metadata(data) {
        Ok(meta) if meta.len() > MAX_AUDIT_DATA => {
            eprintln!("error: `{}` is larger than the limit of 64 MB", data.display());
            return ExitCode::from(2);
        }
        _ => match std::fs::read_to_string(data) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: cannot read `{}`: {e}", data.display());
                return ExitCode::from(2);
            }
        },
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let project = match load(&site.content) {
        Ok(p) => p,
        Err(diagnostics) => return report_failure(&diagnostics),
    };
    match informed::pipeline::audit_report(&project, &options(site), slug, data, text) {
        Ok(html) => match informed::write::write_file(output, &html) {
            Ok(()) => {
                eprintln!("wrote the audit report of {slug} to {}", output.display());
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(2)
            }
        },
        Err(diagnostics) => {
            print_human(&diagnostics);
            let errors = diagnostics.len();
            eprintln!("the report was not written ({errors} error{})", if errors == 1 { "" } else { "s" });
            ExitCode::from(1)
        }
    }
}

/// Opens `url` in the default browser, where the system has a way to.
fn open_browser(url: &str) {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    if let Err(err) = command.arg(url).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn() {
        eprintln!("warning: could not open a browser ({err}); open {url} yourself");
    }
}

/// Optional reports `check` prints beside its diagnostics.
struct Reports {
    ipdas: bool,
    readability: bool,
}

fn check(site: &SiteArgs, format: Format, deny_warnings: bool, allow: &[String], reports: Reports) -> ExitCode {
    let mut diagnostics = match load(&site.content) {
        Ok(project) => {
            if reports.ipdas {
                report::ipdas(&project, format);
            }
            if reports.readability {
                report::readability(&project, format);
            }
            informed::pipeline::check(&project, &options(site))
        }
        Err(diagnostics) => diagnostics,
    };
    // Only warnings can be allowed: an error always stops the build.
    diagnostics.retain(|d| d.is_error() || !allow.iter().any(|code| code == d.code));
    match format {
        Format::Human => {
            print_human(&diagnostics);
            if diagnostics.is_empty() {
                eprintln!("no problems found");
            }
        }
        Format::Json => report::json(&diagnostics),
    }
    let failed = diagnostics.iter().any(|d| d.is_error() || (deny_warnings && d.severity == Severity::Warning));
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn report_failure(diagnostics: &[Diagnostic]) -> ExitCode {
    print_human(diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    eprintln!("build failed with {errors} error{}; nothing was written", if errors == 1 { "" } else { "s" });
    ExitCode::from(1)
}

/// Loads the site, keeping the text of every file read for reports to show.
pub(crate) fn load(content: &std::path::Path) -> Result<informed::load::Project, Vec<Diagnostic>> {
    load_only(content, None)
}

/// [`load`], of only the procedures `only` names, if it names any.
fn load_only(content: &std::path::Path, only: Option<&[String]>) -> Result<informed::load::Project, Vec<Diagnostic>> {
    let (project, sources) = informed::load::load_with_sources(content, only);
    report::remember(sources);
    project
}

pub(crate) fn print_human(diagnostics: &[Diagnostic]) {
    report::human(diagnostics);
}
