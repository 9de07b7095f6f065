/**
 * What the actions need of Excel, injected: the real globals in the add-in, the simulator in tests and the
 * workbench. Nothing else in `src/excel` reads `Excel` or `Office` as globals.
 */

export interface ExcelHost {
  /** Runs a batch against the workbook, as `Excel.run` does. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /**
   * Runs a batch on the context of an earlier run, as `Excel.run(context, batch)` does: removing an event handler
   * must go through the context that added it.
   */
  resume<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`: whether an API newer than our floor (ExcelApi 1.8) is there. */
  isSetSupported(set: string, version: string): boolean;
  /** Who is using Office, when Office says (it does not in Excel); null otherwise. */
  userName(): string | null;
}

/** The floor the manifest declares: data validation (`Range.dataValidation`) is ExcelApi 1.8. */
export const REQUIRED_SET = { set: "ExcelApi", version: "1.8" } as const;

/** Newer APIs used when present. */
export const OPTIONAL_SETS = {
  /** Cell notes (`Worksheet.notes`): a finding's message on the flagged cell. Absent from Office 2021. */
  notes: { set: "ExcelApi", version: "1.18" },
} as const;

/** The part of the Office global the host reads. */
export interface OfficeLike {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly userProfile?: { readonly displayName?: string } | undefined;
  };
}

/** `Excel.run` with both of its forms. */
export interface RunLike {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** What a simulator (or anything shaped like Excel + Office) offers. */
export interface SimulatorLike {
  readonly run: RunLike;
  readonly Office: OfficeLike;
  /** Who sits at the simulated keyboard; `""` when nobody said. */
  readonly userName?: string;
}

function hostOf(run: RunLike, office: OfficeLike, knownName: string | undefined): ExcelHost {
  return {
    run: (batch) => run(batch),
    resume: (context, batch) => run(context, batch),
    isSetSupported: (set, version) => office.context.requirements.isSetSupported(set, version),
    userName: () => {
      // Office gives a user profile to Outlook only; in Excel `userProfile` is missing, so the name is typed once.
      const name = (knownName ?? office.context.userProfile?.displayName)?.trim();
      return name === undefined || name === "" ? null : name;
    },
  };
}

/** The host inside Excel. Call after `Office.onReady` resolved. */
export function officeHost(): ExcelHost {
  return hostOf(Excel.run as RunLike, Office, undefined);
}

/** The host over the simulator (`createSimulator()` of the workbench), for tests and the workbench page. */
export function simulatorHost(sim: SimulatorLike): ExcelHost {
  return hostOf(sim.run, sim.Office, sim.userName);
}
