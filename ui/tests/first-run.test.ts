import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import App from "../src/App.svelte";
import type { DocumentStatus, HouseholdScreen, MemberInput, MemberView, Onboarding } from "../src/lib/bindings";
import DocumentForm from "../src/lib/components/DocumentForm.svelte";

/** An empty database that has not seen the guide; remembers what the guide asked for. */
function freshDatabase() {
  const members: MemberView[] = [];
  const calls: string[] = [];
  let firstRunDone = false;
  let notifications = false;
  const onboarding = (): Onboarding => ({
    showGuide: !firstRunDone && members.length === 0,
    firstRunDone,
    demoLoaded: false,
  });
  const householdScreen = (): HouseholdScreen => ({
    members: [...members],
    today: { on: { date: "2026-11-25", label: "令和8年11月25日 (2026-11-25)" }, members: [], overview: [] },
    onboarding: onboarding(),
  });
  mockIPC(
    (command, args) => {
      calls.push(command);
      switch (command) {
        case "first_screen":
          return {
            status: {
              databasePath: "/tmp/test.db",
              openError: null,
              display: { language: "system", lang: "ja", dateOrder: "warekiFirst", textSize: "standard" },
            },
            household: householdScreen(),
            householdError: null,
          };
        case "household_screen":
          return householdScreen();
        case "finish_first_run":
          firstRunDone = true;
          return onboarding();
        case "preferences":
          return { notifications };
        case "set_notifications":
          notifications = (args as { on: boolean }).on;
          return { notifications };
        case "add_member": {
          const input = (args as { input: MemberInput }).input;
          const member = {
            id: members.length + 1,
            name: input.name,
            kana: input.kana,
            birthDate: "1980-01-02",
            relation: "self",
            birthDateLabel: "昭和55年1月2日 (1980-01-02)",
            relationLabel: "本人",
            age: 46,
            qualifications: [],
          } satisfies MemberView;
          members.push(member);
          return member;
        }
        default:
          throw new Error(`unexpected command ${command}`);
      }
    },
    { shouldMockEvents: true },
  );
  return { calls, members, isDone: () => firstRunDone, notificationsOn: () => notifications };
}

describe("はじめに (first-run guide)", () => {
  it("opens on an empty database, moves between steps, and skipping marks it done", async () => {
    const db = freshDatabase();
    const user = userEvent.setup();
    render(App);

    const title = await screen.findByRole("heading", { level: 2, name: "保険手帳でできること" });
    // Keyboard users start on the step's title.
    expect(title).toHaveFocus();
    expect(screen.getByText(/4ステップ中 1/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "次へ" }));
    expect(screen.getByRole("heading", { level: 2, name: "資格情報のお知らせのどこを見るか" })).toHaveFocus();
    expect(screen.getByRole("img", { name: /資格情報のお知らせ（見本の図）/ })).toBeInTheDocument();
    expect(screen.getByText(/枝番 — 2桁/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "戻る" }));
    expect(screen.getByText(/4ステップ中 1/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "スキップ" }));
    expect(await screen.findByText("まだ家族が登録されていません")).toBeInTheDocument();
    expect(screen.queryByText("保険手帳でできること")).not.toBeInTheDocument();
    expect(db.isDone()).toBe(true);
    expect(db.members).toHaveLength(0);
  });

  it("adds the first member and turns reminders on, then finishing marks it done", async () => {
    const db = freshDatabase();
    const user = userEvent.setup();
    render(App);
    await screen.findByRole("heading", { level: 2, name: "保険手帳でできること" });
    await user.click(screen.getByRole("button", { name: "次へ" }));
    await user.click(screen.getByRole("button", { name: "次へ" }));

    await user.click(screen.getByRole("button", { name: /最初の一人を登録する/ }));
    const dialog = screen.getByRole("dialog", { name: "家族を追加" });
    await user.type(within(dialog).getByLabelText(/氏名/), "山田 太郎");
    await user.type(within(dialog).getByLabelText(/フリガナ/), "ヤマダ タロウ");
    await user.type(within(dialog).getByLabelText(/生年月日/), "1980-01-02");
    await user.click(within(dialog).getByRole("button", { name: "保存する" }));
    // The guide stays open although the household is no longer empty.
    expect(await screen.findByText("山田 太郎さんを登録しました。「次へ」で進んでください。")).toBeInTheDocument();
    expect(db.isDone()).toBe(false);

    await user.click(screen.getByRole("button", { name: "次へ" }));
    expect(await screen.findByText("通知はオフです。")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "通知をオンにする" }));
    expect(await screen.findByText("通知はオンです。")).toBeInTheDocument();
    expect(db.notificationsOn()).toBe(true);

    await user.click(screen.getByRole("button", { name: "はじめる" }));
    expect(await screen.findByRole("heading", { name: "山田 太郎" })).toBeInTheDocument();
    expect(db.isDone()).toBe(true);
  });
});

describe("記録を消す (clear a document record)", () => {
  const recorded = {
    kind: "kakuninsho",
    kindLabel: "資格確認書",
    recorded: true,
    held: "held",
    heldLabel: "持っている",
    registration: null,
    issued: null,
    expiry: { date: "2029-11-30", label: "令和11年11月30日 (2029-11-30)", source: "printed", estimate: false, mismatch: null },
    state: { kind: "valid" },
    stateLabel: "有効",
    notes: [],
  } as unknown as DocumentStatus;

  it("asks before clearing, and Cancel keeps the record", async () => {
    const user = userEvent.setup();
    let cleared = 0;
    render(DocumentForm, {
      initial: recorded,
      onSubmit: async () => {},
      onCancel: () => {},
      onClear: async () => {
        cleared += 1;
      },
    });
    await user.click(screen.getByRole("button", { name: "記録を消す" }));
    const confirm = screen.getByRole("group", { name: "この書類の記録を消しますか？" });
    await user.click(within(confirm).getByRole("button", { name: "キャンセル" }));
    expect(cleared).toBe(0);
    expect(screen.getByRole("button", { name: "記録を消す" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "記録を消す" }));
    await user.click(within(screen.getByRole("group")).getByRole("button", { name: "記録を消す" }));
    expect(cleared).toBe(1);
  });

  it("is not offered for a new record or one the app only assumes", () => {
    render(DocumentForm, { initial: null, onSubmit: async () => {}, onCancel: () => {}, onClear: async () => {} });
    expect(screen.queryByRole("button", { name: "記録を消す" })).not.toBeInTheDocument();
    render(DocumentForm, {
      initial: { ...recorded, kind: "ecert-auth", recorded: false },
      onSubmit: async () => {},
      onCancel: () => {},
      onClear: async () => {},
    });
    expect(screen.queryByRole("button", { name: "記録を消す" })).not.toBeInTheDocument();
  });
});
