// The window's first call (docs/PERFORMANCE.md, start-up). main.ts asks for it before
// the rest of the bundle has run and before the app is mounted (src/askEarly.ts), so
// the answer is on its way while the page builds itself; Household.load takes it.
import { api } from "./api";
import type { FirstScreen } from "./bindings";
import { mark } from "./startupTrace";

let early: Promise<FirstScreen> | null = null;

/** Sends the first call now; the next `firstScreen()` gets its answer. */
export function askEarly(): void {
  mark("first_screen asked");
  early = api.firstScreen();
}

/** The answer asked for early, once; later calls (after unlocking) ask again. */
export function firstScreen(): Promise<FirstScreen> {
  const answer = early;
  early = null;
  if (answer) return answer;
  mark("first_screen asked");
  return api.firstScreen();
}
