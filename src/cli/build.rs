//! `informed build`: the whole site, its clinicians' documents, the archive's
//! additions and the PDF cache, through [`informed::pipeline::run`].

use super::{SiteArgs, cannot_run, plural, print_human, report, report_failure};
use informed::pipeline::{BuildOptions, Failure, Outcome, Request, Shard};
use std::path::PathBuf;
use std::process::ExitCode;

/// `informed build`'s arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
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
    #[arg(long, value_parser = Shard::parse)]
    shard: Option<Shard>,
    /// The longest one PDF may take to compile, in seconds: a template that
    /// runs longer (a loop that never ends) stops the build, naming it.
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    pdf_time_limit: u64,
}

/// Runs `informed build`.
pub fn run(args: &Args) -> ExitCode {
    let output = &args.output;
    let cache =
        (!args.no_cache).then(|| args.cache.clone().unwrap_or_else(|| informed::paths::default_cache_folder(output)));
    let pdf = cfg!(feature = "pdf") && !args.no_pdf;
    if let Some(shard) = args.shard {
        if cache.is_none() {
            return cannot_run("a shard builds into the cache: leave out --no-cache");
        }
        if !pdf {
            return cannot_run("a shard compiles PDFs into the cache: leave out --no-pdf");
        }
        let folders = informed::write::Folders { cache, ..Default::default() };
        let request = request(args, folders, Some(shard), pdf);
        return match build(&request) {
            Ok(outcome) => {
                print_human(&outcome.summary.warnings);
                eprintln!("shard {} of {}: no site written; its PDFs are in the cache", shard.index + 1, shard.count);
                say_cache(&outcome);
                eprintln!(
                    "next: once every shard's cache is copied into one folder, `informed build --cache <that folder>` \
                     makes the whole site from it"
                );
                ExitCode::SUCCESS
            }
            Err(code) => code,
        };
    }
    let folders = informed::write::Folders {
        output: Some(output.clone()),
        clinicians: Some(args.clinicians.clone().unwrap_or_else(|| informed::paths::default_clinicians_folder(output))),
        archive: Some(args.archive.clone().unwrap_or_else(|| informed::paths::default_archive_folder(output))),
        cache,
    };
    let request = request(args, folders.clone(), None, pdf);
    let outcome = match build(&request) {
        Ok(outcome) => outcome,
        Err(code) => return code,
    };
    say(&outcome, &folders, pdf);
    ExitCode::SUCCESS
}

fn request(args: &Args, folders: informed::write::Folders, shard: Option<Shard>, pdf: bool) -> Request<'_> {
    Request {
        content: &args.site.content,
        folders,
        force: args.force,
        options: BuildOptions { check: args.site.check_options(), pdf, drafts: args.drafts },
        shard,
        only: None,
        preview: false,
        pdf_budget: pdf.then(|| super::pdf_budget(args.pdf_time_limit)).flatten(),
        keep: false,
    }
}

/// Runs the build with a progress line, printing what stopped it.
pub fn build(request: &Request) -> Result<Outcome, ExitCode> {
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
    let (outcome, sources) = informed::pipeline::run(request, &progress);
    report::remember(sources);
    match outcome {
        Ok(outcome) => {
            if let Some(finished) = &outcome.finished {
                eprintln!("note: {finished}");
            }
            Ok(outcome)
        }
        Err(Failure::Errors(diagnostics)) => Err(report_failure(&diagnostics)),
        Err(Failure::CannotRun(err)) => Err(cannot_run(&err)),
    }
}

/// What a build wrote, for the person who ran it.
fn say(outcome: &Outcome, folders: &informed::write::Folders, pdf: bool) {
    let summary = &outcome.summary;
    print_human(&summary.warnings);
    let Some(output) = &folders.output else { return };
    if !outcome.lost.is_empty() {
        let lost = &outcome.lost;
        let shown: Vec<&str> = lost.iter().take(5).map(String::as_str).collect();
        let more = if lost.len() > 5 { format!(" and {} more", lost.len() - 5) } else { String::new() };
        eprintln!(
            "warning: {} file{} in {} that the build does not make {} replaced: {}{more}",
            lost.len(),
            plural(lost.len()),
            output.display(),
            if lost.len() == 1 { "was" } else { "were" },
            shown.join(", ")
        );
        eprintln!("  = hint: keep files such as .htaccess in `static/` so every build copies them");
    }
    if let Some(dir) = &folders.clinicians {
        eprintln!("wrote {} documents for clinicians to {}", summary.clinicians, dir.display());
    }
    if let Some(dir) = &folders.archive
        && outcome.archived > 0
    {
        eprintln!(
            "added {} document{} to the archive in {}",
            outcome.archived,
            plural(outcome.archived),
            dir.display()
        );
    }
    let per_locale: Vec<String> = summary.pages.iter().map(|(l, n)| format!("{l} {n}")).collect();
    let total: usize = summary.pages.iter().map(|(_, n)| n).sum();
    eprintln!("wrote {total} pages to {} ({})", output.display(), per_locale.join(", "));
    let pdfs = summary.leaflets.iter().filter(|l| l.pdf.is_some()).count();
    eprintln!(
        "wrote {} leaflets ({pdfs} as PDF), listed in {}",
        summary.leaflets.len(),
        output.join(informed::paths::MANIFEST).display()
    );
    if !summary.fonts.is_empty() {
        let fonts: Vec<String> = summary.fonts.iter().map(|(l, f)| format!("{l} {f}")).collect();
        eprintln!("leaflet fonts: {}", fonts.join(", "));
    } else if !pdf {
        eprintln!("PDF leaflets were not made (this build has no PDF support, or --no-pdf was given)");
    }
    say_cache(outcome);
}

/// "reused 1,192 PDFs from the cache and compiled 8", and any trouble with it.
pub fn say_cache(outcome: &Outcome) {
    let Some(cache) = &outcome.cache else { return };
    eprintln!(
        "reused {} PDF{} from the cache in {} and compiled {}",
        cache.reused,
        plural(cache.reused),
        cache.dir.display(),
        cache.compiled
    );
    if cache.thrown_away > 0 {
        eprintln!(
            "warning: threw away {} cache entr{} that did not match the key {} kept under (truncated, swapped \
             or not a file); those PDFs were compiled again",
            cache.thrown_away,
            if cache.thrown_away == 1 { "y" } else { "ies" },
            if cache.thrown_away == 1 { "it was" } else { "they were" }
        );
    }
    if let Some(trouble) = &cache.trouble {
        eprintln!("warning: {trouble}; the next build will compile those PDFs again");
    }
}
