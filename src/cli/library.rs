//! `informed library diff`: what changed in each procedure (from the library
//! or the site's own local layer) since the content version last approved,
//! procedure by procedure: text, figures, sources, sections and translations;
//! and each library's version beside the version the site pins. For the
//! clinical lead who reviews an update from upstream before approving it.
//! Reads only; writes nothing.

use super::{Format, SiteArgs, load, print_human};
use informed::view::library::{Change, LibraryDiff};
use std::process::ExitCode;

/// `informed library`'s commands.
#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// What changed in each procedure since the version last approved, and each library's version.
    Diff(DiffArgs),
}

/// `informed library diff`'s arguments.
#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// How to print it.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Only these procedures (repeatable).
    #[arg(long, value_name = "SLUG")]
    procedure: Vec<String>,
}

/// Runs an `informed library` command.
pub fn run(command: &Command) -> ExitCode {
    match command {
        Command::Diff(args) => diff(args),
    }
}

fn diff(args: &DiffArgs) -> ExitCode {
    let project = match load(&args.site.content) {
        Ok(project) => project,
        Err(diagnostics) => {
            print_human(&diagnostics);
            return ExitCode::from(1);
        }
    };
    // What each last approved version held, where it was kept.
    let mut kept = std::collections::BTreeMap::new();
    let mut trouble = Vec::new();
    for loaded in &project.procedures {
        let slug = &loaded.procedure.slug;
        let Some(last) = project.approvals.last(slug) else { continue };
        if last.version == loaded.content_version() {
            continue;
        }
        match informed::load::library::snapshot(&project.root, slug, &last.version) {
            Ok(snapshot) => {
                kept.insert(slug.clone(), snapshot);
            }
            Err(d) => trouble.push(d),
        }
    }
    print_human(&trouble);
    let mut report = informed::view::library::diff(&project, &kept);
    if !args.procedure.is_empty() {
        report.procedures.retain(|p| args.procedure.contains(&p.slug));
    }
    let text = match args.format {
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&report).unwrap_or_default()),
        Format::Human => human(&report),
    };
    // A reader that stops early (`| head`) is no failure.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
    ExitCode::SUCCESS
}

/// The report for a person.
fn human(report: &LibraryDiff) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for library in &report.libraries {
        let pin = match &library.pinned {
            Some(pin) if *pin == library.version => ", as pinned".to_string(),
            Some(pin) => format!(", pinned to {pin}: update the pin once the changes are approved"),
            None => String::new(),
        };
        let _ = writeln!(out, "library {} ({}): version {}{pin}", library.name, library.path, library.version);
    }
    if !report.libraries.is_empty() {
        out.push('\n');
    }
    for p in &report.procedures {
        let mut from = Vec::new();
        if let Some(library) = &p.library {
            from.push(format!("from the library {library}"));
        }
        if p.local {
            from.push("with a local layer".to_string());
        }
        let from = if from.is_empty() { String::new() } else { format!(" ({})", from.join(", ")) };
        let _ = writeln!(out, "{}{from}", p.slug);
        let approved = p
            .approved
            .as_ref()
            .map(|a| format!("content version {} was approved by {} ({}) on {}", a.version, a.by, a.role, a.on));
        match (p.status, approved) {
            ("unchanged", Some(approved)) => {
                let _ = writeln!(out, "  unchanged: {approved}");
            }
            ("never-approved", _) => {
                let _ = writeln!(out, "  never approved: content version {} is all new to review", p.current);
            }
            (_, approved) => {
                let _ = writeln!(
                    out,
                    "  changed since {}; it is content version {} now",
                    approved.unwrap_or_default(),
                    p.current
                );
            }
        }
        if let Some(note) = &p.note
            && p.status == "changed"
        {
            let _ = writeln!(out, "  {note}");
        }
        for change in &p.changes {
            out.push_str(&line(change));
        }
        if p.status == "changed" {
            let _ = writeln!(
                out,
                "  once reviewed: informed approve {} --by NAME --role ROLE --version {}",
                p.slug, p.current
            );
        }
    }
    out
}

/// One change, on a line or three.
fn line(change: &Change) -> String {
    let quote = |v: &Option<String>| v.as_ref().map_or_else(|| "(none)".to_string(), |v| format!("“{v}”"));
    let mut text = format!("  {:<11} {:<7} {}", change.kind, change.layer, change.what);
    match change.kind {
        "section" | "translation" => {
            if let Some(note) = &change.note {
                text.push_str(&format!(": {note}"));
            }
            text.push('\n');
            if let Some(before) = &change.before {
                text.push_str(&format!("      was: {before}\n"));
            }
            if let Some(after) = &change.after {
                text.push_str(&format!("      now: {after}\n"));
            }
        }
        _ => text.push_str(&format!(": {} → {}\n", quote(&change.before), quote(&change.after))),
    }
    text
}
