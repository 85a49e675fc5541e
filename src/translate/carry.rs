//! What `informed l10n update` carries over to the ids of a section's blocks,
//! so that no translation is lost when sections are translated block by block.
//!
//! Two cases, both pure functions of the source, the translation file and the
//! locale's state:
//!
//! - **A whole section** translated as one message (`section-about`, as
//!   informed kept sections before) is split into the blocks of the source's
//!   section by position, when its blocks are of the same kinds in the same
//!   order (paragraph, heading, point of a list at its depth). Each block keeps
//!   the confirmation and review of the whole where the section's source text
//!   is unchanged since. Otherwise it stays as it is (it is obsolete) with a
//!   warning, for the translator to copy from.
//! - **An edited block.** A block's id is a hash of its text, so editing a
//!   paragraph gives it a new id: its old id is obsolete and the new one
//!   missing. Where they sit in the same place, between the same neighbours
//!   that are still there, the translation moves to the new id with the
//!   confirmation of the old text, so it counts as stale (translated from
//!   text that has changed since), not as missing.

use crate::diagnostic::{Diagnostic, Location};
use crate::l10n::status::{SourceFile, SourceSection};
use crate::load::TranslationFile;
use crate::load::ftl::message;
use crate::markdown::{SegmentKind, segments};
use crate::model::State;
use std::collections::{BTreeMap, BTreeSet};

/// A translation to write under a new id.
#[derive(Debug, Clone)]
pub struct Moved {
    /// The translator's note above the message it came from, if any.
    pub note: Option<String>,
    /// The message, as Fluent source under its new id.
    pub fluent: String,
}

/// What [`carry`] found for one translation file.
#[derive(Debug, Default)]
pub struct Carried {
    /// Translations to write under ids the file does not have yet.
    pub messages: BTreeMap<String, Moved>,
    /// Ids whose translation now lives under other ids: not to be kept as obsolete.
    pub consumed: BTreeSet<String>,
    /// Whole sections that could not be split.
    pub warnings: Vec<Diagnostic>,
    /// What was carried, for the translator.
    pub notes: Vec<String>,
}

/// Carries the translations of `file` (the translation of `source` into
/// `locale`) over to `source`'s block ids, recording each carried confirmation
/// and review in `state` (the site's own state) under its new id.
pub fn carry(
    source: &SourceFile,
    file: &TranslationFile,
    locale: &str,
    source_locale: &str,
    state: &mut State,
) -> Carried {
    let mut carried = Carried::default();
    let fingerprints: BTreeMap<&str, &str> =
        source.units.iter().map(|u| (u.id.as_str(), u.fingerprint.as_str())).collect();
    for section in &source.sections {
        split(source, section, file, (locale, source_locale), &fingerprints, state, &mut carried);
    }
    follow_edits(source, file, locale, source_locale, state, &mut carried);
    carried
}

/// A block's kind in words, for a warning.
fn kind_words(kind: SegmentKind) -> String {
    match kind {
        SegmentKind::Paragraph => "a paragraph".to_string(),
        SegmentKind::Heading(level) => format!("a heading (level {level})"),
        SegmentKind::ListItem { depth: 1 } => "a point of a list".to_string(),
        SegmentKind::ListItem { depth } => format!("a point of a list {depth} deep"),
        SegmentKind::TableCell => "a table cell".to_string(),
        SegmentKind::Code => "code".to_string(),
        SegmentKind::Other => "another kind of block".to_string(),
    }
}

/// Splits the whole-section translation of `section`, if the file has one and
/// none of the section's blocks yet.
fn split(
    source: &SourceFile,
    section: &SourceSection,
    file: &TranslationFile,
    (locale, source_locale): (&str, &str),
    fingerprints: &BTreeMap<&str, &str>,
    state: &mut State,
    carried: &mut Carried,
) {
    let Some(old) = file.ftl.messages.get(&section.id) else { return };
    if section.blocks.is_empty() || section.blocks.iter().any(|(id, _)| file.ftl.messages.contains_key(id)) {
        return;
    }
    let pieces = segments(&old.text);
    let at = Location::new(&file.path, old.line, 1);
    let mismatch = if pieces.len() != section.blocks.len() {
        Some(format!(
            "its {locale} text has {} blocks and the {source_locale} text {}",
            pieces.len(),
            section.blocks.len()
        ))
    } else {
        pieces.iter().zip(&section.blocks).enumerate().find(|(_, (p, (_, kind)))| p.kind != *kind).map(
            |(i, (p, (_, kind)))| {
                format!(
                    "block {} is {} in {locale} and {} in {source_locale}",
                    i + 1,
                    kind_words(p.kind),
                    kind_words(*kind)
                )
            },
        )
    };
    if let Some(why) = mismatch {
        carried.warnings.push(
            Diagnostic::warning(
                "l10n-split",
                &at,
                format!("`{}` is translated as one message and cannot be split into its blocks: {why}", section.id),
            )
            .with_hint(format!(
                "it is kept under Obsolete: copy each block's translation from it into that block's stub, \
                 run `informed l10n confirm {locale}` with the blocks' ids, then delete it"
            )),
        );
        return;
    }
    let name = &source.name;
    let confirmed = state.translated.get(name).and_then(|r| r.get(&section.id)) == Some(&section.fingerprint);
    let reviewed = state.reviews.get(name).and_then(|r| r.units.get(&section.id)) == Some(&section.fingerprint);
    for (i, ((id, _), piece)) in section.blocks.iter().zip(&pieces).enumerate() {
        let note = if i == 0 { old.comment.clone() } else { None };
        carried.messages.insert(id.clone(), Moved { note, fluent: message(id, &piece.text) });
        let Some(fingerprint) = fingerprints.get(id.as_str()).map(|f| f.to_string()) else { continue };
        if confirmed {
            state.translated.entry(name.clone()).or_default().insert(id.clone(), fingerprint.clone());
        }
        if reviewed && let Some(review) = state.reviews.get_mut(name) {
            review.units.insert(id.clone(), fingerprint);
        }
    }
    forget(state, name, &section.id);
    carried.consumed.insert(section.id.clone());
    let how = if confirmed {
        "each confirmed, as the whole was"
    } else {
        "to be checked and confirmed: the whole was not confirmed against the current text"
    };
    carried.notes.push(format!(
        "{}:{}: split `{}` into its {} blocks, {how}",
        file.path.display(),
        old.line,
        section.id,
        pieces.len()
    ));
}

/// Drops what `state` records of `id` in the file `name`.
fn forget(state: &mut State, name: &str, id: &str) {
    if let Some(recorded) = state.translated.get_mut(name) {
        recorded.remove(id);
    }
    if let Some(review) = state.reviews.get_mut(name) {
        review.units.remove(id);
    }
}

/// Moves the translation of an edited block from its old id to its new one,
/// where both sit between the same neighbours.
fn follow_edits(
    source: &SourceFile,
    file: &TranslationFile,
    locale: &str,
    source_locale: &str,
    state: &mut State,
    carried: &mut Carried,
) {
    let ftl = &file.ftl;
    let pairs =
        crate::l10n::edits::edited_blocks(source, ftl, &carried.consumed, &|id| carried.messages.contains_key(id));
    let name = &source.name;
    for (new, old) in pairs {
        let Some(m) = ftl.messages.get(&old) else { continue };
        let Some(value) = m.source.strip_prefix(old.as_str()) else { continue };
        carried.messages.insert(new.clone(), Moved { note: m.comment.clone(), fluent: format!("{new}{value}") });
        if let Some(fingerprint) = state.translated.get(name).and_then(|r| r.get(&old)).cloned() {
            state.translated.entry(name.clone()).or_default().insert(new.clone(), fingerprint);
        }
        forget(state, name, &old);
        carried.consumed.insert(old.clone());
        carried.notes.push(format!(
            "{}:{}: the {source_locale} text of `{old}` changed, so it is now `{new}`: its translation moved with it; \
             check it, then run `informed l10n confirm {locale} {new}`",
            file.path.display(),
            m.line
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::fingerprint;
    use crate::l10n::status::SourceUnit;
    use crate::l10n::units::section_blocks;
    use crate::load::Origin;
    use crate::load::ftl::FtlFile;
    use std::sync::Arc;

    const NAME: &str = "procedures/x.ftl";

    /// A procedure file with a title and the section `about`.
    fn source(markdown: &str) -> SourceFile {
        let blocks = section_blocks("about", markdown);
        let units = std::iter::once(("title".to_string(), "Title".to_string()))
            .chain(blocks.iter().map(|b| (b.id.clone(), b.text.clone())))
            .map(|(id, text)| SourceUnit {
                fluent: message(&id, &text),
                fingerprint: fingerprint(&text),
                markdown: id != "title",
                id,
                text,
                variables: BTreeSet::new(),
                attributes: BTreeSet::new(),
                context: None,
            })
            .collect();
        SourceFile {
            name: NAME.to_string(),
            slug: Some("x".to_string()),
            units,
            sections: vec![SourceSection {
                id: "section-about".to_string(),
                fingerprint: fingerprint(markdown),
                blocks: blocks.into_iter().map(|b| (b.id, b.kind)).collect(),
            }],
        }
    }

    /// The translation file of `source` with `texts` as its units' translations, in order.
    fn translation(text: String) -> TranslationFile {
        let (ftl, resource) = FtlFile::parse_with_resource(&text);
        TranslationFile { origin: Origin::Site, path: NAME.into(), text, ftl, resource: Arc::new(resource) }
    }

    fn translated(source: &SourceFile, texts: &[&str]) -> (TranslationFile, State) {
        let text: String = source.units.iter().zip(texts).map(|(u, t)| message(&u.id, t)).collect();
        let mut state = State::default();
        state
            .translated
            .insert(NAME.to_string(), source.units.iter().map(|u| (u.id.clone(), u.fingerprint.clone())).collect());
        (translation(text), state)
    }

    #[test]
    fn an_edited_block_takes_its_translation_along_and_nothing_is_guessed() {
        let old = source("One.\n\nTwo.\n\nThree.\n\nFour.\n");
        let (file, state) = translated(&old, &["Teitl", "Un.", "Dau.", "Tri.", "Pedwar."]);
        let id = |s: &SourceFile, i: usize| s.units[i].id.clone();

        // Two blocks edited, apart: each translation moves to the new id, with the old confirmation.
        let new = source("One.\n\nTwo, edited.\n\nThree.\n\nFour, edited.\n");
        let mut after = state.clone();
        let carried = carry(&new, &file, "cy", "en-GB", &mut after);
        assert_eq!(carried.messages.keys().cloned().collect::<Vec<_>>(), {
            let mut ids = vec![id(&new, 2), id(&new, 4)];
            ids.sort();
            ids
        });
        assert_eq!(carried.messages[&id(&new, 2)].fluent, format!("{} = Dau.\n", id(&new, 2)));
        assert_eq!(carried.consumed, BTreeSet::from([id(&old, 2), id(&old, 4)]));
        let recorded = &after.translated[NAME];
        assert_eq!(recorded[&id(&new, 2)], fingerprint("Two."));
        assert!(!recorded.contains_key(&id(&old, 2)));
        assert_ne!(recorded[&id(&new, 2)], new.units[2].fingerprint, "stale, not current");

        // An edit beside an added block: which is which cannot be told, so nothing moves.
        let new = source("One.\n\nTwo, edited.\n\nAdded.\n\nThree.\n\nFour.\n");
        let mut after = state.clone();
        let carried = carry(&new, &file, "cy", "en-GB", &mut after);
        assert!(carried.messages.is_empty() && carried.consumed.is_empty(), "{carried:?}");
        assert_eq!(after, state);
    }

    #[test]
    fn a_whole_section_is_split_by_position_only_when_its_blocks_match() {
        let markdown = "Intro.\n\n### Heading\n\n- one\n- two\n";
        let new = source(markdown);
        let whole = |text: &str| {
            let mut state = State::default();
            state
                .translated
                .insert(NAME.to_string(), BTreeMap::from([("section-about".to_string(), fingerprint(markdown))]));
            (translation(format!("title = Teitl\n{}", message("section-about", text))), state)
        };
        let (file, mut state) = whole("Cyflwyniad.\n\n### Pennawd\n\n- un\n- {dau}\n");
        let carried = carry(&new, &file, "cy", "en-GB", &mut state);
        let texts: Vec<String> = new.units[1..].iter().map(|u| carried.messages[&u.id].fluent.clone()).collect();
        assert_eq!(texts[1], format!("{} = Pennawd\n", new.units[2].id));
        assert_eq!(texts[3], format!("{} = {{\"{{\"}}dau{{\"}}\"}}\n", new.units[4].id), "braces stay text");
        assert!(carried.warnings.is_empty());
        for u in &new.units[1..] {
            assert_eq!(state.translated[NAME][&u.id], u.fingerprint, "confirmed as the whole was");
        }
        assert!(!state.translated[NAME].contains_key("section-about"));

        // A point of a list where the source has a paragraph: kept whole, with a warning at its line.
        let (file, mut state) = whole("Cyflwyniad.\n\n### Pennawd\n\n- un\n\ndau\n");
        let before = state.clone();
        let carried = carry(&new, &file, "cy", "en-GB", &mut state);
        assert!(carried.messages.is_empty() && carried.consumed.is_empty());
        assert_eq!(state, before);
        assert_eq!((carried.warnings[0].code, carried.warnings[0].line), ("l10n-split", 2));
        assert!(
            carried.warnings[0].message.ends_with("block 4 is a paragraph in cy and a point of a list in en-GB"),
            "{}",
            carried.warnings[0].message
        );
    }
}
