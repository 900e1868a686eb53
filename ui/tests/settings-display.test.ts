// Settings → 表示: each choice is saved at once, applied to the whole window, and
// left as it was when saving fails.
import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { DisplayChange, DisplaySettings, ErrorReport } from "../src/lib/bindings";
import { setLanguage } from "../src/lib/i18n/text.svelte";
import SettingsView from "../src/lib/views/SettingsView.svelte";

const japanese: DisplaySettings = { language: "system", lang: "ja", dateOrder: "warekiFirst", textSize: "standard" };

/** A backend whose set_display behaves like the core's, or fails like a full disk. */
function fakeBackend(options: { failSaving?: boolean } = {}) {
  let display = { ...japanese };
  const changes: DisplayChange[] = [];
  let reloads = 0;
  mockIPC(
    (command, args) => {
      switch (command) {
        case "app_status":
          return { databasePath: "/tmp/test.db", openError: null, display };
        case "preferences":
          return { notifications: true, language: display.language, dateOrder: null, textSize: display.textSize, namesInReminders: "full" };
        case "autostart_enabled":
        case "encryption_enabled":
          return false;
        case "lead_times":
          return [];
        case "list_backups":
          return [];
        case "set_display": {
          const { change } = args as { change: DisplayChange };
          changes.push(change);
          if (options.failSaving) {
            const report: ErrorReport = {
              code: "storage",
              message: "データベースの読み書きに失敗しました。変更は保存されていません。もう一度お試しください。",
              fields: [],
            };
            throw report;
          }
          if (change.setting === "language") {
            display = { ...display, language: change.value, lang: change.value === "en" ? "en" : "ja" };
            if (change.value === "en") display.dateOrder = "westernFirst";
          } else if (change.setting === "dateOrder") display = { ...display, dateOrder: change.value };
          else display = { ...display, textSize: change.value };
          return display;
        }
        default:
          throw new Error(`unexpected command ${command}`);
      }
    },
    { shouldMockEvents: true },
  );
  return { changes, reloads: () => reloads, onChanged: () => void reloads++ };
}

afterEach(() => {
  setLanguage("ja");
  document.documentElement.style.fontSize = "";
});

/** The message, found inside one of the screen's live regions (there is one per section). */
async function announced(message: string): Promise<HTMLElement> {
  const element = await screen.findByText(message);
  expect(element.closest('[role="status"]')).not.toBeNull();
  return element;
}

describe("Settings → Display", () => {
  it("switches every word to English at once and says the setting was saved", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    render(SettingsView, { onChanged: backend.onChanged });

    await user.click(await screen.findByRole("radio", { name: "English（英語）" }));

    expect(await screen.findByRole("heading", { name: "Display" })).toBeInTheDocument();
    expect(await announced("The setting was saved.")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Western calendar first, e.g. 2026-04-01 (Reiwa 8)" })).toBeChecked();
    expect(document.documentElement.lang).toBe("en");
    expect(backend.changes).toEqual([{ setting: "language", value: "en" }]);
    // The household's own labels come from the core: they are fetched again.
    expect(backend.reloads()).toBe(1);
  });

  it("saves the date order the reader chooses", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    render(SettingsView, { onChanged: backend.onChanged });

    await user.click(await screen.findByRole("radio", { name: /^西暦を先に/ }));

    expect(await announced("設定を保存しました。")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /^西暦を先に/ })).toBeChecked();
    expect(backend.changes).toEqual([{ setting: "dateOrder", value: "westernFirst" }]);
  });

  it("makes the text twice as large with 特大", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    render(SettingsView, { onChanged: backend.onChanged });

    await user.click(await screen.findByRole("radio", { name: "特大（200%）" }));

    expect(await announced("設定を保存しました。")).toBeInTheDocument();
    expect(document.documentElement.style.fontSize).toBe("200%");
    await user.click(screen.getByRole("radio", { name: "標準" }));
    await screen.findByRole("radio", { name: "標準", checked: true });
    expect(document.documentElement.style.fontSize).toBe("");
  });

  it("leaves everything as it was when the setting cannot be saved", async () => {
    const backend = fakeBackend({ failSaving: true });
    const user = userEvent.setup();
    render(SettingsView, { onChanged: backend.onChanged });

    await user.click(await screen.findByRole("radio", { name: "大きい（150%）" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("変更は保存されていません");
    expect(screen.getByRole("radio", { name: "標準" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "大きい（150%）" })).not.toBeChecked();
    expect(document.documentElement.style.fontSize).toBe("");
    expect(screen.queryByText("設定を保存しました。")).not.toBeInTheDocument();
    expect(backend.reloads()).toBe(0);
  });
});
