/**
 * The floor the module's first load is measured against (`pnpm bench:load`): the least a
 * single-spa-react application can do to show what the module's first screen shows, a seller's
 * identity from one react-query fetch of `GET /context` and a react-hook-form + zod/mini form
 * with a subject field. Same externals (React, ReactDOM and single-spa from the import map), same
 * Vite/React build, mounted by the same root config; nothing else: no shadow root, no styles, no
 * language files, no drafts.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query';
import * as React from 'react';
import { useState } from 'react';
import * as ReactDOMClient from 'react-dom/client';
import { useForm } from 'react-hook-form';
import singleSpaReact from 'single-spa-react';
import * as z from 'zod/mini';

const contextSchema = z.object({
  seller: z.object({ legalName: z.string(), contactName: z.string() }),
});

const formSchema = z.object({ subject: z.string().check(z.minLength(1), z.maxLength(120)) });
type FormValues = z.infer<typeof formSchema>;

const floorPropsSchema = z.object({
  apiBaseUrl: z.string(),
  getAccessToken: z.custom<() => string | Promise<string>>((value) => typeof value === 'function'),
});
type FloorProps = z.infer<typeof floorPropsSchema>;

async function getContext({ apiBaseUrl, getAccessToken }: FloorProps, signal: AbortSignal) {
  const response = await fetch(`${apiBaseUrl}/context`, {
    headers: { Authorization: `Bearer ${await getAccessToken()}`, Accept: 'application/json' },
    signal,
  });
  if (!response.ok) throw new Error(`GET /context answered ${String(response.status)}`);
  const body: unknown = await response.json();
  return z.parse(contextSchema, body);
}

/** The API as the floor calls it: one endpoint. */
const floorApi = (props: FloorProps) => ({
  getContext: (signal: AbortSignal) => getContext(props, signal),
});

const contextQueryOptions = (api: ReturnType<typeof floorApi>) =>
  queryOptions({ queryKey: ['context'], queryFn: ({ signal }) => api.getContext(signal) });

function SubjectForm() {
  const { register, handleSubmit, formState } = useForm<FormValues>({ resolver: zodResolver(formSchema) });
  const [sent, setSent] = useState(false);
  return (
    <form onSubmit={(event) => void handleSubmit(() => setSent(true))(event)}>
      <label htmlFor="floor-subject">Заголовок</label>
      <input id="floor-subject" type="text" autoComplete="off" {...register('subject')} />
      {formState.errors.subject !== undefined && <p role="alert">Напишите заголовок</p>}
      <button type="submit">Отправить</button>
      {sent && <p role="status">Отправлено</p>}
    </form>
  );
}

function FloorScreen({ props }: { props: FloorProps }) {
  const context = useQuery(contextQueryOptions(floorApi(props)));
  if (context.isPending) return <p role="status">Загрузка…</p>;
  if (context.isError) return <p role="alert">Не удалось загрузить</p>;
  return (
    <section>
      <p data-floor-identity>
        {context.data.seller.contactName} · {context.data.seller.legalName}
      </p>
      <SubjectForm />
    </section>
  );
}

function FloorRoot(raw: Readonly<Record<string, unknown>>) {
  const [queryClient] = useState(() => new QueryClient());
  const props = z.parse(floorPropsSchema, raw);
  return (
    <QueryClientProvider client={queryClient}>
      <FloorScreen props={props} />
    </QueryClientProvider>
  );
}

const lifecycles = singleSpaReact<Readonly<Record<string, unknown>>>({
  React,
  ReactDOMClient,
  rootComponent: FloorRoot,
  errorBoundary: () => <p role="alert">Ошибка</p>,
});

export const { bootstrap, mount, unmount } = lifecycles;
