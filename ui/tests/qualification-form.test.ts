import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ErrorReport, InsurerCheck, QualificationInput } from "../src/lib/bindings";
import QualificationForm from "../src/lib/components/QualificationForm.svelte";

const validInsurer: InsurerCheck = {
  valid: true,
  description: "協会けんぽ・東京都",
  planJa: "協会けんぽ",
  prefectureJa: "東京都",
  insurer: null,
  message: null,
};

/** Answers like the core: a 12-digit My Number is refused, everything else passes. */
function fakeCore() {
  const seen: QualificationInput[] = [];
  mockIPC((command, args) => {
    if (command === "check_insurer") return validInsurer;
    if (command === "check_qualification") {
      const input = (args as { input: QualificationInput }).input;
      seen.push(input);
      if (input.myNumberLast4.replace(/\D/g, "").length === 12) {
        const report: ErrorReport = {
          code: "invalid",
          message: "このアプリはマイナンバー（12桁）の全桁を保存しません。",
          fields: [{ field: "myNumberLast4", message: "このアプリはマイナンバー（12桁）の全桁を保存しません。マイナンバー下4桁だけを入力してください（例: 1234）。" }],
        };
        throw report;
      }
      return [];
    }
    throw new Error(`unexpected ${command}`);
  });
  return seen;
}

describe("qualification form", () => {
  it("describes the insurer as the number is typed", async () => {
    fakeCore();
    const user = userEvent.setup();
    render(QualificationForm, { onSubmit: vi.fn(), onCancel: vi.fn() });
    await user.type(screen.getByLabelText(/保険者番号/), "01130012");
    expect(await screen.findByText(/協会けんぽ・東京都/)).toBeInTheDocument();
  });

  it("forgets a full My Number as soon as the core refuses it", async () => {
    const seen = fakeCore();
    const user = userEvent.setup();
    render(QualificationForm, { onSubmit: vi.fn(), onCancel: vi.fn() });
    const field = screen.getByLabelText(/マイナンバー下4桁/);
    await user.type(field, "123456789012");
    await user.tab();
    expect(await screen.findByText(/全桁を保存しません/)).toBeInTheDocument();
    expect(field).toHaveValue("");
    expect(seen.length).toBeGreaterThan(0);
  });

  it("submits what was typed, in full-width and 和暦 as the user wrote it", async () => {
    fakeCore();
    const onSubmit = vi.fn(async () => {});
    const user = userEvent.setup();
    render(QualificationForm, { onSubmit, onCancel: vi.fn() });
    await user.type(screen.getByLabelText(/保険者番号/), "01130012");
    await user.type(screen.getByLabelText(/^記号/), "１２３４");
    await user.type(screen.getByLabelText(/^番号/), "５６");
    await user.type(screen.getByLabelText(/資格取得年月日/), "令和7年4月1日");
    await user.click(screen.getByRole("button", { name: "保存する" }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ insurerNumber: "01130012", symbol: "１２３４", number: "５６", acquiredOn: "令和7年4月1日", role: "insured" }),
    );
  });
});
