// Worker thread: scans batches of blobs with its own Detector and answers with the verdicts.
import { parentPort, workerData } from 'node:worker_threads';
import { Detector, deserializeRegexes, deserializeRules } from '@deployguard/detect/engine';
import {
  scanOne,
  type BatchRequest,
  type BatchResponse,
  type BlobVerdict,
  type WorkerInit,
} from './scan-pool';

const init = workerData as WorkerInit;
const detector = new Detector(deserializeRules(init.rules), {
  allowRegexes: deserializeRegexes(init.allowRegexes),
  stopwords: init.stopwords,
  keywordTables: init.keywordTables,
  lineMemoLines: init.lineMemoLines,
});

parentPort!.on('message', (req: BatchRequest) => {
  const t0 = performance.now();
  const verdicts: [number, BlobVerdict][] = [];
  const bytes = new Uint8Array(req.buffer);
  for (let i = 0; i < req.offsets.length; i += 2) {
    const data = bytes.subarray(req.offsets[i], req.offsets[i + 1]);
    const verdict = scanOne(detector, data, req.paths[i / 2] ?? undefined);
    if (verdict.binary || verdict.findings.length > 0) verdicts.push([i / 2, verdict]);
  }
  const res: BatchResponse = {
    batch: req.batch,
    buffer: req.buffer,
    verdicts,
    busyMs: performance.now() - t0,
  };
  parentPort!.postMessage(res, [req.buffer]);
});
