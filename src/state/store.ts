/**
 * One zustand store built from typed slices: the route, every panel's URL parameters, visible
 * notices, and the engine's latest results. Panels read with selectors; the URL is written from
 * here so a link always reproduces the picture.
 */
import { create } from 'zustand';
import type { JobResult } from '../worker/protocol';
import type { PanelId } from '../params/panelIds';
import type { AnyParams } from '../params/spec';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export interface RouteSlice {
  panel: PanelId | null;
  embed: boolean;
  setRoute(panel: PanelId | null, embed: boolean): void;
}

export interface ParamsSlice {
  /** Validated parameters per panel id. */
  params: Partial<Record<PanelId, AnyParams>>;
  /** performance.now() of the latest user change per panel: the start of curvlab:update. */
  changedAt: Partial<Record<PanelId, number>>;
  /** Replaces a panel's parameters wholesale (URL load). */
  loadParams(panel: PanelId, params: AnyParams): void;
  /** Merges changed parameters from a control; the caller has clamped them. */
  setParams(panel: PanelId, patch: AnyParams): void;
}

export interface NoticeSlice {
  notices: Notice[];
  notify(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
  clearNotices(): void;
}

export interface ResultEntry {
  runId: number;
  result: JobResult;
  computeMs: number;
  /** When the parameter change that produced this run happened (performance.now()). */
  changedAt: number;
}

export interface EngineSlice {
  results: Record<string, ResultEntry>;
  errors: Record<string, string | undefined>;
  setResult(channel: string, entry: ResultEntry): void;
  setError(channel: string, message: string | undefined): void;
}

export type AppState = RouteSlice & ParamsSlice & NoticeSlice & EngineSlice;

let noticeId = 1;

export const useStore = create<AppState>()((set) => ({
  panel: null,
  embed: false,
  setRoute: (panel, embed) => set({ panel, embed }),

  params: {},
  changedAt: {},
  loadParams: (panel, params) =>
    set((s) => ({
      params: { ...s.params, [panel]: params },
      changedAt: { ...s.changedAt, [panel]: performance.now() },
    })),
  setParams: (panel, patch) =>
    set((s) => ({
      params: { ...s.params, [panel]: { ...s.params[panel], ...patch } },
      changedAt: { ...s.changedAt, [panel]: performance.now() },
    })),

  notices: [],
  notify: (kind, text) =>
    set((s) =>
      s.notices.some((n) => n.text === text)
        ? s
        : { notices: [...s.notices, { id: noticeId++, kind, text }].slice(-6) },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  clearNotices: () => set({ notices: [] }),

  results: {},
  errors: {},
  setResult: (channel, entry) =>
    set((s) => ({
      results: { ...s.results, [channel]: entry },
      errors: { ...s.errors, [channel]: undefined },
    })),
  setError: (channel, message) => set((s) => ({ errors: { ...s.errors, [channel]: message } })),
}));
