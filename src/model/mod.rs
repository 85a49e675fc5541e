//! The typed content model: what a clinical team knows about a procedure, as data.
//!
//! Everything here is language-neutral structure plus source-language text.
//! Numbers are data (`Frequency`), never words; the words around them come
//! from `locales/` when a page is rendered.

mod archive;
mod audit;
mod date;
mod formats;
mod frequency;
mod library;
pub mod print;
mod procedure;
mod site;
mod translation_state;

pub use archive::{ArchiveEntry, ArchiveList};
pub use audit::{Audit, AuditCount, AuditKind, AuditOutcome, audit_columns, wilson};
pub use date::Date;
pub use formats::{FORMATS, laid_out_as};
pub use frequency::{
    ARM_KINDS, Arm, Better, Change, ChangeArm, Counted, Difference, Frequency, Measure, MeasureScale, NOT_REPORTED,
    Reported, SMALL_STUDY, StudyChange, TimeFrame, Unit,
};
pub use library::{
    APPROVALS_DIR, Approval, ApprovalStamp, LIBRARIES_DIR, LOCAL_FILE, LibraryRef, LocalArrangements, LocalFigure,
    LocalLayer, LocalOption, MAX_LIBRARY_DEPTH, Reviewed, Snapshot, content_version, is_version_id,
};
pub use procedure::{
    ArrangementReason, Audience, Certainty, Dates, DeviceReporting, Evidence, EvidenceQuality, GroupMember, Guidance,
    OptionKind, Outcome, OutcomeGroup, OutcomeKind, OutcomeList, Procedure, ProcedureOption, SECTION_IDS, Sections,
    Source, SourceKind, SpecialArrangements,
};
pub use site::{Contact, PublishPolicy, RiskScale, Site};
pub use translation_state::{Review, STATE_FILE, State};

/// An ordered list of short texts, each with a stable id that translators key on.
pub type Texts = indexmap::IndexMap<String, String>;
