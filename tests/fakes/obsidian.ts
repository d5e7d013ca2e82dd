// Placeholder until the fake lands.
export {};
