// The workflow table lives in lib/workflow/workflow.ts. This re-export serves only edition-move.ts and
// translation-move.ts, which are being rewritten on another branch; delete it once they import lib/workflow directly.
export * from "@/lib/workflow/workflow";
