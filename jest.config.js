/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Browser tests run through playwright, not jest.
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    // Transpile only: `npm run typecheck` is the type gate, so jest stays fast.
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          ignoreDeprecations: "6.0",
          jsx: "react-jsx",
          isolatedModules: true,
        },
      },
    ],
  },
  setupFilesAfterEnv: ["<rootDir>/tests/setup.ts"],
};
