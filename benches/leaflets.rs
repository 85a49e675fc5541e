//! Benchmark: how fast informed builds the shipped content, PDF leaflets included.
//!
//! `cargo bench --bench leaflets` prints leaflets per second for a cold build
//! (a fresh engine, as `informed build` runs) and for warm rebuilds (as a
//! long-running preview would), using every core rayon finds.

use informed::check::CheckOptions;
use informed::model::Date;
use informed::pipeline::{BuildOptions, build};
use std::path::Path;
use std::time::Instant;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let project = informed::load::load(&content).expect("the shipped content loads");
    let today = Date::parse("2026-11-24").expect("a date");
    let pdf = BuildOptions { check: CheckOptions { today }, pdf: true, drafts: false };
    let html = BuildOptions { check: CheckOptions { today }, pdf: false, drafts: false };
    let threads = rayon::current_num_threads();

    let start = Instant::now();
    let _engine = informed::render::pdf::PdfEngine::new(&project.fonts);
    println!("font loading and typst set-up: {:.3} s", start.elapsed().as_secs_f64());

    let start = Instant::now();
    let built = build(&project, &pdf).expect("the shipped content builds");
    let cold = start.elapsed().as_secs_f64();
    let leaflets = built.leaflets.iter().filter(|l| l.pdf.is_some()).count();
    println!(
        "cold build: {leaflets} PDF leaflets and {} pages in {cold:.3} s: {:.1} leaflets/s ({threads} threads)",
        built.pages.iter().map(|(_, n)| n).sum::<usize>(),
        leaflets as f64 / cold
    );

    let rounds = 10;
    let start = Instant::now();
    for _ in 0..rounds {
        build(&project, &pdf).expect("builds");
    }
    let warm = start.elapsed().as_secs_f64() / f64::from(rounds);
    println!(
        "warm build: {leaflets} PDF leaflets in {warm:.3} s each: {:.1} leaflets/s over {rounds} rounds",
        leaflets as f64 / warm
    );

    let start = Instant::now();
    for _ in 0..rounds {
        build(&project, &html).expect("builds");
    }
    let pages_only = start.elapsed().as_secs_f64() / f64::from(rounds);
    println!("without PDFs: {pages_only:.3} s a build (pages and print HTML only)");

    // typst alone: the committed sample leaflet (docs/samples/leaflet.json,
    // the A4 leaflet of the shipped procedure, one of the longest) compiled
    // by the same engine as many times as a build compiles PDFs, on the same
    // threads, each from an empty memo: what typst itself costs, against
    // which informed's whole build is measured.
    use rayon::prelude::*;
    let pdfs = built.files.iter().chain(&built.clinicians).filter(|f| f.path.ends_with(".pdf")).count();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sample = std::fs::read(root.join("docs/samples/leaflet.json")).expect("the sample leaflet data");
    let template = project.templates.get("leaflet.typ").expect("the leaflet template");
    let engine = informed::render::pdf::PdfEngine::new(&project.fonts);
    engine.pdf("leaflet.typ", template, sample.clone(), "warm-up").expect("the sample compiles");
    // As in the build, the jobs that wait for typst run in a pool of their
    // own: typst's PDF writer needs rayon's global pool free to finish.
    let pool = rayon::ThreadPoolBuilder::new().build().expect("a thread pool");
    let start = Instant::now();
    pool.install(|| {
        (0..pdfs).into_par_iter().for_each(|i| {
            // Each compile from nothing: typst's memo would otherwise hand back
            // the last compile of this very document, which no build gets.
            typst::comemo::evict(0);
            engine.pdf("leaflet.typ", template, sample.clone(), &format!("sample/{i}")).expect("the sample compiles");
        })
    });
    let alone = start.elapsed().as_secs_f64();
    println!(
        "typst alone: the sample leaflet {pdfs} times in {alone:.3} s: {:.1} PDFs/s; \
         informed's cold build made {pdfs} PDFs (and every page) at {:.1} PDFs/s, {:.2} times typst's time",
        pdfs as f64 / alone,
        pdfs as f64 / cold,
        cold / alone
    );
}
