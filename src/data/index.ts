// The door of src/data/: what other modules may use.
export { sequentialOrder, stratifiedSample } from './sample.js';
export { decodeUtf8 } from './utf8.js';
export { resolveDatasetUrl } from './dataset-url.js';
export { fetchPinnedDataset } from './remote.js';
export { readDataset, type DatasetRow } from './read.js';
