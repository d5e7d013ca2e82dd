// Types for shift-dates.mjs (plain JavaScript so that `npm run demo` needs no build step).
export function daysBetween(from: string, to: string): number;
export function shiftIso(s: string, days: number): string;
export function shiftText(text: string, days: number, year: number): string;
export function shiftPath(path: string, days: number): string;
