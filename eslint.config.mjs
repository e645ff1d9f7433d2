import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx"];
const NOT_UPWARD = { group: ["@/app/*", "@/components/*"], message: "lib/ must not import from app/ or components/ (DESIGN.md)." };
const NOT_DATABASE = { group: ["@/lib/db", "@/lib/db/*"], message: "components/ never query the database (DESIGN.md)." };
const NOT_TEST_SUPPORT = { group: ["@/test-support", "@/test-support/*"], message: "test-support/ is for tests, e2e and the bench only, never the app." };
const restrictImports = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", ".data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // User text is rendered as text, always (DESIGN.md: "User text is text").
      "react/no-danger": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Domain code never reaches up into routes or components; components render what they are given and never query
  // the database; and the app's own files never import test tooling (its tests do).
  { files: ["lib/**/*.ts", "lib/**/*.tsx"], rules: restrictImports(NOT_UPWARD, NOT_TEST_SUPPORT) },
  { files: ["components/**/*.ts", "components/**/*.tsx"], rules: restrictImports(NOT_DATABASE, NOT_TEST_SUPPORT) },
  { files: ["app/**/*.ts", "app/**/*.tsx", "proxy.ts", "instrumentation.ts"], rules: restrictImports(NOT_TEST_SUPPORT) },
  { files: TEST_FILES.map((glob) => `lib/${glob}`), rules: restrictImports(NOT_UPWARD) },
  { files: TEST_FILES.map((glob) => `components/${glob}`), rules: restrictImports(NOT_DATABASE) },
  { files: TEST_FILES.map((glob) => `app/${glob}`), rules: { "no-restricted-imports": "off" } },
];

export default config;
