// The team's field-work cards of the inspection workspace (谈话以外的调研).
export { DocumentReviewsCard } from './DocumentReviewsCard';
export { MeetingsCard } from './MeetingsCard';
export { MustTalkNotApplicable } from './MustTalkNotApplicable';
export { PetitionsCard } from './PetitionsCard';
export { PortraitCard } from './PortraitCard';
export { SurveysCard } from './SurveysCard';
export { VisitsCard } from './VisitsCard';
