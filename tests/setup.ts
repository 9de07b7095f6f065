import "@testing-library/jest-dom";
import { toHaveNoViolations } from "jest-axe";

expect.extend(toHaveNoViolations);

// A console call during a test is either noise or a swallowed error; both are defects, so fail loudly.
for (const method of ["log", "info", "warn", "error", "debug"] as const) {
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${method} called during a test: ${args.map(String).join(" ")}`);
  });
}

// jsdom has no ResizeObserver, which Fluent's MessageBar observes to reflow its actions; browsers all have it.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoopResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, "ResizeObserver", { value: NoopResizeObserver, configurable: true });
}
