// The window's steps of the start-up trace (docs/PERFORMANCE.md). Marks are kept in
// memory (a name and the page's clock); they are sent to the app, which prints them on
// its trace, only when the app was started with the trace on (`make bench`).
import { api } from "./api";

const marks: [string, number][] = [["navigation start", performance.timeOrigin]];
let finishing = false;
let sent = false;

export function mark(step: string): void {
  if (!sent) marks.push([step, performance.timeOrigin + performance.now()]);
}

/** After the first screen: a second later, when it has long been drawn, the marks go to
 *  the app if it asked for them. Once per start. */
export function finish(traceOn: boolean): void {
  if (finishing) return;
  finishing = true;
  if (!traceOn) {
    sent = true;
    marks.length = 0;
    return;
  }
  setTimeout(() => {
    sent = true;
    void api.startupMarks(marks.splice(0)).catch(() => {});
  }, 1000);
}
