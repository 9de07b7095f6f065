/**
 * `createSimulator`: an in-memory Excel host with Office's load/sync semantics, for tests and the workbench.
 * Browser-safe: no Node APIs (timers and `structuredClone` exist in both).
 */
import { SimContext } from "./context";
import { EXCEL_ENUMS } from "./enums";
import { SimulatorError, simError } from "./errors";
import { SimulatorHost, type Limits, type RequestRecord } from "./host";
import { WorkbookView } from "./inspect";
import { newWorkbook } from "./model";
import { PAYLOAD_LIMIT_BYTES } from "./payload";
import { ClientObject } from "./proxies/client-object";
import { DEFAULT_REQUIREMENT_SETS, isSetSupported, type RequirementSets } from "./requirements";
import { deserializeWorkbook, serializeWorkbook } from "./serialize";
import { SimUser } from "./user";

export interface SimulatorOptions {
  /** Requirement sets the host claims; default `{ ExcelApi: "1.14" }`. APIs newer than ExcelApi fail with ApiNotFound. */
  readonly requirementSets?: RequirementSets;
  /**
   * Who is at the keyboard; no Excel API reveals it, so the workbench hands it to the task pane. Notes the
   * add-in adds carry it as `authorName`.
   */
  readonly userName?: string;
  /** `Office.context.displayLanguage`; default "zh-CN". */
  readonly displayLanguage?: string;
  /** A workbook from `serialize()`; default one empty sheet, `Sheet1`. */
  readonly workbook?: string;
  /** Payload limits; default 5,000,000 estimated bytes each way (Excel on the web's 5 MB). */
  readonly limits?: Partial<Limits>;
  /**
   * A failed sync applies none of its operations. Excel keeps those before the failing one, and so does the
   * simulator by default; all-or-nothing serves tests of the undo log itself.
   */
  readonly atomicFailures?: boolean;
}

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** `Excel.run`'s overloads: a batch, or an object or context to reuse and a batch. */
export interface SimRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(
    object: OfficeExtension.ClientObject | OfficeExtension.ClientObject[] | OfficeExtension.ClientRequestContext,
    batch: Batch<T>,
  ): Promise<T>;
}

export interface SimOffice {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly displayLanguage: string;
    readonly contentLanguage: string;
    readonly host: "Excel";
    readonly platform: "OfficeOnline";
  };
  onReady(
    callback?: (info: { host: "Excel"; platform: "OfficeOnline" }) => void,
  ): Promise<{ host: "Excel"; platform: "OfficeOnline" }>;
  readonly HostType: { readonly Excel: "Excel" };
  readonly PlatformType: { readonly OfficeOnline: "OfficeOnline" };
}

export type SimExcel = typeof EXCEL_ENUMS & { readonly run: SimRun };

export interface SimStats {
  /** `context.sync()` calls, plus the flush `run` makes when a batch ends with operations still queued. */
  readonly syncs: number;
  readonly requests: readonly RequestRecord[];
  reset(): void;
}

export interface Simulator {
  readonly run: SimRun;
  readonly Office: SimOffice;
  readonly Excel: SimExcel;
  readonly OfficeExtension: {
    readonly Error: typeof SimulatorError;
    readonly ErrorCodes: Readonly<Record<string, string>>;
  };
  /** The workbook as Excel would show it, for assertions. */
  readonly workbook: WorkbookView;
  readonly stats: SimStats;
  /** A person working in the workbook. */
  readonly user: SimUser;
  readonly userName: string;
  serialize(): string;
  /** Resolves when every pending event has been handled; rejects with the first error a handler threw. */
  settle(): Promise<void>;
}

/**
 * The one place a simulated context is handed out as `Excel.RequestContext`. The proxies implement the members
 * the adapter uses (see the README of this folder), not all of Office's ~2,000; a member we lack is undefined at
 * run time, which the adapter's tests then reveal.
 */
function asExcelContext(context: SimContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

/** The context a `run(object, batch)` call reuses: the object's, or the context itself. */
function reusedContext(first: unknown): SimContext | null {
  const object = Array.isArray(first) ? (first as unknown[])[0] : first;
  if (object instanceof SimContext) return object;
  if (object instanceof ClientObject) return object.context;
  return null;
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";

/**
 * Creates a simulated Excel host.
 *
 * @example
 * const sim = createSimulator();
 * await sim.run(async (context) => {
 *   context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["1,234"]];
 *   await context.sync();
 * });
 * sim.workbook.cell("Sheet1", "A1")?.value // → 1234
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const requirementSets = options.requirementSets ?? DEFAULT_REQUIREMENT_SETS;
  const limits: Limits = {
    requestBytes: options.limits?.requestBytes ?? PAYLOAD_LIMIT_BYTES,
    responseBytes: options.limits?.responseBytes ?? PAYLOAD_LIMIT_BYTES,
  };
  const data = options.workbook === undefined ? newWorkbook() : deserializeWorkbook(options.workbook);
  const userName = options.userName ?? "";
  const host = new SimulatorHost(data, requirementSets, limits, userName, options.atomicFailures ?? false);
  const displayLanguage = options.displayLanguage ?? "zh-CN";

  async function runBatch<T>(first: unknown, second?: unknown): Promise<T> {
    const batch = typeof first === "function" ? first : second;
    if (typeof batch !== "function") throw simError("InvalidArgument", "Excel.run", "a batch function is required");
    const context = reusedContext(first) ?? new SimContext(host);
    const wasActive = context.isActive;
    context.setActive(true);
    try {
      const pending: unknown = batch(asExcelContext(context));
      if (!isPromiseLike(pending)) throw simError("RunMustReturnPromise", "Excel.run");
      const result = (await pending) as T;
      // office.js sends whatever the batch left queued when it ends.
      if (context.pendingOperations > 0) await context.sync();
      return result;
    } finally {
      context.setActive(wasActive);
    }
  }
  const run = runBatch as SimRun;

  const info = { host: "Excel", platform: "OfficeOnline" } as const;
  const office: SimOffice = {
    context: {
      requirements: { isSetSupported: (name, minVersion) => isSetSupported(requirementSets, name, minVersion) },
      displayLanguage,
      contentLanguage: displayLanguage,
      host: "Excel",
      platform: "OfficeOnline",
    },
    onReady: async (callback) => {
      callback?.(info);
      return info;
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
  };

  return {
    run,
    Office: office,
    Excel: { ...EXCEL_ENUMS, run },
    OfficeExtension: { Error: SimulatorError, ErrorCodes: EXCEL_ENUMS.ErrorCodes },
    workbook: new WorkbookView(() => host.data),
    stats: {
      get syncs() {
        return host.syncs;
      },
      get requests() {
        return host.requests;
      },
      reset() {
        host.syncs = 0;
        host.requests.length = 0;
      },
    },
    user: new SimUser(host),
    userName,
    serialize: () => serializeWorkbook(host.data),
    settle: () => host.events.settle(),
  };
}

/**
 * Installs the simulator as the `Office`, `Excel` and `OfficeExtension` globals that office.js code reads, and
 * returns a function that puts back what was there.
 */
export function installGlobals(simulator: Simulator, scope: object = globalThis): () => void {
  const target = scope as Record<string, unknown>;
  const names = ["Office", "Excel", "OfficeExtension"] as const;
  const previous = names.map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
  target["Office"] = simulator.Office;
  target["Excel"] = simulator.Excel;
  target["OfficeExtension"] = simulator.OfficeExtension;
  return () => {
    for (const [name, descriptor] of previous) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else Reflect.deleteProperty(target, name);
    }
  };
}
