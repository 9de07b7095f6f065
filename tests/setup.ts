// A console call during a test is either noise or a swallowed error; both are defects, so fail loudly.
for (const method of ["log", "info", "warn", "error", "debug"] as const) {
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${method} called during a test: ${args.map(String).join(" ")}`);
  });
}
