// The index build's time slices: four readers share one budget, so the page gets a turn every slice, not every fourth.
import { afterEach, describe, expect, it, vi } from "vitest";
import { nextTurn, TimeSlice } from "../../../src/plugin/actions/time-slice";

afterEach(() => vi.restoreAllMocks());

describe("TimeSlice", () => {
  it("readers working side by side yield together: between two turns of the page, one budget of work, not one per reader", async () => {
    // A clock that moves only with the work: each step costs 3 ms, the budget is 10 ms, so a slice holds 4 steps.
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    const slice = new TimeSlice(10);
    // The page's turn: a task queued behind the slices' own turns, as input and rendering are, counting the steps since its last run.
    let steps = 0;
    const between: number[] = [];
    let running = true;
    const turn = () => {
      between.push(steps);
      steps = 0;
      if (running) void nextTurn().then(turn);
    };
    void nextTurn().then(turn);
    let left = 64;
    const reader = async () => {
      while (left > 0) {
        left--;
        await Promise.resolve(); // the file read (cachedRead resolves at once for a cached note)
        now += 3;
        steps++;
        await slice.maybeYield();
      }
    };
    await Promise.all([reader(), reader(), reader(), reader()]);
    running = false;
    between.push(steps);
    expect(between.reduce((a, b) => a + b, 0)).toBe(64);
    // 4 steps fill a slice; the readers' awaits may finish one more each round before they see it spent.
    expect(Math.max(...between)).toBeLessThanOrEqual(4 + 3);
  });
});
