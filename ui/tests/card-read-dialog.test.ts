import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { CardReadingView, ErrorReport, MemberView } from "../src/lib/bindings";
import CardReadDialog from "../src/lib/components/CardReadDialog.svelte";

const member = { id: 3, name: "山田 太郎" } as MemberView;

function view(overrides: Partial<CardReadingView> = {}): CardReadingView {
  return {
    reading: {
      reader: "Virtual PCD 00 00",
      kind: "my-number-card",
      ecertAuthExpires: "2031-06-15",
      authPin: { state: "left", left: 1 },
    },
    kindLabel: "マイナンバーカード",
    expiryLabel: "令和13年6月15日（2031-06-15）",
    pinLabel: "残り1回（3回中）",
    pinAdvice: "caution",
    pinNote: "注意: 利用者証明用の暗証番号（数字4桁）は、あと1回間違えるとロックされます。",
    expired: false,
    memberWarning: null,
    ...overrides,
  };
}

describe("カードから読み取る", () => {
  it("shows what was read, with the PIN caution, before saving", async () => {
    const commands: string[] = [];
    mockIPC((command) => {
      commands.push(command);
      if (command === "read_card") return view();
      return null;
    });
    const saved: boolean[] = [];
    render(CardReadDialog, {
      member,
      onSave: async (_view: CardReadingView, confirmed: boolean) => {
        saved.push(confirmed);
      },
      onTroubleshoot: () => {},
      onClose: () => {},
    });
    expect(screen.getByText("カードを待っています…")).toBeTruthy();
    expect(await screen.findByText("令和13年6月15日（2031-06-15）")).toBeTruthy();
    expect(screen.getByText("残り1回（3回中）")).toBeTruthy();
    expect(screen.getByRole("note").textContent).toContain("注意");
    expect(saved).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "この有効期限を保存" }));
    expect(saved).toEqual([false]);
    expect(commands).toEqual(["read_card"]);
  });

  it("saves a date that fits none of the member's dates only once confirmed", async () => {
    mockIPC((command) => (command === "read_card" ? view({ memberWarning: "別のご家族のカードではないか、お確かめください。" }) : null));
    const saved: boolean[] = [];
    render(CardReadDialog, {
      member,
      onSave: async (_view: CardReadingView, confirmed: boolean) => {
        saved.push(confirmed);
      },
      onTroubleshoot: () => {},
      onClose: () => {},
    });
    const save = await screen.findByRole("button", { name: "この有効期限を保存" });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole("checkbox", { name: "この方のカードであることを確かめました" }));
    await userEvent.click(save);
    expect(saved).toEqual([true]);
  });

  it("cancels the wait and shows the core's message", async () => {
    const commands: string[] = [];
    let fail: (report: ErrorReport) => void = () => {};
    mockIPC((command) => {
      commands.push(command);
      if (command === "read_card") {
        return new Promise((_resolve, reject) => (fail = reject));
      }
      if (command === "cancel_card_read") fail({ code: "cardCancelled", message: "読み取りを中止しました。何も保存していません。", fields: [] });
      return null;
    });
    render(CardReadDialog, { member, onSave: async () => {}, onTroubleshoot: () => {}, onClose: () => {} });
    await userEvent.click(screen.getByRole("button", { name: "中止" }));
    expect((await screen.findByRole("alert")).textContent).toBe("読み取りを中止しました。何も保存していません。");
    expect(commands).toEqual(["read_card", "cancel_card_read"]);
  });
});
