export { auditPattern, type PatternViolation } from './audit';
export { belowThreshold, type CubeCell, cellKey, type PeriodKey, periodsOfYear, type YearCube } from './cube';
export { type SuppressionOptions, type SuppressionResult, suppressYear } from './suppression';
