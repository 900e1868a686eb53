// Settings → お知らせの方法: whose names the calendar file and the notifications carry
// (full, given name only, or none). Chosen with the keyboard like the other settings, saved at once,
// and left as saved when saving fails.
import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { DisplaySettings, ErrorReport, NamesInReminders, Preferences } from "../src/lib/bindings";
import { setLanguage } from "../src/lib/i18n/text.svelte";
import SettingsView from "../src/lib/views/SettingsView.svelte";

const japanese: DisplaySettings = { language: "system", lang: "ja", dateOrder: "warekiFirst", textSize: "standard" };

function fakeBackend(options: { failSaving?: boolean } = {}) {
  let preferences: Preferences = {
    notifications: true,
    language: "system",
    dateOrder: null,
    textSize: "standard",
    namesInReminders: "full",
  };
  const saved: NamesInReminders[] = [];
  mockIPC(
    (command, args) => {
      switch (command) {
        case "app_status":
          return { databasePath: "/tmp/test.db", openError: null, display: japanese };
        case "preferences":
          return preferences;
        case "autostart_enabled":
        case "encryption_enabled":
          return false;
        case "lead_times":
        case "list_backups":
          return [];
        case "set_names_in_reminders": {
          const { names } = args as { names: NamesInReminders };
          saved.push(names);
          if (options.failSaving) {
            const report: ErrorReport = {
              code: "storage",
              message: "データベースの読み書きに失敗しました。変更は保存されていません。もう一度お試しください。",
              fields: [],
            };
            throw report;
          }
          preferences = { ...preferences, namesInReminders: names };
          return preferences;
        }
        default:
          throw new Error(`unexpected command ${command}`);
      }
    },
    { shouldMockEvents: true },
  );
  return { saved };
}

afterEach(() => setLanguage("ja"));

describe("Settings → names in the calendar and notifications", () => {
  it("shows the saved choice and saves another one chosen with the arrow keys", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    render(SettingsView, { onChanged: () => {} });

    const group = await screen.findByRole("group", { name: "カレンダーファイルと通知に出す名前" });
    const full = screen.getByRole("radio", { name: "氏名をそのまま（山田 太郎さん）" });
    expect(full).toBeChecked();
    expect(full).toHaveAccessibleDescription(/暗号化されないまま/);
    expect(group).toContainElement(full);

    // Keyboard only: focus the checked button, then the arrow keys move the choice.
    full.focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: /^下の名前だけ（太郎さん）/ })).toBeChecked();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: /^名前を出さない/ })).toBeChecked();
    expect(await screen.findByText("設定を保存しました。")).toBeInTheDocument();
    expect(backend.saved).toEqual(["given", "hidden"]);
  });

  it("goes back to the saved choice and shows the core's message when saving fails", async () => {
    const backend = fakeBackend({ failSaving: true });
    const user = userEvent.setup();
    render(SettingsView, { onChanged: () => {} });

    await user.click(await screen.findByRole("radio", { name: /^名前を出さない/ }));

    expect(await screen.findByRole("alert")).toHaveTextContent("変更は保存されていません");
    expect(screen.getByRole("radio", { name: "氏名をそのまま（山田 太郎さん）" })).toBeChecked();
    expect(backend.saved).toEqual(["hidden"]);
  });

  it("speaks English when the household chose English", async () => {
    fakeBackend();
    setLanguage("en");
    render(SettingsView, { onChanged: () => {} });
    expect(await screen.findByRole("group", { name: "Names in the calendar file and notifications" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Full names (山田 太郎さん)" })).toBeChecked();
  });
});
