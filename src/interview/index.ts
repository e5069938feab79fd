export {
  interviewDeadline,
  InterviewDeadlineRequest,
  interviewUpdateDue,
  InterviewUpdateRequest,
  type InterviewUpdateDue,
  type InterviewUpdateTrigger,
} from './interviewDeadline.js';
