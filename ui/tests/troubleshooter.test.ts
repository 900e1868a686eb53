import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Answer, Question, QuestionId, Troubleshooter } from "../src/lib/bindings";
import TroubleshooterView from "../src/lib/components/TroubleshooterView.svelte";

// The texts are the core's (crates/core/src/troubleshooter.rs); the view only shows them.
function question(id: QuestionId, over: Partial<Question> = {}): Question {
  return {
    id,
    question: `${id}?`,
    answer: "yes",
    answerLabel: "はい",
    given: false,
    askable: false,
    finding: "fine",
    why: `${id} why`,
    steps: [`${id} step`],
    ...over,
  };
}

function guide(over: Partial<Troubleshooter> = {}): Troubleshooter {
  return {
    memberId: 1,
    memberName: "山田 太郎",
    title: "カードリーダーで確認できないとき",
    intro: "intro",
    noCover: null,
    questions: [
      question("hasCard"),
      question("registration", { answer: "no", answerLabel: "いいえ", finding: "problem" }),
      question("expiry"),
      question("recentChange", { finding: "problem", steps: ["資格申立書を記入"] }),
      question("myNumberSubmitted", { answer: "unknown", answerLabel: "わからない", finding: "unknown", askable: true }),
    ],
    firstProblem: "registration",
    problems: ["registration", "recentChange"],
    steps: ["registration step"],
    note: null,
    ...over,
  };
}

describe("カードリーダーで確認できないとき", () => {
  it("shows every problem's steps, not only the first one's", () => {
    render(TroubleshooterView, { guide: guide(), onAnswer: () => {}, onClose: () => {} });
    expect(screen.getByText("資格申立書を記入")).toBeTruthy();
    expect(screen.getByText("こちらも対処してください:")).toBeTruthy();
    // The first problem's steps are shown once, under 対処のしかた.
    expect(screen.getAllByText("registration step")).toHaveLength(1);
  });

  it("lets the member answer a question the records cannot", async () => {
    const answered: [QuestionId, Answer][] = [];
    render(TroubleshooterView, {
      guide: guide(),
      onAnswer: (q: QuestionId, a: Answer) => answered.push([q, a]),
      onClose: () => {},
    });
    // Only the question the records cannot answer has buttons.
    await userEvent.click(screen.getByRole("button", { name: "いいえ" }));
    expect(answered).toEqual([["myNumberSubmitted", "no"]]);
  });

  it("says first when there is no cover", () => {
    render(TroubleshooterView, {
      guide: guide({
        noCover: {
          reason: "qualificationLost",
          since: { date: "2026-04-01", label: "令和8年4月1日 (2026-04-01)" },
          estimate: false,
          aboutMemberId: null,
          text: "健康保険の資格は令和8年4月1日 (2026-04-01)でなくなり（資格喪失）",
        },
      }),
      onAnswer: () => {},
      onClose: () => {},
    });
    expect(screen.getByRole("alert").textContent).toContain("資格喪失");
  });
});
