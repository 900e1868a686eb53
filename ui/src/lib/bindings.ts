// Generated from crates/core by `UPDATE_BINDINGS=1 cargo test -p hoken-techo-core bindings`.
// Do not edit by hand.

export type Lang = "ja" | "en";

export type Relation = "self" | "spouse" | "child" | "parent" | "other";

export type Member = { id: number, name: string, kana: string, birthDate: string, relation: Relation, };

export type MemberInput = { name: string, kana: string, birthDate: string, relation: string, };

export type MemberView = { 
/**
 * e.g. `昭和55年1月2日 (1980-01-02)`.
 */
birthDateLabel: string, relationLabel: string, 
/**
 * Age in whole years on the day the view was made.
 */
age: number, 
/**
 * The current qualification first, then history, newest first.
 */
qualifications: Array<QualificationView>, id: number, name: string, kana: string, birthDate: string, relation: Relation, };

export type Field = "name" | "kana" | "birthDate" | "relation" | "insurerNumber" | "insurerName" | "symbol" | "number" | "branch" | "role" | "acquiredDate" | "lostDate" | "burden" | "myNumberLast4" | "memo" | "documentKind" | "held" | "issuedDate" | "expiryDate" | "registrationStatus" | "statusDate" | "reminderKind" | "leadDays" | "untilDate" | "passphrase";

export type FieldMessage = { field: Field, message: string, };

export type ErrorCode = "invalid" | "notFound" | "duplicate" | "currentExists" | "needsPassphrase" | "wrongPassphrase" | "cannotOpen" | "inUse" | "backup" | "encryption" | "import" | "export" | "diskFull" | "storage" | "unprintableCharacter" | "nothingToPrint" | "pdf" | "calendar" | "outputNotWritten" | "notEmpty" | "fileInUse" | "valuesInput" | "argumentNotText" | "cardCancelled" | "cardNotThisMember" | "card" | "autostart";

export type ErrorReport = { code: ErrorCode, message: string, fields: Array<FieldMessage>, };

export type AppStatus = { databasePath: string, openError: ErrorReport | null, 
/**
 * Language, date order and text size to apply before anything is shown (the
 * defaults when the file could not be opened).
 */
display: DisplaySettings, };

export type HouseholdScreen = { members: Array<MemberView>, today: HouseholdStatus, onboarding: Onboarding, };

export type FirstScreen = { status: AppStatus, household: HouseholdScreen | null, householdError: ErrorReport | null, 
/**
 * Whether the window should send its own start-up steps (`make bench`'s trace,
 * docs/PERFORMANCE.md); false unless the app was started to be measured.
 */
traceStartup: boolean, };

export type InsuredRole = "insured" | "dependant";

export type Qualification = { id: number, memberId: number, 
/**
 * The 8 or 6 digits, half-width.
 */
insurerNumber: string, insurerName: string, symbol: string, number: string, branch: string | null, role: InsuredRole, acquiredOn: string, lostOn: string | null, 
/**
 * 負担割合 in tenths (3 = 3割), where printed.
 */
burdenTenths: number | null, myNumberLast4: string | null, memo: string, };

export type QualificationInput = { insurerNumber: string, insurerName: string, symbol: string, number: string, branch: string, role: string, acquiredOn: string, lostOn: string, burden: string, myNumberLast4: string, memo: string, };

export type QualificationView = { 
/**
 * `協会けんぽ・東京都`.
 */
insurerLabel: string, roleLabel: string, acquiredLabel: string, lostLabel: string | null, 
/**
 * `3割`, where known.
 */
burdenLabel: string | null, 
/**
 * No 資格喪失日: the member's current plan.
 */
current: boolean, id: number, memberId: number, 
/**
 * The 8 or 6 digits, half-width.
 */
insurerNumber: string, insurerName: string, symbol: string, number: string, branch: string | null, role: InsuredRole, acquiredOn: string, lostOn: string | null, 
/**
 * 負担割合 in tenths (3 = 3割), where printed.
 */
burdenTenths: number | null, myNumberLast4: string | null, memo: string, };

export type QualificationSaved = { qualification: QualificationView, notes: Array<FieldNote>, };

export type FieldNote = { field: Field, message: string, };

export type PlanKind = { "kind": "kyokaiKenpo" } | { "kind": "seafarersInsurance" } | { "kind": "dayLaborers" } | { "kind": "healthInsuranceSociety" } | { "kind": "selfDefenseForces" } | { "kind": "nationalPublicServiceMutualAid" } | { "kind": "localPublicServiceMutualAid" } | { "kind": "policeMutualAid" } | { "kind": "schoolMutualAid" } | { "kind": "lateStageElderly" } | { "kind": "specialRetireeSociety" } | { "kind": "retireeNationalHealthInsurance" } | { "kind": "specialRetireeMutualAid" } | { "kind": "nationalHealthInsurance" } | { "kind": "unknown", code: number, };

export type Prefecture = { code: number, nameJa: string, nameEn: string, };

export type InsurerWarning = { "kind": "unknownPlanCode" };

export type InsurerNumber = { 
/**
 * The 8 or 6 digits, half-width, without spaces or hyphens: the form to store.
 */
digits: string, 
/**
 * 法別番号 (the first 2 of 8 digits); `None` for 国民健康保険 (6 digits).
 */
planCode: number | null, plan: PlanKind, prefecture: Prefecture, 
/**
 * Things to show the user although the number was accepted.
 */
warnings: Array<InsurerWarning>, };

export type InsurerCheck = { valid: boolean, 
/**
 * `協会けんぽ・東京都` when valid, in the reader's language.
 */
description: string | null, 
/**
 * The plan type and the prefecture in Japanese whatever the language, as the
 * notice prints them (`協会けんぽ`, `東京都`).
 */
planJa: string | null, prefectureJa: string | null, insurer: InsurerNumber | null, 
/**
 * Why it is not valid, or a warning about an accepted number.
 */
message: string | null, };

export type DocumentKind = "card" | "ecert-auth" | "ecert-sign" | "phone" | "registration" | "kakuninsho" | "koureisha" | "legacy-card" | "zairyu";

export type Held = "held" | "not-held" | "unknown";

export type RegistrationStatus = "done" | "not-done" | "unknown";

export type Document = { memberId: number, kind: DocumentKind, held: Held, issuedOn: string | null, 
/**
 * The expiry date printed on the document; the status computes one when missing.
 */
expiresOn: string | null, registration: RegistrationStatus | null, 
/**
 * The day the expiry was read from the card's chip (the 利用者証明用電子証明書
 * only); `None` when it was typed.
 */
readFromCardOn: string | null, };

export type DocumentInput = { kind: string, 
/**
 * `held` (also when empty), `not-held` or `unknown`.
 */
held: string, issued: string, expires: string, 
/**
 * Only for the registration: `done` (also when empty), `not-done`, `unknown`.
 */
status: string, };

export type DocumentSaved = { document: DocumentStatus | null, notes: Array<FieldNote>, };

export type DateLabel = { date: string, label: string, };

export type EstimateReason = "applicationDateUnknown" | "ageAtApplicationUnknown" | "leapDayBirthday" | "incomeUnknown";

export type Cap = "residencePeriod" | "card" | "authCert";

export type ComputedDate = { 
/**
 * The date the app shows (the rule DOMAIN.md chose for each open question).
 */
value: string, 
/**
 * True when `possible` holds more than one date: show as 目安.
 */
estimate: boolean, 
/**
 * Why it is an estimate; empty when it is not.
 */
reasons: Array<EstimateReason>, 
/**
 * Set when a cap, not the birthday rule, gave `value`.
 */
cappedBy: Cap | null, 
/**
 * Every date the open questions allow, ascending; contains `value`.
 */
possible: Array<string>, };

export type ExpirySource = "printed" | "computed" | "card";

export type ExpiryView = { date: string, 
/**
 * With `（目安）` when it is an estimate.
 */
label: string, source: ExpirySource, 
/**
 * Computed and not certain: show as 目安.
 */
estimate: boolean, estimateReasons: Array<EstimateReason>, 
/**
 * The reasons in words.
 */
estimateNotes: Array<string>, 
/**
 * What the rules give, also when a printed date is shown (to cross-check).
 */
computed: ComputedDate | null, 
/**
 * The printed date disagrees with the rules: a gentle warning, not an error.
 */
mismatch: string | null, 
/**
 * The day the date was read from the card (source `card`).
 */
readFromCardOn: DateLabel | null, };

export type DocumentState = { "kind": "valid" } | { "kind": "renewalOpen", from: string, } | { "kind": "grace", until: string, } | { "kind": "expired" } | { "kind": "notHeld" } | { "kind": "unknown" } | { "kind": "cancelled", graceEnded: string, };

export type DocumentStatus = { kind: DocumentKind, kindLabel: string, 
/**
 * False when the app assumes the document from another (e-certs from the card).
 */
recorded: boolean, held: Held, heldLabel: string, registration: RegistrationStatus | null, 
/**
 * Issue date (for the registration: the day it was done).
 */
issued: DateLabel | null, expiry: ExpiryView | null, state: DocumentState, 
/**
 * `有効`, `更新できます（…から）`, `期限切れ（…まで猶予期間）` …
 */
stateLabel: string, notes: Array<string>, };

export type Usability = "usable" | "grace" | "notUsable" | "unknown";

export type CheckOutcome = "ok" | "grace" | "fails" | "unknown";

export type MynaCheck = { 
/**
 * The document the condition is about.
 */
kind: DocumentKind, outcome: CheckOutcome, 
/**
 * The condition and its state, as a sentence.
 */
text: string, };

export type NoCoverReason = "qualificationLost" | "insuredTurned75";

export type NoCover = { reason: NoCoverReason, 
/**
 * The first day without cover.
 */
since: DateLabel, 
/**
 * `since` rests on a 目安 (a 29 February birthday).
 */
estimate: boolean, 
/**
 * The insured person who turned 75.
 */
aboutMemberId: number | null, 
/**
 * Why, as a sentence.
 */
text: string, };

export type MynaStatus = { usable: Usability, 
/**
 * Set when マイナ保険証 is not usable for lack of cover (then `usable` is
 * `notUsable`, whatever the card's state); `null` otherwise.
 */
noCover: NoCover | null, 
/**
 * `使えます`, `使えません` …
 */
label: string, 
/**
 * In the grace: its last day.
 */
graceUntil: DateLabel | null, 
/**
 * Why: the conditions in the order DOMAIN §10 asks them.
 */
checks: Array<MynaCheck>, };

export type BringItem = "mynaCard" | "oshirase" | "kakuninsho" | "legacyCard" | "koureisha";

export type BringEntry = { item: BringItem, label: string, 
/**
 * False when the app has no record of the member holding it (a 資格確認書 to
 * ask the insurer for, for instance).
 */
held: boolean, };

export type BringList = { items: Array<BringEntry>, 
/**
 * `マイナンバーカード（マイナ保険証）と資格情報のお知らせ`.
 */
summary: string, 
/**
 * `受診の際は、…をお持ちください。`
 */
sentence: string, notes: Array<string>, };

export type Urgency = "noCover" | "notUsable" | "grace" | "renewalOpen" | "upcoming" | "advice";

export type ActionKind = "renewCard" | "renewAuthCert" | "renewSignCert" | "redoRegistration" | "register" | "checkRegistration" | "getKakuninsho" | "kakuninshoExpiring" | "koureisha" | "kouki" | "dependantLosesCover" | "childCard" | "joinNewPlan" | "recordKouki" | "koukiPapers" | "phoneSetupAgain";

export type Action = { kind: ActionKind, urgency: Urgency, urgencyLabel: string, 
/**
 * The date the overview sorts by: a deadline, or the day something starts.
 */
date: DateLabel | null, 
/**
 * A window to act in (the renewal window).
 */
from: DateLabel | null, until: DateLabel | null, 
/**
 * The dates rest on an unconfirmed rule: show as 目安.
 */
estimate: boolean, title: string, detail: string, 
/**
 * Another member this is about (the insured person turning 75).
 */
aboutMemberId: number | null, };

export type BurdenView = { tenths: number, 
/**
 * `3割`, or `2割（所得により3割・目安）`.
 */
label: string, 
/**
 * From the qualification the user typed.
 */
printed: boolean, estimate: boolean, };

export type MemberStatus = { memberId: number, name: string, relationLabel: string, age: number, 
/**
 * The qualification in force on the date, as the insurer's label (`協会けんぽ・東京都`).
 */
planLabel: string | null, burden: BurdenView | null, documents: Array<DocumentStatus>, myna: MynaStatus, bring: BringList, 
/**
 * Most urgent first.
 */
actions: Array<Action>, };

export type OverviewItem = { memberId: number, memberName: string, kind: ActionKind, urgency: Urgency, urgencyLabel: string, 
/**
 * The date the overview sorts by: a deadline, or the day something starts.
 */
date: DateLabel | null, 
/**
 * A window to act in (the renewal window).
 */
from: DateLabel | null, until: DateLabel | null, 
/**
 * The dates rest on an unconfirmed rule: show as 目安.
 */
estimate: boolean, title: string, detail: string, 
/**
 * Another member this is about (the insured person turning 75).
 */
aboutMemberId: number | null, };

export type HouseholdStatus = { on: DateLabel, members: Array<MemberStatus>, 
/**
 * Every member's actions except advice, most urgent first: by [`Urgency`]
 * (expired and not usable, grace, renewal window open, upcoming), then by date,
 * then by member.
 */
overview: Array<OverviewItem>, };

export type QuestionId = "hasCard" | "registration" | "expiry" | "recentChange" | "myNumberSubmitted" | "pin";

export type Answer = "yes" | "no" | "unknown";

export type Finding = "fine" | "problem" | "unknown";

export type GivenAnswer = { question: QuestionId, answer: Answer, };

export type Question = { id: QuestionId, question: string, answer: Answer, answerLabel: string, 
/**
 * The answer is the member's own ([`GivenAnswer`]), not the records'.
 */
given: boolean, 
/**
 * The records cannot answer it: the member may (yes / no).
 */
askable: boolean, finding: Finding, 
/**
 * Why the app answers so (what it knows).
 */
why: string, 
/**
 * What to do when this is the problem.
 */
steps: Array<string>, };

export type Troubleshooter = { memberId: number, memberName: string, title: string, intro: string, 
/**
 * Set when nothing insures the member on the day: the reader fails for that
 * reason, whatever the card's state (the steps are then joining a plan).
 */
noCover: NoCover | null, questions: Array<Question>, 
/**
 * The first question whose answer points at a problem.
 */
firstProblem: QuestionId | null, 
/**
 * Every question whose answer points at a problem and whose steps apply, in order
 * (a registration cancelled by an expiry is fixed by the expiry's steps).
 */
problems: Array<QuestionId>, 
/**
 * The first problem's steps (or joining a plan, without cover), or the general
 * steps when nothing points at a problem.
 */
steps: Array<string>, 
/**
 * Said when some answers are unknown.
 */
note: string | null, };

export type CardKind = "my-number-card" | "jpki-card";

export type PinTries = { "state": "left", left: number, } | { "state": "locked" } | { "state": "unknown" };

export type CardReading = { 
/**
 * The reader's name as the system gives it (not personal data).
 */
reader: string, kind: CardKind, 
/**
 * The last day the 利用者証明用電子証明書 is valid: its notAfter in JST.
 */
ecertAuthExpires: string, authPin: PinTries, };

export type PinAdvice = "fine" | "caution" | "locked" | "unknown";

export type CardReadingView = { reading: CardReading, kindLabel: string, 
/**
 * The expiry in both calendars (the household's order first).
 */
expiryLabel: string, 
/**
 * `3回中3回` / `3 of 3`, or `ロックされています` / `locked`.
 */
pinLabel: string, pinAdvice: PinAdvice, 
/**
 * What to do about the PIN; `None` when all is well.
 */
pinNote: string | null, 
/**
 * Whether the certificate has expired on the day of the reading.
 */
expired: boolean, 
/**
 * Set when the date fits none of the member's dates (see [`MemberCheck`]).
 */
memberWarning: string | null, };

export type PdfChoice = { member: number | null, cutouts: boolean, };

export type SavedFile = { path: string, bytes: number, };

export type Preferences = { 
/**
 * Desktop notifications for due reminders; while on, closing the window keeps the
 * app running in the tray so they can be delivered. On by default: reminders are
 * why people install the app. (Starting at login is a separate, opt-in setting the
 * OS keeps.)
 */
notifications: boolean, language: LanguageChoice, 
/**
 * `None` until the household chooses: then the language's own habit applies
 * (和暦 first in Japanese, 西暦 first in English).
 */
dateOrder: DateOrder | null, textSize: TextSize, 
/**
 * What the calendar file and the notifications say about whom a reminder is for.
 */
namesInReminders: NamesInReminders, };

export type LanguageChoice = "system" | "ja" | "en";

export type TextSize = "standard" | "large" | "extraLarge";

export type NamesInReminders = "full" | "given" | "hidden";

export type DisplaySettings = { language: LanguageChoice, 
/**
 * The language in use (the choice resolved against the system's).
 */
lang: Lang, 
/**
 * The order in use: the chosen one, or the language's habit.
 */
dateOrder: DateOrder, textSize: TextSize, };

export type DisplayChange = { "setting": "language", "value": LanguageChoice } | { "setting": "dateOrder", "value": DateOrder } | { "setting": "textSize", "value": TextSize };

export type DateOrder = "warekiFirst" | "westernFirst";

export type ReminderKind = "renewal-opens" | "expiry-first-notice" | "expiry-last-notice" | "expiry-day" | "grace-ends" | "paper-expires" | "residence-ends" | "turning-70" | "turning-75" | "dependant-loses-cover" | "qualification-check";

export type ReminderQuery = { on: string | null, until: string | null, };

export type SnoozeFor = "day" | "week";

export type ReminderStatus = "open" | "snoozed" | "done" | "dismissed";

export type ReminderStateView = { status: ReminderStatus, snoozedUntil: string | null, 
/**
 * The day it was marked done, dismissed or snoozed.
 */
changedOn: string | null, 
/**
 * `未対応`, `令和8年11月26日 (2026-11-26)まで延期`, `対応済み（…）`.
 */
label: string, };

export type ReminderView = { id: string, memberId: number, 
/**
 * The member's name; in the copies that leave the app (calendar, notifications)
 * whom it is for as the household's names setting allows (「太郎さん」, 「お子さま」).
 */
memberName: string, kind: ReminderKind, document: DocumentKind | null, 
/**
 * The day it fires: its lead time before the deadline, or the end of a snooze.
 */
fireOn: string, deadline: string, 
/**
 * Both dates in 和暦 and 西暦, as everywhere a date matters.
 */
fireOnLabel: string, deadlineLabel: string, title: string, body: string, state: ReminderStateView, 
/**
 * "Done" means renewed or replaced: ask for the new expiry (`reminder_done`).
 */
asksForNewExpiry: boolean, };

export type ReminderList = { 
/**
 * Fired on or before the date, not done, dismissed or snoozed past it.
 */
due: Array<ReminderView>, 
/**
 * Firing after the date, up to the end of the query.
 */
upcoming: Array<ReminderView>, 
/**
 * Done or dismissed.
 */
done: Array<ReminderView>, };

export type LeadTimeView = { kind: ReminderKind, kindLabel: string, days: number, defaultDays: number, 
/**
 * Counted after the date (the check of a new qualification), not before it.
 */
after: boolean, 
/**
 * `有効期限の30日前`, `資格取得日の14日後`, `有効期限（当日）`.
 */
label: string, };

export type BackupKind = "daily" | "manual" | "beforeImport" | "beforeMigration";

export type BackupInfo = { 
/**
 * The file name in the backups folder; what `restore` takes.
 */
name: string, kind: BackupKind, date: string | null, 
/**
 * For a migration backup: the schema version the database was about to get.
 */
beforeVersion: number | null, encrypted: boolean, bytes: number, 
/**
 * `毎日の自動バックアップ（令和8年11月25日 (2026-11-25)）`.
 */
label: string, };

export type RestoreReport = { restored: BackupInfo, 
/**
 * The file name the previous database was kept under (none if there was none).
 */
setAside: string | null, };

export type ExportSaved = { path: string, members: number, bytes: number, };

export type ImportSummary = { dryRun: boolean, 
/**
 * In the file only.
 */
membersAdded: number, 
/**
 * In both, with something different.
 */
membersReplaced: number, membersUnchanged: number, 
/**
 * In the household only: they and their records are removed.
 */
membersRemoved: number, 
/**
 * In the household after the import.
 */
qualifications: number, documents: number, 
/**
 * The backup of the household as it was (none for a dry run or an empty household).
 */
backup: string | null, };

export type ImportPreview = { fileName: string, summary: ImportSummary, };

export type EncryptionChanged = { 
/**
 * Whether the database is now encrypted.
 */
encrypted: boolean, 
/**
 * Backups now under the new key (or decrypted).
 */
backupsConverted: number, 
/**
 * Backups that could not be converted (another key, damaged): they keep their
 * old key and are never deleted.
 */
backupsNotConverted: Array<string>, };

export type Onboarding = { 
/**
 * Show the first-run guide: it was never finished or skipped, and nobody is
 * registered (someone who already has a household needs no introduction).
 */
showGuide: boolean, 
/**
 * The guide was finished or skipped (it can still be reopened from the help).
 */
firstRunDone: boolean, 
/**
 * The demo household is loaded: the window says so and offers to remove it.
 */
demoLoaded: boolean, };

export type DemoChanged = { members: number, };

export type HelpLink = { label: string, url: string, };

export type HelpSection = { 
/**
 * Stable, for anchors and tests: `card`, `ecert`, `grace`, `kakuninsho`, `ages`,
 * `bring`, `reader`, `dates`.
 */
id: string, title: string, paragraphs: Array<string>, 
/**
 * Numbered steps, when the section is a procedure (empty otherwise).
 */
steps: Array<string>, };

export type HelpPage = { intro: string, sections: Array<HelpSection>, 
/**
 * Official sites, as text: the app has no network access and opens no links.
 */
links: Array<HelpLink>, };
