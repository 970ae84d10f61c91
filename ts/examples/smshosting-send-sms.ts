// Send an SMS with the Smshosting API, typed from spec/smshosting.yaml.
//
// The types come from ts/generated/smshosting.d.ts (openapi-typescript); nothing here is
// hand-written about the API's shapes. Point `server` at the simulator (`./scripts/serve`) while
// developing, at https://api.smshosting.it/rest/api in production.
import type { components, operations } from "../generated/smshosting";

/** The form fields of `POST /sms/send` (application/x-www-form-urlencoded). */
export type SendSmsForm =
  operations["sendSms"]["requestBody"]["content"]["application/x-www-form-urlencoded"];
/** The JSON answer of a successful send. */
export type SendSmsResult = operations["sendSms"]["responses"][200]["content"]["application/json"];
/** The JSON body of every Smshosting error answer. */
export type SmshostingError = components["schemas"]["Error"];

export interface Server {
  baseUrl: string;
  authKey: string;
  authSecret: string;
}

/** The simulator's Smshosting API and its demo key pair. */
export const simulator: Server = {
  baseUrl: "http://127.0.0.1:8765/rest/api",
  authKey: "demo-auth-key",
  authSecret: "demo-auth-secret",
};

/** Builds the HTTP request: Basic auth with the key pair, the fields form-encoded. */
export function sendSmsRequest(form: SendSmsForm, server: Server = simulator): Request {
  const body = new URLSearchParams();
  for (const [field, value] of Object.entries(form)) {
    if (value !== undefined) body.set(field, String(value)); // booleans go as `true` / `false`
  }
  return new Request(`${server.baseUrl}/sms/send`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${btoa(`${server.authKey}:${server.authSecret}`)}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body,
  });
}

/** Sends and returns the typed answer; a 4xx/5xx answer becomes an Error with the vendor code. */
export async function sendSms(form: SendSmsForm, server: Server = simulator): Promise<SendSmsResult> {
  const response = await fetch(sendSmsRequest(form, server));
  if (!response.ok) {
    const error = (await response.json()) as SmshostingError;
    throw new Error(`sendSms: HTTP ${response.status} ${error.errorMsg}`);
  }
  return (await response.json()) as SendSmsResult;
}

/** A sandbox send: validated and answered like a real one, but nothing goes out. */
export const helloSandbox: SendSmsForm = {
  to: "393480000000",
  text: "Hello from TypeScript",
  sandbox: true,
};

/** The ids of the SMS a send created, one per accepted recipient, as text: the gateway may
 * send an SMS id as a JSON number or as a string of digits (spec schema `SmshNumericId`). */
export function createdSmsIds(result: SendSmsResult): string[] {
  return (result.sms ?? []).map((sms) => String(sms.id));
}
