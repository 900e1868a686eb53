//! Every kind of error a user can meet, as one flat list: the CLI's error walk
//! (`crates/cli/tests/errors.rs`) and the catalogue check run one case per kind.
//!
//! `Error::kind` matches every variant (and every problem inside one) without a
//! wildcard, so a new variant does not compile until it has a kind here; a new kind is
//! in `ErrorKind::ALL` at once, and the walk fails until it has a case for it.

use super::{
    BackupProblem, CardProblem, EncryptionProblem, Error, ImportProblem, OpenProblem, PdfProblem,
    Problem, UserFile, ValuesProblem,
};

macro_rules! kinds {
    ($($kind:ident => $name:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorKind {
            $($kind,)*
        }

        impl ErrorKind {
            pub const ALL: &'static [ErrorKind] = &[$(ErrorKind::$kind,)*];

            /// A stable name, for test tables and reports of what is covered.
            pub fn name(self) -> &'static str {
                match self {
                    $(ErrorKind::$kind => $name,)*
                }
            }
        }
    };
}

kinds! {
    Required => "invalid:required",
    TooLong => "invalid:too-long",
    NotKatakana => "invalid:not-katakana",
    DateUnreadable => "invalid:date-unreadable",
    DateNotInCalendar => "invalid:date-not-in-calendar",
    DateInFuture => "invalid:date-in-future",
    DateTooEarly => "invalid:date-too-early",
    DateBeforeEra => "invalid:date-before-era",
    UnknownChoice => "invalid:unknown-choice",
    NotDigits => "invalid:not-digits",
    WrongLength => "invalid:wrong-length",
    UnknownPrefecture => "invalid:unknown-prefecture",
    CheckDigitMismatch => "invalid:check-digit-mismatch",
    NotSymbolCharacters => "invalid:not-symbol-characters",
    FullMyNumberRefused => "invalid:full-my-number-refused",
    LostNotAfterAcquired => "invalid:lost-not-after-acquired",
    NotForThisKind => "invalid:not-for-this-kind",
    DatesWhenNotHeld => "invalid:dates-when-not-held",
    ExpiryNotAfterIssue => "invalid:expiry-not-after-issue",
    OutOfRange => "invalid:out-of-range",
    NotForThisReminder => "invalid:not-for-this-reminder",
    ExpiryNotAfterPrevious => "invalid:expiry-not-after-previous",
    TooShort => "invalid:too-short",
    ContainsMyNumber => "invalid:contains-my-number",
    ControlCharacter => "invalid:control-character",
    MemberNotFound => "member-not-found",
    QualificationNotFound => "qualification-not-found",
    DuplicateMember => "duplicate-member",
    DuplicateQualification => "duplicate-qualification",
    CurrentQualificationExists => "current-qualification-exists",
    HouseholdNotEmpty => "household-not-empty",
    OpenNotADatabase => "open:not-a-database",
    OpenForeignDatabase => "open:foreign-database",
    OpenNewerVersion => "open:newer-version",
    OpenUnreadable => "open:unreadable",
    OpenDamaged => "open:damaged",
    OpenNeedsPassphrase => "open:needs-passphrase",
    OpenWrongPassphrase => "open:wrong-passphrase",
    OpenNotAFilePath => "open:not-a-file-path",
    OpenNotAFile => "open:not-a-file",
    OpenNotWritable => "open:not-writable",
    InUse => "in-use",
    BackupNotFound => "backup:not-found",
    BackupUnusable => "backup:unusable",
    BackupCannotWrite => "backup:cannot-write",
    AlreadyEncrypted => "encryption:already-encrypted",
    NotEncrypted => "encryption:not-encrypted",
    EncryptionCannotWrite => "encryption:cannot-write",
    ImportNotJson => "import:not-json",
    ImportNotAHouseholdFile => "import:not-a-household-file",
    ImportUnsupportedVersion => "import:unsupported-version",
    ImportWrongType => "import:wrong-type",
    ImportUnknownKey => "import:unknown-key",
    ImportDuplicateKey => "import:duplicate-key",
    ImportMissing => "import:missing",
    ImportField => "import:field",
    ImportMyNumber => "import:my-number",
    ImportSamePerson => "import:same-person",
    ImportSameCard => "import:same-card",
    ImportSecondCurrentQualification => "import:second-current-qualification",
    ImportSameDocumentKind => "import:same-document-kind",
    ImportTooLarge => "import:too-large",
    ImportTooManyMembers => "import:too-many-members",
    ImportTooManyQualifications => "import:too-many-qualifications",
    ImportNotAFile => "import:not-a-file",
    ImportCannotRead => "import:cannot-read",
    ExportNotWritten => "export-not-written",
    Storage => "storage",
    DiskFull => "storage:disk-full",
    PdfCharacterNotInFont => "pdf:character-not-in-font",
    PdfFormCharacterNotInFont => "pdf:form-character-not-in-font",
    PdfNoCurrentQualification => "pdf:no-current-qualification",
    PdfNothingToPrint => "pdf:nothing-to-print",
    PdfCannotWrite => "pdf:cannot-write",
    PdfCannotOpen => "pdf:cannot-open",
    PdfInternal => "pdf:internal",
    ReminderNotFound => "reminder-not-found",
    CalendarNotWritten => "calendar-not-written",
    OutputNotWritten => "output-not-written",
    PdfHeldOpen => "pdf:held-open",
    CalendarHeldOpen => "calendar:held-open",
    ExportHeldOpen => "export:held-open",
    ValuesNotJson => "values:not-json",
    ValuesWrongType => "values:wrong-type",
    ValuesUnknownKey => "values:unknown-key",
    ValuesDuplicateKey => "values:duplicate-key",
    ValuesTooLarge => "values:too-large",
    ValuesCannotRead => "values:cannot-read",
    ValuesNotAFile => "values:not-a-file",
    ArgumentNotText => "argument-not-text",
    CardNoService => "card:no-service",
    CardNoReader => "card:no-reader",
    CardReaderNotFound => "card:reader-not-found",
    CardNoCard => "card:no-card",
    CardNotMyNumberCard => "card:not-my-number-card",
    CardJukiCard => "card:juki-card",
    CardRemoved => "card:removed",
    CardUnreadableCertificate => "card:unreadable-certificate",
    CardReaderFailed => "card:reader-failed",
    CardCancelled => "card:cancelled",
    CardNotThisMember => "card:not-this-member",
}

impl Problem {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Problem::Required => ErrorKind::Required,
            Problem::TooLong { .. } => ErrorKind::TooLong,
            Problem::NotKatakana => ErrorKind::NotKatakana,
            Problem::DateUnreadable => ErrorKind::DateUnreadable,
            Problem::DateNotInCalendar => ErrorKind::DateNotInCalendar,
            Problem::DateInFuture => ErrorKind::DateInFuture,
            Problem::DateTooEarly => ErrorKind::DateTooEarly,
            Problem::DateBeforeEra { .. } => ErrorKind::DateBeforeEra,
            Problem::UnknownChoice => ErrorKind::UnknownChoice,
            Problem::NotDigits => ErrorKind::NotDigits,
            Problem::WrongLength { .. } => ErrorKind::WrongLength,
            Problem::UnknownPrefecture => ErrorKind::UnknownPrefecture,
            Problem::CheckDigitMismatch => ErrorKind::CheckDigitMismatch,
            Problem::NotSymbolCharacters => ErrorKind::NotSymbolCharacters,
            Problem::FullMyNumberRefused => ErrorKind::FullMyNumberRefused,
            Problem::LostNotAfterAcquired => ErrorKind::LostNotAfterAcquired,
            Problem::NotForThisKind => ErrorKind::NotForThisKind,
            Problem::DatesWhenNotHeld => ErrorKind::DatesWhenNotHeld,
            Problem::ExpiryNotAfterIssue => ErrorKind::ExpiryNotAfterIssue,
            Problem::OutOfRange { .. } => ErrorKind::OutOfRange,
            Problem::NotForThisReminder => ErrorKind::NotForThisReminder,
            Problem::ExpiryNotAfterPrevious => ErrorKind::ExpiryNotAfterPrevious,
            Problem::TooShort { .. } => ErrorKind::TooShort,
            Problem::ContainsMyNumber => ErrorKind::ContainsMyNumber,
            Problem::ControlCharacter { .. } => ErrorKind::ControlCharacter,
        }
    }
}

impl OpenProblem {
    fn kind(&self) -> ErrorKind {
        match self {
            OpenProblem::NotADatabase => ErrorKind::OpenNotADatabase,
            OpenProblem::ForeignDatabase => ErrorKind::OpenForeignDatabase,
            OpenProblem::NewerVersion { .. } => ErrorKind::OpenNewerVersion,
            OpenProblem::Unreadable => ErrorKind::OpenUnreadable,
            OpenProblem::Damaged => ErrorKind::OpenDamaged,
            OpenProblem::NeedsPassphrase => ErrorKind::OpenNeedsPassphrase,
            OpenProblem::WrongPassphrase => ErrorKind::OpenWrongPassphrase,
            OpenProblem::NotAFilePath => ErrorKind::OpenNotAFilePath,
            OpenProblem::NotAFile => ErrorKind::OpenNotAFile,
            OpenProblem::NotWritable => ErrorKind::OpenNotWritable,
        }
    }
}

impl Error {
    /// Which kind of error this is; for `Invalid`, the first field's problem (the one
    /// a front end shows first).
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Invalid(errors) => errors
                .first()
                .map_or(ErrorKind::Required, |error| error.problem.kind()),
            Error::MemberNotFound(_) => ErrorKind::MemberNotFound,
            Error::QualificationNotFound(_) => ErrorKind::QualificationNotFound,
            Error::DuplicateMember { .. } => ErrorKind::DuplicateMember,
            Error::DuplicateQualification { .. } => ErrorKind::DuplicateQualification,
            Error::CurrentQualificationExists { .. } => ErrorKind::CurrentQualificationExists,
            Error::HouseholdNotEmpty => ErrorKind::HouseholdNotEmpty,
            Error::Open { problem, .. } => problem.kind(),
            Error::InUse => ErrorKind::InUse,
            Error::Backup(problem) => match problem {
                BackupProblem::NotFound => ErrorKind::BackupNotFound,
                BackupProblem::Unusable(_) => ErrorKind::BackupUnusable,
                BackupProblem::CannotWrite => ErrorKind::BackupCannotWrite,
            },
            Error::Encryption(problem) => match problem {
                EncryptionProblem::AlreadyEncrypted => ErrorKind::AlreadyEncrypted,
                EncryptionProblem::NotEncrypted => ErrorKind::NotEncrypted,
                EncryptionProblem::CannotWrite => ErrorKind::EncryptionCannotWrite,
            },
            Error::Import(error) => match &error.problem {
                ImportProblem::NotJson { .. } => ErrorKind::ImportNotJson,
                ImportProblem::NotAHouseholdFile => ErrorKind::ImportNotAHouseholdFile,
                ImportProblem::UnsupportedVersion { .. } => ErrorKind::ImportUnsupportedVersion,
                ImportProblem::WrongType { .. } => ErrorKind::ImportWrongType,
                ImportProblem::UnknownKey { .. } => ErrorKind::ImportUnknownKey,
                ImportProblem::DuplicateKey { .. } => ErrorKind::ImportDuplicateKey,
                ImportProblem::Missing => ErrorKind::ImportMissing,
                ImportProblem::Field(_) => ErrorKind::ImportField,
                ImportProblem::MyNumber => ErrorKind::ImportMyNumber,
                ImportProblem::SamePerson { .. } => ErrorKind::ImportSamePerson,
                ImportProblem::SameCard { .. } => ErrorKind::ImportSameCard,
                ImportProblem::SecondCurrentQualification { .. } => {
                    ErrorKind::ImportSecondCurrentQualification
                }
                ImportProblem::SameDocumentKind { .. } => ErrorKind::ImportSameDocumentKind,
                ImportProblem::TooLarge { .. } => ErrorKind::ImportTooLarge,
                ImportProblem::TooManyMembers { .. } => ErrorKind::ImportTooManyMembers,
                ImportProblem::TooManyQualifications { .. } => {
                    ErrorKind::ImportTooManyQualifications
                }
                ImportProblem::CannotRead => ErrorKind::ImportCannotRead,
                ImportProblem::NotAFile => ErrorKind::ImportNotAFile,
            },
            Error::ExportNotWritten => ErrorKind::ExportNotWritten,
            Error::Storage(_) | Error::Migration(_) | Error::Io(_) if self.is_disk_full() => {
                ErrorKind::DiskFull
            }
            // One message for all three: SQLite's own text may quote data.
            Error::Storage(_) | Error::Migration(_) | Error::Io(_) => ErrorKind::Storage,
            Error::Pdf(problem) => match problem {
                PdfProblem::CharacterNotInFont { field: Some(_), .. } => {
                    ErrorKind::PdfCharacterNotInFont
                }
                PdfProblem::CharacterNotInFont { field: None, .. } => {
                    ErrorKind::PdfFormCharacterNotInFont
                }
                PdfProblem::NoCurrentQualification { .. } => ErrorKind::PdfNoCurrentQualification,
                PdfProblem::NothingToPrint => ErrorKind::PdfNothingToPrint,
                PdfProblem::CannotWrite => ErrorKind::PdfCannotWrite,
                PdfProblem::CannotOpen => ErrorKind::PdfCannotOpen,
                PdfProblem::Internal => ErrorKind::PdfInternal,
            },
            Error::ReminderNotFound => ErrorKind::ReminderNotFound,
            Error::CalendarNotWritten => ErrorKind::CalendarNotWritten,
            Error::OutputNotWritten { .. } => ErrorKind::OutputNotWritten,
            Error::HeldOpen(file) => match file {
                UserFile::Pdf => ErrorKind::PdfHeldOpen,
                UserFile::Calendar => ErrorKind::CalendarHeldOpen,
                UserFile::Export => ErrorKind::ExportHeldOpen,
            },
            Error::Values(error) => match &error.problem {
                ValuesProblem::NotJson { .. } => ErrorKind::ValuesNotJson,
                ValuesProblem::WrongType { .. } => ErrorKind::ValuesWrongType,
                ValuesProblem::UnknownKey { .. } => ErrorKind::ValuesUnknownKey,
                ValuesProblem::DuplicateKey { .. } => ErrorKind::ValuesDuplicateKey,
                ValuesProblem::TooLarge { .. } => ErrorKind::ValuesTooLarge,
                ValuesProblem::CannotRead => ErrorKind::ValuesCannotRead,
                ValuesProblem::NotAFile => ErrorKind::ValuesNotAFile,
            },
            Error::ArgumentNotText { .. } => ErrorKind::ArgumentNotText,
            Error::Card(problem) => match problem {
                CardProblem::NoService => ErrorKind::CardNoService,
                CardProblem::NoReader => ErrorKind::CardNoReader,
                CardProblem::ReaderNotFound => ErrorKind::CardReaderNotFound,
                CardProblem::NoCard { .. } => ErrorKind::CardNoCard,
                CardProblem::NotMyNumberCard => ErrorKind::CardNotMyNumberCard,
                CardProblem::JukiCard => ErrorKind::CardJukiCard,
                CardProblem::CardRemoved => ErrorKind::CardRemoved,
                CardProblem::UnreadableCertificate => ErrorKind::CardUnreadableCertificate,
                CardProblem::ReaderFailed => ErrorKind::CardReaderFailed,
                CardProblem::Cancelled => ErrorKind::CardCancelled,
                CardProblem::NotThisMember { .. } => ErrorKind::CardNotThisMember,
            },
        }
    }
}
