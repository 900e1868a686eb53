import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ErrorReport, MemberView, PdfChoice } from "../src/lib/bindings";
import PdfDialog from "../src/lib/components/PdfDialog.svelte";

const member = { id: 7, name: "山田 花子" } as MemberView;

/** Records what the dialog asked the Rust side for and answers with `reply`. */
function fakePdfBackend(reply: (choice: PdfChoice) => unknown) {
  const choices: PdfChoice[] = [];
  mockIPC((command, args) => {
    if (command !== "create_pdf") throw new Error(`unexpected ${command}`);
    const { choice } = args as { choice: PdfChoice };
    choices.push(choice);
    return reply(choice);
  });
  return choices;
}

describe("PDFを作成", () => {
  it("asks for the member's PDF and says where it was saved", async () => {
    const choices = fakePdfBackend(() => ({ path: "/home/u/保険手帳_本人控え_2026-11-25.pdf", bytes: 52_000 }));
    render(PdfDialog, { member, onClose: () => {} });
    expect(screen.queryByRole("checkbox")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "保存先を選んで作成" }));

    expect(await screen.findByText(/PDFを保存しました（51 KB）: \/home\/u\/保険手帳_本人控え/)).toBeTruthy();
    expect(choices).toEqual([{ member: 7, cutouts: false }]);
    expect(screen.getByRole("button", { name: "PDFを開く" })).toBeTruthy();
  });

  it("passes the cut-out option for the household and reports a cancelled dialog", async () => {
    const choices = fakePdfBackend(() => null);
    render(PdfDialog, { member: null, onClose: () => {} });

    await userEvent.click(screen.getByRole("checkbox"));
    await userEvent.click(screen.getByRole("button", { name: "保存先を選んで作成" }));

    expect(await screen.findByText("保存をキャンセルしました。PDFは作成していません。")).toBeTruthy();
    expect(choices).toEqual([{ member: null, cutouts: true }]);
    expect(screen.queryByRole("button", { name: "PDFを開く" })).toBeNull();
  });

  it("shows the core's message when a name cannot be printed", async () => {
    const report: ErrorReport = {
      code: "unprintableCharacter",
      message: "氏名の文字 U+2A6A5 '𪚥' は、PDFに使うフォントにないため印刷できません。",
      fields: [],
    };
    fakePdfBackend(() => {
      throw report;
    });
    render(PdfDialog, { member, onClose: () => {} });

    await userEvent.click(screen.getByRole("button", { name: "保存先を選んで作成" }));

    expect((await screen.findByRole("alert")).textContent).toContain("U+2A6A5");
  });
});
