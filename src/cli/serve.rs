//! `informed serve`: a live preview while editing, built into a folder of
//! its own (never the folder a web team deploys) and served on localhost.

use super::{SiteArgs, cannot_run, plural, print_human, report};
use informed::diagnostic::Diagnostic;
use informed::pipeline::{BuildOptions, Failure, Request};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `informed serve`'s arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    site: SiteArgs,
    /// Where to write the preview. `.informed/preview` in the site folder if
    /// not given; never a folder `informed build` made, since a preview
    /// holds drafts.
    #[arg(long, short)]
    output: Option<PathBuf>,
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
}

/// Runs `informed serve` until it is stopped.
pub fn run(args: &Args) -> ExitCode {
    use informed::serve::session::{Change, NotRebuilt, Session};
    use informed::serve::{Live, WatchMode};
    let site = &args.site;
    // A procedure to preview must be there: a typed slug fails now, not as an empty site.
    let folder = site.content.join(informed::paths::PROCEDURES);
    for slug in &args.procedures {
        if !folder.join(slug).join("procedure.yaml").is_file() {
            let slugs: Vec<String> = std::fs::read_dir(&folder)
                .map(|d| d.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
                .unwrap_or_default();
            let hint = informed::diagnostic::did_you_mean(slug, slugs.iter().map(String::as_str))
                .map(|s| format!(": did you mean `{s}`?"))
                .unwrap_or_default();
            return cannot_run(&format!("there is no procedure `{slug}` in {}{hint}", folder.display()));
        }
    }
    let root = site.content.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let output = args.output.clone().unwrap_or_else(|| informed::paths::preview_folder(root));
    if informed::write::is_build(&output) {
        return cannot_run(&format!(
            "refusing to preview into `{}`: `informed build` made it, and a preview holds drafts that must \
             never be deployed; leave out --output to preview into {}",
            output.display(),
            informed::paths::preview_folder(root).display()
        ));
    }
    if !args.bind.is_loopback() {
        eprintln!(
            "warning: serving on {}: anyone who can reach this machine can read the drafts being previewed",
            args.bind
        );
    }
    let listener = match informed::serve::bind(args.bind, args.port) {
        Ok(l) => l,
        Err(e) => return cannot_run(&format!("cannot listen on {}:{}: {e}", args.bind, args.port)),
    };
    let Ok(address) = listener.local_addr() else {
        return cannot_run("cannot tell which port the preview listens on");
    };
    if args.port != 0 && address.port() != args.port {
        eprintln!("port {} is taken; using the next free one", args.port);
    }
    let live = std::sync::Arc::new(Live::default());
    let cache = informed::paths::preview_cache_folder(root);
    let only = (!args.procedures.is_empty()).then(|| args.procedures.clone());
    // Every build here is a preview: TODOs stay warnings (`--drafts`).
    let mut rebuild = {
        let (content, today, out, live) = (site.content.clone(), site.check_options(), output.clone(), live.clone());
        let pdf = cfg!(feature = "pdf") && args.pdf;
        let options = BuildOptions { check: today, pdf, drafts: true };
        // The last good whole build, kept to rebuild only what a save changed.
        let mut session: Option<Session> = None;
        // The warnings printed last, so that a rebuild prints only what is new.
        let mut printed: Vec<Diagnostic> = Vec::new();
        move |changed: Option<Vec<PathBuf>>| {
            let start = std::time::Instant::now();
            // Only what changed, where the session can place every changed path.
            let place = match (&session, &changed) {
                (Some(kept), Some(paths)) => kept.place(paths),
                _ => Change::Everything("the first build".to_string()),
            };
            if place == Change::Nothing {
                return;
            }
            if let (Some(kept), Change::Procedures(slugs)) = (&mut session, &place) {
                match kept.rebuild(slugs, &options, &out) {
                    Ok(done) => {
                        let took = start.elapsed();
                        // The browser first; then what there is to say, which takes a while at a library's size.
                        live.publish(Vec::new());
                        report::remember_more(done.sources);
                        let new: Vec<Diagnostic> =
                            done.warnings.iter().filter(|w| !printed.contains(*w)).cloned().collect();
                        print_human(&new);
                        if new.len() < done.warnings.len() {
                            let old = done.warnings.len() - new.len();
                            eprintln!("{old} warning{} as before", plural(old));
                        }
                        printed = done.warnings;
                        let steps: Vec<String> =
                            done.steps.iter().map(|(name, took)| format!("{name} {:.3}", took.as_secs_f64())).collect();
                        eprintln!(
                            "rebuilt {} procedure{} in {} language{} in {:.3} s ({}; {} file{} changed)",
                            done.procedures,
                            plural(done.procedures),
                            done.languages,
                            plural(done.languages),
                            took.as_secs_f64(),
                            steps.join(", "),
                            done.changed,
                            plural(done.changed),
                        );
                        return;
                    }
                    Err(NotRebuilt::Failed(failure, sources)) => {
                        report::remember_more(sources);
                        failed(failure, &live, &out);
                        return;
                    }
                    Err(NotRebuilt::Everything(why)) => {
                        eprintln!("rebuilding everything: {why}");
                    }
                }
            } else if let (Some(_), Change::Everything(why)) = (&session, &place) {
                eprintln!("rebuilding everything: {why} changed");
            }
            let request = Request {
                content: &content,
                folders: informed::write::Folders {
                    output: Some(out.clone()),
                    cache: Some(cache.clone()),
                    ..Default::default()
                },
                force: false,
                options,
                shard: None,
                only: only.as_deref(),
                preview: true,
                pdf_budget: pdf.then(|| super::pdf_budget(60)).flatten(),
                // A preview of some procedures (`--procedure`) rebuilds whole: it is small.
                keep: only.is_none(),
            };
            // The old session goes first: two loaded libraries at once would double the memory.
            session = None;
            let (outcome, sources) = informed::pipeline::run(&request, &|_, _| {});
            match outcome {
                Ok(mut outcome) => {
                    session = outcome.project.take().zip(outcome.summary.report.take()).map(|(project, report)| {
                        Session::new(project, report, std::mem::take(&mut outcome.summary.jobs))
                    });
                    live.publish(Vec::new());
                    report::remember(sources);
                    print_human(&outcome.summary.warnings);
                    printed = std::mem::take(&mut outcome.summary.warnings);
                    let pages: usize = outcome.summary.pages.iter().map(|(_, n)| n).sum();
                    eprintln!("rebuilt {pages} page{} in {:.2} s", plural(pages), start.elapsed().as_secs_f64());
                }
                Err(failure) => {
                    // The next save builds everything again (there is no session).
                    report::remember(sources);
                    failed(failure, &live, &out);
                }
            }
        }
    };
    // Watched by their real paths, so the paths a change names can be placed;
    // watched from before the first build, so no save is missed.
    let dirs: Vec<PathBuf> = [site.content.clone()]
        .into_iter()
        .chain(["locales", "templates", "fonts", "static"].map(|d| root.join(d)))
        .map(|d| d.canonicalize().unwrap_or(d))
        .collect();
    let mode = if args.poll { WatchMode::Poll } else { WatchMode::Native };
    let watching = informed::serve::Watching::start(&dirs, mode);
    rebuild(None);
    eprintln!(
        "serving http://{address}/ — a preview built in {}, never to be deployed; pages refresh by themselves \
         after each save; Ctrl-C stops",
        output.display()
    );
    if args.open {
        open_browser(&format!("http://{address}/"));
    }
    match watching {
        Ok(watching) => {
            std::thread::spawn(move || watching.run(|paths| rebuild(Some(paths))));
        }
        Err(err) => eprintln!("error: cannot watch for changes ({err}); try `informed serve --poll`"),
    }
    informed::serve::serve(listener, output, live);
    ExitCode::SUCCESS
}

/// Says why a rebuild failed, and shows its errors over the last good preview.
fn failed(failure: Failure, live: &informed::serve::Live, out: &Path) {
    match failure {
        Failure::Errors(diagnostics) => {
            print_human(&diagnostics);
            live.publish(diagnostics.into_iter().filter(Diagnostic::is_error).collect());
            eprintln!("rebuild failed; still serving the last good preview, with the errors over it");
        }
        Failure::CannotRun(err) => {
            eprintln!("error: {err}");
            let at = informed::diagnostic::Location::start_of(out);
            live.publish(vec![Diagnostic::error("output", &at, err)]);
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
