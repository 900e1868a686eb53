// The only module that talks to the Rust side. Every command the UI uses is here,
// typed with the bindings generated from crates/core.
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  ErrorCode,
  AppStatus,
  CardReading,
  CardReadingView,
  BackupInfo,
  DisplayChange,
  DisplaySettings,
  EncryptionChanged,
  ExportSaved,
  ImportPreview,
  ImportSummary,
  RestoreReport,
  DocumentInput,
  DocumentSaved,
  DocumentStatus,
  DemoChanged,
  HelpPage,
  Onboarding,
  FirstScreen,
  HouseholdScreen,
  Troubleshooter,
  GivenAnswer,
  ErrorReport,
  FieldMessage,
  FieldNote,
  InsurerCheck,
  MemberInput,
  LeadTimeView,
  MemberView,
  NamesInReminders,
  PdfChoice,
  Preferences,
  ReminderKind,
  ReminderList,
  ReminderView,
  SnoozeFor,
  SavedFile,
  QualificationInput,
  QualificationSaved,
  QualificationView,
} from "./bindings";

/**
 * The core's codes (bindings.ts), and the window's own two: "ui" for a check the window
 * makes itself (two passphrases that differ), "ipc" for a call that never reached the core.
 */
export type ApiErrorCode = ErrorCode | "ui" | "ipc";

/** An error from the core, with the message already in the user's language. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: FieldMessage[];

  constructor(report: Omit<ErrorReport, "code"> & { code: ApiErrorCode }) {
    super(report.message);
    this.name = "ApiError";
    this.code = report.code;
    this.fields = report.fields;
  }

  /** Any rejection as an ApiError (an unexpected one keeps its text). */
  static from(caught: unknown): ApiError {
    return caught instanceof ApiError ? caught : new ApiError({ code: "ui", message: String(caught), fields: [] });
  }

  /** The message for one form field, if that field is wrong. */
  fieldMessage(field: FieldMessage["field"]): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

function isErrorReport(value: unknown): value is ErrorReport {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isErrorReport(error)) throw new ApiError(error);
    throw new ApiError({ code: "ipc", message: String(error), fields: [] });
  }
}

export const api = {
  appStatus: () => call<AppStatus>("app_status"),
  /** The window's first call: the app's status and the household screen together. */
  firstScreen: () => call<FirstScreen>("first_screen"),
  /** The household screen again after a change: members, today's status, first run. */
  householdScreen: () => call<HouseholdScreen>("household_screen"),
  /** The window's start-up steps, only when the first screen said the trace is on. */
  startupMarks: (marks: [string, number][]) => call<null>("startup_marks", { marks }),
  addMember: (input: MemberInput) => call<MemberView>("add_member", { input }),
  editMember: (id: number, input: MemberInput) => call<MemberView>("edit_member", { id, input }),
  removeMember: (id: number) => call<MemberView>("remove_member", { id }),
  checkInsurer: (number: string) => call<InsurerCheck>("check_insurer", { number }),
  checkQualification: (input: QualificationInput) => call<FieldNote[]>("check_qualification", { input }),
  addQualification: (memberId: number, input: QualificationInput, endCurrent: boolean) =>
    call<QualificationSaved>("add_qualification", { memberId, input, endCurrent }),
  editQualification: (id: number, input: QualificationInput) =>
    call<QualificationSaved>("edit_qualification", { id, input }),
  endQualification: (id: number, lostOn: string) => call<QualificationView>("end_qualification", { id, lostOn }),
  removeQualification: (id: number) => call<QualificationView>("remove_qualification", { id }),
  setDocument: (memberId: number, input: DocumentInput) => call<DocumentSaved>("set_document", { memberId, input }),
  clearDocument: (memberId: number, kind: string) => call<DocumentStatus[]>("clear_document", { memberId, kind }),
  /**
   * `answers`: the member's own answers to the questions the records cannot answer;
   * `reading`: what the card just said (saved or not), which answers the PIN question.
   */
  troubleshoot: (memberId: number, answers: GivenAnswer[] = [], reading: CardReading | null = null) =>
    call<Troubleshooter>("troubleshoot", { memberId, answers, reading }),
  /** Waits for the card (cancellable) and reads it; checked against the member, not saved. */
  readCard: (memberId: number) => call<CardReadingView>("read_card", { memberId }),
  cancelCardRead: () => call<null>("cancel_card_read"),
  saveCardReading: (memberId: number, reading: CardReading, confirmed: boolean) =>
    call<DocumentSaved>("save_card_reading", { memberId, reading, confirmed }),
  /** Renders, asks where to save, saves; `null` when the save dialog was cancelled. */
  createPdf: (choice: PdfChoice) => call<SavedFile | null>("create_pdf", { choice }),
  openSavedPdf: () => call<null>("open_saved_pdf"),
  reminders: () => call<ReminderList>("reminders"),
  /** `newExpiry` as typed: the renewed document's printed expiry, saved together. */
  reminderDone: (id: string, newExpiry: string | null) => call<ReminderView>("reminder_done", { id, newExpiry }),
  reminderSnooze: (id: string, snooze: SnoozeFor) => call<ReminderView>("reminder_snooze", { id, snooze }),
  reminderDismiss: (id: string) => call<ReminderView>("reminder_dismiss", { id }),
  leadTimes: () => call<LeadTimeView[]>("lead_times"),
  setLeadTime: (kind: ReminderKind, days: number) => call<LeadTimeView[]>("set_lead_time", { kind, days }),
  preferences: () => call<Preferences>("preferences"),
  setNotifications: (on: boolean) => call<Preferences>("set_notifications", { on }),
  setNamesInReminders: (names: NamesInReminders) => call<Preferences>("set_names_in_reminders", { names }),
  /** Saves one display setting; returns all of them as they now apply. */
  setDisplay: (change: DisplayChange) => call<DisplaySettings>("set_display", { change }),
  /** Writes the .ics where the user chooses; `null` when the dialog was cancelled. */
  exportCalendar: () => call<SavedFile | null>("export_calendar"),
  autostartEnabled: () => call<boolean>("autostart_enabled"),
  setAutostart: (enabled: boolean) => call<boolean>("set_autostart", { enabled }),
  unlock: (passphrase: string) => call<null>("unlock", { passphrase }),
  listBackups: () => call<BackupInfo[]>("list_backups"),
  createBackup: () => call<BackupInfo>("create_backup"),
  restoreBackup: (name: string) => call<RestoreReport>("restore_backup", { name }),
  /** Saves the household file where the user chooses; `null` when cancelled. */
  exportHousehold: () => call<ExportSaved | null>("export_household"),
  /** Asks for a household file and checks it; `null` when cancelled. Nothing is written. */
  importPreview: () => call<ImportPreview | null>("import_preview"),
  importApply: () => call<ImportSummary>("import_apply"),
  encryptionEnabled: () => call<boolean>("encryption_enabled"),
  setPassphrase: (passphrase: string) => call<EncryptionChanged>("set_passphrase", { passphrase }),
  changePassphrase: (current: string, passphrase: string) =>
    call<EncryptionChanged>("change_passphrase", { current, passphrase }),
  removePassphrase: (current: string) => call<EncryptionChanged>("remove_passphrase", { current }),
  // First run, demo household, help.
  finishFirstRun: () => call<Onboarding>("finish_first_run"),
  loadDemo: () => call<DemoChanged>("load_demo"),
  removeDemo: () => call<DemoChanged>("remove_demo"),
  help: () => call<HelpPage>("help"),
};

/**
 * Subscribes to an event from the Rust side (a notification was clicked, reminders
 * changed); returns the unsubscribe function for onMount. Unsubscribing is safe at any
 * time, also before the subscription was confirmed or after the IPC went away.
 */
export function subscribe<T>(event: string, handler: (payload: T) => void): () => void {
  let stopped = false;
  let unlisten: (() => void) | null = null;
  listen<T>(event, ({ payload }) => handler(payload)).then(
    (stop) => {
      if (stopped) stop();
      else unlisten = stop;
    },
    () => {
      // No event channel (e.g. component tests without events): nothing to listen to.
    },
  );
  return () => {
    stopped = true;
    try {
      unlisten?.();
    } catch {
      // The window is going away; its listeners go with it.
    }
  };
}
