/**
 * The scaling-laws engine: pure math, no DOM, no Node-only APIs (runs in the browser, a Web Worker and Node).
 * One concept per file; everything is re-exported here.
 */
export * from './stats';
export * from './random';
export * from './next-token';
export * from './kaplan';
export * from './kaplan-joint';
export * from './kaplan-batch';
export * from './kaplan-flops';
export * from './kaplan-learning-rate';
export * from './kaplan-position';
export * from './kaplan-distribution-shift';
export * from './chinchilla';
export * from './chinchilla-tables';
export * from './isoflop';
export * from './training-envelope';
export * from './shrink-overhead';
export * from './provenance';
export * from './compute';
export * from './budgets';
export * from './hyperparameters';
export * from './inference-aware';
export * from './emergence';
export * from './models';
export * from './fit-kernel';
export * from './fit-multistart';
export * from './fit-bootstrap';
export * from './lbfgs';
export * from './gradient-noise';
export * from './kaplan-setup';
export * from './sample-efficiency';
export * from './kaplan-allocation';
export * from './hyperparameter-rules';
export * from './contours';
export * from './chinchilla-approaches';
export * from './emergence-schematic';
export * from './fit-report';
export * from './planner';
export * from './data-constrained';
export * from './parameters';
export * from './isoflop-slices';
export * from './parameter-counting';
