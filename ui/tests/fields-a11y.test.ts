import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import SelectField from "../src/lib/components/SelectField.svelte";
import TextField from "../src/lib/components/TextField.svelte";

// A screen reader announces a field with its label, then its hint and its error.
describe("form fields for screen readers", () => {
  it("a text field is described by its hint and, when wrong, by its error", () => {
    render(TextField, {
      id: "birthDate",
      label: "生年月日",
      hint: "例: 1980-01-02",
      required: true,
      error: "生年月日の形式が正しくありません。例のように入力してください。",
    });
    const field = screen.getByRole("textbox", { name: /生年月日/ });
    expect(field).toBeRequired();
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(/例: 1980-01-02.*形式が正しくありません/);
  });

  it("a field without hint or error points at nothing that is missing", () => {
    render(TextField, { id: "memo", label: "メモ" });
    const field = screen.getByRole("textbox", { name: /メモ/ });
    expect(field).not.toHaveAttribute("aria-describedby");
    expect(field).not.toBeRequired();
    expect(field).toBeValid();
  });

  it("a select is described by its hint", () => {
    render(SelectField, {
      id: "relation",
      label: "続柄",
      hint: "被保険者から見た続柄",
      options: [{ value: "self", label: "本人" }],
    });
    expect(screen.getByRole("combobox", { name: /続柄/ })).toHaveAccessibleDescription("被保険者から見た続柄");
  });
});
