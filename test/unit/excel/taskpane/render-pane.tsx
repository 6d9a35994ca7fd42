/**
 * Rendering helpers for the task pane in jsdom: Fluent's TabList measures itself with
 * ResizeObserver, which jsdom lacks, so a no-op one stands in.
 */
import * as React from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoResizeObserver;

export function renderPane(node: React.ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

export const text = (el: Element) => el.textContent ?? "";
export const isDisabled = (el: Element) => (el as HTMLButtonElement).disabled || el.getAttribute("aria-disabled") === "true";
