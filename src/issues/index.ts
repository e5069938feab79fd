export type { Issue, IssueBase, IssueCode, IssueOf, IssuePath, Language } from './issue.js';
export { formatIssue, formatIssues } from './formatIssue.js';
export { toIssues, stripUnknownKeys } from './toIssues.js';
