//! `informed new`: a new procedure or a new site, from plain template files,
//! with `TODO` where an editor fills in. Never overwrites anything.

use std::path::PathBuf;
use std::process::ExitCode;

/// What `informed new` makes.
#[derive(clap::Subcommand, Debug)]
pub enum What {
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

/// Runs `informed new`: refuses to overwrite anything (exit 2, nothing written).
pub fn run(what: &What) -> ExitCode {
    let today = informed::model::Date::today();
    let (files, next) = match what {
        What::Procedure { slug, content } => (
            informed::new::procedure(content, slug, today),
            "fill in each TODO; `informed check` lists those left".to_string(),
        ),
        What::Site { dir } => (
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
        Err(err) => super::cannot_run(&err),
    }
}
