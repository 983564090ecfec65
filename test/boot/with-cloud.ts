import type { BootDocument } from './documents';
import { FakeCloud, type Route } from './fake-cloud';
import { Sandbox } from './sandbox';

/** Runs `body` with a box's files in a sandbox whose endpoints point at a fake cloud answering `route`. */
export async function withCloud<T>(route: Route, document: BootDocument, body: (sandbox: Sandbox, cloud: FakeCloud) => Promise<T>): Promise<T> {
  const cloud = new FakeCloud(route);
  await cloud.start();
  try {
    const sandbox = new Sandbox(document, cloud.url);
    sandbox.stub('circle-shutdown', 'exit 0');
    return await body(sandbox, cloud);
  } finally {
    await cloud.stop();
  }
}
