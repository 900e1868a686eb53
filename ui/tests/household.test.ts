import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import App from "../src/App.svelte";
import type { DisplaySettings, ErrorReport, HouseholdScreen, MemberInput, MemberView } from "../src/lib/bindings";

const japanese: DisplaySettings = { language: "system", lang: "ja", dateOrder: "warekiFirst", textSize: "standard" };

/** A fake backend that keeps members in memory and rejects a bad birth date the way the core does. */
function fakeBackend() {
  const members: MemberView[] = [];
  const calls: string[] = [];
  const householdScreen = (): HouseholdScreen => ({
    members: [...members],
    today: { on: { date: "2026-11-25", label: "令和8年11月25日 (2026-11-25)" }, members: [], overview: [] },
    // A household that has seen the first-run guide: these tests are about the household screen.
    onboarding: { showGuide: false, firstRunDone: true, demoLoaded: false },
  });
  mockIPC((command, args) => {
    calls.push(command);
    switch (command) {
      case "first_screen":
        return {
          status: { databasePath: "/tmp/test.db", openError: null, display: japanese },
          household: householdScreen(),
          householdError: null,
        };
      case "household_screen":
        return householdScreen();
      case "add_member": {
        const input = (args as { input: MemberInput }).input;
        if (input.birthDate === "令和7年2月30日") {
          const report: ErrorReport = {
            code: "invalid",
            message: "生年月日の日付が存在しません。",
            fields: [{ field: "birthDate", message: "生年月日の日付が存在しません。月と日を確かめてください。" }],
          };
          throw report;
        }
        const member: MemberView = {
          id: members.length + 1,
          name: input.name,
          kana: input.kana,
          birthDate: "1980-01-02",
          relation: "self",
          birthDateLabel: "昭和55年1月2日 (1980-01-02)",
          relationLabel: "本人",
          age: 46,
          qualifications: [],
        };
        members.push(member);
        return member;
      }
      case "remove_member": {
        const { id } = args as { id: number };
        const index = members.findIndex((m) => m.id === id);
        const [removed] = members.splice(index, 1);
        return removed;
      }
      default:
        throw new Error(`unexpected command ${command}`);
    }
  }, { shouldMockEvents: true });
  return { members, calls };
}

describe("household screen", () => {
  it("guides an empty household to its first member and shows field errors from the core", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    render(App);

    expect(await screen.findByText("まだ家族が登録されていません")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /最初の一人を登録する/ }));

    const dialog = screen.getByRole("dialog", { name: "家族を追加" });
    await user.type(within(dialog).getByLabelText(/氏名/), "山田 太郎");
    await user.type(within(dialog).getByLabelText(/フリガナ/), "ヤマダ タロウ");
    await user.type(within(dialog).getByLabelText(/生年月日/), "令和7年2月30日");
    await user.click(within(dialog).getByRole("button", { name: "保存する" }));

    const birthField = within(dialog).getByLabelText(/生年月日/);
    expect(await within(dialog).findByText(/月と日を確かめてください/)).toBeInTheDocument();
    expect(birthField).toHaveAttribute("aria-invalid", "true");
    expect(backend.members).toHaveLength(0);

    await user.clear(birthField);
    await user.type(birthField, "1980-01-02");
    await user.click(within(dialog).getByRole("button", { name: "保存する" }));

    expect(await screen.findByRole("heading", { name: "山田 太郎" })).toBeInTheDocument();
    expect(screen.getByText(/昭和55年1月2日 \(1980-01-02\)/)).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("asks before removing a member and keeps them when cancelled", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole("button", { name: /最初の一人を登録する/ }));
    await user.type(screen.getByLabelText(/氏名/), "山田 花子");
    await user.type(screen.getByLabelText(/フリガナ/), "ヤマダ ハナコ");
    await user.type(screen.getByLabelText(/生年月日/), "1980-01-02");
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: "山田 花子" });

    await user.click(screen.getByRole("button", { name: "山田 花子 削除" }));
    const confirm = screen.getByRole("dialog", { name: "山田 花子さんを削除しますか？" });
    await user.keyboard("{Escape}");
    expect(confirm).not.toBeInTheDocument();
    expect(backend.calls).not.toContain("remove_member");

    await user.click(screen.getByRole("button", { name: "山田 花子 削除" }));
    await user.click(screen.getByRole("button", { name: "削除する" }));
    expect(await screen.findByText("まだ家族が登録されていません")).toBeInTheDocument();
    expect(backend.members).toHaveLength(0);
  });

  it("explains a database that cannot be opened instead of showing an empty household", async () => {
    mockIPC((command) => {
      if (command === "first_screen")
        return {
          status: {
            databasePath: "/data/hoken-techo.db",
            openError: { code: "cannotOpen", message: "このデータベースは新しいバージョンの保険手帳で作られています。", fields: [] },
            display: japanese,
          },
          household: null,
          householdError: null,
        };
      throw new Error(`unexpected command ${command}`);
    }, { shouldMockEvents: true });
    render(App);
    expect(await screen.findByText("データを開けませんでした")).toBeInTheDocument();
    expect(screen.getByText(/新しいバージョン/)).toBeInTheDocument();
    expect(screen.queryByText("まだ家族が登録されていません")).not.toBeInTheDocument();
  });
});
