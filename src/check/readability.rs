//! Readability of the English text a patient reads: Flesch Reading Ease, Flesch–Kincaid grade and SMOG.
//!
//! Formulas (research notes, section 6): FRE = 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words);
//! FKGL = 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59;
//! SMOG = 1.043·√(polysyllables·30/sentences) + 3.1291. A reading age is the US grade plus 5.
//! Other languages have no formula with published coefficients here, so they are "not scored".

use crate::diagnostic::Diagnostic;
use crate::l10n::procedure_units;
use crate::load::LoadedProcedure;
use serde::Serialize;

/// Scores for one text.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Scores {
    /// Sentences counted.
    pub sentences: usize,
    /// Words counted.
    pub words: usize,
    /// Flesch Reading Ease (higher is easier; 60 or more is plain English).
    pub flesch_reading_ease: f64,
    /// Flesch–Kincaid grade (US school grade).
    pub flesch_kincaid_grade: f64,
    /// SMOG grade.
    pub smog: f64,
    /// The hardest sentences, hardest first.
    pub hardest_sentences: Vec<String>,
    /// The longest words, by syllables.
    pub longest_words: Vec<String>,
}

impl Scores {
    /// The reading age the Flesch–Kincaid grade suggests.
    pub fn reading_age(&self) -> f64 {
        self.flesch_kincaid_grade + 5.0
    }
}

/// Scores English `text` (plain text; Markdown markers are ignored as punctuation).
pub fn score(text: &str) -> Scores {
    let sentences = sentences(text);
    let mut words = 0usize;
    let mut syllables = 0usize;
    let mut polysyllables = 0usize;
    // Each word is counted once; the hardest sentences and longest words are
    // kept as they go, without copying the text.
    let mut all_words: Vec<(usize, &str)> = Vec::new();
    let mut graded: Vec<(f64, &str)> = Vec::new();
    for s in &sentences {
        let before = words;
        let mut syl = 0usize;
        for w in words_of(s) {
            let n = count_syllables(w);
            syl += n;
            words += 1;
            if n >= 3 {
                polysyllables += 1;
            }
            all_words.push((n, w));
        }
        let count = words - before;
        if count > 0 {
            graded.push((0.39 * count as f64 + 11.8 * syl as f64 / count as f64, s));
        }
        syllables += syl;
    }
    let sentence_count = sentences.len().max(1);
    let words_f = words.max(1) as f64;
    let wps = words_f / sentence_count as f64;
    let spw = syllables as f64 / words_f;
    graded.sort_by(|a, b| b.0.total_cmp(&a.0));
    all_words.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(b.1.len().cmp(&a.1.len())).then(a.1.cmp(b.1)));
    all_words.dedup_by(|a, b| a.1.eq_ignore_ascii_case(b.1));
    Scores {
        sentences: sentences.len(),
        words,
        flesch_reading_ease: round1(206.835 - 1.015 * wps - 84.6 * spw),
        flesch_kincaid_grade: round1(0.39 * wps + 11.8 * spw - 15.59),
        smog: round1(1.043 * (polysyllables as f64 * 30.0 / sentence_count as f64).sqrt() + 3.1291),
        hardest_sentences: graded.iter().take(3).map(|(_, s)| s.trim().to_string()).collect(),
        longest_words: all_words.iter().take(5).map(|(_, w)| w.to_string()).collect(),
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Sentences: split at `.`, `!`, `?` and line breaks between list items and headings.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for block in text.split('\n') {
        let block = block.trim().trim_start_matches(['#', '-', '*', '>', ' ']);
        let mut start = 0;
        let mut chars = block.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let end = matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|(_, n)| n.is_whitespace());
            if end {
                push_sentence(&mut out, &block[start..i + c.len_utf8()]);
                start = i + c.len_utf8();
            }
        }
        push_sentence(&mut out, &block[start..]);
    }
    out
}

fn push_sentence<'a>(out: &mut Vec<&'a str>, current: &'a str) {
    if current.chars().any(char::is_alphabetic) {
        out.push(current.trim());
    }
}

fn words_of(sentence: &str) -> impl Iterator<Item = &str> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| w.chars().any(char::is_alphabetic))
}

/// Syllables in an English word, by vowel groups with the usual corrections.
pub fn count_syllables(word: &str) -> usize {
    // The word's ASCII letters, lower-cased (`to_lowercase` leaves no other
    // ASCII letters behind), without allocating for the usual short word.
    let mut buffer = [0u8; 48];
    let mut long = Vec::new();
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase).filter(char::is_ascii_alphabetic) {
        if len < buffer.len() {
            buffer[len] = c as u8;
        } else {
            if long.is_empty() {
                long.extend_from_slice(&buffer);
            }
            long.push(c as u8);
        }
        len += 1;
    }
    let letters: &[u8] = if long.is_empty() { &buffer[..len] } else { &long };
    // Only ASCII letters: always UTF-8.
    let Ok(w) = std::str::from_utf8(letters) else { return 1 };
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let mut w = w;
    for suffix in ["es", "ed"] {
        if w.ends_with(suffix) && !w.ends_with("ted") && !w.ends_with("ded") && !w.ends_with("les") {
            w = &w[..w.len() - 2];
            break;
        }
    }
    if w.ends_with('e') && !w.ends_with("le") && w.len() > 2 {
        w = &w[..w.len() - 1];
    }
    let mut count = 0;
    let mut previous_vowel = false;
    for c in w.bytes() {
        let vowel = matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    count.max(1)
}

/// The English text of a procedure page, as a patient reads it.
pub fn procedure_text(loaded: &LoadedProcedure) -> String {
    // The sections whole, as written: a block of a section is not a text of its own.
    let p = &loaded.procedure;
    procedure_units(p)
        .iter()
        .filter(|u| !u.markdown)
        .map(|u| u.source.trim().to_string())
        .chain(p.sections.values().map(|text| text.trim().to_string()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A warning when the page reads above the target reading age.
pub fn check(loaded: &LoadedProcedure, reading_age: u8, found: &mut Vec<Diagnostic>) {
    let scores = score(&procedure_text(loaded));
    let target_grade = f64::from(reading_age) - 5.0;
    if scores.flesch_kincaid_grade > target_grade {
        found.push(
            Diagnostic::warning(
                "readability",
                &loaded.spans.at("title"),
                format!(
                    "this page reads at about age {:.0} (Flesch–Kincaid grade {}, Flesch Reading Ease {}, SMOG {}), above the target of {reading_age}",
                    scores.reading_age(),
                    scores.flesch_kincaid_grade,
                    scores.flesch_reading_ease,
                    scores.smog
                ),
            )
            .with_hint(format!(
                "shorten these sentences: {}; and find everyday words for: {}",
                scores.hardest_sentences.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(" "),
                scores.longest_words.join(", ")
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for (w, n) in [
            ("the", 1),
            ("nail", 1),
            ("operation", 4),
            ("bone", 1),
            ("people", 2),
            ("limited", 3),
            ("intramedullary", 6),
            ("leg", 1),
            ("longer", 2),
        ] {
            assert_eq!(count_syllables(w), n, "{w}");
        }
    }

    #[test]
    fn plain_text_scores_easy_and_dense_text_scores_hard() {
        let easy = score("The leg gets longer. It takes time. You will see your team a lot.");
        assert!(easy.flesch_reading_ease > 80.0, "{easy:?}");
        assert!(easy.flesch_kincaid_grade < 3.0);
        let hard = score(
            "Intramedullary distraction osteogenesis necessitates multidisciplinary perioperative optimisation and comprehensive rehabilitation.",
        );
        assert!(hard.flesch_kincaid_grade > 15.0, "{hard:?}");
        assert_eq!(hard.longest_words[0], "multidisciplinary");
    }

    #[test]
    fn sentences_split_at_full_stops_and_list_items() {
        assert_eq!(sentences("One. Two!\n- three\n### Four").len(), 4);
        assert_eq!(sentences("About 0.82 mm a day.").len(), 1);
    }
}
