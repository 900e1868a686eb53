//! The TypeScript declarations of every type the UI receives or sends.
//!
//! The generated file `ui/src/lib/bindings.ts` is committed; a test fails when it is
//! out of date (`UPDATE_BINDINGS=1 cargo test -p hoken-techo-core bindings` rewrites it).

use ts_rs::{Config, TS};

use crate::backup::{BackupInfo, BackupKind, RestoreReport};
use crate::card::{CardKind, CardReading, CardReadingView, PinAdvice, PinTries};
use crate::document::{Document, DocumentInput, DocumentKind, Held, RegistrationStatus};
use crate::error::{ErrorCode, ErrorReport, Field, FieldMessage};
use crate::household::{
    AppStatus, DocumentSaved, ExportSaved, PdfChoice, QualificationSaved, SavedFile,
};
use crate::household_file::ImportSummary;
use crate::i18n::Lang;
use crate::insurer::{InsurerNumber, InsurerWarning, PlanKind, Prefecture};
use crate::member::{Member, MemberInput, MemberView, Relation};
use crate::qualification::{
    FieldNote, InsuredRole, InsurerCheck, Qualification, QualificationInput, QualificationView,
};
use crate::reminders::{
    LeadTimeView, ReminderKind, ReminderList, ReminderQuery, ReminderStateView, ReminderStatus,
    ReminderView, SnoozeFor,
};
use crate::rules::{Cap, ComputedDate, EstimateReason};
use crate::status::{
    Action, ActionKind, BringEntry, BringItem, BringList, BurdenView, CheckOutcome, DateLabel,
    DocumentState, DocumentStatus, ExpirySource, ExpiryView, HouseholdStatus, MemberStatus,
    MynaCheck, MynaStatus, NoCover, NoCoverReason, OverviewItem, Urgency, Usability,
};
use crate::store::EncryptionChanged;
use crate::troubleshooter::{Answer, Finding, GivenAnswer, Question, QuestionId, Troubleshooter};

/// The whole bindings file.
pub fn typescript() -> String {
    // IDs are SQLite rowids, far below 2^53: plain numbers in JavaScript.
    let cfg = Config::new().with_large_int("number");
    let declarations = [
        Lang::decl(&cfg),
        Relation::decl(&cfg),
        Member::decl(&cfg),
        MemberInput::decl(&cfg),
        MemberView::decl(&cfg),
        Field::decl(&cfg),
        FieldMessage::decl(&cfg),
        ErrorCode::decl(&cfg),
        ErrorReport::decl(&cfg),
        AppStatus::decl(&cfg),
        crate::household::HouseholdScreen::decl(&cfg),
        crate::household::FirstScreen::decl(&cfg),
        InsuredRole::decl(&cfg),
        Qualification::decl(&cfg),
        QualificationInput::decl(&cfg),
        QualificationView::decl(&cfg),
        QualificationSaved::decl(&cfg),
        FieldNote::decl(&cfg),
        PlanKind::decl(&cfg),
        Prefecture::decl(&cfg),
        InsurerWarning::decl(&cfg),
        InsurerNumber::decl(&cfg),
        InsurerCheck::decl(&cfg),
        DocumentKind::decl(&cfg),
        Held::decl(&cfg),
        RegistrationStatus::decl(&cfg),
        Document::decl(&cfg),
        DocumentInput::decl(&cfg),
        DocumentSaved::decl(&cfg),
        DateLabel::decl(&cfg),
        EstimateReason::decl(&cfg),
        Cap::decl(&cfg),
        ComputedDate::decl(&cfg),
        ExpirySource::decl(&cfg),
        ExpiryView::decl(&cfg),
        DocumentState::decl(&cfg),
        DocumentStatus::decl(&cfg),
        Usability::decl(&cfg),
        CheckOutcome::decl(&cfg),
        MynaCheck::decl(&cfg),
        NoCoverReason::decl(&cfg),
        NoCover::decl(&cfg),
        MynaStatus::decl(&cfg),
        BringItem::decl(&cfg),
        BringEntry::decl(&cfg),
        BringList::decl(&cfg),
        Urgency::decl(&cfg),
        ActionKind::decl(&cfg),
        Action::decl(&cfg),
        BurdenView::decl(&cfg),
        MemberStatus::decl(&cfg),
        OverviewItem::decl(&cfg),
        HouseholdStatus::decl(&cfg),
        QuestionId::decl(&cfg),
        Answer::decl(&cfg),
        Finding::decl(&cfg),
        GivenAnswer::decl(&cfg),
        Question::decl(&cfg),
        Troubleshooter::decl(&cfg),
        CardKind::decl(&cfg),
        PinTries::decl(&cfg),
        CardReading::decl(&cfg),
        PinAdvice::decl(&cfg),
        CardReadingView::decl(&cfg),
        PdfChoice::decl(&cfg),
        SavedFile::decl(&cfg),
        crate::preferences::Preferences::decl(&cfg),
        crate::preferences::LanguageChoice::decl(&cfg),
        crate::preferences::TextSize::decl(&cfg),
        crate::preferences::NamesInReminders::decl(&cfg),
        crate::preferences::DisplaySettings::decl(&cfg),
        crate::preferences::DisplayChange::decl(&cfg),
        crate::i18n::DateOrder::decl(&cfg),
        ReminderKind::decl(&cfg),
        ReminderQuery::decl(&cfg),
        SnoozeFor::decl(&cfg),
        ReminderStatus::decl(&cfg),
        ReminderStateView::decl(&cfg),
        ReminderView::decl(&cfg),
        ReminderList::decl(&cfg),
        LeadTimeView::decl(&cfg),
        BackupKind::decl(&cfg),
        BackupInfo::decl(&cfg),
        RestoreReport::decl(&cfg),
        ExportSaved::decl(&cfg),
        ImportSummary::decl(&cfg),
        crate::household::ImportPreview::decl(&cfg),
        EncryptionChanged::decl(&cfg),
        // First run, demo household, help.
        crate::onboarding::Onboarding::decl(&cfg),
        crate::onboarding::DemoChanged::decl(&cfg),
        crate::help::HelpLink::decl(&cfg),
        crate::help::HelpSection::decl(&cfg),
        crate::help::HelpPage::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from crates/core by `UPDATE_BINDINGS=1 cargo test -p hoken-techo-core bindings`.\n// Do not edit by hand.\n",
    );
    for declaration in declarations {
        out.push_str("\nexport ");
        out.push_str(&declaration);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn bindings_file_is_up_to_date() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
        let expected = super::typescript();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &expected).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == expected,
            "ui/src/lib/bindings.ts is out of date: run `UPDATE_BINDINGS=1 cargo test -p hoken-techo-core bindings`"
        );
    }
}
