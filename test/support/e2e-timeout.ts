// One home for the end-to-end time budget, loaded before every e2e spec (jest.config.js). A test
// here runs several real processes (the CLI, git, HTTP and git servers); on a loaded 2-core
// machine three CLI processes took over jest's default 5 s and the test failed for no fault of the
// code. A spec that needs more calls jest.setTimeout itself, which wins (it runs after this file).
jest.setTimeout(120_000);
