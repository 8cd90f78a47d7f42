export { EXAM_PARAMETERS } from './parameters.ts';
