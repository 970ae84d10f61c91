// Log in to smsend and list the sub-accounts, typed from spec/smsend.yaml.
//
// The types come from ts/generated/smsend.d.ts (openapi-typescript). Point `server` at the
// simulator (`./scripts/serve`) while developing, at
// https://app.gateway.smsend.it/API/v1.0/REST in production.
import type { components, operations } from "../generated/smsend";

export type LoginQuery = operations["loginSessionKey"]["parameters"]["query"];
export type ListQuery = NonNullable<operations["listSubaccounts"]["parameters"]["query"]>;
export type SubaccountPage =
  operations["listSubaccounts"]["responses"][200]["content"]["application/json"];
export type Subaccount = components["schemas"]["Subaccount"];
export type NewSubaccount = components["schemas"]["SubaccountInput"];

export interface Server {
  baseUrl: string;
  username: string;
  password: string;
}

/** The simulator's smsend API and its demo superaccount. */
export const simulator: Server = {
  baseUrl: "http://127.0.0.1:8765/API/v1.0/REST",
  username: "demo",
  password: "demo-password-1",
};

/** The two headers every call after login needs; the names contain underscores on purpose. */
export interface SessionHeaders {
  user_key: string;
  Session_key: string;
  [name: string]: string;
}

/** `GET /login` answers `USER_KEY;SESSION_KEY` as plain text. */
export async function login(server: Server = simulator): Promise<SessionHeaders> {
  const query: LoginQuery = { username: server.username, password: server.password };
  const response = await fetch(`${server.baseUrl}/login?${new URLSearchParams({ ...query })}`);
  if (!response.ok) throw new Error(`login: HTTP ${response.status}`);
  const keys: components["schemas"]["LoginKeys"] = await response.text();
  const [userKey, sessionKey] = keys.split(";");
  if (!userKey || !sessionKey) throw new Error(`login: unexpected answer ${keys}`);
  return { user_key: userKey, Session_key: sessionKey };
}

/** One page of sub-accounts. */
export async function listSubaccounts(
  headers: SessionHeaders,
  page: ListQuery = { pageNumber: 1, pageSize: 10 },
  server: Server = simulator,
): Promise<SubaccountPage> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(page)) query.set(name, String(value));
  const response = await fetch(`${server.baseUrl}/subaccounts?${query}`, { headers });
  if (!response.ok) throw new Error(`listSubaccounts: HTTP ${response.status}`);
  return (await response.json()) as SubaccountPage;
}

/** Property names are the vendor's, hyphens included. */
export function describe(subaccount: Subaccount): string {
  return `${subaccount.login} (#${subaccount["id-user"]}, ${subaccount.active ? "active" : "locked"})`;
}

/** A creation body: the compiler insists on every field the spec marks required. */
export const newSubaccount: NewSubaccount = {
  login: "shop-milano",
  password: "S3cret-pass",
  name: "Mario",
  surname: "Rossi",
  email: "mario.rossi@example.com",
  cell: "+393393939393",
  address: "via Roma 1",
  city: "Milano",
  province: "MI",
  "zip-code": "20100",
  "credit-eat-mode": 0,
  "company-name": "Rossi srl",
  piva: "01234567890",
};
