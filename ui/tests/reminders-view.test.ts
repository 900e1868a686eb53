import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ErrorReport, ReminderList, ReminderView } from "../src/lib/bindings";
import RemindersView from "../src/lib/views/RemindersView.svelte";

function reminder(id: string, title: string, asksForNewExpiry: boolean): ReminderView {
  return {
    id,
    memberId: 1,
    memberName: "山田 太郎",
    kind: "expiry-last-notice",
    document: "ecert-auth",
    fireOn: "2026-11-23",
    deadline: "2026-11-30",
    fireOnLabel: "令和8年11月23日 (2026-11-23)",
    deadlineLabel: "令和8年11月30日 (2026-11-30)",
    title,
    body: "まだ更新していない場合は、市区町村の窓口で更新してください。",
    state: { status: "open", snoozedUntil: null, changedOn: null, label: "未対応" },
    asksForNewExpiry,
  };
}

/** A backend holding one due reminder; answers move it the way the core does. */
function fakeBackend() {
  const calls: { command: string; args: unknown }[] = [];
  const due = reminder("m1:a", "有効期限がまもなく切れます", true);
  let list: ReminderList = { due: [due], upcoming: [], done: [] };
  mockIPC(
    (command, args) => {
      calls.push({ command, args });
      switch (command) {
        case "reminders":
          return list;
        case "reminder_done": {
          const { newExpiry } = args as { newExpiry: string | null };
          if (newExpiry === "2026-11-01") {
            const report: ErrorReport = {
              code: "invalid",
              message: "入力に誤りがあります。",
              fields: [{ field: "expiryDate", message: "有効期限は、更新前の有効期限より後の日付にしてください。" }],
            };
            throw report;
          }
          const done: ReminderView = { ...due, state: { ...due.state, status: "done", label: "対応済み" } };
          list = { due: [], upcoming: [], done: [done] };
          return done;
        }
        case "reminder_snooze":
          return { ...due, fireOnLabel: "令和8年11月24日 (2026-11-24)" };
        default:
          throw new Error(`unexpected command ${command}`);
      }
    },
    { shouldMockEvents: true },
  );
  return calls;
}

describe("リマインダー", () => {
  it("asks for the renewed expiry, shows the core's field error, then moves the reminder to done", async () => {
    const calls = fakeBackend();
    const changed: number[] = [];
    const user = userEvent.setup();
    render(RemindersView, { onChanged: () => changed.push(1) });

    expect(await screen.findByText("今、対応が必要なもの（1件）")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "対応済みにする" }));
    const field = screen.getByLabelText(/新しい有効期限/);
    await user.type(field, "2026-11-01");
    await user.click(screen.getByRole("button", { name: "保存する" }));
    expect(await screen.findByText(/更新前の有効期限より後の日付/)).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");

    await user.clear(field);
    await user.type(field, "令和13年11月30日");
    await user.click(screen.getByRole("button", { name: "保存する" }));

    expect(await screen.findByText("今、対応が必要なもの（0件）")).toBeInTheDocument();
    expect(screen.getByText("対応済み・非表示（1件）")).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "reminder_done").map((c) => c.args)).toEqual([
      { id: "m1:a", newExpiry: "2026-11-01" },
      { id: "m1:a", newExpiry: "令和13年11月30日" },
    ]);
    expect(changed.length).toBe(1);
  });

  it("snoozes until tomorrow and says when it comes back", async () => {
    const calls = fakeBackend();
    render(RemindersView, { onChanged: () => {} });
    await userEvent.click(await screen.findByRole("button", { name: "明日もう一度" }));
    expect(await screen.findByText("令和8年11月24日 (2026-11-24)にもう一度お知らせします。")).toBeInTheDocument();
    expect(calls.find((c) => c.command === "reminder_snooze")?.args).toEqual({ id: "m1:a", snooze: "day" });
  });
});
