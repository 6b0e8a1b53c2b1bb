import type { AnalyticsWindow } from '@/features/analytics/api/types';

/** Latency in ms: whole numbers, one decimal below 10 ms. */
export function formatMs(ms: number): string {
  return `${ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)} ms`;
}

export function formatPercent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

export function formatCount(n: number): string {
  return n.toLocaleString();
}

/** A slot's start as the axis shows it: minutes for the hour, hours for the day, weekday and hour for the week. */
export function formatSlot(time: string, window: AnalyticsWindow): string {
  const date = new Date(time);
  const hm = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return window === '7d' ? `${date.toLocaleDateString([], { weekday: 'short' })} ${hm}` : hm;
}
