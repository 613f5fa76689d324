// Public API of the newsgraph package: the pipeline stages as functions over typed data.
export * from './types.ts';
export { extract, extractDocument, extractOne, mergeExtractions } from './extract/index.ts';
export { hygieneReport, type HygieneReport } from './extract/hygiene.ts';
export { graphFromExtraction } from './graph/index.ts';
export { renderOutputs, extractionToJson } from './export/index.ts';
export { scoreGold } from './eval/gold.ts';
