/**
 * The workbench's state outside React: the simulated Excel, the host the pane uses, the page's language and the
 * page's one message. It saves the workbook in the browser after every change, so a reload keeps the work, and
 * tells React subscribers (`useSyncExternalStore`) when anything changed.
 */
import { LOCALES, type Locale } from "../../core/messages";
import { simulatorHost, type ExcelHost } from "../../excel";
import { createSimulator, type Simulator } from "../simulator";
import { observedHost } from "./observed-host";

/** The part of the Web Storage API the session uses; `localStorage` in the page, a Map in tests. */
export interface WorkbenchStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_KEYS = {
  workbook: "plan-monitor.workbench.workbook",
  /** Where a stored workbook that no longer opens is moved, so a person can still recover it by hand. */
  damaged: "plan-monitor.workbench.workbook.damaged",
  locale: "plan-monitor.workbench.locale",
} as const;

/** What the page tells its user, as data; the page words it in its language (`notice-text.ts`). */
export type WorkbenchNotice =
  | { readonly code: "stored-dropped"; readonly key: string }
  | { readonly code: "reset-done" }
  | { readonly code: "protected-cell"; readonly sheet: string; readonly address: string }
  | { readonly code: "validation-rejected"; readonly address: string; readonly value: string; readonly alert: string }
  | { readonly code: "rejected"; readonly message: string };

export interface SessionState {
  readonly sim: Simulator;
  /** The pane's host over `sim`: every batch it runs refreshes the page. */
  readonly host: ExcelHost;
  readonly locale: Locale;
  /** Counts changes, so a snapshot differs after each one. */
  readonly version: number;
  readonly notice: WorkbenchNotice | null;
  /**
   * Why the browser refused the last save (`QuotaExceededError`…), or null once saving works: shown for as long as
   * it lasts, apart from the page's passing messages, since a reload would then lose the work.
   */
  readonly saveFailure: string | null;
}

export interface SessionOptions {
  /** null where the browser offers no storage (private mode, storage blocked): the work then lives until reload. */
  readonly storage: WorkbenchStorage | null;
  /** What the simulated Excel claims to support; see `index.tsx` for the choice. */
  readonly requirementSets: Readonly<Record<string, string>>;
}

const isLocale = (value: string | null): value is Locale => LOCALES.some((locale) => locale === value);

/** `QuotaExceededError`, `SecurityError`...: a DOMException, which is not an `Error` everywhere. */
function reasonOf(error: unknown): string {
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === "string" && name !== "" ? name : String(error);
}

export class WorkbenchSession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: SessionOptions) {
    const storage = options.storage;
    const storedLocale = storage?.getItem(STORAGE_KEYS.locale) ?? null;
    const locale: Locale = isLocale(storedLocale) ? storedLocale : "zh-CN";
    const stored = storage?.getItem(STORAGE_KEYS.workbook) ?? null;
    let notice: WorkbenchNotice | null = null;
    let sim: Simulator;
    try {
      sim = this.simulator(locale, stored ?? undefined);
    } catch {
      // A damaged save must not stop the page; it is set aside rather than deleted, since it may hold figures.
      notice = { code: "stored-dropped", key: STORAGE_KEYS.damaged };
      if (stored !== null) this.write(STORAGE_KEYS.damaged, stored);
      storage?.removeItem(STORAGE_KEYS.workbook);
      sim = this.simulator(locale, undefined);
    }
    this.state = { sim, host: this.hostFor(sim), locale, version: 0, notice, saveFailure: null };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionState => this.state;

  /** After a person's action or a batch of the pane: save, and refresh whoever shows the workbook. */
  readonly changed = (): void => {
    this.update({ version: this.state.version + 1, saveFailure: this.save() });
  };

  readonly notify = (notice: WorkbenchNotice | null): void => this.update({ notice });

  /** Office's display language changes only when Office restarts: reopen the same workbook in the new language. */
  readonly setLocale = (locale: Locale): void => {
    if (locale === this.state.locale) return;
    this.write(STORAGE_KEYS.locale, locale);
    const sim = this.simulator(locale, this.state.sim.serialize());
    this.update({ sim, host: this.hostFor(sim), locale, version: this.state.version + 1 });
  };

  /** A new, empty workbook; the page asks before calling this, since the old one is gone afterwards. */
  readonly reset = (): void => {
    const sim = this.simulator(this.state.locale, undefined);
    this.update({ sim, host: this.hostFor(sim), version: this.state.version + 1, notice: { code: "reset-done" } });
    this.update({ saveFailure: this.save() });
  };

  private simulator(locale: Locale, workbook: string | undefined): Simulator {
    // No userName: Excel never tells an add-in who is at the keyboard, so the pane asks, as it must in Excel.
    return createSimulator({
      requirementSets: this.options.requirementSets,
      displayLanguage: locale,
      ...(workbook === undefined ? {} : { workbook }),
    });
  }

  private hostFor(sim: Simulator): ExcelHost {
    // A batch still running on a replaced simulator (after a reset or a language switch) must not save it.
    return observedHost(simulatorHost(sim), () => {
      if (this.state.sim === sim) this.changed();
    });
  }

  /** Saves the workbook; returns why the browser refused, or null. */
  private save(): string | null {
    if (this.options.storage === null) return null;
    try {
      this.options.storage.setItem(STORAGE_KEYS.workbook, this.state.sim.serialize());
      return null;
    } catch (error) {
      return reasonOf(error);
    }
  }

  private write(key: string, value: string): void {
    try {
      this.options.storage?.setItem(key, value);
    } catch {
      // Best effort: failing to remember the language or a damaged copy must not break the page.
    }
  }

  private update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
