"use client";

import { useEffect } from "react";

export const UNSAVED_CHANGES_MESSAGE = "You have unsaved changes. Leave this page and lose them?";

/** The parts of a click and of the link clicked that decide whether following it leaves the page. */
export interface LinkClick {
  button: number;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
  /** The link's absolute address (HTMLAnchorElement.href). */
  href: string;
  target: string;
  download: boolean;
}

/**
 * Whether following this link replaces the current page: a plain left click on a link to another page of any
 * site, in this tab. New tabs, downloads, links the page handles itself and jumps within the page keep the work.
 */
export function leavesPage(click: LinkClick, current: string): boolean {
  if (click.defaultPrevented || click.button !== 0) return false;
  if (click.altKey || click.ctrlKey || click.metaKey || click.shiftKey) return false;
  if (click.download || (click.target !== "" && click.target !== "_self")) return false;
  let next: URL;
  let here: URL;
  try {
    next = new URL(click.href, current);
    here = new URL(current);
  } catch {
    return false;
  }
  if (next.protocol !== "http:" && next.protocol !== "https:") return false;
  return next.origin !== here.origin || next.pathname !== here.pathname || next.search !== here.search;
}

/**
 * While `dirty`, asks before the page goes away: the browser's own prompt on reload, close and typed addresses,
 * and a confirm() on links inside the app (client-side navigation does not raise beforeunload).
 * Navigations started from code (router.push) are not seen: flush or save before making them.
 */
export function useUnsavedChangesWarning(dirty: boolean, message: string = UNSAVED_CHANGES_MESSAGE): void {
  useEffect(() => {
    if (!dirty) return;

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set; they ignore the text.
      event.returnValue = "";
    };
    // Capture phase: runs before Next.js' <Link> turns the click into a client-side navigation.
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const click: LinkClick = {
        button: event.button,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        defaultPrevented: event.defaultPrevented,
        href: anchor.href,
        target: anchor.target,
        download: anchor.hasAttribute("download"),
      };
      if (leavesPage(click, window.location.href) && !window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };

    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, message]);
}
