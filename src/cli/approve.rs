//! `informed approve <slug> --by NAME --role ROLE`: records a clinician's
//! sign-off of a procedure's current content version in `approvals/<slug>.yaml`
//! (added at the end, never replacing an earlier one), and keeps what that
//! version held beside it (`approvals/<slug>/<version>.yaml`) so `informed
//! library diff` can later say what changed since. Refuses, writing nothing,
//! content that fails its checks, a version that is not the one there now,
//! and anything an approval record could not hold.

use super::{SiteArgs, load, parse_date, print_human};
use informed::diagnostic::{Diagnostic, Location, did_you_mean};
use informed::model::{Approval, Date, Reviewed, is_version_id};
use std::process::ExitCode;

/// `informed approve`'s arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The procedure approved: its folder's name.
    slug: String,
    /// Who approved it, as it should stand in the record (`Dr Ada Jones`).
    #[arg(long)]
    by: String,
    /// In what role (`Clinical lead, limb reconstruction`, `Patient information group`).
    #[arg(long)]
    role: String,
    /// The content version reviewed, as the governance pack and `informed
    /// library diff` show it: the approval is refused if the content is no
    /// longer that version. The version there now if not given.
    #[arg(long)]
    version: Option<String>,
    /// What was reviewed: `content`, `local` (the site's local layer over a
    /// library's procedure), `translation` (with --locale); several with
    /// commas. `content`, and `local` where the site has a local layer, if not given.
    #[arg(long, value_delimiter = ',', value_parser = parse_reviewed)]
    reviewed: Vec<Reviewed>,
    /// The language whose translation was reviewed.
    #[arg(long)]
    locale: Option<String>,
    /// The day of the approval (YYYY-MM-DD); today if not given.
    #[arg(long, value_parser = parse_date)]
    on: Option<Date>,
    #[command(flatten)]
    site: SiteArgs,
}

fn parse_reviewed(text: &str) -> Result<Reviewed, String> {
    match text.trim() {
        "content" => Ok(Reviewed::Content),
        "local" => Ok(Reviewed::Local),
        "translation" => Ok(Reviewed::Translation),
        other => Err(format!("`{other}` is not something an approval reviews: write content, local or translation")),
    }
}

/// The longest name or role an approval keeps.
const LONGEST: usize = 200;

/// Runs `informed approve`.
pub fn run(args: &Args) -> ExitCode {
    let refuse = |diagnostics: &[Diagnostic]| {
        print_human(diagnostics);
        eprintln!("nothing was approved; nothing was written");
        ExitCode::from(1)
    };
    let project = match load(&args.site.content) {
        Ok(project) => project,
        Err(diagnostics) => return refuse(&diagnostics),
    };
    let approvals = &project.approvals;
    let record_file = approvals.file(&args.slug);
    let at_record = Location::start_of(&record_file);
    let Some(loaded) = project.procedures.iter().find(|p| p.procedure.slug == args.slug) else {
        let slugs = project.procedures.iter().map(|p| p.procedure.slug.as_str());
        let hint = match did_you_mean(&args.slug, slugs.clone()) {
            Some(close) => format!("did you mean `{close}`?"),
            None => format!("the procedures are: {}", slugs.collect::<Vec<_>>().join(", ")),
        };
        let d = Diagnostic::error(
            "approval-procedure",
            &Location::start_of(&project.content_dir.join("procedures")),
            format!("there is no procedure `{}` in this site or its libraries", args.slug),
        )
        .with_hint(hint);
        return refuse(&[d]);
    };
    // Only content that passes its checks, with nothing left to fill in, can be approved.
    let options = args.site.check_options();
    let found = informed::pipeline::check(&project, &options);
    let mut stops: Vec<Diagnostic> = found.iter().filter(|d| d.is_error()).cloned().collect();
    let files = procedure_files(loaded);
    stops.extend(found.iter().filter(|d| d.code == informed::check::todo::CODE && files.contains(&d.file)).cloned());
    if !stops.is_empty() {
        eprintln!(
            "the content must pass `informed check`, with no `TODO` left in `{}`, before it is approved:",
            args.slug
        );
        return refuse(&stops);
    }
    let current = loaded.content_version();
    if let Some(version) = &args.version
        && *version != current
    {
        let earlier = approvals.of(&args.slug).iter().position(|a| &a.version == version);
        let d = match earlier {
            Some(i) => Diagnostic::error(
                "approval-version",
                &approvals.files.get(&args.slug).map_or(at_record.clone(), |f| f.spans.at(&format!("{i}.version"))),
                format!(
                    "content version {version} of `{}` was approved before; the content has changed since, and is now version {current}",
                    args.slug
                ),
            )
            .with_hint("`informed library diff` shows what changed: review the version there now, then approve it"),
            None if !is_version_id(version) => Diagnostic::error(
                "approval-version",
                &at_record,
                format!("`{version}` is not a content version: it is 8 letters and digits (0-9, a-f)"),
            ),
            None => Diagnostic::error(
                "approval-version",
                &at_record,
                format!("there never was a content version {version} of `{}`: it is version {current} now", args.slug),
            )
            .with_hint("give the version you reviewed, as the governance pack or `informed library diff` shows it"),
        };
        return refuse(&[d]);
    }
    let on = args.on.or(args.site.today).unwrap_or_else(Date::today);
    let today = options.today;
    let mut problems = Vec::new();
    for (what, value) in [("--by", &args.by), ("--role", &args.role)] {
        let value = value.trim();
        if value.is_empty() || value.chars().count() > LONGEST || value.contains('\n') {
            problems.push(format!("{what} must be one line of 1 to {LONGEST} characters"));
        } else if let Some((_, _, name)) = informed::load::guard::forbidden_character(value) {
            problems.push(format!("{what} holds {name}"));
        }
    }
    if on.ordinal() > today.ordinal() {
        problems.push(format!("--on {on} is after today ({today}): an approval is recorded when it is given"));
    }
    let local = loaded.locals.last().is_some_and(|l| l.dir.starts_with(&project.content_dir));
    let mut reviewed = args.reviewed.clone();
    if reviewed.is_empty() {
        reviewed.push(Reviewed::Content);
        if local {
            reviewed.push(Reviewed::Local);
        }
        if args.locale.is_some() {
            reviewed = vec![Reviewed::Translation];
        }
    }
    reviewed.sort();
    reviewed.dedup();
    if reviewed.contains(&Reviewed::Local) && !local {
        problems.push(format!("`{}` has no local layer of this site's to review", args.slug));
    }
    match (&args.locale, reviewed.contains(&Reviewed::Translation)) {
        (None, true) => problems.push("a translation was reviewed: say which with --locale".to_string()),
        (Some(_), false) => {
            problems.push("--locale names the translation reviewed: add --reviewed translation".to_string())
        }
        (Some(tag), true) if !project.site.locales.contains(tag) => {
            problems.push(format!("`{tag}` is not a language this site publishes (site.yaml's `locales`)"))
        }
        _ => {}
    }
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("error: {problem}");
        }
        eprintln!("nothing was approved; nothing was written");
        return ExitCode::from(2);
    }
    let approval = Approval {
        version: current.clone(),
        by: args.by.trim().to_string(),
        role: args.role.trim().to_string(),
        on,
        reviewed,
        locale: args.locale.clone(),
    };
    if approvals.of(&args.slug).contains(&approval) {
        eprintln!(
            "this approval of content version {current} of `{}` is recorded already; nothing was written",
            args.slug
        );
        return ExitCode::SUCCESS;
    }
    let snapshot = informed::view::library::snapshot(&project, loaded);
    let signature = informed::write::made::SIGNATURE;
    let held = format!(
        "# {}: what content version {current} held when it was approved,\n# {signature} for `informed library \
         diff`, which compares the content with it.\n# Never edit this file.\n{}",
        args.slug,
        informed::load::yaml::to_string(&snapshot)
    );
    let header = format!(
        "# {}: clinical sign-off, {signature}.\n# `informed approve` adds each approval at the end and never changes \
         one.\n# Each names the content version approved (what it held is kept in\n# approvals/{}/<version>.yaml), \
         who approved it, in what role, when,\n# and what they reviewed.\n",
        args.slug, args.slug
    );
    let addition = informed::load::yaml::to_string(&vec![&approval]);
    let snapshot_file = approvals.snapshot_file(&args.slug, &current);
    let was = approvals.files.get(&args.slug).map(|f| f.text.as_str());
    let record = informed::write::made::ApprovalRecord {
        file: &record_file,
        was,
        header: &header,
        addition: &addition,
        snapshot: (&snapshot_file, &held),
    };
    if let Err(err) = informed::write::made::write_approval(&project.root, &record) {
        eprintln!("error: {err}");
        eprintln!("nothing was approved");
        return ExitCode::from(2);
    }
    let what: Vec<&str> = approval.reviewed.iter().map(|r| r.word()).collect();
    eprintln!(
        "approved content version {current} of `{}` by {} ({}) on {on}: reviewed {}{}",
        args.slug,
        approval.by,
        approval.role,
        what.join(", "),
        args.locale.as_ref().map(|l| format!(" ({l})")).unwrap_or_default()
    );
    eprintln!("recorded in {}", record_file.display());
    ExitCode::SUCCESS
}

/// Every file of a procedure, in every layer: where a `TODO` would stop its approval.
fn procedure_files(loaded: &informed::load::LoadedProcedure) -> Vec<std::path::PathBuf> {
    let mut files = vec![loaded.dir.join("procedure.yaml")];
    files.extend(loaded.procedure.sections.keys().map(|id| loaded.section_file(id)));
    files.extend(loaded.locals.iter().map(|l| l.file.clone()));
    files
}
