//! Content hashes: version ids for pages and leaflets, and the source fingerprints translations keep.

use sha2::{Digest, Sha256};

/// Hashes named pieces of text; names and lengths are included so pieces cannot run together.
pub struct Hasher(Sha256);

impl Hasher {
    /// A new, empty hash.
    pub fn new() -> Self {
        Hasher(Sha256::new())
    }

    /// Adds a named piece of text.
    pub fn add(&mut self, name: &str, text: &str) {
        for part in [name, text] {
            self.0.update((part.len() as u64).to_le_bytes());
            self.0.update(part.as_bytes());
        }
    }

    /// The hash as lowercase hex.
    pub fn finish(self) -> String {
        self.0.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl Default for Hasher {
    fn default() -> Self {
        Self::new()
    }
}

/// A short fingerprint of one text (12 hex digits), as stored beside translations.
pub fn fingerprint(text: &str) -> String {
    let mut h = Hasher::new();
    h.add("", text);
    h.finish()[..12].to_string()
}
