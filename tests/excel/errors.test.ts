import { LOCALES } from "../../src/core/messages";
import { PlanMonitorError, userMessage, type PlanMonitorErrorCode } from "../../src/excel/errors";

/** An error as office.js raises it at run time: `name` is "RichApi.Error", the code is a string. */
const officeError = (code: string, message = "The argument is invalid or missing or has an incorrect format.") => ({
  name: "RichApi.Error",
  code,
  message,
  debugInfo: { code, message, errorLocation: "Range.values" },
});

const OFFICE_CODES = [
  "ApiNotFound",
  "InvalidArgument",
  "ItemNotFound",
  "ItemAlreadyExists",
  "AccessDenied",
  "InvalidOperation",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
] as const;

const OWN_CODES: readonly PlanMonitorErrorCode[] = [
  "not-populated",
  "sheet-missing",
  "state-unreadable",
  "user-name-missing",
  "unknown-indicator",
  "address-invalid",
];

/** A sentence that says what to do, not the raw code. */
const CHINESE = /[\u4e00-\u9fff]/u;

describe("userMessage", () => {
  it.each(LOCALES.flatMap((locale) => OFFICE_CODES.map((code) => [code, locale] as const)))(
    "explains %s in %s in the reader's language",
    (code, locale) => {
      const message = userMessage(officeError(code), locale);
      expect(message).not.toContain(code);
      expect(CHINESE.test(message)).toBe(locale === "zh-CN");
    },
  );

  it("gives every Office code its own sentence", () => {
    for (const locale of LOCALES) {
      const sentences = new Set(OFFICE_CODES.map((code) => userMessage(officeError(code), locale)));
      expect(sentences.size).toBe(OFFICE_CODES.length);
    }
  });

  it.each([
    ["AccessDenied", "zh-CN", "撤消工作表保护"],
    ["AccessDenied", "en-US", "Unprotect Sheet"],
    ["RequestPayloadSizeLimitExceeded", "zh-CN", "5 MB"],
    ["RequestPayloadSizeLimitExceeded", "en-US", "5 MB"],
    ["GeneralException", "en-US", "reopen"],
  ] as const)("tells what to do about %s (%s)", (code, locale, hint) => {
    expect(userMessage(officeError(code), locale)).toContain(hint);
  });

  it.each(LOCALES)("names an unknown Office code and its message (%s)", (locale) => {
    const message = userMessage(officeError("ActivityLimitReached", "Activity limit has been reached."), locale);
    expect(message).toContain("ActivityLimitReached");
    expect(message).toContain("Activity limit has been reached.");
  });

  it.each(LOCALES.flatMap((locale) => OWN_CODES.map((code) => [code, locale] as const)))(
    "explains our own %s in %s",
    (code, locale) => {
      const message = userMessage(new PlanMonitorError(code, "detail"), locale);
      expect(message).not.toContain(code);
      expect(CHINESE.test(message)).toBe(locale === "zh-CN");
    },
  );

  it.each(LOCALES)("still says something for a plain error and for a non-error (%s)", (locale) => {
    expect(userMessage(new TypeError("x is undefined"), locale)).toContain("x is undefined");
    expect(userMessage("boom", locale).length).toBeGreaterThan(0);
    expect(userMessage(undefined, locale).length).toBeGreaterThan(0);
  });
});
