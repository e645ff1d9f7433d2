export declare const CSP_HEADER: "content-security-policy";
export type PolicyOptions = { development?: boolean; https?: boolean };
export declare function noncePolicy(nonce: string, options?: PolicyOptions): string;
export declare function hashPolicy(hashes: readonly string[], options?: { https?: boolean }): string;
export declare function newNonce(): string;
export declare function inlineScripts(html: string): string[];
export declare function inlineScriptHashes(html: string): string[];
