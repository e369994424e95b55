import { readFile } from 'node:fs/promises';
import { articleSchema, policySchema, topicSchema, type Policy } from '@seller-support/contract';
import { defaultArticles, makePolicy, type ArticleEntry as MockArticle } from '@seller-support/mocks';
import * as z from 'zod/mini';

/** A help article as the configuration file holds it: what the API sends, its topic, and words to find it by. */
export const articleEntrySchema = z.object({
  ...articleSchema.shape,
  topic: topicSchema,
  keywords: z.array(z.string()),
});

/** The configuration file: the support policy (hours, targets, attachment limits, channels) and the help articles. */
export const supportConfigSchema = z.object({
  policy: policySchema,
  articles: z.array(articleEntrySchema),
});
export type SupportConfig = z.infer<typeof supportConfigSchema>;

/** The configuration the repository ships (config/support.json), built from the mocks' factories. */
export function defaultSupportConfig(): SupportConfig {
  const policy: Policy = makePolicy();
  return {
    policy,
    articles: defaultArticles.map((article: MockArticle) => ({
      id: article.id,
      topic: article.topic,
      title: article.title,
      excerpt: article.excerpt,
      url: article.url,
      keywords: [...article.keywords],
    })),
  };
}

/** Reads and checks the configuration file; the error names the file and every bad field. */
export async function loadSupportConfig(file: string): Promise<SupportConfig> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the support configuration ${file}`, { cause: error });
  }
  const result = z.safeParse(supportConfigSchema, parsed);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The support configuration ${file} does not match the contract: ${problems.join('; ')}`);
  }
  const ids = result.data.articles.map((article) => article.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined)
    throw new Error(`The support configuration ${file} has article ${duplicate} twice`);
  return result.data;
}

/** One help article of the configuration file. */
export type ArticleEntry = z.infer<typeof articleEntrySchema>;
