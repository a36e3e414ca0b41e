export { default } from './Later';
