// Writes a tenant document for the reset benchmark: one organization of 1,000 businesses, 3 sections of 10 groups
// (3,000 memberships) and 51 users with keys.
import { writeFileSync } from "node:fs";

const [, , path] = process.argv;
const hex = (i) => i.toString(16).padStart(24, "0");
const businesses = Array.from({ length: 1000 }, (_, i) => ({ id: hex(i + 1), org_id: 1, name: `Store ${i}` }));
let groupId = 0;
const sections = [1, 2, 3].map((s) => ({
  id: s, org_id: 1, name: `Section ${s}`,
  groups: Array.from({ length: 10 }, (_, g) => ({
    id: ++groupId, name: `Group ${s}.${g}`,
    business_ids: businesses.slice(g * 100, g * 100 + 100).map((b) => b.id),
  })),
}));
const users = [{ email: "admin@tenant.example", role: "ORG_ADMIN", org_id: 1, api_key: "admin" }].concat(
  Array.from({ length: 50 }, (_, i) => ({
    email: `manager${i}@tenant.example`, role: "BUSINESS_MANAGER", org_id: 1, api_key: `manager-${i}`,
    business_ids: [businesses[i].id],
  })));
writeFileSync(path, JSON.stringify({
  organizations: [{ org_id: 1, name: "Reset bench" }], businesses, sections, users,
}));
