/**
 * How a status looks in the pane. Colour only reinforces: every badge also carries the status label, so the
 * view reads the same without colour, in high contrast and to a screen reader.
 */
import type { Status } from "../../core/model";

export type BadgeColor = "success" | "brand" | "warning" | "danger" | "severe" | "informative" | "important";
export type BarColor = "success" | "brand" | "warning" | "error";

export const STATUS_BADGE: { readonly [S in Status]: BadgeColor } = {
  achieved: "success",
  "on-track": "brand",
  "needs-acceleration": "warning",
  "off-track": "danger",
  deteriorating: "severe",
  "no-data": "informative",
  "not-assessable": "important",
};

export const STATUS_BAR: { readonly [S in Status]: BarColor } = {
  achieved: "success",
  "on-track": "success",
  "needs-acceleration": "warning",
  "off-track": "error",
  deteriorating: "error",
  "no-data": "brand",
  "not-assessable": "brand",
};
