"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { Alert, type AlertTone } from "@/components/ui/alert";

/*
 * The edition page's parts talk through this: the workflow buttons ask the editor for the version it saved last
 * (and have it save what is unsaved first), and every part reports its outcome in one place at the top of the
 * page, which stays when the page refreshes with the edition's new state.
 */

export type EditorHandle = {
  /** The lock version of the last save, which a move must name. */
  lockVersion: () => number;
  /** Saves what is unsaved; returns why a move must wait, or null when everything is saved. */
  settle: () => Promise<string | null>;
};

export type EditionPageNotice = { tone: AlertTone; text: string; key: number };

type EditionPage = {
  editor: RefObject<EditorHandle | null>;
  /** The editor offers itself to the workflow buttons; the returned function withdraws it. */
  registerEditor: (handle: EditorHandle) => () => void;
  notice: EditionPageNotice | null;
  announce: (tone: AlertTone, text: string) => void;
};

const EditionPageContext = createContext<EditionPage | null>(null);

export function EditionPageProvider({ children }: { children: ReactNode }) {
  const editor = useRef<EditorHandle | null>(null);
  const [notice, setNotice] = useState<EditionPageNotice | null>(null);
  const announce = useCallback((tone: AlertTone, text: string) => setNotice({ tone, text, key: Date.now() }), []);
  const registerEditor = useCallback((handle: EditorHandle) => {
    editor.current = handle;
    return () => {
      if (editor.current === handle) editor.current = null;
    };
  }, []);
  return <EditionPageContext.Provider value={{ editor, registerEditor, notice, announce }}>{children}</EditionPageContext.Provider>;
}

export function useEditionPage(): EditionPage {
  const editionPage = useContext(EditionPageContext);
  if (!editionPage) throw new Error("useEditionPage must be used inside <EditionPageProvider>");
  return editionPage;
}

/** The latest outcome (a move made, a correction started), focused so it is read out. */
export function EditionPageNoticeBox() {
  const { notice } = useEditionPage();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) box.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <div ref={box} tabIndex={-1} className="mb-6 outline-none" data-edition-notice="">
      <Alert tone={notice.tone}>{notice.text}</Alert>
    </div>
  );
}
