import { readFile } from 'node:fs/promises';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { defaultSupportConfig, loadSupportConfig } from './support-config';

describe('the support configuration file', () => {
  it('the file in the repository is the mocks’ policy and articles (pnpm --filter @seller-support/service config:default)', async () => {
    const shipped: unknown = JSON.parse(await readFile(loadConfig({}).policyFile, 'utf8'));
    expect(shipped).toEqual(defaultSupportConfig());
  });

  it('a file the contract’s policy schema refuses names the bad field, and duplicate articles are refused', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'support-config-'));
    const file = path.join(dir, 'support.json');
    const config = defaultSupportConfig();
    await writeFile(
      file,
      JSON.stringify({ ...config, policy: { ...config.policy, reopenWithinDays: 'two weeks' } }),
    );
    await expect(loadSupportConfig(file)).rejects.toThrow(/policy\.reopenWithinDays/);
    await writeFile(file, JSON.stringify({ ...config, articles: [...config.articles, config.articles[0]] }));
    await expect(loadSupportConfig(file)).rejects.toThrow(/twice/);
  });
});
