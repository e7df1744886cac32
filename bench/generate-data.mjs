// Writes the benchmark's seed file: organization 1 with 200 businesses and a group of 100 (getGroup and
// createGroup with explicit businesses), organization 2 with BIG businesses (createGroup with business__in omitted).
import { writeFileSync } from "node:fs";

const [, , path, bigArg] = process.argv;
const big = Number(bigArg ?? 100000);
const hex = (org, i) => org.toString(16).padStart(4, "0") + i.toString(16).padStart(20, "0");

const businesses = [];
for (let i = 0; i < 200; i++) businesses.push({ id: hex(1, i), org_id: 1, name: `Store ${i}`, reach: "LOCAL" });
for (let i = 0; i < big; i++) businesses.push({ id: hex(2, i), org_id: 2, name: `Big store ${i}`, reach: "LOCAL" });

const seed = {
  providers: [{ id: "bench" }],
  organizations: [
    { org_id: 1, name: "Bench Small", alias: "bench_small", provider: "bench" },
    { org_id: 2, name: "Bench Big", alias: "bench_big", provider: "bench" },
  ],
  businesses,
  sections: [
    { id: 1, org_id: 1, name: "Bench", groups: [{ id: 1, name: "Hundred", business_ids: businesses.slice(0, 100).map((b) => b.id) }] },
    { id: 2, org_id: 2, name: "Big", groups: [] },
  ],
  users: [
    { email: "provider@bench.example", role: "PROVIDER", provider: "bench", api_key: "bench-provider-key" },
    { email: "admin@bench.example", role: "ORG_ADMIN", org_id: 1, api_key: "bench-admin-key" },
    { email: "admin-big@bench.example", role: "ORG_ADMIN", org_id: 2, api_key: "bench-big-admin-key" },
  ],
};
writeFileSync(path, JSON.stringify(seed));
console.log(`wrote ${path}: ${businesses.length} businesses`);
