/**
 * The session log's values (issue 5): what the counselor chose to log, kept on this machine, and
 * every shape it takes crossing a boundary. Every id is the framework's (shared/docs/framework.md);
 * nothing here invents a label.
 *
 * - records: logged sessions and turns as callers read them, counts, settings
 * - inputs: what a caller hands the log (new sessions, turns, gaps, notes, filters)
 * - stored: the IndexedDB records and their bodies
 * - export-file: export files
 * - outbox: what the side panel's outbox keeps between openings
 */
export * from './session-log/records';
export * from './session-log/inputs';
export * from './session-log/stored';
export * from './session-log/export-file';
export * from './session-log/outbox';
