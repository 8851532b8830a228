// The throttled mobile profile of the first-touch budget, shared by bench/run.mjs and bench/throttle-check.mjs.
// Chrome DevTools' "Slow 4G" preset (SDK.NetworkManager.Slow4GConditions in devtools-frontend, the one Lighthouse's
// mobile throttling also uses): 150 ms RTT × 3.75, 1.6 Mbit/s down and 750 kbit/s up × 0.9, in bytes per second, for
// CDP's Network.emulateNetworkConditions.
export const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 };
