import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import DataSafety from "../src/lib/components/DataSafety.svelte";

const summary = {
  dryRun: true,
  membersAdded: 2,
  membersReplaced: 0,
  membersUnchanged: 0,
  membersRemoved: 0,
  qualifications: 2,
  documents: 0,
  backup: null,
};

/** The Rust side, with `import_apply` held until `finish` is called. */
function fakeBackend() {
  let finish = () => {};
  mockIPC((command) => {
    switch (command) {
      case "encryption_enabled":
        return false;
      case "list_backups":
        return [];
      case "import_preview":
        return { fileName: "household.json", summary };
      case "import_apply":
        return new Promise((resolve) => {
          finish = () => resolve({ ...summary, dryRun: false });
        });
      default:
        throw new Error(`unexpected ${command}`);
    }
  });
  return () => finish();
}

describe("読み込む", () => {
  it("keeps the dialog open and busy while the import runs, then says it is done", async () => {
    const finish = fakeBackend();
    let changed = 0;
    render(DataSafety, { onChanged: () => (changed += 1) });

    await userEvent.click(screen.getByRole("button", { name: "読み込む…" }));
    await userEvent.click(await screen.findByRole("button", { name: "読み込んで置き換える" }));

    expect(await screen.findByText(/読み込んでいます。終わるまでこのままお待ちください/)).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByRole("button", { name: "読み込んで置き換える" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("button", { name: "キャンセル" })).toHaveProperty("disabled", true);
    await userEvent.keyboard("{Escape}");
    expect(screen.getByRole("dialog")).toBeTruthy();

    finish();
    expect(await screen.findByText("読み込みました。")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(changed).toBe(1);
  });
});
