export { interviewDeadline, interviewUpdateDue, type InterviewUpdateDue, type InterviewUpdateTrigger } from './interviewDeadline.js';
