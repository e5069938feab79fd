export type { Issue, IssueBase, IssueCode, IssueOf, IssuePath, Language } from './issue.js';
export { formatIssue, formatIssues } from './formatIssue.js';
export { fieldLabel, formatIssuePath } from './fieldPath.js';
export { toIssues, stripUnknownKeys } from './toIssues.js';
