//! Edited blocks: which translation of a section's block belongs to which
//! block after its source text was edited.
//!
//! A block's id is a hash of its text, so editing a paragraph gives it a new
//! id: its old id has a translation the source no longer has, and the new id
//! none. Where the old and new ids sit in the same place (between the same
//! neighbours, still there on both sides, as many of one as of the other and
//! of the same sections), the old translation is the new block's,
//! translated from text that has changed since: **stale**, not missing.
//! The status, the plan and the page read the pairs from here at once, so an
//! edit never drops a translated page from the site; `informed l10n update`
//! later moves the translation to its new id in the file.

use super::status::SourceFile;
use super::units::section_of_block;
use crate::load::ftl::FtlFile;
use std::collections::{BTreeMap, BTreeSet};

/// The edited blocks of `source` in the translation `ftl`: (new id, old id),
/// in source order. Ids in `set_aside` (already carried elsewhere) are not
/// old ids, and new ids `taken` already has are not paired.
pub fn edited_blocks(
    source: &SourceFile,
    ftl: &FtlFile,
    set_aside: &BTreeSet<String>,
    taken: &dyn Fn(&str) -> bool,
) -> Vec<(String, String)> {
    let in_source: BTreeSet<&str> = source.units.iter().map(|u| u.id.as_str()).collect();
    let position: BTreeMap<&str, usize> = ftl.order.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
    // Translations of blocks the source no longer has, by their place in the file.
    let obsolete: Vec<(usize, &str)> = ftl
        .order
        .iter()
        .enumerate()
        .filter(|(_, id)| {
            !in_source.contains(id.as_str()) && !set_aside.contains(*id) && section_of_block(id).is_some()
        })
        .map(|(i, id)| (i, id.as_str()))
        .collect();
    let mut pairs = Vec::new();
    if obsolete.is_empty() {
        return pairs;
    }
    // The place in the file just after the last unit present in both, and the missing blocks since.
    let mut start = 0;
    let mut gap: Vec<&str> = Vec::new();
    let ids = source.units.iter().map(|u| Some(u.id.as_str())).chain(std::iter::once(None));
    for id in ids {
        let anchor = match id {
            None => Some(ftl.order.len()),
            Some(id) => position.get(id).copied(),
        };
        let Some(end) = anchor else {
            if let Some(id) = id.filter(|id| section_of_block(id).is_some() && !taken(id)) {
                gap.push(id);
            }
            continue;
        };
        if !gap.is_empty() && start <= end {
            let candidates: Vec<&str> =
                obsolete.iter().filter(|(i, _)| (start..end).contains(i)).map(|(_, id)| *id).collect();
            let same_sections = candidates.len() == gap.len()
                && candidates.iter().zip(&gap).all(|(old, new)| section_of_block(old) == section_of_block(new));
            if same_sections {
                pairs.extend(gap.iter().zip(&candidates).map(|(new, old)| (new.to_string(), old.to_string())));
            }
        }
        gap.clear();
        start = end + 1;
    }
    pairs
}

/// A Fluent resource that gives each new id of `pairs` the translation of
/// its old id (`new = { old }`), for a catalog to format an edited block
/// from its stale translation.
pub fn aliases(pairs: &[(String, String)]) -> String {
    pairs.iter().map(|(new, old)| format!("{new} = {{ {old} }}\n")).collect()
}
