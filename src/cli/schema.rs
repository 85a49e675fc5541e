//! `informed schema`: the JSON Schemas of `procedure.yaml` and `site.yaml`,
//! for editors' tools.

use std::path::PathBuf;
use std::process::ExitCode;

/// `informed schema`'s arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The folder to write `procedure.schema.json` and `site.schema.json` in.
    #[arg(long, short, default_value = "schema")]
    output: PathBuf,
}

/// Runs `informed schema`: writes each schema whole, replacing only an
/// earlier schema informed wrote.
pub fn run(args: &Args) -> ExitCode {
    let output = &args.output;
    if let Err(err) = std::fs::create_dir_all(output) {
        return super::cannot_run(&format!("cannot create {}: {err}", output.display()));
    }
    // Run in a site folder: never into its sources.
    let content = std::path::Path::new("content");
    let files = informed::schema::files();
    // Every file may be written, or none is.
    for (name, _) in &files {
        if let Err(err) = informed::write::made::check(&output.join(name), content, &[]) {
            return super::cannot_run(&err);
        }
    }
    for (name, text) in files {
        let file = output.join(name);
        if let Err(err) = informed::write::made::write(&file, content, &[], text.as_bytes()) {
            return super::cannot_run(&err);
        }
        eprintln!("wrote {}", file.display());
    }
    ExitCode::SUCCESS
}
